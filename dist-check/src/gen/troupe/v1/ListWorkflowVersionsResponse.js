// Original file: /work/main/proto/troupe/v1/orchestrator.proto
export {};
//# sourceMappingURL=ListWorkflowVersionsResponse.js.map