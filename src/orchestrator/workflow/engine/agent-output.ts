import { trace } from '@opentelemetry/api';
import type { ExecuteStreamResponse__Output } from '../../../gen/troupe/v1/ExecuteStreamResponse.js';
import type { TaskSpec } from '../../../gen/troupe/v1/TaskSpec.js';
import { fromGrpcError, Status } from '../../../sdk/errors.js';
import { loadProtos } from '../../../sdk/grpc/load-protos.js';
import { ATTR } from '../../../sdk/telemetry/index.js';
import { DEFAULT_MAX_PAYLOAD_BYTES, PayloadTooLargeError } from '../../../sdk/grpc/payload-limits.js';
import { fromValue, type Json } from '../../../sdk/grpc/struct.js';
import type { DispatchCall } from '../../dispatch/dispatcher.js';
import type { StepDispatcher } from './run-admission.js';
import { streamTraits } from '../../dispatch/stream-resume.js';
import type { RunEventLog } from './run-event-log.js';
import type { StreamCursor } from './stream-cursor.js';
import { capabilityName } from '../../versions/capability-ref.js';

const service = (): ReturnType<typeof loadProtos>['agent']['troupe']['v1']['AgentService']['service'] => loadProtos().agent.troupe.v1.AgentService.service;

/**
 * The JSON output of a raw ExecuteResponse and the warnings the agent attached to its result
 * (`TaskResult.warnings`, e.g. a page served from a cache); RESOURCE_EXHAUSTED (not retried
 * elsewhere as is) when it is over `limit` bytes.
 */
export function decodeResult(raw: Buffer, limit = DEFAULT_MAX_PAYLOAD_BYTES): { output: Json; warnings: string[] } {
  if (raw.length > limit) throw new PayloadTooLargeError('the agent\'s result', raw.length, limit, 'TROUPE_MAX_PAYLOAD_BYTES / maxPayloadBytes');
  const result = service().Execute.responseDeserialize(raw).result;
  return { output: fromValue(result?.output ?? null), warnings: [...(result?.warnings ?? [])] };
}

/**
 * Runs a streaming task of a run: every chunk goes into the run's event log (so
 * WatchRun consumers and the HTTP audio endpoint get it live), progress too; resolves
 * with the final result's output. The log is shared history, so a slow watcher does
 * not hold the agent back. `cursor` carries the stream across the task's attempts: a
 * retry asks a resumable agent to resume, logs `stream.restarted`, and drops chunks
 * consumers already got (see {@link StreamCursor}).
 */
export async function relayStreamToLog(
  dispatcher: StepDispatcher,
  spec: TaskSpec,
  call: DispatchCall,
  log: RunEventLog,
  stepId: string,
  onStarted: () => void,
  onInstance: (instanceId: string) => void,
  cursor: StreamCursor,
): Promise<Json> {
  const attempt = spec.attempt ?? 0;
  const capability = capabilityName(spec.capability ?? ''); // `name@range`: the descriptor knows the name
  const open = await dispatcher.openStream(spec, { ...call, resumeFromSequence: cursor.resumeFor(capability), onAttempt: (entry, n) => (onInstance(entry.instanceId), call.onAttempt?.(entry, n)) });
  const restart = cursor.opened(attempt, capability, open.entry.instanceId, open.resumedFrom, streamTraits(open.entry.descriptor, capability));
  if (restart) {
    log.append({ type: 'stream.restarted', stepId, attempt, restart, detail: { ...restart } });
    trace.getSpan(call.traceContext)?.addEvent('troupe.stream.restarted', {
      [ATTR.STREAM_FAILED_ATTEMPT]: restart.failedAttempt,
      [ATTR.STREAM_RESUME_FROM]: restart.resumeFromSequence,
      [ATTR.STREAM_RESTART_MODE]: restart.mode,
    });
  }
  let code: Status = Status.UNKNOWN;
  let output: Json = null;
  let started = false;
  const deserialize = service().ExecuteStream.responseDeserialize;
  const handle = (raw: Buffer): void => {
    const message: ExecuteStreamResponse__Output = deserialize(raw);
    if (!started) {
      started = true;
      onStarted();
    }
    if (message.chunk) {
      const c = message.chunk;
      const sequence = Number(c.sequence);
      if (!cursor.accept(attempt, sequence)) return;
      log.append({ type: 'chunk', stepId, attempt, chunk: { sequence, contentType: c.contentType, data: c.data, durationMs: c.durationMs, traceparent: c.traceparent } });
    } else if (message.progress) {
      if (cursor.progressCurrent(attempt)) log.append({ type: 'step.progress', stepId, attempt, detail: { fraction: message.progress.fraction, message: message.progress.message } });
    } else if (message.result) {
      output = fromValue(message.result.output);
    }
  };
  try {
    if (open.first) handle(open.first);
    await new Promise<void>((resolve, reject) => {
      open.stream.on('data', handle);
      open.stream.once('end', resolve);
      open.stream.once('error', reject);
      call.signal.addEventListener('abort', () => reject(asError(call.signal.reason)), { once: true });
      open.stream.resume();
    });
    code = Status.OK;
    return output;
  } catch (err) {
    code = fromGrpcError(err).code;
    open.cancel();
    throw err;
  } finally {
    open.done(code);
  }
}

/** An abort's reason as an Error (an attempt is aborted with a string: 'the task moved on'). */
function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(typeof reason === 'string' ? reason : 'aborted');
}
