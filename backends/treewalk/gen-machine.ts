// A generator function's body as a resumable statement walk: the position in the body (the
// block, the statement index and the enclosing loops and `if` branches) is kept in Level
// records on the generator instead of in JS generator frames, so a resume is a plain call that
// continues the walk from the saved position. Statements that are just a yield (`yield v`,
// `x = yield v`, `yield from it`), `if` statements with a yield-free test, and `while`/`for`
// loops with yield-free headers are walked here; any other statement that contains a yield
// (a yield inside an expression, try/with around a yield, async for, ...) runs as a JS
// generator (execStmtG) held in `sub` until it completes. docs/treewalk.md: "Generators".

import { nextKeepsStopValue } from '../../src/objects/iterators.js';
import type { stmt, expr, GeneratorExp, If, Assign, For, While, Compare } from '../../src/ast/nodes.js';
import type { PyObject } from '../../src/objects/object.js';
import { None } from '../../src/objects/singletons.js';
import { PyBaseException, E } from '../../src/objects/exception.js';
import { typeOf, getAttr, isTrue, getIter, iterNext, call, getAttrOrUndefined } from '../../src/objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../../src/objects/dunder.js';
import { getExcField } from '../../src/objects/exception-types.js';
import { delegateThrowArgs } from '../../src/runtime/exc-state.js';
import { storeName } from './names.js';
import { Acc, type Binding } from './code.js';
import type { Frame } from './frame.js';
import { evalExpr, evalK, compareExpr, condition } from './eval.js';
import { kindOf } from './kinds.js';
import { stepKind, stepNext } from './iter-step.js';
import { assignTo, unpackPlan, unpackFast, type UnpackPlan } from './assign.js';
import { execStmtK, blockKinds, asPyException, NORMAL, BREAK, RETURN } from './exec.js';
import { hasYield, yieldShape, execStmtG, yieldedValue, yieldFromSource, resumeInto, genClose, dropTemporary, takeThrownOwn, chainReturnedThrow, generatorCount, PyGenerator, YS_YIELD, YS_ASSIGN, YS_FROM, YS_IF } from './generator.js';
import { T } from '../../src/objects/types.js';

type Ext = { [k: string]: unknown };
type G<T> = Generator<PyObject, T, PyObject>;

// Machine shapes of a statement (0: no yield, run by execStmtK; the yield shapes of generator.ts).
const M_OTHER = 1;
const M_WHILE = 6;
const M_FOR = 7;

const PLAIN = 0;
const LOOP = 1;

/** One block being walked: the function body, an `if` branch, a loop body or a loop's else. */
class Level {
  i = 0;
  /** A for loop over a generator it made for itself (pushed on GenMachine.owned). */
  own = false;
  /** A for loop iterator's step form (iter-step.ts). */
  readonly sk: number;
  constructor(
    readonly blk: stmt[],
    /** Statement kinds and lines (exec.ts's `kl`). */
    readonly kl: number[],
    readonly shapes: Int8Array,
    readonly kind: number,
    /** The loop statement (LOOP levels). */
    readonly loop: stmt | null,
    /** A for loop's iterator (null for while). */
    readonly it: PyObject | null,
    readonly up: Level | null,
  ) {
    this.sk = it !== null ? stepKind(it) : 0;
  }
}

function plainLevel(blk: stmt[], up: Level | null): Level {
  let kl = (blk as unknown as { kl?: number[] }).kl;
  if (kl === undefined) kl = blockKinds(blk);
  return new Level(blk, kl, machineShapes(blk), PLAIN, null, null, up);
}

function machineShapes(body: stmt[]): Int8Array {
  const ext = body as unknown as { ms?: Int8Array };
  let c = ext.ms;
  if (c === undefined) {
    c = new Int8Array(body.length);
    for (let i = 0; i < body.length; i++) {
      const s = body[i];
      if (!hasYield(s)) continue;
      let m = yieldShape(s);
      if (m === M_OTHER) {
        if (s._type === 'While' && !hasYield(s.test)) m = M_WHILE;
        else if (s._type === 'For' && !hasYield(s.iter) && !hasYield(s.target)) m = M_FOR;
      }
      c[i] = m;
    }
    ext.ms = c;
  }
  return c;
}

