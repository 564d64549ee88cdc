import { parseArgs } from 'node:util';
import { HelpRequested, UsageError } from './errors.js';
import { didYouMean } from './suggest.js';
/** Address used when neither `--orchestrator` nor TROUPE_ORCHESTRATOR is set. */
export const DEFAULT_ORCHESTRATOR = '127.0.0.1:7600';
/** Environment variable holding the default orchestrator address. */
export const ORCHESTRATOR_ENV = 'TROUPE_ORCHESTRATOR';
/** Options every command accepts, before or after its own arguments. */
export const COMMON_OPTIONS = {
    orchestrator: { type: 'string' },
    token: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/**
 * Parses a command's arguments strictly with node:util parseArgs, adding the
 * {@link COMMON_OPTIONS}. Unknown flags and missing values become UsageError;
 * `--help` becomes HelpRequested.
 */
export function parseCommandArgs(args, options) {
    const config = { args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true };
    const parsed = usage(() => parseArgs(config), flagNames(config.options));
    if (parsed.values.help)
        throw new HelpRequested();
    return parsed;
}
/** Global options that take a value, and where they go. */
const VALUE_FLAGS = {
    '--orchestrator': ['orchestrator', 'HOST:PORT'],
    '--token': ['token', 'TOKEN'],
    '--tls-ca': ['tlsCa', 'FILE'],
    '--tls-cert': ['tlsCert', 'FILE'],
    '--tls-key': ['tlsKey', 'FILE'],
};
/** Environment variables naming the client's TLS files (flags win). */
export const TLS_ENV = { ca: 'TROUPE_TLS_CA', cert: 'TROUPE_TLS_CERT', key: 'TROUPE_TLS_KEY' };
/**
 * TLS options for the CLI's clients from the global flags, else TROUPE_TLS_CA / TROUPE_TLS_CERT /
 * TROUPE_TLS_KEY; undefined (plaintext) when none is set.
 */
export function resolveClientTls(global, env) {
    const ca = global.tlsCa ?? (env[TLS_ENV.ca] || undefined);
    const cert = global.tlsCert ?? (env[TLS_ENV.cert] || undefined);
    const key = global.tlsKey ?? (env[TLS_ENV.key] || undefined);
    if (!ca && !cert && !key)
        return undefined;
    if (!cert !== !key)
        throw new UsageError(`--tls-cert and --tls-key go together (or ${TLS_ENV.cert} and ${TLS_ENV.key})`);
    return { ...(ca ? { ca } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}) };
}
/** Splits `troupe [--orchestrator X] [--help] <command> ...` at the command name. */
export function splitGlobalArgs(argv) {
    const out = { help: false, version: false, rest: [] };
    let i = 0;
    for (; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        const eq = arg.indexOf('=');
        const flag = (eq > 0 ? arg.slice(0, eq) : arg);
        if (arg === '--help' || arg === '-h')
            out.help = true;
        else if (arg === '--version' || arg === '-V')
            out.version = true;
        else if (Object.hasOwn(VALUE_FLAGS, flag)) {
            const [key, what] = VALUE_FLAGS[flag];
            const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
            if (value === undefined || (eq < 0 && value.startsWith('-')))
                throw new UsageError(`option '${flag} <${what}>' needs a value`);
            out[key] = value;
        }
        else if (arg === '--') {
            i++;
            break;
        }
        else if (arg.startsWith('-')) {
            const known = [...Object.keys(VALUE_FLAGS), '--help', '--version'];
            throw new UsageError(`unknown option '${flag}'${didYouMean(flag, known)} (global options go before the command: ${known.join(', ')})`);
        }
        else
            break;
    }
    out.rest = argv.slice(i);
    if (out.orchestrator !== undefined)
        checkAddress(out.orchestrator);
    return out;
}
/** The orchestrator address: the flag, else TROUPE_ORCHESTRATOR, else {@link DEFAULT_ORCHESTRATOR}. */
export function resolveOrchestrator(flag, env) {
    if (flag !== undefined)
        return checkAddress(flag);
    const fromEnv = env[ORCHESTRATOR_ENV]?.trim();
    return fromEnv ? fromEnv : DEFAULT_ORCHESTRATOR;
}
/** Environment variables holding the API token, or a file with it. */
export const TOKEN_ENV = 'TROUPE_TOKEN';
export const TOKEN_FILE_ENV = 'TROUPE_TOKEN_FILE';
/**
 * The API token: `--token` before or after the command, else TROUPE_TOKEN, else the
 * first line of the file TROUPE_TOKEN_FILE names; undefined when none is set.
 */
