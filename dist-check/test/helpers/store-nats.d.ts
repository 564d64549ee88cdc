import { type NatsConnection } from 'nats';
import { type StoreOptions, type Stores } from '../../src/orchestrator/store/index.js';
import { type NatsServerHandle } from './nats-server.js';
/** One nats-server per test file, fresh Troupe buckets per test. */
export interface StoreHarness {
    readonly nats: NatsServerHandle;
    /** A new connection, closed by `close()`. */
    connect(): Promise<NatsConnection>;
    /** Stores on a new connection (lease timer off unless asked for). */
    stores(options?: Partial<StoreOptions>): Promise<Stores>;
    /** Deletes every Troupe bucket. */
    reset(): Promise<void>;
    close(): Promise<void>;
}
export declare function storeHarness(): Promise<StoreHarness>;
