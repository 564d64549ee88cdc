import { connect, type NatsConnection } from 'nats';
import { BUCKETS, openStores, type StoreOptions, type Stores } from '../../src/orchestrator/store/index.js';
import { startNatsServer, type NatsServerHandle } from './nats-server.js';

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

export async function storeHarness(): Promise<StoreHarness> {
  const nats = await startNatsServer();
  const connections: NatsConnection[] = [];
  const opened: Stores[] = [];
  const harness: StoreHarness = {
    nats,
    async connect() {
      const nc = await connect({ servers: nats.url });
      connections.push(nc);
      return nc;
    },
    async stores(options = {}) {
      const stores = await openStores(await harness.connect(), { owner: 'orch-a', leaseRenewEveryMs: 0, ...options });
      opened.push(stores);
      return stores;
    },
    async reset() {
      for (const s of opened.splice(0)) s.close();
      const nc = await harness.connect();
      const jsm = await nc.jetstreamManager();
      for (const name of Object.values(BUCKETS)) await jsm.streams.delete(`KV_${name}`).catch(() => false);
    },
    async close() {
      for (const s of opened.splice(0)) s.close();
      for (const nc of connections.splice(0)) await nc.close().catch(() => undefined);
      await nats.stop();
    },
  };
  return harness;
}
