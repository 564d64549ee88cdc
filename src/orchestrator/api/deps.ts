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
  /** Largest input accepted (JSON bytes, plus `data`). @default 67108864 (DEFAULT_MAX_PAYLOAD_BYTES) */
  readonly maxPayloadBytes?: number;
}

/** The setting named in a payload-too-large error. */
export const PAYLOAD_SETTING = 'TROUPE_MAX_PAYLOAD_BYTES / maxPayloadBytes';
