/**
 * Test kit for agent authors and Troupe's own suites: a real nats-server on a random
 * port with a temporary JetStream store, and a fault-injection TCP proxy to put in
 * front of it (or of an agent) to pause, slow, black-hole, cut or refuse traffic.
 * @packageDocumentation
 */
export { startNatsServer, type NatsServerHandle, type NatsServerOptions } from './nats-server.js';
export { startTcpProxy, type TcpProxy, type TcpProxyOptions } from './tcp-proxy.js';
