import type { FleetStatus } from '../../fleet/index.js';
/**
 * `troupe fleet` as text: one row per agent (state, desired/actual, restarts, what it
 * waits for or why it stopped), then the last scaling decisions with their reasons.
 */
export declare function formatFleetStatus(status: FleetStatus, now?: number, decisions?: number): string;
