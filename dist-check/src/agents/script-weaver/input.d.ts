import { type Json } from '../../sdk/index.js';
/** A validated `script.weave` request. */
export interface WeaveRequest {
    topic: string;
    text: string;
    host?: string;
    minutes: number;
}
/** Limits of the input fields. */
export declare const WEAVE_LIMITS: Readonly<{
    topic: 200;
    text: 200000;
    host: 40;
    minutes: readonly [1, 15];
}>;
/** Episode length when `input.minutes` is absent. */
export declare const DEFAULT_MINUTES = 3;
/**
 * Validates the JSON input of `script.weave`: `{ topic, text, host?, minutes? }`, or the
 * harvester's output `{ pages, text, topic? }` (type `pages`), whose topic defaults to the
 * first page's title. Throws InvalidArgumentError naming the offending field.
 *
 * @example
 * parseWeaveInput({ topic: 'voice agents', text: harvested.text, host: 'Theo', minutes: 2 });
 */
export declare function parseWeaveInput(input: Json): WeaveRequest;
