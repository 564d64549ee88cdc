import { InterceptingCall } from '@grpc/grpc-js';
/**
 * A client interceptor adding `authorization: Bearer <token>` to every call.
 *
 * grpc-js sends call credentials (`credentials.createFromMetadataGenerator`) only
 * over TLS channels and refuses to combine them with insecure ones, so the token
 * travels as plain metadata through this interceptor on any channel. Over a
 * plaintext channel the token is readable on the network: use that for loopback only.
 * When `token` throws, the call goes out without a token and the server answers UNAUTHENTICATED.
 */
export function bearerTokenInterceptor(token) {
    return (options, nextCall) => new InterceptingCall(nextCall(options), {
        start(metadata, listener, next) {
            let value;
            try {
                value = Promise.resolve(typeof token === 'function' ? token() : token);
            }
            catch (err) {
                value = Promise.reject(err instanceof Error ? err : new Error(String(err)));
            }
            value.then((t) => {
                if (t)
                    metadata.set('authorization', `Bearer ${t}`);
                next(metadata, listener);
            }, () => next(metadata, listener));
        },
    });
}
//# sourceMappingURL=bearer-token.js.map