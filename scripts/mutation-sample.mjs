#!/usr/bin/env node
// Sampled mutation testing (`npm run mutate:sample`, docs/testing.md).
//
// The core folders hold ~14,500 mutants; on 2 cores the full pass takes a day. This script
// estimates its score in under an hour from a seeded uniform random sample of mutated places:
//   1. instrument the core folders exactly as Stryker does, and draw `--size` places (a place is
//      one source range; it holds 1-6 mutants, e.g. `a < b` -> `a <= b`, `a >= b`, `true`, `false`);
//   2. test every mutant at the drawn places against the unit tests (stryker.unit.config.mjs);
//   3. test the places where a mutant is still alive against the full pass's tests
//      (stryker.config.mjs), since a mutant a unit test kills is killed by the full pass too;
//   4. print the score per folder and overall, with a 95 % interval, and every mutant still alive.
// Every mutant belongs to one place and every place is equally likely to be drawn, so every mutant
// is too: the sample's score estimates the whole pass's. Mutants at one place tend to live or die
// together, so the interval is the cluster-sample one (a ratio estimator), wider than a
// per-mutant binomial interval would claim.
// Usage: node scripts/mutation-sample.mjs [--size 250] [--seed 17] [--unit-only] [--reuse-unit]
//                                         [--full-places N] [--reuse-full]
//   --reuse-unit: take the unit stage's places (its plan) and statuses from the last run's report
//   and run only the full stage.
//   --full-places N: re-test only a seeded random N of the places still alive after the unit
//   stage (two-phase sampling, for when the full stage's ~45 s a mutant is too long): the score
//   then takes the alive places' share of kills from those N, and its interval is a bootstrap one.
//   --reuse-full: take the full stage's statuses from its last report, or from the per-mutant log
//   (full-tested.jsonl) of a run that was stopped early (places it never reached are left out).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Stryker } from '@stryker-mutator/core';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { CORE_FOLDERS } from '../stryker.config.mjs';

const OUT = 'reports/mutation-sample';
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '250' },
    seed: { type: 'string', default: '17' },
    'unit-only': { type: 'boolean', default: false },
    'reuse-unit': { type: 'boolean', default: false },
    'full-places': { type: 'string' },
    'reuse-full': { type: 'boolean', default: false },
  },
});
const size = Number(args.size);
const seed = Number(args.seed);
const fullPlaces = args['full-places'] === undefined ? Infinity : Number(args['full-places']);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(seed) || !(fullPlaces >= 1)) {
  console.error('mutation-sample: --size and --full-places must be positive integers and --seed an integer');
  process.exit(2);
}

/** The files Stryker mutates: every .ts under the core folders but declarations and index files. */
function coreFiles() {
  return CORE_FOLDERS.flatMap((folder) =>
    readdirSync(folder, { recursive: true })
      .map((f) => path.join(folder, String(f)))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && path.basename(f) !== 'index.ts'),
  ).sort();
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(items, n, rand) {
  const pool = [...items];
  for (let i = 0; i < Math.min(n, pool.length); i++) {
    const j = i + Math.floor(rand() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, Math.min(n, pool.length));
}

const quiet = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, fatal: console.error };

/** A place: a file and a source range, as the instrumenter counts them (0-based lines). */
const placeOf = (m) => ({ file: m.fileName, location: m.location });
/** Stryker's `file:line:col-line:col` range: lines 1-based, columns as the instrumenter counts them. */
const rangeOf = ({ file, location: l }) => `${file}:${l.start.line + 1}:${l.start.column}-${l.end.line + 1}:${l.end.column}`;
/** One key for a place, from the instrumenter (0-based lines and columns) or a JSON report (1-based). */
const keyOf = (file, l, base = 0) =>
  `${file}|${l.start.line + 1 - base}:${l.start.column + 1 - base}-${l.end.line + 1 - base}:${l.end.column + 1 - base}`;
