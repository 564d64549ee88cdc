import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type ESpeakNgFactory from 'espeak-ng';
import type { ESpeakNgModule } from 'espeak-ng';

/** How to speak: an eSpeak NG voice, words per minute and pitch. */
export interface SpeechOptions {
  /** eSpeak NG voice, optionally with a variant: `en-us`, `de`, `en-gb-x-rp`, `en-us+f3`. */
  voice: string;
  /** Words per minute, 80–450. */
  speed: number;
  /** Base pitch, 0–99. */
  pitch: number;
}

/** One started eSpeak NG program that can synthesise once. */
export interface EspeakInstance {
  /** Synthesises `text` (synchronously, on this thread) and returns the WAV file eSpeak NG wrote. */
  speak(text: string, options: SpeechOptions): Buffer;
}

/** eSpeak NG exited with a non-zero status; `stderr` holds what it printed. */
export class EspeakExitError extends Error {
  override readonly name = 'EspeakExitError';
  constructor(
    readonly status: number,
    readonly stderr: string,
  ) {
    super(`eSpeak NG exited with status ${status}${stderr ? `: ${stderr}` : ''}`);
  }
}

/** The parts of the WebAssembly API we use (`@types/node` 20 does not declare it). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<{ exports: object }>;
}
interface WasmExports {
  malloc(bytes: number): number;
}
interface Runtime {
  factory: typeof ESpeakNgFactory;
  wasm: object;
}

const INPUT = '/troupe-input.txt';
const OUTPUT = '/troupe-output.wav';
let runtime: Promise<Runtime> | undefined;

/** Imports the package and compiles its 18 MB WASM once per process; instances share the compiled module. */
function loadRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('espeak-ng');
    const [mod, bytes] = await Promise.all([import('espeak-ng'), readFile(join(dirname(entry), 'espeak-ng.wasm'))]);
    const api = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
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
export async function createEspeakInstance(): Promise<EspeakInstance> {
  const { factory, wasm } = await loadRuntime();
  const api = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const stderr: string[] = [];
  let exports: WasmExports | undefined;
  const module = await new Promise<ESpeakNgModule>((resolve, reject) => {
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
          exports = instance.exports as WasmExports;
          // `receive` unpacks the embedded voice data synchronously; this (ASSERTIONS) build
          // makes an ErrnoError with a full stack trace for every directory that already
          // exists, half of the start-up time. No stacks for that synchronous stretch.
          const limit = Error.stackTraceLimit;
          Error.stackTraceLimit = 0;
          try {
            receive(instance, wasm);
          } finally {
            Error.stackTraceLimit = limit;
          }
        }, reject);
        return {};
      },
    }).then(resolve, reject);
  });
  if (!exports) throw new Error('eSpeak NG started without its WASM exports');
  return new OneShotInstance(module, exports, stderr);
}

class OneShotInstance implements EspeakInstance {
  #module: ESpeakNgModule | undefined;
  #exports: WasmExports | undefined;
  readonly #stderr: string[];

  constructor(module: ESpeakNgModule, exports: WasmExports, stderr: string[]) {
    this.#module = module;
    this.#exports = exports;
    this.#stderr = stderr;
  }

  speak(text: string, options: SpeechOptions): Buffer {
    const module = this.#module;
    const exports = this.#exports;
    if (!module || !exports) throw new Error('this eSpeak NG instance has already synthesised; take a fresh one');
    // Drop the module afterwards, whatever happens, so its ~20 MB heap can be collected.
    this.#module = undefined;
    this.#exports = undefined;
    // Text goes through a file, never argv: it cannot be mistaken for an option.
    module.FS.writeFile(INPUT, text);
    const args = ['-v', options.voice, '-s', String(options.speed), '-p', String(options.pitch), '-b', '1', '-w', OUTPUT, '-f', INPUT];
    const status = runMain(module, exports, args);
    if (status !== 0) throw new EspeakExitError(status, this.#stderr.join('\n').trim());
    const wav = module.FS.readFile(OUTPUT);
    return Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength);
  }
}

/** Calls the program's `main` with C strings allocated in its heap; returns the exit status. */
function runMain(module: ESpeakNgModule, exports: WasmExports, args: string[]): number {
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
  } catch (err) {
    // exit(n) unwinds by throwing Emscripten's ExitStatus.
    if (typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'ExitStatus') {
      return Number((err as { status?: unknown }).status ?? 1);
    }
    throw err;
  }
}
