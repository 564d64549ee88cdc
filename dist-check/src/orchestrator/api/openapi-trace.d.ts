/** `GET /api/runs/{id}/trace` (http-trace.ts). */
export declare function tracePaths(): Record<string, object>;
