// Original file: /work/main/proto/troupe/v1/orchestrator.proto
export {};
//# sourceMappingURL=GetQueuesRequest.js.map