import type { ServerResponse } from 'node:http';
/**
 * Node sends no body for HEAD, but a handler that sets its headers implicitly (the Prometheus
 * exporter's) then loses the Content-Length its GET has: state it from the body given to end().
 * Call it on a HEAD request's response before handing it to such a handler.
 */
export declare function stateBodyLength(res: ServerResponse): void;
