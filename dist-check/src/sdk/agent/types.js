const RESULT = Symbol.for('troupe.result');
/** Marks a handler's return value as a full {@link TaskResultInit} rather than plain JSON output. */
export function taskResult(init) {
    return Object.assign(Object.create(null), init, { [RESULT]: true });
}
/** @internal */
export function isTaskResult(value) {
    return typeof value === 'object' && value !== null && value[RESULT] === true;
}
//# sourceMappingURL=types.js.map