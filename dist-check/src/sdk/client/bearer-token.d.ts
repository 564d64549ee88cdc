import { type Interceptor } from '@grpc/grpc-js';
/** A bearer token, or a function returning the current one (called per call, e.g. to refresh an OIDC token). */
export type TokenSource = string | (() => string | Promise<string>);
/**
 * A client interceptor adding `authorization: Bearer <token>` to every call.
 *
 * grpc-js sends call credentials (`credentials.createFromMetadataGenerator`) only
 * over TLS channels and refuses to combine them with insecure ones, so the token
 * travels as plain metadata through this interceptor on any channel. Over a
 * plaintext channel the token is readable on the network: use that for loopback only.
 * When `token` throws, the call goes out without a token and the server answers UNAUTHENTICATED.
 */
export declare function bearerTokenInterceptor(token: TokenSource): Interceptor;
