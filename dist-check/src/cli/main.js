import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createOrchestratorClient } from '../sdk/client/index.js';
import { fromGrpcError, isServiceError, Status, statusName, TroupeError } from '../sdk/errors.js';
import { DEFAULT_ORCHESTRATOR, ORCHESTRATOR_ENV, resolveClientTls, resolveOrchestrator, resolveToken, splitGlobalArgs, TLS_ENV, TOKEN_ENV, TOKEN_FILE_ENV } from './args.js';
import { allCommands, commandNames, findCommand } from './commands/index.js';
import { ExitCode } from './context.js';
import { HelpRequested, UsageError } from './errors.js';
import { didYouMean } from './suggest.js';
import { tracedCommands } from './trace-command.js';
import { packageVersion } from './version.js';
/**
 * Runs the `troupe` command line and resolves to its exit code (0 ok, 1 the call
 * failed, 2 bad usage, 130 interrupted). Never throws for expected errors and never
 * prints their stacks; set TROUPE_DEBUG=1 to see the stack of an unexpected one.
 *
 * @example
 * ```ts
 * const code = await main(['task', 'echo', '--input', '{"a":1}'], { env: { TROUPE_ORCHESTRATOR: '127.0.0.1:7600' } });
 * ```
 */
export async function main(argv, io = {}) {
    const stdout = io.stdout ?? process.stdout;
    const stderr = io.stderr ?? process.stderr;
    const env = io.env ?? process.env;
    let global;
    try {
        global = splitGlobalArgs(argv);
    }
    catch (err) {
        return usageError(err, stderr, 'troupe --help');
    }
    if (global.version) {
        stdout.write(`${packageVersion()}\n`);
        return ExitCode.OK;
    }
    const [name, ...args] = global.rest;
    if (name === undefined) {
        (global.help ? stdout : stderr).write(await generalUsage());
        return global.help ? ExitCode.OK : ExitCode.USAGE;
    }
    if (name === 'help')
        return help(args[0], stdout, stderr);
    const command = await findCommand(name);
    if (!command) {
        stderr.write(`error: unknown command '${name}'${didYouMean(name, commandNames())}\n\n${await generalUsage()}`);
        return ExitCode.USAGE;
    }
    if (global.help) {
        stdout.write(command.usage);
        return ExitCode.OK;
    }
    let orchestrator;
    let token;
    let tls;
    try {
        orchestrator = resolveOrchestrator(global.orchestrator, env);
        token = resolveToken(global.token, args, env, (path) => readFileSync(path, 'utf8'));
        tls = resolveClientTls(global, env);
    }
    catch (err) {
        return usageError(err, stderr, 'troupe --help');
    }
    const clients = new Map();
    const ctx = {
        stdout,
        stderr,
        env,
        signal: io.signal ?? new AbortController().signal,
        orchestrator,
        tls,
        traceIdOf: io.traceIdOf,
        connect(address) {
            const target = address === undefined ? orchestrator : resolveOrchestrator(address, env);
            let client = clients.get(target);
            if (!client) {
                client = createOrchestratorClient(target, { interceptors: io.interceptors ?? [], ...(token ? { token } : {}), ...(tls ? { tls } : {}) });
                clients.set(target, client);
            }
            return client;
        },
    };
    try {
        const run = () => command.run(args, ctx);
        return await (io.around ? io.around(command, run, ctx.signal) : run());
    }
    catch (err) {
        return reportError(err, command, ctx, [...clients.keys()]);
    }
    finally {
        for (const client of clients.values())
            client.close();
    }
}
/** grpc-js wording for "could not reach the server" (as opposed to an orchestrator answering UNAVAILABLE). */
const CONNECT_FAILURE = /No connection established|Name resolution failed|ECONNREFUSED|EHOSTUNREACH|ETIMEDOUT/;
/** Nothing listening at all (as opposed to a server that hung up on us). */
const NOT_LISTENING = /Name resolution failed|ECONNREFUSED|EHOSTUNREACH|ETIMEDOUT/;
/** A plaintext client talking to a TLS server: the server drops the connection. */
const TLS_MISMATCH = /Connection dropped|No connection established|ECONNRESET|Protocol error|socket hang up/i;
/** A TLS handshake that failed on certificates. */
const TLS_FAILURE = /certificate|self.signed|altnames|SSL|TLS|handshake|ECONNRESET/i;
function reportError(err, command, ctx, addresses) {
    if (err instanceof HelpRequested) {
        ctx.stdout.write(command.usage);
        return ExitCode.OK;
    }
    if (err instanceof UsageError)
        return usageError(err, ctx.stderr, `troupe help ${command.name}`);
    const error = TroupeError.is(err) || isServiceError(err) ? fromGrpcError(err) : undefined;
    if (ctx.signal.aborted && (!error || error.code === Status.CANCELLED)) {
        ctx.stderr.write('interrupted\n');
        return ExitCode.INTERRUPTED;
    }
    if (error) {
        // grpc-js ends connection failures with an empty "Resolution note: ".
        const message = error.message.replace(/\s*Resolution note:\s*$/, '');
        ctx.stderr.write(`error: ${statusName(error.code)}: ${message}\n`);
        const tlsMismatch = error.code === Status.UNAVAILABLE && addresses.length > 0 && !ctx.tls && TLS_MISMATCH.test(message) && !NOT_LISTENING.test(message);
        if (tlsMismatch) {
            ctx.stderr.write(`hint: the server at ${addresses.join(', ')} may require TLS: pass --tls-ca FILE (or set ${TLS_ENV.ca}), and --tls-cert/--tls-key if it asks for a client certificate.\n`);
        }
        else if (error.code === Status.UNAVAILABLE && addresses.length > 0 && CONNECT_FAILURE.test(message)) {
            ctx.stderr.write(`hint: is an orchestrator listening on ${addresses.join(', ')}? Set --orchestrator HOST:PORT or ${ORCHESTRATOR_ENV}.\n`);
        }
        else if (error.code === Status.UNAVAILABLE && ctx.tls && TLS_FAILURE.test(message)) {
            ctx.stderr.write('hint: the TLS handshake failed: check that --tls-ca is the CA of the server\'s certificate, that the certificate names the host you dial, and that your client certificate is accepted.\n');
        }
        if (error.code === Status.UNAUTHENTICATED)
            ctx.stderr.write(`hint: pass an API token with --token TOKEN, ${TOKEN_ENV} or ${TOKEN_FILE_ENV}.\n`);
    }
    else {
        ctx.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
        if (ctx.env['TROUPE_DEBUG'] && err instanceof Error && err.stack)
            ctx.stderr.write(`${err.stack}\n`);
    }
    return ExitCode.FAILED;
}
function usageError(err, stderr, hint) {
    if (!(err instanceof UsageError))
        throw err;
    stderr.write(`error: ${err.message}\nrun '${hint}' for usage\n`);
    return ExitCode.USAGE;
}
async function help(topic, stdout, stderr) {
    if (topic === undefined) {
        stdout.write(await generalUsage());
        return ExitCode.OK;
    }
    const command = await findCommand(topic);
    if (!command) {
        stderr.write(`error: unknown command '${topic}'${didYouMean(topic, commandNames())}\n\n${await generalUsage()}`);
        return ExitCode.USAGE;
    }
    stdout.write(command.usage);
    return ExitCode.OK;
}
async function generalUsage() {
    const commands = await allCommands();
    const width = Math.max(...commands.map((c) => c.name.length));
    return [
        'usage: troupe [--orchestrator HOST:PORT] [--token TOKEN] <command> [arguments]',
        '',
        'commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'global options:',
        `  --orchestrator HOST:PORT   orchestrator address (default: $${ORCHESTRATOR_ENV}, else ${DEFAULT_ORCHESTRATOR})`,
        `  --token TOKEN              API token sent as a bearer credential (default: $${TOKEN_ENV}, or the file $${TOKEN_FILE_ENV})`,
        `  --tls-ca FILE              TLS: CA of the server's certificate (default: $${TLS_ENV.ca}; plaintext when no --tls-* is set)`,
        `  --tls-cert FILE            TLS: client certificate for mutual TLS (default: $${TLS_ENV.cert})`,
        `  --tls-key FILE             TLS: its private key (default: $${TLS_ENV.key})`,
        '  -h, --help                 show this help; `troupe help <command>` for one command',
        '  -V, --version              print the version of troupe',
        '',
    ].join('\n');
}
/**
 * Runs {@link main} as the process: Ctrl-C aborts in-flight calls (a second Ctrl-C
 * exits at once) and the exit code goes to `process.exitCode`. `io` lets the caller
 * wire interceptors (tracing) and a trace-id hook.
 */
export async function runAsProcess(argv = process.argv.slice(2), io = {}) {
    const controller = new AbortController();
    const onSigint = () => {
        if (controller.signal.aborted)
            process.exit(ExitCode.INTERRUPTED);
        controller.abort(new Error('interrupted by the user'));
    };
    process.on('SIGINT', onSigint);
    const traced = tracedCommands(process.env);
    try {
        process.exitCode = await main(argv, { ...traced, ...io, signal: controller.signal });
    }
    finally {
        process.off('SIGINT', onSigint);
    }
}
/** True when this module is the script node was started with (following symlinks). */
function isEntryPoint(moduleUrl) {
    const script = process.argv[1];
    if (!script)
        return false;
    try {
        return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
    }
    catch {
        return false;
    }
}
if (isEntryPoint(import.meta.url))
    await runAsProcess();
//# sourceMappingURL=main.js.map