import { connect } from 'nats';
import { BUCKETS, openStores } from '../../src/orchestrator/store/index.js';
import { startNatsServer } from './nats-server.js';
export async function storeHarness() {
    const nats = await startNatsServer();
    const connections = [];
    const opened = [];
    const harness = {
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
            for (const s of opened.splice(0))
                s.close();
            const nc = await harness.connect();
            const jsm = await nc.jetstreamManager();
            for (const name of Object.values(BUCKETS))
                await jsm.streams.delete(`KV_${name}`).catch(() => false);
        },
        async close() {
            for (const s of opened.splice(0))
                s.close();
            for (const nc of connections.splice(0))
                await nc.close().catch(() => undefined);
            await nats.stop();
        },
    };
    return harness;
}
//# sourceMappingURL=store-nats.js.map