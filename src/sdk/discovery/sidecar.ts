import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import { compileNatsSettings, connectNats, NatsConnectSettings } from '../security/index.js';
import { createLogger } from '../telemetry/index.js';
import { startAnnouncer, type Announcer } from './announce.js';
import { createControlVerifier, pemReader } from '../security/control-signing.js';
import type { ClientTlsOptions, PemSource } from '../security/tls.js';
import { SidecarTarget, type TargetStatus } from './sidecar-target.js';
import { closeNats } from '../util/nats-shutdown.js';
import { assertToken } from './subjects.js';

/** Options of {@link startSidecar}. */
export interface SidecarOptions {
  /** host:port of the agent's gRPC server (plaintext unless `tls`). */
  target: string;
  /** TLS to the target (`ca`, and `cert` + `key` when it requires client certificates). @default plaintext */
  tls?: ClientTlsOptions | undefined;
  /** CA of orchestrators' client certificates: only control messages (drain) they signed are obeyed. @default none (unsigned ones obeyed) */
  controlCa?: PemSource | undefined;
  /**
   * A NATS connection (left open by the sidecar), compiled settings with credentials and TLS
   * (`compileNatsSettings`), or server URL(s), comma-separated (credentials in them are used).
   */
  nats: NatsConnection | NatsConnectSettings | string;
  /** Address announced to orchestrators. @default target */
  advertiseAddress?: string;
  /** Heartbeat and health-probe interval. @default 1000 */
  heartbeatIntervalMs?: number;
  /** Consecutive failed probes (one per interval) after which the sidecar gives up (exit code 1). @default 3 */
  maxMissedProbes?: number;
  /** How long start-up waits for the target to answer and report SERVING. @default 30000 */
  startupTimeoutMs?: number;
  /** After an orchestrator's drain request: how long to announce `draining` before goodbye. @default 5000 */
  drainGraceMs?: number;
  /** @default a pino logger named troupe-announce at info */
  logger?: Logger;
  /** Called on each notable change (the CLI prints them). */
  onEvent?: (event: SidecarEvent) => void;
  /** Aborting it during start-up gives up waiting for the target (use `stop()` afterwards). */
  signal?: AbortSignal;
}

/** What a sidecar reports as it runs. */
export type SidecarEvent =
  | { type: 'announced'; descriptor: AgentDescriptor; address: string }
  | { type: 'draining'; reason: string }
  | { type: 'withdrawn'; reason: string };

/** How a sidecar ended: code 0 for a clean stop, 1 when the target was lost. */
export interface SidecarExit {
  code: 0 | 1;
  reason: string;
}

