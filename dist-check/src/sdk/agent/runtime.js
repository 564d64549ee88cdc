/** Builds the wire descriptor of an instance. @internal */
export function describe(definition, instanceId) {
    return {
        name: definition.name,
        version: definition.version,
        instanceId,
        capabilities: definition.capabilities.map((c) => ({ ...c, resumable: c.resumable !== false })),
        maxConcurrency: definition.maxConcurrency,
        costPerCall: definition.costPerCall,
        labels: { ...definition.labels },
        supportsChannel: true,
    };
}
//# sourceMappingURL=runtime.js.map