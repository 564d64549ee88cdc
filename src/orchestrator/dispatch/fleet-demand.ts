/**
 * Asking a `troupe up` supervisor for an instance of a capability nobody serves
 * (docs/fleet.md, subject `troupe.fleet.demand.<capability>`). A task that may wait
 * (a run step, or any task once a fleet said it provides the capability) then waits
 * for the instance within its deadline instead of failing at once.
 */
import type { Context } from '@opentelemetry/api';
import { headers as natsHeaders, type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { demandReplySchema, demandSubject, type Demand } from '../../sdk/fleet/subjects.js';
import { parseMessage } from '../../sdk/discovery/messages.js';
import { injectNatsHeaders } from '../../sdk/telemetry/index.js';

/** How long a demand waits for a supervisor's reply. */
const REPLY_TIMEOUT_MS = 500;
/** A supervisor's answer is trusted this long before a task asks again. */
const ANSWER_TTL_MS = 2000;

const utf8 = new TextEncoder();

/** What the dispatcher asks: can a fleet provide `capability`? */
export interface FleetDemand {
  /**
   * True when a supervisor replied that it provides `capability` (and starts an instance).
   * `traceContext` (the waiting task's) travels in the request's `traceparent` header.
   */
  demand(capability: string, waiting: number, traceContext?: Context): Promise<boolean>;
}

/**
 * Demands over NATS, one request per capability at a time (concurrent tasks share it)
 * and at most one every {@link ANSWER_TTL_MS}. "No responders", a timeout or a refusal
 * by NATS permissions all mean "no fleet provides it".
 */
export class NatsFleetDemand implements FleetDemand {
  readonly #answers = new Map<string, { at: number; answer: Promise<boolean> }>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly logger: Logger,
  ) {}

  demand(capability: string, waiting: number, traceContext?: Context): Promise<boolean> {
    const now = Date.now();
    const cached = this.#answers.get(capability);
    if (cached && now - cached.at < ANSWER_TTL_MS) return cached.answer;
    const answer = this.#ask(capability, waiting, traceContext);
    this.#answers.set(capability, { at: now, answer });
    if (this.#answers.size > 1000) this.#answers.delete(this.#answers.keys().next().value ?? capability);
    return answer;
  }

  async #ask(capability: string, waiting: number, traceContext: Context | undefined): Promise<boolean> {
    if (this.nc.isClosed()) return false;
    const body: Demand = { v: 1, capability, waiting };
    const headers = natsHeaders();
    if (traceContext) injectNatsHeaders(traceContext, headers);
    try {
      const reply = await this.nc.request(demandSubject(capability), utf8.encode(JSON.stringify(body)), { timeout: REPLY_TIMEOUT_MS, headers });
      const parsed = parseMessage(demandReplySchema, reply.data);
      const provided = parsed.ok && parsed.value.provided;
      this.logger.info({ capability, waiting, provided, agent: parsed.ok ? parsed.value.agent : undefined }, 'fleet demand answered');
      return provided;
    } catch (err) {
      this.logger.debug({ capability, err }, 'no fleet provides the capability');
      return false;
    }
  }
}
