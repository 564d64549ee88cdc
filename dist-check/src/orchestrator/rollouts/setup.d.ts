import type { Logger } from 'pino';
import type { AuditSink } from '../../sdk/security/audit.js';
import type { Registry } from '../registry/registry.js';
import type { KvRolloutStore } from '../store/kv-rollout-store.js';
import type { RolloutDecisionName } from './rollout-record.js';
import { RolloutService } from './rollout-service.js';
import { Rollouts } from './rollouts.js';
/** What {@link setupRollouts} needs from the orchestrator. */
export interface RolloutDeps {
    /** `troupe_rollouts`; undefined without durable state (then there are no rollouts, and SetRollout answers FAILED_PRECONDITION). */
    readonly store: KvRolloutStore | undefined;
    readonly registry: Registry;
    readonly logger: Logger;
    readonly audit: AuditSink;
    /** This orchestrator's id, in the actor of its automatic decisions. */
    readonly instanceId: string;
    /** Source of the weighted draw. @default Math.random */
    readonly random?: (() => number) | undefined;
}
/** The rollouts of a running orchestrator. */
export interface RolloutHandle {
    /** Routing and measurements (the dispatcher's `versions`). */
    readonly rollouts: Rollouts;
    /** The API's operations; undefined without durable state. */
    readonly service: RolloutService | undefined;
    /** Counts a decision in `troupe_rollout_decisions_total`. */
    count(capability: string, decision: RolloutDecisionName): void;
    /** Follows `troupe_rollouts`; resolves once the stored rollouts apply. */
    start(): Promise<void>;
    stop(): void;
}
/**
 * Builds the rollouts of an orchestrator: the in-memory view every dispatch consults, kept in step
 * with `troupe_rollouts` by a KV watch (restarted if it ends), and the automatic rollback, stored
 * by compare-and-set, logged, audited and counted (docs/rollouts.md).
 */
export declare function setupRollouts(deps: RolloutDeps): RolloutHandle;
