/**
 * Values at a dotted path in plain data, with the concrete path of each:
 * `participants.*.organisation` yields every participant's organisation.
 */
export function valuesAt(data: unknown, dottedPath: string): { value: unknown; path: (string | number)[] }[] {
  const walk = (value: unknown, keys: string[], trail: (string | number)[]): { value: unknown; path: (string | number)[] }[] => {
    if (keys.length === 0) return value === undefined ? [] : [{ value, path: trail }];
    const [key, ...rest] = keys;
    if (key === '*') {
      return Array.isArray(value) ? value.flatMap((item, index) => walk(item, rest, [...trail, index])) : [];
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return walk((value as Record<string, unknown>)[key!], rest, [...trail, key!]);
    }
    return [];
  };
  return walk(data, dottedPath.split('.'), []);
}
