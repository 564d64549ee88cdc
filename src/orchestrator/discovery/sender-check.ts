/**
 * Who may speak for an instance on NATS discovery. Anyone allowed to publish on
 * `troupe.agents.>` could otherwise send a heartbeat or goodbye for any instance id
 * (a forged goodbye takes a real instance out of rotation) or answer `$SRV.INFO` for it.
 *
 * The agent's name is in the subject (`troupe.agents.<kind>.<instance>.<agent>`), and NATS
 * permissions let a user publish only on its own agent's subjects (deploy/nats). This check
 * is the orchestrator's half: it rejects a message whose body names another agent than its
 * subject, a message for a known instance announced by another agent, and a legacy
 * (agent-less) message for an instance that announced itself with its name.
 *
 * The decisions are pure; `startDiscovery` logs, counts and audits the rejections.
 */
import type { Goodbye, Heartbeat } from '../../sdk/discovery/messages.js';
import { agentToken, type AgentSubject } from '../../sdk/discovery/subjects.js';

/** Why a discovery message was rejected (the `reason` of `troupe_discovery_rejected_total`). */
export type DiscoveryRejectReason =
  /** The body's instance id is not the subject's. */
  | 'instance_mismatch'
  /** The body names another agent than the subject. */
  | 'name_mismatch'
  /** The instance is known under another agent's name. */
  | 'agent_mismatch'
  /** A legacy subject (no agent name) for an instance that announced itself with its name. */
  | 'legacy_subject'
  /** An instance id that cannot be a subject token (a `$SRV.INFO` answer). */
  | 'invalid_instance';

/** The verdict on one message. */
export type SenderVerdict = { ok: true } | { ok: false; reason: DiscoveryRejectReason; detail: string };

/** The registry's view the check needs: the agent name an instance registered with, if it is known and has not left. */
export type RegisteredAgent = (instanceId: string) => string | undefined;

/** Instances remembered as "announced with the agent name", at most (oldest forgotten first). */
const MAX_NAMED = 100_000;

const OK: SenderVerdict = { ok: true };

/**
 * Checks discovery messages against their subject and what the registry knows.
 *
 * @example
 * const check = new SenderCheck((id) => registry.get(id)?.claimedName);
 * const verdict = check.beat(parseAgentSubject(msg.subject)!, heartbeat);
 * if (!verdict.ok) reject(verdict.reason, verdict.detail);
 */
export class SenderCheck {
  readonly #registered: RegisteredAgent;
  /** Instances that sent a message with their agent name in the subject: legacy messages for them are forged. */
  readonly #named = new Map<string, true>();

  constructor(registered: RegisteredAgent) {
    this.#registered = registered;
  }

  /** A hello or heartbeat. */
  beat(subject: AgentSubject, beat: Heartbeat): SenderVerdict {
    if (beat.instanceId !== subject.instanceId) return reject('instance_mismatch', `the body is for instance ${beat.instanceId}`);
    return this.#check(subject, beat.name);
  }

  /** A goodbye; its body may leave the agent name out (legacy agents). */
  goodbye(subject: AgentSubject, goodbye: Goodbye): SenderVerdict {
    if (goodbye.instanceId !== subject.instanceId) return reject('instance_mismatch', `the body is for instance ${goodbye.instanceId}`);
    return this.#check(subject, goodbye.name);
  }

  /** A `$SRV.INFO` answer (the sender is unknown: only the registry can contradict it). */
  service(instanceId: string, agent: string): SenderVerdict {
    if (!/^[A-Za-z0-9_-]+$/.test(instanceId)) return reject('invalid_instance', 'the instance id is not a subject token');
    const registered = this.#registered(instanceId);
    if (registered !== undefined && registered !== agent) return reject('agent_mismatch', `instance registered by agent "${registered}", the answer claims "${agent}"`);
    return OK;
  }

  #check(subject: AgentSubject, bodyAgent: string | undefined): SenderVerdict {
    const { instanceId } = subject;
    const subjectAgent = subject.agentToken;
    if (subjectAgent !== undefined && bodyAgent !== undefined && agentToken(bodyAgent) !== subjectAgent) {
      return reject('name_mismatch', `the subject names agent ${subjectAgent}, the body "${bodyAgent}"`);
    }
    const registered = this.#registered(instanceId);
    if (registered === undefined) this.#named.delete(instanceId);
    if (subjectAgent === undefined && this.#named.has(instanceId)) {
      return reject('legacy_subject', 'the instance announces itself with its agent name; a message without it is not from it');
    }
    const claimed = subjectAgent ?? (bodyAgent === undefined ? undefined : agentToken(bodyAgent));
    if (registered !== undefined && claimed !== undefined && registered !== '' && agentToken(registered) !== claimed) {
      return reject('agent_mismatch', `instance registered by agent "${registered}", the message is from ${claimed}`);
    }
    if (subjectAgent !== undefined && !this.#named.has(instanceId)) {
      if (this.#named.size >= MAX_NAMED) this.#named.delete(this.#named.keys().next().value!);
      this.#named.set(instanceId, true);
    }
    return OK;
  }
}

function reject(reason: DiscoveryRejectReason, detail: string): SenderVerdict {
  return { ok: false, reason, detail };
}
