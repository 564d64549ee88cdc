/** Formatting for the console's tables, pure (unit-tested in test/unit/console-format.test.ts). */
/** `AGENT_STATE_ACTIVE` → `active`, `BREAKER_STATE_HALF_OPEN` → `half open`; other text as it is. */
export function enumName(value) {
    if (!value)
        return '';
    const m = /^(?:AGENT_STATE|BREAKER_STATE)_(.+)$/.exec(value);
    return m?.[1] ? m[1].toLowerCase().replace(/_/g, ' ') : value;
}
/** A duration for people: `850 ms`, `12.3 s`, `4 min 05 s`, `2 h 03 min`. */
export function duration(ms) {
    if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const s = Math.round(ms / 1000);
    if (s < 3600)
        return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
    return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
/** How long ago `at` (epoch ms) was, from `now`: `just now`, `5 s ago`, `3 min ago`, `2 h ago`, `4 d ago`. */
export function ago(at, now) {
    const t = typeof at === 'string' ? (/^\d+$/.test(at) ? Number(at) : Date.parse(at)) : at;
    if (t === null || t === undefined || !Number.isFinite(t) || t <= 0)
        return '—';
    const s = Math.max(0, Math.round((now - t) / 1000));
    if (s < 2)
        return 'just now';
    if (s < 60)
        return `${s} s ago`;
    if (s < 3600)
        return `${Math.floor(s / 60)} min ago`;
    if (s < 86_400)
        return `${Math.floor(s / 3600)} h ago`;
    return `${Math.floor(s / 86_400)} d ago`;
}
/** A 0…1 ratio as a percentage: `97.5 %`; `—` when unknown. */
export function percent(ratio) {
    if (ratio === null || ratio === undefined || !Number.isFinite(ratio))
        return '—';
    return `${(Math.round(ratio * 1000) / 10).toFixed(1)} %`;
}
/** Epoch ms as an ISO-like local time `2026-12-05 21:47:17`. */
export function clock(at) {
    const t = typeof at === 'string' ? (/^\d+$/.test(at) ? Number(at) : Date.parse(at)) : at;
    if (t === null || t === undefined || !Number.isFinite(t) || t <= 0)
        return '—';
    const d = new Date(t);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
/** A `datetime-local` input's value (or epoch ms in digits, as links carry it) as epoch ms; undefined when empty or not a time. */
export function localInputToMs(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value);
    const t = new Date(value).getTime();
    return Number.isFinite(t) ? t : undefined;
}
/** Epoch ms as a `datetime-local` input's value in local time, to the millisecond: `2026-12-05T21:47:17.250`. */
export function msToLocalInput(ms) {
    const d = new Date(ms);
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}
/** A time filter as its input shows it: epoch ms (from a link) in local time, an input's own value as it is. */
export function inputValue(value) {
    return /^\d+$/.test(value) ? msToLocalInput(Number(value)) : value;
}
/** JSON for a `<pre>`, cut at `max` characters so a huge output cannot freeze the page. */
export function preview(value, max = 20_000) {
    let text;
    try {
        text = value === undefined ? 'undefined' : JSON.stringify(value, null, 2);
    }
    catch {
        text = String(value);
    }
    return text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
}
//# sourceMappingURL=format.js.map