import { ROOT_CONTEXT } from '@opentelemetry/api';
import { boundText, FailedPreconditionError, InvalidArgumentError } from '../../sdk/errors.js';
import { instruments } from '../../sdk/telemetry/index.js';
import { StaleWriteError } from '../store/errors.js';
import { escalationId, NEXT_STATES } from './escalation-record.js';
import { unknownEscalation } from './escalation-store.js';
/** Longest note on an ack or resolve. */
const MAX_NOTE = 1000;
/**
 * Escalations of dead letters (`on_dead_letter: escalate`, docs/workflows.md): raised once
 * per dead-lettered task, acknowledged and resolved by people (`troupe alerts ack|resolve`),
 * each change stored (compare-and-set) and POSTed, signed like every callback, to the
 * escalation receiver with retries. Counted in `troupe_escalations_total{state}`.
 */
export class EscalationService {
    #store;
    #receiver;
    #logger;
    #now;
    constructor(options) {
        this.#store = options.store;
        this.#receiver = options.receiver;
        this.#logger = options.logger;
        this.#now = options.now ?? Date.now;
    }
    /** Whether a receiver is configured (workflows that escalate are refused without one). */
    get configured() {
        return this.#receiver !== undefined;
    }
    /** Raises the escalation of a dead letter (once per task); errors are logged, never thrown. */
    async raise(letter, workflow, traceId) {
        const at = this.#now();
        const record = {
            id: escalationId(letter.taskId),
            state: 'open',
            runId: letter.runId ?? '',
            workflow,
            stepId: letter.stepId ?? '',
            capability: letter.capability,
            taskId: letter.taskId,
            reason: letter.reason,
            ...(traceId ? { traceId } : {}),
            createdAt: at,
            updatedAt: at,
            history: [{ state: 'open', at, by: 'orchestrator' }],
        };
        try {
            if (!(await this.#store.create(record)))
                return; // raised before (a resumed run dead-lettering again)
            instruments().escalations.add(1, { state: 'open' });
            this.#logger.warn({ escalation: record.id, run_id: record.runId, step: record.stepId, capability: record.capability, reason: record.reason, trace_id: traceId }, 'dead letter escalated');
            this.#deliver(record);
        }
        catch (err) {
            this.#logger.error({ err, escalation: record.id, run_id: record.runId }, 'escalation not stored; the dead letter is kept (troupe dlq)');
        }
    }
    /** Escalations, newest first, optionally of one state. */
    async list(state) {
        if (state && !(state in NEXT_STATES))
            throw new InvalidArgumentError(`state must be one of ${Object.keys(NEXT_STATES).join(', ')}; got "${boundText(state, 40)}"`);
        const all = await this.#store.list();
        return state ? all.filter((r) => r.state === state) : all;
    }
    /**
     * Moves an escalation to `state` (acknowledged or resolved) as `by`; FAILED_PRECONDITION when it
     * cannot go there. One that `visible` refuses (another workflow's, for a limited caller) is NOT_FOUND.
     */
    async change(id, state, by, note = '', visible = () => true) {
        if (note.length > MAX_NOTE)
            throw new InvalidArgumentError(`the note has ${note.length} characters; the limit is ${MAX_NOTE}`);
        for (;;) {
            const stored = await this.#store.get(id);
            if (!stored || !visible(stored.record))
                throw unknownEscalation(id);
            const { record } = stored;
            if (record.state === state)
                return record; // idempotent: acking twice is fine
            if (!NEXT_STATES[record.state].includes(state)) {
                throw new FailedPreconditionError(`escalation "${id}" is ${record.state}; it cannot become ${state}`, { escalation: id });
            }
            const at = this.#now();
            const next = { ...record, state, updatedAt: at, history: [...record.history, { state, at, by, ...(note ? { note } : {}) }] };
            try {
                await this.#store.update(next, stored.revision);
            }
            catch (err) {
                if (StaleWriteError.is(err))
                    continue; // changed meanwhile: read again
                throw err;
            }
            instruments().escalations.add(1, { state });
            this.#logger.info({ escalation: id, state, by }, 'escalation changed');
            this.#deliver(next);
            return next;
        }
    }
    /** POSTs the escalation to the receiver in the background (retried; its outcome is logged and counted). */
    #deliver(record) {
        const receiver = this.#receiver;
        if (!receiver)
            return;
        const state = { attempts: 0, delivered: false, done: false };
        void receiver.sender.deliver(receiver.url, { type: 'troupe.escalation', ...record }, state, ROOT_CONTEXT, receiver.secretId).then(() => {
            if (!state.delivered)
                this.#logger.error({ escalation: record.id, attempts: state.attempts, error: state.lastError }, 'escalation not delivered to the receiver');
        });
    }
}
//# sourceMappingURL=escalation-service.js.map