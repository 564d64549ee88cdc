/** Names an expression may start a path with. */
export const ROOT_NAMES = ['input', 'steps', 'run', 'item', 'index'];
/** The built-in functions and how many arguments each takes. */
export const FUNCTIONS = { length: 1, exists: 1, lower: 1, upper: 1, join: 2, default: 2 };
//# sourceMappingURL=expression-ast.js.map