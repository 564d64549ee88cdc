/**
 * Asking a `troupe up` supervisor for an instance of a capability nobody serves
 * (docs/fleet.md, subject `troupe.fleet.demand.<capability>`). A task that may wait
 * (a run step, or any task once a fleet said it provides the capability) then waits
 * for the instance within its deadline instead of failing at once.
 */
import type { Context } from '@opentelemetry/api';
import { type NatsConnection } from 'nats';
import type { Logger } from 'pino';
/** What the dispatcher asks: can a fleet provide `capability`? */
export interface FleetDemand {
    /**
     * True when a supervisor replied that it provides `capability` (and starts an instance).
     * `traceContext` (the waiting task's) travels in the request's `traceparent` header.
     */
    demand(capability: string, waiting: number, traceContext?: Context): Promise<boolean>;
}
/**
 * Demands over NATS, one request per capability at a time (concurrent tasks share it)
 * and at most one every {@link ANSWER_TTL_MS}. "No responders", a timeout or a refusal
 * by NATS permissions all mean "no fleet provides it".
 */
export declare class NatsFleetDemand implements FleetDemand {
    #private;
    private readonly nc;
    private readonly logger;
    constructor(nc: NatsConnection, logger: Logger);
    demand(capability: string, waiting: number, traceContext?: Context): Promise<boolean>;
}
