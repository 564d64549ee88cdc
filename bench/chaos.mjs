// `npm run chaos [-- --quick] [-- --only=name,name]`: drills against real
// processes (nats-server, orchestrators, agents on 127.0.0.1; NATS behind the
// fault-injection proxy) and one table of what survived. Exit code 1 when a
// drill's checks fail. `--quick` is the CI size: a few seconds per drill.
import { DRILLS } from './chaos/drills.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

const COLUMNS = [
  ['drill', (r) => r.name],
  ['started', (r) => r.started],
  ['completed', (r) => r.completed],
  ['failed', (r) => r.failed],
  ['lost', (r) => r.lost],
  ['dup execs', (r) => r.duplicated],
  ['same-key redos', (r) => r.redone],
  ['failed attempts', (r) => r.failedAttempts],
  ['adoption ms', (r) => r.adoptionMs],
  ['StartRun during fault', (r) => r.startRun],
  ['peak RSS MB', (r) => r.rss],
  ['seconds', (r) => r.seconds],
  ['verdict', (r) => r.verdict],
];

const rows = [];
let failures = 0;
for (const drill of DRILLS) {
  const name = quick && drill.quickName ? drill.quickName : drill.name;
  if (only && !only.includes(drill.name) && !only.includes(name)) continue;
  if (drill.pending) {
    rows.push({ name, verdict: `pending: ${drill.pending}` });
    continue;
  }
  process.stderr.write(`chaos: ${name} …\n`);
  const t0 = performance.now();
  try {
    const row = { name, ...(await drill.run({ quick })) };
    const problems = drill.check(row);
    row.seconds = ((performance.now() - t0) / 1000).toFixed(1);
    row.verdict = problems.length === 0 ? 'ok' : `FAIL: ${problems.join('; ')}`;
    if (problems.length > 0) failures++;
    rows.push(row);
  } catch (err) {
    failures++;
    rows.push({ name, seconds: ((performance.now() - t0) / 1000).toFixed(1), verdict: `ERROR: ${err.message.split('\n')[0]}` });
  }
  process.stderr.write(`chaos: ${name}: ${rows.at(-1).verdict}\n`);
}

const cell = (v) => (v === undefined || v === null ? '–' : String(v));
const table = [COLUMNS.map(([h]) => h), ...rows.map((r) => COLUMNS.map(([, get]) => cell(get(r))))];
const widths = COLUMNS.map((_, i) => Math.max(...table.map((line) => line[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of table.slice(1)) console.log(line(r));
process.exitCode = failures > 0 ? 1 : 0;
