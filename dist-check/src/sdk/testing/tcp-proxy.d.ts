/** Options of {@link startTcpProxy}. */
export interface TcpProxyOptions {
    /** Where to forward: `host:port`, `nats://host:port` or a port on 127.0.0.1. */
    readonly target: string | number;
    /** Port to listen on (127.0.0.1). @default 0 (a free port) */
    readonly port?: number;
}
/** A running proxy. Faults apply until undone; {@link TcpProxy.heal} undoes all. */
export interface TcpProxy extends AsyncDisposable {
    readonly port: number;
    /** `127.0.0.1:PORT`. */
    readonly address: string;
    /** `nats://127.0.0.1:PORT` (or another scheme). */
    url(scheme?: string): string;
    /** Open client connections. */
    readonly connections: number;
    /** Stops forwarding both ways; sockets stay open and bytes wait (TCP back-pressure), like a frozen server. */
    pause(): void;
    /** Forwards again, held bytes first. */
    resume(): void;
    /** Holds every chunk `ms` before forwarding it (order kept); 0 removes the delay. */
    delay(ms: number): void;
    /** Black-holes data that arrives from now on (both ways), until `drop(false)`; sockets stay open. */
    drop(on?: boolean): void;
    /** Destroys every open connection (both sides see a reset); new ones are accepted. */
    cut(): void;
    /** Stops listening, so new connections get ECONNREFUSED; `refuse(false)` listens again on the same port. */
    refuse(on?: boolean): Promise<void>;
    /** Undoes every fault: resume, no delay, no drop, listening. */
    heal(): Promise<void>;
    /** Closes the listener and every connection. */
    close(): Promise<void>;
}
/**
 * Starts a proxy on 127.0.0.1 forwarding to `target`.
 *
 * @example
 * ```ts
 * const nats = await startNatsServer();
 * const proxy = await startTcpProxy({ target: nats.url });
 * const agent = await startAgent(def, { nats: proxy.url() });
 * proxy.pause();   // NATS "down" for the agent, sockets open
 * proxy.resume();
 * proxy.cut();     // connections reset; the client reconnects through the proxy
 * ```
 */
export declare function startTcpProxy(options: TcpProxyOptions): Promise<TcpProxy>;
