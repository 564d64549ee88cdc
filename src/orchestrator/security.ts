import * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { createControlSigner } from '../sdk/security/control-signing.js';
import { checkExposure } from '../sdk/security/exposure.js';
import type { ReloadingCertificateProvider } from '../sdk/security/reloading-provider.js';
import { createServerTls, type ServerTls } from '../sdk/security/tls.js';
import { AgentTls } from './dispatch/agent-tls.js';
import type { CompiledOrchestratorOptions } from './options.js';

/** The orchestrator's TLS pieces, built once at start-up from its options. */
export interface OrchestratorSecurity {
  /** Credentials of the gRPC API. */
  readonly apiCredentials: grpc.ServerCredentials;
  /** TLS towards agents (and admission), when `agentCa` is set. */
  readonly agentTls: AgentTls | undefined;
  /** The certificate the HTTP endpoint serves HTTPS with (the API's, reloaded with it), when `httpTls` is on. */
  readonly httpTls: ReloadingCertificateProvider | undefined;
  /** Signs control messages to agents, when the orchestrator has a client certificate. */
  readonly signControl: ((subject: string, body: Uint8Array) => Record<string, string>) | undefined;
  close(): void;
}

/**
 * Reads the TLS files (throwing a TlsConfigError naming the bad setting) and applies
 * the safe-default rule to the gRPC API and the HTTP endpoint (ExposureError).
 * `apiAuthenticated`: callers of the API must authenticate by other means (tokens).
 */
export function setupSecurity(options: CompiledOrchestratorOptions, logger: Logger, auth: { apiAuthenticated?: boolean; httpAuthenticated?: boolean } = {}): OrchestratorSecurity {
  const apiTls: ServerTls | undefined =
    options.tlsCert && options.tlsKey
      ? createServerTls(
          { cert: options.tlsCert, key: options.tlsKey, clientCa: options.tlsClientCa },
          { logger, names: { ca: 'tlsClientCa (TROUPE_TLS_CLIENT_CA)', cert: 'tlsCert (TROUPE_TLS_CERT)', key: 'tlsKey (TROUPE_TLS_KEY)' } },
        )
      : undefined;
  // HTTPS on the HTTP port: on by default as soon as the orchestrator has a certificate.
  const httpTls = (options.httpTls ?? apiTls !== undefined) ? apiTls?.provider : undefined;
  let agentTls: AgentTls | undefined;
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
  } catch (err) {
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
