import * as grpc from '@grpc/grpc-js';
/** grpc-js' words for "the TCP connection opened, then the server hung up": what a TLS server does to a plaintext client. */
const HUNG_UP = /No connection established\. Last error: (Failed to connect|Connection dropped|.*ECONNRESET)/;
/**
 * A client interceptor that makes a plaintext client's failure against a TLS server
 * say so: grpc-js reports only "No connection established. Last error: Failed to
 * connect". The status code (UNAVAILABLE) is unchanged.
 * @internal
 */
export function plaintextHintInterceptor() {
    return (options, nextCall) => new grpc.InterceptingCall(nextCall(options), {
        start(metadata, listener, next) {
            next(metadata, {
                onReceiveStatus(status, nextStatus) {
                    if (status.code === grpc.status.UNAVAILABLE && HUNG_UP.test(status.details)) {
                        nextStatus({
                            ...status,
                            details: `${status.details.replace(/\s*Resolution note:\s*$/, '')} (the server accepted the connection and closed it: if it serves TLS, connect with the \`tls\` option, e.g. { tls: { ca } }, or the CLI's --tls-ca)`,
                        });
                        return;
                    }
                    nextStatus(status);
                },
            });
        },
    });
}
//# sourceMappingURL=connection-hint.js.map