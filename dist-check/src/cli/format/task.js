import { mediaType } from './run-common.js';
/** The media kind of a content type for people: "audio/L16;rate=…" → "audio"; "" → "bytes". */
export function mediaKind(contentType) {
    const type = contentType.split(/[/;]/)[0]?.trim().toLowerCase();
    return type ? type : 'bytes';
}
/** `chunk #3  3200 B  audio/L16  72.6 ms`; the duration is left out when the chunk has none. */
export function formatChunkLine(chunk) {
    const duration = chunk.durationMs > 0 ? `  ${chunk.durationMs.toFixed(1)} ms` : '';
    return `chunk #${chunk.sequence}  ${chunk.data.length} B  ${mediaType(chunk.contentType)}${duration}\n`;
}
/** `progress  42%  synthesising sentence 2`; an unknown fraction shows as `  ?%`. */
export function formatProgressLine(progress) {
    const pct = progress.fraction < 0 ? '  ?%' : `${Math.round(Math.min(1, progress.fraction) * 100)}%`.padStart(4);
    return `progress ${pct}  ${progress.message}`.trimEnd() + '\n';
}
/** `task <id> on <instance> · trace <traceId>`; the trace part only when known. */
export function formatTaskFooter(taskId, instanceId, traceId) {
    return `task ${taskId} on ${instanceId}${traceId ? ` · trace ${traceId}` : ''}\n`;
}
/** A JSON-safe view of a stream event for `--json`: bytes as base64 (or only their count). */
export function streamEventToJson(event, includeData) {
    if (event.type !== 'chunk' && event.type !== 'result')
        return { ...event };
    const { data, ...rest } = event;
    return { ...rest, bytes: data.length, ...(includeData && data.length > 0 ? { data: data.toString('base64') } : {}) };
}
//# sourceMappingURL=task.js.map