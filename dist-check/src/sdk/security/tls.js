import * as grpc from '@grpc/grpc-js';
import { ReloadingCertificateProvider } from './reloading-provider.js';
export { loadTlsMaterial, TlsConfigError } from './pem-source.js';
export { ReloadingCertificateProvider } from './reloading-provider.js';
/**
 * grpc-js server credentials from PEM files, reloaded when the files change: new
 * connections get the new certificate, open ones keep theirs. With `clientCa` the
 * server requires and verifies client certificates (mutual TLS).
 *
 * @example
 * ```ts
 * const tls = createServerTls({ cert: '/etc/troupe/tls.crt', key: '/etc/troupe/tls.key' }, { logger });
 * server.bindAsync('0.0.0.0:7600', tls.credentials, cb);
 * ```
 */
export function createServerTls(options, services = {}) {
    const identity = new ReloadingCertificateProvider({ cert: options.cert, key: options.key }, providerOptions(services));
    const clientCa = options.clientCa === undefined ? undefined : new ReloadingCertificateProvider({ ca: options.clientCa }, providerOptions(services));
    // grpc-js 1.14 declares this function's parameters as (ca, identity) but passes them
    // to the constructor as (identity, ca): the first argument IS the identity provider.
    const credentials = grpc.experimental.createCertificateProviderServerCredentials(identity, clientCa ?? null, clientCa !== undefined);
    return {
        credentials,
        provider: identity,
        mutual: clientCa !== undefined,
        close: () => {
            identity.close();
            clientCa?.close();
        },
    };
}
/**
 * grpc-js channel credentials from PEM files (CA, and a client certificate for mutual
 * TLS), reloaded when the files change; the next connection uses the new files.
 * `checkServerIdentity` replaces the host-name check (e.g. to check an agent's name).
 */
export function createClientTls(options, services = {}) {
    const provider = new ReloadingCertificateProvider({ ca: options.ca, cert: options.cert, key: options.key }, { ...providerOptions(services), systemRootsWhenNoCa: true });
    return clientTlsFrom(provider, { serverName: options.serverName, checkServerIdentity: services.checkServerIdentity });
}
/** Client credentials over an existing provider (several credentials may share one set of files). */
export function clientTlsFrom(provider, options = {}) {
    const credentials = grpc.experimental.createCertificateProviderChannelCredentials(provider, provider.hasIdentity ? provider : null, options.checkServerIdentity ? { checkServerIdentity: options.checkServerIdentity } : {});
    return {
        credentials,
        channelOptions: options.serverName ? { 'grpc.ssl_target_name_override': options.serverName, 'grpc.default_authority': options.serverName } : {},
        provider,
        close: () => provider.close(),
    };
}
function providerOptions(services) {
    return {
        logger: services.logger,
        ...(services.names ? { names: services.names } : {}),
        ...(services.pollMs !== undefined ? { pollMs: services.pollMs } : {}),
    };
}
//# sourceMappingURL=tls.js.map