import fc from 'fast-check';
/**
 * fast-check generators of hostile input for the fuzz suite
 * (test/integration/hostile-input.fuzz.int.test.ts): malformed HTTP requests,
 * trace and deadline metadata, workflow texts and discovery payloads.
 */
/** Strings that tend to break parsers: percent signs, slashes, control and non-ASCII characters, long runs. */
export declare const nastyString: (maxLength?: number) => fc.Arbitrary<string>;
/** Raw bytes of one HTTP/1.x request, usually malformed somewhere. */
export declare const rawHttpRequest: fc.Arbitrary<Buffer>;
/** A well-formed request to one of the orchestrator's routes, with random path parts, query and body. */
export declare const routeRequest: fc.Arbitrary<{
    method: "PUT" | "GET" | "HEAD" | "POST" | "DELETE" | "OPTIONS";
    path: string;
    query: string;
    body: string;
    traceparent: string | undefined;
}>;
/** Values a peer may put in trace or deadline metadata (all legal HTTP/2 header values). */
export declare const metadataValue: fc.Arbitrary<string>;
/** Metadata keys the fuzz sets on calls; all are read by some edge. */
export declare const METADATA_KEYS: readonly ["traceparent", "tracestate", "baggage", "grpc-timeout", "idempotency-key", "x-request-id"];
/** Workflow texts: deep nesting in every syntax, huge strings, alias bombs, random JSON and YAML-ish noise, near-valid definitions. */
export declare const workflowText: fc.Arbitrary<string>;
/** Bodies of NATS discovery messages: noise, random JSON, and heartbeat-shaped objects with hostile values. */
export declare const discoveryPayload: fc.Arbitrary<Uint8Array>;
