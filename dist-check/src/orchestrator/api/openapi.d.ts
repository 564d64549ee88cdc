/**
 * The OpenAPI 3.1 description of the orchestrator's HTTP endpoint, served at
 * `GET /api/openapi.json` (open, like `/health`: it holds no secret). A test replays real
 * requests and checks each answer's status, content type and body against this document
 * (test/integration/openapi.int.test.ts), so it cannot drift silently.
 */
/** The document; `version` is the package's. */
export declare function openApiDocument(version: string): object;
