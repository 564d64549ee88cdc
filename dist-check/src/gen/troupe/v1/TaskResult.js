// Original file: /work/main/proto/troupe/v1/common.proto
export {};
//# sourceMappingURL=TaskResult.js.map