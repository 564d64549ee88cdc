/**
 * The request target as a URL, or undefined when it is not one a browser could send:
 * `new URL` throws on targets such as `//` or `http://[` (a TypeError that used to
 * escape the handler as an unhandled rejection and stop the process).
 */
export function requestUrl(target) {
    if (target === undefined)
        return undefined;
    const absolute = /^https?:\/\//i.test(target); // absolute-form, as proxies send it
    if (!absolute && !target.startsWith('/'))
        return undefined;
    try {
        // An origin-form path is read as a path; a leading `//` would make it an authority.
        return absolute ? new URL(target) : new URL(target.replace(/^\/+/, '/'), 'http://localhost');
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=request-url.js.map