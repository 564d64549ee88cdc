// The JSON keys, table rows and notes of the peer comparisons (issue #13). Every ratio
// is Troupe ÷ peer, so above 1 means Troupe does more (or, for latency and CPU, costs more).

const r = (x) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const meanOf = (xs) => sum(xs) / xs.length;

/** CPU of process `i` per call over several closed-loop rounds (`cpuMs[i]` / calls), in ms. */
const cpuPerCall = (rounds, i) => sum(rounds.map((x) => x.cpuMs[i])) / sum(rounds.map((x) => x.calls));

/**
 * Troupe's own CPU figures: per SubmitTask at c=64 (`orchC64.cpuMs` = [orchestrator, agent];
 * `directC64.cpuMs` = [agent]) and per durable 3-step run at c=16 (`durableOn` rounds,
 * `cpuMs` = [orchestrator, agent, nats-server], each with a `c1` round).
 */
export function troupeFigures({ orchC64, directC64, durableOn }) {
  return {
    orch_cpu_us_per_task: r((orchC64.cpuMs[0] * 1000) / orchC64.calls),
    agent_cpu_us_per_task: r((orchC64.cpuMs[1] * 1000) / orchC64.calls),
    unary_c64_direct_agent_cpu_us_per_call: r((directC64.cpuMs[0] * 1000) / directC64.calls),
    orch_cpu_ms_per_run3: r(cpuPerCall(durableOn, 0)),
    agent_cpu_ms_per_run3: r(cpuPerCall(durableOn, 1)),
    nats_cpu_ms_per_run3: r(cpuPerCall(durableOn, 2)),
    durable_linear3_on_c1_p50_ms: r(meanOf(durableOn.map((x) => x.c1.p50))),
    durable_linear3_on_c1_p99_ms: r(meanOf(durableOn.map((x) => x.c1.p99))),
  };
}

/**
 * The peers' keys and the ratios against Troupe's figures `t` (the bench's JSON so far).
 * `bullmq`: rounds `{ c16, c1 }` (cpuMs = [redis, worker]); `unary`: `{ moleculer?, nats }`
 * from benchUnaryPeers; `skipped`: peer name → why.
 */
export function peerFigures(t, { bullmq, unary, skipped }) {
  const f = {};
  if (bullmq?.length) {
    const c16 = bullmq.map((x) => x.c16);
    const c1 = bullmq.map((x) => x.c1);
    Object.assign(f, {
      bullmq_chain3_per_s: r(meanOf(c16.map((x) => x.perSecond))),
      bullmq_chain3_p50_ms: r(meanOf(c16.map((x) => x.p50))),
      bullmq_chain3_p99_ms: r(meanOf(c16.map((x) => x.p99))),
      bullmq_chain3_c1_p50_ms: r(meanOf(c1.map((x) => x.p50))),
      bullmq_chain3_c1_p99_ms: r(meanOf(c1.map((x) => x.p99))),
      bullmq_redis_cpu_ms_per_chain3: r(cpuPerCall(c16, 0)),
      bullmq_worker_cpu_ms_per_chain3: r(cpuPerCall(c16, 1)),
      bullmq_cpu_ms_per_chain3: r(cpuPerCall(c16, 0) + cpuPerCall(c16, 1)),
    });
    Object.assign(f, {
      runs3_vs_bullmq_ratio: r(t.durable_linear3_on_per_s / f.bullmq_chain3_per_s),
      runs3_c1_p50_vs_bullmq_ratio: r(t.durable_linear3_on_c1_p50_ms / f.bullmq_chain3_c1_p50_ms),
      run3_cpu_vs_bullmq_ratio: r((t.orch_cpu_ms_per_run3 + t.agent_cpu_ms_per_run3) / f.bullmq_cpu_ms_per_chain3),
    });
  }
  const unaryPeer = (name, m) => {
    if (!m) return;
    Object.assign(f, {
      [`${name}_c1_p50_ms`]: r(m.c1.p50),
      [`${name}_c1_per_s`]: r(m.c1.perSecond),
      [`${name}_c64_per_s`]: r(m.c64.perSecond),
      [`${name}_cpu_us_per_call`]: r((m.c64.cpuMs[0] * 1000) / m.c64.calls),
      [`${name}_nats_cpu_us_per_call`]: r((m.c64.cpuMs[1] * 1000) / m.c64.calls),
      [`unary_c64_vs_${name === 'nats_rr' ? 'nats' : name}_ratio`]: r(t.unary_c64_orch_per_s / m.c64.perSecond),
    });
  };
  unaryPeer('moleculer', unary?.moleculer);
  // SubmitTasks (1,024 tasks in flight on one stream) against Moleculer's c=64 calls.
  if (unary?.moleculer && t.bulk_c1024_per_s !== undefined) f.bulk_vs_moleculer_ratio = r(t.bulk_c1024_per_s / unary.moleculer.c64.perSecond);
  unaryPeer('nats_rr', unary?.nats);
  for (const [name, why] of Object.entries(skipped ?? {})) f[`${name}_skipped`] = why;
  return f;
}

