import { type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { NatsConnectSettings } from './credentials.js';
import { NatsConnectError } from './errors.js';
/** Options of {@link connectNats}. */
export interface ConnectNatsOptions {
    /** Connection name shown by the server (`nats server report connections`). */
    name: string;
    /** Logs reconnects and errors after the first connect (server address only, never credentials). */
    logger?: Logger;
    /** How long the first connect may take per server. @default 20000 */
    timeoutMs?: number;
}
/**
 * Opens the one NATS connection of a process with compiled settings. The first connect is
 * tried once per server and fails with a {@link NatsConnectError} naming the setting at
 * fault (a refused credential, a TLS problem, no server); only after it succeeded does the
 * connection reconnect forever.
 *
 * @example
 * const nc = await connectNats(compileNatsSettings({ url: 'nats://127.0.0.1:4222', tokenFile: '/run/secrets/nats-token' }), { name: 'troupe-orchestrator' });
 */
export declare function connectNats(settings: NatsConnectSettings, options: ConnectNatsOptions): Promise<NatsConnection>;
/**
 * Turns a nats.js or TLS error from the first connect into a {@link NatsConnectError} that
 * names the setting to fix. Messages carry the redacted URL, never a secret.
 */
export declare function explainNatsConnectError(err: unknown, settings: NatsConnectSettings): NatsConnectError;
