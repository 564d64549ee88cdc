/** One node of a {@link NatsCluster}. */
export interface NatsClusterNode {
    /** `n1`, `n2`, … (the server_name). */
    readonly name: string;
    /** `nats://127.0.0.1:PORT` (clients). */
    readonly url: string;
    /** `http://127.0.0.1:PORT` (monitoring: /healthz, /jsz, /varz). */
    readonly monitorUrl: string;
    /** Whether the process runs (false between kill() and restart()). */
    readonly running: boolean;
    /** SIGKILL (a crash); the store dir stays. */
    kill(): Promise<void>;
    /** Starts it again on the same ports and store dir and waits until it is healthy (caught up). */
    restart(): Promise<void>;
    /** The server's recent log lines. */
    logs(): string[];
}
/** A running cluster; `close()` (or `await using`) stops every node and removes the stores. */
export interface NatsCluster extends AsyncDisposable {
    readonly nodes: readonly NatsClusterNode[];
    /** Every node's client URL, comma-separated (what NATS_URL / natsUrl take). */
    readonly urls: string;
    /** Resolves when every running node answers /healthz with 200 (JetStream meta and streams current). */
    waitHealthy(timeoutMs?: number): Promise<void>;
    close(): Promise<void>;
}
/** Options of {@link startNatsCluster}. */
export interface NatsClusterOptions {
    /** Number of nodes. @default 3 */
    size?: number;
    /** Extra configuration text for every node. @default none */
    config?: string;
    /** How long to wait for the cluster to be healthy. @default 20000 */
    readyTimeoutMs?: number;
}
/**
 * Starts `size` nats-server processes (the pinned v2.15) forming one JetStream cluster
 * on loopback: each has a server_name, its own store dir in a temp dir, a monitoring
 * port and routes to every node. Resolves once every node's /healthz answers 200.
 *
 * @example
 * await using cluster = await startNatsCluster();
 * const orch = await startOrchestrator({ natsUrl: cluster.urls, storeReplicas: 3, ... });
 * await cluster.nodes[0].kill();
 */
export declare function startNatsCluster(options?: NatsClusterOptions): Promise<NatsCluster>;
