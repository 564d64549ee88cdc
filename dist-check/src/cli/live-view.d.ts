import type { Output } from './context.js';
/** An output that may be a terminal (process.stdout/stderr are). */
export type MaybeTty = Output & {
    isTTY?: boolean;
    columns?: number;
};
/** True when `out` is an interactive terminal that understands ANSI cursor movement. */
export declare function isInteractive(out: Output, env: Readonly<Record<string, string | undefined>>): boolean;
/** Width of the terminal behind `out`, or `fallback`. */
export declare function terminalWidth(out: Output, fallback?: number): number;
/** Moves the cursor up `n` lines to column 1. */
export declare const cursorUp: (n: number) => string;
/** Clears from the cursor to the end of the screen. */
export declare const CLEAR_DOWN = "\u001B[J";
export declare const HIDE_CURSOR = "\u001B[?25l";
export declare const SHOW_CURSOR = "\u001B[?25h";
/**
 * A block of lines redrawn in place on a terminal: each {@link LiveView.draw}
 * moves the cursor back to the top of the previous block, clears it and writes the
 * new one. Lines must not be wider than the terminal (a wrapped line would throw the
 * count off); callers cut them to {@link terminalWidth}.
 */
export declare class LiveView {
    #private;
    private readonly out;
    constructor(out: Output);
    /** Replaces the block with `lines`. */
    draw(lines: readonly string[]): void;
    /** Draws `lines` a last time (when given) and shows the cursor again; later draws are ignored. */
    end(lines?: readonly string[]): void;
}
