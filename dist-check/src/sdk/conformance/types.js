/** Builds results tersely inside check groups. @internal */
export const result = {
    pass: (name, detail) => ({ name, outcome: 'pass', detail }),
    fail: (name, detail) => ({ name, outcome: 'fail', detail }),
    skip: (name, detail) => ({ name, outcome: 'skip', detail }),
};
//# sourceMappingURL=types.js.map