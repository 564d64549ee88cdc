/** Counts the chunk events (`rpc.message` with `troupe.chunk.sequence`) of a span. */
export function chunkCounts(span) {
    const counts = { sent: 0, received: 0, unrecorded: Number(span.attributes['troupe.rpc.message_events_dropped'] ?? 0) };
    for (const e of span.events) {
        if (e.name !== 'rpc.message' || e.attributes['troupe.chunk.sequence'] === undefined)
            continue;
        if (e.attributes['rpc.message.type'] === 'RECEIVED')
            counts.received++;
        else
            counts.sent++;
    }
    return counts;
}
/** Builds the parent/child tree of one trace's spans. */
export function spanTree(spans) {
    const ids = new Set(spans.map((s) => s.spanId));
    const byStart = [...spans].sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
    const children = new Map();
    const roots = [];
    const orphans = [];
    for (const span of byStart) {
        if (span.parentSpanId === '' || !ids.has(span.parentSpanId)) {
            roots.push(span);
            if (span.parentSpanId !== '')
                orphans.push(span);
            continue;
        }
        const siblings = children.get(span.parentSpanId) ?? [];
        siblings.push(span);
        children.set(span.parentSpanId, siblings);
    }
    return { roots, children, orphans };
}
/** `1.23 s`, `45.6 ms`, `789 µs`. */
export function formatDuration(ns) {
    const ms = Number(ns) / 1e6;
    if (ms >= 1000)
        return `${(ms / 1000).toFixed(2)} s`;
    if (ms >= 1)
        return `${ms.toFixed(1)} ms`;
    return `${Math.round(ms * 1000)} µs`;
}
const RED = '\x1b[31m';
const BOLD_RED = '\x1b[1;31m';
const RESET = '\x1b[0m';
/**
 * The trace as a terminal waterfall: one line per span, indented by depth, with
 * its service, a bar placed on the trace's time line, its duration, its chunk
 * counts (↑ sent, ↓ received) and its status; ERROR spans are marked `✗` with their
 * message (red with `color`). A header sums the trace up: spans, services, duration,
 * errors and spans whose parent is missing.
 *
 * @example
 * troupe-cli          troupe run                       [██████████████████████████████] 6.12 s
 *   troupe-cli        OrchestratorService/WatchRun     [  ████████████████████████████] 5.80 s  ↓412 chunks
 */
export function formatWaterfall(spans, options = {}) {
    const barWidth = options.barWidth ?? 30;
    if (spans.length === 0)
        return 'no spans\n';
    const tree = spanTree(spans);
    const start = spans.reduce((m, s) => (s.startNs < m ? s.startNs : m), spans[0].startNs);
    const end = spans.reduce((m, s) => (s.endNs > m ? s.endNs : m), spans[0].endNs);
    const total = end > start ? end - start : 1n;
    const services = new Set(spans.map((s) => s.service));
    const errors = spans.filter((s) => s.status.code === 'ERROR').length;
    const rows = [];
    const walk = (span, depth) => {
        rows.push({ span, depth });
        for (const child of tree.children.get(span.spanId) ?? [])
            walk(child, depth + 1);
    };
    for (const root of tree.roots)
        walk(root, 0);
    const serviceWidth = Math.min(40, Math.max(...rows.map((r) => r.depth * 2 + r.span.service.length)));
    const nameWidth = Math.min(48, Math.max(...rows.map((r) => shortName(r.span.name).length)));
    const lines = [
        `trace ${spans[0].traceId}: ${spans.length} spans, ${services.size} services, ${formatDuration(end - start)}` +
            `${errors > 0 ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''}${tree.orphans.length > 0 ? `, ${tree.orphans.length} without their parent` : ''}`,
    ];
    for (const { span, depth } of rows) {
        const service = clip(`${'  '.repeat(depth)}${span.service}`, serviceWidth).padEnd(serviceWidth);
        const name = clip(shortName(span.name), nameWidth).padEnd(nameWidth);
        const line = `${service}  ${name}  [${bar(span, start, total, barWidth)}] ${formatDuration(span.endNs - span.startNs).padStart(9)}${annotations(span)}`;
        lines.push(span.status.code === 'ERROR' && options.color ? `${BOLD_RED}${line}${RESET}` : line);
    }
    if (tree.orphans.length > 0)
        lines.push(`${options.color ? RED : ''}missing parents: ${tree.orphans.map((s) => `${s.service} ${s.name} (parent ${s.parentSpanId})`).join('; ')}${options.color ? RESET : ''}`);
    return `${lines.join('\n')}\n`;
}
/** Chunk counts and status after the duration. */
function annotations(span) {
    const parts = [];
    const chunks = chunkCounts(span);
    if (chunks.sent > 0)
        parts.push(`↑${chunks.sent} chunks`);
    if (chunks.received > 0)
        parts.push(`↓${chunks.received} chunks`);
    if (chunks.unrecorded > 0)
        parts.push(`+${chunks.unrecorded} messages not recorded`);
    if (span.status.code === 'ERROR')
        parts.push(`✗ ERROR${span.status.message ? `: ${span.status.message}` : ''}`);
    return parts.length > 0 ? `  ${parts.join('  ')}` : '';
}
/** The duration bar: spaces before the span starts, blocks while it runs (at least one). */
function bar(span, start, total, width) {
    const at = (ns) => Math.round((Number(ns - start) / Number(total)) * width);
    const from = Math.min(width - 1, Math.max(0, at(span.startNs)));
    const to = Math.max(from + 1, Math.min(width, at(span.endNs)));
    return ' '.repeat(from) + '█'.repeat(to - from) + ' '.repeat(width - to);
}
/** `troupe.v1.OrchestratorService/WatchRun` → `OrchestratorService/WatchRun`. */
function shortName(name) {
    return name.replace(/^troupe\.v1\./, '');
}
function clip(s, width) {
    return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}
//# sourceMappingURL=waterfall.js.map