import { EventEmitter } from 'node:events';
import type { StreamTaskRequest__Output } from '../../src/gen/troupe/v1/StreamTaskRequest.js';
import type { SubmitTaskRequest__Output } from '../../src/gen/troupe/v1/SubmitTaskRequest.js';
/** Content type of the fake's audio chunks. */
export declare const FAKE_AUDIO_TYPE = "audio/L16;rate=16000;channels=1";
/** Trace id sent in the fake's `started` events. */
export declare const FAKE_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
/** The three chunks `tts.synthesize` streams: 3200 B each, 100 ms at 16 kHz mono. */
export declare function fakeChunkBytes(sequence: number): Buffer;
/**
 * Events on `events`: 'started' (capability, or 'watch') when a handler that never
 * finishes (slow.unary, slow.stream, WatchAgents) has sent what it will send, and
 * 'cancelled' (method name) when the server sees such a call cancelled.
 */
export interface FakeOrchestrator {
    readonly address: string;
    readonly events: EventEmitter;
    readonly submitted: SubmitTaskRequest__Output[];
    readonly streamed: StreamTaskRequest__Output[];
    close(): Promise<void>;
}
/** Starts the fake on 127.0.0.1:0. */
export declare function startFakeOrchestrator(): Promise<FakeOrchestrator>;
