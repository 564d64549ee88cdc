/**
 * The installed package's version, from its package.json (src/cli and dist/cli are both
 * two levels below the package root).
 */
export declare function packageVersion(): string;
