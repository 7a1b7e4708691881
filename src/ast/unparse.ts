// Expression source text for postponed annotations (PEP 563, `from __future__ import
// annotations`): CPython's ast_unparse.c rules for precedence and spacing.

// Shared by both backends (the VM's compiler, the tree-walker's resolver).

import type { expr, comprehension, arguments as Arguments, keyword } from './nodes.js';
import { ELLIPSIS, PyBytesConst, PyComplexConst, type Constant_ } from './constant.js';
import { normInt } from '../objects/object.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { factories } from '../objects/factories.js';
import { repr } from '../objects/protocol.js';

const enum P { TUPLE = 0, TEST = 1, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM }

const BIN: Record<string, [string, P]> = {
  Add: ['+', P.ARITH], Sub: ['-', P.ARITH], Mult: ['*', P.TERM], MatMult: ['@', P.TERM], Div: ['/', P.TERM],
  Mod: ['%', P.TERM], FloorDiv: ['//', P.TERM], Pow: ['**', P.POWER], LShift: ['<<', P.SHIFT], RShift: ['>>', P.SHIFT],
  BitOr: ['|', P.BOR], BitXor: ['^', P.BXOR], BitAnd: ['&', P.BAND],
};
const CMP: Record<string, string> = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in' };

export function unparse(e: expr): string {
  return u(e, P.TEST);
}

/** A constant's source form (`...` for Ellipsis, as ast_unparse.c writes it). */
function constRepr(c: Constant_): string {
  if (c === ELLIPSIS) return '...';
  if (typeof c === 'string' || typeof c === 'boolean') return repr(c);
  if (typeof c === 'bigint') return repr(normInt(c));
  if (typeof c === 'number') return repr(newFloat(c));
  if (c instanceof PyBytesConst) return repr(factories.newBytes(c.bytes));
  if (c instanceof PyComplexConst) return repr(factories.newComplex(c.real, c.imag));
  return 'None';
}

function wrap(s: string, cond: boolean): string {
  return cond ? `(${s})` : s;
}

