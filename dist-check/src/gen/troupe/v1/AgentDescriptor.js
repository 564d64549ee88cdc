// Original file: /work/main/proto/troupe/v1/common.proto
export {};
//# sourceMappingURL=AgentDescriptor.js.map