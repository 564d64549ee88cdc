import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { NatsLink } from '../discovery/nats-link.js';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { Registry } from '../registry/registry.js';

/** What the API handlers need from the running orchestrator. */
export interface ApiDeps {
  readonly registry: Registry;
  readonly dispatcher: Dispatcher;
  readonly nc: NatsConnection;
  readonly logger: Logger;
  readonly defaultTimeoutMs: number;
  /** The NATS link, when runs are stored in NATS: store calls answer UNAVAILABLE fast while it is down. */
  readonly storeLink?: NatsLink | undefined;
}
