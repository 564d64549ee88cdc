/**
 * Test kit for agent authors and Troupe's own suites: a real nats-server on a random
 * port with a temporary JetStream store.
 * @packageDocumentation
 */
export { startNatsServer, type NatsServerHandle, type NatsServerOptions } from './nats-server.js';
