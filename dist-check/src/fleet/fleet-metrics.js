/**
 * Prometheus metrics of `troupe up`, read from the supervisor's state at each scrape
 * (names in METRIC, docs/metrics.md): instances desired and running, restarts, crash
 * loops, the crash-looped flag the alert fires on, decisions by cause, the resource
 * guard's level and the host figures it read.
 */
import { METRIC, observeCounter, observeGauge } from '../sdk/telemetry/index.js';
import { levelValue } from './resource-guard.js';
/** Registers the fleet's observable instruments; returns a function that removes them. */
export function observeFleet(agents, guard) {
    const perAgent = (read) => (record) => {
        for (const a of agents())
            record(read(a), { agent: a.spec.name });
    };
    const stops = [
        observeGauge(METRIC.FLEET_INSTANCES_DESIRED, 'Instances wanted per fleet agent', perAgent((a) => a.desired)),
        observeGauge(METRIC.FLEET_INSTANCES, 'Instance processes running per fleet agent', perAgent((a) => a.group.live().filter((i) => !i.stopping).length)),
        observeGauge(METRIC.FLEET_CRASH_LOOPED, '1 while a fleet agent is stopped in a crash loop', perAgent((a) => (a.state === 'crashLoop' ? 1 : 0))),
        observeCounter(METRIC.FLEET_RESTARTS, 'Crashed fleet instances restarted', perAgent((a) => a.actor.getSnapshot().context.restarts)),
        observeCounter(METRIC.FLEET_CRASH_LOOPS, 'Crash loops detected (the agent was stopped)', perAgent((a) => a.crashLoops)),
        observeCounter(METRIC.FLEET_DECISIONS, 'Fleet scaling decisions by agent and cause', (record) => {
            for (const a of agents())
                for (const [cause, n] of a.decisionCounts)
                    record(n, { agent: a.spec.name, cause });
        }),
        observeGauge(METRIC.FLEET_GUARD_LEVEL, 'Resource guard level: 0 ok, 1 warning, 2 critical', (record) => record(levelValue(guard().level))),
        observeGauge(METRIC.FLEET_HOST_UTILIZATION, 'Host CPU and memory use as the resource guard reads them, 0-1', (record) => {
            const g = guard();
            record(g.cpuPercent / 100, { resource: 'cpu' });
            record(g.memoryPercent / 100, { resource: 'memory' });
        }),
    ];
    return () => {
        for (const stop of stops)
            stop();
    };
}
//# sourceMappingURL=fleet-metrics.js.map