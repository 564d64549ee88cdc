/**
 * The reference agent: `echo.say` returns its input; `echo.stream` streams
 * `count` chunks of `chunkBytes` bytes, `delayMs` apart, then reports the total.
 */
declare const _default: import("../../sdk/index.js").AgentDefinition;
export default _default;
