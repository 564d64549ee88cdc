/**
 * A small checker of real HTTP answers against our OpenAPI document — not a general
 * OpenAPI validator (none well-kept for 3.1 is among our dependencies): it checks that
 * the status is documented for the path and method, that the content type is one the
 * document names, and that a JSON body matches the subset of JSON Schema the document
 * uses (`$ref`, `type` incl. arrays of types, `required`, `properties`, `items`, `enum`, `oneOf`).
 */
type Schema = Record<string, unknown>;
/** The documented path template matching a concrete path, e.g. `/api/tasks/{id}` for `/api/tasks/abc`. */
export declare function templateOf(doc: Schema, path: string): string | undefined;
/** Problems of one answer; empty when it conforms. */
export declare function checkResponse(doc: Schema, method: string, path: string, status: number, contentType: string | null, body: string): string[];
export {};
