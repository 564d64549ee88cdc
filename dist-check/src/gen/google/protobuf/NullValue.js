// Original file: null
export const NullValue = {
    NULL_VALUE: 'NULL_VALUE',
};
//# sourceMappingURL=NullValue.js.map