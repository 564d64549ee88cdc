import type { RolloutInfo } from '../../sdk/client/rollouts-client.js';
/** Columns of `troupe rollout list`. */
export declare const ROLLOUT_COLUMNS: readonly ["CAPABILITY", "CANARY", "STABLE", "WEIGHT", "STATE", "CANARY OK", "STABLE OK", "CANARY P50", "STABLE P50", "REASON"];
/** The `troupe rollout list` table (measurements are the answering orchestrator's), or a friendly line when there are none. */
export declare function formatRolloutTable(rollouts: readonly RolloutInfo[]): string;
/** One line after a change, e.g. "tts.synthesize: canary 2.1.0 at 10%, active (canary 2.1.0 at 10% (stable: …))". */
export declare function formatRolloutLine(r: RolloutInfo): string;
/** `troupe rollout show`: the rollout, its margins, what this orchestrator measured and every decision. */
export declare function formatRolloutDetail(r: RolloutInfo): string;
