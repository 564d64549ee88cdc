import { headers as natsHeaders } from 'nats';
import { SpanKind } from '@opentelemetry/api';
import { extractNatsHeaders, instrument, instruments, natsAttributes, SPAN, VALUE, withTraceIds } from '../telemetry/index.js';
import { controlSchema, META, parseMessage } from './messages.js';
import { addCapabilityEndpoints } from './capability-endpoints.js';
import { agentSubject, SERVICE_NAME } from './subjects.js';
import { within } from '../util/nats-shutdown.js';
const DEFAULT_GOODBYE_TIMEOUT_MS = 1000;
const encoder = new TextEncoder();
/**
 * Announces an agent on NATS: registers a NATS micro service (`troupe-agent`, so
 * `nats micro ls` lists it) whose metadata carries the gRPC address, with a `describe`
 * endpoint and one endpoint per capability (whose stats count the tasks served), publishes hello
 * and then a heartbeat every interval, and listens for control messages.
 */
export async function startAnnouncer(options) {
    const { nc, descriptor, address, logger } = options;
    const instanceId = descriptor.instanceId ?? '';
    const agentName = descriptor.name ?? '';
    // The agent's name goes in the discovery subjects (NATS permissions and the orchestrator's sender check rely on it).
    const subjectAgent = agentName || undefined;
    const capabilities = (descriptor.capabilities ?? []).map((c) => c.name ?? '');
    const service = await nc.services.add({
        name: SERVICE_NAME,
        version: descriptor.version ?? '0.0.0',
        description: `Troupe agent ${descriptor.name}`,
        metadata: {
            [META.address]: address,
            [META.agent]: descriptor.name ?? '',
            [META.agentVersion]: descriptor.version ?? '',
            [META.instanceId]: instanceId,
            [META.capabilities]: capabilities.join(','),
            [META.maxConcurrency]: String(descriptor.maxConcurrency ?? 1),
        },
    });
    service.addEndpoint('describe', {
        subject: `troupe.agents.describe.${instanceId}`,
        handler: (err, msg) => {
            if (err)
                return;
            msg.respond(encoder.encode(JSON.stringify({ address, descriptor })));
        },
        metadata: { description: 'The agent descriptor and gRPC address as JSON' },
    });
    addCapabilityEndpoints(service, descriptor, address, options.taskStats);
    const control = nc.subscribe(agentSubject('control', instanceId), {
        callback: (err, msg) => {
            if (err)
                return;
            if (options.verifyControl) {
                const verdict = options.verifyControl(msg.subject, msg.data, (name) => (msg.headers?.has(name) ? msg.headers.get(name) : undefined));
                if (!verdict.ok) {
                    logger.warn({ subject: msg.subject, reason: verdict.reason, detail: verdict.detail }, 'control message rejected: not signed by a trusted orchestrator');
                    instruments().controlRejected.add(1, { reason: verdict.reason });
                    return;
                }
            }
            const parsed = parseMessage(controlSchema, msg.data);
            if (!parsed.ok) {
                logger.warn({ error: parsed.error }, 'invalid control message ignored');
                return;
            }
            const parent = extractNatsHeaders(msg.headers);
            void instrument(SPAN.CONTROL_PROCESS, { kind: SpanKind.CONSUMER, parent, attributes: natsAttributes(msg.subject, VALUE.MESSAGING_PROCESS) }, (_span, ctx) => {
                logger.info({ ...withTraceIds(ctx), action: parsed.value.action }, 'control message received');
                options.onControl(parsed.value, ctx);
            });
        },
    });
    let seq = 0;
    const beatBody = () => {
        const load = options.load();
        return {
            v: 1,
            instanceId,
            name: descriptor.name ?? '',
            version: descriptor.version ?? '',
            address,
            seq: seq++,
            sentAt: Date.now(),
            intervalMs: options.heartbeatIntervalMs,
            inFlight: load.inFlight,
            maxConcurrency: descriptor.maxConcurrency || 1,
            draining: load.draining,
            capabilities,
        };
    };
    const publish = (kind, body) => {
        try {
            const h = natsHeaders();
            h.set('content-type', 'application/json');
            nc.publish(agentSubject(kind === 'hello' ? 'hello' : 'heartbeat', instanceId, subjectAgent), encoder.encode(JSON.stringify(body)), { headers: h });
        }
        catch (err) {
            logger.warn({ err }, 'heartbeat publish failed');
        }
    };
    publish('hello', beatBody());
    const timer = setInterval(() => publish('heartbeat', beatBody()), options.heartbeatIntervalMs);
    timer.unref();
    logger.info({ address, capabilities }, 'agent announced');
    let gone;
    return {
        beat: () => publish('heartbeat', beatBody()),
        goodbye: (reason, timeoutMs = DEFAULT_GOODBYE_TIMEOUT_MS) => (gone ??= (async () => {
            clearInterval(timer);
            const body = { v: 1, instanceId, ...(subjectAgent ? { name: subjectAgent } : {}), reason };
            let outcome = 'failed';
            try {
                nc.publish(agentSubject('goodbye', instanceId, subjectAgent), encoder.encode(JSON.stringify(body)));
                control.unsubscribe();
                // Bounded: while NATS is unreachable both wait for a reconnect that may never come.
                outcome = await within(service.stop().then(() => nc.flush()), timeoutMs);
            }
            catch (err) {
                logger.warn({ err }, 'goodbye failed');
            }
            if (outcome === 'ok')
                logger.info({ reason }, 'agent said goodbye');
            else
                logger.warn({ reason, outcome, timeout_ms: timeoutMs }, 'goodbye not confirmed; NATS unreachable?');
        })()),
    };
}
//# sourceMappingURL=announce.js.map