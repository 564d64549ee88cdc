/**
 * Checks a caller's `callback_url` before the work starts: an absolute http(s) URL
 * without credentials, whose host is on `allow` when an allow-list is set (exact host
 * names, or `*.example.com` for its subdomains). Anything else is INVALID_ARGUMENT
 * naming what is wrong. The allow-list is the SSRF guard: without one the orchestrator
 * POSTs wherever a caller with `tasks:submit` or `runs:start` points it (docs/security.md).
 */
export declare function checkCallbackUrl(raw: string, allow?: readonly string[]): URL;
