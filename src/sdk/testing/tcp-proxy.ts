/**
 * A TCP proxy for fault-injection tests: put it between a client and a server
 * (NATS, an agent's gRPC port) and, on command, stall, slow, black-hole, cut or
 * refuse the traffic, without killing either process. Binds 127.0.0.1 only.
 */
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

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

interface Pipe {
  readonly from: Socket;
  readonly to: Socket;
  readonly queue: { data: Buffer; at: number }[];
  timer: NodeJS.Timeout | undefined;
}

function parseTarget(target: string | number): { host: string; port: number } {
  if (typeof target === 'number') return { host: '127.0.0.1', port: target };
  const bare = target.replace(/^[a-z]+:\/\//, '');
  const i = bare.lastIndexOf(':');
  const port = Number(bare.slice(i + 1));
  if (i < 0 || !Number.isInteger(port) || port <= 0) throw new Error(`tcp proxy target must be host:port, got "${target}"`);
  return { host: bare.slice(0, i) || '127.0.0.1', port };
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
export async function startTcpProxy(options: TcpProxyOptions): Promise<TcpProxy> {
  const target = parseTarget(options.target);
  const sockets = new Set<Socket>();
  const clients = new Set<Socket>();
  const pipes = new Set<Pipe>();
  let paused = false;
  let dropping = false;
  let delayMs = 0;
  let listening = false;

  const pump = (pipe: Pipe): void => {
    clearTimeout(pipe.timer);
    pipe.timer = undefined;
    if (paused || pipe.to.destroyed) return;
    const now = Date.now();
    while (pipe.queue.length > 0 && pipe.queue[0]!.at <= now) pipe.to.write(pipe.queue.shift()!.data);
    if (pipe.queue.length > 0) pipe.timer = setTimeout(() => pump(pipe), pipe.queue[0]!.at - now);
  };

  const wire = (from: Socket, to: Socket): Pipe => {
    const pipe: Pipe = { from, to, queue: [], timer: undefined };
    pipes.add(pipe);
    from.on('data', (data: Buffer) => {
      if (dropping) return;
      pipe.queue.push({ data, at: Date.now() + delayMs });
      if (!pipe.timer) pump(pipe);
    });
    from.on('close', () => {
      clearTimeout(pipe.timer);
      pipes.delete(pipe);
    });
    if (paused) from.pause();
    return pipe;
  };

  const server: Server = createServer((client) => {
    sockets.add(client);
    clients.add(client);
    const upstream = connect(target.port, target.host);
    sockets.add(upstream);
    const closeBoth = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', closeBoth).on('close', () => {
      sockets.delete(client);
      clients.delete(client);
      closeBoth();
    });
    upstream.on('error', closeBoth).on('close', () => {
      sockets.delete(upstream);
      closeBoth();
    });
    wire(client, upstream);
    wire(upstream, client);
  });

  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        listening = true;
        resolve((server.address() as AddressInfo).port);
      });
    });
  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      if (!listening) return resolve();
      listening = false;
      // close() waits for open connections; those stay up on purpose, so do not wait for it.
      server.close();
      resolve();
    });

  const port = await listen(options.port ?? 0);
  const proxy: TcpProxy = {
    port,
    address: `127.0.0.1:${port}`,
    url: (scheme = 'nats') => `${scheme}://127.0.0.1:${port}`,
    get connections() {
      return clients.size;
    },
    pause() {
      paused = true;
      for (const pipe of pipes) {
        clearTimeout(pipe.timer);
        pipe.timer = undefined;
        pipe.from.pause();
      }
    },
    resume() {
      paused = false;
      for (const pipe of pipes) {
        pipe.from.resume();
        pump(pipe);
      }
    },
    delay(ms) {
      delayMs = Math.max(0, ms);
    },
    drop(on = true) {
      dropping = on;
    },
    cut() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    async refuse(on = true) {
      if (on) await stopListening();
      else if (!listening) await listen(port);
    },
    async heal() {
      proxy.drop(false);
      proxy.delay(0);
      proxy.resume();
      await proxy.refuse(false);
    },
    async close() {
      await stopListening();
      proxy.cut();
    },
    [Symbol.asyncDispose]: () => proxy.close(),
  };
  return proxy;
}
