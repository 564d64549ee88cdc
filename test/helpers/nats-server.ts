// The one shared nats-server helper lives in the SDK (src/sdk/testing) because the
// demo, the benchmarks and users' own tests need it too.
export { startNatsServer, type NatsServerHandle, type NatsServerOptions } from '../../src/sdk/testing/nats-server.js';
