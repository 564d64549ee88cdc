import type { Command } from '../context.js';
/** `troupe task`: run one task, unary or streaming. */
export declare const command: Command;
