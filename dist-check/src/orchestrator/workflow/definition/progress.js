// True when a step's failure stops neither its dependents nor the run.
function tolerated(step) {
    return step.continueOn === 'any';
}
/**
 * The steps to start now, and those that never can. A dependency counts as finished
 * when it succeeded, was skipped (its output is null), or failed with `continue_on: any`.
 * Pure: call it again after every status change.
 *
 * @example
 * const { ready } = readySteps(workflow, { harvest: 'succeeded', weave: 'running' });
 */
export function readySteps(workflow, state) {
    const ready = [];
    const blocked = [];
    const blockedIds = new Set();
    for (const step of workflow.steps) {
        if ((state[step.id] ?? 'pending') !== 'pending')
            continue;
        let waiting = false;
        let stuck = false;
        for (const depId of step.dependsOn) {
            const dep = workflow.stepsById.get(depId);
            const status = state[depId] ?? 'pending';
            if (blockedIds.has(depId) || status === 'cancelled' || (status === 'failed' && dep !== undefined && !tolerated(dep)))
                stuck = true;
            else if (status === 'pending' || status === 'running' || status === 'waiting')
                waiting = true;
        }
        if (stuck) {
            blocked.push(step);
            blockedIds.add(step.id); // steps come in topological order, so dependents see this
        }
        else if (!waiting)
            ready.push(step);
    }
    return { ready, blocked };
}
/**
 * The overall state of a run: 'failed' as soon as a step fails without
 * `continue_on: any` (stop dispatching; cancel what is in flight), 'completed' once
 * every step has succeeded or been skipped, 'completed_with_warnings' when some
 * tolerated step failed, 'running' otherwise.
 *
 * @example runOutcome(workflow, { a: 'succeeded', b: 'failed' }) // 'failed' unless b has continue_on: any
 */
export function runOutcome(workflow, state) {
    let warnings = false;
    let unfinished = false;
    for (const step of workflow.steps) {
        const status = state[step.id] ?? 'pending';
        if (status === 'cancelled')
            return 'failed';
        if (status === 'failed') {
            if (!tolerated(step))
                return 'failed';
            warnings = true;
        }
        else if (status === 'pending' || status === 'running' || status === 'waiting')
            unfinished = true;
    }
    if (unfinished)
        return 'running';
    return warnings ? 'completed_with_warnings' : 'completed';
}
//# sourceMappingURL=progress.js.map