// One-character tests of the matcher program: literals (case-sensitive or not), '.', and
// character classes with ranges, categories, negation and IGNORECASE. A class answers ASCII
// code points from a table built when it is made; others are tested item by item.

import { Cat, type SetItem } from './nodes.js';
import { isWord, isDigit, isSpace, isAsciiWord, isAsciiDigit, isAsciiSpace, lower, upper, asciiLower, asciiUpper } from './unicode.js';

export interface CharTest {
  test(cp: number): boolean;
}

export class LitTest implements CharTest {
  constructor(readonly c: number) {}
  test(cp: number): boolean {
    return cp === this.c;
  }
}

/** A literal under IGNORECASE: equal, or equal lowercase, or equal uppercase (sre's case fixes). */
export class LitITest implements CharTest {
  readonly lc: number;
  readonly uc: number;
  constructor(readonly c: number, readonly ascii: boolean) {
    this.lc = ascii ? asciiLower(c) : lower(c);
    this.uc = ascii ? asciiUpper(c) : upper(c);
  }
  test(cp: number): boolean {
    if (cp === this.c) return true;
    if (this.ascii) return asciiLower(cp) === this.lc;
    return lower(cp) === this.lc || upper(cp) === this.uc;
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

export class SetTest implements CharTest {
  private readonly table = new Uint8Array(128);
  private readonly items: SetItem[];
  constructor(items: SetItem[], readonly neg: boolean, readonly icase: boolean, readonly ascii: boolean) {
    const all = items.slice();
    if (icase) {
      // Case variants of literals (CPython lowers the set's members and adds the case fixes).
      for (const it of items) {
        if (it.t === 'lit') {
          const l = ascii ? asciiLower(it.c) : lower(it.c);
          const u = ascii ? asciiUpper(it.c) : upper(it.c);
          if (l !== it.c) all.push({ t: 'lit', c: l });
          if (u !== it.c) all.push({ t: 'lit', c: u });
        }
      }
    }
    this.items = all;
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
  private slow(cp: number): boolean {
    let r = this.member(cp);
    if (!r && this.icase) {
      if (this.ascii) r = this.member(asciiLower(cp)) || this.member(asciiUpper(cp));
      else r = this.member(lower(cp)) || this.member(upper(cp));
    }
    return r !== this.neg;
  }
  test(cp: number): boolean {
    return cp < 128 ? this.table[cp] === 1 : this.slow(cp);
  }
}
