import type { Output } from '../context.js';
/**
 * A one-line progress bar on a terminal (redrawn in place), or plain periodic
 * lines when the output is not a TTY (CI logs).
 */
export declare class ProgressLine {
    #private;
    private readonly out;
    private readonly width;
    constructor(out: Output & {
        isTTY?: boolean;
    }, width?: number);
    /** Shows `fraction` (0–1, or negative when unknown) and a label such as "12.3 s of audio". */
    update(fraction: number, label: string): void;
    /** Ends the line. */
    done(label: string): void;
}
