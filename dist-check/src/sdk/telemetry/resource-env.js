import { ATTR } from './attributes.js';
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
export function resourceFromEnv(env) {
    const warnings = [];
    const attributes = {};
    const raw = env.OTEL_RESOURCE_ATTRIBUTES?.trim() ?? '';
    if (raw !== '') {
        const parsed = parsePairs(raw);
        if (typeof parsed === 'string')
            warnings.push(`OTEL_RESOURCE_ATTRIBUTES ignored: ${parsed}`);
        else
            Object.assign(attributes, parsed);
    }
    const named = env.OTEL_SERVICE_NAME?.trim();
    if (named)
        attributes[ATTR.SERVICE_NAME] = named;
    const serviceName = attributes[ATTR.SERVICE_NAME];
    return { attributes, ...(serviceName ? { serviceName } : {}), warnings };
}
/** The pairs of a `key=value,key=value` list, or why it is malformed. */
function parsePairs(raw) {
    const out = {};
    for (const pair of raw.split(',')) {
        if (pair.trim() === '')
            continue;
        const eq = pair.indexOf('=');
        if (eq <= 0)
            return `"${pair.trim()}" is not key=value`;
        const key = pair.slice(0, eq).trim();
        if (key === '')
            return `"${pair.trim()}" has an empty key`;
        let value;
        try {
            value = decodeURIComponent(pair.slice(eq + 1).trim());
        }
        catch {
            return `the value of ${key} is not valid percent-encoding`;
        }
        out[key] = value;
    }
    return out;
}
//# sourceMappingURL=resource-env.js.map