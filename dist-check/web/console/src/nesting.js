/**
 * Child runs (a `workflow:` step's runs) nested under their parent in a page of runs: a child
 * whose parent is on the same page follows it, indented; one whose parent is not (another page,
 * filtered out, no longer kept) stays where the page put it, marked with its parent.
 */
/**
 * The page's rows: top-level runs (and children whose parent is not on the page) in the page's
 * order, each followed by its children on the page, oldest first, recursively. Every run appears
 * exactly once, whatever the data (a run naming itself or a cycle of parents is shown at the top level).
 */
export function nestRuns(runs) {
    const byId = new Map();
    for (const r of runs)
        if (!byId.has(r.runId))
            byId.set(r.runId, r);
    // A run nests under its parent when the parent is on the page and is not its descendant (no cycle of parents).
    const nestsUnder = (run) => {
        const parent = run.parentRunId === undefined ? undefined : byId.get(run.parentRunId);
        if (!parent)
            return false;
        const walked = new Set();
        for (let up = parent; up !== undefined && !walked.has(up.runId); up = up.parentRunId === undefined ? undefined : byId.get(up.parentRunId)) {
            if (up.runId === run.runId)
                return false;
            walked.add(up.runId);
        }
        return true;
    };
    const children = new Map();
    for (const r of byId.values()) {
        if (!nestsUnder(r))
            continue;
        const list = children.get(r.parentRunId) ?? [];
        list.push(r);
        children.set(r.parentRunId, list);
    }
    for (const list of children.values())
        list.sort((a, b) => a.createdAt - b.createdAt || a.runId.localeCompare(b.runId));
    const rows = [];
    const seen = new Set();
    const add = (run, depth) => {
        if (seen.has(run.runId))
            return;
        seen.add(run.runId);
        const elsewhere = depth === 0 && run.parentRunId !== undefined && run.parentRunId !== '' ? run.parentRunId : undefined;
        rows.push({ run, depth, ...(elsewhere === undefined ? {} : { parentElsewhere: elsewhere }) });
        for (const child of children.get(run.runId) ?? [])
            add(child, depth + 1);
    };
    for (const r of byId.values())
        if (!nestsUnder(r))
            add(r, 0);
    return rows;
}
//# sourceMappingURL=nesting.js.map