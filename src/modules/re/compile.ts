// The compiler: a syntax tree (nodes.ts) to a matcher program, a flat Int32Array of
// instructions run by the backtracking machine in match.ts. One-character tests (literals under
// IGNORECASE, '.', classes) live in a side table; repetitions of one-character items become a
// single STAR instruction, other repetitions a counted loop over registers.
//
// Registers (Int32Array, all changes undone on backtracking): 0 .. 2*groups-1 group marks,
// 2*groups the lastindex, then two per counted loop (iteration count, start of the iteration).

import { type Node, type CaseMode, At, RepMode } from './nodes.js';
import { type CharTest, LitTest, LitITest, AnyTest, SetTest, UnionTest } from './charset.js';
import { lower, upper, asciiLower, asciiUpper } from './unicode.js';
import { nodeWidth, type Width } from './width.js';

export const enum Op {
  MATCH, CHAR, TEST, AT, SPLIT, SPLIT_LAZY, JMP, SAVE,
  REP_INIT, REP_G, REP_L, REP_BODY, REP_END,
  STAR_G, STAR_L, STAR_P,
  ATOM_START, ATOM_END, LOOK_END, NEG_START, NEG_END, BACK,
  REF, REF_I, REF_IA, GROUP_EXISTS, FAIL,
}

/** Sizes of the instructions (opcode included). */
export const OP_SIZE: readonly number[] = [
  1, 2, 2, 2, 2, 2, 2, 2,
  2, 5, 5, 3, 5,
  4, 4, 4,
  1, 1, 1, 2, 1, 2,
  2, 2, 2, 3, 1,
];

export interface Program {
  code: Int32Array;
  tests: CharTest[];
  groups: number;
  nregs: number;
  /** The first instruction's one-character test when every match must start with it (search skips). */
  firstTest: CharTest | null;
  /** The first code point of every match (case-sensitive literal), or -1. */
  firstChar: number;
  /** Matches can only start at the string's beginning (`^` without MULTILINE, `\A`). */
  anchored: boolean;
}

class Builder {
  code: number[] = [];
  tests: CharTest[] = [];
  nregs: number;
  constructor(readonly groups: number, readonly widths: readonly (Width | null)[]) {
    this.nregs = 2 * groups + 1;
  }
  emit(...xs: number[]): number {
    const at = this.code.length;
    for (const x of xs) this.code.push(x);
    return at;
  }
  test(t: CharTest): number {
    this.tests.push(t);
    return this.tests.length - 1;
  }
  /** A one-character node's test, or null for other nodes. */
  charTest(n: Node): CharTest | null {
    switch (n.k) {
      case 'lit': return n.m.i && isCased(n.c, n.m) ? new LitITest(n.c, n.m.a) : new LitTest(n.c);
      case 'any': return new AnyTest(n.dotall);
      case 'set': return new SetTest(n.items, n.neg, n.m.i, n.m.a);
      default: return null;
    }
  }
  node(n: Node): void {
    switch (n.k) {
      case 'lit':
        if (n.m.i && isCased(n.c, n.m)) this.emit(Op.TEST, this.test(new LitITest(n.c, n.m.a)));
        else this.emit(Op.CHAR, n.c);
        return;
      case 'any': case 'set':
        this.emit(Op.TEST, this.test(this.charTest(n)!));
        return;
      case 'cat':
        for (const x of n.items) this.node(x);
        return;
      case 'alt': {
        const jumps: number[] = [];
        for (let k = 0; k < n.items.length; k++) {
          if (k < n.items.length - 1) {
            const split = this.emit(Op.SPLIT, 0);
            this.node(n.items[k]);
            jumps.push(this.emit(Op.JMP, 0));
            this.code[split + 1] = this.code.length;
          } else {
            this.node(n.items[k]);
          }
        }
        for (const j of jumps) this.code[j + 1] = this.code.length;
        return;
      }
      case 'group':
        this.emit(Op.SAVE, 2 * n.g);
        this.node(n.body);
        this.emit(Op.SAVE, 2 * n.g + 1);
        return;
      case 'rep':
        this.rep(n.min, n.max, n.mode, n.body);
        return;
      case 'at':
        this.emit(Op.AT, n.at | (n.ascii ? 16 : 0));
        return;
      case 'ref':
        if (!n.m.i) this.emit(Op.REF, n.g);
        else this.emit(n.m.a ? Op.REF_IA : Op.REF_I, n.g);
        return;
      case 'look':
        if (n.neg) {
          const start = this.emit(Op.NEG_START, 0);
          if (n.behind) this.emit(Op.BACK, nodeWidth(n.body, this.widths)[0]);
          this.node(n.body);
          this.emit(Op.NEG_END);
          this.code[start + 1] = this.code.length;
        } else {
          this.emit(Op.ATOM_START);
          if (n.behind) this.emit(Op.BACK, nodeWidth(n.body, this.widths)[0]);
          this.node(n.body);
          this.emit(Op.LOOK_END);
        }
        return;
      case 'atomic':
        this.emit(Op.ATOM_START);
        this.node(n.body);
        this.emit(Op.ATOM_END);
        return;
      case 'cond': {
        const at = this.emit(Op.GROUP_EXISTS, n.g, 0);
        this.node(n.yes);
        const j = this.emit(Op.JMP, 0);
        this.code[at + 2] = this.code.length;
        if (n.no !== null) this.node(n.no);
        this.code[j + 1] = this.code.length;
        return;
      }
    }
  }
  rep(min: number, max: number, mode: RepMode, body: Node): void {
    const t = this.charTest(body);
    if (t !== null) {
      const op = mode === RepMode.Greedy ? Op.STAR_G : mode === RepMode.Lazy ? Op.STAR_L : Op.STAR_P;
      this.emit(op, this.test(t), min, max);
      return;
    }
    if (mode === RepMode.Possessive) {
      this.emit(Op.ATOM_START);
      this.rep(min, max, RepMode.Greedy, body);
      this.emit(Op.ATOM_END);
      return;
    }
    if (max === 0) return;
    if (min === 0 && max === 1) {
      // x? : a plain choice (no loop bookkeeping).
      const split = this.emit(mode === RepMode.Greedy ? Op.SPLIT : Op.SPLIT_LAZY, 0);
      this.node(body);
      this.code[split + 1] = this.code.length;
      return;
    }
    const r = this.nregs;
    this.nregs += 2;
    this.emit(Op.REP_INIT, r);
    const head = this.emit(mode === RepMode.Greedy ? Op.REP_G : Op.REP_L, r, min, max, 0);
    this.emit(Op.REP_BODY, r, min);
    this.node(body);
    const end = this.emit(Op.REP_END, r, head, min, 0);
    const exit = this.code.length;
    this.code[head + 4] = exit;
    this.code[end + 4] = exit;
  }
}

