/** The value, or a test failure saying it was missing (instead of a non-null assertion). */
export function defined<T>(value: T | undefined | null, what = 'waarde'): T {
  if (value === undefined || value === null) throw new Error(`${what} ontbreekt`);
  return value;
}