export class GenMachine {
  lv: Level | null;
  /** The JS generator running one statement (execStmtG) until it completes, or null. */
  sub: G<number> | null = null;
  /** The target of an `x = yield v` waiting for the sent value. */
  assign: Binding | null = null;
  /** The iterator of an inline `yield from` in progress (gi_yieldfrom), or null. */
  deleg: PyObject | null = null;
  /** The generators that the `for` loops being walked made for themselves, outermost first:
   *  dropped (generator.ts dropTemporary) when their loop is left early. */
  owned: PyGenerator[] | null = null;
  constructor(readonly frame: Frame, body: stmt[]) {
    this.lv = plainLevel(body, null);
  }
}

/** The value a finished `yield from` returned (read at once by the walk). */
let delegResult: PyObject = None;
const iterBox = { value: None as PyObject };

/**
 * One resume: mode 0 sends `value`, mode 1 throws it in. Returns the next yielded value, or
 * undefined when the body has finished (its return value is frame.ret).
 */
export function machineStep(m: GenMachine, mode: 0 | 1, value: PyObject): PyObject | undefined {
  try {
    return step(m, mode, value);
  } catch (e) {
    // The exception leaves the generator's body (the machine walks no try statement): its
    // loops' own generators are dropped first, innermost first.
    if (m.owned !== null && m.owned.length > 0) dropOwned(m);
    throw e;
  }
}

function dropOwned(m: GenMachine): void {
  const owned = m.owned!;
  while (owned.length > 0) dropTemporary(owned.pop()!);
}

function step(m: GenMachine, mode: 0 | 1, value: PyObject): PyObject | undefined {
  const f = m.frame;
  let sig = NORMAL;
  const sub = m.sub;
  if (sub !== null) {
    const r = mode === 0 ? sub.next(value) : sub.throw(value);
    if (r.done !== true) return r.value;
    m.sub = null;
    sig = r.value;
  } else if (m.deleg !== null) {
    const y = delegateRound(m.deleg, mode, value);
    if (y !== undefined) return y;
    m.deleg = null;
  } else if (mode === 1) {
    throw value;
  } else if (m.assign !== null) {
    const b = m.assign;
    m.assign = null;
    storeName(b, f, value);
  }
  return walk(m, f, sig);
}

