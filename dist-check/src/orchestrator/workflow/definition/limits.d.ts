import { type CST } from 'yaml';
type Token = CST.Token;
import { TroupeError } from '../../../sdk/errors.js';
/**
 * Bounds on a workflow definition, checked before anything recursive looks at it, so
 * that no definition — however nested or large — can overflow a stack, wedge the event
 * loop or produce a message that grows with the square of its size.
 */
export interface DefinitionLimits {
    /** Largest definition text, in UTF-8 bytes; larger ones get RESOURCE_EXHAUSTED. @default 262144 (256 KiB) */
    readonly maxBytes: number;
    /** Deepest nesting of lists and objects, the definition itself being level 1 (a step's input is level 4). @default 32 */
    readonly maxDepth: number;
    /** Most steps in one workflow. @default 500 */
    readonly maxSteps: number;
}
/** The limits used when none are given. */
export declare const DEFAULT_DEFINITION_LIMITS: DefinitionLimits;
/** A definition over `maxBytes`: RESOURCE_EXHAUSTED, naming the limit. */
export declare class DefinitionTooLargeError extends TroupeError {
    readonly name = "DefinitionTooLargeError";
    constructor(bytes: number, maxBytes: number);
}
/** Throws DefinitionTooLargeError when `text` is over `maxBytes` UTF-8 bytes. */
export declare function checkDefinitionSize(text: string, maxBytes: number): void;
/** The message naming the depth limit; the same for text and for data. @internal */
export declare const tooDeep: (maxDepth: number) => string;
/**
 * The YAML/JSON `text` as concrete syntax tree tokens, or undefined when it nests
 * collections deeper than `maxDepth`. The `yaml` lexer and parser are iterative
 * (composing a document is recursive and overflowed the stack on 10,000 nested
 * lists), so the text is fed token by token and refused as soon as the parser holds
 * more than `maxDepth` open collections: a deep text costs no more than its first
 * `maxDepth` levels. Tokens within the bound get an exact walk, and are then composed
 * without parsing the text again (see parse-text.ts).
 */
export declare function yamlTokensWithin(text: string, maxDepth: number, onNewLine?: (offset: number) => void): Token[] | undefined;
export {};
