/**
 * Security plumbing shared by every Troupe process: NATS credentials and TLS today.
 * @packageDocumentation
 */
export { compileNatsSettings, natsSettingsFromEnv, NatsConnectSettings, NATS_ENV, type NatsSettings, type NatsAuthKind } from './credentials.js';
export { connectNats, explainNatsConnectError, type ConnectNatsOptions } from './nats-connect.js';
export { redactNatsUrl } from './nats-url.js';
export { NatsConnectError, NatsSettingsError } from './errors.js';
