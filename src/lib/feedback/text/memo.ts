/**
 * Remembers a computed value per object (a clause, a sentence, an analysed
 * text) for as long as that object lives, so that facts a criterion needs
 * for every word are read once: judging stays linear in the text.
 */
export function memoBy<A extends unknown[], K extends object, V>(keyOf: (...args: A) => K, compute: (...args: A) => V): (...args: A) => V {
  const cache = new WeakMap<K, V>();
  return (...args) => {
    const key = keyOf(...args);
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(...args);
      cache.set(key, value);
    }
    return value;
  };
}
