/**
 * A free TCP port on 127.0.0.1, for tools that cannot bind port 0 and report it (a NATS
 * cluster's routes, Jaeger, Prometheus, Alertmanager): bound, then released, and bound by
 * the tool a moment later. Another process can take it in between; a caller that starts
 * something on it retries on "address already in use".
 */
export declare function freePort(): Promise<number>;
