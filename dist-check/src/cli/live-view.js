/** True when `out` is an interactive terminal that understands ANSI cursor movement. */
export function isInteractive(out, env) {
    return out.isTTY === true && env['TERM'] !== 'dumb';
}
/** Width of the terminal behind `out`, or `fallback`. */
export function terminalWidth(out, fallback = 120) {
    const columns = out.columns;
    return typeof columns === 'number' && columns > 0 ? columns : fallback;
}
const ESC = '\x1b[';
/** Moves the cursor up `n` lines to column 1. */
export const cursorUp = (n) => (n > 0 ? `${ESC}${n}A\r` : '\r');
/** Clears from the cursor to the end of the screen. */
export const CLEAR_DOWN = `${ESC}J`;
export const HIDE_CURSOR = `${ESC}?25l`;
export const SHOW_CURSOR = `${ESC}?25h`;
/**
 * A block of lines redrawn in place on a terminal: each {@link LiveView.draw}
 * moves the cursor back to the top of the previous block, clears it and writes the
 * new one. Lines must not be wider than the terminal (a wrapped line would throw the
 * count off); callers cut them to {@link terminalWidth}.
 */
export class LiveView {
    out;
    #lines = 0;
    #started = false;
    #ended = false;
    constructor(out) {
        this.out = out;
    }
    /** Replaces the block with `lines`. */
    draw(lines) {
        if (this.#ended)
            return;
        let text = this.#started ? `${cursorUp(this.#lines)}${CLEAR_DOWN}` : HIDE_CURSOR;
        this.#started = true;
        text += lines.map((l) => `${l}\n`).join('');
        this.#lines = lines.length;
        this.out.write(text);
    }
    /** Draws `lines` a last time (when given) and shows the cursor again; later draws are ignored. */
    end(lines) {
        if (this.#ended)
            return;
        if (lines)
            this.draw(lines);
        this.#ended = true;
        if (this.#started)
            this.out.write(SHOW_CURSOR);
    }
}
//# sourceMappingURL=live-view.js.map