import { coalesceWrites } from '../nats/coalesce-writes.js';
import { quietRequestEnd } from '../nats/quiet-request-end.js';
import { connect, Events } from 'nats';
import { NatsConnectError } from './errors.js';
/**
 * Opens the one NATS connection of a process with compiled settings. The first connect is
 * tried once per server and fails with a {@link NatsConnectError} naming the setting at
 * fault (a refused credential, a TLS problem, no server); only after it succeeded does the
 * connection reconnect forever.
 *
 * @example
 * const nc = await connectNats(compileNatsSettings({ url: 'nats://127.0.0.1:4222', tokenFile: '/run/secrets/nats-token' }), { name: 'troupe-orchestrator' });
 */
export async function connectNats(settings, options) {
    quietRequestEnd();
    // One socket write per event-loop turn instead of one per callback (see coalesce-writes.ts);
    // TROUPE_NATS_COALESCE_WRITES=false keeps the library's own flushing.
    if (process.env.TROUPE_NATS_COALESCE_WRITES !== 'false')
        coalesceWrites();
    let nc;
    try {
        nc = await connect({
            ...settings.connectionOptions(),
            name: options.name,
            noAsyncTraces: true,
            waitOnFirstConnect: false,
            maxReconnectAttempts: -1,
            timeout: options.timeoutMs ?? 20_000,
        });
    }
    catch (err) {
        throw explainNatsConnectError(err, settings);
    }
    if (options.logger)
        void watchStatus(nc, options.logger);
    return nc;
}
async function watchStatus(nc, logger) {
    for await (const status of nc.status()) {
        const server = typeof status.data === 'string' ? status.data : undefined;
        if (status.type === Events.Disconnect)
            logger.warn({ server }, 'nats disconnected; reconnecting');
        else if (status.type === Events.Reconnect)
            logger.info({ server }, 'nats reconnected');
        else if (status.type === Events.Error)
            logger.error({ code: typeof status.data === 'string' ? status.data : codeOf(status.data) }, 'nats connection error');
    }
}
/** Node's codes for a server certificate that cannot be verified. */
const VERIFY = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_SIGNATURE_FAILURE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
]);
function codeOf(err) {
    const code = err?.code;
    return typeof code === 'string' ? code : undefined;
}
/**
 * Turns a nats.js or TLS error from the first connect into a {@link NatsConnectError} that
 * names the setting to fix. Messages carry the redacted URL, never a secret.
 */
export function explainNatsConnectError(err, settings) {
    const chained = err?.chainedError;
    const code = codeOf(err);
    const tlsCode = codeOf(chained) ?? code;
    const where = settings.redactedUrl;
    const message = err instanceof Error ? err.message : String(err);
    const who = settings.auth === 'user' ? `user '${settings.user ?? ''}'` : settings.auth === 'none' ? 'the connection' : `the ${settings.auth === 'creds' ? 'JWT credentials' : settings.auth === 'nkey' ? 'NKey' : 'token'}`;
    const fail = (setting, text) => new NatsConnectError(setting, text, tlsCode ?? code, { cause: err });
    if (code === 'AUTHORIZATION_VIOLATION' || code === 'AUTHENTICATION_EXPIRED' || code === 'ACCOUNT_EXPIRED' || code === 'AUTHENTICATION_TIMEOUT') {
        const reason = code === 'AUTHORIZATION_VIOLATION' ? 'Authorization Violation' : message;
        if (settings.auth === 'none') {
            return fail('NATS_URL', `the server at ${where} requires credentials (${reason}); set NATS_USER with NATS_PASSWORD_FILE, NATS_TOKEN_FILE, NATS_NKEY_SEED_FILE or NATS_CREDS`);
        }
        return fail(settings.authSetting ?? 'NATS_URL', `the server at ${where} refused ${who} (${reason})`);
    }
    if (code === 'SERVER_OPT_NA' && message === 'tls') {
        return fail(settings.tlsSetting ?? 'NATS_URL', `TLS is configured but the server at ${where} does not offer TLS`);
    }
    if (tlsCode !== undefined && (VERIFY.has(tlsCode) || tlsCode === 'ERR_TLS_CERT_ALTNAME_INVALID' || tlsCode === 'CERT_HAS_EXPIRED' || tlsCode === 'CERT_NOT_YET_VALID')) {
        const reason = tlsCode === 'ERR_TLS_CERT_ALTNAME_INVALID' ? 'its certificate does not name this host' : tlsCode === 'CERT_HAS_EXPIRED' ? 'its certificate has expired' : tlsCode === 'CERT_NOT_YET_VALID' ? 'its certificate is not valid yet' : `its certificate is not signed by a trusted CA (${tlsCode})`;
        const setting = settings.tlsSetting === 'NATS_TLS_CA' ? 'NATS_TLS_CA' : 'NATS_TLS_CA (not set: only the system CAs are trusted)';
        return fail(setting, `cannot verify the NATS server at ${where}: ${reason}`);
    }
    if (tlsCode !== undefined && /^ERR_SSL_|^ERR_TLS_|^ECONNRESET$|^EPIPE$/.test(tlsCode) && settings.tls) {
        const aboutCertificates = /CERTIFICATE|ALERT/i.test(chained?.message ?? message);
        const hint = !settings.clientCertificate && aboutCertificates ? '; does the server require a client certificate (NATS_TLS_CERT, NATS_TLS_KEY)?' : '';
        return fail(settings.tlsSetting ?? 'NATS_URL', `the TLS handshake with ${where} failed (${tlsCode})${hint}`);
    }
    if (code === 'CONNECTION_REFUSED' || code === 'ECONNREFUSED')
        return fail('NATS_URL', `no NATS server answers at ${where} (connection refused)`);
    if (code === 'CONNECTION_TIMEOUT' || code === 'TIMEOUT') {
        // A server that requires a client certificate drops a TLS 1.3 client without one after the
        // handshake; nats.js then only sees the first connect time out.
        if (settings.tls && !settings.clientCertificate) {
            return fail('NATS_TLS_CERT', `the NATS server at ${where} did not accept the connection in time; it may require a client certificate (set NATS_TLS_CERT and NATS_TLS_KEY)`);
        }
        return fail('NATS_URL', `the NATS server at ${where} did not answer in time`);
    }
    return fail('NATS_URL', `cannot connect to ${where}: ${message}`);
}
//# sourceMappingURL=nats-connect.js.map