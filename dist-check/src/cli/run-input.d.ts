import type { Json } from '../sdk/grpc/struct.js';
/**
 * The JSON of `--input TEXT` or `--input-file FILE` (at most one of them), or
 * undefined when neither is given. Bad JSON and unreadable files are UsageErrors
 * naming the flag.
 */
export declare function readJsonInput(inline: string | undefined, file: string | undefined): Promise<Json | undefined>;
/** The text of `file`, or of standard input for `-`; a read error is a UsageError naming `flag`. */
export declare function readTextFile(flag: string, file: string): Promise<string>;
