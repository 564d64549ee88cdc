export { startNatsServer, type NatsServerHandle, type NatsServerOptions } from '../../src/sdk/testing/nats-server.js';
