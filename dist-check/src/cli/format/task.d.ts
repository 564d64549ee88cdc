import type { StreamTaskEvent } from '../../sdk/client/index.js';
type ChunkEvent = Extract<StreamTaskEvent, {
    type: 'chunk';
}>;
type ProgressEvent = Extract<StreamTaskEvent, {
    type: 'progress';
}>;
/** The media kind of a content type for people: "audio/L16;rate=…" → "audio"; "" → "bytes". */
export declare function mediaKind(contentType: string): string;
/** `chunk #3  3200 B  audio/L16  72.6 ms`; the duration is left out when the chunk has none. */
export declare function formatChunkLine(chunk: Pick<ChunkEvent, 'sequence' | 'data' | 'contentType' | 'durationMs'>): string;
/** `progress  42%  synthesising sentence 2`; an unknown fraction shows as `  ?%`. */
export declare function formatProgressLine(progress: ProgressEvent): string;
/** `task <id> on <instance> · trace <traceId>`; the trace part only when known. */
export declare function formatTaskFooter(taskId: string, instanceId: string, traceId: string | undefined): string;
/** A JSON-safe view of a stream event for `--json`: bytes as base64 (or only their count). */
export declare function streamEventToJson(event: StreamTaskEvent, includeData: boolean): Record<string, unknown>;
export {};