/** The "Troupe vs peers" table: [measure, peer, Troupe, Troupe ÷ peer], and its notes. */
export function peerRows(f) {
  const rows = [];
  const notes = [];
  if (f.bullmq_skipped) rows.push(['BullMQ (durable 3-step runs)', `skipped: ${f.bullmq_skipped}`, '', '']);
  else if (f.bullmq_chain3_per_s !== undefined) {
    rows.push(['durable 3-step runs/s (c=16) vs BullMQ', f.bullmq_chain3_per_s, f.durable_linear3_on_per_s, f.runs3_vs_bullmq_ratio]);
    rows.push(['  c=1 p50 ms', f.bullmq_chain3_c1_p50_ms, f.durable_linear3_on_c1_p50_ms, f.runs3_c1_p50_vs_bullmq_ratio]);
    rows.push(['  server CPU ms per run ¶', f.bullmq_cpu_ms_per_chain3, r(f.orch_cpu_ms_per_run3 + f.agent_cpu_ms_per_run3), f.run3_cpu_vs_bullmq_ratio]);
    notes.push(
      `¶ CPU per run (c=16): Troupe orchestrator ${f.orch_cpu_ms_per_run3} + echo agent ${f.agent_cpu_ms_per_run3} ms (nats-server ${f.nats_cpu_ms_per_run3} ms more); ` +
        `BullMQ redis-server ${f.bullmq_redis_cpu_ms_per_chain3} + worker ${f.bullmq_worker_cpu_ms_per_chain3} ms. BullMQ: a FlowProducer chain of 3 no-op jobs, redis AOF fsync every second, alternated with Troupe's durable rounds`,
    );
  }
  if (f.moleculer_skipped) rows.push(['Moleculer (unary)', `skipped: ${f.moleculer_skipped}`, '', '']);
  else if (f.moleculer_c64_per_s !== undefined) {
    rows.push(['SubmitTask c=64 /s vs Moleculer/NATS', f.moleculer_c64_per_s, f.unary_c64_orch_per_s, f.unary_c64_vs_moleculer_ratio]);
    rows.push(['  c=1 p50 ms', f.moleculer_c1_p50_ms, f.unary_c1_orch_p50_ms, r(f.unary_c1_orch_p50_ms / f.moleculer_c1_p50_ms)]);
    if (f.bulk_vs_moleculer_ratio !== undefined) rows.push(['  SubmitTasks /s (1,024 in flight)', f.moleculer_c64_per_s, f.bulk_c1024_per_s, f.bulk_vs_moleculer_ratio]);
    rows.push(['  server CPU µs per call ¶¶', f.moleculer_cpu_us_per_call, r(f.orch_cpu_us_per_task + f.agent_cpu_us_per_task), r((f.orch_cpu_us_per_task + f.agent_cpu_us_per_task) / f.moleculer_cpu_us_per_call)]);
  }
  if (f.nats_rr_c64_per_s !== undefined) {
    rows.push(['SubmitTask c=64 /s vs NATS req-reply', f.nats_rr_c64_per_s, f.unary_c64_orch_per_s, f.unary_c64_vs_nats_ratio]);
    rows.push(['  c=1 p50 ms', f.nats_rr_c1_p50_ms, f.unary_c1_orch_p50_ms, r(f.unary_c1_orch_p50_ms / f.nats_rr_c1_p50_ms)]);
    rows.push(['  server CPU µs per call ¶¶', f.nats_rr_cpu_us_per_call, r(f.orch_cpu_us_per_task + f.agent_cpu_us_per_task), r((f.orch_cpu_us_per_task + f.agent_cpu_us_per_task) / f.nats_rr_cpu_us_per_call)]);
    notes.push(
      `¶¶ CPU per call (c=64): Troupe orchestrator ${f.orch_cpu_us_per_task} + echo agent ${f.agent_cpu_us_per_task} µs (the agent alone, called directly: ${f.unary_c64_direct_agent_cpu_us_per_call} µs); ` +
        (f.moleculer_cpu_us_per_call !== undefined ? `Moleculer service ${f.moleculer_cpu_us_per_call} µs + nats-server ${f.moleculer_nats_cpu_us_per_call} µs; ` : '') +
        `NATS responder ${f.nats_rr_cpu_us_per_call} µs + nats-server ${f.nats_rr_nats_cpu_us_per_call} µs`,
    );
  }
  return { rows, notes };
}
