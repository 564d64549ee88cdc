// Original file: /work/main/proto/troupe/v1/agent.proto
export {};
//# sourceMappingURL=ExecuteRequest.js.map