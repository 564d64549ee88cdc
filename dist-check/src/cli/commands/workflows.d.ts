import type { Command } from '../context.js';
/** `troupe workflows`: the registered workflows. */
export declare const command: Command;
