import type { CachePolicy } from './result-cache.js';
import type { CapabilitySpec, Handler, StreamHandler, UnaryHandler } from './types.js';
/** What an agent author writes. */
export interface AgentSpec {
    /** Agent name shared by all its instances, e.g. `voice-forge`. */
    name: string;
    /** Semantic version, e.g. `1.2.0`. */
    version: string;
    description?: string;
    /** Most tasks run at once by one instance; more get RESOURCE_EXHAUSTED. @default 16 */
    maxConcurrency?: number;
    /** Declared cost per call for the "cheapest" strategy. @default 0 */
    costPerCall?: number;
    /** Free-form labels shown by `troupe agents`. @default {} */
    labels?: Record<string, string>;
    capabilities: CapabilitySpec[];
    /** One handler per capability name. Streaming capabilities take an `async function*`. */
    handlers: Record<string, Handler>;
}
/** A validated, frozen agent definition; start it with `startAgent` or `runAgent`. */
export interface AgentDefinition {
    readonly kind: 'troupe.agent';
    readonly name: string;
    readonly version: string;
    readonly description: string;
    readonly maxConcurrency: number;
    readonly costPerCall: number;
    readonly labels: Readonly<Record<string, string>>;
    /** The capabilities as sent in the descriptor; `outputSchema` is the schema's JSON text ('' for none). */
    readonly capabilities: readonly (Required<Omit<CapabilitySpec, 'cacheByIdempotencyKey' | 'outputSchema'>> & {
        readonly outputSchema: string;
    })[];
    /** Result caching by idempotency key, per capability name. @internal */
    readonly caching: ReadonlyMap<string, CachePolicy>;
    /** @internal */
    readonly unary: ReadonlyMap<string, UnaryHandler>;
    /** @internal */
    readonly streaming: ReadonlyMap<string, StreamHandler>;
}
/** Thrown by {@link defineAgent} with the path of the bad property. */
export declare class AgentDefinitionError extends Error {
    readonly property: string;
    readonly name = "AgentDefinitionError";
    constructor(property: string, message: string);
}
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
export declare function defineAgent(spec: AgentSpec): AgentDefinition;
/** True for a value made by {@link defineAgent} (e.g. a module's default export). */
export declare function isAgentDefinition(value: unknown): value is AgentDefinition;
