import { compileNatsSettings, connectNats, NatsConnectSettings } from '../security/index.js';
import { createLogger } from '../telemetry/index.js';
import { startAnnouncer } from './announce.js';
import { createControlVerifier, pemReader } from '../security/control-signing.js';
import { SidecarTarget } from './sidecar-target.js';
import { closeNats } from '../util/nats-shutdown.js';
import { assertToken } from './subjects.js';
/**
 * Announces an agent that does not speak NATS (any language) on its behalf, as the
 * TS SDK would: calls `Describe`, registers the `troupe-agent` NATS micro service,
 * publishes hello and heartbeats and says goodbye (see {@link startAnnouncer}).
 *
 * Health is mirrored from `grpc.health.v1` (Watch for prompt changes plus one Check
 * per interval as the liveness probe; `Describe` when the agent has no health service):
 * - NOT_SERVING → heartbeats carry `draining: true` (out of rotation); SERVING again →
 *   goodbye and a fresh announcement (draining is final in the orchestrator's lifecycle).
 * - a failed probe → goodbye at once; answering again → `Describe` and a fresh
 *   announcement (a restarted agent appears under its new instance id);
 *   `maxMissedProbes` failures in a row → the sidecar ends with code 1, so a
 *   supervisor restarts the pair. A target lost right after NOT_SERVING shut down
 *   cleanly: code 0.
 * - an orchestrator's drain request → `draining: true` for `drainGraceMs`, goodbye, code 0
 *   (the sidecar cannot stop the agent itself).
 *
 * Load: the sidecar cannot see the agent's tasks in flight, so heartbeats report 0;
 * orchestrators still count the tasks they sent.
 *
 * Resolves once the agent is announced; rejects when it does not answer SERVING within
 * `startupTimeoutMs`.
 *
 * @example
 * const sidecar = await startSidecar({ target: '127.0.0.1:50051', nats: 'nats://127.0.0.1:4222' });
 * process.once('SIGTERM', () => void sidecar.stop('SIGTERM'));
 * const { code } = await sidecar.done;
 */
