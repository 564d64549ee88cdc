import { inWindow } from './schedule-window.js';
/** The floor at `now`: `min`, or a time rule's min when higher. */
export function floorAt(spec, now) {
    let min = spec.min;
    let rule;
    for (const r of spec.schedule) {
        if (r.min > min && inWindow(r.window, now)) {
            min = r.min;
            rule = r.window.text;
        }
    }
    return { min, rule };
}
/**
 * The next decision for an agent wanting `desired` instances now, or undefined for none.
 * Updates `memory` (quiet time, last scale-up, last hold).
 *
 * @example
 * ```ts
 * const answer = decideScale(spec, 1, { waiting: 6, oldestWaitMs: 900, inFlight: 1 }, memory, guard, new Date());
 * // { to: 2, cause: 'queue', reason: 'queue depth 6 ≥ 4' }
 * ```
 */
export function decideScale(spec, desired, signal, memory, guard, now) {
    const at = now.getTime();
    if (!signal || signal.waiting > 0)
        memory.quietSince = at;
    const floor = floorAt(spec, now);
    if (desired < floor.min) {
        const cause = floor.rule ? 'schedule' : 'min';
        const why = floor.rule ? `time rule ${floor.rule}: at least ${floor.min}` : `min ${floor.min}`;
        if (guard.level === 'critical')
            return hold(memory, desired, `${cause}|${guard.reason}`, `${why} held: ${guard.reason}`);
        memory.lastUpAt = at;
        memory.lastHold = undefined;
        return { to: floor.min, cause, reason: why };
    }
    const { queueDepth, queueWaitMs, upIntervalMs, cooldownMs } = spec.scale;
    if (signal && desired < spec.max) {
        const byDepth = queueDepth !== undefined && signal.waiting >= queueDepth;
        const byWait = queueWaitMs !== undefined && signal.waiting > 0 && signal.oldestWaitMs >= queueWaitMs;
        if ((byDepth || byWait) && at - memory.lastUpAt >= upIntervalMs) {
            const why = byDepth ? `queue depth ${signal.waiting} ≥ ${queueDepth}` : `oldest task waited ${signal.oldestWaitMs} ms ≥ ${queueWaitMs} ms`;
            if (guard.level !== 'ok')
                return hold(memory, desired, `queue|${guard.reason}`, `${why}; scale-up held: ${guard.reason}`);
            memory.lastUpAt = at;
            memory.lastHold = undefined;
            return { to: desired + 1, cause: 'queue', reason: why };
        }
    }
    if (signal && desired > floor.min && at - memory.quietSince >= cooldownMs && !(desired === 1 && signal.inFlight > 0)) {
        memory.quietSince = at;
        return { to: desired - 1, cause: 'idle', reason: `no task waited for ${cooldownMs / 1000} s (cooldown)` };
    }
    return undefined;
}
/** A held decision, reported once per `key` (what is held, and which threshold holds it). */
function hold(memory, desired, key, reason) {
    if (memory.lastHold === key)
        return undefined;
    memory.lastHold = key;
    return { to: desired, cause: 'guard', reason };
}
//# sourceMappingURL=scaling.js.map