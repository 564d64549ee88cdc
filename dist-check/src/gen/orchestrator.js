export {};
//# sourceMappingURL=orchestrator.js.map