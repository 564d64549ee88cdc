import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { checkExposure, ExposureError, isLoopback } from '../../src/sdk/security/exposure.js';
function warnings() {
    const lines = [];
    const sink = new Writable({
        write(chunk, _enc, cb) {
            lines.push(JSON.parse(chunk.toString('utf8')));
            cb();
        },
    });
    return { logger: pino({ level: 'info' }, sink), lines };
}
describe('checkExposure (the safe-default rule)', () => {
    it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])('never checks loopback %s', (host) => {
        expect(isLoopback(host)).toBe(true);
        expect(() => checkExposure({ what: 'x', host, tls: false, authenticated: false, insecure: false })).not.toThrow();
    });
    it.each(['0.0.0.0', '::', '10.0.0.5', 'example.com', ''])('treats %s as exposed', (host) => {
        expect(isLoopback(host)).toBe(false);
    });
    it.each([
        [false, false, /without TLS and authentication/],
        [true, false, /without authentication/],
        [false, true, /without TLS;/],
    ])('refuses 0.0.0.0 with tls=%s authenticated=%s', (tls, authenticated, message) => {
        expect(() => checkExposure({ what: 'the orchestrator gRPC API', host: '0.0.0.0', tls, authenticated, insecure: false })).toThrow(ExposureError);
        expect(() => checkExposure({ what: 'the orchestrator gRPC API', host: '0.0.0.0', tls, authenticated, insecure: false })).toThrow(message);
    });
    it('lets TLS plus authentication through without a word', () => {
        const { logger, lines } = warnings();
        checkExposure({ what: 'agent echo', host: '0.0.0.0', tls: true, authenticated: true, insecure: false, logger });
        expect(lines).toEqual([]);
    });
    it('with insecure, starts and warns once, naming what is missing', () => {
        const { logger, lines } = warnings();
        checkExposure({ what: 'agent echo', host: '0.0.0.0', tls: false, authenticated: false, insecure: true, logger });
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatchObject({ level: 40, listener: 'agent echo', host: '0.0.0.0', missing: 'TLS and authentication' });
        expect(String(lines[0].msg)).toMatch(/^INSECURE/);
    });
});
//# sourceMappingURL=security-exposure.test.js.map