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
export declare const FLEET_DEMAND_PREFIX = "troupe.fleet.demand";
/** Subscription covering every demand subject. */
export declare const FLEET_DEMAND_ALL = "troupe.fleet.demand.>";
/** Request subject of a supervisor's status. */
export declare const FLEET_STATUS_SUBJECT = "troupe.fleet.status";
/** Request subject of a crash-loop reset. */
export declare const FLEET_RESET_SUBJECT = "troupe.fleet.reset";
/**
 * Subject of a demand for `capability`: its dotted name as tokens, anything a token
 * cannot hold replaced by `_` (the exact name travels in the body).
 *
 * @example demandSubject('tts.synthesize'); // 'troupe.fleet.demand.tts.synthesize'
 */
export declare function demandSubject(capability: string): string;
/** Body of a demand request (JSON). */
export declare const demandSchema: z.ZodObject<{
    v: z.ZodLiteral<1>;
    capability: z.ZodString;
    waiting: z.ZodNumber;
}, z.core.$strip>;
export type Demand = z.infer<typeof demandSchema>;
/** Body of a supervisor's reply to a demand. */
export declare const demandReplySchema: z.ZodObject<{
    v: z.ZodLiteral<1>;
    provided: z.ZodBoolean;
    agent: z.ZodString;
}, z.core.$strip>;
export type DemandReply = z.infer<typeof demandReplySchema>;
/** Body of a reset request. */
export declare const resetSchema: z.ZodObject<{
    v: z.ZodLiteral<1>;
    agent: z.ZodString;
}, z.core.$strip>;
export type Reset = z.infer<typeof resetSchema>;
/** A supervisor's answer to a reset. */
export declare const resetReplySchema: z.ZodObject<{
    v: z.ZodLiteral<1>;
    ok: z.ZodBoolean;
    message: z.ZodString;
}, z.core.$strip>;
export type ResetReply = z.infer<typeof resetReplySchema>;
