import type { EscalationInfo } from '../../sdk/client/escalations-client.js';
import { type Command } from '../context.js';
/** `troupe alerts`: list, acknowledge and resolve escalations. */
export declare const command: Command;
/** A table of escalations: id, state, age, workflow/run/step and reason. */
export declare function formatEscalations(list: readonly EscalationInfo[], now?: number): string;
