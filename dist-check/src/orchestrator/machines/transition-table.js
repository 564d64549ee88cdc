/** The transition table lives in the SDK (src/sdk/machines/) since the fleet supervisor's machine uses it too. */
export * from '../../sdk/machines/transition-table.js';
//# sourceMappingURL=transition-table.js.map