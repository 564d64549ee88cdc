/**
 * Troupe SDK — the public entry for agent authors and clients.
 * @packageDocumentation
 */
export * from './agent/index.js';
export { TroupeError, InvalidArgumentError, NotFoundError, UnavailableError, ResourceExhaustedError, FailedPreconditionError, Status, toGrpcStatus, boundText, MAX_ERROR_MESSAGE_CHARS, fromGrpcError, statusName, } from './errors.js';
export { agentOptionsFromEnv, compileAgentOptions, OptionsError, type AgentOptions, type AgentTlsOptions } from './options.js';
export { toValue, fromValue, type Json } from './grpc/struct.js';
export { compileNatsSettings, natsSettingsFromEnv, connectNats, redactNatsUrl, NatsConnectSettings, NatsSettingsError, NatsConnectError, NATS_ENV, type NatsSettings, } from './security/index.js';
export { startTelemetry, createLogger } from './telemetry/index.js';
export * from './client/index.js';
export { createServerTls, createClientTls, ReloadingCertificateProvider, TlsConfigError, type ServerTlsOptions, type ClientTlsOptions, type PemSource } from './security/tls.js';
export { checkExposure, isLoopback, ExposureError, type ExposureCheck } from './security/exposure.js';
export { agentIdentityUri, AGENT_URI_PREFIX } from './security/agent-identity.js';
