import { outputSchemaProblem } from '../util/output-contract.js';
/** Thrown by {@link defineAgent} with the path of the bad property. */
export class AgentDefinitionError extends Error {
    property;
    name = 'AgentDefinitionError';
    constructor(property, message) {
        super(`invalid agent definition: ${property}: ${message}`);
        this.property = property;
    }
}
const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;
/**
 * Declares an agent: its capabilities and one handler per capability.
 *
 * @example
 * ```ts
 * export default defineAgent({
 *   name: 'echo', version: '1.0.0',
 *   capabilities: [{ name: 'echo.say' }, { name: 'echo.count', streaming: true }],
 *   handlers: {
 *     'echo.say': (input) => input,
 *     'echo.count': async function* (input) {
 *       for (let i = 0; i < 3; i++) yield { type: 'chunk', data: Buffer.from(String(i)), contentType: 'text/plain' };
 *       return { counted: 3 };
 *     },
 *   },
 * });
 * ```
 */
export function defineAgent(spec) {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- plain JavaScript callers get no type checking: check what came, not what the type promises */
    if (!spec || typeof spec !== 'object')
        throw new AgentDefinitionError('spec', 'expected an object');
    if (!NAME.test(spec.name ?? ''))
        throw new AgentDefinitionError('name', `"${spec.name}" must match ${NAME}`);
    if (!SEMVER.test(spec.version ?? ''))
        throw new AgentDefinitionError('version', `"${spec.version}" is not a semantic version like 1.0.0`);
    const maxConcurrency = spec.maxConcurrency ?? 16;
    if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1 || maxConcurrency > 100_000) {
        throw new AgentDefinitionError('maxConcurrency', `${spec.maxConcurrency} must be an integer from 1 to 100000`);
    }
    const costPerCall = spec.costPerCall ?? 0;
    if (!Number.isFinite(costPerCall) || costPerCall < 0)
        throw new AgentDefinitionError('costPerCall', 'must be a non-negative number');
    if (!Array.isArray(spec.capabilities) || spec.capabilities.length === 0) {
        throw new AgentDefinitionError('capabilities', 'declare at least one capability');
    }
    const unary = new Map();
    const streaming = new Map();
    const caching = new Map();
    const capabilities = spec.capabilities.map((cap, i) => {
        const where = `capabilities[${i}]`;
        if (!NAME.test(cap?.name ?? ''))
            throw new AgentDefinitionError(`${where}.name`, `"${cap?.name}" must match ${NAME}`);
        if (unary.has(cap.name) || streaming.has(cap.name))
            throw new AgentDefinitionError(`${where}.name`, `"${cap.name}" is declared twice`);
        const handler = spec.handlers?.[cap.name];
        if (typeof handler !== 'function')
            throw new AgentDefinitionError(`handlers["${cap.name}"]`, 'missing handler function');
        const isGenerator = handler.constructor?.name === 'AsyncGeneratorFunction';
        const isStreaming = cap.streaming ?? false;
        if (isStreaming && !isGenerator) {
            throw new AgentDefinitionError(`handlers["${cap.name}"]`, 'a streaming capability needs an `async function*` handler');
        }
        if (!isStreaming && isGenerator) {
            throw new AgentDefinitionError(`capabilities[${i}].streaming`, `"${cap.name}" has a generator handler; set streaming: true`);
        }
        const deterministic = cap.deterministic ?? false;
        const resumable = cap.resumable ?? deterministic;
        if ((deterministic || resumable !== false) && !isStreaming) {
            throw new AgentDefinitionError(`${where}.${deterministic ? 'deterministic' : 'resumable'}`, 'only a streaming capability can be deterministic or resumable');
        }
        if (resumable === true && !deterministic) {
            throw new AgentDefinitionError(`${where}.resumable`, "the SDK resumes only deterministic output: set deterministic: true, or resumable: 'handler' to resume in the handler");
        }
        if (resumable !== true && resumable !== false && resumable !== 'handler')
            throw new AgentDefinitionError(`${where}.resumable`, "must be true, false or 'handler'");
        if (cap.cacheByIdempotencyKey !== undefined) {
            const ttlMs = cap.cacheByIdempotencyKey?.ttlMs;
            if (isStreaming)
                throw new AgentDefinitionError(`${where}.cacheByIdempotencyKey`, 'streaming capabilities cannot be cached (yet)');
            if (typeof ttlMs !== 'number' || !Number.isInteger(ttlMs) || ttlMs < 1 || ttlMs > 30 * 86_400_000) {
                throw new AgentDefinitionError(`${where}.cacheByIdempotencyKey.ttlMs`, `${String(ttlMs)} must be an integer from 1 to 2592000000 (30 days)`);
            }
            caching.set(cap.name, Object.freeze({ ttlMs }));
        }
        if (cap.version !== undefined && !SEMVER.test(cap.version))
            throw new AgentDefinitionError(`${where}.version`, `"${cap.version}" is not a semantic version like 2.1.0`);
        const outputSchema = checkedOutputSchema(cap.outputSchema, isStreaming, `${where}.outputSchema`);
        if (isStreaming)
            streaming.set(cap.name, handler);
        else
            unary.set(cap.name, handler);
        return Object.freeze({
            name: cap.name,
            version: cap.version ?? spec.version,
            description: cap.description ?? '',
            inputTypes: [...(cap.inputTypes ?? ['application/json'])],
            outputTypes: [...(cap.outputTypes ?? ['application/json'])],
            streaming: isStreaming,
            deterministic,
            resumable,
            outputSchema,
        });
    });
    for (const key of Object.keys(spec.handlers ?? {})) {
        if (!unary.has(key) && !streaming.has(key))
            throw new AgentDefinitionError(`handlers["${key}"]`, 'no capability declares it');
    }
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    return Object.freeze({
        kind: 'troupe.agent',
        name: spec.name,
        version: spec.version,
        description: spec.description ?? '',
        maxConcurrency,
        costPerCall,
        labels: Object.freeze({ ...(spec.labels ?? {}) }),
        capabilities: Object.freeze(capabilities),
        unary,
        streaming,
        caching,
    });
}
/** True for a value made by {@link defineAgent} (e.g. a module's default export). */
export function isAgentDefinition(value) {
    return typeof value === 'object' && value !== null && value.kind === 'troupe.agent';
}
/** The output schema's JSON text ('' for none); refuses one on a streaming capability or one zod cannot read. */
function checkedOutputSchema(schema, isStreaming, where) {
    if (schema === undefined)
        return '';
    if (isStreaming)
        throw new AgentDefinitionError(where, 'output contracts are checked for unary capabilities only (a stream\'s chunks have no schema)');
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        throw new AgentDefinitionError(where, 'must be a JSON Schema object, e.g. { type: "object", required: ["text"] }');
    const json = JSON.stringify(schema);
    const problem = outputSchemaProblem(json);
    if (problem)
        throw new AgentDefinitionError(where, problem);
    return json;
}
//# sourceMappingURL=define-agent.js.map