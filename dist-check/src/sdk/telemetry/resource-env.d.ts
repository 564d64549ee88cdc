import type { Attributes } from '@opentelemetry/api';
type Env = Readonly<Record<string, string | undefined>>;
/** What the environment says about the resource: its attributes and any problem found reading them. */
export interface ResourceFromEnv {
    /** `OTEL_RESOURCE_ATTRIBUTES`, with `service.name` from `OTEL_SERVICE_NAME` when that is set. */
    readonly attributes: Attributes;
    /** The service name the environment asks for, if any (`OTEL_SERVICE_NAME`, else `service.name` in the attributes). */
    readonly serviceName?: string;
    /** Problems (a malformed `OTEL_RESOURCE_ATTRIBUTES`), for the caller to log. */
    readonly warnings: readonly string[];
}
/**
 * Reads `OTEL_SERVICE_NAME` and `OTEL_RESOURCE_ATTRIBUTES` from `env` (not
 * `process.env`: the SDK's env detector reads only that), per the OTel
 * specification: `key=value` pairs separated by commas, values percent-decoded,
 * and `OTEL_SERVICE_NAME` over a `service.name` pair. A malformed list is dropped
 * whole, with a warning, as the specification asks.
 *
 * @example
 * resourceFromEnv({ OTEL_SERVICE_NAME: 'voice-eu', OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=prod' })
 * // { attributes: { 'deployment.environment': 'prod', 'service.name': 'voice-eu' }, serviceName: 'voice-eu', warnings: [] }
 */
export declare function resourceFromEnv(env: Env): ResourceFromEnv;
export {};
