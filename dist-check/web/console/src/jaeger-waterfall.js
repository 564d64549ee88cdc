/** Deeper spans are drawn at this depth (the label still says what they are). */
export const MAX_DEPTH = 12;
/** Who did the work, for the bar's detail: the agent (agent spans), else the task's capability or the run's step. */
function detailOf(s) {
    const a = s.attributes ?? {};
    const named = [a['troupe.agent.name'], a['troupe.step.id'], a['troupe.capability']].find((v) => typeof v === 'string' && v !== '');
    return named ? `${s.service} · ${named}` : s.service;
}
export function traceWaterfall(trace) {
    const spans = trace.spans;
    if (spans.length === 0)
        return { bars: [], totalMs: 0 };
    const origin = Math.min(...spans.map((s) => s.startUs));
    const ids = new Set(spans.map((s) => s.spanId));
    const children = new Map();
    const roots = [];
    for (const s of spans) {
        // A span whose parent is missing (not exported, or cut by the span limit) is drawn as a root.
        if (s.parentSpanId && s.parentSpanId !== s.spanId && ids.has(s.parentSpanId)) {
            const list = children.get(s.parentSpanId) ?? [];
            list.push(s);
            children.set(s.parentSpanId, list);
        }
        else {
            roots.push(s);
        }
    }
    const byStart = (a, b) => a.startUs - b.startUs;
    const bars = [];
    const seen = new Set();
    // Iterative depth-first walk: a deep or cyclic parent chain cannot overflow the stack or loop.
    const visit = (start) => {
        const stack = [[start, 0]];
        for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
            const [s, depth] = top;
            if (seen.has(s.spanId))
                continue;
            seen.add(s.spanId);
            bars.push({
                label: s.name,
                kind: 'span',
                status: s.status,
                startMs: Math.max(0, (s.startUs - origin) / 1000),
                durationMs: Math.max(0, s.durationUs / 1000),
                detail: detailOf(s),
                depth: Math.min(depth, MAX_DEPTH),
            });
            const kids = [...(children.get(s.spanId) ?? [])].sort(byStart).reverse();
            for (const k of kids)
                stack.push([k, depth + 1]);
        }
    };
    for (const r of [...roots].sort(byStart))
        visit(r);
    // Spans only reachable through a cycle of parents (a broken trace) are drawn last, as roots.
    for (const s of [...spans].sort(byStart))
        visit(s);
    const totalMs = Math.max(1, ...bars.map((b) => b.startMs + b.durationMs));
    return { bars, totalMs };
}
//# sourceMappingURL=jaeger-waterfall.js.map