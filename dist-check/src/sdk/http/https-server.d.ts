import { type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ReloadingCertificateProvider } from '../security/reloading-provider.js';
/** Options of {@link createReloadingHttpsServer}. */
export interface ReloadingHttpsOptions {
    /** Where reloads are logged. @default silent */
    logger?: Logger | undefined;
    /**
     * What a plaintext request is told after "this port serves HTTPS: use https://", e.g.
     * which certificate setting turned HTTPS on and how to turn it off. @default nothing more
     */
    plaintextHint?: string | undefined;
}
/**
 * An HTTPS server with a certificate that follows its files: when the provider
 * reloads, new connections get the new certificate (`setSecureContext`), open ones
 * keep theirs. A plaintext HTTP request on this port gets a readable `400` saying to
 * use https:// rather than a TLS alert the client cannot show. The orchestrator's HTTP
 * port serves its API certificate with it, an agent's metrics endpoint its own.
 *
 * @example
 * const server = createReloadingHttpsServer(tls.provider, (req, res) => res.end('ok'), { logger });
 * server.listen(7601, '0.0.0.0');
 */
export declare function createReloadingHttpsServer(provider: ReloadingCertificateProvider, handler: (req: IncomingMessage, res: ServerResponse) => void, options?: ReloadingHttpsOptions): HttpsServer;
