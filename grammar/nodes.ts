// Small helpers to build AST nodes with CPython positions, shared by the expression parser
// (grammar/expressions.ts) and the statement parser (grammar/statements.ts).
//
// Every factory creates its node with one object literal: fields in CPython's order, then
// lineno, col_offset, end_lineno, end_col_offset. That keeps one hidden class per node kind.
// Positions come either from tokens (Tok: startLine/startColumn/endLine/endColumn, columns are
// UTF-8 byte offsets exactly like CPython's col_offset) or from already built nodes.

import type { Tok } from './tokens.js';
import type {
  expr, Pos, ExprContext, Operator, UnaryOp_, CmpOp, BoolOp_, arg, arguments as Arguments, keyword,
  comprehension, Name, Constant, Attribute, Subscript, Starred, Tuple, List, Call, BinOp, UnaryOp,
  BoolOp, Compare, IfExp, NamedExpr, Lambda, Dict, Set, ListComp, SetComp, DictComp, GeneratorExp,
  Await, Yield, YieldFrom, Slice,
} from '../src/ast/nodes.js';
import type { Constant_ } from '../src/ast/constant.js';

/** Anything with a CPython position (an AST node). */
export type Located = Pos;

/** Raises syntax errors at a token or a node; ExprParser implements it. */
export interface ErrorSink {
  /** Throws a PySyntaxError covering the token `tok` (or `tok`..`endTok`). */
  errorAtTok(tok: Tok, msg: string, endTok?: Tok): never;
  /** Throws a PySyntaxError covering the node `node` (or from `node` to `endNode`). */
  errorAtNode(node: Located, msg: string, endNode?: Located): never;
}

// ---------------------------------------------------------------- expression factories
// Positions: (l, c) = lineno/col_offset, (el, ec) = end_lineno/end_col_offset.

