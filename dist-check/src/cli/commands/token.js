import { hashToken, generateToken } from '../../sdk/security/tokens.js';
import { SCOPES } from '../../sdk/security/scopes.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../suggest.js';
const USAGE = `usage: troupe token create --name NAME --scopes "SCOPE ..." [--workflows A,B]
       troupe token hash [TOKEN]

create   prints a new random static token once, and the line to add to the
         orchestrator's tokens file (TROUPE_AUTH_TOKENS_FILE); only its SHA-256 is stored.
hash     prints the SHA-256 of TOKEN (or of the first line of stdin) for the tokens file.

scopes: ${SCOPES.join(' ')}
        a scope like runs:start:podcast limits the token to the workflow "podcast".

options:
  --name NAME           who holds the token (the actor in the audit log)
  --scopes "A B"        space- or comma-separated scopes
  --workflows A,B       limit runs:start/read/cancel to these workflows
`;
/** `troupe token`: makes static API tokens and their file lines; never calls the orchestrator. */
export const command = {
    name: 'token',
    summary: 'Create a static API token or hash one for the tokens file',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, { name: { type: 'string' }, scopes: { type: 'string' }, workflows: { type: 'string' } });
        const [action, given] = positionals;
        if (action === 'hash') {
            const token = given ?? (await readStdinLine());
            if (!token)
                throw new UsageError('troupe token hash needs a TOKEN argument or a token on stdin');
            ctx.stdout.write(`${hashToken(token)}\n`);
            return ExitCode.OK;
        }
        if (action !== 'create')
            throw new UsageError(action === undefined ? 'say create or hash' : `unknown action '${action}'${didYouMean(action, ['create', 'hash'])}: say create or hash`);
        if (!values.name)
            throw new UsageError('--name is required');
        const scopes = (values.scopes ?? '').split(/[\s,]+/).filter(Boolean);
        if (scopes.length === 0)
            throw new UsageError(`--scopes is required, e.g. --scopes "runs:start runs:read" (known: ${SCOPES.join(' ')})`);
        const unknown = scopes.filter((s) => s !== '*' && !SCOPES.some((k) => s === k || s.startsWith(`${k}:`)));
        if (unknown.length > 0)
            throw new UsageError(`unknown scope(s) ${unknown.join(', ')}; known: ${SCOPES.join(' ')}`);
        const workflows = values.workflows?.split(',').map((w) => w.trim()).filter(Boolean);
        const token = generateToken();
        const line = { name: values.name, sha256: hashToken(token), scopes: scopes.join(' '), ...(workflows?.length ? { workflows } : {}) };
        ctx.stdout.write(`token: ${token}\nline:  ${JSON.stringify(line)}\n`);
        ctx.stderr.write('the token is shown once: give it to its holder; add the line to the tokens file (TROUPE_AUTH_TOKENS_FILE)\n');
        return ExitCode.OK;
    },
};
async function readStdinLine() {
    if (process.stdin.isTTY)
        return undefined;
    let text = '';
    for await (const chunk of process.stdin) {
        text += String(chunk);
        if (text.includes('\n'))
            break;
    }
    return text.split('\n')[0]?.trim() || undefined;
}
//# sourceMappingURL=token.js.map