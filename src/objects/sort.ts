// list.sort() and sorted(): stable, comparing with `<` only (as CPython), key= and reverse=
// (reverse keeps equal elements in their original order: the list is reversed, sorted
// stably, and reversed back, like CPython). During the sort the list appears empty; if it was
// modified meanwhile, "ValueError: list modified during sort".
//
// Homogeneous ints, floats and BMP-only strs, and exact tuples of those (one kind per position),
// use the engine's (stable) sort with a native comparator; everything else goes through
// timsort as CPython 3.11 does it (the same `<` calls in the same order). An exception raised
// by the key function leaves the list as it was; one raised by `<` leaves it as far as the sort
// got, as CPython's does.

import type { PyObject } from './object.js';
import { T } from './types.js';
import { PyList, PyTuple } from './tuple.js';
import { PyFloat } from './float.js';
import { None } from './singletons.js';
import { E, newError } from './exception.js';
import { CmpOp } from './slots.js';
import { typeError, call, call1, richCompare, richEqBool, isTrue } from './protocol.js';
import { indexOf } from './int-type.js';

/** Code-point order of two strs (JS `<` compares UTF-16 units, which differs past U+FFFF). */
function strLt(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (astral code points) sort after U+E000..U+FFFF.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y;
  }
  return a.length < b.length;
}

/** Python's `a < b` as a JS boolean, with the common exact-type cases inlined. */
function lt(a: PyObject, b: PyObject): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strLt(a, b);
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return a.value < b.value;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === T.tuple && b.cls === T.tuple) return tupleLt(a.items, b.items);
  const r = richCompare(a, b, CmpOp.LT);
  return typeof r === 'boolean' ? r : isTrue(r);
}

/** Exact tuples: the first items that differ decide (as tuple's richcompare). */
function tupleLt(v: PyObject[], w: PyObject[]): boolean {
  let i = 0;
  for (; i < v.length && i < w.length; i++) {
    const a = v[i];
    const b = w[i];
    if (a === b) continue;
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    if (typeof a === 'string' && typeof b === 'string') return strLt(a, b);
    if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) {
      // Exact floats: == then < (a NaN is unequal to everything and never less).
      if (a.value === b.value) continue;
      return a.value < b.value;
    }
    if (!richEqBool(a, b)) break;
  }
  if (i >= v.length || i >= w.length) return v.length < w.length;
  return lt(v[i], w[i]);
}

