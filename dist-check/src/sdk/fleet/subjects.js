/**
 * The NATS subjects and messages between orchestrators and a `troupe up` supervisor
 * (docs/fleet.md), the one place they are built and parsed.
 *
 * - `troupe.fleet.demand.<capability>` — request: an orchestrator has a task waiting for
 *   `capability` and no instance serves it. A supervisor whose fleet can provide it starts
 *   an instance and replies `{ v: 1, provided: true, agent }`; one that cannot stays silent
 *   (NATS answers "no responders" when nobody listens).
 * - `troupe.fleet.status` — request: a supervisor replies with its status (`troupe fleet`).
 * - `troupe.fleet.reset` — request `{ v: 1, agent }`: start an agent stopped in a crash loop again
 *   (`troupe fleet reset <agent>`); the reply says whether it did and why not.
 */
import { z } from 'zod';
/** Prefix of demand subjects. */
export const FLEET_DEMAND_PREFIX = 'troupe.fleet.demand';
/** Subscription covering every demand subject. */
export const FLEET_DEMAND_ALL = `${FLEET_DEMAND_PREFIX}.>`;
/** Request subject of a supervisor's status. */
export const FLEET_STATUS_SUBJECT = 'troupe.fleet.status';
/** Request subject of a crash-loop reset. */
export const FLEET_RESET_SUBJECT = 'troupe.fleet.reset';
const MAX_NAME_CHARS = 256;
/**
 * Subject of a demand for `capability`: its dotted name as tokens, anything a token
 * cannot hold replaced by `_` (the exact name travels in the body).
 *
 * @example demandSubject('tts.synthesize'); // 'troupe.fleet.demand.tts.synthesize'
 */
export function demandSubject(capability) {
    const tokens = capability.split('.').map((t) => t.replace(/[^A-Za-z0-9_-]/g, '_') || '_');
    return `${FLEET_DEMAND_PREFIX}.${tokens.join('.')}`;
}
/** Body of a demand request (JSON). */
export const demandSchema = z.object({
    v: z.literal(1),
    /** The capability a task waits for. */
    capability: z.string().min(1).max(MAX_NAME_CHARS),
    /** Tasks of it waiting on the sending orchestrator. */
    waiting: z.number().int().nonnegative(),
});
/** Body of a supervisor's reply to a demand. */
export const demandReplySchema = z.object({
    v: z.literal(1),
    provided: z.boolean(),
    /** The fleet agent that provides the capability. */
    agent: z.string().max(MAX_NAME_CHARS),
});
/** Body of a reset request. */
export const resetSchema = z.object({
    v: z.literal(1),
    /** The fleet agent (its key in the fleet file). */
    agent: z.string().min(1).max(MAX_NAME_CHARS),
});
/** A supervisor's answer to a reset. */
export const resetReplySchema = z.object({
    v: z.literal(1),
    ok: z.boolean(),
    /** What happened, or why nothing did (unknown agent, not in a crash loop). */
    message: z.string().max(4096),
});
//# sourceMappingURL=subjects.js.map