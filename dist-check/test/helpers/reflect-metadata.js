const store = new WeakMap();
const table = (target) => {
    let m = store.get(target);
    if (!m)
        store.set(target, (m = new Map()));
    return m;
};
const R = Reflect;
R.defineMetadata ??= (key, value, target) => void table(target).set(key, value);
R.getMetadata ??= (key, target) => {
    for (let t = target; t; t = Object.getPrototypeOf(t)) {
        const m = store.get(t);
        if (m?.has(key))
            return m.get(key);
    }
    return undefined;
};
R.getOwnMetadata ??= (key, target) => store.get(target)?.get(key);
R.hasMetadata ??= (key, target) => R.getMetadata(key, target) !== undefined;
R.metadata ??= (key, value) => (target) => void table(target).set(key, value);
export {};
//# sourceMappingURL=reflect-metadata.js.map