/**
 * Conformance kit: checks any agent, in any language, against the Troupe agent
 * contract over gRPC. `troupe conformance HOST:PORT` is its command line.
 * @packageDocumentation
 */
export { runConformance, conformancePassed } from './runner.js';
export { formatConformanceTable, summarize } from './format.js';
export { streamProblems } from './stream-checks.js';
//# sourceMappingURL=index.js.map