function u(e: expr, level: P): string {
  switch (e._type) {
    case 'Name':
      return e.id;
    case 'Constant':
      if (e.value === null) return 'None';
      if (typeof e.value === 'number' && !Number.isFinite(e.value)) return e.value > 0 ? '1e309' : e.value < 0 ? '-1e309' : '(1e309-1e309)';
      return constRepr(e.value);
    case 'Attribute': {
      let v = u(e.value, P.ATOM);
      if (e.value._type === 'Constant' && typeof e.value.value === 'bigint') v += ' ';
      return `${v}.${e.attr}`;
    }
    case 'Subscript': {
      const s = e.slice;
      const inner = s._type === 'Tuple' && s.elts.length > 0 ? s.elts.map((x) => u(x, P.TEST)).join(', ') + (s.elts.length === 1 ? ',' : '') : u(s, P.TUPLE);
      return `${u(e.value, P.ATOM)}[${inner}]`;
    }
    case 'Slice':
      return `${e.lower ? u(e.lower, P.TEST) : ''}:${e.upper ? u(e.upper, P.TEST) : ''}${e.step ? ':' + u(e.step, P.TEST) : ''}`;
    case 'Starred':
      return '*' + u(e.value, P.EXPR);
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const s = e.elts.map((x) => u(x, P.TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return wrap(s, level > P.TUPLE);
    }
    case 'List':
      return '[' + e.elts.map((x) => u(x, P.TEST)).join(', ') + ']';
    case 'Set':
      return e.elts.length === 0 ? '{*()}' : '{' + e.elts.map((x) => u(x, P.TEST)).join(', ') + '}';
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k === null ? '**' + u(e.values[i], P.EXPR) : `${u(k, P.TEST)}: ${u(e.values[i], P.TEST)}`)).join(', ') + '}';
    case 'BinOp': {
      const [sym, pr] = BIN[e.op];
      const rightAssoc = e.op === 'Pow';
      const s = `${u(e.left, rightAssoc ? pr + 1 : pr)} ${sym} ${u(e.right, rightAssoc ? pr : pr + 1)}`;
      return wrap(s, level > pr);
    }
    case 'UnaryOp': {
      if (e.op === 'Not') return wrap('not ' + u(e.operand, P.NOT), level > P.NOT);
      const sym = e.op === 'USub' ? '-' : e.op === 'UAdd' ? '+' : '~';
      return wrap(sym + u(e.operand, P.FACTOR), level > P.FACTOR);
    }
    case 'BoolOp': {
      const pr = e.op === 'And' ? P.AND : P.OR;
      return wrap(e.values.map((v) => u(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '), level > pr);
    }
    case 'Compare': {
      let s = u(e.left, P.CMP + 1);
      for (let i = 0; i < e.ops.length; i++) s += ` ${CMP[e.ops[i]]} ${u(e.comparators[i], P.CMP + 1)}`;
      return wrap(s, level > P.CMP);
    }
    case 'IfExp':
      return wrap(`${u(e.body, P.TEST + 1)} if ${u(e.test, P.TEST + 1)} else ${u(e.orelse, P.TEST)}`, level > P.TEST);
    case 'Lambda':
      return wrap(`lambda${argsText(e.args)}: ${u(e.body, P.TEST)}`, level > P.TEST);
    case 'NamedExpr':
      return wrap(`${u(e.target, P.ATOM)} := ${u(e.value, P.ATOM)}`, level > P.TUPLE);
    case 'Call': {
      const parts = e.args.map((a) => u(a, P.TEST)).concat(e.keywords.map(kw));
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        return `${u(e.func, P.ATOM)}${u(e.args[0], P.TEST)}`;
      }
      return `${u(e.func, P.ATOM)}(${parts.join(', ')})`;
    }
    case 'Await':
      return wrap('await ' + u(e.value, P.ATOM), level > P.AWAIT);
    case 'Yield':
      return wrap(e.value ? 'yield ' + u(e.value, P.TEST) : 'yield', true);
    case 'YieldFrom':
      return wrap('yield from ' + u(e.value, P.TEST), true);
    case 'ListComp':
      return `[${u(e.elt, P.TEST)}${comps(e.generators)}]`;
    case 'SetComp':
      return `{${u(e.elt, P.TEST)}${comps(e.generators)}}`;
    case 'DictComp':
      return `{${u(e.key, P.TEST)}: ${u(e.value, P.TEST)}${comps(e.generators)}}`;
    case 'GeneratorExp':
      return `(${u(e.elt, P.TEST)}${comps(e.generators)})`;
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f' + repr(fstringText(e));
  }
  return '...';
}

function kw(k: keyword): string {
  return k.arg === null ? '**' + u(k.value, P.TEST) : `${k.arg}=${u(k.value, P.TEST)}`;
}

function comps(gens: comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += `${g.is_async ? ' async' : ''} for ${u(g.target, P.TUPLE)} in ${u(g.iter, P.TEST + 1)}`;
    for (const cond of g.ifs) s += ` if ${u(cond, P.TEST + 1)}`;
  }
  return s;
}

function argsText(a: Arguments): string {
  const parts: string[] = [];
  const defaults = a.defaults;
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - defaults.length;
  positional.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p.arg}=${u(defaults[i - firstDefault], P.TEST)}` : p.arg);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg !== null) parts.push('*' + a.vararg.arg);
  else if (a.kwonlyargs.length > 0) parts.push('*');
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${p.arg}=${u(d, P.TEST)}` : p.arg);
  });
  if (a.kwarg !== null) parts.push('**' + a.kwarg.arg);
  return parts.length ? ' ' + parts.join(', ') : '';
}

function fstringText(e: expr): string {
  let body = '';
  const values = e._type === 'JoinedStr' ? e.values : [e];
  for (const v of values) {
    if (v._type === 'Constant') body += String(v.value).replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v._type === 'FormattedValue') {
      const inner = u(v.value, P.TEST + 1);
      body += '{' + (inner.startsWith('{') ? ' ' : '') + inner;
      if (v.conversion > 0) body += '!' + String.fromCharCode(v.conversion);
      if (v.format_spec !== null) body += ':' + fstringText(v.format_spec);
      body += '}';
    }
  }
  return body;
}
