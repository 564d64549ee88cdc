/**
 * The `troupe up` supervisor: one {@link ManagedAgent} (one XState actor) per agent of
 * the fleet file. Every `pollMs` it reads the host (resource guard) and the orchestrator's
 * queues (`GetQueues`), releases agents whose needed capabilities became active, and
 * sends each running agent its scaling decision. It answers demand requests
 * (`troupe.fleet.demand.<capability>`: start an instance now) and status requests
 * (`troupe.fleet.status`) over NATS. Uses the SDK only.
 */
import { context } from '@opentelemetry/api';
import { parseMessage } from '../sdk/discovery/messages.js';
import { demandSchema, FLEET_DEMAND_ALL, FLEET_RESET_SUBJECT, FLEET_STATUS_SUBJECT, resetSchema } from '../sdk/fleet/subjects.js';
import { extractNatsHeaders } from '../sdk/telemetry/index.js';
import { checkDependencies, formatOrder } from './dependencies.js';
import { observeFleet } from './fleet-metrics.js';
import { ManagedAgent } from './managed-agent.js';
import { assessResources, osProbe } from './resource-guard.js';
import { decideScale } from './scaling.js';
const utf8 = new TextEncoder();
/** An instance started this recently may not have registered with the orchestrator yet. */
const STARTUP_GRACE_MS = 30_000;
/** A running fleet. */
export class Supervisor {
    options;
    agents;
    #byCapability = new Map();
    #order;
    #external;
    #log;
    #say;
    #now;
    #startedAt;
    #guard = { level: 'ok', cpuPercent: 0, memoryPercent: 0, reason: '' };
    #orchestrator = { reachable: false, error: 'not read yet' };
    #routable = new Map();
    #timer;
    #polling;
    #subscriptions = [];
    #stopMetrics;
    #stopping;
    constructor(options) {
        this.options = options;
        this.#log = options.logger.child({ component: 'fleet', fleet: options.fleet.name });
        this.#say = options.say ?? (() => undefined);
        this.#now = options.now ?? Date.now;
        this.#startedAt = this.#now();
        const report = checkDependencies(options.fleet.agents);
        this.#order = report.waves;
        this.#external = report.external;
        this.agents = options.fleet.agents.map((spec) => new ManagedAgent(spec, {
            launcher: options.launcher,
            logger: options.logger,
            say: this.#say,
            now: this.#now,
            ...(options.clock ? { clock: options.clock } : {}),
        }));
        for (const a of this.agents)
            for (const c of a.spec.capabilities)
                if (!this.#byCapability.has(c))
                    this.#byCapability.set(c, a);
    }
    /**
     * Starts every agent's actor (those without needs start their instances), the poll loop and
     * the NATS responders; resolves once the server has the subscriptions.
     */
    async start() {
        this.#say(`fleet: ${this.options.fleet.name}: start order: ${formatOrder(this.#order)}`);
        for (const [agent, needs] of this.#external)
            this.#say(`fleet: ${agent}: needs ${needs.join(', ')} from outside this fleet`);
        this.#log.info({ order: this.#order, agents: this.agents.length }, 'fleet starting');
        this.#guard = assessResources(this.options.fleet.resources, this.options.probe ?? osProbe);
        this.#stopMetrics = observeFleet(() => this.agents, () => this.#guard);
        for (const a of this.agents)
            a.actor.start();
        const nc = this.options.nc;
        if (nc) {
            this.#subscriptions.push(nc.subscribe(FLEET_DEMAND_ALL, { callback: (err, msg) => (err ? undefined : this.#onDemand(msg)) }));
            this.#subscriptions.push(nc.subscribe(FLEET_STATUS_SUBJECT, { callback: (err, msg) => (err ? undefined : msg.respond(utf8.encode(JSON.stringify(this.status())))) }));
            this.#subscriptions.push(nc.subscribe(FLEET_RESET_SUBJECT, { callback: (err, msg) => (err ? undefined : msg.respond(utf8.encode(JSON.stringify(this.#onReset(msg))))) }));
        }
        this.#timer = setInterval(() => void this.poll(), this.options.fleet.pollMs);
        void this.poll();
        await nc?.flush();
    }
    /** One round: guard, queues, dependencies, scaling. Rounds never overlap. */
    poll() {
        this.#polling ??= this.#round().finally(() => (this.#polling = undefined));
        return this.#polling;
    }
    async #round() {
        if (this.#stopping)
            return;
        this.#guard = assessResources(this.options.fleet.resources, this.options.probe ?? osProbe);
        let queues;
        try {
            queues = await this.options.queues();
            if (!this.#orchestrator.reachable)
                this.#log.info({ orchestrator: this.options.orchestratorAddress }, 'fleet reads the orchestrator');
            this.#orchestrator = { reachable: true, error: undefined };
            this.#routable = new Map(queues.map((q) => [q.capability, q.routableInstances]));
        }
        catch (err) {
            const error = err.message.split('\n')[0] ?? 'unreachable';
            if (this.#orchestrator.reachable || this.#orchestrator.error !== error)
                this.#log.warn({ orchestrator: this.options.orchestratorAddress, error }, 'fleet cannot read the orchestrator');
            this.#orchestrator = { reachable: false, error };
        }
        if (this.#isStopping())
            return;
        const byCapability = new Map((queues ?? []).map((q) => [q.capability, q]));
        const now = new Date(this.#now());
        for (const agent of this.agents) {
            const signal = queues ? sumQueues(agent.spec.capabilities, byCapability) : undefined;
            agent.queue = signal;
            if (agent.state === 'waiting')
                this.#checkNeeds(agent);
            const state = agent.state;
            if (state !== 'waiting' && state !== 'running')
                continue;
            const routable = agent.spec.capabilities.reduce((n, c) => n + (this.#routable.get(c) ?? 0), 0);
            if (signal && agent.desired === 0 && signal.waiting > 0 && routable === 0) {
                this.#demand(agent, `${signal.waiting} task(s) wait for ${agent.spec.capabilities.join(', ')} and nothing serves it`);
                continue;
            }
            const answer = decideScale(agent.spec, agent.desired, signal, agent.memory, this.#guard, now);
            if (answer)
                agent.send({ type: 'SCALE', to: answer.to, cause: answer.cause, reason: answer.reason, at: now.getTime() });
        }
    }
    #isStopping() {
        return this.#stopping !== undefined;
    }
    /** Releases an agent whose needs are all active; otherwise notes what it waits for. */
    #checkNeeds(agent) {
        const missing = agent.spec.needs.filter((c) => (this.#routable.get(c) ?? 0) === 0);
        if (missing.length === 0 && this.#orchestrator.reachable) {
            agent.waitingFor = [];
            this.#say(`fleet: ${agent.spec.name}: dependencies active (${agent.spec.needs.join(', ')}); starting`);
            this.#log.info({ agent: agent.spec.name, needs: agent.spec.needs }, 'fleet agent dependencies active');
            agent.send({ type: 'DEPENDENCIES_MET', at: this.#now() });
            return;
        }
        const waitingFor = this.#orchestrator.reachable
            ? missing.map((c) => `${c} (${this.#byCapability.get(c) ? `provided by ${this.#byCapability.get(c)?.spec.name}` : 'not provided by this fleet'})`)
            : [`the orchestrator at ${this.options.orchestratorAddress} (${this.#orchestrator.error ?? 'unreachable'}), to see ${agent.spec.needs.join(', ')}`];
        if (waitingFor.join() !== agent.waitingFor.join()) {
            this.#say(`fleet: ${agent.spec.name}: waiting for ${waitingFor.join(', ')}`);
            this.#log.info({ agent: agent.spec.name, waiting_for: waitingFor }, 'fleet agent waits for dependencies');
        }
        agent.waitingFor = waitingFor;
    }
    /**
     * A task needs a capability nobody serves: want an instance of its agent (held at critical).
     * True when one is on its way: started now, started less than {@link STARTUP_GRACE_MS} ago (not
     * registered yet), restarting, or waiting for its dependencies; false when every wanted instance
     * has run for a while (in maintenance or draining: nothing more comes from here) or the agent is
     * stopped.
     */
    #demand(agent, reason) {
        if (agent.state !== 'waiting' && agent.state !== 'running')
            return false;
        if (agent.desired > 0) {
            const status = agent.status();
            const joining = status.instances.some((i) => this.#now() - i.startedAt < STARTUP_GRACE_MS);
            return agent.state === 'waiting' || status.phase === 'healing' || status.actual < agent.desired || joining;
        }
        if (this.#guard.level === 'critical') {
            const key = `demand|${this.#guard.reason}`;
            if (agent.memory.lastHold !== key)
                agent.send({ type: 'SCALE', to: 0, cause: 'guard', reason: `${reason}; start held: ${this.#guard.reason}`, at: this.#now() });
            agent.memory.lastHold = key;
            return false;
        }
        agent.memory.lastUpAt = this.#now();
        agent.memory.quietSince = this.#now();
        return agent.send({ type: 'SCALE', to: 1, cause: 'demand', reason, at: this.#now() });
    }
    #onDemand(msg) {
        const parsed = parseMessage(demandSchema, msg.data);
        if (!parsed.ok) {
            this.#log.warn({ subject: msg.subject, error: parsed.error }, 'fleet demand ignored: bad message');
            return;
        }
        const agent = this.#byCapability.get(parsed.value.capability);
        if (!agent)
            return; // another fleet may provide it: stay silent
        // The decision's span joins the waiting task's trace (traceparent in the request's headers).
        const provided = context.with(extractNatsHeaders(msg.headers, context.active()), () => this.#demand(agent, `a task waits for ${parsed.value.capability} (demand from an orchestrator)`));
        const reply = { v: 1, provided, agent: agent.spec.name };
        if (msg.reply)
            msg.respond(utf8.encode(JSON.stringify(reply)));
    }
    /** `troupe fleet reset <agent>`: an agent stopped in a crash loop starts again. */
    #onReset(msg) {
        const parsed = parseMessage(resetSchema, msg.data);
        if (!parsed.ok)
            return { v: 1, ok: false, message: `bad reset request: ${parsed.error}` };
        const agent = this.agents.find((a) => a.spec.name === parsed.value.agent);
        if (!agent)
            return { v: 1, ok: false, message: `no agent "${parsed.value.agent}" in fleet ${this.options.fleet.name} (agents: ${this.agents.map((a) => a.spec.name).join(', ')})` };
        if (agent.state !== 'crashLoop')
            return { v: 1, ok: false, message: `agent "${agent.spec.name}" is ${agent.state}, not stopped in a crash loop; nothing to reset` };
        this.#log.warn({ agent: agent.spec.name }, 'fleet agent reset after a crash loop');
        this.#say(`fleet: ${agent.spec.name}: reset after a crash loop; starting again`);
        agent.send({ type: 'RESET', at: this.#now() });
        return { v: 1, ok: true, message: `agent "${agent.spec.name}" reset; starting ${agent.desired} instance(s)` };
    }
    /** What `troupe fleet` shows. */
    status() {
        return {
            v: 1,
            fleet: this.options.fleet.name,
            pid: process.pid,
            startedAt: this.#startedAt,
            order: this.#order,
            guard: this.#guard,
            orchestrator: { address: this.options.orchestratorAddress, ...this.#orchestrator },
            agents: this.agents.map((a) => a.status()),
        };
    }
    /** Stops polling and answering, then every agent (SIGTERM, SIGKILL after its grace); resolves when all exited. Idempotent. */
    stop() {
        this.#stopping ??= (async () => {
            clearInterval(this.#timer);
            for (const s of this.#subscriptions)
                s.unsubscribe();
            await this.#polling;
            this.#log.info({}, 'fleet stopping');
            await Promise.all(this.agents.map(async (a) => {
                if (a.state === 'running' || a.state === 'waiting' || a.state === 'crashLoop')
                    a.send({ type: 'STOP' });
                await a.group.stopAll();
                await waitForFinal(a);
            }));
            this.#stopMetrics?.();
            this.#log.info({}, 'fleet stopped');
        })();
        return this.#stopping;
    }
}
/** The queue signal of an agent: its capabilities' queues summed (oldest wait: the largest). */
function sumQueues(capabilities, byCapability) {
    let waiting = 0;
    let oldestWaitMs = 0;
    let inFlight = 0;
    for (const c of capabilities) {
        const q = byCapability.get(c);
        if (!q)
            continue;
        waiting += q.waiting;
        inFlight += q.inFlight;
        oldestWaitMs = Math.max(oldestWaitMs, q.oldestWaitMs);
    }
    return { waiting, oldestWaitMs, inFlight };
}
function waitForFinal(agent) {
    if (agent.actor.getSnapshot().status !== 'active')
        return Promise.resolve();
    return new Promise((resolve) => {
        const sub = agent.actor.subscribe({
            next: (s) => {
                if (s.status !== 'active') {
                    sub.unsubscribe();
                    resolve();
                }
            },
            complete: () => resolve(),
        });
    });
}
//# sourceMappingURL=supervisor.js.map