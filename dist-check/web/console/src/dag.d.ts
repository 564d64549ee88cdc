/**
 * The layout of a workflow's steps as a layered DAG, pure: a step's layer is the length of the
 * longest `depends_on` chain before it; steps keep their written order within a layer. Cycles
 * (refused at registration anyway) and unknown dependencies are ignored rather than looping.
 */
export interface DagStep {
    readonly id: string;
    readonly dependsOn: readonly string[];
}
export interface DagNode {
    readonly id: string;
    readonly layer: number;
    readonly row: number;
    readonly x: number;
    readonly y: number;
}
export interface DagEdge {
    readonly from: string;
    readonly to: string;
}
export interface DagLayout {
    readonly nodes: readonly DagNode[];
    readonly edges: readonly DagEdge[];
    readonly width: number;
    readonly height: number;
}
/** Box size and gaps of the drawing, in SVG units. */
export declare const BOX: {
    readonly width: 150;
    readonly height: 40;
    readonly gapX: 50;
    readonly gapY: 18;
    readonly pad: 10;
};
/** The steps of a definition (`{ steps: [{ id, depends_on }] }`), in written order. */
export declare function stepsOf(definition: unknown): DagStep[];
export declare function layout(steps: readonly DagStep[]): DagLayout;
