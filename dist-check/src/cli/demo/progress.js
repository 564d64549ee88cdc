/**
 * A one-line progress bar on a terminal (redrawn in place), or plain periodic
 * lines when the output is not a TTY (CI logs).
 */
export class ProgressLine {
    out;
    width;
    #lastPlain = -1;
    constructor(out, width = 30) {
        this.out = out;
        this.width = width;
    }
    /** Shows `fraction` (0–1, or negative when unknown) and a label such as "12.3 s of audio". */
    update(fraction, label) {
        if (this.out.isTTY) {
            const filled = fraction < 0 ? 0 : Math.round(Math.min(1, fraction) * this.width);
            this.out.write(`\r  [${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}] ${fraction < 0 ? '  ?' : String(Math.round(fraction * 100)).padStart(3)}%  ${label}   `);
            return;
        }
        const step = Math.floor(Math.min(0.99, Math.max(0, fraction)) * 4);
        if (step > this.#lastPlain) {
            this.#lastPlain = step;
            this.out.write(`  ${Math.round(Math.max(0, fraction) * 100)}%  ${label}\n`);
        }
    }
    /** Ends the line. */
    done(label) {
        if (this.out.isTTY)
            this.out.write('\r');
        this.out.write(`  [${'#'.repeat(this.width)}] 100%  ${label}\n`);
    }
}
//# sourceMappingURL=progress.js.map