import * as grpc from '@grpc/grpc-js';
import { createControlSigner } from '../sdk/security/control-signing.js';
import { checkExposure } from '../sdk/security/exposure.js';
import { createServerTls } from '../sdk/security/tls.js';
import { AgentTls } from './dispatch/agent-tls.js';
/**
 * Reads the TLS files (throwing a TlsConfigError naming the bad setting) and applies
 * the safe-default rule to the gRPC API and the HTTP endpoint (ExposureError).
 * `apiAuthenticated`: callers of the API must authenticate by other means (tokens).
 */
export function setupSecurity(options, logger, auth = {}) {
    const apiTls = options.tlsCert && options.tlsKey
        ? createServerTls({ cert: options.tlsCert, key: options.tlsKey, clientCa: options.tlsClientCa }, { logger, names: { ca: 'tlsClientCa (TROUPE_TLS_CLIENT_CA)', cert: 'tlsCert (TROUPE_TLS_CERT)', key: 'tlsKey (TROUPE_TLS_KEY)' } })
        : undefined;
    // HTTPS on the HTTP port: on by default as soon as the orchestrator has a certificate.
    const httpTls = (options.httpTls ?? apiTls !== undefined) ? apiTls?.provider : undefined;
    let agentTls;
    try {
        checkExposure({
            what: 'the orchestrator gRPC API',
            host: options.grpcHost,
            tls: apiTls !== undefined,
            authenticated: apiTls?.mutual === true || auth.apiAuthenticated === true,
            insecure: options.insecure,
            logger,
            hint: 'set TROUPE_TLS_CERT/TROUPE_TLS_KEY and TROUPE_TLS_CLIENT_CA (client certificates), bind TROUPE_GRPC_HOST=127.0.0.1, or set TROUPE_INSECURE=true (--insecure) to accept the risk',
        });
        if (options.httpPort >= 0) {
            checkExposure({
                what: 'the orchestrator HTTP endpoint',
                host: options.httpHost ?? options.grpcHost,
                tls: httpTls !== undefined,
                authenticated: auth.httpAuthenticated === true,
                insecure: options.insecure,
                logger,
                hint: 'give the orchestrator a certificate (TROUPE_TLS_CERT/TROUPE_TLS_KEY; HTTPS follows unless TROUPE_HTTP_TLS=false) and API tokens, bind it to loopback with TROUPE_HTTP_HOST=127.0.0.1, disable it with TROUPE_HTTP_PORT=-1, or set TROUPE_INSECURE=true (--insecure) to accept the risk',
            });
        }
        agentTls = options.agentCa ? new AgentTls({ ca: options.agentCa, cert: options.agentClientCert, key: options.agentClientKey }, logger) : undefined;
    }
    catch (err) {
        apiTls?.close();
        throw err;
    }
    const signControl = agentTls && options.agentClientCert ? createControlSigner(() => agentTls.material) : undefined;
    return {
        apiCredentials: apiTls?.credentials ?? grpc.ServerCredentials.createInsecure(),
        httpTls,
        agentTls,
        signControl,
        close: () => {
            apiTls?.close();
            agentTls?.close();
        },
    };
}
//# sourceMappingURL=security.js.map