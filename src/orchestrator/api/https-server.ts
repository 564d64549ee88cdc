import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { TlsMaterial } from '../../sdk/security/pem-source.js';
import type { ReloadingCertificateProvider } from '../../sdk/security/reloading-provider.js';

/** First byte of every TLS connection: a handshake record. */
const TLS_HANDSHAKE = 0x16;
/** How long a connection may stay silent before its first byte. */
const FIRST_BYTE_TIMEOUT_MS = 10_000;

const PLAINTEXT_ANSWER = [
  'HTTP/1.1 400 Bad Request',
  'content-type: text/plain',
  'connection: close',
  '',
  'this port serves HTTPS: use https:// (the orchestrator has a TLS certificate, TROUPE_TLS_CERT; TROUPE_HTTP_TLS=false turns HTTPS off)\n',
].join('\r\n');

/**
 * An HTTPS server with the gRPC API's certificate, following its files: when the
 * provider reloads, new connections get the new certificate (`setSecureContext`),
 * open ones keep theirs. A plaintext HTTP request on this port gets a readable
 * `400` saying to use https:// rather than a TLS alert the client cannot show.
 *
 * @example
 * const server = createReloadingHttpsServer(provider, (req, res) => res.end('ok'), logger);
 * server.listen(7601, '0.0.0.0');
 */
export function createReloadingHttpsServer(
  provider: ReloadingCertificateProvider,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  logger?: Logger,
): HttpsServer {
  const server = createHttpsServer(secureOptions(provider.material), handler);
  const onReload = (material: TlsMaterial): void => {
    server.setSecureContext(secureOptions(material));
    logger?.info({ serial: material.serial, valid_to: material.validTo }, 'HTTPS certificate reloaded');
  };
  provider.on('reload', onReload);
  server.on('close', () => provider.off('reload', onReload));
  answerPlaintext(server);
  return server;
}

function secureOptions(material: TlsMaterial): { cert: Buffer; key: Buffer } {
  const { cert, key } = material;
  if (!cert || !key) throw new Error('HTTPS needs a certificate and key (TROUPE_TLS_CERT, TROUPE_TLS_KEY)');
  return { cert, key };
}

/**
 * Looks at the first byte of each connection before TLS sees it: a handshake goes on
 * to the TLS server, anything else (a plaintext request) gets {@link PLAINTEXT_ANSWER}.
 */
function answerPlaintext(server: HttpsServer): void {
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
        socket.end(PLAINTEXT_ANSWER);
      }
    });
  });
}
