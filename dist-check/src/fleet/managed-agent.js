/**
 * One managed agent at run time: its machine's actor, with the `instances` and `stopAll`
 * actors bound to a {@link ProcessGroup}, and what the machine emits turned into logs,
 * spans, counters and lines for the terminal.
 */
import { SpanKind } from '@opentelemetry/api';
import { createActor, fromCallback, fromPromise } from 'xstate';
import { sendChecked } from '../sdk/machines/checked-send.js';
import { ATTR, instrument, SPAN } from '../sdk/telemetry/index.js';
import { fleetAgentMachine } from './fleet-agent.machine.js';
import { ProcessGroup } from './process-group.js';
/** A fleet agent, its processes and its scaling memory. */
export class ManagedAgent {
    spec;
    group;
    actor;
    memory;
    /** The last queue signal read for it. */
    queue;
    /** Needs not active yet, each with who provides it. */
    waitingFor = [];
    /** Crash loops so far. */
    crashLoops = 0;
    /** Decisions so far by cause. */
    decisionCounts = new Map();
    #log;
    #now;
    constructor(spec, options) {
        this.spec = spec;
        const now = options.now ?? Date.now;
        this.#now = now;
        this.#log = options.logger.child({ agent: spec.name });
        const say = (line) => options.say(`fleet: ${spec.name}: ${line}`);
        this.memory = { lastUpAt: Number.NEGATIVE_INFINITY, quietSince: now(), lastHold: undefined };
        const group = new ProcessGroup(spec, options.launcher, options.logger);
        this.group = group;
        const machine = fleetAgentMachine.provide({
            actors: {
                instances: fromCallback(({ sendBack, receive }) => {
                    group.listen((e) => {
                        if (e.type === 'started') {
                            void instrument(SPAN.FLEET_START, { kind: SpanKind.INTERNAL, attributes: { [ATTR.FLEET_AGENT]: spec.name, [ATTR.FLEET_INSTANCE]: e.id } }, () => {
                                this.#log.info({ instance: e.id, pid: e.pid }, 'fleet instance started');
                            });
                            say(`instance ${e.id} started (pid ${e.pid})`);
                            sendBack({ type: 'INSTANCE_STARTED', id: e.id, pid: e.pid, at: now() });
                            return;
                        }
                        const how = e.error ?? (e.signal ? `signal ${e.signal}` : `exit code ${e.code}`);
                        if (e.expected)
                            say(`instance ${e.id} stopped (${how})`);
                        else
                            this.#log.warn({ instance: e.id, code: e.code, signal: e.signal, error: e.error }, 'fleet instance crashed');
                        sendBack({ type: 'INSTANCE_EXITED', id: e.id, code: e.code, signal: e.signal, expected: e.expected, at: now(), ...(e.error ? { error: e.error } : {}) });
                    });
                    receive((command) => group.scaleTo(command.desired));
                    return () => {
                        group.listen(undefined);
                        void group.stopAll();
                    };
                }),
                stopAll: fromPromise(() => instrument(SPAN.FLEET_STOP, { attributes: { [ATTR.FLEET_AGENT]: spec.name } }, async () => {
                    await group.stopAll();
                    this.#log.info({}, 'fleet agent stopped');
                    return undefined;
                })),
            },
        });
        this.actor = createActor(machine, {
            input: { name: spec.name, min: spec.min, max: spec.max, restart: spec.restart, ready: spec.needs.length === 0 },
            ...(options.clock ? { clock: options.clock } : {}),
        });
        this.actor.on('decision', ({ decision }) => {
            this.decisionCounts.set(decision.cause, (this.decisionCounts.get(decision.cause) ?? 0) + 1);
            const attributes = { [ATTR.FLEET_AGENT]: spec.name, [ATTR.FLEET_FROM]: decision.from, [ATTR.FLEET_TO]: decision.to, [ATTR.FLEET_CAUSE]: decision.cause, [ATTR.FLEET_REASON]: decision.reason };
            void instrument(SPAN.FLEET_SCALE, { attributes }, () => {
                this.#log.info({ from: decision.from, to: decision.to, cause: decision.cause, reason: decision.reason }, 'fleet scaling decision');
            });
            say(decision.cause === 'guard' ? `held at ${decision.to} (guard): ${decision.reason}` : `scale ${decision.from} → ${decision.to} (${decision.cause}): ${decision.reason}`);
        });
        this.actor.on('restart', ({ backoffMs, lastCrash }) => {
            this.#log.warn({ backoff_ms: backoffMs, last_crash: lastCrash }, 'fleet instance restart scheduled');
            say(`instance crashed (${lastCrash}); restarting in ${backoffMs} ms`);
        });
        this.actor.on('crashLoop', ({ reason }) => {
            this.crashLoops++;
            this.#log.error({ reason }, 'fleet agent stopped: crash loop');
            say(`CRASH LOOP, stopped: ${reason}`);
        });
    }
    /** The machine's top-level state. */
    get state() {
        const value = this.actor.getSnapshot().value;
        return (typeof value === 'string' ? value : Object.keys(value)[0]);
    }
    get desired() {
        return this.actor.getSnapshot().context.desired;
    }
    /** Sends `event` if the current state takes it; otherwise refuses, logs and counts it. */
    send(event) {
        return sendChecked(this.actor, event, { machine: 'fleet-agent', id: this.spec.name, logger: this.#log });
    }
    /** The status `troupe fleet` shows. */
    status() {
        const snapshot = this.actor.getSnapshot();
        const c = snapshot.context;
        const value = snapshot.value;
        return {
            name: this.spec.name,
            state: this.state,
            phase: typeof value === 'object' && 'running' in value ? value.running : undefined,
            desired: c.desired,
            actual: this.group.live().filter((i) => !i.stopping).length,
            min: this.spec.min,
            max: this.spec.max,
            restarts: c.restarts,
            lastCrash: c.lastCrash,
            crashLoopReason: c.crashLoopReason,
            capabilities: this.spec.capabilities,
            needs: this.spec.needs,
            waitingFor: this.state === 'waiting' ? this.waitingFor : [],
            instances: this.group.live(),
            decisions: c.decisions,
            queue: this.queue,
        };
    }
    /** Now, on the supervisor's clock. */
    now() {
        return this.#now();
    }
}
//# sourceMappingURL=managed-agent.js.map