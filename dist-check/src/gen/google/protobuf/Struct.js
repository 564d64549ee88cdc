// Original file: null
export {};
//# sourceMappingURL=Struct.js.map