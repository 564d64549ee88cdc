import type { OrchestratorClient, RunWatchEvent } from '../sdk/client/index.js';
import { createChunkSink } from './chunk-sink.js';
import { ExitCode, type CliContext } from './context.js';
import { formatBytes, plural, traceSuffix } from './format/run-common.js';
import { applyRunEvent, newRunProgress, syncWithReport, type RunProgress } from './format/run-progress.js';
import { asView, type ReportView } from './format/run-types.js';
import { formatProgressView, formatRunEventLine, formatStreamSummaryLine } from './format/run-watch.js';
import { isInteractive, LiveView, terminalWidth } from './live-view.js';

/** How `troupe run --watch` presents a run. */
export interface WatchOptions {
  /** One JSON object per event on stdout instead of the progress view. */
  json: boolean;
  /** Write chunk bytes here as they arrive (a growing valid WAV for audio/L16 and a .wav name). */
  outFile?: string;
  /** The trace id StartRun answered, shown before the first event arrives. */
  traceId: string;
  /**
   * Off a terminal, one line per streamed chunk. Without it a streamed step gets one
   * summary line when it ends (a 54 s episode is ~550 chunks).
   */
  chunks?: boolean;
  /** Only these event types (WatchRun's `types`); with `json`. @default every event */
  types?: readonly string[];
}

/** Step events after which a streamed step's chunk summary is printed. */
const STEP_ENDS = new Set(['step.completed', 'step.failed', 'step.cancelled']);

/** Fewest ms between two redraws of the terminal view. */
const REDRAW_MS = 100;
/** Redraw at least this often so durations and retry countdowns move. */
const TICK_MS = 500;

/**
 * Follows a run until it ends: the live step table on a terminal (stderr), one line per
 * event otherwise, or JSON lines with `json`. Chunk bytes go to `outFile`. Resolves to
 * exit code 0 when the run completed (warnings are printed), 1 when it failed or was
 * cancelled (the error is printed). Ctrl-C stops watching, not the run.
 */
export async function watchRun(client: OrchestratorClient, runId: string, opts: WatchOptions, ctx: CliContext): Promise<number> {
  const first = asView<ReportView>(await client.getRun(runId, { signal: ctx.signal }));
  const run = newRunProgress(runId, first.workflow, opts.traceId, first.steps.map((s) => s.id), Date.now());
  const sink = opts.outFile ? createChunkSink(opts.outFile, (m) => ctx.stderr.write(`warning: ${m}\n`)) : undefined;
  const tty = !opts.json && isInteractive(ctx.stderr, ctx.env);
  if (tty) ctx.stderr.write(`run ${runId} started: ${run.workflow}${traceSuffix(run.traceId)}\n`);
  const screen = tty ? terminalScreen(run, ctx) : undefined;
  let chunks = 0;
  try {
    for await (const event of client.watchRun(runId, { signal: ctx.signal, ...(opts.types ? { types: opts.types } : {}) })) {
      const now = Date.now();
      applyRunEvent(run, event, now);
      if (event.chunk && sink && event.chunk.data.length > 0) {
        chunks++;
        await sink.write(event.chunk.data, event.chunk.contentType);
      }
      if (opts.json) ctx.stdout.write(`${JSON.stringify(watchEventToJson(event))}\n`);
      else if (screen) screen.changed();
      else if (event.type !== 'chunk' || opts.chunks === true) {
        const summary = STEP_ENDS.has(event.type) && opts.chunks !== true ? formatStreamSummaryLine(run, event.stepId, now - run.startedAt) : undefined;
        if (summary) ctx.stderr.write(summary);
        ctx.stderr.write(formatRunEventLine(run, event, now - run.startedAt, now));
      }
    }
  } catch (err) {
    screen?.stop();
    if (ctx.signal.aborted) ctx.stderr.write(`stopped watching; run ${runId} goes on (stop it with: troupe run cancel ${runId})\n`);
    throw err;
  } finally {
    await sink?.close();
  }
  const report = asView<ReportView>(await client.getRun(runId, { signal: ctx.signal }));
  syncWithReport(run, report);
  screen?.stop(true);
  if (sink && opts.outFile && sink.opened) ctx.stderr.write(`wrote ${plural(chunks, 'chunk')} (${formatBytes(sink.bytes)}) to ${opts.outFile}\n`);
  return finish(run, report, opts, ctx);
}

/** Prints how the run ended and picks the exit code. */
function finish(run: RunProgress, report: ReportView, opts: WatchOptions, ctx: CliContext): number {
  for (const w of run.warnings) ctx.stderr.write(`warning: ${w}\n`);
  if (report.status === 'completed') {
    if (!opts.json) ctx.stdout.write(`${JSON.stringify(report.output ?? null, null, 2)}\n`);
    return ExitCode.OK;
  }
  if (report.status === 'failed') {
    // A person reads the plain explanation; the technical message is one command away (troupe run show).
    ctx.stderr.write(`error: run failed: ${report.explanation ?? run.error ?? 'no reason given'}\n`);
  } else if (report.status === 'cancelled') {
    ctx.stderr.write(`error: run cancelled: ${run.error ?? 'no reason given'}\n`);
  } else {
    ctx.stderr.write(`error: the watch ended while the run is ${report.status}\n`);
  }
  ctx.stderr.write(`details: troupe run show ${run.runId}\n`);
  return ExitCode.FAILED;
}

/** The terminal view of `run`: redrawn at most every {@link REDRAW_MS}, and every {@link TICK_MS} regardless. */
function terminalScreen(run: RunProgress, ctx: CliContext): { changed(): void; stop(final?: boolean): void } {
  const view = new LiveView(ctx.stderr);
  const lines = (): string[] => formatProgressView(run, Date.now(), terminalWidth(ctx.stderr) - 1, false);
  let timer: NodeJS.Timeout | undefined;
  let last = 0;
  const draw = (): void => {
    timer = undefined;
    last = Date.now();
    view.draw(lines());
  };
  const changed = (): void => {
    if (timer) return;
    timer = setTimeout(draw, Math.max(0, last + REDRAW_MS - Date.now()));
    timer.unref();
  };
  const ticker = setInterval(changed, TICK_MS);
  ticker.unref();
  draw();
  return {
    changed,
    stop(final = false) {
      clearInterval(ticker);
      if (timer) clearTimeout(timer);
      timer = undefined;
      view.end(final ? lines() : undefined);
    },
  };
}

/** A JSON-safe view of a WatchRun event for `--json`: chunk bytes as their count. */
export function watchEventToJson(event: RunWatchEvent): Record<string, unknown> {
  const { chunk, ...rest } = event;
  if (!chunk) return { ...rest };
  const { data, ...meta } = chunk;
  return { ...rest, chunk: { ...meta, bytes: data.length } };
}
