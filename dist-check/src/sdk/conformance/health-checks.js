import { status as Status } from '@grpc/grpc-js';
import { deadlineIn } from '../grpc/agent-clients.js';
import { AGENT_SERVICE } from '../grpc/load-protos.js';
import { statusText } from './calls.js';
import { result } from './types.js';
function check(ctx, service) {
    return new Promise((resolve) => {
        ctx.clients.health.Check({ service }, { deadline: deadlineIn(ctx.callTimeoutMs) }, (err, res) => resolve(err ? { ok: false, code: err.code, details: err.details } : { ok: true, status: res?.status ?? 'UNKNOWN' }));
    });
}
/** The first status a Watch sends, or how the Watch failed. */
function firstWatched(ctx) {
    return new Promise((resolve) => {
        const call = ctx.clients.health.Watch({ service: '' }, { deadline: deadlineIn(ctx.callTimeoutMs) });
        let settled = false;
        const done = (outcome) => {
            if (settled)
                return;
            settled = true;
            resolve(outcome);
            call.cancel();
        };
        call.on('data', (message) => done({ ok: true, status: message.status }));
        call.on('error', (err) => done({ ok: false, code: err.code, details: err.details }));
        call.on('end', () => done({ ok: false, code: Status.OK, details: 'the Watch ended without sending a status' }));
    });
}
/**
 * grpc.health.v1: Check("") answers SERVING (required); Check("troupe.v1.AgentService")
 * and Watch("") are optional (skipped when the agent lacks them).
 * @internal
 */
export async function healthChecks(ctx) {
    const out = [];
    const overall = await check(ctx, '');
    if (overall.ok) {
        out.push(overall.status === 'SERVING'
            ? result.pass('health.check', 'Check("") is SERVING')
            : result.fail('health.check', `Check("") is ${overall.status}: a ready agent reports SERVING for the empty service name`));
    }
    else {
        out.push(result.fail('health.check', overall.code === Status.UNIMPLEMENTED
            ? 'grpc.health.v1.Health is not served: add the standard health service (the troupe announce sidecar and load balancers use it)'
            : `Check("") failed with ${statusText(overall.code, overall.details)}; it must answer SERVING for ""`));
    }
    const service = await check(ctx, AGENT_SERVICE);
    if (service.ok) {
        out.push(service.status === 'SERVING'
            ? result.pass('health.service', `Check("${AGENT_SERVICE}") is SERVING`)
            : result.fail('health.service', `Check("${AGENT_SERVICE}") is ${service.status} while the agent serves`));
    }
    else if (service.code === Status.NOT_FOUND || service.code === Status.UNIMPLEMENTED) {
        out.push(result.skip('health.service', `no status for "${AGENT_SERVICE}" (optional)`));
    }
    else {
        out.push(result.fail('health.service', `Check("${AGENT_SERVICE}") failed with ${statusText(service.code, service.details)}; answer a status or NOT_FOUND`));
    }
    if (!overall.ok && overall.code === Status.UNIMPLEMENTED) {
        out.push(result.skip('health.watch', 'no health service'));
        return out;
    }
    const watched = await firstWatched(ctx);
    if (watched.ok) {
        out.push(watched.status === 'SERVING'
            ? result.pass('health.watch', 'Watch("") sent SERVING first')
            : result.fail('health.watch', `Watch("") sent ${watched.status} first while Check says the agent serves`));
    }
    else if (watched.code === Status.UNIMPLEMENTED) {
        out.push(result.skip('health.watch', 'Watch is not implemented (optional: the sidecar then polls Check each interval)'));
    }
    else {
        out.push(result.fail('health.watch', `Watch("") failed with ${statusText(watched.code, watched.details)}; it must send the current status at once`));
    }
    return out;
}
//# sourceMappingURL=health-checks.js.map