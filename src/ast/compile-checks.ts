// SyntaxErrors CPython 3.11's compiler (not its parser or symbol table) raises, for the backends
// to share: those for `match` patterns (compile.c's compiler_pattern_*: unreachable cases, names
// bound twice or differently by alternatives, starred names, mapping keys, class-pattern
// attributes, __debug__), checked case by case in compile order for a backend without a pattern
// compiler of its own (the tree-walker), located where CPython's are: at the pattern most
// recently entered; and parameters named __debug__.

import type { match_case, pattern, expr, arguments as Arguments, Pos } from './nodes.js';
import { PyBytesConst, PyComplexConst } from './constant.js';
import { floatRepr, complexRepr } from '../text/float-repr.js';
import { strRepr, bytesRepr } from '../text/str-repr.js';

/** Does a def or lambda have a parameter named __debug__ (compiler_check_debug_args)? */
export function hasDebugParameter(a: Arguments): boolean {
  for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
    if (x !== null && x.arg === '__debug__') return true;
  }
  return false;
}

export type PatternErrorFn = (msg: string, at: Pos) => never;

/** Checks the pattern of case `i` of a match with `ncases` cases (CPython's compiler_match_inner). */
export function checkMatchCase(cases: readonly match_case[], i: number, error: PatternErrorFn): void {
  const n = cases.length;
  const last = cases[n - 1].pattern;
  const hasDefault = n > 1 && last._type === 'MatchAs' && last.pattern === null && last.name === null;
  if (hasDefault && i === n - 1) return;
  const m = cases[i];
  new Checker(error).pattern(m.pattern, { allowIrrefutable: m.guard !== null || i === n - 1, stores: [] });
}

interface Ctx {
  allowIrrefutable: boolean;
  stores: string[];
}

class Checker {
  private loc: Pos | null = null;
  constructor(private readonly fail: PatternErrorFn) {}

  private error(msg: string): never {
    return this.fail(msg, this.loc!);
  }

  private store(name: string | null, pc: Ctx): void {
    if (name === null) return;
    if (name === '__debug__') this.error('cannot assign to __debug__');
    if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }

  private sub(p: pattern, pc: Ctx): void {
    const saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = saved;
  }

  pattern(p: pattern, pc: Ctx): void {
    this.loc = p;
    switch (p._type) {
      case 'MatchValue':
        if (!isValueExpr(p.value)) this.error('patterns may only match literals and attribute lookups');
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence': {
        let star = -1;
        for (let i = 0; i < p.patterns.length; i++) {
          if (p.patterns[i]._type !== 'MatchStar') continue;
          if (star >= 0) this.error('multiple starred names in sequence pattern');
          star = i;
        }
        for (const x of p.patterns) this.sub(x, pc);
        return;
      }
      case 'MatchStar':
        this.store(p.name, pc);
        return;
      case 'MatchMapping': {
        const seen: unknown[] = [];
        for (const k of p.keys) {
          const c = constantOf(k);
          if (c !== NOT_CONST) {
            const key = keyOf(c);
            if (seen.some((s) => s === key)) this.error(`mapping pattern checks duplicate key (${reprOf(c)})`);
            seen.push(key);
          } else if (k._type !== 'Attribute') {
            this.error('mapping pattern keys may only match literals and attribute lookups');
          }
        }
        for (const x of p.patterns) this.sub(x, pc);
        this.store(p.rest, pc);
        return;
      }
      case 'MatchClass': {
        const attrs = p.kwd_attrs;
        for (let i = 0; i < attrs.length; i++) {
          this.loc = p.kwd_patterns[i];
          if (attrs[i] === '__debug__') this.error('cannot assign to __debug__');
          for (let j = i + 1; j < attrs.length; j++) {
            if (attrs[j] === attrs[i]) {
              this.loc = p.kwd_patterns[j];
              this.error(`attribute name repeated in class pattern: ${attrs[i]}`);
            }
          }
        }
        this.loc = p;
        for (const x of p.patterns) this.sub(x, pc);
        for (const x of p.kwd_patterns) this.sub(x, pc);
        return;
      }
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            this.error(p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable');
          }
          this.store(p.name, pc);
          return;
        }
        this.pattern(p.pattern, pc);
        this.store(p.name, pc);
        return;
      case 'MatchOr': {
        const outer = pc.stores;
        const allow = pc.allowIrrefutable;
        let control: string[] | null = null;
        const n = p.patterns.length;
        for (let i = 0; i < n; i++) {
          const alt = p.patterns[i];
          pc.stores = [];
          pc.allowIrrefutable = i === n - 1 && allow;
          this.pattern(alt, pc);
          if (control === null) control = pc.stores;
          else if (pc.stores.length !== control.length || pc.stores.some((s) => !control!.includes(s))) {
            this.error('alternative patterns bind different names');
          }
        }
        pc.allowIrrefutable = allow;
        pc.stores = outer;
        for (const name of control ?? []) this.store(name, pc);
        return;
      }
    }
  }
}

/** What MATCH_VALUE_EXPR accepts after constant folding: a constant (signed numbers and complex sums included) or an attribute. */
function isValueExpr(e: expr): boolean {
  return e._type === 'Attribute' || constantOf(e) !== NOT_CONST;
}

const NOT_CONST: unique symbol = Symbol('not a constant');
type Const = ReturnType<typeof constantOf>;

/** The folded constant value of a key or value expression, or NOT_CONST. */
function constantOf(e: expr): unknown {
  switch (e._type) {
    case 'Constant':
      return e.value;
    case 'UnaryOp': {
      if (e.op !== 'USub' || e.operand._type !== 'Constant') return NOT_CONST;
      const v = e.operand.value;
      if (typeof v === 'bigint') return -v;
      if (typeof v === 'number') return -v;
      if (v instanceof PyComplexConst) return new PyComplexConst(-v.real, -v.imag);
      return NOT_CONST;
    }
    case 'BinOp': {
      if (e.op !== 'Add' && e.op !== 'Sub') return NOT_CONST;
      const l = constantOf(e.left);
      const r = e.right._type === 'Constant' ? e.right.value : NOT_CONST;
      if (l === NOT_CONST || !(r instanceof PyComplexConst)) return NOT_CONST;
      const re = typeof l === 'bigint' ? Number(l) : typeof l === 'number' ? l : NaN;
      if (Number.isNaN(re)) return NOT_CONST;
      return new PyComplexConst(re, e.op === 'Add' ? r.imag : -r.imag);
    }
    default:
      return NOT_CONST;
  }
}

/** A key equal for equal Python values (1 == 1.0 == True). */
/** A JS value equal for two constants exactly when CPython's set of keys sees them as one (0 == 0.0 == 0j == False). */
export function keyOf(v: Const): unknown {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string') return 's:' + v;
  if (v instanceof PyBytesConst) return 'b:' + Array.from(v.bytes).join(',');
  if (v instanceof PyComplexConst) return v.imag === 0 ? keyOf(v.real) : `c:${v.real}:${v.imag}`;
  return v;
}

export function reprOf(v: Const): string {
  if (typeof v === 'string') return strRepr(v);
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return floatRepr(v);
  if (v instanceof PyComplexConst) return complexRepr(v.real, v.imag);
  if (v instanceof PyBytesConst) return bytesRepr(v.bytes);
  return String(v);
}
