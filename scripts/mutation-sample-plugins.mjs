// Stryker plugins of the sampled pass (scripts/mutation-sample.mjs).
//
// The ignorer, `mutation-sample`. Stryker mutates every
// node inside a `--mutate file:range`, so the range of one drawn place also mutates every node
// nested in it (a drawn block statement would bring the whole block's mutants). This ignorer
// leaves only the drawn nodes, and the nodes that hold one, mutated: the rest of a drawn range is
// reported `Ignored` and never tested. The drawn locations come from the file named by
// TROUPE_MUTATION_SAMPLE: { "<file>": [location, ...] } in Stryker's own positions (0-based lines,
// where Babel's node locations, which this ignorer sees, count lines from 1).
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

const toBabel = ({ start, end }) => ({ start: { line: start.line + 1, column: start.column }, end: { line: end.line + 1, column: end.column } });
const plan = Object.fromEntries(
  Object.entries(process.env.TROUPE_MUTATION_SAMPLE ? JSON.parse(readFileSync(process.env.TROUPE_MUTATION_SAMPLE, 'utf8')) : {}).map(
    ([file, locations]) => [file, locations.map(toBabel)],
  ),
);

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
/** `inner` lies within `outer` (bounds included), as Stryker decides it for ranges. */
const within = (outer, inner) => before(outer.start, inner.start) && before(inner.end, outer.end);

const sampleIgnorer = {
  shouldIgnore(nodePath) {
    const loc = nodePath.node.loc;
    const file = nodePath.hub?.file?.opts?.filename;
    const drawn = loc && file ? plan[path.relative(process.cwd(), path.resolve(file))] : undefined;
    if (!drawn) return undefined;
    // A drawn node itself (same range), or one that holds a drawn node, stays mutated.
    if (drawn.some((d) => within(loc, d))) return undefined;
    return drawn.some((d) => within(d, loc)) ? 'Inside a drawn mutant, not drawn itself (mutation sample)' : undefined;
  },
};

/**
 * The reporter `mutation-sample-log`: one JSON line per tested mutant, appended as it is tested to
 * the file TROUPE_MUTATION_LOG names, so a run stopped early still tells what it found.
 */
function logReporter() {
  const log = process.env.TROUPE_MUTATION_LOG;
  return {
    onMutantTested(m) {
      if (!log || m.status === 'Ignored') return;
      appendFileSync(log, `${JSON.stringify({ fileName: path.relative(process.cwd(), path.resolve(m.fileName)), location: m.location, mutatorName: m.mutatorName, replacement: m.replacement, status: m.status })}\n`);
    },
  };
}
logReporter.inject = [];

export const strykerPlugins = [
  { kind: 'Ignore', name: 'mutation-sample', value: sampleIgnorer },
  { kind: 'Reporter', name: 'mutation-sample-log', factory: logReporter },
];
