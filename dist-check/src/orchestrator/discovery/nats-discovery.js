import { ErrorCode, Match, NatsError, RequestStrategy } from 'nats';
import { goodbyeSchema, heartbeatSchema, META, parseMessage } from '../../sdk/discovery/messages.js';
import { ALL_DISCOVERY_SUBJECTS, parseAgentSubject, SERVICE_NAME } from '../../sdk/discovery/subjects.js';
import { contextFromTraceparent, extractNatsHeaders, instruments, traceHeaderValue, withTraceIds } from '../../sdk/telemetry/index.js';
import { SenderCheck } from './sender-check.js';
/**
 * Feeds the registry from NATS: hello, heartbeat and goodbye messages as they
 * come, and on start-up a `$SRV.INFO` request to learn agents already running
 * (heartbeats would find them within one interval anyway; this makes it immediate).
 * Every message passes the {@link SenderCheck} first; a rejected one is ignored,
 * logged at warn, counted in `troupe_discovery_rejected_total{reason}` and audited.
 */
export function startDiscovery(nc, registry, options) {
    const { logger } = options;
    const check = new SenderCheck((instanceId) => {
        const entry = registry.get(instanceId);
        return entry && entry.state !== 'left' ? entry.claimedName : undefined;
    });
    const rejected = (verdict, where) => {
        const traceIds = where.msg ? traceIdsOf(where.msg) : {};
        logger.warn({ ...traceIds, subject: where.subject, instance_id: where.instanceId, reason: verdict.reason, detail: verdict.detail }, 'discovery message rejected: sender is not the agent it claims');
        instruments().discoveryRejected.add(1, { reason: verdict.reason });
        options.audit?.append({
            actor: where.agent === undefined ? 'nats:unknown' : `agent:${where.agent}`,
            action: 'discovery.rejected',
            target: where.instanceId,
            outcome: 'denied',
            reason: `${verdict.reason}: ${verdict.detail} (subject ${where.subject})`,
            ...(traceIds.trace_id ? { traceId: traceIds.trace_id } : {}),
        });
    };
    const onMessage = (err, msg) => {
        if (err) {
            logger.warn({ err }, 'discovery subscription error');
            return;
        }
        const subject = parseAgentSubject(msg.subject);
        if (!subject || subject.kind === 'control')
            return;
        const where = { subject: msg.subject, instanceId: subject.instanceId, agent: subject.agentToken, msg };
        if (subject.kind === 'goodbye') {
            const parsed = parseMessage(goodbyeSchema, msg.data);
            if (!parsed.ok) {
                logger.warn({ subject: msg.subject, error: parsed.error }, 'invalid discovery message ignored');
                return;
            }
            const verdict = check.goodbye(subject, parsed.value);
            if (verdict.ok)
                registry.observeGoodbye(parsed.value.instanceId);
            else
                rejected(verdict, { ...where, agent: where.agent ?? parsed.value.name });
            return;
        }
        const parsed = parseMessage(heartbeatSchema, msg.data);
        if (!parsed.ok) {
            logger.warn({ subject: msg.subject, error: parsed.error }, 'invalid discovery message ignored');
            return;
        }
        const verdict = check.beat(subject, parsed.value);
        if (verdict.ok)
            registry.observeBeat(parsed.value);
        else
            rejected(verdict, { ...where, agent: where.agent ?? parsed.value.name });
    };
    const subs = ALL_DISCOVERY_SUBJECTS.map((subject) => nc.subscribe(subject, { callback: onMessage }));
    const ready = (async () => {
        if (options.waitMs <= 0)
            return;
        try {
            const answers = await nc.services.client({ strategy: RequestStrategy.Timer, maxWait: options.waitMs }).info(SERVICE_NAME);
            for await (const info of answers) {
                const m = info.metadata ?? {};
                const instanceId = m[META.instanceId];
                const address = m[META.address];
                if (!instanceId || !address)
                    continue;
                const name = m[META.agent] ?? info.name;
                const verdict = check.service(instanceId, name);
                if (!verdict.ok) {
                    rejected(verdict, { subject: `$SRV.INFO.${SERVICE_NAME}`, instanceId: instanceId.slice(0, 256), agent: name.slice(0, 256) });
                    continue;
                }
                registry.observeService({
                    instanceId,
                    address,
                    name,
                    version: m[META.agentVersion] ?? info.version,
                    capabilities: (m[META.capabilities] ?? '').split(',').filter(Boolean),
                    maxConcurrency: Number(m[META.maxConcurrency] ?? 1) || 1,
                });
            }
        }
        catch (err) {
            // No responders: no agent is running yet, which is normal at start-up.
            const noResponders = err instanceof NatsError && err.code === ErrorCode.NoResponders;
            if (noResponders)
                logger.info('no agent answered the start-up discovery; waiting for their heartbeats');
            else
                logger.warn({ err }, 'start-up discovery failed; relying on heartbeats');
        }
    })();
    return {
        ready,
        stop: () => {
            for (const sub of subs)
                sub.unsubscribe();
        },
    };
}
/**
 * The trace ids a message's headers carry: through the global propagator, or, when none is
 * registered (an embedded orchestrator without telemetry), its W3C `traceparent` as sent.
 */
function traceIdsOf(msg) {
    const headers = msg.headers;
    if (!headers)
        return {};
    const ids = withTraceIds(extractNatsHeaders(headers));
    if (ids.trace_id)
        return ids;
    const traceparent = headers.has('traceparent', Match.IgnoreCase) ? headers.get('traceparent', Match.IgnoreCase) : '';
    return withTraceIds(contextFromTraceparent(traceHeaderValue(traceparent) ?? ''));
}
//# sourceMappingURL=nats-discovery.js.map