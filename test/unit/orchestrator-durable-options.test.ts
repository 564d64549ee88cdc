import { describe, expect, it } from 'vitest';
import { compileOrchestratorOptions, ConfigError, orchestratorOptionsFromEnv } from '../../src/orchestrator/index.js';

describe('durable-state options', () => {
  it('are on by default, with a random instance id left to start-up', () => {
    const o = compileOrchestratorOptions({ natsUrl: 'nats://127.0.0.1:4222' });
    expect(o).toMatchObject({ durable: true, leaseTtlMs: 4_000, leaseRenewMs: 1_000, maxActiveRuns: 5000, retentionMaxAgeMs: 7 * 86_400_000, retentionMaxCount: 10_000, retentionSweepMs: 60_000, progressWriteDelayMs: 250, runListDelayMs: 0 });
    expect(o.instanceId).toBeUndefined();
  });

  it('are read from the environment', () => {
    const raw = orchestratorOptionsFromEnv({
      NATS_URL: 'nats://x:4222',
      TROUPE_DURABLE: 'false',
      TROUPE_INSTANCE_ID: 'orch-1',
      TROUPE_LEASE_TTL_MS: '2000',
      TROUPE_LEASE_RENEW_MS: '500',
      TROUPE_RETENTION_MAX_AGE_MS: '1000',
      TROUPE_RETENTION_MAX_COUNT: '5',
      TROUPE_RETENTION_SWEEP_MS: '250',
      TROUPE_PROGRESS_WRITE_DELAY_MS: '0',
      TROUPE_RUN_LIST_DELAY_MS: '5000',
      TROUPE_MAX_ACTIVE_RUNS: '42',
    });
    expect(compileOrchestratorOptions(raw)).toMatchObject({ durable: false, instanceId: 'orch-1', leaseTtlMs: 2000, leaseRenewMs: 500, retentionMaxAgeMs: 1000, retentionMaxCount: 5, retentionSweepMs: 250, progressWriteDelayMs: 0, runListDelayMs: 5000, maxActiveRuns: 42 });
    expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x:4222', progressWriteDelayMs: -1 })).toThrow(/progressWriteDelayMs/);
  });


  it('refuses a renewal period that is not below the lease TTL, naming the setting', () => {
    expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x:4222', leaseTtlMs: 1000, leaseRenewMs: 1000 })).toThrow(ConfigError);
    expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x:4222', leaseTtlMs: 1000, leaseRenewMs: 1000 })).toThrow(/leaseRenewMs/);
    expect(() => orchestratorOptionsFromEnv({ TROUPE_DURABLE: 'maybe' })).toThrow(/TROUPE_DURABLE/);
  });

  it('the store resends unanswered requests for 20 s by default (two election rounds), read from TROUPE_STORE_ELECTION_RETRY_MS', () => {
    expect(compileOrchestratorOptions({ natsUrl: 'nats://x:4222' }).storeElectionRetryMs).toBe(20_000);
    expect(compileOrchestratorOptions(orchestratorOptionsFromEnv({ NATS_URL: 'nats://x:4222', TROUPE_STORE_ELECTION_RETRY_MS: '30000' }))).toMatchObject({ storeElectionRetryMs: 30_000 });
    expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x:4222', storeElectionRetryMs: -1 })).toThrow(/storeElectionRetryMs/);
    expect(() => orchestratorOptionsFromEnv({ TROUPE_STORE_ELECTION_RETRY_MS: 'soon' })).toThrow(/TROUPE_STORE_ELECTION_RETRY_MS/);
  });

  it('store replicas default to 1, are read from TROUPE_STORE_REPLICAS, and must be 1, 3 or 5', () => {
    expect(compileOrchestratorOptions({ natsUrl: 'nats://x:4222' }).storeReplicas).toBe(1);
    expect(compileOrchestratorOptions(orchestratorOptionsFromEnv({ NATS_URL: 'nats://a:4222,nats://b:4222,nats://c:4222', TROUPE_STORE_REPLICAS: '3' }))).toMatchObject({ storeReplicas: 3 });
    expect(compileOrchestratorOptions({ natsUrl: 'nats://x:4222', storeReplicas: 5 }).storeReplicas).toBe(5);
    for (const bad of [0, 2, 4, 7]) {
      expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x:4222', storeReplicas: bad as 1 })).toThrow(/storeReplicas: must be 1, 3 or 5/);
    }
    expect(() => orchestratorOptionsFromEnv({ TROUPE_STORE_REPLICAS: 'three' })).toThrow(/TROUPE_STORE_REPLICAS/);
  });
});
