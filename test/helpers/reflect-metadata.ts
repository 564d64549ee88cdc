// The few Reflect metadata functions tsyringe (under @peculiar/x509) checks for and calls,
// so tests need no reflect-metadata package. Import this before @peculiar/x509.
type Key = unknown;
const store = new WeakMap<object, Map<string | symbol | undefined, Map<Key, unknown>>>();
const R = Reflect as unknown as Record<string, unknown>;

function own(target: object, property: string | symbol | undefined, create: boolean): Map<Key, unknown> | undefined {
  let byProperty = store.get(target);
  if (!byProperty) {
    if (!create) return undefined;
    byProperty = new Map();
    store.set(target, byProperty);
  }
  let map = byProperty.get(property);
  if (!map && create) byProperty.set(property, (map = new Map()));
  return map;
}

function lookup(key: Key, target: object, property?: string | symbol): unknown {
  for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
    const map = own(t, property, false);
    if (map?.has(key)) return map.get(key);
  }
  return undefined;
}

if (typeof R.getMetadata !== 'function') {
  R.defineMetadata = (key: Key, value: unknown, target: object, property?: string | symbol): void => void own(target, property, true)!.set(key, value);
  R.getOwnMetadata = (key: Key, target: object, property?: string | symbol): unknown => own(target, property, false)?.get(key);
  R.getMetadata = lookup;
  R.hasMetadata = (key: Key, target: object, property?: string | symbol): boolean => lookup(key, target, property) !== undefined;
  R.hasOwnMetadata = (key: Key, target: object, property?: string | symbol): boolean => own(target, property, false)?.has(key) ?? false;
  R.metadata = (key: Key, value: unknown) => (target: object, property?: string | symbol): void => void own(target, property, true)!.set(key, value);
}
