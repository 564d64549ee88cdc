/** A rendered manifest: at least apiVersion, kind and metadata.name. */
export interface Manifest {
    apiVersion: string;
    kind: string;
    metadata: {
        name: string;
        labels?: Record<string, string>;
    };
    [key: string]: unknown;
}
/** Validates each manifest against its kind's schema; returns one line per problem (empty: all valid). */
export declare function validateManifests(manifests: readonly Manifest[]): Promise<string[]>;
