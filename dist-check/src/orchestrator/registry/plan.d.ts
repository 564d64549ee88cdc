/**
 * Chain planning: the shortest chains of capabilities whose declared types connect one
 * type to another (`troupe plan --from topic --to audio/wav`), ranked by what the
 * registry measured, and a workflow definition for each. Pure: the registry's view comes in
 * as {@link PlannableCapability} values.
 *
 * Types are the strings capabilities declare in `input_types` / `output_types`: media types
 * (`audio/wav`, `audio/L16;rate=22050`) or schema names (`topic`, `script`). See {@link typeMatches}.
 */
/** A capability as the planner sees it: its types and its measured behaviour. */
export interface PlannableCapability {
    readonly name: string;
    readonly inputTypes: readonly string[];
    readonly outputTypes: readonly string[];
    readonly streaming: boolean;
    /** Routable instances offering it now. */
    readonly instances: number;
    /** Mean latency EWMA of its instances (ms); 0 when not measured yet. */
    readonly latencyMs: number;
    /** Mean success rate of its instances, in [0, 1]. */
    readonly successRate: number;
}
/** One step of a planned chain: the capability and the types it joins. */
export interface PlannedStep {
    readonly capability: PlannableCapability;
    readonly inputType: string;
    readonly outputType: string;
}
/** A chain from `from` to `to`, with its expected latency (sum) and success (product). */
export interface PlannedChain {
    readonly steps: readonly PlannedStep[];
    readonly latencyMs: number;
    readonly success: number;
}
/** Longest chain searched. */
export declare const MAX_CHAIN_LENGTH = 6;
/** Chains returned when the caller names no number. */
export declare const DEFAULT_MAX_CHAINS = 5;
/**
 * Whether a `produced` type satisfies an `accepted` one: the same name or media type
 * (case-insensitive; parameters must match only when `accepted` has some), or a wildcard
 * `accepted` (`audio/*`). Generic types (`application/json`, `application/octet-stream`)
 * connect nothing: every capability has them, so they say nothing about what fits.
 */
export declare function typeMatches(produced: string, accepted: string): boolean;
/**
 * The chains from `from` to `to`: breadth first, so the shortest come first; chains of the
 * same length are ranked by expected success (higher first), then latency (lower first).
 * A streaming capability ends a chain (its product is the stream). No capability twice.
 */
export declare function planChains(capabilities: readonly PlannableCapability[], from: string, to: string, maxChains?: number): PlannedChain[];
/**
 * A workflow definition running `chain`: each step takes the previous step's whole output
 * as its input (the first takes the run input), a streaming last step streams, and the
 * run's output is the last step's. The capabilities' declared types are the contract that
 * makes this fit; the definition still goes through RegisterWorkflow's validation.
 */
export declare function definitionOf(chain: PlannedChain, name: string, from: string, to: string): Record<string, unknown>;
