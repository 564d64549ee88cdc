/**
 * Node sends no body for HEAD, but a handler that sets its headers implicitly (the Prometheus
 * exporter's) then loses the Content-Length its GET has: state it from the body given to end().
 * Call it on a HEAD request's response before handing it to such a handler.
 */
export function stateBodyLength(res) {
    const end = res.end.bind(res);
    res.end = ((...args) => {
        const [body] = args;
        if (!res.headersSent && (typeof body === 'string' || Buffer.isBuffer(body)))
            res.setHeader('content-length', Buffer.byteLength(body));
        return end(...args);
    });
}
//# sourceMappingURL=head-length.js.map