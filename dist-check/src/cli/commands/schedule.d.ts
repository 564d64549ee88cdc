import { type Command } from '../context.js';
/** `troupe schedule`: create, list, show, pause, resume and delete durable schedules. */
export declare const command: Command;
