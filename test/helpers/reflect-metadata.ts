/**
 * The few `Reflect` metadata functions tsyringe (a dependency of @peculiar/x509)
 * checks for at import time. We do not install `reflect-metadata` for tests; this
 * is enough for how @peculiar/x509 uses it. Import it before @peculiar/x509.
 */
type Key = unknown;
const store = new WeakMap<object, Map<Key, unknown>>();
const table = (target: object): Map<Key, unknown> => {
  let m = store.get(target);
  if (!m) store.set(target, (m = new Map()));
  return m;
};
const R = Reflect as unknown as Record<string, unknown>;
R.defineMetadata ??= (key: Key, value: unknown, target: object): void => void table(target).set(key, value);
R.getMetadata ??= (key: Key, target: object): unknown => {
  for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
    const m = store.get(t);
    if (m?.has(key)) return m.get(key);
  }
  return undefined;
};
R.getOwnMetadata ??= (key: Key, target: object): unknown => store.get(target)?.get(key);
R.hasMetadata ??= (key: Key, target: object): boolean => (R.getMetadata as (k: Key, t: object) => unknown)(key, target) !== undefined;
R.metadata ??= (key: Key, value: unknown) => (target: object): void => void table(target).set(key, value);
export {};
