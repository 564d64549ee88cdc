import { editDistance } from '../sdk/util/edit-distance.js';
/** Keys a fleet file knows, by where they appear (the key path with agent names replaced by `*`). */
const KEYS = {
    '(top level)': ['version', 'name', 'nats', 'orchestrator', 'poll_ms', 'resources', 'agents'],
    resources: ['cpu', 'memory'],
    'agents.*': ['agent', 'command', 'env', 'capabilities', 'needs', 'min', 'max', 'scale', 'schedule', 'restart', 'stop_grace_ms'],
    'agents.*.scale': ['up', 'up_interval_ms', 'cooldown_ms'],
    'agents.*.scale.up': ['queue_depth', 'queue_wait_ms'],
    'agents.*.restart': ['backoff_ms', 'max_backoff_ms', 'crash_loop'],
    'agents.*.restart.crash_loop': ['crashes', 'window_ms'],
};
/**
 * ` (did you mean "max"?)` for an unknown `key` found at `path`, or `` when nothing known is close.
 * @internal
 */
export function didYouMeanKey(key, path) {
    const where = path.replace(/^agents\.[^.]+/, 'agents.*').replace(/\.schedule\.\d+$/, '.schedule');
    const known = KEYS[where] ?? (/\.(cpu|memory)$/.test(where) ? ['warning', 'critical'] : where.endsWith('.schedule') ? ['between', 'min', 'days'] : []);
    let best;
    let bestDistance = Math.max(1, Math.floor(key.length / 3));
    for (const candidate of known) {
        // A key cut short or run on (`crash` for `crashes`) counts as one edit.
        const prefix = key.length >= 3 && (candidate.startsWith(key.toLowerCase()) || key.toLowerCase().startsWith(candidate));
        const d = prefix ? 1 : editDistance(key.toLowerCase(), candidate);
        if (d <= bestDistance && d < key.length) {
            best = candidate;
            bestDistance = d;
        }
    }
    if (best !== undefined)
        return ` (did you mean "${best}"?)`;
    return known.length > 0 ? ` (known here: ${known.join(', ')})` : '';
}
//# sourceMappingURL=suggest-key.js.map