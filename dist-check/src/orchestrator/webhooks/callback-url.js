import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
/** Longest callback URL accepted. */
const MAX_URL_LENGTH = 2048;
/**
 * Checks a caller's `callback_url` before the work starts: an absolute http(s) URL
 * without credentials, whose host is on `allow` when an allow-list is set (exact host
 * names, or `*.example.com` for its subdomains). Anything else is INVALID_ARGUMENT
 * naming what is wrong. The allow-list is the SSRF guard: without one the orchestrator
 * POSTs wherever a caller with `tasks:submit` or `runs:start` points it (docs/security.md).
 */
export function checkCallbackUrl(raw, allow = []) {
    if (raw.length > MAX_URL_LENGTH)
        throw new InvalidArgumentError(`callback_url is longer than ${MAX_URL_LENGTH} characters`);
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new InvalidArgumentError(`callback_url "${boundText(raw, 160)}" is not an absolute URL; expected e.g. https://example.com/hooks/troupe`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new InvalidArgumentError(`callback_url must be http or https, not ${boundText(url.protocol.replace(/:$/, ''), 40)}`);
    }
    if (url.username || url.password)
        throw new InvalidArgumentError('callback_url must not carry credentials (user:password@); the callback is signed instead');
    if (allow.length > 0 && !hostAllowed(url.hostname, allow)) {
        throw new InvalidArgumentError(`callback_url host "${boundText(url.hostname, 160)}" is not in TROUPE_WEBHOOK_ALLOW`);
    }
    return url;
}
function hostAllowed(host, allow) {
    const name = host.toLowerCase();
    return allow.some((entry) => {
        const rule = entry.trim().toLowerCase();
        return rule.startsWith('*.') ? name.endsWith(rule.slice(1)) : name === rule;
    });
}
//# sourceMappingURL=callback-url.js.map