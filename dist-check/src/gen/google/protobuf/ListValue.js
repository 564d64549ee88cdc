// Original file: null
export {};
//# sourceMappingURL=ListValue.js.map