import { describe, expect, it } from 'vitest';
import { ConfigError, startOrchestrator } from '../../src/orchestrator/index.js';
import { testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';

// TROUPE_STORE_REPLICAS=3 against a server that is not clustered: start-up stops with an
// error naming the setting, not a bare JetStream error.
describe('store replicas on a single nats-server', () => {
  it('refuses 3 replicas with an error naming TROUPE_STORE_REPLICAS', async () => {
    await using nats = await startNatsServer();
    const err: unknown = await startOrchestrator(
      { natsUrl: nats.url, storeReplicas: 3, grpcPort: 0, httpPort: -1, logLevel: 'silent' },
      { logger: testLogger },
    ).then(
      async (o) => {
        await o.stop();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/storeReplicas 3 \(TROUPE_STORE_REPLICAS\) needs a NATS cluster/);
  });
});
