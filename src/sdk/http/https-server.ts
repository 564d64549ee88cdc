import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { TlsMaterial } from '../security/pem-source.js';
import type { ReloadingCertificateProvider } from '../security/reloading-provider.js';

/** First byte of every TLS connection: a handshake record. */
const TLS_HANDSHAKE = 0x16;
/** How long a connection may stay silent before its first byte. */
const FIRST_BYTE_TIMEOUT_MS = 10_000;

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
export function createReloadingHttpsServer(
  provider: ReloadingCertificateProvider,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  options: ReloadingHttpsOptions = {},
): HttpsServer {
  const { logger } = options;
  const server = createHttpsServer(secureOptions(provider.material), handler);
  const onReload = (material: TlsMaterial): void => {
    server.setSecureContext(secureOptions(material));
    logger?.info({ serial: material.serial, valid_to: material.validTo }, 'HTTPS certificate reloaded');
  };
  provider.on('reload', onReload);
  server.on('close', () => provider.off('reload', onReload));
  answerPlaintext(server, plaintextAnswer(options.plaintextHint));
  return server;
}

function plaintextAnswer(hint: string | undefined): string {
  return ['HTTP/1.1 400 Bad Request', 'content-type: text/plain', 'connection: close', '', `this port serves HTTPS: use https://${hint ? ` (${hint})` : ''}\n`].join('\r\n');
}

function secureOptions(material: TlsMaterial): { cert: Buffer; key: Buffer } {
  const { cert, key } = material;
  if (!cert || !key) throw new Error('HTTPS needs a certificate and its key');
  return { cert, key };
}

/**
 * Looks at the first byte of each connection before TLS sees it: a handshake goes on
 * to the TLS server, anything else (a plaintext request) gets `answer`.
 */
function answerPlaintext(server: HttpsServer, answer: string): void {
  const tlsListeners = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    socket.on('error', () => undefined); // a reset before the first byte concerns no one
    socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy());
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (first === null) {
        socket.destroy();
        return;
      }
      socket.setTimeout(0);
      socket.unshift(first);
      if (first[0] === TLS_HANDSHAKE) for (const listener of tlsListeners) listener.call(server, socket);
      else {
        // Read (and drop) the rest of the request so the connection can close; never wait long for it.
        socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy());
        socket.resume();
        socket.end(answer);
      }
    });
  });
}
