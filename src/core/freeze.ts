/**
 * Freezes a value and everything reachable from it, and returns it: for tables and constants defined
 * once and shared by every decision, so no caller can change what the next decision reads. zod schemas
 * (which cache their own state) and functions are left as they are.
 */
export function deepFreeze<T>(value: T): T {
  freeze(value);
  return value;
}

/**
 * Objects already frozen to the bottom by deepFreeze: a table frozen where it is defined and then placed
 * in a rule, a catalogue or a citation list is not walked again. (`Object.isFrozen` alone cannot tell:
 * a frozen object may hold unfrozen ones.)
 */
const deeplyFrozen = new WeakSet<object>();

function freeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || deeplyFrozen.has(value)) return;
  deeplyFrozen.add(value); // before the walk: a cycle ends here
  if ('_zod' in value) return;
  if (value instanceof Map || value instanceof Set)
    throw new TypeError('a Map or Set cannot be frozen; share a ReadonlyMap behind a function instead');
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) freeze(descriptor.value);
  }
  Object.freeze(value);
}
