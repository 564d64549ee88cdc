import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../src/sdk/security/tokens.js';
describe('JWT keys from a remote JWKS URL', () => {
    it('fetches keys from a remote JWKS URL (an OIDC provider)', async () => {
        const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
        const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'remote', alg: 'ES256' }] });
        let fetched = 0;
        const server = createServer((_req, res) => {
            fetched++;
            res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        try {
            const verifier = createTokenVerifier({ jwksUrl: `http://127.0.0.1:${server.address().port}/jwks.json` });
            const token = await new SignJWT({ scp: ['agents:read'] }).setProtectedHeader({ alg: 'ES256', kid: 'remote' }).setSubject('oidc-user').setExpirationTime('1m').sign(privateKey);
            expect((await verifier.verify(token)).subject).toBe('oidc-user');
            expect((await verifier.verify(token)).scopes).toEqual(new Set(['agents:read']));
            expect(fetched).toBe(1);
        }
        finally {
            server.close();
        }
    });
});
//# sourceMappingURL=jwks-remote.int.test.js.map