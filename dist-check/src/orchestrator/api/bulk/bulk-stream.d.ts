import * as grpc from '@grpc/grpc-js';
import type { ServedCall } from '../../../sdk/grpc/serve.js';
import { type ApiDeps } from '../deps.js';
/** The full path of OrchestratorService.SubmitTasks. */
export declare const SUBMIT_TASKS_PATH = "/troupe.v1.OrchestratorService/SubmitTasks";
/** Response header telling the client how many tasks the stream reads ahead of their responses. */
export declare const MAX_IN_FLIGHT_HEADER = "troupe-bulk-max-in-flight";
type Call = grpc.ServerDuplexStream<Buffer, Buffer>;
/**
 * One SubmitTasks stream: reads submits and cancels (raw bytes, decoded here so one bad message
 * is answered rather than ending the stream), runs each task exactly as SubmitTask does, writes
 * each response as its task ends, and keeps the stream's flow control ({@link BulkWindow}).
 * `run()` resolves when the client has ended its side and every task answered; it rejects
 * UNAVAILABLE when the orchestrator stops first.
 */
export declare class BulkStream {
    #private;
    private readonly deps;
    private readonly call;
    private readonly served;
    constructor(deps: ApiDeps, call: Call, served: Pick<ServedCall, 'span' | 'traceContext'> & Partial<Pick<ServedCall, 'principal'>>);
    run(): Promise<void>;
}
export {};
