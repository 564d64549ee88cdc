/** True for a JSON value: null, boolean, finite number, string, list or plain object of those. @internal */
export function isJson(value) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return true;
    if (typeof value === 'number')
        return Number.isFinite(value);
    if (Array.isArray(value))
        return value.every(isJson);
    if (typeof value !== 'object')
        return false;
    const proto = Object.getPrototypeOf(value);
    return (proto === Object.prototype || proto === null) && Object.values(value).every(isJson);
}
/** A short, readable rendering of a value for messages. @internal */
export function preview(value) {
    if (value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (value !== null && typeof value === 'object')
        return 'an object';
    // JSON.stringify returns undefined for a function or a symbol, whatever its type says; objects were handled above.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/no-base-to-string -- see above
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
//# sourceMappingURL=json-value.js.map