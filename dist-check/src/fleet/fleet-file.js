/**
 * Reading a fleet file (YAML or JSON) into a {@link FleetSpec}: parsed with `yaml` (as
 * workflow definitions are), validated with zod, every problem named by its key.
 */
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { didYouMeanKey } from './suggest-key.js';
import { FleetFileError } from './errors.js';
import { DEFAULT_COOLDOWN_MS, DEFAULT_POLL_MS, DEFAULT_RESOURCES, DEFAULT_RESTART, DEFAULT_STOP_GRACE_MS, DEFAULT_UP_INTERVAL_MS, } from './fleet-spec.js';
import { DAY_NAMES, parseWindow } from './schedule-window.js';
import { checkDependencies } from './dependencies.js';
/** Largest fleet file read. */
const MAX_FILE_BYTES = 1024 * 1024;
/** Most instances of one agent. */
const MAX_INSTANCES = 256;
const HOUR_MS = 3_600_000;
const ms = (max = 24 * HOUR_MS) => z.number().int().min(0).max(max);
const percent = z.number().min(1).max(100);
/** Load average per CPU exceeds 100% when processes queue for a CPU. */
const cpuPercent = z.number().min(1).max(10_000);
const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, "-" and "_", at most 64, starting with a letter or digit');
const capability = z.string().min(1).max(256);
const level = z.strictObject({ warning: percent, critical: percent });
const cpuLevel = z.strictObject({ warning: cpuPercent, critical: cpuPercent });
const agentSchema = z.strictObject({
    agent: z.string().min(1).max(1024).optional(),
    command: z.array(z.string().min(1).max(4096)).min(1).max(256).optional(),
    env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name'), z.string().max(65_536)).optional(),
    capabilities: z.array(capability).max(1000).optional(),
    needs: z.array(capability).max(100).optional(),
    min: z.number().int().min(0).max(MAX_INSTANCES).optional(),
    max: z.number().int().min(1).max(MAX_INSTANCES).optional(),
    scale: z
        .strictObject({
        up: z.strictObject({ queue_depth: z.number().int().min(1).max(1_000_000).optional(), queue_wait_ms: ms().min(1).optional() }).optional(),
        up_interval_ms: ms().optional(),
        cooldown_ms: ms().optional(),
    })
        .optional(),
    schedule: z.array(z.strictObject({ between: z.string(), min: z.number().int().min(0).max(MAX_INSTANCES), days: z.array(z.enum(DAY_NAMES)).max(7).optional() })).max(100).optional(),
    restart: z
        .strictObject({
        backoff_ms: ms(HOUR_MS).min(1).optional(),
        max_backoff_ms: ms(HOUR_MS).min(1).optional(),
        crash_loop: z.strictObject({ crashes: z.number().int().min(1).max(1000).optional(), window_ms: ms().min(1).optional() }).optional(),
    })
        .optional(),
    stop_grace_ms: ms(HOUR_MS).optional(),
});
const fileSchema = z.strictObject({
    version: z.literal(1),
    name: name.optional(),
    nats: z.string().min(1).max(4096).optional(),
    orchestrator: z.string().min(1).max(1024).optional(),
    poll_ms: ms(HOUR_MS).min(50).optional(),
    resources: z.strictObject({ cpu: cpuLevel.optional(), memory: level.optional() }).optional(),
    agents: z.record(name, agentSchema).refine((a) => Object.keys(a).length > 0, 'list at least one agent'),
});
/**
 * Parses and validates fleet file text. `file` names it in errors.
 *
 * @throws FleetFileError listing every problem, each with its key path.
 * @example
 * ```ts
 * const fleet = parseFleetFile(readFileSync('fleet.yaml', 'utf8'), 'fleet.yaml');
 * fleet.agents.map((a) => a.name);
 * ```
 */
