/** Why a task was refused before it ran: the `reason` of `troupe_agent_refused_total`. */
export declare const REFUSAL_REASONS: readonly ["full", "draining"];
/**
 * Admits tasks up to a concurrency limit, refuses all while draining, and lets
 * the drainer wait until the last in-flight task leaves. Counts what it does:
 * `troupe_agent_tasks_in_flight` and `troupe_agent_refused_total{reason}`.
 * @internal
 */
export declare class Admission {
    #private;
    private readonly max;
    private readonly who;
    constructor(max: number, who: {
        agent: string;
        instanceId: string;
    });
    get inFlight(): number;
    get draining(): boolean;
    /** Takes a slot or throws UNAVAILABLE (draining) / RESOURCE_EXHAUSTED (full). Returns the release function. */
    enter(): () => void;
    /** Stops admitting; resolves when nothing is in flight. */
    drain(): Promise<void>;
}