function walk(m: GenMachine, f: Frame, sig: number): PyObject | undefined {
  let lv = m.lv!;
  for (;;) {
    if (sig !== NORMAL) {
      if (sig === RETURN) {
        if (m.owned !== null) dropOwned(m);
        return undefined;
      }
      // break / continue: to the innermost loop (the compiler saw to it that there is one).
      while (lv.kind === PLAIN) lv = lv.up!;
      if (sig === BREAK) {
        if (lv.own) dropTemporary(m.owned!.pop()!);
        lv = lv.up!;
      } else lv.i = lv.blk.length;
      sig = NORMAL;
      continue;
    }
    const blk = lv.blk;
    if (lv.i >= blk.length) {
      if (lv.kind === PLAIN) {
        if (lv.up === null) {
          // The end of the body: the generator returns None even if a cancelled `return` (see
          // functions.ts returnValue) left its value in frame.ret.
          f.ret = undefined;
          return undefined;
        }
        lv = lv.up;
        continue;
      }
      // The loop's head: the next item or the test.
      const s = lv.loop!;
      f.line = s.lineno | 0;
      if (lv.it !== null) {
        const x = stepNext(lv.it, lv.sk);
        if (x !== undefined) {
          const target = (s as For).target;
          if ((s as unknown as { tn: number }).tn === 1) {
            const b = (target as unknown as Ext).b as Binding;
            if (b.acc === Acc.FAST) f.fast[b.slot] = x;
            else storeName(b, f, x);
          } else {
            const plan = unpackPlan(target);
            if (plan === null || !unpackFast(plan, x, f)) assignTo(target, x, f);
          }
          lv.i = 0;
          continue;
        }
      } else {
        // (kinds.ts: `tc` a one-operator comparison, evaluated directly)
        const tc = (s as unknown as { tc: number }).tc;
        const t = tc === 2 ? condition((s as While).test, f) : tc === 1 ? compareExpr((s as While).test as Compare, f) : evalExpr((s as While).test, f);
        if (t === true || (t !== false && isTrue(t))) {
          lv.i = 0;
          continue;
        }
      }
      const orelse = (s as For | While).orelse;
      if (lv.own) m.owned!.pop();
      lv = lv.up!;
      if (orelse.length !== 0) lv = plainLevel(orelse, lv);
      continue;
    }
    const i = lv.i++;
    const s = blk[i];
    switch (lv.shapes[i]) {
      case 0:
        f.line = lv.kl[2 * i + 1];
        sig = execStmtK(s, lv.kl[2 * i], f);
        break;
      case YS_YIELD:
        f.line = lv.kl[2 * i + 1];
        m.lv = lv;
        return yieldedValue(s, f);
      case YS_ASSIGN: {
        f.line = lv.kl[2 * i + 1];
        const y = yieldedValue(s, f);
        m.assign = ((s as Assign).targets[0] as unknown as Ext).b as Binding;
        m.lv = lv;
        return y;
      }
      case YS_FROM: {
        f.line = lv.kl[2 * i + 1];
        const it = yieldFromSource(s, f);
        const y = delegateRound(it, 0, None);
        if (y !== undefined) {
          m.deleg = it;
          m.lv = lv;
          return y;
        }
        break;
      }
      case YS_IF: {
        f.line = lv.kl[2 * i + 1];
        const branch = condition((s as If).test, f) ? (s as If).body : (s as If).orelse;
        if (branch.length === 1) {
          // `if c: yield v` (a filter): the yield runs here, the walk resumes after the if.
          const y = branch[0];
          const ys = machineShapes(branch)[0];
          if (ys === YS_YIELD || ys === YS_ASSIGN) {
            f.line = y.lineno | 0;
            const v = yieldedValue(y, f);
            if (ys === YS_ASSIGN) m.assign = ((y as Assign).targets[0] as unknown as Ext).b as Binding;
            m.lv = lv;
            return v;
          }
        }
        if (branch.length !== 0) lv = plainLevel(branch, lv);
        break;
      }
      case M_WHILE:
        // Entered at its head (i = length): the test runs first.
        lv = new Level((s as While).body, klOf((s as While).body), machineShapes((s as While).body), LOOP, s, null, lv);
        lv.i = lv.blk.length;
        break;
      case M_FOR: {
        f.line = lv.kl[2 * i + 1];
        const serial = generatorCount.n;
        const it = getIter(evalExpr((s as For).iter, f));
        lv = new Level((s as For).body, klOf((s as For).body), machineShapes((s as For).body), LOOP, s, it, lv);
        lv.i = lv.blk.length;
        if (it instanceof PyGenerator && it.cls === T.generator && it.serial > serial && !it.started) {
          const k = (s as For).iter._type;
          if (k === 'Call' || k === 'GeneratorExp') {
            lv.own = true;
            (m.owned ??= []).push(it);
          }
        }
        break;
      }
      default: {
        m.lv = lv;
        const g = execStmtG(s, f);
        const r = g.next(None);
        if (r.done !== true) {
          m.sub = g;
          return r.value;
        }
        sig = r.value;
      }
    }
  }
}

function klOf(blk: stmt[]): number[] {
  const kl = (blk as unknown as { kl?: number[] }).kl;
  return kl !== undefined ? kl : blockKinds(blk);
}

/**
 * One round of an inline `yield from it` (PEP 380): sends (mode 0) or throws (mode 1) `v` into
 * the iterator; returns what it yielded, or undefined when it is exhausted (the `yield from`
 * value is then in delegResult, which the statement form ignores).
 */
