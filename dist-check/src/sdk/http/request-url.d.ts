/**
 * The request target as a URL, or undefined when it is not one a browser could send:
 * `new URL` throws on targets such as `//` or `http://[` (a TypeError that used to
 * escape the handler as an unhandled rejection and stop the process).
 */
export declare function requestUrl(target: string | undefined): URL | undefined;
