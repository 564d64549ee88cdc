/** Mermaid rendering lives in the SDK (src/sdk/machines/) since the fleet supervisor's machine is diagrammed too. */
export * from '../../sdk/machines/mermaid.js';
//# sourceMappingURL=mermaid.js.map