// The backtracking machine that runs a compiled program (compile.ts) over a subject given as
// code points. No JS recursion: choice points and register undo records live on one explicit
// stack of 4-int entries, so long subjects cannot overflow the JS stack. Atomic groups and
// lookarounds push a barrier entry and, when their body succeeds, cut the choice points above
// it (keeping the undo records so that failing later still restores the registers).
//
// Semantics follow sre: `^` and look-behinds see the real start of the string (not `pos`),
// the subject ends at `endpos`; a repetition stops when an iteration matched the empty string;
// `mustAdvance` (set after an empty match by findall/sub/split) rejects an empty match at the
// first start position.

import { Op, type Program } from './compile.js';
import { At } from './nodes.js';
import { isWord, isAsciiWord, lower, asciiLower } from './unicode.js';

const K_UNDO = 0;
const K_CHOICE = 1;
const K_STAR_G = 2;
const K_STAR_L = 3;
const K_BARRIER = 4;
const K_NEG = 5;

let stk = new Int32Array(4096);
let top = 0;

function grow(): void {
  const n = new Int32Array(stk.length * 2);
  n.set(stk);
  stk = n;
}

function push(k: number, a: number, b: number, c: number): void {
  if (top + 4 > stk.length) grow();
  stk[top] = k;
  stk[top + 1] = a;
  stk[top + 2] = b;
  stk[top + 3] = c;
  top += 4;
}

/** Removes the entries above the nearest barrier (and the barrier) except undo records; returns the barrier's position. */
function cut(): number {
  let i = top - 4;
  while (stk[i] !== K_BARRIER) i -= 4;
  const pos = stk[i + 1];
  let w = i;
  for (let j = i + 4; j < top; j += 4) {
    if (stk[j] === K_UNDO) {
      stk[w] = K_UNDO;
      stk[w + 1] = stk[j + 1];
      stk[w + 2] = stk[j + 2];
      w += 4;
    }
  }
  top = w;
  return pos;
}

function isWordAt(s: Int32Array, i: number, ascii: boolean): boolean {
  return ascii ? isAsciiWord(s[i]) : isWord(s[i]);
}

function atTest(kind: number, s: Int32Array, sp: number, end: number): boolean {
  const ascii = (kind & 16) !== 0;
  switch ((kind & 15) as At) {
    case At.Beginning: case At.BeginningString: return sp === 0;
    case At.BeginningLine: return sp === 0 || s[sp - 1] === 10;
    case At.End: return sp === end || (sp === end - 1 && s[sp] === 10);
    case At.EndLine: return sp === end || s[sp] === 10;
    case At.EndString: return sp === end;
    case At.Boundary: case At.NonBoundary: {
      if (end === 0) return false;
      const before = sp > 0 && isWordAt(s, sp - 1, ascii);
      const after = sp < end && isWordAt(s, sp, ascii);
      return (before !== after) === ((kind & 15) === At.Boundary);
    }
  }
  return false;
}

