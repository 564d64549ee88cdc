/** A bundled page as topic matching sees it: its name and what its `<head>` says. */
export interface FixturePage {
    /** File name without `.html`; the page's URL is `fixture:<name>`. */
    name: string;
    title: string;
    description: string;
    keywords: string;
}
/** The scheme of bundled pages' URLs: `fixture:voice-agents-latency`. */
export declare const FIXTURE_SCHEME = "fixture:";
/**
 * The folder of bundled pages. Next to this file when run from `src/`; from `dist/` (the
 * build copies only compiled code) the same folder under `src/`, which ships with the package.
 */
export declare function fixturesDir(): string;
/** The page name of a `fixture:` URL (query and fragment ignored), or undefined when it is not one. */
export declare function fixtureName(url: string): string | undefined;
/** Whether a bundled page of that name exists. */
export declare function hasFixturePage(name: string, dir?: string): boolean;
/** The HTML of a bundled page. */
export declare function readFixturePage(name: string, dir?: string): Promise<string>;
/** Every bundled page with its title, description and keywords, sorted by name. Reads the folder. */
export declare function listFixturePages(dir?: string): FixturePage[];
