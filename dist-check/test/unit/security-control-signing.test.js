import { describe, expect, it } from 'vitest';
import { CONTROL_HEADERS, createControlSigner, createControlVerifier } from '../../src/sdk/security/control-signing.js';
import { issueCert, makeCa } from '../helpers/certs.js';
const body = new TextEncoder().encode(JSON.stringify({ v: 1, action: 'drain', reason: 'test' }));
const SUBJECT = 'troupe.agents.control.echo-1';
describe('control message signing', async () => {
    const ca = await makeCa('Orchestrators CA');
    const rogue = await makeCa('Rogue CA');
    const orch = await issueCert({ ca, cn: 'orchestrator', usage: 'client' });
    const serverOnly = await issueCert({ ca, cn: 'echo', usage: 'server' });
    const outsider = await issueCert({ ca: rogue, cn: 'orchestrator', usage: 'client' });
    const signer = (c) => createControlSigner(() => ({ cert: Buffer.from(c.certPem), key: Buffer.from(c.keyPem) }));
    const verifier = (now) => createControlVerifier({ ca: () => Buffer.from(ca.certPem), ...(now ? { now } : {}) });
    const lookup = (h) => (name) => h[name];
    it('accepts a message signed by an orchestrator certificate from the CA, once', () => {
        const verify = verifier();
        const headers = signer(orch)(SUBJECT, body);
        expect(verify(SUBJECT, body, lookup(headers))).toMatchObject({ ok: true, signer: expect.stringContaining('orchestrator') });
        expect(verify(SUBJECT, body, lookup(headers))).toMatchObject({ ok: false, reason: 'replayed' });
    });
    it.each([
        ['unsigned', () => ({}), SUBJECT, body],
        ['untrusted_signer', () => signer(outsider)(SUBJECT, body), SUBJECT, body],
        ['bad_certificate', () => signer(serverOnly)(SUBJECT, body), SUBJECT, body],
        ['bad_signature', () => signer(orch)('troupe.agents.control.other', body), SUBJECT, body],
        ['bad_signature', () => signer(orch)(SUBJECT, body), SUBJECT, new TextEncoder().encode('{"v":1,"action":"drain","reason":"changed"}')],
    ])('rejects %s', (reason, headers, subject, data) => {
        expect(verifier()(subject, data, lookup(headers()))).toMatchObject({ ok: false, reason });
    });
    it('rejects a message signed too long ago (stale) and one with a tampered time', () => {
        const headers = signer(orch)(SUBJECT, body);
        expect(verifier(() => Date.now() + 60_000)(SUBJECT, body, lookup(headers))).toMatchObject({ ok: false, reason: 'stale' });
        const tampered = { ...headers, [CONTROL_HEADERS.signedAt]: String(Date.now() + 1000) };
        expect(verifier()(SUBJECT, body, lookup(tampered))).toMatchObject({ ok: false, reason: 'bad_signature' });
    });
});
//# sourceMappingURL=security-control-signing.test.js.map