/** CPython's merge_compute_minrun. */
function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Consecutive wins of one run, in a merge, before it switches to galloping (CPython's MIN_GALLOP). */
const MIN_GALLOP = 7;

/**
 * Timsort over a permutation: `a` holds positions into `keys` and is what gets sorted, in
 * place, making the same `<` comparisons in the same order as CPython 3.11's list.sort (runs
 * found by count_run and extended by binary insertion to minrun, merged by the powersort
 * policy, each merge first trimming what is already in place, then one element at a time until
 * a run wins MIN_GALLOP times in a row, then galloping). So a `<` with side effects, an
 * inconsistent one (NaNs), or one that raises part way sees and leaves what CPython's would:
 * when `lt` throws, `a` is still a permutation, in the partly sorted order of that moment.
 */
class TimSort {
  private minGallop = MIN_GALLOP;
  /** The pending runs: start, length and (for all but the last) powersort power. */
  private readonly runStart: number[] = [];
  private readonly runLen: number[] = [];
  private readonly runPower: number[] = [];

  constructor(private readonly keys: PyObject[], private readonly a: number[]) {}

  sort(): void {
    const { keys, a } = this;
    const n = a.length;
    if (n < 2) return;
    const minrun = minRun(n);
    let lo = 0;
    while (lo < n) {
      let len = 1;
      if (lo + 1 < n) {
        len = 2;
        if (lt(keys[a[lo + 1]], keys[a[lo]])) {
          for (let i = lo + 2; i < n && lt(keys[a[i]], keys[a[i - 1]]); i++) len++;
          for (let i = lo, j = lo + len - 1; i < j; i++, j--) {
            const t = a[i];
            a[i] = a[j];
            a[j] = t;
          }
        } else {
          for (let i = lo + 2; i < n && !lt(keys[a[i]], keys[a[i - 1]]); i++) len++;
        }
      }
      if (len < minrun) {
        const force = Math.min(n - lo, minrun);
        this.binaryInsert(lo, lo + len, lo + force);
        len = force;
      }
      this.pushRun(lo, len);
      lo += len;
    }
    // What is left pending merges from the top, the smaller neighbour first.
    const lens = this.runLen;
    while (lens.length > 1) {
      let i = lens.length - 2;
      if (i > 0 && lens[i - 1] < lens[i + 1]) i--;
      this.mergeAt(i);
    }
  }

  /** Binary insertion of a[from..to) into the sorted a[lo..from) (equal keys keep their order). */
  private binaryInsert(lo: number, from: number, to: number): void {
    const { keys, a } = this;
    for (let i = from; i < to; i++) {
      const pivot = a[i];
      const pk = keys[pivot];
      let l = lo;
      let r = i;
      while (l < r) {
        const mid = (l + r) >>> 1;
        if (lt(pk, keys[a[mid]])) r = mid;
        else l = mid + 1;
      }
      for (let j = i; j > l; j--) a[j] = a[j - 1];
      a[l] = pivot;
    }
  }

  /** Pushes the run a[start..start+len), first merging pending runs of a greater power. */
  private pushRun(start: number, len: number): void {
    const top = this.runLen.length - 1;
    if (top >= 0) {
      const power = powerOf(this.runStart[top], this.runLen[top], len, this.a.length);
      while (this.runLen.length > 1 && this.runPower[this.runLen.length - 2] > power) {
        this.mergeAt(this.runLen.length - 2);
      }
      this.runPower[this.runLen.length - 1] = power;
    }
    this.runStart.push(start);
    this.runLen.push(len);
    this.runPower.push(0);
  }

  /** Merges pending runs i and i + 1. */
  private mergeAt(i: number): void {
    const { keys, a } = this;
    let sa = this.runStart[i];
    let na = this.runLen[i];
    const sb = this.runStart[i + 1];
    let nb = this.runLen[i + 1];
    this.runLen[i] = na + nb;
    this.runStart.splice(i + 1, 1);
    this.runLen.splice(i + 1, 1);
    this.runPower.splice(i + 1, 1);
    // Elements of A before where B's first goes are already in place ...
    const k = gallopRight(keys, keys[a[sb]], a, sa, na, 0);
    sa += k;
    na -= k;
    if (na === 0) return;
    // ... and so are those of B after where A's last goes.
    nb = gallopLeft(keys, keys[a[sa + na - 1]], a, sb, nb, nb - 1);
    if (nb === 0) return;
    if (na <= nb) this.mergeLow(sa, na, sb, nb);
    else this.mergeHigh(sa, na, sb, nb);
  }

  /** Merges A = a[sa..sa+na) and B = a[sb..sb+nb) (na <= nb) left to right, A copied aside. */
  private mergeLow(sa: number, na: number, sb: number, nb: number): void {
    const { keys, a } = this;
    const tmp = a.slice(sa, sa + na);
    let pa = 0;
    let pb = sb;
    let dest = sa;
    let minGallop = this.minGallop;
    try {
      a[dest++] = a[pb++];
      if (--nb === 0) return;
      if (na === 1) {
        copyB();
        return;
      }
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[a[pb]], keys[tmp[pa]])) {
            a[dest++] = a[pb++];
            bcount++;
            acount = 0;
            if (--nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            a[dest++] = tmp[pa++];
            acount++;
            bcount = 0;
            if (--na === 1) {
              copyB();
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = gallopRight(keys, keys[a[pb]], tmp, pa, na, 0);
          acount = k;
          if (k !== 0) {
            for (let j = 0; j < k; j++) a[dest++] = tmp[pa++];
            na -= k;
            if (na === 1) {
              copyB();
              return;
            }
            if (na === 0) return;
          }
          a[dest++] = a[pb++];
          if (--nb === 0) return;
          k = gallopLeft(keys, keys[tmp[pa]], a, pb, nb, 0);
          bcount = k;
          if (k !== 0) {
            for (let j = 0; j < k; j++) a[dest++] = a[pb++];
            nb -= k;
            if (nb === 0) return;
          }
          a[dest++] = tmp[pa++];
          if (--na === 1) {
            copyB();
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // Whatever of A is still aside goes back (done, or a comparison raised).
      for (; na > 0; na--) a[dest++] = tmp[pa++];
    }
    // A's last element belongs after the rest of B.
    function copyB(): void {
      for (let j = 0; j < nb; j++) a[dest++] = a[pb++];
      a[dest++] = tmp[pa++];
      na = 0;
    }
  }

  /** Merges A = a[sa..sa+na) and B = a[sb..sb+nb) (na > nb) right to left, B copied aside. */
  private mergeHigh(sa: number, na: number, sb: number, nb: number): void {
    const { keys, a } = this;
    const tmp = a.slice(sb, sb + nb);
    let pa = sa + na - 1;
    let pb = nb - 1;
    let dest = sb + nb - 1;
    let minGallop = this.minGallop;
    try {
      a[dest--] = a[pa--];
      if (--na === 0) return;
      if (nb === 1) {
        copyA();
        return;
      }
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[tmp[pb]], keys[a[pa]])) {
            a[dest--] = a[pa--];
            acount++;
            bcount = 0;
            if (--na === 0) return;
            if (acount >= minGallop) break;
          } else {
            a[dest--] = tmp[pb--];
            bcount++;
            acount = 0;
            if (--nb === 1) {
              copyA();
              return;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = na - gallopRight(keys, keys[tmp[pb]], a, sa, na, na - 1);
          acount = k;
          if (k !== 0) {
            for (let j = 0; j < k; j++) a[dest--] = a[pa--];
            na -= k;
            if (na === 0) return;
          }
          a[dest--] = tmp[pb--];
          if (--nb === 1) {
            copyA();
            return;
          }
          k = nb - gallopLeft(keys, keys[a[pa]], tmp, 0, nb, nb - 1);
          bcount = k;
          if (k !== 0) {
            for (let j = 0; j < k; j++) a[dest--] = tmp[pb--];
            nb -= k;
            if (nb === 1) {
              copyA();
              return;
            }
            if (nb === 0) return;
          }
          a[dest--] = a[pa--];
          if (--na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // Whatever of B is still aside goes back, in order, below dest.
      for (let j = nb - 1; j >= 0; j--) a[dest--] = tmp[j];
    }
    // B's first element belongs before the rest of A.
    function copyA(): void {
      for (let j = 0; j < na; j++) a[dest--] = a[pa--];
      a[dest--] = tmp[pb--];
      nb = 0;
    }
  }
}

/**
 * The powersort power of the boundary between the run a[s1..s1+n1) and the next n2 items, in
 * a list of n: the first bit where the midpoints of the two runs, as fractions of n, differ.
 */
function powerOf(s1: number, n1: number, n2: number, n: number): number {
  // Twice the midpoints, so that they are integers.
  let x = 2 * s1 + n1;
  let y = x + n1 + n2;
  let power = 0;
  for (;;) {
    power++;
    if (x >= n) {
      x -= n;
      y -= n;
    } else if (y >= n) {
      return power;
    }
    x *= 2;
    y *= 2;
  }
}

/**
 * Where `key` goes in the sorted arr[base..base+n), left of any equal items: the first offset
 * whose item is not < key. The search starts at offset `hint` and widens by 1, 3, 7, 15, ...
 * before a binary search, as CPython's gallop_left.
 */
function gallopLeft(keys: PyObject[], key: PyObject, arr: number[], base: number, n: number, hint: number): number {
  let last = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(keys[arr[h]], key)) {
    // arr[h] < key: gallop right until arr[h + last] < key <= arr[h + ofs].
    const max = n - hint;
    while (ofs < max && lt(keys[arr[h + ofs]], key)) {
      last = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > max) ofs = max;
    last += hint;
    ofs += hint;
  } else {
    // key <= arr[h]: gallop left until arr[h - ofs] < key <= arr[h - last].
    const max = hint + 1;
    while (ofs < max && !lt(keys[arr[h - ofs]], key)) {
      last = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > max) ofs = max;
    const k = last;
    last = hint - ofs;
    ofs = hint - k;
  }
  // arr[last] < key <= arr[ofs] (offsets from base): binary search in between.
  last++;
  while (last < ofs) {
    const m = last + ((ofs - last) >> 1);
    if (lt(keys[arr[base + m]], key)) last = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** As gallopLeft, but right of any equal items: the first offset whose item is > key. */
function gallopRight(keys: PyObject[], key: PyObject, arr: number[], base: number, n: number, hint: number): number {
  let last = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(key, keys[arr[h]])) {
    // key < arr[h]: gallop left until arr[h - ofs] <= key < arr[h - last].
    const max = hint + 1;
    while (ofs < max && lt(key, keys[arr[h - ofs]])) {
      last = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > max) ofs = max;
    const k = last;
    last = hint - ofs;
    ofs = hint - k;
  } else {
    // arr[h] <= key: gallop right until arr[h + last] <= key < arr[h + ofs].
    const max = n - hint;
    while (ofs < max && !lt(key, keys[arr[h + ofs]])) {
      last = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > max) ofs = max;
    last += hint;
    ofs += hint;
  }
  // arr[last] <= key < arr[ofs]: binary search in between.
  last++;
  while (last < ofs) {
    const m = last + ((ofs - last) >> 1);
    if (lt(key, keys[arr[base + m]])) ofs = m;
    else last = m + 1;
  }
  return ofs;
}

/** Sorts the positions in `perm` (a permutation of 0..n-1) by `keys` with `lt`, in place. */
function mergeSortPerm(keys: PyObject[], perm: number[]): void {
  new TimSort(keys, perm).sort();
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Whether `s` has a surrogate code unit (an astral code point: UTF-16 order is not code point
 * order there). A short str by its code units (the regular expression's call costs more).
 */
function hasSurrogate(s: string): boolean {
  const n = s.length;
  if (n > 24) return SURROGATE.test(s);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

type Kind = 'int' | 'num' | 'str' | 'tuple' | 'any';

/** Item categories of 'tuple' keys: a position holds one category in every key. */
const enum Cat { None = 0, Num = 1, Str = 2 }

/** The native-comparable category of a tuple item: ints, bools, non-NaN exact floats, BMP strs. */
function itemCat(v: PyObject): Cat {
  switch (typeof v) {
    case 'number': case 'boolean': case 'bigint': return Cat.Num;
    case 'string': return hasSurrogate(v) ? Cat.None : Cat.Str;
  }
  return v instanceof PyFloat && v.cls === T.float && v.value === v.value ? Cat.Num : Cat.None;
}

/**
 * Are all keys exact tuples whose items, position by position, are all numbers or all strs?
 * Python's `<` on them is then a total order that a native three-way comparison reproduces.
 */
function nativeTuples(keys: PyObject[]): boolean {
  const cats: Cat[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!(k instanceof PyTuple) || k.cls !== T.tuple) return false;
    const items = k.items;
    for (let p = 0; p < items.length; p++) {
      const c = itemCat(items[p]);
      if (c === Cat.None) return false;
      if (p >= cats.length) cats.push(c);
      else if (cats[p] !== c) return false;
    }
  }
  return true;
}

type Column = Float64Array | (number | bigint | string)[];

/**
 * Sorts `perm` by tuples that passed nativeTuples: each position becomes an unboxed column (a
 * Float64Array of numbers, or an array of strs, or of numbers and bigints), then a stable sort
 * compares columns left to right, a shorter tuple first when one is a prefix of the other.
 */
function sortTuplesByColumns(ts: PyTuple[], perm: number[]): void {
  const n = ts.length;
  const lens = new Int32Array(n);
  let width = 0;
  for (let i = 0; i < n; i++) {
    const len = ts[i].items.length;
    lens[i] = len;
    if (len > width) width = len;
  }
  const cols: Column[] = [];
  for (let p = 0; p < width; p++) {
    let col: Column | null = null;
    let isStr = false;
    for (let i = 0; i < n && col === null; i++) {
      const items = ts[i].items;
      if (p < items.length) isStr = typeof items[p] === 'string';
      if (p < items.length) col = isStr ? new Array<string>(n) : new Float64Array(n);
    }
    for (let i = 0; i < n; i++) {
      const items = ts[i].items;
      if (p >= items.length) continue;
      const v = items[p];
      if (isStr) (col as string[])[i] = v as string;
      else if (typeof v === 'bigint' && col instanceof Float64Array) {
        col = Array.from(col) as (number | bigint)[];
        col[i] = v;
      } else col![i] = v instanceof PyFloat ? v.value : typeof v === 'boolean' ? (v ? 1 : 0) : (v as number);
    }
    cols.push(col!);
  }
  let uniform = true;
  for (let i = 1; i < n && uniform; i++) if (lens[i] !== width) uniform = false;
  if (uniform && (width === 1 || width === 2)) {
    perm.sort(width === 1 ? columnCompare1(cols[0]) : columnCompare2(cols[0], cols[1]));
    return;
  }
  perm.sort((i, j) => {
    const li = lens[i];
    const lj = lens[j];
    const m = li < lj ? li : lj;
    for (let p = 0; p < m; p++) {
      const c = cols[p];
      const a = c[i];
      const b = c[j];
      if (a < b) return -1;
      if (a > b) return 1;
    }
    return li - lj;
  });
}

// Comparators for keys of one or two columns, one function literal per column-type combination
// so each stays monomorphic (the generic comparator's loads see every column type).
type Cmp = (i: number, j: number) => number;

function columnCompare1(c: Column): Cmp {
  if (c instanceof Float64Array) return (i, j) => (c[i] < c[j] ? -1 : c[i] > c[j] ? 1 : 0);
  if (isStrColumn(c)) return (i, j) => (c[i] < c[j] ? -1 : c[i] > c[j] ? 1 : 0);
  return (i, j) => (c[i] < c[j] ? -1 : c[i] > c[j] ? 1 : 0);
}

function columnCompare2(a: Column, b: Column): Cmp {
  if (a instanceof Float64Array) {
    if (b instanceof Float64Array) {
      return (i, j) => {
        const x = a[i], y = a[j];
        if (x !== y) return x < y ? -1 : 1;
        return b[i] < b[j] ? -1 : b[i] > b[j] ? 1 : 0;
      };
    }
    if (isStrColumn(b)) {
      return (i, j) => {
        const x = a[i], y = a[j];
        if (x !== y) return x < y ? -1 : 1;
        return b[i] < b[j] ? -1 : b[i] > b[j] ? 1 : 0;
      };
    }
  } else if (isStrColumn(a)) {
    if (b instanceof Float64Array) {
      return (i, j) => {
        const x = a[i], y = a[j];
        if (x !== y) return x < y ? -1 : 1;
        return b[i] < b[j] ? -1 : b[i] > b[j] ? 1 : 0;
      };
    }
    if (isStrColumn(b)) {
      return (i, j) => {
        const x = a[i], y = a[j];
        if (x !== y) return x < y ? -1 : 1;
        return b[i] < b[j] ? -1 : b[i] > b[j] ? 1 : 0;
      };
    }
  }
  return (i, j) => {
    const x = a[i], y = a[j];
    if (x < y) return -1;
    if (x > y) return 1;
    return b[i] < b[j] ? -1 : b[i] > b[j] ? 1 : 0;
  };
}

/** A column of strs (sortTuplesByColumns makes a column all strs or all numbers). */
function isStrColumn(c: Column): c is string[] {
  return !(c instanceof Float64Array) && c.length > 0 && typeof c[0] === 'string';
}

/** Which native comparison, if any, is exactly Python's `<` for all of `keys`. */
function keyKind(keys: PyObject[]): Kind {
  const first = keys[0];
  if (first instanceof PyTuple) return nativeTuples(keys) ? 'tuple' : 'any';
  if (typeof first === 'string') {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k !== 'string' || hasSurrogate(k)) return 'any';
    }
    return 'str';
  }
  let kind: Kind = 'int';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    switch (typeof k) {
      case 'number': case 'boolean': case 'bigint': continue;
      case 'string': return 'any';
    }
    if (k instanceof PyFloat && k.cls === T.float && k.value === k.value) {
      kind = 'num';
      continue;
    }
    return 'any';
  }
  return kind;
}

function numValue(k: PyObject): number | bigint {
  if (k instanceof PyFloat) return k.value;
  if (typeof k === 'boolean') return k ? 1 : 0;
  return k as number | bigint;
}

const PACK_N = 1 << 21;
const INT32_OFFSET = 2147483648;

/**
 * Int keys that all fit in 32 bits: a counting sort of the positions when the keys span a
 * small range (countingSortPerm), else each (key, position) pair packed into one exact double
 * (key * 2**21 + position < 2**53), so a comparator-free Float64Array sort is a stable sort.
 * Fills `perm` and returns true, or returns false when some key does not fit.
 */
function packedIntSort(keys: PyObject[], perm: number[]): boolean {
  const n = keys.length;
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== 'number' || k < -INT32_OFFSET || k >= INT32_OFFSET) return false;
    if (i === 0 || k < min) min = k;
    if (i === 0 || k > max) max = k;
  }
  if (max - min <= countingRange(n)) {
    countingSortPerm(keys as number[], min, max - min, perm);
    return true;
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = ((keys[i] as number) + INT32_OFFSET) * PACK_N + i;
  packed.sort();
  for (let i = 0; i < n; i++) perm[i] = packed[i] % PACK_N;
  return true;
}

/** The widest key range (max - min) a counting sort of `n` keys is used for. */
function countingRange(n: number): number {
  return n < 2048 ? 4096 : 2 * n;
}

/**
 * A stable counting sort: `perm` gets the positions of the int keys `keys` (each in
 * min..min+range) in key order, equal keys in position order. O(n + range).
 */
function countingSortPerm(keys: ArrayLike<number>, min: number, range: number, perm: number[]): void {
  const n = keys.length;
  // counts[d + 1] counts the keys min + d; the prefix sums make counts[d] the first place of d.
  const counts = new Int32Array(range + 2);
  for (let i = 0; i < n; i++) counts[keys[i] - min + 1]++;
  for (let d = 1; d <= range; d++) counts[d] += counts[d - 1];
  for (let i = 0; i < n; i++) perm[counts[keys[i] - min]++] = i;
}

/**
 * Str keys without surrogates (UTF-16 order is code-point order): each key numbered by its
 * first appearance (one Map lookup per key), the distinct keys sorted by the engine's
 * comparator-free sort, and the positions counting-sorted by their key's rank (stable; the
 * ranks span at most n values). Much faster than a comparator over the positions, above all
 * when keys repeat. Fills `perm`.
 */
function strRankSort(ks: string[], perm: number[]): void {
  const n = ks.length;
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const idOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = ks[i];
    let id = ids.get(s);
    if (id === undefined) {
      id = distinct.length;
      ids.set(s, id);
      distinct.push(s);
    }
    idOf[i] = id;
  }
  const d = distinct.length;
  const sorted = distinct.slice().sort();
  const rankOfId = new Int32Array(d);
  for (let r = 0; r < d; r++) rankOfId[ids.get(sorted[r])!] = r;
  for (let i = 0; i < n; i++) idOf[i] = rankOfId[idOf[i]];
  countingSortPerm(idOf, 0, d - 1, perm);
}

const RADIX_MIN = 512;
const RADIX_BITS = 11;
const RADIX_SIZE = 1 << RADIX_BITS;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // the high word's index

/**
 * Keys that are all JS numbers (ints in the safe range or non-NaN floats): a stable LSD radix
 * sort of `perm` (the identity on entry) on the keys' IEEE bits mapped to unsigned order, 11
 * bits per pass, skipping passes where every key has the same digit. -0.0 is sorted as 0.0
 * (they are equal). Returns false, leaving `perm` alone, when some key is not a number.
 */
function radixSortNumbers(vs: readonly (number | bigint | boolean)[], perm: number[]): boolean {
  const n = vs.length;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = vs[i];
    if (typeof v !== 'number') {
      if (typeof v !== 'boolean') return false;
      f64[0] = v ? 1 : 0;
    } else f64[0] = v === 0 ? 0 : v;
    const h = u32[HI];
    const l = u32[1 - HI];
    if (h >= 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  let src = Int32Array.from(perm);
  let dst = new Int32Array(n);
  const counts = new Int32Array(RADIX_SIZE);
  for (let pass = 0; pass < 6; pass++) {
    const words = pass < 3 ? lo : hi;
    const shift = (pass % 3) * RADIX_BITS;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(words[i] >>> shift) & (RADIX_SIZE - 1)]++;
    if (counts[(words[0] >>> shift) & (RADIX_SIZE - 1)] === n) continue;
    let sum = 0;
    for (let d = 0; d < RADIX_SIZE; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = src[i];
      dst[counts[(words[k] >>> shift) & (RADIX_SIZE - 1)]++] = k;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) perm[i] = src[i];
  return true;
}

const SHORT_SORT = 24;

/**
 * Sorts `perm` (the positions 0..n-1) stably by `keys`. When a comparison raises, `perm` is
 * left in the order the sort had reached (see TimSort).
 */
function sortPerm(keys: PyObject[], perm: number[]): void {
  const n = keys.length;
  // A short list: one binary-insertion run (as timsort) with `lt`, whose common cases are
  // native comparisons; classifying the keys and a native sort with a comparator cost more.
  if (n < SHORT_SORT) return mergeSortPerm(keys, perm);
  const kind = keyKind(keys);
  if (kind === 'any') return mergeSortPerm(keys, perm);
  if (kind === 'tuple') {
    sortTuplesByColumns(keys as PyTuple[], perm);
    return;
  }
  if (kind === 'str') {
    const ks = keys as string[];
    if (!presorted(ks, perm)) strRankSort(ks, perm);
    return;
  }
  const vs = kind === 'int' ? (keys as (number | bigint | boolean)[]) : keys.map(numValue);
  if (presorted(vs, perm)) return;
  if (kind === 'int' && n <= PACK_N && packedIntSort(keys, perm)) return;
  if (n >= RADIX_MIN && radixSortNumbers(vs, perm)) return;
  perm.sort((i, j) => {
    const x = vs[i];
    const y = vs[j];
    // A bigint beyond 2**53 compared with a float: JS compares the exact values, as Python.
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * 1 when ks[0..n) never decrease, -1 when they strictly decrease, else 0 (a kernel): timsort's
 * first run (count_run) covering the whole input, which it then leaves as it is or reverses,
 * in O(n), as here. (A NaN never compares less, so it extends an ascending run there too.)
 */
function runOrder(ks: readonly (number | bigint | boolean | string)[], n: number): number {
  let i = 1;
  while (i < n && !(ks[i] < ks[i - 1])) i++;
  if (i === n) return 1;
  if (i > 1) return 0;
  while (i < n && ks[i] < ks[i - 1]) i++;
  return i === n ? -1 : 0;
}

/** Keys already in order (or strictly in reverse order): `perm` set from that run; true. */
function presorted(ks: readonly (number | bigint | boolean | string)[], perm: number[]): boolean {
  const order = runOrder(ks, ks.length);
  if (order === 0) return false;
  if (order < 0) perm.reverse();
  return true;
}

/**
 * Sorts `vals` in place when no key function is given and the items are indistinguishable
 * when equal (ints, or strs without surrogates): true when done. Each input-sized loop is a
 * kernel of its own (docs/native-loops.md).
 */
function sortPlain(vals: PyObject[]): boolean {
  const n = vals.length;
  const first = vals[0];
  if (typeof first === 'number') {
    const kind = numbersKind(vals, n);
    if (kind === NOT_NUMBERS) return false;
    if (n <= 12) {
      // A few ints: an insertion sort in place costs less than making the typed array.
      insertionSort(vals as number[]);
      return true;
    }
    const order = runOrder(vals as number[], n);
    if (order !== 0) {
      if (order < 0) vals.reverse();
      return true;
    }
    if (kind === SMALL_INTS) {
      const min = minOf(vals as number[], n);
      const max = maxOf(vals as number[], n);
      if (max - min <= countingRange(n)) {
        // Equal ints are indistinguishable: count each value, then write the runs back.
        countingSortInts(vals as number[], n, min, max);
        return true;
      }
    }
    const f = kind === SMALL_INTS ? Int32Array.from(vals as number[]) : Float64Array.from(vals as number[]);
    f.sort();
    copyBack(vals, f, n);
    return true;
  }
  if (typeof first === 'string') {
    if (!plainStrs(vals, n)) return false;
    const order = n <= 12 ? 0 : runOrder(vals as string[], n);
    if (order < 0) vals.reverse();
    else if (order > 0) return true;
    else if (n <= 12) insertionSort(vals as string[]);
    else if (!repeatsOften(vals as string[])) vals.sort();
    else {
      // Ranked and counted (strRankSort), as with str keys: faster than the engine's sort
      // with its string comparisons when strs repeat.
      const perm = new Array<number>(n);
      strRankSort(vals as string[], perm);
      permuteInPlace(vals, perm, n);
    }
    return true;
  }
  return false;
}

const NOT_NUMBERS = 0;
const SMALL_INTS = 1;
const SAFE_INTS = 2;

/** Whether vals[0..n) are all ints (JS numbers), and whether all fit in 32 bits (a kernel). */
function numbersKind(vals: PyObject[], n: number): number {
  let small = true;
  for (let i = 0; i < n; i++) {
    const v = vals[i];
    if (typeof v !== 'number') return NOT_NUMBERS;
    if ((v | 0) !== v) small = false;
  }
  return small ? SMALL_INTS : SAFE_INTS;
}

/** The least of vals[0..n) (n >= 1; a kernel). */
function minOf(vals: number[], n: number): number {
  let min = vals[0];
  for (let i = 1; i < n; i++) if (vals[i] < min) min = vals[i];
  return min;
}

/** The greatest of vals[0..n) (n >= 1; a kernel). */
function maxOf(vals: number[], n: number): number {
  let max = vals[0];
  for (let i = 1; i < n; i++) if (vals[i] > max) max = vals[i];
  return max;
}

/** Sorts ints in [min, max] by counting each value (a kernel). */
function countingSortInts(vals: number[], n: number, min: number, max: number): void {
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i++) counts[vals[i] - min]++;
  let k = 0;
  for (let d = 0; d <= max - min; d++) for (let c = counts[d]; c > 0; c--) vals[k++] = d + min;
}

/** vals[0..n) = f[0..n) (a kernel). */
function copyBack(vals: PyObject[], f: Int32Array | Float64Array, n: number): void {
  for (let i = 0; i < n; i++) vals[i] = f[i];
}

/** Are vals[0..n) all exact strs without surrogates? (a kernel) */
function plainStrs(vals: PyObject[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    const v = vals[i];
    if (typeof v !== 'string' || hasSurrogate(v)) return false;
  }
  return true;
}

/** vals[0..n) = the old vals[perm[0..n)] (a kernel). */
function permuteInPlace(vals: PyObject[], perm: number[], n: number): void {
  const copy = vals.slice();
  for (let i = 0; i < n; i++) vals[i] = copy[perm[i]];
}

/** Do the first strs of `vals` repeat (at most half of them distinct)? */
function repeatsOften(vals: string[]): boolean {
  const m = Math.min(vals.length, 256);
  const seen = new Set<string>();
  for (let i = 0; i < m; i++) seen.add(vals[i]);
  return seen.size * 2 <= m;
}

/** Sorts a short array of numbers (or of strs without surrogates) in place. */
function insertionSort<T extends number | string>(a: T[]): void {
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

/** Sorts the list in place. */
export function listSort(l: PyList, keyfunc: PyObject, reverse: boolean): void {
  if (keyfunc === None) {
    // Without a key, ints and plain strs sort with no Python code run meanwhile, so nothing
    // can see or modify the list during the sort: no guard (for a short list, making it cost
    // more than the sort).
    const items = l.items;
    if (items.length <= 1) return;
    if (sortPlain(items)) {
      if (reverse) items.reverse();
      return;
    }
  }
  const saved = l.items;
  // The list's items meanwhile: empty, noting any growth (every way of adding to a list's
  // items pushes or splices), so an append undone by a pop is still a modification.
  const during: PyObject[] = [];
  let grew = false;
  during.push = function push(...xs: PyObject[]): number {
    grew = true;
    return Array.prototype.push.apply(this, xs);
  };
  during.splice = function splice(...a: [number, number, ...PyObject[]]): PyObject[] {
    if (a.length > 2) grew = true;
    return Array.prototype.splice.apply(this, a);
  };
  l.items = during;
  let ok = false;
  try {
    const n = saved.length;
    const keys = keyfunc !== None ? keysOf(keyfunc, saved, n) : null;
    if (n > 1) {
      const vals = saved.slice();
      const ks = keys ?? vals;
      if (reverse) {
        vals.reverse();
        if (keys !== null) keys.reverse();
      }
      const perm = identityPerm(n);
      try {
        sortPerm(ks, perm);
      } finally {
        // Also when a comparison raised: the list is left as far as the sort got (as CPython's).
        placeSorted(saved, vals, perm, n, reverse);
      }
    }
    ok = true;
  } finally {
    const modified = l.items !== during || during.length !== 0 || grew;
    l.items = saved;
    if (ok && modified) throw newError(E.ValueError, 'list modified during sort');
  }
}

/** keyfunc(item) for each of items[0..n) (a loop kernel: docs/native-loops.md). */
function keysOf(keyfunc: PyObject, items: PyObject[], n: number): PyObject[] {
  const keys = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) keys[i] = call1(keyfunc, items[i]);
  return keys;
}

/** [0, 1, ..., n - 1] (a kernel). */
function identityPerm(n: number): number[] {
  const perm = new Array<number>(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  return perm;
}

/** Writes vals in the order of perm into out (last first when reverse; a kernel). */
function placeSorted(out: PyObject[], vals: PyObject[], perm: number[], n: number, reverse: boolean): void {
  if (reverse) {
    for (let k = 0; k < n; k++) out[n - 1 - k] = vals[perm[k]];
  } else {
    for (let k = 0; k < n; k++) out[k] = vals[perm[k]];
  }
}

/** Parses list.sort()'s keyword-only arguments: [key, reverse]. */
export function sortArgs(args: PyObject[], kwnames: string[] | null, offset = 0): [PyObject, boolean] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw - offset;
  // Argument Clinic checks the total count before the positional one.
  if (npos + nkw > 2) typeError(`sort() takes at most 2 ${npos === 0 ? 'keyword ' : ''}arguments (${npos + nkw} given)`);
  if (npos > 0) typeError('sort() takes no positional arguments');
  let key: PyObject = None;
  let reverseArg: PyObject | undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[args.length - nkw + k];
    if (name === 'key') key = v;
    else if (name === 'reverse') reverseArg = v;
    else typeError(`'${name}' is an invalid keyword argument for sort()`);
  }
  let reverse = false;
  if (reverseArg !== undefined) {
    const r = indexOf(reverseArg);
    if (typeof r === 'bigint' || r > 2147483647 || r < -2147483648) {
      throw newError(E.OverflowError, 'Python int too large to convert to C int');
    }
    reverse = r !== 0;
  }
  return [key, reverse];
}

/** list.sort(*, key=None, reverse=False) */
export function listSortMethod(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [key, reverse] = sortArgs(args, kwnames);
  listSort(self as PyList, key, reverse);
  return None;
}
