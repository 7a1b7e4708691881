// The match statement (CPython 3.11's compiler_match and compiler_pattern_*): each pattern
// consumes the subject on the stack; captured values accumulate on the stack and are stored
// only when the whole case matches; a failure jumps into a chain of POP_TOPs (fail_pop) that
// drops exactly what the failing point had pushed.

import type { Match, pattern, MatchAs, MatchOr, MatchSequence, MatchMapping, MatchClass } from '../../src/ast/nodes.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { Op } from './opcodes.js';
import { type Compiler, type Label, constValue } from './compiler.js';
import { compileExpr, compileJumpIf } from './compile-expr.js';
import { compileStmts } from './compile-stmt.js';
import { checkMatchCase } from '../../src/ast/compile-checks.js';

interface PatternContext {
  /** Names captured so far, in stack order (the first is on top). */
  stores: string[];
  allowIrrefutable: boolean;
  /** failPop[k]: pops k items, then fails. */
  failPop: Label[];
  /** Items pushed above the captures that a failure must also pop. */
  onTop: number;
}

function isWildcard(p: pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

function isStarWildcard(p: pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

export function compileMatch(c: Compiler, s: Match): void {
  compileExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const hasDefault = cases > 1 && isWildcard(s.cases[cases - 1].pattern);
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const m = s.cases[i];
    // The shared checks first, so that a bad pattern's SyntaxError is located where CPython's is.
    checkMatchCase(s.cases, i, (msg, at) => c.error(msg, at));
    c.setLine(m.pattern);
    if (i !== cases - (hasDefault ? 1 : 0) - 1) c.emit(Op.COPY, 1);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameOp(name, 'Store', m.pattern);
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      compileJumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (i !== cases - (hasDefault ? 1 : 0) - 1) c.emit(Op.POP_TOP);
    compileStmts(c, m.body);
    c.emitJump(Op.JUMP, end);
    c.setLine(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = s.cases[cases - 1];
    c.setLine(m.pattern);
    if (cases === 1) c.emit(Op.POP_TOP);
    else c.emit(Op.NOP);
    if (m.guard !== null) compileJumpIf(c, m.guard, end, false);
    compileStmts(c, m.body);
  }
  c.useLabel(end);
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: Op): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emitJump(op, pc.failPop[pops]);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]);
    c.emit(Op.POP_TOP);
  }
  c.useLabel(pc.failPop[0]);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext, p: pattern): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  if (name === '__debug__') c.error('cannot assign to __debug__', p);
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, p);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function compileSubpattern(c: Compiler, p: pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function compilePattern(c: Compiler, p: pattern, pc: PatternContext): void {
  const saved = c.unit.line;
  c.setLine(p);
  switch (p._type) {
    case 'MatchValue': {
      const v = p.value;
      if (v._type !== 'Constant' && v._type !== 'Attribute' && !(v._type === 'UnaryOp' || v._type === 'BinOp')) {
        c.error('patterns may only match literals and attribute lookups', p);
      }
      compileExpr(c, v);
      c.emit(Op.COMPARE_OP, 2);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      break;
    }
    case 'MatchSingleton':
      c.loadConst(constValue(p.value));
      c.emit(Op.IS_OP, 0);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      break;
    case 'MatchSequence':
      compileSequencePattern(c, p, pc);
      break;
    case 'MatchMapping':
      compileMappingPattern(c, p, pc);
      break;
    case 'MatchClass':
      compileClassPattern(c, p, pc);
      break;
    case 'MatchStar':
      storeName(c, p.name, pc, p);
      break;
    case 'MatchAs':
      compileAsPattern(c, p, pc);
      break;
    case 'MatchOr':
      compileOrPattern(c, p, pc);
      break;
  }
  c.unit.line = saved;
}

function compileAsPattern(c: Compiler, p: MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name === null) c.error('wildcard makes remaining patterns unreachable', p);
      c.error(`name capture '${p.name}' makes remaining patterns unreachable`, p);
    }
    storeName(c, p.name, pc, p);
    return;
  }
  pc.onTop++;
  c.emit(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc, p);
}

