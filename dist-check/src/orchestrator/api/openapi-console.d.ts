/**
 * The routes the console uses beyond the run routes: each mirrors an RPC, with its scope
 * (docs/http-api.md, docs/console.md).
 */
export declare function consolePaths(): Record<string, object>;
