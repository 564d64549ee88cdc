import type { ReportView } from '../format/run-types.js';
/** A compact, human summary of a run report: status line, then one line per step. */
export declare function reportLines(report: ReportView): string[];
