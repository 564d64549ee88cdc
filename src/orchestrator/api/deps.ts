import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { Registry } from '../registry/registry.js';

/** What the API handlers need from the running orchestrator. */
export interface ApiDeps {
  readonly registry: Registry;
  readonly dispatcher: Dispatcher;
  readonly nc: NatsConnection;
  readonly logger: Logger;
  readonly defaultTimeoutMs: number;
  /** Signs control messages to agents (NATS headers to add); undefined when the orchestrator has no client certificate. */
  readonly signControl?: ((subject: string, body: Uint8Array) => Record<string, string>) | undefined;
}
