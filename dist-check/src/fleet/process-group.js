/**
 * The processes of one fleet agent: started as child processes (each in its own process
 * group, so a stop reaches whatever it started), their output logged line by line with
 * the agent's name, stopped with SIGTERM then SIGKILL after the grace.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
/** Longest output line logged as it is. */
const MAX_LINE_CHARS = 4096;
/**
 * Starts and stops one agent's processes. `scaleTo(n)` starts the missing ones and stops
 * the newest extra ones; exits are reported to the listener, `expected` when asked for.
 */
export class ProcessGroup {
    spec;
    launch;
    logger;
    #instances = new Map();
    #listener;
    #seq = 0;
    constructor(spec, launch, logger) {
        this.spec = spec;
        this.launch = launch;
        this.logger = logger;
    }
    /** Sets the one listener (the machine's `instances` actor); undefined stops reporting. */
    listen(listener) {
        this.#listener = listener;
    }
    /** Instances running (including those being stopped). */
    live() {
        return [...this.#instances.values()].map((i) => ({ id: i.id, pid: i.child.pid ?? 0, startedAt: i.startedAt, stopping: i.stopping }));
    }
    /** Starts or stops processes until `desired` run (those being stopped do not count). */
    scaleTo(desired) {
        const active = [...this.#instances.values()].filter((i) => !i.stopping);
        for (let n = active.length; n < desired; n++)
            this.#start();
        for (const extra of active.slice(desired).reverse())
            void this.#stop(extra);
    }
    /** Stops every process (SIGTERM, SIGKILL after the grace) and resolves once all exited. */
    async stopAll() {
        await Promise.all([...this.#instances.values()].map((i) => this.#stop(i)));
    }
    #start() {
        const id = `${this.spec.name}-${++this.#seq}-${randomBytes(3).toString('hex')}`;
        const { argv, env } = this.launch(this.spec, id);
        const [command, ...args] = argv;
        const log = this.logger.child({ agent: this.spec.name, instance: id });
        const child = spawn(command ?? '', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        let settle;
        const instance = { id, child, startedAt: Date.now(), stopping: false, exited: new Promise((r) => (settle = r)) };
        this.#instances.set(id, instance);
        for (const [stream, input] of [['stdout', child.stdout], ['stderr', child.stderr]]) {
            createInterface({ input, crlfDelay: Infinity }).on('line', (line) => log.info({ stream, line: line.slice(0, MAX_LINE_CHARS) }, 'agent output'));
        }
        let ended = false;
        const end = (code, signal, error) => {
            if (ended)
                return;
            ended = true;
            this.#instances.delete(id);
            settle();
            log.info({ code, signal, expected: instance.stopping, error }, 'agent process exited');
            this.#listener?.({ type: 'exited', id, code, signal, expected: instance.stopping, ...(error ? { error } : {}) });
        };
        child.once('exit', (code, signal) => end(code, signal));
        child.once('error', (err) => {
            // A spawn that failed (ENOENT, EACCES) has no pid and may never emit 'exit'.
            if (child.pid === undefined)
                end(null, null, `could not start ${JSON.stringify(command)}: ${err.message}`);
        });
        if (child.pid !== undefined) {
            log.info({ pid: child.pid, argv }, 'agent process started');
            this.#listener?.({ type: 'started', id, pid: child.pid });
        }
    }
    #stop(instance) {
        if (!instance.stopping) {
            instance.stopping = true;
            signalGroup(instance.child, 'SIGTERM');
            const timer = setTimeout(() => signalGroup(instance.child, 'SIGKILL'), this.spec.stopGraceMs);
            timer.unref();
            void instance.exited.then(() => clearTimeout(timer));
        }
        return instance.exited;
    }
}
/** Signals the child's whole process group (it was started detached, as a group leader). */
function signalGroup(child, signal) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        return;
    try {
        process.kill(-child.pid, signal);
    }
    catch {
        child.kill(signal);
    }
}
//# sourceMappingURL=process-group.js.map