/** Tries one match starting at `start`; on success regs holds the marks (0/1 the whole match). */
function run(p: Program, s: Int32Array, start: number, end: number, regs: Int32Array, full: boolean, mustAdvance: boolean): boolean {
  const code = p.code;
  const tests = p.tests;
  const LI = 2 * p.groups;
  let pc = 0;
  let sp = start;
  top = 0;
  for (;;) {
    let ok = true;
    switch (code[pc]) {
      case Op.MATCH:
        if ((full && sp !== end) || (mustAdvance && sp === start)) {
          ok = false;
          break;
        }
        regs[0] = start;
        regs[1] = sp;
        return true;
      case Op.CHAR:
        if (sp < end && s[sp] === code[pc + 1]) {
          sp++;
          pc += 2;
        } else ok = false;
        break;
      case Op.TEST:
        if (sp < end && tests[code[pc + 1]].test(s[sp])) {
          sp++;
          pc += 2;
        } else ok = false;
        break;
      case Op.AT:
        if (atTest(code[pc + 1], s, sp, end)) pc += 2;
        else ok = false;
        break;
      case Op.SPLIT:
        push(K_CHOICE, code[pc + 1], sp, 0);
        pc += 2;
        break;
      case Op.SPLIT_LAZY:
        push(K_CHOICE, pc + 2, sp, 0);
        pc = code[pc + 1];
        break;
      case Op.JMP:
        pc = code[pc + 1];
        break;
      case Op.SAVE: {
        const slot = code[pc + 1];
        push(K_UNDO, slot, regs[slot], 0);
        regs[slot] = sp;
        if (slot & 1) {
          push(K_UNDO, LI, regs[LI], 0);
          regs[LI] = slot >> 1;
        }
        pc += 2;
        break;
      }
      case Op.REP_INIT: {
        const r = code[pc + 1];
        push(K_UNDO, r, regs[r], 0);
        regs[r] = 0;
        push(K_UNDO, r + 1, regs[r + 1], 0);
        regs[r + 1] = -1;
        pc += 2;
        break;
      }
      case Op.REP_G: {
        const c = regs[code[pc + 1]];
        const max = code[pc + 3];
        if (c < code[pc + 2]) pc += 5;
        else if (max < 0 || c < max) {
          push(K_CHOICE, code[pc + 4], sp, 0);
          pc += 5;
        } else pc = code[pc + 4];
        break;
      }
      case Op.REP_L: {
        const c = regs[code[pc + 1]];
        const max = code[pc + 3];
        if (c < code[pc + 2]) pc += 5;
        else if (max < 0 || c < max) {
          push(K_CHOICE, pc + 5, sp, 0);
          pc = code[pc + 4];
        } else pc = code[pc + 4];
        break;
      }
      case Op.REP_BODY: {
        // An optional iteration (count >= min) records where it starts: sre's last_ptr, the
        // zero-width protection REP_END checks. Mandatory iterations leave it alone.
        const r = code[pc + 1];
        if (regs[r] >= code[pc + 2]) {
          push(K_UNDO, r + 1, regs[r + 1], 0);
          regs[r + 1] = sp;
        }
        pc += 3;
        break;
      }
      case Op.REP_END: {
        const r = code[pc + 1];
        const c = regs[r] + 1;
        push(K_UNDO, r, regs[r], 0);
        regs[r] = c;
        if (sp === regs[r + 1] && c > code[pc + 3]) pc = code[pc + 4];
        else pc = code[pc + 2];
        break;
      }
      case Op.STAR_G: case Op.STAR_P: {
        const t = tests[code[pc + 1]];
        const min = code[pc + 2];
        const max = code[pc + 3];
        const lim = max < 0 || max > end - sp ? end - sp : max;
        let n = 0;
        while (n < lim && t.test(s[sp + n])) n++;
        if (n < min) {
          ok = false;
          break;
        }
        if (n > min && code[pc] === Op.STAR_G) push(K_STAR_G, pc + 4, sp + min, sp + n);
        sp += n;
        pc += 4;
        break;
      }
      case Op.STAR_L: {
        const t = tests[code[pc + 1]];
        const min = code[pc + 2];
        const max = code[pc + 3];
        if (end - sp < min) {
          ok = false;
          break;
        }
        let n = 0;
        while (n < min && t.test(s[sp + n])) n++;
        if (n < min) {
          ok = false;
          break;
        }
        sp += n;
        if (max < 0 || n < max) push(K_STAR_L, pc, sp, n);
        pc += 4;
        break;
      }
      case Op.ATOM_START:
        push(K_BARRIER, sp, 0, 0);
        pc++;
        break;
      case Op.ATOM_END:
        cut();
        pc++;
        break;
      case Op.LOOK_END:
        sp = cut();
        pc++;
        break;
      case Op.NEG_START:
        push(K_NEG, code[pc + 1], sp, 0);
        pc += 2;
        break;
      case Op.NEG_END:
        // The body matched: the negative assertion fails. Undo the body's register changes.
        for (;;) {
          top -= 4;
          const k = stk[top];
          if (k === K_UNDO) regs[stk[top + 1]] = stk[top + 2];
          else if (k === K_NEG) break;
        }
        ok = false;
        break;
      case Op.BACK: {
        const w = code[pc + 1];
        if (sp < w) ok = false;
        else {
          sp -= w;
          pc += 2;
        }
        break;
      }
      case Op.REF: case Op.REF_I: case Op.REF_IA: {
        const g = code[pc + 1];
        const gs = regs[2 * g];
        const ge = regs[2 * g + 1];
        if (gs < 0 || ge < 0 || sp + (ge - gs) > end) {
          ok = false;
          break;
        }
        const op = code[pc];
        for (let k = 0; k < ge - gs; k++) {
          const a = s[gs + k];
          const b = s[sp + k];
          if (a === b) continue;
          if (op === Op.REF || (op === Op.REF_I ? lower(a) !== lower(b) : asciiLower(a) !== asciiLower(b))) {
            ok = false;
            break;
          }
        }
        if (ok) {
          sp += ge - gs;
          pc += 2;
        }
        break;
      }
      case Op.GROUP_EXISTS: {
        const g = code[pc + 1];
        if (regs[2 * g] >= 0 && regs[2 * g + 1] >= 0) pc += 3;
        else pc = code[pc + 2];
        break;
      }
      case Op.FAIL:
        ok = false;
        break;
    }
    if (ok) continue;
    // Backtrack to the latest choice point, undoing register changes on the way.
    for (;;) {
      if (top === 0) return false;
      top -= 4;
      const k = stk[top];
      if (k === K_UNDO) {
        regs[stk[top + 1]] = stk[top + 2];
        continue;
      }
      if (k === K_CHOICE || k === K_NEG) {
        pc = stk[top + 1];
        sp = stk[top + 2];
        break;
      }
      if (k === K_STAR_G) {
        const next = stk[top + 1];
        const min = stk[top + 2];
        let cur = stk[top + 3] - 1;
        if (code[next] === Op.CHAR) {
          // Give back characters until the next literal can match.
          const c = code[next + 1];
          while (cur >= min && (cur >= end || s[cur] !== c)) cur--;
          if (cur < min) continue;
        }
        if (cur > min) {
          stk[top + 3] = cur;
          top += 4;
        }
        pc = next;
        sp = cur;
        break;
      }
      if (k === K_STAR_L) {
        const ipc = stk[top + 1];
        const cur = stk[top + 2];
        const n = stk[top + 3];
        const max = code[ipc + 3];
        if (cur < end && tests[code[ipc + 1]].test(s[cur])) {
          if (max < 0 || n + 1 < max) {
            stk[top + 2] = cur + 1;
            stk[top + 3] = n + 1;
            top += 4;
          }
          pc = ipc + 4;
          sp = cur + 1;
          break;
        }
        continue;
      }
      // K_BARRIER: the atomic body or lookahead failed; keep unwinding.
    }
  }
}

export const enum Mode { Match, FullMatch, Search }

/**
 * One match of p in s[.. end) from pos: the group marks (2 per group) and lastindex, or null.
 * The returned array is fresh (the caller keeps it).
 */
export function matchAt(p: Program, s: Int32Array, pos: number, end: number, mode: Mode, mustAdvance: boolean): Int32Array | null {
  const regs = new Int32Array(p.nregs);
  if (mode !== Mode.Search) {
    regs.fill(-1);
    return run(p, s, pos, end, regs, mode === Mode.FullMatch, mustAdvance) ? regs.slice(0, 2 * p.groups + 1) : null;
  }
  const fc = p.firstChar;
  const ft = p.firstTest;
  for (let start = pos; start <= end; start++) {
    if (p.anchored && start > 0) return null;
    if (fc >= 0) {
      while (start < end && s[start] !== fc) start++;
      if (start >= end) return null;
    } else if (ft !== null) {
      while (start < end && !ft.test(s[start])) start++;
      if (start >= end) return null;
    }
    regs.fill(-1);
    if (run(p, s, start, end, regs, false, mustAdvance && start === pos)) return regs.slice(0, 2 * p.groups + 1);
  }
  return null;
}
