import * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { ReloadingCertificateProvider } from '../sdk/security/reloading-provider.js';
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
export declare function setupSecurity(options: CompiledOrchestratorOptions, logger: Logger, auth?: {
    apiAuthenticated?: boolean;
    httpAuthenticated?: boolean;
}): OrchestratorSecurity;
