import * as grpc from '@grpc/grpc-js';
/**
 * A client interceptor that makes a plaintext client's failure against a TLS server
 * say so: grpc-js reports only "No connection established. Last error: Failed to
 * connect". The status code (UNAVAILABLE) is unchanged.
 * @internal
 */
export declare function plaintextHintInterceptor(): grpc.Interceptor;