const placeKey = (p) => keyOf(p.file, p.location);

/** The mutants of a JSON report, or of a per-mutant log when the report is missing, grouped by place key. */
function mutantsByPlace(json) {
  const log = json.replace(/\.json$/, '-tested.jsonl');
  const report = existsSync(json) || !existsSync(log) ? JSON.parse(readFileSync(json, 'utf8')) : { files: filesOfLog(log) };
  const byPlace = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const rel = path.relative(process.cwd(), path.resolve(file));
    for (const m of mutants) {
      if (m.status === 'Ignored') continue;
      const key = keyOf(rel, m.location, 1);
      byPlace.set(key, [...(byPlace.get(key) ?? []), { file: rel, line: m.location.start.line, mutator: m.mutatorName, replacement: m.replacement, status: m.status }]);
    }
  }
  return byPlace;
}

/** A per-mutant log (scripts/mutation-sample-plugins.mjs) in the JSON report's `files` shape. */
function filesOfLog(log) {
  const files = {};
  for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const m = JSON.parse(line);
    (files[m.fileName] ??= { mutants: [] }).mutants.push({ location: m.location, mutatorName: m.mutatorName, replacement: m.replacement, status: m.status });
  }
  return files;
}

/** The places a stage's plan (`<stage>-plan.json`, written by {@link strykerOn}) holds. */
function plannedPlaces(plan) {
  return Object.entries(JSON.parse(readFileSync(plan, 'utf8'))).flatMap(([file, locations]) => locations.map((location) => ({ file, location })));
}

/** Runs Stryker with `configFile` on exactly these places; their mutants by place key. */
async function strykerOn(configFile, places, name) {
  const json = `${OUT}/${name}.json`;
  const plan = `${OUT}/${name}-plan.json`;
  const byFile = {};
  for (const p of places) (byFile[p.file] ??= []).push(p.location);
  writeFileSync(plan, JSON.stringify(byFile));
  process.env.TROUPE_MUTATION_SAMPLE = path.resolve(plan);
  process.env.TROUPE_MUTATION_LOG = path.resolve(`${OUT}/${name}-tested.jsonl`);
  rmSync(json, { force: true });
  rmSync(process.env.TROUPE_MUTATION_LOG, { force: true });
  await new Stryker({
    configFile,
    plugins: ['@stryker-mutator/*', path.resolve('scripts/mutation-sample-plugins.mjs')],
    ignorers: ['mutation-sample'],
    mutate: places.map(rangeOf),
    incremental: false,
    reporters: ['progress', 'json', 'html', 'mutation-sample-log'],
    jsonReporter: { fileName: json },
    htmlReporter: { fileName: `${OUT}/${name}.html` },
  }).runMutationTest();
  return mutantsByPlace(json);
}

/**
 * The score of a cluster sample and its 95 % interval: the ratio estimator over places, with
 * its linearised standard error (places drawn without replacement from `population`).
 */
