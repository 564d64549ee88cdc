import { type Json } from '../../sdk/index.js';
/** A snippet as `snippet.craft` makes it. */
export interface SnippetIn {
    headline: string;
    blurb: string;
    url: string;
    tags: string[];
}
/** A validated `ui.compose` request. */
export interface ComposeRequest {
    title?: string;
    /** The usable snippets, in order. */
    snippets: SnippetIn[];
    /** Snippets that failed upstream: null entries, entries with an `error`, or short of `expected`. */
    missing: number;
    /** How many snippets there should have been. */
    expected: number;
    warnings: string[];
}
/** Limits of the input fields. */
export declare const COMPOSE_LIMITS: Readonly<{
    snippets: 100;
    title: 200;
    warnings: 20;
    warning: 1000;
}>;
/**
 * Validates the JSON input of `ui.compose`: `{ title?, snippets, warnings?, expected? }`.
 * An entry of `snippets` that is null or carries an `error` (what a fan-out step that
 * tolerates failures leaves for a failed item) counts as failed upstream; any other
 * entry must be a snippet. Fewer usable snippets than `expected` count as failed too.
 * Throws InvalidArgumentError naming the field, including when no snippet is usable.
 *
 * @example
 * parseComposeInput({ snippets: [snippet, null], warnings: ['snippet 2 timed out'] }); // → missing: 1
 */
export declare function parseComposeInput(input: Json): ComposeRequest;
