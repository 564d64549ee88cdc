/**
 * The folder of bundled feeds. Next to this file when run from `src/`; from `dist/` (the build
 * copies only compiled code) the same folder under `src/`, which ships with the package.
 */
export declare function fixturesDir(): string;
/** Names of the bundled feeds (file names without extension), sorted. */
export declare function bundledFeedNames(dir?: string): string[];
/**
 * Reads a bundled feed by name (`sample-feed` or `sample-feed.xml`), or returns
 * undefined when no such file exists. Names with path separators never match.
 */
export declare function readBundledFeed(name: string, dir?: string): Promise<string | undefined>;
