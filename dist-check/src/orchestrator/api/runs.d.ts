import type * as grpc from '@grpc/grpc-js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { type ApiDeps } from './deps.js';
/** The workflow and run methods of OrchestratorService, over the run engine. */
export declare function runHandlers(deps: ApiDeps, engine: RunEngine): grpc.UntypedServiceImplementation;
