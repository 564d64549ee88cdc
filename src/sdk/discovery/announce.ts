import type { Context } from '@opentelemetry/api';
import { headers as natsHeaders, type NatsConnection, type Service, type Subscription } from 'nats';
import type { Logger } from 'pino';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import { SpanKind } from '@opentelemetry/api';
import { extractNatsHeaders, instrument, instruments, natsAttributes, SPAN, VALUE, withTraceIds } from '../telemetry/index.js';
import { controlSchema, META, parseMessage, type Control, type Goodbye, type Heartbeat } from './messages.js';
import { addCapabilityEndpoints } from './capability-endpoints.js';
import { agentSubject, SERVICE_NAME } from './subjects.js';
import type { TaskStats } from './task-stats.js';
import { within } from '../util/nats-shutdown.js';

/** What an announcer needs to know about the agent it announces. */
export interface AnnouncerOptions {
  nc: NatsConnection;
  descriptor: AgentDescriptor;
  /** host:port other processes dial to reach the agent's gRPC server. */
  address: string;
  heartbeatIntervalMs: number;
  /** Current load, read at each beat. */
  load: () => { inFlight: number; draining: boolean };
  /** Lines about this instance; bind `instance_id` on it (an SDK agent's logger has it), this module does not repeat it. */
  logger: Logger;
  /** Called for each valid control message (e.g. drain requested by an orchestrator). */
  onControl: (control: Control, traceContext: Context) => void;
  /**
   * Checks a control message's signature before it is parsed; a message it rejects is
   * logged at warn, counted and ignored. @default none (every well-formed message is obeyed)
   */
  /**
   * The tasks the agent served, reported as the NATS micro stats of each capability's
   * endpoint. @default none (a sidecar sees no tasks: the endpoints count only NATS requests)
   */
  taskStats?: TaskStats | undefined;
  verifyControl?: ((subject: string, body: Uint8Array, header: (name: string) => string | undefined) => { ok: true; signer: string } | { ok: false; reason: string; detail: string }) | undefined;
}

/** A running announcement. */
export interface Announcer {
  /** Publishes a heartbeat now (e.g. as soon as draining starts). */
  beat(): void;
  /**
   * Publishes goodbye, stops the micro service and the heartbeats. Idempotent.
   * Waits at most `timeoutMs` for NATS to confirm (it may be unreachable).
   * @default timeoutMs 1000
   */
  goodbye(reason: string, timeoutMs?: number): Promise<void>;
}

const DEFAULT_GOODBYE_TIMEOUT_MS = 1000;

const encoder = new TextEncoder();

/**
 * Announces an agent on NATS: registers a NATS micro service (`troupe-agent`, so
 * `nats micro ls` lists it) whose metadata carries the gRPC address, with a `describe`
 * endpoint and one endpoint per capability (whose stats count the tasks served), publishes hello
 * and then a heartbeat every interval, and listens for control messages.
 */
export async function startAnnouncer(options: AnnouncerOptions): Promise<Announcer> {
  const { nc, descriptor, address, logger } = options;
  const instanceId = descriptor.instanceId ?? '';
  const agentName = descriptor.name ?? '';
  // The agent's name goes in the discovery subjects (NATS permissions and the orchestrator's sender check rely on it).
  const subjectAgent = agentName || undefined;
  const capabilities = (descriptor.capabilities ?? []).map((c) => c.name ?? '');
  const service: Service = await nc.services.add({
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
      if (err) return;
      msg.respond(encoder.encode(JSON.stringify({ address, descriptor })));
    },
    metadata: { description: 'The agent descriptor and gRPC address as JSON' },
  });
  addCapabilityEndpoints(service, descriptor, address, options.taskStats);

  const control: Subscription = nc.subscribe(agentSubject('control', instanceId), {
    callback: (err, msg) => {
      if (err) return;
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
  const beatBody = (): Heartbeat => {
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
  const publish = (kind: 'hello' | 'heartbeat', body: Heartbeat | Goodbye): void => {
    try {
      const h = natsHeaders();
      h.set('content-type', 'application/json');
      nc.publish(agentSubject(kind === 'hello' ? 'hello' : 'heartbeat', instanceId, subjectAgent), encoder.encode(JSON.stringify(body)), { headers: h });
    } catch (err) {
      logger.warn({ err }, 'heartbeat publish failed');
    }
  };

  publish('hello', beatBody());
  const timer = setInterval(() => publish('heartbeat', beatBody()), options.heartbeatIntervalMs);
  timer.unref();
  logger.info({ address, capabilities }, 'agent announced');

  let gone: Promise<void> | undefined;
  return {
    beat: () => publish('heartbeat', beatBody()),
    goodbye: (reason, timeoutMs = DEFAULT_GOODBYE_TIMEOUT_MS) =>
      (gone ??= (async () => {
        clearInterval(timer);
        const body: Goodbye = { v: 1, instanceId, ...(subjectAgent ? { name: subjectAgent } : {}), reason };
        let outcome: 'ok' | 'failed' | 'timed_out' = 'failed';
        try {
          nc.publish(agentSubject('goodbye', instanceId, subjectAgent), encoder.encode(JSON.stringify(body)));
          control.unsubscribe();
          // Bounded: while NATS is unreachable both wait for a reconnect that may never come.
          outcome = await within(
            service.stop().then(() => nc.flush()),
            timeoutMs,
          );
        } catch (err) {
          logger.warn({ err }, 'goodbye failed');
        }
        if (outcome === 'ok') logger.info({ reason }, 'agent said goodbye');
        else logger.warn({ reason, outcome, timeout_ms: timeoutMs }, 'goodbye not confirmed; NATS unreachable?');
      })()),
  };
}
