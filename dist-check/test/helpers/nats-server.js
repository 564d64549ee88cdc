// The one shared nats-server helper lives in the SDK (src/sdk/testing) because the
// demo, the benchmarks and users' own tests need it too.
export { startNatsServer } from '../../src/sdk/testing/nats-server.js';
//# sourceMappingURL=nats-server.js.map