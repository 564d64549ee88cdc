import { type Feed } from './feed-item.js';
/**
 * Parses a JSON Feed (https://jsonfeed.org, version 1 or 1.1). Items without a
 * `url` (or an `external_url`) are dropped.
 */
export declare function parseJsonFeed(json: string, location: string): Feed;
