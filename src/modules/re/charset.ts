// One-character tests of the matcher program: literals (case-sensitive or not), '.', and
// character classes with ranges, categories, negation and IGNORECASE. A class answers ASCII
// code points from a table built when it is made; others are tested item by item.

import { Cat, type SetItem } from './nodes.js';
import { isWord, isDigit, isSpace, isAsciiWord, isAsciiDigit, isAsciiSpace, lower, asciiLower, extraCases, lowerPreimages } from './unicode.js';

export interface CharTest {
  test(cp: number): boolean;
}

export class LitTest implements CharTest {
  constructor(readonly c: number) {}
  test(cp: number): boolean {
    return cp === this.c;
  }
}

/** A literal under IGNORECASE: sre compares lowercases (plus its extra case equivalences). */
export class LitITest implements CharTest {
  readonly lc: number;
  readonly extra: number[] | undefined;
  constructor(readonly c: number, readonly ascii: boolean) {
    this.lc = ascii ? asciiLower(c) : lower(c);
    this.extra = ascii ? undefined : extraCases(this.lc);
  }
  test(cp: number): boolean {
    if (cp === this.c) return true;
    if (this.ascii) return asciiLower(cp) === this.lc;
    const l = lower(cp);
    return l === this.lc || (this.extra !== undefined && this.extra.includes(l));
  }
}

export class AnyTest implements CharTest {
  constructor(readonly dotall: boolean) {}
  test(cp: number): boolean {
    return this.dotall || cp !== 10;
  }
}

function catTest(cat: Cat, cp: number, ascii: boolean): boolean {
  switch (cat) {
    case Cat.Digit: return ascii ? isAsciiDigit(cp) : isDigit(cp);
    case Cat.NotDigit: return !(ascii ? isAsciiDigit(cp) : isDigit(cp));
    case Cat.Space: return ascii ? isAsciiSpace(cp) : isSpace(cp);
    case Cat.NotSpace: return !(ascii ? isAsciiSpace(cp) : isSpace(cp));
    case Cat.Word: return ascii ? isAsciiWord(cp) : isWord(cp);
    case Cat.NotWord: return !(ascii ? isAsciiWord(cp) : isWord(cp));
  }
}

/**
 * A class. Under IGNORECASE sre tests the lowercase of the character against the class with
 * its members lowercased: a literal matches by lowercase, a range when some character of it
 * lowercases to the same (or an extra case equivalent) lowercase.
 */
export class SetTest implements CharTest {
  private readonly table = new Uint8Array(128);
  private readonly lowered: Set<number>;
  constructor(private readonly items: SetItem[], readonly neg: boolean, readonly icase: boolean, readonly ascii: boolean) {
    this.lowered = new Set();
    if (icase) {
      for (const it of items) if (it.t === 'lit') this.lowered.add(ascii ? asciiLower(it.c) : lower(it.c));
    }
    for (let c = 0; c < 128; c++) this.table[c] = this.slow(c) ? 1 : 0;
  }
  private member(cp: number): boolean {
    const items = this.items;
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      switch (it.t) {
        case 'lit': if (cp === it.c) return true; break;
        case 'range': if (cp >= it.lo && cp <= it.hi) return true; break;
        case 'cat': if (catTest(it.cat, cp, this.ascii)) return true; break;
      }
    }
    return false;
  }
  /** Is lowercase `t` in the lowercased class? */
  private memberLowered(t: number): boolean {
    if (this.lowered.has(t)) return true;
    let pre: number[] | null = null;
    for (const it of this.items) {
      if (it.t === 'range') {
        pre ??= lowerPreimages(t, this.ascii);
        for (const c of pre) if (c >= it.lo && c <= it.hi) return true;
      } else if (it.t === 'cat') {
        if (catTest(it.cat, t, this.ascii)) return true;
      }
    }
    return false;
  }
  private slow(cp: number): boolean {
    if (!this.icase) return this.member(cp) !== this.neg;
    let r: boolean;
    if (this.ascii) r = this.memberLowered(asciiLower(cp));
    else {
      const l = lower(cp);
      r = this.memberLowered(l);
      if (!r) {
        const extra = extraCases(l);
        if (extra !== undefined) for (const e of extra) if (this.memberLowered(e)) r = true;
      }
    }
    return r !== this.neg;
  }
  test(cp: number): boolean {
    return cp < 128 ? this.table[cp] === 1 : this.slow(cp);
  }
}

/**
 * Passes what any of `tests` passes: the possible first characters of a pattern whose first
 * item is not one test (an alternation, an optional prefix), for the search loop's skipping.
 */
export class UnionTest implements CharTest {
  private readonly table = new Uint8Array(128);
  constructor(private readonly tests: readonly CharTest[]) {
    for (let c = 0; c < 128; c++) this.table[c] = this.slow(c) ? 1 : 0;
  }
  private slow(cp: number): boolean {
    for (let k = 0; k < this.tests.length; k++) if (this.tests[k].test(cp)) return true;
    return false;
  }
  test(cp: number): boolean {
    return cp < 128 ? this.table[cp] === 1 : this.slow(cp);
  }
}
