import { agentToken } from '../../sdk/discovery/subjects.js';
/** Instances remembered as "announced with the agent name", at most (oldest forgotten first). */
const MAX_NAMED = 100_000;
const OK = { ok: true };
/**
 * Checks discovery messages against their subject and what the registry knows.
 *
 * @example
 * const check = new SenderCheck((id) => registry.get(id)?.claimedName);
 * const verdict = check.beat(parseAgentSubject(msg.subject)!, heartbeat);
 * if (!verdict.ok) reject(verdict.reason, verdict.detail);
 */
export class SenderCheck {
    #registered;
    /** Instances that sent a message with their agent name in the subject: legacy messages for them are forged. */
    #named = new Map();
    constructor(registered) {
        this.#registered = registered;
    }
    /** A hello or heartbeat. */
    beat(subject, beat) {
        if (beat.instanceId !== subject.instanceId)
            return reject('instance_mismatch', `the body is for instance ${beat.instanceId}`);
        return this.#check(subject, beat.name);
    }
    /** A goodbye; its body may leave the agent name out (legacy agents). */
    goodbye(subject, goodbye) {
        if (goodbye.instanceId !== subject.instanceId)
            return reject('instance_mismatch', `the body is for instance ${goodbye.instanceId}`);
        return this.#check(subject, goodbye.name);
    }
    /** A `$SRV.INFO` answer (the sender is unknown: only the registry can contradict it). */
    service(instanceId, agent) {
        if (!/^[A-Za-z0-9_-]+$/.test(instanceId))
            return reject('invalid_instance', 'the instance id is not a subject token');
        const registered = this.#registered(instanceId);
        if (registered !== undefined && registered !== agent)
            return reject('agent_mismatch', `instance registered by agent "${registered}", the answer claims "${agent}"`);
        return OK;
    }
    #check(subject, bodyAgent) {
        const { instanceId } = subject;
        const subjectAgent = subject.agentToken;
        if (subjectAgent !== undefined && bodyAgent !== undefined && agentToken(bodyAgent) !== subjectAgent) {
            return reject('name_mismatch', `the subject names agent ${subjectAgent}, the body "${bodyAgent}"`);
        }
        const registered = this.#registered(instanceId);
        if (registered === undefined)
            this.#named.delete(instanceId);
        if (subjectAgent === undefined && this.#named.has(instanceId)) {
            return reject('legacy_subject', 'the instance announces itself with its agent name; a message without it is not from it');
        }
        const claimed = subjectAgent ?? (bodyAgent === undefined ? undefined : agentToken(bodyAgent));
        if (registered !== undefined && claimed !== undefined && registered !== '' && agentToken(registered) !== claimed) {
            return reject('agent_mismatch', `instance registered by agent "${registered}", the message is from ${claimed}`);
        }
        if (subjectAgent !== undefined && !this.#named.has(instanceId)) {
            if (this.#named.size >= MAX_NAMED)
                this.#named.delete(this.#named.keys().next().value);
            this.#named.set(instanceId, true);
        }
        return OK;
    }
}
function reject(reason, detail) {
    return { ok: false, reason, detail };
}
//# sourceMappingURL=sender-check.js.map