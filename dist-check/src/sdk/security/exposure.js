import { isIP } from 'node:net';
/** A listener would be reachable from other machines without TLS and authentication. */
export class ExposureError extends Error {
    what;
    host;
    name = 'ExposureError';
    constructor(what, host, message) {
        super(message);
        this.what = what;
        this.host = host;
    }
}
/** True for interfaces only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    if (isIP(h) === 4)
        return h.startsWith('127.');
    if (isIP(h) === 6)
        return h === '::1' || h === '0:0:0:0:0:0:0:1' || h.startsWith('::ffff:127.');
    return false;
}
/**
 * The safe-default rule, in one place: a listener on a non-loopback interface must
 * have TLS and authentication, unless the operator says `insecure`; then it starts
 * and this logs one loud warning. Loopback listeners are never checked (the local
 * demo and tests work as they always have). Throws an {@link ExposureError}.
 *
 * @example
 * checkExposure({ what: 'orchestrator gRPC API', host: '0.0.0.0', tls: false, authenticated: false, insecure: false });
 * // throws: orchestrator gRPC API would listen on 0.0.0.0 without TLS and authentication ...
 */
export function checkExposure(check) {
    if (isLoopback(check.host) || (check.tls && check.authenticated))
        return;
    const missing = [!check.tls && 'TLS', !check.authenticated && 'authentication'].filter(Boolean).join(' and ');
    if (check.insecure) {
        check.logger?.warn({ listener: check.what, host: check.host, missing }, 'INSECURE: listening on a non-loopback interface without TLS and authentication because --insecure / TROUPE_INSECURE is set; anyone who can reach it can use it');
        return;
    }
    const hint = check.hint ?? 'configure TLS and client authentication, bind 127.0.0.1, or pass --insecure (TROUPE_INSECURE=true) to accept the risk';
    throw new ExposureError(check.what, check.host, `${check.what} would listen on ${check.host} without ${missing}; ${hint}`);
}
//# sourceMappingURL=exposure.js.map