import { callDescribe, statusText } from './calls.js';
import { result } from './types.js';
/** Semantic Versioning 2.0.0, as published at semver.org. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** Capability names: lowercase letters, digits, '.', '-' and '_' (common.proto). */
const CAPABILITY_NAME = /^[a-z0-9._-]+$/;
/** Instance ids become NATS subject tokens. */
const INSTANCE_ID = /^[A-Za-z0-9_-]+$/;
/**
 * `Describe` and the descriptor it returns: name, semver version, an instance id
 * usable as a NATS subject token, at least one capability with a valid, unique
 * name, and max_concurrency. Stores the descriptor in `ctx` for later groups.
 * @internal
 */
export async function describeChecks(ctx) {
    const res = await callDescribe(ctx);
    if (!res.ok) {
        ctx.descriptor = undefined;
        return [result.fail('describe', `Describe failed with ${statusText(res.code, res.details)}; implement troupe.v1.AgentService/Describe`)];
    }
    const d = res.value.agent;
    if (!d)
        return [result.fail('describe', 'Describe answered with an empty DescribeResponse: set DescribeResponse.agent')];
    ctx.descriptor = d;
    const out = [result.pass('describe', `${d.name || '(no name)'} ${d.version || '(no version)'}, ${d.capabilities.length} capabilities`)];
    out.push(d.name ? result.pass('describe.name', d.name) : result.fail('describe.name', 'AgentDescriptor.name is empty: name the agent (shared by all its instances)'));
    out.push(SEMVER.test(d.version)
        ? result.pass('describe.version', d.version)
        : result.fail('describe.version', `AgentDescriptor.version "${d.version}" is not a semantic version: use MAJOR.MINOR.PATCH, e.g. 1.0.0`));
    out.push(INSTANCE_ID.test(d.instanceId)
        ? result.pass('describe.instance_id', d.instanceId)
        : result.fail('describe.instance_id', d.instanceId
            ? `instance_id "${d.instanceId}" cannot be a NATS subject token: use letters, digits, '-' and '_' only`
            : 'AgentDescriptor.instance_id is empty: give each running instance a unique id'));
    out.push(capabilitiesCheck(d.capabilities.map((c) => c.name)));
    // uint32 on the wire, so it cannot be negative; 0 means 1.
    out.push(result.pass('describe.max_concurrency', d.maxConcurrency === 0 ? '0 (means 1)' : String(d.maxConcurrency)));
    return out;
}
function capabilitiesCheck(names) {
    const name = 'describe.capabilities';
    if (names.length === 0)
        return result.fail(name, 'the descriptor lists no capabilities: orchestrators have nothing to route to this agent');
    const bad = names.filter((n) => !CAPABILITY_NAME.test(n));
    if (bad.length > 0) {
        return result.fail(name, `invalid capability names ${bad.map((n) => JSON.stringify(n)).join(', ')}: use lowercase letters, digits, '.', '-' and '_'`);
    }
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    if (dupes.length > 0)
        return result.fail(name, `capabilities listed more than once: ${[...new Set(dupes)].join(', ')}`);
    return result.pass(name, names.join(', '));
}
//# sourceMappingURL=describe-checks.js.map