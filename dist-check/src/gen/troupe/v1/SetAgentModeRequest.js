// Original file: /work/main/proto/troupe/v1/orchestrator.proto
export {};
//# sourceMappingURL=SetAgentModeRequest.js.map