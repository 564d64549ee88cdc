import type * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { type PemSource } from '../../sdk/security/tls.js';
/** How the orchestrator talks TLS to agents. */
export interface AgentTlsOptions {
    /** CA that agents' server certificates must chain to. */
    ca: PemSource;
    /** The orchestrator's client certificate, presented to agents (they may require it). */
    cert?: PemSource | undefined;
    /** Its private key. */
    key?: PemSource | undefined;
}
/**
 * The orchestrator's TLS towards agents: one set of files (reloaded on change), a
 * channel-credentials object per agent name whose `checkServerIdentity` requires the
 * certificate to name that agent, and the admission check run before an instance
 * becomes routable.
 */
export declare class AgentTls {
    #private;
    constructor(options: AgentTlsOptions, logger?: Logger);
    /** Credentials and channel options for dialling instances that claim to be `agentName`. */
    credentialsFor(agentName: string): {
        credentials: grpc.ChannelCredentials;
        channelOptions: grpc.ChannelOptions;
    };
    /**
     * One TLS handshake with the instance at `address`, checking that its certificate
     * chains to the agents' CA, is valid now and names `agentName`. Throws an
     * {@link AdmissionRefusedError} when it does not, or the socket error when the
     * instance cannot be reached at all (a retryable probe failure, not a refusal).
     */
    verify(address: string, agentName: string, timeoutMs?: number): Promise<void>;
    /** The files' current content (the client certificate also signs control messages). */
    get material(): {
        cert: Buffer | undefined;
        key: Buffer | undefined;
    };
    close(): void;
}
