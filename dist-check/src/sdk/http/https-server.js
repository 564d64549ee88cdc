import { createServer as createHttpsServer } from 'node:https';
/** First byte of every TLS connection: a handshake record. */
const TLS_HANDSHAKE = 0x16;
/** How long a connection may stay silent before its first byte. */
const FIRST_BYTE_TIMEOUT_MS = 10_000;
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
export function createReloadingHttpsServer(provider, handler, options = {}) {
    const { logger } = options;
    const server = createHttpsServer(secureOptions(provider.material), handler);
    const onReload = (material) => {
        server.setSecureContext(secureOptions(material));
        logger?.info({ serial: material.serial, valid_to: material.validTo }, 'HTTPS certificate reloaded');
    };
    provider.on('reload', onReload);
    server.on('close', () => provider.off('reload', onReload));
    answerPlaintext(server, plaintextAnswer(options.plaintextHint));
    return server;
}
function plaintextAnswer(hint) {
    return ['HTTP/1.1 400 Bad Request', 'content-type: text/plain', 'connection: close', '', `this port serves HTTPS: use https://${hint ? ` (${hint})` : ''}\n`].join('\r\n');
}
function secureOptions(material) {
    const { cert, key } = material;
    if (!cert || !key)
        throw new Error('HTTPS needs a certificate and its key');
    return { cert, key };
}
/**
 * Looks at the first byte of each connection before TLS sees it: a handshake goes on
 * to the TLS server, anything else (a plaintext request) gets `answer`.
 */
function answerPlaintext(server, answer) {
    const tlsListeners = server.listeners('connection');
    server.removeAllListeners('connection');
    server.on('connection', (socket) => {
        socket.on('error', () => undefined); // a reset before the first byte concerns no one
        socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy());
        socket.once('readable', () => {
            const first = socket.read(1);
            if (first === null) {
                socket.destroy();
                return;
            }
            socket.setTimeout(0);
            socket.unshift(first);
            if (first[0] === TLS_HANDSHAKE)
                for (const listener of tlsListeners)
                    listener.call(server, socket);
            else {
                // Read (and drop) the rest of the request so the connection can close; never wait long for it.
                socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy());
                socket.resume();
                socket.end(answer);
            }
        });
    });
}
//# sourceMappingURL=https-server.js.map