/** A running sidecar. */
export interface SidecarHandle {
  /** The descriptor announced now; undefined while the target is withdrawn. */
  readonly descriptor: AgentDescriptor | undefined;
  /** Says goodbye (if announced), closes everything, resolves once done. Idempotent. */
  stop(reason?: string): Promise<SidecarExit>;
  /** Resolves when the sidecar has ended, by {@link SidecarHandle.stop} or on its own. */
  readonly done: Promise<SidecarExit>;
}

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
export async function startSidecar(options: SidecarOptions): Promise<SidecarHandle> {
  const settings = typeof options.nats === 'string' ? compileNatsSettings({ url: options.nats }) : options.nats;
  const intervalMs = options.heartbeatIntervalMs ?? 1000;
  const maxMissed = options.maxMissedProbes ?? 3;
  const address = options.advertiseAddress ?? options.target;
  const logger = (options.logger ?? createLogger({ name: 'troupe-announce' })).child({ target: options.target });
  const target = new SidecarTarget(options.target, Math.max(intervalMs, 1000), options.tls);
  const emit = (event: SidecarEvent): void => options.onEvent?.(event);

  const ownsNats = NatsConnectSettings.is(settings);
  let nc: NatsConnection;
  try {
    await waitUntilServing(target, options.startupTimeoutMs ?? 30_000, intervalMs, options.signal);
    nc = NatsConnectSettings.is(settings) ? await connectNats(settings, { name: `troupe-announce ${options.target}`, logger }) : settings;
  } catch (err) {
    target.close();
    throw err;
  }

  let announcer: Announcer | undefined;
  let descriptor: AgentDescriptor | undefined;
  let draining = false;
  let drainRequested = false;
  let lastStatus: TargetStatus | 'UNREACHABLE' = 'SERVING';
  let misses = 0;
  let probing = false;
  let finished = false;
  let timer: NodeJS.Timeout | undefined;
  let drainTimer: NodeJS.Timeout | undefined;
  let resolveDone!: (exit: SidecarExit) => void;
  const done = new Promise<SidecarExit>((resolve) => (resolveDone = resolve));

  // Every state change runs here, one at a time; the returned promise never rejects.
  let queue: Promise<void> = Promise.resolve();
  const serial = (fn: () => Promise<void> | void): Promise<void> =>
    (queue = queue.then(() => (finished ? undefined : fn())).catch((err: unknown) => logger.error({ err }, 'sidecar step failed')));

  const announce = async (): Promise<void> => {
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
        if (control.action === 'drain') void serial(() => drain(control.reason || 'drain requested by an orchestrator'));
      },
    });
    descriptor = fresh;
    emit({ type: 'announced', descriptor: fresh, address });
  };
  const withdraw = async (reason: string): Promise<void> => {
    const current = announcer;
    announcer = undefined;
    descriptor = undefined;
    if (!current) return;
    await current.goodbye(reason);
    emit({ type: 'withdrawn', reason });
  };
  const startDraining = (reason: string): void => {
    if (!announcer || draining) return;
    draining = true;
    announcer.beat();
    emit({ type: 'draining', reason });
  };
  const drain = (reason: string): void => {
    if (drainRequested) return;
    drainRequested = true;
    startDraining(reason);
    drainTimer = setTimeout(() => void serial(() => finish({ code: 0, reason })), options.drainGraceMs ?? 5000);
  };
  const finish = async (exit: SidecarExit): Promise<void> => {
    if (finished) return;
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

  const onStatus = async (status: TargetStatus): Promise<void> => {
    misses = 0;
    const previous = lastStatus;
    lastStatus = status;
    if (drainRequested) return;
    if (status === 'NOT_SERVING') {
      startDraining('the agent reports NOT_SERVING');
      return;
    }
    if (announcer && !draining) return;
    if (announcer) await withdraw('the agent is SERVING again; announcing afresh');
    else if (previous === 'UNREACHABLE') logger.info('agent reachable again');
    try {
      await announce();
    } catch (err) {
      if (!(err instanceof DescriptorError)) throw err; // retried at the next probe
      await finish({ code: 1, reason: err.message });
    }
  };
  const onMiss = async (err: unknown): Promise<void> => {
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
    if (misses >= maxMissed) await finish({ code: 1, reason: `the agent at ${options.target} did not answer ${misses} probes in a row` });
  };

  const openWatch = (): void => {
    if (finished) return;
    target.watch(
      (status) => void serial(() => onStatus(status)),
      () => void probe(), // it ended: find out at once whether the agent is still there
    );
  };
  const probe = async (): Promise<void> => {
    if (probing || finished) return;
    probing = true;
    try {
      const status = await target.probe().catch((err: unknown) => err as Error);
      await serial(() => (status instanceof Error ? onMiss(status) : onStatus(status)));
      if (!(status instanceof Error)) openWatch();
    } finally {
      probing = false;
    }
  };

  try {
    await announce();
  } catch (err) {
    await finish({ code: 1, reason: (err as Error).message });
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
async function waitUntilServing(target: SidecarTarget, timeoutMs: number, intervalMs: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    signal?.throwIfAborted();
    try {
      const status = await target.probe();
      if (status === 'SERVING') return;
      last = 'it reports NOT_SERVING';
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() >= deadline) throw new Error(`no agent became SERVING at ${target.address} within ${timeoutMs} ms (${last})`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, 250)));
  }
}

/** A descriptor that cannot be announced: the agent must be fixed, retrying will not help. */
class DescriptorError extends Error {
  override readonly name = 'DescriptorError';
}

/** The descriptor, if it can be announced; else a DescriptorError naming what to fix in the agent. */
function checkDescriptor(descriptor: AgentDescriptor): AgentDescriptor {
  if (!descriptor.name) throw new DescriptorError("the agent's Describe returned no name: set AgentDescriptor.name");
  try {
    assertToken(descriptor.instanceId ?? '');
  } catch (err) {
    throw new DescriptorError(`the agent's Describe returned instance_id "${descriptor.instanceId ?? ''}": ${(err as Error).message}`);
  }
  if ((descriptor.capabilities ?? []).length === 0) {
    throw new DescriptorError("the agent's Describe lists no capabilities: there is nothing to route to it");
  }
  return descriptor;
}
