// Original file: /work/main/proto/troupe/v1/common.proto
export {};
//# sourceMappingURL=TaskSpec.js.map