export function resolveToken(globalFlag, commandArgs, env, readFile) {
    let flag = globalFlag;
    for (let i = 0; i < commandArgs.length; i++) {
        const arg = commandArgs[i] ?? '';
        if (arg === '--')
            break;
        if (arg === '--token')
            flag = commandArgs[++i];
        else if (arg.startsWith('--token='))
            flag = arg.slice('--token='.length);
    }
    if (flag !== undefined) {
        if (!flag.trim())
            throw new UsageError('--token needs a value');
        return flag.trim();
    }
    const fromEnv = env[TOKEN_ENV]?.trim();
    if (fromEnv)
        return fromEnv;
    const file = env[TOKEN_FILE_ENV]?.trim();
    if (!file)
        return undefined;
    let text;
    try {
        text = readFile(file);
    }
    catch (err) {
        throw new UsageError(`${TOKEN_FILE_ENV}: cannot read ${file}: ${err.message}`);
    }
    const token = text.split('\n')[0]?.trim();
    if (!token)
        throw new UsageError(`${TOKEN_FILE_ENV}: ${file} is empty`);
    return token;
}
function checkAddress(address) {
    if (address.trim() === '')
        throw new UsageError('--orchestrator needs a HOST:PORT address');
    return address;
}
/** Parses `text` as JSON for `flag`, or throws a UsageError naming the flag. */
export function parseJsonFlag(flag, text) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new UsageError(`${flag} is not valid JSON: ${describeJsonError(text, err)}`);
    }
}
/**
 * `JSON.parse`'s error about `text`, with the line and column it names as people count them:
 * "Unexpected number in JSON at position 13" → "Unexpected number at line 2, column 6";
 * "Unexpected end of JSON input" → "the text ends too early, at line 3, column 1".
 */
export function describeJsonError(text, err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = (offset) => {
        const before = text.slice(0, Math.max(0, Math.min(offset, text.length))).split(/\r?\n/);
        return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    };
    if (message.includes('Unexpected end of JSON input'))
        return `the text ends too early, at ${at(text.trimEnd().length)}`;
    const position = /^(.*?) in JSON at position (\d+)/.exec(message);
    return position ? `${position[1]} at ${at(Number(position[2]))}` : message;
}
/** Parses a decimal integer in [min, max] for `flag`, or throws a UsageError naming the flag and range. */
export function parseIntegerFlag(flag, text, range) {
    const n = /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
        throw new UsageError(`${flag} must be an integer from ${range.min} to ${range.max}; got '${text}'`);
    }
    return n;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Milliseconds of a duration such as `500ms`, `90s`, `15m`, `2h`, `7d`; a UsageError naming `flag` otherwise. */
export function parseDuration(flag, text) {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
    if (!match?.[1] || !match[2])
        throw new UsageError(`${flag} must be a duration such as 500ms, 30s, 15m, 2h or 7d; got '${text}'`);
    return Number(match[1]) * (DURATION_UNITS[match[2]] ?? 1);
}
/**
 * A point in time for `flag`: a duration ago (`15m`, `2h`, `7d`) or an RFC 3339 time with a
 * zone (`2026-12-05T10:00:00Z`), as ms since the epoch; a UsageError otherwise.
 */
export function parseTimeFlag(flag, text, now) {
    if (/^\d+(?:\.\d+)?(ms|s|m|h|d)$/.test(text.trim()))
        return now - parseDuration(flag, text);
    const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(text.trim()) ? Date.parse(text.trim()) : NaN;
    if (!Number.isFinite(at))
        throw new UsageError(`${flag} must be a duration ago (such as 15m, 2h, 7d) or an RFC 3339 time with a zone (such as 2026-12-05T10:00:00Z); got '${text}'`);
    return at;
}
/** `--name` for every option in a parseArgs configuration. */
function flagNames(options) {
    return Object.keys(options).map((name) => `--${name}`);
}
/**
 * Runs `fn`, turning node:util parseArgs errors into UsageError (their messages name the flag);
 * an unknown flag close to one of `known` gets a did-you-mean.
 */
function usage(fn, known) {
    try {
        return fn();
    }
    catch (err) {
        const code = err.code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
            const message = err.message.split('. To specify a positional')[0] ?? String(err);
            const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec(message)?.[1] : undefined;
            throw new UsageError(unknown?.startsWith('--') ? `${message}${didYouMean(unknown, known)}` : message);
        }
        throw err;
    }
}
//# sourceMappingURL=args.js.map