import type { AgentServiceClient } from '../../gen/troupe/v1/AgentService.js';
import { AgentChannel } from './agent-channel.js';
import type { AgentTls } from './agent-tls.js';
/**
 * One grpc-js client (one HTTP/2 channel) per agent address, created on first use
 * and reused by every task: grpc-js multiplexes concurrent calls over it. With `tls`,
 * one per (agent name, address): each connection checks that the certificate names
 * the agent the instance claimed to be.
 */
export declare class ClientPool {
    #private;
    private readonly options;
    constructor(options: {
        maxMessageBytes: number;
        tls?: AgentTls | undefined;
    });
    /** The pool key of an instance. */
    key(address: string, agentName: string): string;
    /** The client for `address` (host:port) of an instance of `agentName`. */
    get(address: string, agentName: string): AgentServiceClient;
    /** The multiplexing channel to `address` (for agents whose descriptor offers it). */
    channel(address: string, agentName: string): AgentChannel;
    /** Closes clients and channels whose key ({@link ClientPool.key}) is not in `live`. */
    retain(live: ReadonlySet<string>): void;
    close(): void;
}
