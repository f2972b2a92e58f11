/**
 * Freezes a value and everything reachable from it, and returns it: for tables and constants defined
 * once and shared by every decision, so no caller can change what the next decision reads. zod schemas
 * (which cache their own state) and functions are left as they are.
 */
export function deepFreeze<T>(value: T): T {
  freeze(value, new WeakSet());
  return value;
}

function freeze(value: unknown, seen: WeakSet<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if ('_zod' in value) return;
  if (value instanceof Map || value instanceof Set)
    throw new TypeError('a Map or Set cannot be frozen; share a ReadonlyMap behind a function instead');
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) freeze(descriptor.value, seen);
  }
  Object.freeze(value);
}
