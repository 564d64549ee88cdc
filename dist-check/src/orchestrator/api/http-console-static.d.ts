import type { IncomingMessage, ServerResponse } from 'node:http';
/** Where `npm run build` puts the console bundle (scripts/build-console.mjs): `dist/console/` at the package root. */
export declare function consoleRoot(): string;
/**
 * The console's files: `GET /console` (and `/console/`) its page, `/console/{asset}` its
 * script and style. Client-side views live in the fragment (`/console#/runs/…`), so these
 * are the only paths. The page may load only its own files and talk only to this origin
 * (Content-Security-Policy). Returns false for other paths.
 */
export declare function serveConsole(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