export function mkName(id: string, ctx: ExprContext, l: number, c: number, el: number, ec: number): Name {
  return { _type: 'Name', id, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkConstant(value: Constant_, kind: string | null, l: number, c: number, el: number, ec: number): Constant {
  return { _type: 'Constant', value, kind, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkAttribute(value: expr, attr: string, ctx: ExprContext, l: number, c: number, el: number, ec: number): Attribute {
  return { _type: 'Attribute', value, attr, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkSubscript(value: expr, slice: expr, ctx: ExprContext, l: number, c: number, el: number, ec: number): Subscript {
  return { _type: 'Subscript', value, slice, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkStarred(value: expr, ctx: ExprContext, l: number, c: number, el: number, ec: number): Starred {
  return { _type: 'Starred', value, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkTuple(elts: expr[], ctx: ExprContext, l: number, c: number, el: number, ec: number): Tuple {
  return { _type: 'Tuple', elts, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkList(elts: expr[], ctx: ExprContext, l: number, c: number, el: number, ec: number): List {
  return { _type: 'List', elts, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkCall(func: expr, args: expr[], keywords: keyword[], l: number, c: number, el: number, ec: number): Call {
  return { _type: 'Call', func, args, keywords, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
// NOTE: CPython gives a node the span of the TOKENS its rule matched, so a parenthesized child
// makes its parent wider than the child's own span: `(a) + b` is a BinOp from the '('. Hence the
// explicit positions below (the parsers take them from the first and last token).
export function mkBinOp(left: expr, op: Operator, right: expr, l: number, c: number, el: number, ec: number): BinOp {
  return { _type: 'BinOp', left, op, right, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkUnaryOp(op: UnaryOp_, operand: expr, l: number, c: number, el: number, ec: number): UnaryOp {
  return { _type: 'UnaryOp', op, operand, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkBoolOp(op: BoolOp_, values: expr[], l: number, c: number, el: number, ec: number): BoolOp {
  return { _type: 'BoolOp', op, values, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkCompare(left: expr, ops: CmpOp[], comparators: expr[], l: number, c: number, el: number, ec: number): Compare {
  return { _type: 'Compare', left, ops, comparators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkIfExp(test: expr, body: expr, orelse: expr, l: number, c: number, el: number, ec: number): IfExp {
  return { _type: 'IfExp', test, body, orelse, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkNamedExpr(target: expr, value: expr, l: number, c: number, el: number, ec: number): NamedExpr {
  return { _type: 'NamedExpr', target, value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkLambda(args: Arguments, body: expr, l: number, c: number, el: number, ec: number): Lambda {
  return { _type: 'Lambda', args, body, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkDict(keys: (expr | null)[], values: expr[], l: number, c: number, el: number, ec: number): Dict {
  // A `**d` entry has key None (null), as in CPython.
  return { _type: 'Dict', keys: keys as expr[], values, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkSet(elts: expr[], l: number, c: number, el: number, ec: number): Set {
  return { _type: 'Set', elts, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkListComp(elt: expr, generators: comprehension[], l: number, c: number, el: number, ec: number): ListComp {
  return { _type: 'ListComp', elt, generators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkSetComp(elt: expr, generators: comprehension[], l: number, c: number, el: number, ec: number): SetComp {
  return { _type: 'SetComp', elt, generators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkDictComp(key: expr, value: expr, generators: comprehension[], l: number, c: number, el: number, ec: number): DictComp {
  return { _type: 'DictComp', key, value, generators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkGeneratorExp(elt: expr, generators: comprehension[], l: number, c: number, el: number, ec: number): GeneratorExp {
  return { _type: 'GeneratorExp', elt, generators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkAwait(value: expr, l: number, c: number, el: number, ec: number): Await {
  return { _type: 'Await', value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkYield(value: expr | null, l: number, c: number, el: number, ec: number): Yield {
  return { _type: 'Yield', value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkYieldFrom(value: expr, l: number, c: number, el: number, ec: number): YieldFrom {
  return { _type: 'YieldFrom', value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkSlice(lower: expr | null, upper: expr | null, step: expr | null, l: number, c: number, el: number, ec: number): Slice {
  return { _type: 'Slice', lower, upper, step, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkKeyword(argName: string | null, value: expr, l: number, c: number, el: number, ec: number): keyword {
  return { _type: 'keyword', arg: argName, value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkComprehension(target: expr, iter: expr, ifs: expr[], isAsync: number): comprehension {
  return { _type: 'comprehension', target, iter, ifs, is_async: isAsync };
}
/**
 * An `arg` node for the NAME token `tok`. With an annotation, pass `end` = the last token of the
 * annotation (a parenthesized annotation makes the arg end at its ')').
 */
export function mkArg(tok: Tok, annotation: expr | null, typeComment: string | null = null, end?: Tok): arg {
  return {
    _type: 'arg', arg: tok.image, annotation, type_comment: typeComment,
    lineno: tok.startLine, col_offset: tok.startColumn,
    end_lineno: end !== undefined ? end.endLine : annotation === null ? tok.endLine : annotation.end_lineno,
    end_col_offset: end !== undefined ? end.endColumn : annotation === null ? tok.endColumn : annotation.end_col_offset,
  };
}
export function mkArguments(posonlyargs: arg[], args: arg[], vararg: arg | null, kwonlyargs: arg[],
  kwDefaults: (expr | null)[], kwarg: arg | null, defaults: expr[]): Arguments {
  return {
    _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults as expr[], kwarg, defaults,
  };
}
export function emptyArguments(): Arguments {
  return mkArguments([], [], null, [], [], null, []);
}

/** Sets the node's position to span tokens `a`..`b` (inclusive) and returns it. */
export function spanToks<T extends Pos>(node: T, a: Tok, b: Tok): T {
  node.lineno = a.startLine; node.col_offset = a.startColumn;
  node.end_lineno = b.endLine; node.end_col_offset = b.endColumn;
  return node;
}

// ---------------------------------------------------------------- parameter lists

/**
 * One entry of a parameter list as written, for buildArguments:
 *   kind 0: a parameter (`a`, `a=1`, `a: int = 1`): `arg` and maybe `dflt` (`eq` is the `=`)
 *   kind 1: `/`    kind 2: `*` or `*args` (arg null for a bare `*`)    kind 3: `**kw`
 * `tok` is the first token of the entry (the name, `/`, `*` or `**`); `next` the token right
 * after the entry (the `,`, `:` or `)` that follows it; needed for one lambda message).
 */
export interface ParamItem {
  kind: 0 | 1 | 2 | 3;
  tok: Tok;
  arg: arg | null;
  dflt: expr | null;
  eq: Tok | null;
  next: Tok;
  /** For a bare `*`: the token after the `,` that follows it (lambda error position), else null. */
  afterComma: Tok | null;
}

/**
 * Validates a parameter list like CPython's parser does and builds the `arguments` node.
 * `lambda` selects the lambda flavour of the error positions. Messages are CPython 3.11's.
 */
export function buildArguments(items: ParamItem[], sink: ErrorSink, lambda: boolean): Arguments {
  const posonly: arg[] = [], args: arg[] = [], kwonly: arg[] = [];
  const defaults: expr[] = [], kwDefaults: (expr | null)[] = [];
  let vararg: arg | null = null, kwarg: arg | null = null;
  let state = 0; // 0: positional, 1: after `*`, 2: after `**`
  let seenSlash = false, seenDefault = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (state === 2) sink.errorAtTok(it.tok, 'arguments cannot follow var-keyword argument');
    switch (it.kind) {
      case 0:
        if (state === 0) {
          if (it.dflt !== null) { seenDefault = true; defaults.push(it.dflt); }
          else if (seenDefault) sink.errorAtTok(it.tok, 'non-default argument follows default argument');
          args.push(it.arg!);
        } else {
          kwonly.push(it.arg!);
          kwDefaults.push(it.dflt);
        }
        break;
      case 1:
        if (state === 1) sink.errorAtTok(it.tok, '/ must be ahead of *');
        if (seenSlash) sink.errorAtTok(it.tok, '/ may appear only once');
        if (args.length === 0) {
          if (i + 1 < items.length) sink.errorAtTok(it.tok, 'at least one argument must precede /');
          sink.errorAtTok(it.tok, 'invalid syntax');
        }
        seenSlash = true;
        for (const a of args) posonly.push(a);
        args.length = 0;
        break;
      case 2:
        if (state === 1) sink.errorAtTok(it.tok, '* argument may appear only once');
        if (it.eq !== null) sink.errorAtTok(it.eq, 'var-positional argument cannot have default value');
        if (it.arg === null) {
          const nxt = items[i + 1];
          if (nxt === undefined || nxt.kind === 3) {
            if (!lambda) sink.errorAtTok(it.tok, 'named arguments must follow bare *');
            sink.errorAtTok(it.afterComma ?? it.next, 'named arguments must follow bare *');
          }
        }
        vararg = it.arg;
        state = 1;
        break;
      case 3:
        if (it.eq !== null) sink.errorAtTok(it.eq, 'var-keyword argument cannot have default value');
        kwarg = it.arg;
        state = 2;
        break;
    }
  }
  return mkArguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
}
