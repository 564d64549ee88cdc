// Decentralised NATS auth for tests: an operator, an account and user JWTs signed with
// nkeys (as `nsc` would make them), for a nats-server in operator mode with `resolver: MEMORY`.
import { nkeys as untypedNkeys } from 'nats';
const nkeys = untypedNkeys;
const b64 = (data) => Buffer.from(data).toString('base64url');
function encodeJwt(issuer, subject, name, nats, exp) {
    const header = b64(JSON.stringify({ typ: 'JWT', alg: 'ed25519-nkey' }));
    const claims = { jti: b64(crypto.getRandomValues(new Uint8Array(16))), iat: Math.floor(Date.now() / 1000), iss: issuer.getPublicKey(), name, sub: subject, nats: { ...nats, version: 2 } };
    if (exp !== undefined)
        claims.exp = exp;
    const payload = b64(JSON.stringify(claims));
    return `${header}.${payload}.${b64(issuer.sign(new TextEncoder().encode(`${header}.${payload}`)))}`;
}
const UNLIMITED = { subs: -1, data: -1, payload: -1 };
export function makeOperator() {
    const operator = nkeys.createOperator();
    const account = nkeys.createAccount();
    const stranger = nkeys.createAccount();
    const operatorJwt = encodeJwt(operator, operator.getPublicKey(), 'troupe-test-operator', { type: 'operator' });
    const accountJwt = encodeJwt(operator, account.getPublicKey(), 'TROUPE', {
        type: 'account',
        limits: { ...UNLIMITED, imports: -1, exports: -1, wildcards: true, conn: -1, leaf: -1 },
        default_permissions: { pub: {}, sub: {} },
    });
    return {
        serverConfig: `operator: ${operatorJwt}\nresolver: MEMORY\nresolver_preload: {\n  ${account.getPublicKey()}: ${accountJwt}\n}\n`,
        userCreds(name, { exp, signer = 'account' } = {}) {
            const user = nkeys.createUser();
            const jwt = encodeJwt(signer === 'account' ? account : stranger, user.getPublicKey(), name, { type: 'user', pub: {}, sub: {}, ...UNLIMITED }, exp);
            const seed = new TextDecoder().decode(user.getSeed());
            return `-----BEGIN NATS USER JWT-----\n${jwt}\n------END NATS USER JWT------\n\n************************* IMPORTANT *************************\nNKEY Seed printed below can be used to sign and prove identity.\n\n-----BEGIN USER NKEY SEED-----\n${seed}\n------END USER NKEY SEED------\n`;
        },
    };
}
//# sourceMappingURL=nats-jwt.js.map