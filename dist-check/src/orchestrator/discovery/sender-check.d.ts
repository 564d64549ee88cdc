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
import { type AgentSubject } from '../../sdk/discovery/subjects.js';
/** Why a discovery message was rejected (the `reason` of `troupe_discovery_rejected_total`). */
export type DiscoveryRejectReason = 
/** The body's instance id is not the subject's. */
'instance_mismatch'
/** The body names another agent than the subject. */
 | 'name_mismatch'
/** The instance is known under another agent's name. */
 | 'agent_mismatch'
/** A legacy subject (no agent name) for an instance that announced itself with its name. */
 | 'legacy_subject'
/** An instance id that cannot be a subject token (a `$SRV.INFO` answer). */
 | 'invalid_instance';
/** The verdict on one message. */
export type SenderVerdict = {
    ok: true;
} | {
    ok: false;
    reason: DiscoveryRejectReason;
    detail: string;
};
/** The registry's view the check needs: the agent name an instance registered with, if it is known and has not left. */
export type RegisteredAgent = (instanceId: string) => string | undefined;
/**
 * Checks discovery messages against their subject and what the registry knows.
 *
 * @example
 * const check = new SenderCheck((id) => registry.get(id)?.claimedName);
 * const verdict = check.beat(parseAgentSubject(msg.subject)!, heartbeat);
 * if (!verdict.ok) reject(verdict.reason, verdict.detail);
 */
export declare class SenderCheck {
    #private;
    constructor(registered: RegisteredAgent);
    /** A hello or heartbeat. */
    beat(subject: AgentSubject, beat: Heartbeat): SenderVerdict;
    /** A goodbye; its body may leave the agent name out (legacy agents). */
    goodbye(subject: AgentSubject, goodbye: Goodbye): SenderVerdict;
    /** A `$SRV.INFO` answer (the sender is unknown: only the registry can contradict it). */
    service(instanceId: string, agent: string): SenderVerdict;
}