function isCased(c: number, m: CaseMode): boolean {
  return m.a ? asciiLower(c) !== c || asciiUpper(c) !== c : lower(c) !== c || upper(c) !== c;
}

export function compile(root: Node, groups: number, groupWidths: readonly (Width | null)[]): Program {
  const b = new Builder(groups, groupWidths);
  b.node(root);
  b.emit(Op.MATCH);
  const code = Int32Array.from(b.code);
  let firstTest: CharTest | null = null;
  let firstChar = -1;
  let anchored = false;
  // The first instruction that consumes or tests (group starts only record the position).
  let pc = 0;
  while (code[pc] === Op.SAVE) pc += 2;
  switch (code[pc]) {
    case Op.CHAR: firstChar = code[pc + 1]; break;
    case Op.TEST: firstTest = b.tests[code[pc + 1]]; break;
    case Op.STAR_G: case Op.STAR_L: case Op.STAR_P:
      if (code[pc + 2] > 0) firstTest = b.tests[code[pc + 1]];
      break;
    case Op.AT: {
      const at = code[pc + 1] & 15;
      anchored = at === At.Beginning || at === At.BeginningString;
      break;
    }
  }
  if (firstChar < 0 && firstTest === null && !anchored) {
    // The first instruction is a choice, a loop or an anchor: collect the tests one of which
    // every match's first character passes, from the tree.
    const tests: CharTest[] = [];
    if (firstTests(root, tests, b) === First.Consumes && tests.length <= 32) firstTest = new UnionTest(tests);
  }
  return { code, tests: b.tests, groups, nregs: b.nregs, firstTest, firstChar, anchored };
}

const enum First {
  /** Every match of the node consumes a first character, and it passes one of the tests. */
  Consumes,
  /** The node may match the empty string; a match that consumes starts as the tests say. */
  Nullable,
  /** Not followed (a backreference, a conditional, '.' under DOTALL): no skipping. */
  Unknown,
}

/**
 * Adds to `out` the tests one of which the first character a match of `n` consumes passes.
 * Zero-width items (anchors, lookarounds) count as matching the empty string: the character
 * after them is still the match's first, so the set stays an over-approximation.
 */
function firstTests(n: Node, out: CharTest[], b: Builder): First {
  switch (n.k) {
    case 'lit': case 'set': case 'any': {
      if (n.k === 'any' && n.dotall) return First.Unknown;
      out.push(b.charTest(n)!);
      return First.Consumes;
    }
    case 'cat':
      for (const x of n.items) {
        const r = firstTests(x, out, b);
        if (r !== First.Nullable) return r;
      }
      return First.Nullable;
    case 'alt': {
      let res = First.Consumes;
      for (const x of n.items) {
        const r = firstTests(x, out, b);
        if (r === First.Unknown) return r;
        if (r === First.Nullable) res = First.Nullable;
      }
      return res;
    }
    case 'group': case 'atomic':
      return firstTests(n.body, out, b);
    case 'rep': {
      if (n.max === 0) return First.Nullable;
      const r = firstTests(n.body, out, b);
      return r === First.Unknown ? r : n.min === 0 ? First.Nullable : r;
    }
    case 'at': case 'look':
      return First.Nullable;
    default:
      return First.Unknown;
  }
}
