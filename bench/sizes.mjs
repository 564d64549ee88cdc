// How big each bench row is: the full sizes, or with `--quick` (or BENCH_QUICK=1) the CI
// sizes (a few seconds a row, figures printed, no thresholds). A BENCH_* variable set in
// the environment wins over both.
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/** `process.env[name]` as a number when set, else `full`, or `quick` in quick mode. */
export function size(name, full, quick) {
  const value = process.env[name];
  return value !== undefined && value !== '' ? Number(value) : QUICK ? quick : full;
}
