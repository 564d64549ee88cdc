import { connect as tlsConnect } from 'node:tls';
import { checkAgentIdentity } from '../../sdk/security/agent-identity.js';
import { clientTlsFrom, ReloadingCertificateProvider } from '../../sdk/security/tls.js';
import { AdmissionRefusedError } from '../registry/admission.js';
/** TLS failures that mean "this is not the agent it says it is", by OpenSSL/Node code. */
const REASONS = {
    ERR_TROUPE_AGENT_IDENTITY: 'wrong_identity',
    CERT_HAS_EXPIRED: 'expired_certificate',
    CERT_NOT_YET_VALID: 'expired_certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted_certificate',
    UNABLE_TO_GET_ISSUER_CERT: 'untrusted_certificate',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted_certificate',
    SELF_SIGNED_CERT_IN_CHAIN: 'untrusted_certificate',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'untrusted_certificate',
    CERT_SIGNATURE_FAILURE: 'untrusted_certificate',
    CERT_UNTRUSTED: 'untrusted_certificate',
    CERT_REJECTED: 'untrusted_certificate',
    INVALID_CA: 'untrusted_certificate',
    INVALID_PURPOSE: 'untrusted_certificate',
    ERR_SSL_WRONG_VERSION_NUMBER: 'no_tls',
    ERR_SSL_PACKET_LENGTH_TOO_LONG: 'no_tls',
    ERR_SSL_HTTP_REQUEST: 'no_tls',
};
/**
 * The orchestrator's TLS towards agents: one set of files (reloaded on change), a
 * channel-credentials object per agent name whose `checkServerIdentity` requires the
 * certificate to name that agent, and the admission check run before an instance
 * becomes routable.
 */
export class AgentTls {
    #provider;
    #byName = new Map();
    constructor(options, logger) {
        this.#provider = new ReloadingCertificateProvider({ ca: options.ca, cert: options.cert, key: options.key }, { logger, names: { ca: 'agentCa', cert: 'agentClientCert', key: 'agentClientKey' } });
    }
    /** Credentials and channel options for dialling instances that claim to be `agentName`. */
    credentialsFor(agentName) {
        let found = this.#byName.get(agentName);
        if (!found) {
            const tls = clientTlsFrom(this.#provider, { serverName: agentName || 'troupe-agent', checkServerIdentity: checkAgentIdentity(agentName) });
            found = { credentials: tls.credentials, channelOptions: tls.channelOptions };
            this.#byName.set(agentName, found);
        }
        return found;
    }
    /**
     * One TLS handshake with the instance at `address`, checking that its certificate
     * chains to the agents' CA, is valid now and names `agentName`. Throws an
     * {@link AdmissionRefusedError} when it does not, or the socket error when the
     * instance cannot be reached at all (a retryable probe failure, not a refusal).
     */
    verify(address, agentName, timeoutMs = 2000) {
        const { host, port } = splitAddress(address);
        const { ca, cert, key } = this.#provider.material;
        return new Promise((resolve, reject) => {
            const socket = tlsConnect({
                host,
                port,
                ca,
                cert,
                key,
                servername: agentName || undefined,
                ALPNProtocols: ['h2'],
                checkServerIdentity: checkAgentIdentity(agentName),
            });
            const timer = setTimeout(() => socket.destroy(Object.assign(new Error(`TLS handshake with ${address} timed out after ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
            socket.once('secureConnect', () => {
                clearTimeout(timer);
                socket.end();
                resolve();
            });
            socket.once('error', (err) => {
                clearTimeout(timer);
                socket.destroy();
                reject(classify(err, address));
            });
        });
    }
    /** The files' current content (the client certificate also signs control messages). */
    get material() {
        return this.#provider.material;
    }
    close() {
        this.#provider.close();
    }
}
function classify(err, address) {
    const code = err.code ?? '';
    const reason = REASONS[code] ?? (/wrong version number|packet length too long|http request/i.test(err.message) ? 'no_tls' : undefined);
    if (reason)
        return new AdmissionRefusedError(reason, `${address}: ${err.message}`, { cause: err });
    // The server took the connection and hung up on the handshake: a plaintext server does that.
    if (code === 'ECONNRESET' || /before secure TLS connection was established|socket hang up/i.test(err.message)) {
        return new AdmissionRefusedError('no_tls', `${address} closed the connection during the TLS handshake (is it serving plaintext?)`, { cause: err });
    }
    return err;
}
function splitAddress(address) {
    const colon = address.lastIndexOf(':');
    const host = address.slice(0, colon).replace(/^\[|\]$/g, '');
    return { host, port: Number(address.slice(colon + 1)) };
}
//# sourceMappingURL=agent-tls.js.map