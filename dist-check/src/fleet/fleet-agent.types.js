export {};
//# sourceMappingURL=fleet-agent.types.js.map