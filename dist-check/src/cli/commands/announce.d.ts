import { type Command } from '../context.js';
/** `troupe announce`: announce a non-NATS agent on NATS (the sidecar). */
export declare const command: Command;