function delegateRound(it: PyObject, mode: 0 | 1, v: PyObject): PyObject | undefined {
  if (mode === 1) {
    // What comes back into the frame from a throw() gets the generator's own handled exception
    // as context (generator.ts thrownOwn).
    const own = takeThrownOwn();
    try {
      return delegateStep(it, 1, v);
    } catch (e) {
      chainReturnedThrow(e, own);
      throw e;
    }
  }
  return delegateStep(it, 0, v);
}

function delegateStep(it: PyObject, mode: 0 | 1, v: PyObject): PyObject | undefined {
  if (mode === 1) {
    const exc = asPyException(v);
    if (typeOf(exc).isSubtype(E.GeneratorExit)) {
      if (it instanceof PyGenerator) genClose(it);
      else {
        const close = getAttrOrUndefined(it, 'close');
        if (close !== undefined) call(close, []);
      }
      throw exc;
    }
    v = exc;
  }
  try {
    if (it instanceof PyGenerator) {
      const r = resumeInto(it, mode, v, iterBox);
      if (r === undefined) delegResult = iterBox.value;
      return r;
    }
    if (mode === 1) {
      const throwM = getAttrOrUndefined(it, 'throw');
      if (throwM === undefined) throw v;
      return call(throwM, delegateThrowArgs(v));
    }
    if (v === None) {
      // A Python-level __next__ is called directly: its StopIteration(value) is the result.
      if (nextKeepsStopValue(typeOf(it))) return callFoundMethod(lookupSpecial(it, '__next__')!, it, []);
      const r = iterNext(it);
      if (r === undefined) delegResult = None;
      return r;
    }
    return call(getAttr(it, 'send'), [v]);
  } catch (e) {
    if (e instanceof PyBaseException && typeOf(e).isSubtype(E.StopIteration)) {
      delegResult = getExcField(e, 'value') ?? (e.args.items[0] ?? None);
      return undefined;
    }
    throw e;
  }
}

/** A generator expression with one synchronous `for` clause: its loop, resumed by a plain call. */
export class GenexprWalk {
  /** The fast slot of a plain-name target, else -1. */
  readonly slot: number;
  readonly simple: Binding | null;
  readonly target: expr;
  readonly ifs: expr[];
  readonly elt: expr;
  /** A tuple target's unpack plan (assign.ts), the iterator's step form (iter-step.ts), the element's kind. */
  readonly plan: UnpackPlan | null;
  readonly sk: number;
  readonly ek: number;
  constructor(readonly frame: Frame, readonly it: PyObject, readonly node: GeneratorExp) {
    const g = node.generators[0];
    this.target = g.target;
    this.simple = g.target._type === 'Name' ? ((g.target as unknown as Ext).b as Binding) : null;
    this.slot = this.simple !== null && this.simple.acc === Acc.FAST ? this.simple.slot : -1;
    this.ifs = g.ifs;
    this.elt = node.elt;
    this.plan = this.simple === null ? unpackPlan(g.target) : null;
    this.sk = stepKind(it);
    this.ek = kindOf(node.elt);
  }
}

/** One resume of a GenexprWalk: the next value, or undefined when the iterator is exhausted. */
export function genexprStep(w: GenexprWalk, mode: 0 | 1, value: PyObject): PyObject | undefined {
  if (mode === 1) throw value;
  const f = w.frame;
  const it = w.it;
  const ifs = w.ifs;
  const sk = w.sk;
  next: for (let x = stepNext(it, sk); x !== undefined; x = stepNext(it, sk)) {
    if (w.slot >= 0) f.fast[w.slot] = x;
    else if (w.simple !== null) storeName(w.simple, f, x);
    else if (w.plan === null || !unpackFast(w.plan, x, f)) assignTo(w.target, x, f);
    for (let i = 0; i < ifs.length; i++) {
      if (!condition(ifs[i], f)) continue next;
    }
    return evalK(w.elt, w.ek, f);
  }
  return undefined;
}
