export {};
//# sourceMappingURL=run-types.js.map