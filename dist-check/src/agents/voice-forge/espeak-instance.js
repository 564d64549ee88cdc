import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
/** eSpeak NG exited with a non-zero status; `stderr` holds what it printed. */
export class EspeakExitError extends Error {
    status;
    stderr;
    name = 'EspeakExitError';
    constructor(status, stderr) {
        super(`eSpeak NG exited with status ${status}${stderr ? `: ${stderr}` : ''}`);
        this.status = status;
        this.stderr = stderr;
    }
}
const INPUT = '/troupe-input.txt';
const OUTPUT = '/troupe-output.wav';
let runtime;
/** Imports the package and compiles its 18 MB WASM once per process; instances share the compiled module. */
function loadRuntime() {
    runtime ??= (async () => {
        const entry = createRequire(import.meta.url).resolve('espeak-ng');
        const [mod, bytes] = await Promise.all([import('espeak-ng'), readFile(join(dirname(entry), 'espeak-ng.wasm'))]);
        const api = globalThis.WebAssembly;
        return { factory: mod.default, wasm: await api.compile(bytes) };
    })();
    runtime.catch(() => (runtime = undefined)); // let a later call retry
    return runtime;
}
/**
 * Starts one eSpeak NG WASM module without running its `main` (~130 ms: instantiation
 * plus unpacking the embedded voice data), ready for one {@link EspeakInstance.speak}.
 * The program's `main` keeps static state (its option parser's index among others), so
 * a second run silently produces nothing: each instance synthesises exactly once.
 */
export async function createEspeakInstance() {
    const { factory, wasm } = await loadRuntime();
    const api = globalThis.WebAssembly;
    const stderr = [];
    let exports;
    const module = await new Promise((resolve, reject) => {
        factory({
            noInitialRun: true,
            print: () => undefined,
            printErr: (line) => void stderr.push(line),
            // The default quit handler sets process.exitCode: never let the synthesiser touch our process.
            quit: (_status, toThrow) => {
                throw toThrow;
            },
            instantiateWasm: (imports, receive) => {
                api.instantiate(wasm, imports).then((instance) => {
                    exports = instance.exports;
                    // `receive` unpacks the embedded voice data synchronously; this (ASSERTIONS) build
                    // makes an ErrnoError with a full stack trace for every directory that already
                    // exists, half of the start-up time. No stacks for that synchronous stretch.
                    const limit = Error.stackTraceLimit;
                    Error.stackTraceLimit = 0;
                    try {
                        receive(instance, wasm);
                    }
                    finally {
                        Error.stackTraceLimit = limit;
                    }
                }, reject);
                return {};
            },
        }).then(resolve, reject);
    });
    if (!exports)
        throw new Error('eSpeak NG started without its WASM exports');
    return new OneShotInstance(module, exports, stderr);
}
class OneShotInstance {
    #module;
    #exports;
    #stderr;
    constructor(module, exports, stderr) {
        this.#module = module;
        this.#exports = exports;
        this.#stderr = stderr;
    }
    speak(text, options) {
        const module = this.#module;
        const exports = this.#exports;
        if (!module || !exports)
            throw new Error('this eSpeak NG instance has already synthesised; take a fresh one');
        // Drop the module afterwards, whatever happens, so its ~20 MB heap can be collected.
        this.#module = undefined;
        this.#exports = undefined;
        // Text goes through a file, never argv: it cannot be mistaken for an option.
        module.FS.writeFile(INPUT, text);
        const args = ['-v', options.voice, '-s', String(options.speed), '-p', String(options.pitch), '-b', '1', '-w', OUTPUT, '-f', INPUT];
        const status = runMain(module, exports, args);
        if (status !== 0)
            throw new EspeakExitError(status, this.#stderr.join('\n').trim());
        const wav = module.FS.readFile(OUTPUT);
        return Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength);
    }
}
/** Calls the program's `main` with C strings allocated in its heap; returns the exit status. */
function runMain(module, exports, args) {
    const argv = ['espeak-ng', ...args].map((arg) => Buffer.from(`${arg}\0`, 'utf8'));
    const pointers = argv.map((bytes) => {
        const at = exports.malloc(bytes.length);
        module.HEAPU8.set(bytes, at); // read HEAPU8 after malloc: the heap view is replaced if memory grows
        return at;
    });
    const table = exports.malloc(4 * (pointers.length + 1));
    const view = new DataView(module.HEAPU8.buffer);
    pointers.forEach((at, i) => view.setUint32(table + 4 * i, at, true));
    view.setUint32(table + 4 * pointers.length, 0, true);
    try {
        return module._main(argv.length, table);
    }
    catch (err) {
        // exit(n) unwinds by throwing Emscripten's ExitStatus.
        if (typeof err === 'object' && err !== null && err.name === 'ExitStatus') {
            return Number(err.status ?? 1);
        }
        throw err;
    }
}
//# sourceMappingURL=espeak-instance.js.map