import type { AgentChange, AgentInfo } from '../../sdk/client/index.js';
import type { RolloutInfo } from '../../sdk/client/rollouts-client.js';
/** Columns of `troupe agents`. */
export declare const AGENT_COLUMNS: readonly ["INSTANCE", "AGENT", "VERSION", "ADDRESS", "STATE", "LOAD", "BREAKER", "LAST BEAT", "LATENCY", "OK", "UPTIME", "CAPABILITIES"];
/**
 * How long ago `then` was, compactly: "0.4s ago", "12s ago", "5m ago", "3h ago", "2d ago";
 * "-" when unknown. Clock skew (a time in the future) reads as "0.0s ago".
 */
export declare function formatAgo(then: Date | null, now: number): string;
/** "inFlight/max", e.g. "2/4". */
export declare function formatLoad(agent: AgentInfo): string;
/** One table row for an agent. */
export declare function agentRow(agent: AgentInfo, now: number): string[];
/** The `troupe agents` table, or a friendly line when there are none. */
export declare function formatAgentTable(agents: readonly AgentInfo[], now: number): string;
/**
 * One line of `troupe agents --watch`, e.g.
 * `12:00:01.234  i-1a2b  voice-forge@1.2.0  joining → active  load 0/4  breaker closed`.
 * The initial snapshot shows the state alone.
 */
export declare function formatAgentChange(change: AgentChange, at: Date): string;
/** Columns of `troupe agents --history ID`. */
export declare const HISTORY_COLUMNS: readonly ["TIME", "STATE", "BY", "REASON"];
/**
 * An instance's lifecycle history, oldest first: when, the state entered, who
 * triggered it and why ('-' in histories recorded before reasons were kept).
 */
export declare function formatAgentHistory(agent: AgentInfo): string;
/** For `troupe agents --all`: each instance that left or was refused, with its last change (why it left). */
export declare function formatDeparted(agents: readonly AgentInfo[]): string;
/**
 * For `troupe agents`: the rollouts of the capabilities listed (only `capability`'s when
 * `--capability` named one, with or without a range), one line each, e.g.
 * `  tts.synthesize  stable 1.4.0 90% / canary 2.1.0 10%, active (set by operator:ana at 2026-…: canary 2.1.0 at 10%)`;
 * '' when none of them has one. `troupe rollout list` has the measurements.
 */
export declare function formatRolloutNotes(rollouts: readonly RolloutInfo[], agents: readonly AgentInfo[], capability?: string): string;
