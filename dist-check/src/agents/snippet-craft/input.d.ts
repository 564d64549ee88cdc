import { type Json } from '../../sdk/index.js';
/** A validated `snippet.craft` request: the topic to write about. */
export interface SnippetRequest {
    title: string;
    summary: string;
    url: string;
}
/** Limits of the input fields. */
export declare const SNIPPET_LIMITS: Readonly<{
    title: 500;
    summary: 5000;
    url: 2048;
}>;
/**
 * Validates the JSON input of `snippet.craft`: `{ topic: { title, summary?, url } }`. Other
 * fields of `topic` (a topic from `topics.discover` also has `id`, `published`, `source`)
 * are ignored, so a topic can be passed on as it is. Throws InvalidArgumentError naming the field.
 *
 * @example
 * parseSnippetInput({ topic: { title: 'Actors for agents', summary: 'An old idea…', url: 'https://example.com/a' } });
 */
export declare function parseSnippetInput(input: Json): SnippetRequest;
