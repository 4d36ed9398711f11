/**
 * The validator's work on an input, counted instead of timed: the input sits behind proxies that
 * count every read made of it (property reads, key listings, descriptors, prototypes). The count
 * is the same on every machine, so a test can bound it exactly where a wall-clock limit would
 * either flake on a busy machine or be too loose to catch anything.
 */

/** `input` behind counting proxies (nested objects are wrapped as they are read), and its read count. */
export function countReads<T>(input: T): { input: T; reads: () => number } {
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const known = proxies.get(value);
    if (known) return known;
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        reads += 1;
        return wrap(Reflect.get(target, key, receiver));
      },
      has(target, key) {
        reads += 1;
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        reads += 1;
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(target, key) {
        reads += 1;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      getPrototypeOf(target) {
        reads += 1;
        return Reflect.getPrototypeOf(target);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  return { input: wrap(input) as T, reads: () => reads };
}