function compileSequencePattern(c: Compiler, p: MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const x = patterns[i];
    if (x._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern', x);
      starWildcard = isStarWildcard(x);
      onlyWildcard = onlyWildcard && starWildcard;
      star = i;
      continue;
    }
    onlyWildcard = onlyWildcard && isWildcard(x);
  }
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(size);
    c.emit(Op.COMPARE_OP, 2);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.emit(Op.GET_LEN);
    c.loadConst(size - 1);
    c.emit(Op.COMPARE_OP, 5);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    c.emit(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscripts(c, patterns, star, pc);
  } else {
    sequenceUnpack(c, patterns, star, pc);
  }
}

function sequenceUnpack(c: Compiler, patterns: pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  if (star >= 0) c.emit(Op.UNPACK_EX, star + ((size - star - 1) << 8));
  else c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size;
  for (const x of patterns) {
    pc.onTop--;
    compileSubpattern(c, x, pc);
  }
}

function sequenceSubscripts(c: Compiler, patterns: pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const x = patterns[i];
    if (isWildcard(x) || i === star) continue;
    c.emit(Op.COPY, 1);
    if (i < star) {
      c.loadConst(i);
    } else {
      c.emit(Op.GET_LEN);
      c.loadConst(size - i);
      c.emit(Op.BINARY_OP, 10);
    }
    c.emit(Op.BINARY_SUBSCR);
    compileSubpattern(c, x, pc);
  }
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

function compileMappingPattern(c: Compiler, p: MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  const size = keys.length;
  if (size !== patterns.length) c.error("keys (%d) / patterns (%d) length mismatch in mapping pattern", p);
  const rest = p.rest;
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && rest === null) {
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(size);
    c.emit(Op.COMPARE_OP, 5);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  // (Duplicate and non-literal keys were reported by checkMatchCase before any code.)
  for (const k of keys) compileExpr(c, k);
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  c.loadNone();
  c.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    compileSubpattern(c, patterns[i], pc);
  }
  pc.onTop -= 2;
  if (rest !== null) {
    c.emit(Op.BUILD_MAP, 0);
    c.emit(Op.SWAP, 3);
    c.emit(Op.DICT_UPDATE, 2);
    c.emit(Op.UNPACK_SEQUENCE, size);
    let n = size;
    while (n > 0) {
      c.emit(Op.COPY, 1 + n--);
      c.emit(Op.SWAP, 2);
      c.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, rest, pc, p);
  } else {
    c.emit(Op.POP_TOP);
    c.emit(Op.POP_TOP);
  }
}

function compileClassPattern(c: Compiler, p: MatchClass, pc: PatternContext): void {
  const patterns = p.patterns;
  const attrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = attrs.length;
  if (nattrs !== kwdPatterns.length) c.error('kwd_attrs and kwd_patterns must have the same length', p);
  for (let i = 0; i < nattrs; i++) {
    if (attrs[i] === '__debug__') c.error('cannot assign to __debug__', kwdPatterns[i]);
    for (let j = i + 1; j < nattrs; j++) {
      if (attrs[i] === attrs[j]) c.error(`attribute name repeated in class pattern: ${attrs[j]}`, kwdPatterns[j]);
    }
  }
  compileExpr(c, p.cls);
  c.loadConst(new PyTuple(attrs.slice()));
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  c.loadNone();
  c.emit(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const x = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
    if (isWildcard(x)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    compileSubpattern(c, x, pc);
  }
}

function compileOrPattern(c: Compiler, p: MatchOr, pc: PatternContext): void {
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.setLine(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.error('alternative patterns bind different names', alt);
    } else if (nstores > 0) {
      // Reorder the captures on the stack to the first alternative's order.
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names', alt);
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.emitJump(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, p);
    pc.stores.push(name);
  }
  c.emit(Op.POP_TOP);
}
