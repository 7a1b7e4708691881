// Arrays of `undefined` that are PACKED_ELEMENTS: the VM's register arrays (backends/vm/frame.ts)
// and key-sharing dicts' values arrays. Every access then sees one array shape (a fresh
// `new Array(n)` starts as holey Smis and changes kind on the first object stored: polymorphic
// accesses and deoptimisations). Small ones are array literals, which optimised code allocates
// inline (Array.prototype.slice would be a builtin call).

/** A packed array of `n` undefined slots. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function undefinedArray(n: number): any[] {
  const u = undefined;
  switch (n) {
    case 0: return [];
    case 1: return [u];
    case 2: return [u, u];
    case 3: return [u, u, u];
    case 4: return [u, u, u, u];
    case 5: return [u, u, u, u, u];
    case 6: return [u, u, u, u, u, u];
    case 7: return [u, u, u, u, u, u, u];
    case 8: return [u, u, u, u, u, u, u, u];
    case 9: return [u, u, u, u, u, u, u, u, u];
    case 10: return [u, u, u, u, u, u, u, u, u, u];
    case 11: return [u, u, u, u, u, u, u, u, u, u, u];
    case 12: return [u, u, u, u, u, u, u, u, u, u, u, u];
    case 13: return [u, u, u, u, u, u, u, u, u, u, u, u, u];
    case 14: return [u, u, u, u, u, u, u, u, u, u, u, u, u, u];
    case 15: return [u, u, u, u, u, u, u, u, u, u, u, u, u, u, u];
    case 16: return [u, u, u, u, u, u, u, u, u, u, u, u, u, u, u, u];
  }
  // Pushed one by one: `new Array(n).fill(u)` stays HOLEY_ELEMENTS, a second array map at
  // every access of the VM's loop (a "wrong map" deoptimisation of `run` when first seen).
  const r = [u, u, u, u, u, u, u, u, u, u, u, u, u, u, u, u, u];
  for (let i = 17; i < n; i++) r.push(u);
  return r;
}
