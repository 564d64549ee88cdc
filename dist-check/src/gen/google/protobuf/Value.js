// Original file: null
export {};
//# sourceMappingURL=Value.js.map