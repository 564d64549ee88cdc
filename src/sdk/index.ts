/**
 * Troupe SDK — the public entry for agent authors and clients.
 * @packageDocumentation
 */
export * from './agent/index.js';
export {
  TroupeError,
  InvalidArgumentError,
  NotFoundError,
  UnavailableError,
  ResourceExhaustedError,
  FailedPreconditionError,
  Status,
  toGrpcStatus,
  boundText,
  MAX_ERROR_MESSAGE_CHARS,
  fromGrpcError,
  statusName,
} from './errors.js';
export { agentOptionsFromEnv, compileAgentOptions, OptionsError, type AgentOptions } from './options.js';
export { toValue, fromValue, type Json } from './grpc/struct.js';
export { startTelemetry, createLogger } from './telemetry/index.js';
export * from './client/index.js';
