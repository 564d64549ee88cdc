import type * as grpc from '@grpc/grpc-js';
import type { Rollout } from '../../gen/troupe/v1/Rollout.js';
import type { RolloutRecord } from '../rollouts/rollout-record.js';
import type { RolloutHandle } from '../rollouts/setup.js';
import { type ApiDeps } from './deps.js';
/** A rollout as `troupe.v1.Rollout`, with what this orchestrator measured of its current generation. */
export declare function rolloutView(r: RolloutRecord, handle: RolloutHandle | undefined): Rollout;
/** GetRollout's answer: one capability's rollout; NOT_FOUND when it has none (shared with `GET /api/rollouts/{capability}`). */
export declare function getRolloutView(deps: ApiDeps, handle: RolloutHandle | undefined, capability: string): Promise<Rollout>;
/** ListRollouts' answer: every rollout (shared with `GET /api/rollouts`). */
export declare function listRolloutViews(deps: ApiDeps, handle: RolloutHandle | undefined): Promise<Rollout[]>;
/** The rollout methods of OrchestratorService (docs/rollouts.md). */
export declare function rolloutHandlers(deps: ApiDeps, handle: RolloutHandle | undefined): grpc.UntypedServiceImplementation;
