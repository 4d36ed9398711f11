/**
 * The validator's work on an input, counted instead of timed: the input sits behind proxies that
 * count every read made of it (property reads, key listings, descriptors, prototypes). The count
 * is the same on every machine, so a test can bound it exactly where a wall-clock limit would
 * either flake on a busy machine or be too loose to catch anything.
 */

/** `input` behind counting proxies (nested objects are wrapped as they are read), and its read count. */
export function countReads<T>(input: T): { input: T; reads: () => number } {
  let reads = 0;
  const counted =
    <A extends unknown[], R>(trap: (...args: A) => R) =>
    (...args: A): R => {
      reads += 1;
      return trap(...args);
    };
  const proxies = new WeakMap<object, object>();
  const handler: ProxyHandler<object> = {
    get(target, key, receiver) {
      reads += 1;
      return wrap(Reflect.get(target, key, receiver));
    },
    has: counted(Reflect.has),
    ownKeys: counted(Reflect.ownKeys),
    getOwnPropertyDescriptor: counted(Reflect.getOwnPropertyDescriptor),
    getPrototypeOf: counted(Reflect.getPrototypeOf),
  };
  function wrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    let proxy = proxies.get(value);
    if (proxy === undefined) {
      proxy = new Proxy(value, handler);
      proxies.set(value, proxy);
    }
    return proxy;
  }
  return { input: wrap(input) as T, reads: () => reads };
}
