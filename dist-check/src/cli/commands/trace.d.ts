import { type Command } from '../context.js';
/** `troupe trace`: a run's or a trace's spans from Jaeger, as a terminal waterfall. */
export declare const command: Command;
