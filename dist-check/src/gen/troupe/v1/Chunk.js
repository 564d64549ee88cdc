// Original file: /work/main/proto/troupe/v1/common.proto
export {};
//# sourceMappingURL=Chunk.js.map