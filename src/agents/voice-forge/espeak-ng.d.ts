/**
 * Types for the `espeak-ng` npm package (v1.0.x): the eSpeak NG command-line program
 * compiled by Emscripten (MODULARIZE, ES6, embedded voice data). Only what
 * voice-forge uses is declared; WebAssembly objects are left opaque because
 * `@types/node` 20 does not declare the WebAssembly namespace.
 */
declare module 'espeak-ng' {
  /** The slice of Emscripten's in-memory file system we touch. */
  export interface EmscriptenFs {
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string): Uint8Array;
  }

  /** A started module. */
  export interface ESpeakNgModule {
    FS: EmscriptenFs;
    /** The WASM heap, byte view. */
    HEAPU8: Uint8Array;
    /** The program's `main(argc, argv)`; `argv` points to C strings in the heap. Throws `ExitStatus` on `exit(n)`. */
    _main(argc: number, argv: number): number;
  }

  /** Emscripten `Module` overrides. */
  export interface ESpeakNgOptions {
    /** Command-line arguments, used when main runs at start-up. */
    arguments?: string[];
    /** Start the runtime without running main. */
    noInitialRun?: boolean;
    /** stdout, one line per call. @default console.log */
    print?: (line: string) => void;
    /** stderr, one line per call. @default console.error */
    printErr?: (line: string) => void;
    /** Called on exit(status); the default sets `process.exitCode`. */
    quit?: (status: number, toThrow: unknown) => void;
    /** Instantiates the WASM module yourself; call `receive` with the instance and module, return `{}`. */
    instantiateWasm?: (imports: object, receive: (instance: object, module: object) => void) => object;
  }

  const ESpeakNg: (options?: ESpeakNgOptions) => Promise<ESpeakNgModule>;
  export default ESpeakNg;
}
