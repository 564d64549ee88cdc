import { Metadata } from '@grpc/grpc-js';
import { ROOT_CONTEXT } from '@opentelemetry/api';
import { pino } from 'pino';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { resolveToken } from '../../src/cli/args.js';
import { main } from '../../src/cli/main.js';
import { createApiGuard, createAuthorizer } from '../../src/orchestrator/api/guard.js';
import { METHOD_RULES, httpRouteScope } from '../../src/orchestrator/api/scopes.js';
import { InMemoryAuditLog } from '../../src/sdk/security/audit.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { ANONYMOUS, parseScopes, requireScope, requireWorkflow, SCOPES } from '../../src/sdk/security/scopes.js';
import { bearerToken, createTokenVerifier, generateToken, hashToken, parseStaticTokens } from '../../src/sdk/security/tokens.js';
async function refusal(p) {
    const err = await p.then(() => undefined, (e) => e);
    if (!TroupeError.is(err))
        throw new Error(`expected a TroupeError, got ${String(err)}`);
    return err;
}
function capture() {
    let text = '';
    return {
        write: (s) => (text += s),
        get text() {
            return text;
        },
    };
}
describe('scopes', () => {
    it('has one rule for every OrchestratorService method, each naming a known scope', () => {
        const methods = Object.keys(loadProtos().orchestrator.troupe.v1.OrchestratorService.service);
        expect(Object.keys(METHOD_RULES).sort()).toEqual([...methods].sort());
        for (const rule of Object.values(METHOD_RULES))
            expect(SCOPES).toContain(rule.scope);
    });
    it('leaves health, readiness, metrics and the page open and guards the API routes', () => {
        for (const path of ['/', '/index.html', '/health', '/healthz', '/readyz', '/metrics', '/api/config'])
            expect(httpRouteScope('GET', path), path).toBeUndefined();
        expect(httpRouteScope('POST', '/api/runs')).toBe('runs:start');
        expect(httpRouteScope('GET', '/api/runs/r1')).toBe('runs:read');
        expect(httpRouteScope('GET', '/api/runs/r1/events')).toBe('runs:read');
        expect(httpRouteScope('GET', '/api/runs/r1/trace')).toBe('runs:read');
        expect(httpRouteScope('POST', '/api/runs/r1/signal/approve')).toBe('runs:signal');
        expect(httpRouteScope('GET', '/api/runs/r1/signal/approve')).toBe('runs:read');
        expect(httpRouteScope('GET', '/runs/r1/audio')).toBe('runs:read');
        expect(httpRouteScope('GET', '/api/anything')).toBe('runs:read');
        // The console's files are open; its API routes need the scope of the RPC each mirrors.
        for (const path of ['/console', '/console/', '/console/console.js'])
            expect(httpRouteScope('GET', path), path).toBeUndefined();
        expect(httpRouteScope('GET', '/api/agents')).toBe('agents:read');
        expect(httpRouteScope('GET', '/api/agents/events')).toBe('agents:read');
        expect(httpRouteScope('POST', '/api/agents/i1/mode')).toBe('agents:admin');
        expect(httpRouteScope('GET', '/api/workflows')).toBe('workflows:read');
        expect(httpRouteScope('GET', '/api/workflows/w/versions')).toBe('workflows:read');
        expect(httpRouteScope('GET', '/api/dead-letters')).toBe('runs:read');
        expect(httpRouteScope('POST', '/api/dead-letters/t1/replay')).toBe(METHOD_RULES.ReplayDeadLetter.scope);
        expect(httpRouteScope('POST', '/api/dead-letters/t1/discard')).toBe(METHOD_RULES.DiscardDeadLetter.scope);
        expect(httpRouteScope('POST', '/api/runs/r1/cancel')).toBe(METHOD_RULES.CancelRun.scope);
        expect(httpRouteScope('GET', '/api/rollouts')).toBe(METHOD_RULES.ListRollouts.scope);
        expect(httpRouteScope('GET', '/api/rollouts/tts.synthesize')).toBe(METHOD_RULES.GetRollout.scope);
    });
    it('reads workflow limits from scope suffixes and a claim', () => {
        expect(parseScopes(['runs:start:a', 'runs:read:b', 'agents:read'])).toEqual({ scopes: new Set(['runs:start', 'runs:read', 'agents:read']), workflows: new Set(['a', 'b']) });
        expect(parseScopes(['runs:start'], ['a'])).toEqual({ scopes: new Set(['runs:start']), workflows: new Set(['a']) });
        expect(parseScopes(['runs:start']).workflows).toBeUndefined();
    });
    it('names the missing scope or workflow', () => {
        const p = { subject: 'x', kind: 'jwt', scopes: new Set(['runs:read']), workflows: new Set(['a']) };
        expect(() => requireScope(p, 'runs:cancel', 'CancelRun')).toThrow(/CancelRun needs the scope "runs:cancel"/);
        expect(() => requireWorkflow(p, 'b', 'StartRun')).toThrow(/not "b"/);
        expect(() => requireScope(ANONYMOUS, 'audit:read', 'ListAuditEvents')).not.toThrow();
    });
});
describe('token verification', () => {
    it('extracts bearer tokens', () => {
        expect(bearerToken('Bearer abc.def')).toBe('abc.def');
        expect(bearerToken('bearer  x ')).toBe('x');
        expect(bearerToken('Basic abc')).toBeUndefined();
        expect(bearerToken(undefined)).toBeUndefined();
    });
    it('verifies a JWT with a PEM public key, issuer and audience', async () => {
        const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
        const verifier = createTokenVerifier({ publicKeyPem: await exportSPKI(publicKey), issuer: 'iss', audience: 'aud' });
        const token = await new SignJWT({ scope: 'runs:read runs:start:w1' }).setProtectedHeader({ alg: 'ES256' }).setSubject('sam').setIssuer('iss').setAudience('aud').setExpirationTime('1m').sign(privateKey);
        expect(await verifier.verify(token)).toEqual({ subject: 'sam', kind: 'jwt', scopes: new Set(['runs:read', 'runs:start']), workflows: new Set(['w1']) });
        const wrongAudience = await new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).setSubject('sam').setIssuer('iss').setAudience('other').setExpirationTime('1m').sign(privateKey);
        const err = await refusal(verifier.verify(wrongAudience));
        expect(err.code).toBe(Status.UNAUTHENTICATED);
        expect(err.message).toMatch(/"aud"/);
        expect(err.message).not.toContain(wrongAudience);
        const noSubject = await new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).setIssuer('iss').setAudience('aud').setExpirationTime('1m').sign(privateKey);
        expect((await refusal(verifier.verify(noSubject))).message).toMatch(/"sub"/);
        expect((await refusal(verifier.verify('not-a-jwt'))).message).toMatch(/not a JWT/);
        // alg "none" and HS256 keyed with the public key (algorithm confusion) are refused.
        const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
        const claims = { sub: 'mallory', iss: 'iss', aud: 'aud', scope: '*', exp: Math.floor(Date.now() / 1000) + 60 };
        expect((await refusal(verifier.verify(`${b64({ alg: 'none' })}.${b64(claims)}.`))).code).toBe(Status.UNAUTHENTICATED);
        const hmac = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(await exportSPKI(publicKey)));
        expect((await refusal(verifier.verify(hmac))).code).toBe(Status.UNAUTHENTICATED);
    });
    it('compares static tokens by hash and reads the tokens file', async () => {
        const token = generateToken();
        expect(token).toMatch(/^troupe_[\w-]{43}$/);
        const entries = parseStaticTokens(`# comment\n\n${JSON.stringify({ name: 'bot', sha256: hashToken(token), scopes: ['runs:read'], workflows: ['w'] })}\n`);
        const verifier = createTokenVerifier({ staticTokens: entries });
        expect(await verifier.verify(token)).toEqual({ subject: 'bot', kind: 'static', scopes: new Set(['runs:read']), workflows: new Set(['w']) });
        expect((await refusal(verifier.verify(`${token}x`))).message).toMatch(/matches no known token/);
        expect(() => parseStaticTokens('{"name":"x","sha256":"nothex","scopes":""}')).toThrow(/entry 1 \(x\): "sha256" must be 64 hex digits/);
        expect(() => parseStaticTokens('{oops')).toThrow(/line 1: not JSON/);
        expect(parseStaticTokens(JSON.stringify([{ name: 'a', sha256: 'A'.repeat(64), scopes: 'x' }]))[0]?.sha256).toBe('a'.repeat(64));
    });
});
describe('troupe token and --token', () => {
    it('creates a token whose printed line verifies it, and hashes one', async () => {
        const out = capture();
        expect(await main(['token', 'create', '--name', 'ci', '--scopes', 'runs:start:podcast,runs:read'], { stdout: out, stderr: capture() })).toBe(0);
        const token = /^token: (\S+)$/m.exec(out.text)?.[1] ?? '';
        const line = /^line:\s+(.+)$/m.exec(out.text)?.[1] ?? '';
        const verifier = createTokenVerifier({ staticTokens: parseStaticTokens(line) });
        expect(await verifier.verify(token)).toMatchObject({ subject: 'ci', workflows: new Set(['podcast']) });
        const hashed = capture();
        expect(await main(['token', 'hash', token], { stdout: hashed, stderr: capture() })).toBe(0);
        expect(hashed.text.trim()).toBe(hashToken(token));
        const bad = capture();
        expect(await main(['token', 'create', '--name', 'x', '--scopes', 'runs:explode'], { stdout: capture(), stderr: bad })).toBe(2);
        expect(bad.text).toMatch(/unknown scope/);
    });
    it('resolves the token from the flag, TROUPE_TOKEN, then TROUPE_TOKEN_FILE', () => {
        const read = (path) => (path === '/t' ? 'from-file\n' : (() => { throw new Error('ENOENT'); })());
        expect(resolveToken(undefined, ['--token', 'flag'], { TROUPE_TOKEN: 'env' }, read)).toBe('flag');
        expect(resolveToken(undefined, ['--token=flag2'], {}, read)).toBe('flag2');
        expect(resolveToken('global', [], { TROUPE_TOKEN: 'env' }, read)).toBe('global');
        expect(resolveToken(undefined, ['--', '--token', 'x'], { TROUPE_TOKEN: 'env' }, read)).toBe('env');
        expect(resolveToken(undefined, [], { TROUPE_TOKEN_FILE: '/t' }, read)).toBe('from-file');
        expect(() => resolveToken(undefined, [], { TROUPE_TOKEN_FILE: '/nope' }, read)).toThrow(/TROUPE_TOKEN_FILE: cannot read \/nope/);
        expect(resolveToken(undefined, [], {}, read)).toBeUndefined();
    });
});
describe('the gRPC guard', () => {
    const span = { spanContext: () => ({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: 1 }) };
    const served = { span, traceContext: ROOT_CONTEXT };
    const call = (md, cn) => ({
        metadata: md,
        getPeer: () => '127.0.0.1:5000',
        getAuthContext: () => (cn ? { transportSecurityType: 'ssl', sslPeerCertificate: { subject: { CN: cn } } } : {}),
        request: { runId: 'r-1' },
    });
    it('names an mTLS peer as the actor when auth is off, and audits outcomes of mutating calls', async () => {
        const audit = new InMemoryAuditLog();
        const guard = createApiGuard(createAuthorizer({ verifier: undefined, audit, logger: pino({ level: 'silent' }) }));
        const path = '/troupe.v1.OrchestratorService/CancelRun';
        const principal = await guard.admit(path, call(new Metadata(), 'ops-console'), served);
        expect(principal.subject).toBe('mtls:ops-console');
        guard.settle?.(path, principal, { runId: 'r-1' }, { response: { status: 'cancelled' } }, served);
        guard.settle?.(path, principal, { runId: 'r-2' }, { error: new TroupeError(Status.NOT_FOUND, 'no run') }, served);
        guard.settle?.('/troupe.v1.OrchestratorService/GetRun', principal, { runId: 'r-1' }, { response: {} }, served);
        expect((await audit.list()).map((e) => [e.actor, e.action, e.target, e.outcome, e.reason, e.traceId])).toEqual([
            ['mtls:ops-console', 'CancelRun', 'r-1', 'ok', undefined, 'a'.repeat(32)],
            ['mtls:ops-console', 'CancelRun', 'r-2', 'error', 'no run', 'a'.repeat(32)],
        ]);
    });
    it('refuses a method missing from the scope table even to a token with every scope', async () => {
        const token = generateToken();
        const verifier = createTokenVerifier({ staticTokens: [{ name: 'root', sha256: hashToken(token), scopes: '*' }] });
        const audit = new InMemoryAuditLog();
        const guard = createApiGuard(createAuthorizer({ verifier, audit, logger: pino({ level: 'silent' }) }));
        const md = new Metadata();
        md.set('authorization', `Bearer ${token}`);
        expect((await guard.admit('/troupe.v1.OrchestratorService/ListRuns', call(md), served)).subject).toBe('root');
        const err = await refusal(guard.admit('/troupe.v1.OrchestratorService/Unlisted', call(md), served));
        expect(err.code).toBe(Status.PERMISSION_DENIED);
        expect((await audit.list()).map((e) => [e.actor, e.action, e.outcome])).toEqual([['root', 'Unlisted', 'denied']]);
    });
});
//# sourceMappingURL=api-tokens.test.js.map