import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkCallbackUrl } from '../../src/orchestrator/webhooks/callback-url.js';
import { parseWebhookSecrets } from '../../src/orchestrator/webhooks/setup.js';
import { signatureHeader, verifySignature } from '../../src/orchestrator/webhooks/signature.js';
import { Status } from '../../src/sdk/errors.js';
const secret = Buffer.from('0123456789abcdef0123456789abcdef');
describe('webhook signatures', () => {
    it('signs t.body with HMAC-SHA256, as a receiver recomputes it by hand', () => {
        const body = '{"id":"t1"}';
        const header = signatureHeader(secret, body, 1_764_921_600);
        const expected = createHmac('sha256', secret).update(`1764921600.${body}`).digest('hex');
        expect(header).toBe(`t=1764921600,v1=${expected}`);
        expect(verifySignature(secret, body, header, 300, 1_764_921_600_000)).toBe(true);
    });
    it('rejects another body, another secret, a stale timestamp and malformed headers', () => {
        const now = 1_764_921_600_000;
        const header = signatureHeader(secret, 'a', now / 1000);
        expect(verifySignature(secret, 'b', header, 300, now)).toBe(false);
        expect(verifySignature(Buffer.from('another secret, same length!!!!!'), 'a', header, 300, now)).toBe(false);
        expect(verifySignature(secret, 'a', header, 300, now + 301_000)).toBe(false);
        for (const bad of [undefined, '', 't=1', 'v1=00', `t=x,v1=${'0'.repeat(64)}`, header.replace(/v1=../, 'v1=zz')])
            expect(verifySignature(secret, 'a', bad, 300, now)).toBe(false);
    });
});
describe('callback_url checks', () => {
    const code = (fn) => {
        try {
            fn();
            return 'ok';
        }
        catch (err) {
            return err.code;
        }
    };
    it('accepts absolute http and https URLs', () => {
        expect(checkCallbackUrl('https://hooks.example.com/troupe?x=1').href).toBe('https://hooks.example.com/troupe?x=1');
        expect(checkCallbackUrl('http://127.0.0.1:8080/').port).toBe('8080');
    });
    it('refuses other schemes, relative URLs, credentials and very long URLs with INVALID_ARGUMENT', () => {
        for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'javascript:alert(1)', '/relative', 'https://u:p@example.com/', `https://example.com/${'a'.repeat(2100)}`]) {
            expect(code(() => checkCallbackUrl(url)), url).toBe(Status.INVALID_ARGUMENT);
        }
    });
    it('with an allow-list, accepts only its hosts (exact, or *.domain for subdomains)', () => {
        const allow = ['hooks.example.com', '*.corp.example'];
        expect(code(() => checkCallbackUrl('https://hooks.example.com/x', allow))).toBe('ok');
        expect(code(() => checkCallbackUrl('https://a.b.corp.example/x', allow))).toBe('ok');
        expect(code(() => checkCallbackUrl('https://HOOKS.EXAMPLE.COM/x', allow))).toBe('ok');
        for (const url of ['https://evil.example.com/', 'http://169.254.169.254/latest/meta-data', 'https://corp.example.evil/', 'https://xcorp.example/']) {
            expect(code(() => checkCallbackUrl(url, allow)), url).toBe(Status.INVALID_ARGUMENT);
        }
    });
});
describe('TROUPE_WEBHOOK_SECRET_FILE contents', () => {
    it('is one secret (id "default"), or a JSON object of id → secret', () => {
        expect([...parseWebhookSecrets('  0123456789abcdef0123\n', 'f')]).toEqual([['default', Buffer.from('0123456789abcdef0123')]]);
        expect([...parseWebhookSecrets('{"default":"0123456789abcdef","partner-a":"fedcba9876543210"}', 'f').keys()]).toEqual(['default', 'partner-a']);
    });
    it('refuses short secrets, bad ids and broken JSON, naming the setting but never a secret', () => {
        const message = (text) => {
            try {
                parseWebhookSecrets(text, 'f');
                return 'ok';
            }
            catch (err) {
                return err.message;
            }
        };
        expect(message('short-secret')).toMatch(/TROUPE_WEBHOOK_SECRET_FILE: secret "default" in f has 12 bytes/);
        expect(message('short-secret')).not.toContain('short-secret');
        expect(message('{"a b":"0123456789abcdef"}')).toMatch(/secret id "a b"/);
        expect(message('{"a":')).toMatch(/not a JSON object/);
        expect(message('{}')).toMatch(/holds no secret/);
        expect(message('{"a":42}')).toMatch(/secret "a" in f has 0 bytes/);
    });
});
//# sourceMappingURL=webhook-signing.test.js.map