import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** Where `npm run build` puts the console bundle (scripts/build-console.mjs): `dist/console/` at the package root. */
export function consoleRoot() {
    return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'console');
}
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
const ASSET = /^[a-z0-9-]+\.(js|css)$/;
/**
 * The console's files: `GET /console` (and `/console/`) its page, `/console/{asset}` its
 * script and style. Client-side views live in the fragment (`/console#/runs/…`), so these
 * are the only paths. The page may load only its own files and talk only to this origin
 * (Content-Security-Policy). Returns false for other paths.
 */
export async function serveConsole(req, res, url) {
    const match = /^\/console(?:\/(.*))?$/.exec(url.pathname);
    if (!match)
        return false;
    const name = match[1] ? match[1] : 'index.html';
    if (name !== 'index.html' && !ASSET.test(name)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the console is at /console\n');
        return true;
    }
    let body;
    try {
        body = await readFile(join(consoleRoot(), name));
    }
    catch {
        res.writeHead(name === 'index.html' ? 503 : 404, { 'content-type': 'text/plain' }).end(name === 'index.html' ? 'the console is not built: run `npm run build`\n' : 'not found\n');
        return true;
    }
    res.writeHead(200, {
        'content-type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
}
//# sourceMappingURL=http-console-static.js.map