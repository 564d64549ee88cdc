import { defineConfig } from 'vitest/config';

// What mutation testing runs (stryker.config.mjs): the unit tests and the integration
// tests that exercise the core in this process. Tests that drive the built CLI or
// agents as child processes run dist/, which mutants never reach, so they are left out.
// grpcurl.int.test.ts drives in-process servers with the grpcurl binary: it is in (it kills
// the reflection and health mutants that nothing else in this list reaches). Left out besides
// the child-process tests: the console's browser tests and the multi-server NATS ones (slow,
// and they reach the core only through what the files below already drive).
export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/{tasks,scheduling,runs,run-ending,backpressure,agent-limits,orchestrator-limits,lifecycle,run-index,store-*,durability-cross-instance,durability-handover,durability-own-retry,durability-create-finish,durability-progress-writes,grpc-tracing,grpcurl,trace,orchestrator-client}.int.test.ts',
      // The engine's features, driven through an in-process cluster (test/helpers/cluster.ts).
      'test/integration/{approval,child-runs,dead-letters-api,dead-letter-replay-*,flow-control,load-sharing,payloads,recovery,result-cache,run-trace,shared-agent-capacity,start-runs,stream-resume-sdk,webhook-sender,webhooks-durable,watch-run-types,agent-persistence,agent-reasons,agent-channel-trace,hostile-input,http-tasks,nats-discovery-sender,api-auth,audit-log,nats-quiet-request,nats-coalesce-writes,fleet-demand,durability-forwarded-requests,durability-partitioned-owner,grpc-tls}.int.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
