/** The example agents shipped with Troupe, by name, loaded on demand. */
export const builtinAgents = {
    echo: async () => (await import('./echo/index.js')).default,
    'voice-forge': async () => (await import('./voice-forge/index.js')).default,
    'topic-discovery': async () => (await import('./topic-discovery/index.js')).default,
    'web-harvester': async () => (await import('./web-harvester/index.js')).default,
    'script-weaver': async () => (await import('./script-weaver/index.js')).default,
    'snippet-craft': async () => (await import('./snippet-craft/index.js')).default,
    'ui-composer': async () => (await import('./ui-composer/index.js')).default,
};
//# sourceMappingURL=index.js.map