import { type ConnectionOptions } from 'nats';
/** Options of {@link startNatsServer}. */
export interface NatsServerOptions {
    /** Enable JetStream (`-js`). @default true */
    jetstream?: boolean;
    /** JetStream store directory; kept on stop. @default a fresh temp dir, removed on stop */
    storeDir?: string;
    /** Extra command-line arguments for nats-server. */
    args?: string[];
    /**
     * A nats-server configuration (its text), e.g. an `authorization { ... }` or `tls { ... }`
     * block; written to a temp file passed with `-c`. The host, port and JetStream flags still
     * come from the command line. @default none
     */
    config?: string;
    /**
     * How the readiness probe connects (e.g. `{ user, pass }` or `{ tls: { ca } }` for a
     * server with a `config` that requires them); `false` skips the client round trip and
     * trusts the server's "ready" line. @default a plain connection
     */
    probe?: Partial<ConnectionOptions> | false;
    /** How long to wait for the server to be ready. @default 10000 */
    readyTimeoutMs?: number;
    /** The executable, looked up on PATH. @default 'nats-server' */
    binary?: string;
}
/** A running nats-server. Dispose it (`await using`) or call `stop()`. */
export interface NatsServerHandle extends AsyncDisposable {
    /** `nats://127.0.0.1:PORT`. */
    readonly url: string;
    readonly port: number;
    /** The JetStream store directory ('' without JetStream). */
    readonly storeDir: string;
    /** The running server's process id (changes on `restart()`; undefined once stopped), e.g. to read its CPU time. */
    readonly pid: number | undefined;
    /** The server's recent log lines, for failure messages. */
    logs(): string[];
    /** SIGTERM, wait for exit, remove the temp store dir (unless the caller supplied it). Final. */
    stop(): Promise<void>;
    /** SIGKILL (a crash), wait for exit; the store dir stays so `restart()` can recover. */
    kill(): Promise<void>;
    /** Stops the server if it runs (SIGTERM) and starts it again on the same port and store dir. */
    restart(): Promise<void>;
    /**
     * Replaces the configuration text (a server started with `config`) and makes the running
     * server reload it (SIGHUP), as an operator does to rotate credentials; resolves once the
     * server has logged the reload. Clients the new configuration no longer authorizes are
     * disconnected by the server.
     */
    reload(config: string): Promise<void>;
}
/**
 * Starts a real `nats-server` on 127.0.0.1 with a random free port (`-p -1`) and,
 * by default, JetStream in a fresh temp store dir. Resolves once the server logged
 * that it is ready and a client connected: no sleeps.
 *
 * @example
 * await using nats = await startNatsServer();
 * const nc = await connect({ servers: nats.url });
 */
export declare function startNatsServer(options?: NatsServerOptions): Promise<NatsServerHandle>;
