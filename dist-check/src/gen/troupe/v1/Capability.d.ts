/**
 * A named skill an agent offers. Workflows and clients address capabilities,
 * never agent instances; the orchestrator picks an instance that offers it.
 */
export interface Capability {
    /**
     * Unique name of the capability across the deployment, e.g. "tts.synthesize".
     * Lowercase letters, digits, '.', '-' and '_' only.
     */
    'name'?: (string);
    /**
     * Human-readable summary shown by `troupe agents` and in the docs.
     */
    'description'?: (string);
    /**
     * Content types or schema names the capability accepts, e.g. "application/json".
     */
    'inputTypes'?: (string)[];
    /**
     * Content types or schema names the capability produces, e.g. "audio/L16;rate=22050;channels=1".
     */
    'outputTypes'?: (string)[];
    /**
     * True when the capability must be called with ExecuteStream (it produces chunks).
     */
    'streaming'?: (boolean);
    /**
     * Streaming only: true when the agent honours ExecuteStreamRequest.resume_from_sequence,
     * i.e. it sends only the chunks with sequence >= resume_from_sequence, numbered and
     * filled exactly as an uninterrupted stream would have numbered and filled them. The
     * orchestrator asks to resume only agents that declare it; others always start from 0.
     * Agents built with the TS SDK get it for free by declaring `deterministic`.
     */
    'resumable'?: (boolean);
    /**
     * Streaming only: true when the same task (capability, input, data) always yields the
     * same chunks, byte for byte and in the same order. When an attempt of a non-resumable
     * deterministic capability is restarted from 0, the orchestrator drops the re-sent
     * chunks (sequence below what consumers already got) and the join is exact; for a
     * non-deterministic one it drops them too but marks the restart as a splice.
     */
    'deterministic'?: (boolean);
    /**
     * Unary only: a JSON Schema (as JSON text) that the result's output must match; empty for none.
     * The orchestrator checks every result against it: an output that does not match fails the
     * attempt with INTERNAL naming the JSON path (retried per the step's policy, and counted
     * against the instance's success rate and breaker). Supported: what zod's fromJSONSchema reads
     * (draft 2020-12 / draft-07 keywords: type, properties, required, items, enum, const, min/max...).
     */
    'outputSchema'?: (string);
    /**
     * Semantic version of this capability, e.g. "2.1.0"; empty means the agent's version.
     * Tasks and workflow steps may ask for a range ("tts.synthesize@^2"): only instances whose
     * capability version satisfies it (npm semver rules) are chosen. A version that is not
     * valid semver matches no range. Rollouts (SetRollout) split traffic between versions.
     */
    'version'?: (string);
}
/**
 * A named skill an agent offers. Workflows and clients address capabilities,
 * never agent instances; the orchestrator picks an instance that offers it.
 */
export interface Capability__Output {
    /**
     * Unique name of the capability across the deployment, e.g. "tts.synthesize".
     * Lowercase letters, digits, '.', '-' and '_' only.
     */
    'name': (string);
    /**
     * Human-readable summary shown by `troupe agents` and in the docs.
     */
    'description': (string);
    /**
     * Content types or schema names the capability accepts, e.g. "application/json".
     */
    'inputTypes': (string)[];
    /**
     * Content types or schema names the capability produces, e.g. "audio/L16;rate=22050;channels=1".
     */
    'outputTypes': (string)[];
    /**
     * True when the capability must be called with ExecuteStream (it produces chunks).
     */
    'streaming': (boolean);
    /**
     * Streaming only: true when the agent honours ExecuteStreamRequest.resume_from_sequence,
     * i.e. it sends only the chunks with sequence >= resume_from_sequence, numbered and
     * filled exactly as an uninterrupted stream would have numbered and filled them. The
     * orchestrator asks to resume only agents that declare it; others always start from 0.
     * Agents built with the TS SDK get it for free by declaring `deterministic`.
     */
    'resumable': (boolean);
    /**
     * Streaming only: true when the same task (capability, input, data) always yields the
     * same chunks, byte for byte and in the same order. When an attempt of a non-resumable
     * deterministic capability is restarted from 0, the orchestrator drops the re-sent
     * chunks (sequence below what consumers already got) and the join is exact; for a
     * non-deterministic one it drops them too but marks the restart as a splice.
     */
    'deterministic': (boolean);
    /**
     * Unary only: a JSON Schema (as JSON text) that the result's output must match; empty for none.
     * The orchestrator checks every result against it: an output that does not match fails the
     * attempt with INTERNAL naming the JSON path (retried per the step's policy, and counted
     * against the instance's success rate and breaker). Supported: what zod's fromJSONSchema reads
     * (draft 2020-12 / draft-07 keywords: type, properties, required, items, enum, const, min/max...).
     */
    'outputSchema': (string);
    /**
     * Semantic version of this capability, e.g. "2.1.0"; empty means the agent's version.
     * Tasks and workflow steps may ask for a range ("tts.synthesize@^2"): only instances whose
     * capability version satisfies it (npm semver rules) are chosen. A version that is not
     * valid semver matches no range. Rollouts (SetRollout) split traffic between versions.
     */
    'version': (string);
}
