import { SpanStatusCode, trace } from '@opentelemetry/api';
import { ATTR, getTracer, instruments, SPAN, withTraceIds } from '../../../sdk/telemetry/index.js';
import { stepScope } from '../definition/index.js';
/** Longest single `setTimeout` (about 24.8 days); longer waits re-arm. */
const MAX_TIMER_MS = 2_147_483_647;
/** Calls `fire` at `until` (absolute ms), re-arming past the timer limit; returns the cancel function. */
function timerUntil(until, fire) {
    let timer;
    const arm = () => {
        const left = until - Date.now();
        if (left <= 0)
            return fire();
        timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
        timer.unref();
    };
    arm();
    return () => clearTimeout(timer);
}
/**
 * A `wait_for_signal` step: it runs no task. It goes `waiting` (`STEP_WAITING`, with
 * its absolute timeout so a restored run keeps it), then costs one timer at most
 * until SignalRun approves it (it succeeds with the payload as its output), rejects it
 * (it fails; its `on_failure` applies), or its timeout applies `on_timeout`. A step
 * resumed after a restart or an adoption keeps waiting from its persisted state.
 * The wait is one `troupe.step.wait` span, child of the run's.
 */
export function waitForSignal(run, wait, inbox, ends, resumedUntil) {
    const { step, log } = run;
    const now = Date.now();
    const until = run.resume ? resumedUntil : wait.timeoutMs === undefined ? undefined : Math.min(now + wait.timeoutMs, run.runDeadline);
    const span = getTracer().startSpan(SPAN.STEP_WAIT, { attributes: { [ATTR.RUN_ID]: run.runId, 'troupe.step.id': step.id, ...(until === undefined ? {} : { 'troupe.step.wait_until': new Date(until).toISOString() }), ...(run.resume ? { 'troupe.run.resumed': true } : {}) } }, run.parent);
    const logger = run.logger.child({ step_id: step.id, ...withTraceIds(trace.setSpan(run.parent, span)) });
    if (!run.resume) {
        run.send({ type: 'STEP_WAITING', at: now, stepId: step.id, ...(until === undefined ? {} : { until }) });
    }
    log.append({ type: 'step.waiting', stepId: step.id, detail: { ...(until === undefined ? {} : { until }), ...(wait.timeoutMs === undefined ? {} : { timeoutMs: wait.timeoutMs }), onTimeout: wait.onTimeout.strategy, ...(run.resume ? { resumed: true } : {}) } });
    logger.info({ until, on_timeout: wait.onTimeout.strategy, resumed: run.resume !== undefined }, 'step waits for a signal');
    return new Promise((resolve) => {
        let done = false;
        const cleanups = [];
        const finish = (outcome, result) => {
            if (done)
                return;
            done = true;
            for (const cleanup of cleanups)
                cleanup();
            const ended = result();
            if (outcome !== 'aborted')
                instruments().stepSignals.add(1, { outcome });
            span.setAttribute('troupe.step.signal', outcome);
            if (ended.status === 'failed')
                span.setStatus({ code: SpanStatusCode.ERROR, message: `wait ${outcome}` });
            span.end();
            resolve(ended);
        };
        const onSignal = (signal) => finish(signal.approved ? 'approved' : 'rejected', () => {
            span.addEvent('troupe.step.signalled', { approved: signal.approved, 'enduser.id': signal.actor });
            log.append({ type: 'step.signalled', stepId: step.id, detail: { approved: signal.approved, actor: signal.actor, payload: signal.payload } });
            logger.info({ approved: signal.approved, actor: signal.actor }, 'step signalled');
            if (!signal.approved) {
                const reason = signal.payload === null ? '' : `: ${typeof signal.payload === 'string' ? signal.payload : JSON.stringify(signal.payload)}`;
                return ends.fail(`rejected by ${signal.actor}${reason}`);
            }
            run.send({ type: 'STEP_SIGNALLED', at: Date.now(), stepId: step.id, output: signal.payload });
            log.append({ type: 'step.completed', stepId: step.id, detail: { approved: true, actor: signal.actor } });
            return { status: 'succeeded', output: signal.payload };
        });
        const onTimeout = () => finish('timed_out', () => {
            const error = `no signal within ${wait.timeoutMs ?? 0} ms`;
            span.addEvent('troupe.step.wait_timed_out');
            logger.warn({ on_timeout: wait.onTimeout.strategy }, 'step wait timed out');
            const policy = wait.onTimeout;
            if (policy.strategy !== 'use')
                return policy.strategy === 'fail' ? ends.fail(error) : ends.skip(`${error}; on_timeout: skip`);
            let output;
            try {
                output = policy.output.evaluate(stepScope(run.runScope));
            }
            catch (err) {
                return ends.fail(`${error}; on_timeout: use: ${err.message}`);
            }
            return useOnTimeout(run, output, error, ends);
        });
        cleanups.push(inbox.listen(step.id, onSignal));
        if (until !== undefined)
            cleanups.push(timerUntil(until, onTimeout));
        const onAbort = () => finish('aborted', () => ends.fail('cancelled', false));
        if (run.signal.aborted)
            return onAbort();
        run.signal.addEventListener('abort', onAbort, { once: true });
        cleanups.push(() => run.signal.removeEventListener('abort', onAbort));
    });
}
/** `on_timeout: { use: … }`: the step is `recovered`, its output the data given. */
function useOnTimeout(run, output, error, ends) {
    const warning = `timed out, continued with on_timeout data: ${error}`;
    const sent = run.send({ type: 'STEP_RECOVERED', at: Date.now(), stepId: run.step.id, strategy: 'use', error, output, warnings: [warning] });
    if (!sent)
        return ends.fail(error, false);
    run.log.append({ type: 'step.recovered', stepId: run.step.id, detail: { reason: warning, error, recovery: 'use', output, warnings: [warning] } });
    return { status: 'recovered', output };
}
//# sourceMappingURL=step-wait.js.map