export async function startSidecar(options) {
    const settings = typeof options.nats === 'string' ? compileNatsSettings({ url: options.nats }) : options.nats;
    const intervalMs = options.heartbeatIntervalMs ?? 1000;
    const maxMissed = options.maxMissedProbes ?? 3;
    const address = options.advertiseAddress ?? options.target;
    const logger = (options.logger ?? createLogger({ name: 'troupe-announce' })).child({ target: options.target });
    const target = new SidecarTarget(options.target, Math.max(intervalMs, 1000), options.tls);
    const emit = (event) => options.onEvent?.(event);
    const ownsNats = NatsConnectSettings.is(settings);
    let nc;
    try {
        await waitUntilServing(target, options.startupTimeoutMs ?? 30_000, intervalMs, options.signal);
        nc = NatsConnectSettings.is(settings) ? await connectNats(settings, { name: `troupe-announce ${options.target}`, logger }) : settings;
    }
    catch (err) {
        target.close();
        throw err;
    }
    let announcer;
    let descriptor;
    let draining = false;
    let drainRequested = false;
    let lastStatus = 'SERVING';
    let misses = 0;
    let probing = false;
    let finished = false;
    let timer;
    let drainTimer;
    let resolveDone;
    const done = new Promise((resolve) => (resolveDone = resolve));
    // Every state change runs here, one at a time; the returned promise never rejects.
    let queue = Promise.resolve();
    const serial = (fn) => (queue = queue.then(() => (finished ? undefined : fn())).catch((err) => logger.error({ err }, 'sidecar step failed')));
    const announce = async () => {
        const fresh = checkDescriptor(await target.describe());
        draining = false;
        announcer = await startAnnouncer({
            nc,
            descriptor: fresh,
            address,
            heartbeatIntervalMs: intervalMs,
            load: () => ({ inFlight: 0, draining }),
            // The announcer's lines name the instance through this binding (an SDK agent's logger has it already).
            logger: logger.child({ instance_id: fresh.instanceId }),
            ...(options.controlCa !== undefined ? { verifyControl: createControlVerifier({ ca: pemReader(options.controlCa) }) } : {}),
            onControl: (control) => {
                // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the only action today; another must not drain
                if (control.action === 'drain')
                    void serial(() => drain(control.reason || 'drain requested by an orchestrator'));
            },
        });
        descriptor = fresh;
        emit({ type: 'announced', descriptor: fresh, address });
    };
    const withdraw = async (reason) => {
        const current = announcer;
        announcer = undefined;
        descriptor = undefined;
        if (!current)
            return;
        await current.goodbye(reason);
        emit({ type: 'withdrawn', reason });
    };
    const startDraining = (reason) => {
        if (!announcer || draining)
            return;
        draining = true;
        announcer.beat();
        emit({ type: 'draining', reason });
    };
    const drain = (reason) => {
        if (drainRequested)
            return;
        drainRequested = true;
        startDraining(reason);
        drainTimer = setTimeout(() => void serial(() => finish({ code: 0, reason })), options.drainGraceMs ?? 5000);
    };
    const finish = async (exit) => {
        if (finished)
            return;
        finished = true;
        clearInterval(timer);
        clearTimeout(drainTimer);
        target.close();
        await withdraw(exit.reason);
        // Bounded: with NATS unreachable a plain drain waits for a reconnect forever.
        const nats = ownsNats ? await closeNats(nc, 1000) : 'not_owned';
        logger.info({ code: exit.code, reason: exit.reason, nats }, 'sidecar stopped');
        resolveDone(exit);
    };
    const onStatus = async (status) => {
        misses = 0;
        const previous = lastStatus;
        lastStatus = status;
        if (drainRequested)
            return;
        if (status === 'NOT_SERVING') {
            startDraining('the agent reports NOT_SERVING');
            return;
        }
        if (announcer && !draining)
            return;
        if (announcer)
            await withdraw('the agent is SERVING again; announcing afresh');
        else if (previous === 'UNREACHABLE')
            logger.info('agent reachable again');
        try {
            await announce();
        }
        catch (err) {
            if (!(err instanceof DescriptorError))
                throw err; // retried at the next probe
            await finish({ code: 1, reason: err.message });
        }
    };
    const onMiss = async (err) => {
        misses++;
        const previous = lastStatus;
        lastStatus = 'UNREACHABLE';
        const error = err instanceof Error ? err.message : String(err);
        if (previous === 'NOT_SERVING' || drainRequested) {
            logger.info({ error }, 'agent gone after draining');
            return finish({ code: 0, reason: 'the agent shut down after draining' });
        }
        logger.warn({ error, misses, max_missed: maxMissed }, 'agent probe failed');
        await withdraw('the agent is unreachable');
        if (misses >= maxMissed)
            await finish({ code: 1, reason: `the agent at ${options.target} did not answer ${misses} probes in a row` });
    };
    const openWatch = () => {
        if (finished)
            return;
        target.watch((status) => void serial(() => onStatus(status)), () => void probe());
    };
    const probe = async () => {
        if (probing || finished)
            return;
        probing = true;
        try {
            const status = await target.probe().catch((err) => err);
            await serial(() => (status instanceof Error ? onMiss(status) : onStatus(status)));
            if (!(status instanceof Error))
                openWatch();
        }
        finally {
            probing = false;
        }
    };
    try {
        await announce();
    }
    catch (err) {
        await finish({ code: 1, reason: err.message });
        throw err;
    }
    openWatch();
    timer = setInterval(() => void probe(), intervalMs);
    return {
        get descriptor() {
            return descriptor;
        },
        stop: async (reason = 'shutdown') => {
            await serial(() => finish({ code: 0, reason }));
            return done;
        },
        done,
    };
}
/** Polls the target until it reports SERVING (or answers Describe, without health). */
async function waitUntilServing(target, timeoutMs, intervalMs, signal) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
        signal?.throwIfAborted();
        try {
            const status = await target.probe();
            if (status === 'SERVING')
                return;
            last = 'it reports NOT_SERVING';
        }
        catch (err) {
            last = err.message;
        }
        if (Date.now() >= deadline)
            throw new Error(`no agent became SERVING at ${target.address} within ${timeoutMs} ms (${last})`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, 250)));
    }
}
/** A descriptor that cannot be announced: the agent must be fixed, retrying will not help. */
class DescriptorError extends Error {
    name = 'DescriptorError';
}
/** The descriptor, if it can be announced; else a DescriptorError naming what to fix in the agent. */
function checkDescriptor(descriptor) {
    if (!descriptor.name)
        throw new DescriptorError("the agent's Describe returned no name: set AgentDescriptor.name");
    try {
        assertToken(descriptor.instanceId ?? '');
    }
    catch (err) {
        throw new DescriptorError(`the agent's Describe returned instance_id "${descriptor.instanceId ?? ''}": ${err.message}`);
    }
    if ((descriptor.capabilities ?? []).length === 0) {
        throw new DescriptorError("the agent's Describe lists no capabilities: there is nothing to route to it");
    }
    return descriptor;
}
//# sourceMappingURL=sidecar.js.map