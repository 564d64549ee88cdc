export const DEFAULT_RESTART = { backoffMs: 500, maxBackoffMs: 30_000, crashLoopCrashes: 5, crashLoopWindowMs: 60_000 };
export const DEFAULT_RESOURCES = { cpu: { warning: 100, critical: 200 }, memory: { warning: 85, critical: 95 } };
export const DEFAULT_POLL_MS = 1000;
export const DEFAULT_STOP_GRACE_MS = 10_000;
export const DEFAULT_UP_INTERVAL_MS = 5000;
export const DEFAULT_COOLDOWN_MS = 60_000;
//# sourceMappingURL=fleet-spec.js.map