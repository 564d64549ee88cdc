import { Status, TroupeError, fromGrpcError, isServiceError, statusName } from '../../sdk/errors.js';
import { describeJsonError, parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../suggest.js';
import { asView } from '../format/run-types.js';
import { formatDefinitionProblems, formatWorkflowTable } from '../format/runs.js';
import { readTextFile } from '../run-input.js';
const USAGE = `usage: troupe workflow register <file> [--json]
       troupe workflow list [--json]          (the same as: troupe workflows)
       troupe workflow versions <name> [--json]

'register' sends a workflow definition (JSON or YAML; '-' reads standard input) to the
orchestrator, which validates it and stores it as the next version of its name:
prints 'registered <name> v<version>'. An invalid definition prints every problem,
each naming where it is, and exits 1. The format is described in docs/workflows.md.

'list' shows the registered workflows: name, latest version, steps, when registered.

'versions' shows the versions of one workflow still kept, newest first (--json: with
each version's definition).

options:
  --json                     print JSON
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const OPTIONS = { json: { type: 'boolean' } };
/** Deadline of the workflow calls (validation is quick). */
const CALL_TIMEOUT_MS = 10_000;
/** `troupe workflow`: register a definition, or list the registered ones. */
export const command = {
    name: 'workflow',
    summary: 'Register a workflow definition (JSON or YAML), or list workflows',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [sub, ...rest] = positionals;
        const json = values.json ?? false;
        if (sub === 'register')
            return register(rest, json, ctx, values.orchestrator);
        if (sub === 'list' || sub === 'ls') {
            if (rest[0] !== undefined)
                throw new UsageError(`unexpected argument '${rest[0]}'`);
            return listWorkflows(json, ctx, values.orchestrator);
        }
        if (sub === 'versions') {
            if (rest[0] === undefined)
                throw new UsageError('troupe workflow versions needs a workflow <name> (see troupe workflows)');
            if (rest[1] !== undefined)
                throw new UsageError(`unexpected argument '${rest[1]}'`);
            return listVersions(rest[0], json, ctx, values.orchestrator);
        }
        if (sub === undefined)
            throw new UsageError("troupe workflow needs a subcommand: 'register <file>', 'list' or 'versions <name>'");
        throw new UsageError(`unknown subcommand '${sub}'${didYouMean(sub, ['register', 'list', 'versions'])} (expected 'register <file>', 'list' or 'versions <name>')`);
    },
};
async function register(args, json, ctx, address) {
    const [file, extra] = args;
    if (file === undefined)
        throw new UsageError("troupe workflow register needs a <file> (JSON or YAML; '-' for stdin)");
    if (extra !== undefined)
        throw new UsageError(`unexpected argument '${extra}' (register one file at a time)`);
    const text = await readTextFile('register', file);
    if (text.trim() === '')
        throw new UsageError(`register: '${file}' is empty`);
    // A .json file is read as JSON, so its errors are JSON's (the server reads YAML, a superset, and would say YAML things).
    if (file.toLowerCase().endsWith('.json')) {
        try {
            JSON.parse(text);
        }
        catch (err) {
            ctx.stderr.write(`error: ${file}: not valid JSON: ${describeJsonError(text, err)}\n`);
            return ExitCode.FAILED;
        }
    }
    let registered;
    try {
        registered = await ctx.connect(address).registerWorkflow(text, { signal: ctx.signal, deadline: new Date(Date.now() + CALL_TIMEOUT_MS) });
    }
    catch (err) {
        const error = TroupeError.is(err) || isServiceError(err) ? fromGrpcError(err) : undefined;
        if (error?.code !== Status.INVALID_ARGUMENT)
            throw err;
        ctx.stderr.write(`error: ${statusName(error.code)}: ${formatDefinitionProblems(file === '-' ? '<stdin>' : file, error.message)}`);
        return ExitCode.FAILED;
    }
    ctx.stdout.write(json ? `${JSON.stringify(registered, null, 2)}\n` : `registered ${registered.name} v${registered.version}\n`);
    return ExitCode.OK;
}
/** Prints the registered workflows (`troupe workflows`, `troupe workflow list`). */
export async function listWorkflows(json, ctx, address) {
    const workflows = await ctx.connect(address).listWorkflows({ signal: ctx.signal, deadline: new Date(Date.now() + CALL_TIMEOUT_MS) });
    if (json)
        ctx.stdout.write(`${JSON.stringify(workflows, null, 2)}\n`);
    else
        ctx.stdout.write(formatWorkflowTable(workflows.map((w) => asView(w)), Date.now()));
    return ExitCode.OK;
}
/** Prints the kept versions of one workflow (`troupe workflow versions NAME`). */
async function listVersions(name, json, ctx, address) {
    const versions = await ctx.connect(address).listWorkflowVersions(name, { signal: ctx.signal, deadline: new Date(Date.now() + CALL_TIMEOUT_MS) });
    if (json)
        ctx.stdout.write(`${JSON.stringify(versions, null, 2)}\n`);
    else
        ctx.stdout.write(formatWorkflowTable(versions.map((w) => asView(w)), Date.now()));
    return ExitCode.OK;
}
//# sourceMappingURL=workflow.js.map