import { headers as natsHeaders } from 'nats';
import { demandReplySchema, demandSubject } from '../../sdk/fleet/subjects.js';
import { parseMessage } from '../../sdk/discovery/messages.js';
import { injectNatsHeaders } from '../../sdk/telemetry/index.js';
/** How long a demand waits for a supervisor's reply. */
const REPLY_TIMEOUT_MS = 500;
/** A supervisor's answer is trusted this long before a task asks again. */
const ANSWER_TTL_MS = 2000;
const utf8 = new TextEncoder();
/**
 * Demands over NATS, one request per capability at a time (concurrent tasks share it)
 * and at most one every {@link ANSWER_TTL_MS}. "No responders", a timeout or a refusal
 * by NATS permissions all mean "no fleet provides it".
 */
export class NatsFleetDemand {
    nc;
    logger;
    #answers = new Map();
    constructor(nc, logger) {
        this.nc = nc;
        this.logger = logger;
    }
    demand(capability, waiting, traceContext) {
        const now = Date.now();
        const cached = this.#answers.get(capability);
        if (cached && now - cached.at < ANSWER_TTL_MS)
            return cached.answer;
        const answer = this.#ask(capability, waiting, traceContext);
        this.#answers.set(capability, { at: now, answer });
        if (this.#answers.size > 1000)
            this.#answers.delete(this.#answers.keys().next().value ?? capability);
        return answer;
    }
    async #ask(capability, waiting, traceContext) {
        if (this.nc.isClosed())
            return false;
        const body = { v: 1, capability, waiting };
        const headers = natsHeaders();
        if (traceContext)
            injectNatsHeaders(traceContext, headers);
        try {
            const reply = await this.nc.request(demandSubject(capability), utf8.encode(JSON.stringify(body)), { timeout: REPLY_TIMEOUT_MS, headers });
            const parsed = parseMessage(demandReplySchema, reply.data);
            const provided = parsed.ok && parsed.value.provided;
            this.logger.info({ capability, waiting, provided, agent: parsed.ok ? parsed.value.agent : undefined }, 'fleet demand answered');
            return provided;
        }
        catch (err) {
            this.logger.debug({ capability, err }, 'no fleet provides the capability');
            return false;
        }
    }
}
//# sourceMappingURL=fleet-demand.js.map