/**
 * The resource guard: no scale-up past a CPU or memory threshold of the host.
 * CPU is the 1-minute load average over the number of CPUs, memory the share not
 * available (`1 − freemem/totalmem`; on Linux, freemem is MemAvailable). Both are
 * read through an injectable {@link HostProbe}, so tests set them.
 */
import os from 'node:os';
/** The real host. */
export const osProbe = {
    cpuPercent: () => ((os.loadavg()[0] ?? 0) / Math.max(1, os.availableParallelism())) * 100,
    memoryPercent: () => (1 - os.freemem() / Math.max(1, os.totalmem())) * 100,
};
/** Numeric value of a level, for the gauge. */
export function levelValue(level) {
    return level === 'critical' ? 2 : level === 'warning' ? 1 : 0;
}
/**
 * Reads the host and compares with the thresholds; the worse of CPU and memory wins.
 *
 * @example assessResources({ cpu: { warning: 85, critical: 95 }, memory: { warning: 85, critical: 95 } }).level; // 'ok'
 */
export function assessResources(thresholds, probe = osProbe) {
    const cpuPercent = round(probe.cpuPercent());
    const memoryPercent = round(probe.memoryPercent());
    const crossed = [];
    for (const [kind, value] of [['cpu', cpuPercent], ['memory', memoryPercent]]) {
        const t = thresholds[kind];
        if (value >= t.critical)
            crossed.push({ level: 'critical', reason: `${kind} ≥ ${t.critical}% (critical)` });
        else if (value >= t.warning)
            crossed.push({ level: 'warning', reason: `${kind} ≥ ${t.warning}% (warning)` });
    }
    const worst = crossed.find((c) => c.level === 'critical') ?? crossed[0];
    return { level: worst?.level ?? 'ok', cpuPercent, memoryPercent, reason: crossed.map((c) => c.reason).join(', ') };
}
function round(n) {
    return Number.isFinite(n) ? Math.round(n * 10) / 10 : 0;
}
//# sourceMappingURL=resource-guard.js.map