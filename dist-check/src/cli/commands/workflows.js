import { parseCommandArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { listWorkflows } from './workflow.js';
const USAGE = `usage: troupe workflows [--json]

Lists the registered workflows: name, latest version, number of steps, when it was
registered and its description. Register one with 'troupe workflow register <file>'.

options:
  --json                     print JSON (with each definition)
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
/** `troupe workflows`: the registered workflows. */
export const command = {
    name: 'workflows',
    summary: 'List registered workflows',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
        if (positionals[0] !== undefined)
            throw new UsageError(`unexpected argument '${positionals[0]}' (to register a file: troupe workflow register ${positionals[0]})`);
        return listWorkflows(values.json ?? false, ctx, values.orchestrator);
    },
};
//# sourceMappingURL=workflows.js.map