function clusterScore(places, population) {
  const k = places.length;
  const m = places.reduce((a, p) => a + p.tested, 0);
  const y = places.reduce((a, p) => a + p.detected, 0);
  if (m === 0) return { score: null, interval95: [0, 1] };
  const r = y / m;
  if (k < 2) return { score: r, interval95: [0, 1] };
  const mean = m / k;
  const s2 = places.reduce((a, p) => a + (p.detected - r * p.tested) ** 2, 0) / (k - 1);
  const se = Math.sqrt(((1 - k / population) * s2) / k) / mean;
  return { score: r, interval95: [Math.max(0, r - 1.96 * se), Math.min(1, r + 1.96 * se)] };
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;

const started = Date.now();
mkdirSync(OUT, { recursive: true });
const files = coreFiles();
const { mutants: all } = await new Instrumenter(quiet).instrument(
  files.map((name) => ({ name, content: readFileSync(name, 'utf8'), mutate: true })),
  { plugins: null, excludedMutations: [], ignorers: [] },
);
const everyPlace = [...new Map(all.map((m) => [placeKey(placeOf(m)), placeOf(m)])).values()];
const reuse = args['reuse-unit'] && existsSync(`${OUT}/unit.json`);
// Reusing the unit stage: its own drawn places (unit-plan.json), not a new draw, which any change to the
// sources since would shift (places are drawn by index).
const planned = reuse && existsSync(`${OUT}/unit-plan.json`);
if (args['reuse-unit'] && !reuse) console.warn(`mutation-sample: --reuse-unit, but there is no ${OUT}/unit.json: running the unit stage`);
if (reuse && !planned) console.warn(`mutation-sample: --reuse-unit without ${OUT}/unit-plan.json (a report from before plans were kept): drawing again with seed ${seed}; places whose sources changed since are not the unit stage's`);
const drawn = planned ? plannedPlaces(`${OUT}/unit-plan.json`) : sample(everyPlace, size, random(seed));
console.log(`mutation-sample: ${drawn.length} of ${everyPlace.length} places (${all.length} mutants) in ${files.length} files, seed ${seed}${reuse ? ' (the unit stage\'s draw)' : ''}`);

const unit = reuse ? mutantsByPlace(`${OUT}/unit.json`) : await strykerOn('stryker.unit.config.mjs', drawn, 'unit');
const mutantsAt = new Map(drawn.map((p) => [placeKey(p), unit.get(placeKey(p)) ?? []]));
const alive = drawn.filter((p) => mutantsAt.get(placeKey(p)).some((m) => UNDETECTED.has(m.status)));
/** The alive places the full stage re-tested, by key: all of them, or a seeded random `--full-places`. */
const retested = new Set();
if (!args['unit-only'] && alive.length > 0) {
  const second = sample(alive, Math.min(fullPlaces, alive.length), random(seed + 1));
  const full = args['reuse-full'] ? mutantsByPlace(`${OUT}/full.json`) : await strykerOn('stryker.config.mjs', second, 'full');
  // Read back: every alive place the full stage reached, whichever draw sent it there.
  for (const p of args['reuse-full'] ? alive : second) {
    const ms = full.get(placeKey(p));
    if (!ms) continue; // a stopped run that never reached it (--reuse-full)
    mutantsAt.set(placeKey(p), ms);
    retested.add(placeKey(p));
  }
}

const folderOf = (f) => CORE_FOLDERS.find((folder) => f.startsWith(`${folder}/`)) ?? '?';
const placesIn = new Map(CORE_FOLDERS.map((f) => [f, everyPlace.filter((p) => folderOf(p.file) === f).length]));
const aliveKeys = new Set(alive.map(placeKey));
const tally = (p) => {
  const ms = mutantsAt.get(placeKey(p));
  return {
    folder: folderOf(p.file),
    // 'final': its statuses are the whole pass's; 'retested': alive after the unit stage, then the
    // full stage's; 'unit': alive after the unit stage and not re-tested (its detected is a lower bound).
    phase: !aliveKeys.has(placeKey(p)) ? 'final' : retested.has(placeKey(p)) ? 'retested' : 'unit',
    mutants: ms.length,
    tested: ms.filter((m) => DETECTED.has(m.status) || UNDETECTED.has(m.status)).length,
    detected: ms.filter((m) => DETECTED.has(m.status)).length,
  };
};
const tallies = drawn.map(tally);
const survivors = drawn.flatMap((p) =>
  mutantsAt.get(placeKey(p)).filter((m) => UNDETECTED.has(m.status)).map((m) => `${m.status} ${m.file}:${m.line} ${m.mutator} → ${JSON.stringify(m.replacement).slice(0, 80)}`),
);
const missing = tallies.filter((t) => t.mutants === 0).length;

const row = (name, ts, population) => {
  const tested = ts.reduce((a, t) => a + t.tested, 0);
  const detected = ts.reduce((a, t) => a + t.detected, 0);
  const mutants = ts.reduce((a, t) => a + t.mutants, 0);
  return { name, places: ts.length, mutants, tested, detected, alive: tested - detected, invalid: mutants - tested, ...clusterScore(ts, population) };
};
/**
 * Two-phase estimate, when only some alive places were re-tested: the places not re-tested are
 * given the re-tested ones' share of kills. Its 95 % interval is a seeded percentile bootstrap
 * over the drawn places (each resample re-draws both phases' places).
 */
function twoPhase(ts) {
  const sum = (xs, f) => xs.reduce((a, t) => a + f(t), 0);
  const estimate = (xs) => {
    const again = xs.filter((t) => t.phase === 'retested');
    const open = xs.filter((t) => t.phase === 'unit');
    const m = sum(xs, (t) => t.tested);
    const mAgain = sum(again, (t) => t.tested);
    if (m === 0 || (open.length > 0 && mAgain === 0)) return undefined;
    const share = mAgain === 0 ? 0 : sum(again, (t) => t.detected) / mAgain;
    return (sum(xs, (t) => (t.phase === 'unit' ? 0 : t.detected)) + share * sum(open, (t) => t.tested)) / m;
  };
  const rand = random(seed + 2);
  const reps = [];
  for (let i = 0; i < 2000; i++) {
    const r = estimate(Array.from(ts, () => ts[Math.floor(rand() * ts.length)]));
    if (r !== undefined) reps.push(r);
  }
  reps.sort((a, b) => a - b);
  return { score: estimate(ts) ?? null, interval95: [reps[Math.floor(0.025 * reps.length)] ?? 0, reps[Math.ceil(0.975 * reps.length) - 1] ?? 1] };
}
const partial = tallies.some((t) => t.phase === 'unit') && !args['unit-only'];

const rows = [...CORE_FOLDERS.map((f) => row(f, tallies.filter((t) => t.folder === f), placesIn.get(f))), row('all core folders', tallies, everyPlace.length)];
console.log('\n| Folder | Places | Mutants | Tested | Detected | Alive | Score (95 % interval) |\n|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.places} | ${r.mutants} | ${r.tested} | ${r.detected} | ${r.alive} | ${r.score === null ? '—' : `${pct(r.score)} (${pct(r.interval95[0])}–${pct(r.interval95[1])})`} |`);
}
const estimated = partial ? twoPhase(tallies) : undefined;
if (estimated) {
  const notAgain = tallies.filter((t) => t.phase === 'unit').length;
  console.log(`\nTwo-phase: ${retested.size} of ${alive.length} alive places re-tested; the ${notAgain} others count as alive in the rows above (lower bounds).`);
  console.log(`Estimated score of the whole pass: ${pct(estimated.score)} (bootstrap 95 %: ${pct(estimated.interval95[0])}–${pct(estimated.interval95[1])})`);
}
if (survivors.length) console.log(`\nAlive (${survivors.length}):\n${survivors.map((s) => `  ${s}`).join('\n')}`);
if (missing) console.warn(`\nmutation-sample: ${missing} drawn places had no mutant in Stryker's report (not tested)`);
const total = { ...rows.at(-1) };
delete total.name;
const phases = { alive_after_unit: alive.length, retested: retested.size, ...(estimated ? { lower_bound: total.score, estimate: estimated.score, estimate_interval95: estimated.interval95 } : {}) };
const result = { seed, places: drawn.length, population_places: everyPlace.length, population_mutants: all.length, ...total, ...phases, missing, unit_only: args['unit-only'], seconds: Math.round((Date.now() - started) / 1000) };
writeFileSync(`${OUT}/score.json`, `${JSON.stringify({ ...result, folders: rows.slice(0, -1), survivors }, null, 2)}\n`);
console.log(`\n${JSON.stringify(result)}`);