export function parseFleetFile(text, file = '<fleet>') {
    if (Buffer.byteLength(text) > MAX_FILE_BYTES)
        throw new FleetFileError(file, [`the file is larger than ${MAX_FILE_BYTES} bytes`]);
    let raw;
    try {
        raw = parseYaml(text, { maxAliasCount: 100 });
    }
    catch (err) {
        throw new FleetFileError(file, [`not valid YAML: ${err.message.split('\n')[0] ?? ''}`]);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        throw new FleetFileError(file, ['the file must be a mapping with `version: 1` and `agents:`']);
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success)
        throw new FleetFileError(file, parsed.error.issues.map((issue) => describeIssue(issue)));
    const problems = [];
    const agents = Object.entries(parsed.data.agents).map(([key, a]) => compileAgent(key, a, problems));
    const resources = {
        cpu: parsed.data.resources?.cpu ?? DEFAULT_RESOURCES.cpu,
        memory: parsed.data.resources?.memory ?? DEFAULT_RESOURCES.memory,
    };
    for (const kind of ['cpu', 'memory']) {
        if (resources[kind].warning > resources[kind].critical)
            problems.push(`resources.${kind}: warning (${resources[kind].warning}) is above critical (${resources[kind].critical})`);
    }
    problems.push(...checkDependencies(agents).problems);
    if (problems.length > 0)
        throw new FleetFileError(file, problems);
    return {
        name: parsed.data.name ?? nameFromFile(file),
        nats: parsed.data.nats,
        orchestrator: parsed.data.orchestrator,
        pollMs: parsed.data.poll_ms ?? DEFAULT_POLL_MS,
        resources,
        agents,
    };
}
/** `podcast` for `deploy/podcast.yaml`; `fleet` when the file name is no usable name. */
function nameFromFile(file) {
    const base = basename(file).replace(/\.(ya?ml|json)$/i, '');
    return name.safeParse(base).success ? base : 'fleet';
}
function compileAgent(key, a, problems) {
    const at = `agents.${key}`;
    if ((a.agent === undefined) === (a.command === undefined))
        problems.push(`${at}: give exactly one of \`agent\` (a built-in agent or module path) or \`command\` (argv list)`);
    const min = a.min ?? 1;
    const max = a.max ?? Math.max(1, min);
    if (max < min)
        problems.push(`${at}.max: ${max} is below min ${min}`);
    const schedule = (a.schedule ?? []).map((rule, i) => {
        const window = parseWindow(rule.between, rule.days);
        if (!window)
            problems.push(`${at}.schedule.${i}.between: "${rule.between}" is not a time window such as "08:00-20:00"`);
        if (rule.min > max)
            problems.push(`${at}.schedule.${i}.min: ${rule.min} is above max ${max}`);
        return { window: window ?? { text: rule.between, startMinute: 0, endMinute: 0, days: [] }, min: rule.min };
    });
    const up = a.scale?.up;
    if ((up?.queue_depth !== undefined || up?.queue_wait_ms !== undefined) && (a.capabilities ?? []).length === 0 && a.command !== undefined) {
        problems.push(`${at}.scale.up: queue scaling needs \`capabilities\` (the queues to watch)`);
    }
    const restart = {
        backoffMs: a.restart?.backoff_ms ?? DEFAULT_RESTART.backoffMs,
        maxBackoffMs: a.restart?.max_backoff_ms ?? DEFAULT_RESTART.maxBackoffMs,
        crashLoopCrashes: a.restart?.crash_loop?.crashes ?? DEFAULT_RESTART.crashLoopCrashes,
        crashLoopWindowMs: a.restart?.crash_loop?.window_ms ?? DEFAULT_RESTART.crashLoopWindowMs,
    };
    if (restart.maxBackoffMs < restart.backoffMs)
        problems.push(`${at}.restart.max_backoff_ms: ${restart.maxBackoffMs} is below backoff_ms ${restart.backoffMs}`);
    return {
        name: key,
        launch: a.command ? { kind: 'command', argv: a.command } : { kind: 'agent', agent: a.agent ?? key },
        env: a.env ?? {},
        capabilities: a.capabilities ?? [],
        needs: a.needs ?? [],
        min,
        max,
        scale: {
            queueDepth: up?.queue_depth,
            queueWaitMs: up?.queue_wait_ms,
            upIntervalMs: a.scale?.up_interval_ms ?? DEFAULT_UP_INTERVAL_MS,
            cooldownMs: a.scale?.cooldown_ms ?? DEFAULT_COOLDOWN_MS,
        },
        schedule,
        restart,
        stopGraceMs: a.stop_grace_ms ?? DEFAULT_STOP_GRACE_MS,
    };
}
/** One zod issue as `path: message`, unknown keys with a did-you-mean. */
function describeIssue(issue) {
    const path = issue.path.map(String).join('.') || '(top level)';
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => `${path === '(top level)' ? k : `${path}.${k}`}: unknown key${didYouMeanKey(k, path)}`).join('; ');
    }
    if (issue.code === 'invalid_type' && issue.message.includes('received undefined'))
        return `${path}: missing (required)`;
    return `${path}: ${issue.message}`;
}
//# sourceMappingURL=fleet-file.js.map