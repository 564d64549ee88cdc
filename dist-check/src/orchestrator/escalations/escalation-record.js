/** States an escalation may move to from each state. */
export const NEXT_STATES = {
    open: ['acknowledged', 'resolved'],
    acknowledged: ['resolved'],
    resolved: [],
};
/** The escalation id of a dead-lettered task. */
export function escalationId(taskId) {
    return `esc-${taskId}`;
}
//# sourceMappingURL=escalation-record.js.map