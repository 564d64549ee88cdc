import { truncate } from './run-common.js';
import { formatTable } from './table.js';
/** Columns of `troupe trigger list`. */
export const TRIGGER_COLUMNS = ['WORKFLOW', 'TRIGGER', 'SUBJECT', 'STREAM', 'STATE', 'PENDING', 'ACK PENDING', 'REDELIVERED'];
/** The `troupe trigger list` table, or a friendly line when there are none. */
export function formatTriggerTable(triggers) {
    if (triggers.length === 0)
        return 'no triggers (add triggers: to a workflow definition; see docs/triggers.md)\n';
    return formatTable(TRIGGER_COLUMNS, triggers.map((t) => [
        `${t.workflow} v${t.workflowVersion}`,
        truncate(t.name, 32),
        truncate(t.subject, 40),
        t.stream,
        t.state === 'error' ? `error: ${truncate(t.error, 60)}` : t.state,
        String(t.pending),
        String(t.ackPending),
        String(t.redelivered),
    ]));
}
//# sourceMappingURL=triggers.js.map