import type { PlannedChainInfo } from '../../sdk/client/types.js';
import { type Command } from '../context.js';
/** `troupe plan`: chains of capabilities from one type to another. */
export declare const command: Command;
/** The ranked chains as text: one block per chain, a line per step. */
export declare function formatChains(chains: readonly PlannedChainInfo[], from: string, to: string): string;
