import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Json } from '../sdk/grpc/struct.js';
/** Address used when neither `--orchestrator` nor TROUPE_ORCHESTRATOR is set. */
export declare const DEFAULT_ORCHESTRATOR = "127.0.0.1:7600";
/** Environment variable holding the default orchestrator address. */
export declare const ORCHESTRATOR_ENV = "TROUPE_ORCHESTRATOR";
/** Options every command accepts, before or after its own arguments. */
export declare const COMMON_OPTIONS: {
    readonly orchestrator: {
        readonly type: "string";
    };
    readonly token: {
        readonly type: "string";
    };
    readonly help: {
        readonly type: "boolean";
        readonly short: "h";
    };
};
type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
/** The parseArgs configuration {@link parseCommandArgs} uses for a command's options `O`. */
export interface CommandArgsConfig<O extends OptionsConfig> extends ParseArgsConfig {
    args: readonly string[];
    options: typeof COMMON_OPTIONS & O;
    allowPositionals: true;
    strict: true;
}
/** What {@link parseCommandArgs} returns: typed `values` and the `positionals`. */
export type CommandArgs<O extends OptionsConfig> = ReturnType<typeof parseArgs<CommandArgsConfig<O>>>;
/**
 * Parses a command's arguments strictly with node:util parseArgs, adding the
 * {@link COMMON_OPTIONS}. Unknown flags and missing values become UsageError;
 * `--help` becomes HelpRequested.
 */
export declare function parseCommandArgs<const O extends OptionsConfig>(args: readonly string[], options: O): CommandArgs<O>;
/** The global options found before the command name, and the rest of argv. */
export interface GlobalArgs {
    orchestrator?: string;
    token?: string;
    /** `--tls-ca`, `--tls-cert`, `--tls-key`: PEM files for TLS to the orchestrator (or the agent a command talks to). */
    tlsCa?: string;
    tlsCert?: string;
    tlsKey?: string;
    help: boolean;
    /** `--version` / `-V`: print the package version. */
    version: boolean;
    rest: string[];
}
/** Environment variables naming the client's TLS files (flags win). */
export declare const TLS_ENV: {
    readonly ca: "TROUPE_TLS_CA";
    readonly cert: "TROUPE_TLS_CERT";
    readonly key: "TROUPE_TLS_KEY";
};
/**
 * TLS options for the CLI's clients from the global flags, else TROUPE_TLS_CA / TROUPE_TLS_CERT /
 * TROUPE_TLS_KEY; undefined (plaintext) when none is set.
 */
export declare function resolveClientTls(global: Pick<GlobalArgs, 'tlsCa' | 'tlsCert' | 'tlsKey'>, env: Readonly<Record<string, string | undefined>>): {
    ca?: string;
    cert?: string;
    key?: string;
} | undefined;
/** Splits `troupe [--orchestrator X] [--help] <command> ...` at the command name. */
export declare function splitGlobalArgs(argv: readonly string[]): GlobalArgs;
/** The orchestrator address: the flag, else TROUPE_ORCHESTRATOR, else {@link DEFAULT_ORCHESTRATOR}. */
export declare function resolveOrchestrator(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string;
/** Environment variables holding the API token, or a file with it. */
export declare const TOKEN_ENV = "TROUPE_TOKEN";
export declare const TOKEN_FILE_ENV = "TROUPE_TOKEN_FILE";
/**
 * The API token: `--token` before or after the command, else TROUPE_TOKEN, else the
 * first line of the file TROUPE_TOKEN_FILE names; undefined when none is set.
 */
export declare function resolveToken(globalFlag: string | undefined, commandArgs: readonly string[], env: Readonly<Record<string, string | undefined>>, readFile: (path: string) => string): string | undefined;
/** Parses `text` as JSON for `flag`, or throws a UsageError naming the flag. */
export declare function parseJsonFlag(flag: string, text: string): Json;
/**
 * `JSON.parse`'s error about `text`, with the line and column it names as people count them:
 * "Unexpected number in JSON at position 13" → "Unexpected number at line 2, column 6";
 * "Unexpected end of JSON input" → "the text ends too early, at line 3, column 1".
 */
export declare function describeJsonError(text: string, err: unknown): string;
/** Parses a decimal integer in [min, max] for `flag`, or throws a UsageError naming the flag and range. */
export declare function parseIntegerFlag(flag: string, text: string, range: {
    min: number;
    max: number;
}): number;
/** Milliseconds of a duration such as `500ms`, `90s`, `15m`, `2h`, `7d`; a UsageError naming `flag` otherwise. */
export declare function parseDuration(flag: string, text: string): number;
/**
 * A point in time for `flag`: a duration ago (`15m`, `2h`, `7d`) or an RFC 3339 time with a
 * zone (`2026-12-05T10:00:00Z`), as ms since the epoch; a UsageError otherwise.
 */
export declare function parseTimeFlag(flag: string, text: string, now: number): number;
export {};
