// The expression half of the Python 3.11 parser: a Chevrotain EmbeddedActionsParser holding
// every expression-level rule. grammar/statements.ts extends it with the statements (and calls
// performSelfAnalysis; this constructor does not). Config: { maxLookahead: 3, ...yours }.
//
// RULES FOR THE STATEMENT PARSER (public fields; call them with $.SUBRULE(...)). Every rule
// returns AST nodes of src/ast/nodes.ts with CPython's positions (garbage while Chevrotain
// records the grammar: guard with ACTION or RECORDING_PHASE). All decisions are LL(1).
//
//   star_expressions     a, *b, c   -> expr, or a Tuple (Load) if there is a comma (spanning the
//                                      first item to the last item / trailing comma). Items are
//                                      star_expression. No walrus at this level (like CPython).
//   star_expression      *a | e     -> expr (Starred for `*a`, `*` binds a bitwise_or)
//   star_named_expression           -> `*` bitwise_or | named_expression
//   expression (flags?)             -> lambda, `a if b else c`, or/and/not, comparisons,
//                                      arithmetic, await, primaries, atoms. ARGS [NAMED] allows
//                                      an unparenthesized walrus; otherwise `:=` is left
//                                      unconsumed (the caller's mismatch is CPython's error).
//   named_expression                -> expression with walrus (if/elif/while tests, decorators,
//                                      match subject); `if x = 1:` gets CPython's message.
//   disjunction                     -> or/and/not/comparison level: no if-else, no lambda
//                                      (comprehension `if`s, match guards ...).
//   bitwise_or                      -> `|` level and tighter (no comparison/not/and/or).
//   yield_expr                      -> Yield | YieldFrom (`yield`, `yield x, y`, `yield from x`)
//   lambdef                         -> Lambda
//   primary                         -> atom + trailers (.name, (args), [slices]); also the
//                                      runtime fallback that raises errors for bad operands.
//   args (allowGenexp?)             -> CallArgs {args, keywords, genexp}: what is between a
//                                      call's parens (possibly nothing). ARGS [true] accepts a
//                                      sole bare generator `f(x for x in y)`; without it (class
//                                      bases) that is "invalid syntax" at `for`. The caller
//                                      consumes the parens.
//   slices                          -> the contents of `x[...]` (Slice, expr or Tuple)
//   star_targets                    -> targets of `for`/comprehensions, ctx Store (does not
//                                      consume `in`); a Tuple if there are commas.
//   star_target                     -> one target, ctx Store (e.g. `with a as t`)
//   del_targets                     -> expr[] with ctx Del for `del` (a parenthesized tuple
//                                      stays one target), CPython's "cannot delete X" errors.
//   for_if_clauses                  -> comprehension[]
//   eval_input                      -> Expression: star_expressions NEWLINE* ENDMARKER
//   fstring_expr                    -> what an f-string field parses: star_expressions ENDMARKER
//
// Other API: setContext / setAugContext (grammar/targets.ts) turn parsed expressions into
// targets; errorAtTok / errorAtNode / errorRaw throw PySyntaxError with CPython's offsets
// (character columns, text of the line; f-string fields get the "f-string: " prefix and
// offsets relative to '(' + text + ')'); syntaxErrorFor(e) converts a Chevrotain recognition
// exception (the deferred tokenizer error if the token is an ErrorToken); runRule(toks,
// source, filename, () => p.rule()) parses and throws the first error; parseEvalInput() is
// mode 'eval' with CPython's end-of-input offsets for sources without a final newline.
// Set `source` (the normalized source) and `filename` before parsing: errors need them.
//
// SPEED. Operator precedence is not a ladder of rules: a chain `prefix* operand (binop
// prefix* operand)*` is collected flatly and the tree built by precedence climbing (climb()).
// The rules are recorded by Chevrotain as written (chainRecord, primary, MANY/OR over item
// alternatives), but at runtime the hottest paths skip Chevrotain's dispatch: chain() reads
// operator tokens itself, operands run the atom/trailer alternatives directly (primaryFast),
// and the comma-separated item loops use runLoop() with first-token tables. Those tables
// (BINOP_CODE_*, ATOM_ALT, TRAILER_ALT, DISPLAY_ALT, ARG_ALT, SLICE_ALT) must stay in step with
// the alternatives; code run inline that way may only use CONSUME/SUBRULE (OR/OPTION/MANY
// lookahead is keyed by the rule being executed).
// Comma-separated items (displays, arguments, subscripts) are parsed as a flat sequence of
// items and commas, checked in code: this is what gives CPython's "Perhaps you forgot a
// comma?" and friends. Node positions follow CPython: a node spans the tokens of its rule, so
// `(a) + b` starts at the '(' while the Name keeps its own span.

import { buildLookahead, type LaFunc, type LookaheadHost } from './lazy-lookahead.js';
import { fastRecorder } from './gast-recorder.js';
import { EmbeddedActionsParser, isRecognitionException, type IParserConfig, type IRecognitionException, type IOrAlt, type TokenType } from './chevrotain.js';
import * as T from './tokens.js';
import type { Tok } from './tokens.js';
import { PySyntaxError, parseWarnings, type ParseWarning } from './errors.js';
import { parseNumber } from './numbers.js';
import { parseStrings, type StringEnv } from './strings.js';
import { tokenize } from './tokenizer.js';
import { setContext, exprName, takesEqualityHint } from './targets.js';
import {
  type ErrorSink, type Located, type ParamItem, buildArguments, emptyArguments,
  mkName, mkConstant, mkAttribute, mkSubscript, mkStarred, mkTuple, mkList, mkCall, mkBinOp,
  mkUnaryOp, mkBoolOp, mkCompare, mkIfExp, mkNamedExpr, mkLambda, mkDict, mkSet, mkListComp,
  mkSetComp, mkDictComp, mkGeneratorExp, mkAwait, mkYield, mkYieldFrom, mkSlice, mkKeyword,
  mkComprehension, mkArg,
} from './nodes.js';
import type { expr, keyword, comprehension, Expression, Operator, CmpOp, Name as NameNode, Lambda as LambdaNode } from '../src/ast/nodes.js';
import { ELLIPSIS } from '../src/ast/constant.js';

/** What `args` returns. */
export interface CallArgs {
  args: expr[];
  keywords: keyword[];
  /** The bare generator of `f(x for x in y)` (sole argument), else null. */
  genexp: expr | null;
}

/** ARGS for expression: allow an unparenthesized walrus. */
export const NAMED = 1;
/** ARGS bit for expression: a call argument (CPython: assignment_expression, not named_expression). */
const IN_ARGS = 2;
const A_NAMED = { ARGS: [NAMED] as [number] };
const A_NAMED_ARG = { ARGS: [NAMED | IN_ARGS] as [number] };
const A_GENEXP = { ARGS: [true] as [boolean] };

// ------------------------------------------------------------------ operator tables

// Precedence levels for buildChain.
const P_OR = 1, P_AND = 2, P_NOT = 3, P_CMP = 4, P_UNARY = 11, P_POW = 12;

// Binary operator codes (index into these tables); prefix operators are negative codes.
const OP_PREC: number[] = [];
const OP_KIND: number[] = []; // 0 BinOp, 1 Compare, 2 BoolOp
const OP_NAME: string[] = [];
function defOp(prec: number, kind: number, name: string): number {
  OP_PREC.push(prec); OP_KIND.push(kind); OP_NAME.push(name);
  return OP_PREC.length - 1;
}
defOp(0, 0, ''); // code 0 = operand
const OP_OR = defOp(P_OR, 2, 'Or');
const OP_AND = defOp(P_AND, 2, 'And');
const OP_EQ = defOp(P_CMP, 1, 'Eq');
const OP_NE = defOp(P_CMP, 1, 'NotEq');
const OP_LT = defOp(P_CMP, 1, 'Lt');
const OP_LE = defOp(P_CMP, 1, 'LtE');
const OP_GT = defOp(P_CMP, 1, 'Gt');
const OP_GE = defOp(P_CMP, 1, 'GtE');
const OP_IS = defOp(P_CMP, 1, 'Is');
const OP_ISNOT = defOp(P_CMP, 1, 'IsNot');
const OP_IN = defOp(P_CMP, 1, 'In');
const OP_NOTIN = defOp(P_CMP, 1, 'NotIn');
const BITWISE_OPS: [TokenType, number][] = [
  [T.VBar, defOp(5, 0, 'BitOr')],
  [T.Circumflex, defOp(6, 0, 'BitXor')],
  [T.Amper, defOp(7, 0, 'BitAnd')],
  [T.LeftShift, defOp(8, 0, 'LShift')],
  [T.RightShift, defOp(8, 0, 'RShift')],
  [T.Plus, defOp(9, 0, 'Add')],
  [T.Minus, defOp(9, 0, 'Sub')],
  [T.Star, defOp(10, 0, 'Mult')],
  [T.Slash, defOp(10, 0, 'Div')],
  [T.DoubleSlash, defOp(10, 0, 'FloorDiv')],
  [T.Percent, defOp(10, 0, 'Mod')],
  [T.At, defOp(10, 0, 'MatMult')],
  [T.DoubleStar, defOp(P_POW, 0, 'Pow')],
];
const SIMPLE_CMP_OPS: [TokenType, number][] = [
  [T.EqEqual, OP_EQ], [T.NotEqual, OP_NE], [T.Less, OP_LT], [T.LessEqual, OP_LE],
  [T.Greater, OP_GT], [T.GreaterEqual, OP_GE],
];
const PFX_NOT = -1, PFX_NEG = -2, PFX_POS = -3, PFX_INV = -4;

// Token-type lookup sets, indexed by tokenTypeIdx.
function tokSet(types: TokenType[]): boolean[] {
  const s: boolean[] = [];
  for (const t of types) s[t.tokenTypeIdx!] = true;
  return s;
}
const PREFIX_FULL = tokSet([T.Not, T.Minus, T.Plus, T.Tilde]);
const PREFIX_BIT = tokSet([T.Minus, T.Plus, T.Tilde]);
const TRAILER = tokSet([T.Dot, T.LPar, T.LSqb]);
const ATOM_START = [T.Name, T.Number, T.String, T.LPar, T.LSqb, T.LBrace, T.True_, T.False_, T.None_, T.Ellipsis, T.Lambda];
const EXPR_START_TYPES = [...ATOM_START, T.Await, T.Not, T.Minus, T.Plus, T.Tilde];
const EXPR_START = tokSet(EXPR_START_TYPES);
const BITOR_START = tokSet(EXPR_START_TYPES.filter((t) => t !== T.Not && t !== T.Lambda));
/**
 * CPython 3.11 compares a NAME with the soft keywords using strncmp over the NAME's length, so
 * any prefix of `match` / `case` (and `_`) counts as a soft keyword in its error rules.
 */
function isSoftKeywordPrefix(name: string): boolean {
  return name.length > 0 && ('match'.startsWith(name) || 'case'.startsWith(name) || name === '_');
}

// Runtime dispatch tables (index: tokenTypeIdx). They must agree with the alternatives.
/** Binary operator code of the first token of an operator (`not` -> OP_NOTIN, `is` -> OP_IS). */
const BINOP_CODE_FULL: number[] = [];
const BINOP_CODE_BIT: number[] = [];
for (const [tt, code] of BITWISE_OPS) { BINOP_CODE_FULL[tt.tokenTypeIdx!] = code; BINOP_CODE_BIT[tt.tokenTypeIdx!] = code; }
for (const [tt, code] of SIMPLE_CMP_OPS) BINOP_CODE_FULL[tt.tokenTypeIdx!] = code;
BINOP_CODE_FULL[T.Or.tokenTypeIdx!] = OP_OR;
BINOP_CODE_FULL[T.And.tokenTypeIdx!] = OP_AND;
BINOP_CODE_FULL[T.In.tokenTypeIdx!] = OP_IN;
BINOP_CODE_FULL[T.Not.tokenTypeIdx!] = OP_NOTIN;
BINOP_CODE_FULL[T.Is.tokenTypeIdx!] = OP_IS;
/** Index in ExprParser.atomAlts of the alternative starting with a token type. */
const ATOM_ALT: number[] = [];
[T.Name, T.Number, T.String, T.LPar, T.LSqb, T.LBrace, T.True_, T.False_, T.None_, T.Ellipsis, T.Lambda]
  .forEach((tt, i) => { ATOM_ALT[tt.tokenTypeIdx!] = i; });
/** Index in ExprParser.trailerAlts. */
const TRAILER_ALT: number[] = [];
[T.Dot, T.LPar, T.LSqb].forEach((tt, i) => { TRAILER_ALT[tt.tokenTypeIdx!] = i; });

/** Alternative indexes of the item loops: [separator/markers..., expression]. */
function itemTable(first: TokenType[]): number[] {
  const t: number[] = [];
  first.forEach((tt, i) => { t[tt.tokenTypeIdx!] = i; });
  for (const tt of EXPR_START_TYPES) t[tt.tokenTypeIdx!] = first.length;
  return t;
}
const DISPLAY_ALT = itemTable([T.Comma, T.Star, T.DoubleStar]);
const ARG_ALT = itemTable([T.Comma, T.Star, T.DoubleStar]);
const SLICE_ALT = itemTable([T.Comma, T.Star, T.Colon]);

const StringIdx = T.String.tokenTypeIdx!;

// ------------------------------------------------------------------ the parser

/** Chevrotain's own enableRecording (ExprParser.enableRecording runs it on a prototype). */
const CHEVROTAIN_ENABLE_RECORDING = (EmbeddedActionsParser.prototype as unknown as { enableRecording(): void }).enableRecording;

export class ExprParser extends EmbeddedActionsParser implements ErrorSink {
  /** For error messages. */
  filename = '<unknown>';
  /** The (normalized) source the tokens come from, for the `text` of syntax errors. */
  source = '';
  /**
   * Set for the parsers of f-string fields: errors get the "f-string: " prefix and columns
   * relative to the parsed text (whose first line starts at fstrLine/fstrCol).
   */
  fstrMode = false;
  fstrLine = 1;
  fstrCol = 0;
  /** Nesting depth of f-string parsers (0 for the main parser). */
  fstrDepth = 0;

  /** How far a sub-parse that became an error got (PythonParser's; see there). */
  declare failTok: Tok | null;

  // Chevrotain internals we read (declared only, they exist at runtime).
  declare protected currIdx: number;
  declare protected tokVector: Tok[];

  /** Start token index / node of the chain most recently completed (for comma hints). */
  protected lastChainIdx = 0;
  protected lastChain: expr | null = null;
  private lineCache: string[] | null = null;
  private lineCacheSrc = '';

  constructor(config?: IParserConfig) {
    // skipValidations: the grammar is checked by the test suite; validating it at every start-up
    // costs ~60 ms (issue 5: start-up). Lookahead functions are built on first use
    // (grammar/lazy-lookahead.ts).
    super(T.allTokens as TokenType[], { maxLookahead: 3, skipValidations: process.env.DYAD_VALIDATE_GRAMMAR !== "1", ...config });
  }

  /** Chevrotain's step building every lookahead function: skipped (grammar/lazy-lookahead.ts). */
  protected preComputeLookaheadFunctions(): void {}

  /** A decision's lookahead function, built on first use (grammar/lazy-lookahead.ts). */
  protected getLaFuncFromCache(key: number): LaFunc {
    const host = this as unknown as LookaheadHost;
    return host.lookAheadFuncsCache.get(key) ?? buildLookahead(host, key);
  }

  /**
   * Chevrotain's grammar recording puts ~90 recording versions of its DSL methods on the parser
   * instance and deletes them afterwards; deleting properties of this large object costs more
   * than the whole recording (~5 ms). Here they go on a prototype slipped in between the
   * instance and its class for the recording phase, and the instance gets its class back after.
   */
  protected enableRecording(): void {
    const recorder = Object.create(Object.getPrototypeOf(this)) as { enableRecording(): void };
    CHEVROTAIN_ENABLE_RECORDING.call(recorder);
    Object.setPrototypeOf(this, recorder);
    this.RECORDING_PHASE = true;
  }

  protected disableRecording(): void {
    this.RECORDING_PHASE = false;
    Object.setPrototypeOf(this, Object.getPrototypeOf(Object.getPrototypeOf(this)));
  }

  // ================================================================== entry points

  /** eval: expressions NEWLINE* ENDMARKER -> Expression. */
  public eval_input = this.RULE('eval_input', (): Expression => {
    // CPython's eval rule is `expressions`: a '*' at its top is the token it fails at.
    if (!this.RECORDING_PHASE) this.evalTopStar = true;
    const body = this.SUBRULE(this.star_expressions);
    this.MANY(() => this.CONSUME(T.Newline));
    this.CONSUME(T.EndMarker);
    return this.ACTION(() => {
      this.rejectStarred(body);
      return { _type: 'Expression', body } as Expression;
    });
  });

  /** What CPython parses for an f-string field: star_expressions (of '(' + text + ')'). */
  public fstring_expr = this.RULE('fstring_expr', (): expr => {
    const e = this.SUBRULE(this.star_expressions);
    this.MANY(() => this.CONSUME(T.Newline));
    this.CONSUME(T.EndMarker);
    return e;
  });

  // ================================================================== tuples of expressions

  public star_expressions = this.RULE('star_expressions', (): expr => {
    const startIdx = this.currIdx + 1;
    const noStar = this.evalTopStar;
    this.evalTopStar = false;
    if (noStar && this.LA(1).tokenType === T.Star) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    const first = this.SUBRULE(this.star_expression);
    if (!this.RECORDING_PHASE && this.LA(1).tokenType !== T.Comma) return first;
    const elts: expr[] = [first];
    let lastWasItem = true;
    this.MANY(() => {
      const c = this.CONSUME(T.Comma) as Tok;
      if (!lastWasItem && !this.RECORDING_PHASE) this.errorAtTok(c, 'invalid syntax');
      lastWasItem = false;
      if (noStar && this.LA(1).tokenType === T.Star) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
      this.OPTION(() => {
        const e = this.SUBRULE2(this.star_expression);
        elts.push(e);
        lastWasItem = true;
      });
    });
    if (this.RECORDING_PHASE) return first;
    const st = this.tokVector[startIdx], et = this.lastTok();
    const t = mkTuple(elts, 'Load', st.startLine, st.startColumn, et.endLine, et.endColumn);
    this.lastBareTuple = t;
    return t;
  });

  /** Set by eval_input for its star_expressions: a top-level '*' is an error there. */
  protected evalTopStar = false;

  /** The last unparenthesized tuple built by star_expressions (see del_targets). */
  protected lastBareTuple: expr | null = null;

  public star_expression = this.RULE('star_expression', (): expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star) as Tok;
          const v = this.SUBRULE(this.bitwise_or);
          return this.RECORDING_PHASE ? v : mkStarred(v, 'Load', s.startLine, s.startColumn, this.lastTok().endLine, this.lastTok().endColumn);
        },
      },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  public star_named_expression = this.RULE('star_named_expression', (): expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star) as Tok;
          const v = this.SUBRULE(this.bitwise_or);
          return this.RECORDING_PHASE ? v : mkStarred(v, 'Load', s.startLine, s.startColumn, this.lastTok().endLine, this.lastTok().endColumn);
        },
      },
      { ALT: () => this.SUBRULE(this.expression, A_NAMED) },
    ]);
  });

  public named_expression = this.RULE('named_expression', (): expr => {
    const first = this.LA(1) as Tok;
    const e = this.SUBRULE(this.expression, A_NAMED);
    // `if x = 1:` and the like: CPython's invalid_named_expression messages.
    if (!this.RECORDING_PHASE && this.tokVector[this.currIdx + 1].tokenType === T.Equal) this.equalsAfterItem(e, first);
    return e;
  });

  // ================================================================== expression

  public expression = this.RULE('expression', (flags?: number): expr => {
    if (this.RECORDING_PHASE) {
      this.chain(2);
      this.OPTION(this.ifElseTail);
      this.OPTION2(this.walrusTail);
      return null as unknown as expr;
    }
    const tv = this.tokVector;
    const startIdx = this.currIdx + 1;
    let e = this.chain(2);
    // At runtime the OPTIONs are entered directly once their first token is seen (fewer stack
    // frames for deeply nested conditionals).
    let tt = tv[this.currIdx + 1].tokenType;
    if (tt === T.If) {
      this.exprStart = startIdx;
      this.exprBody = e;
      e = this.ifElseTail();
      tt = tv[this.currIdx + 1].tokenType;
    }
    // `:=` is only taken where a named expression may be; elsewhere it is left to the caller
    // (so `(lambda: x := 1)` is reported on the lambda, as CPython does).
    if (tt === T.ColonEqual && (flags! & NAMED)) {
      this.exprBody = e;
      this.exprFlags = flags!;
      e = this.walrusTail();
    }
    return e;
  });

  // Inputs of ifElseTail / walrusTail (read before any nested parse).
  private exprStart = 0;
  private exprBody: expr = null as unknown as expr;
  private exprFlags = 0;

  /** `if test else orelse` after the body (this.exprBody, starting at token this.exprStart). */
  private ifElseTail = (): expr => {
    const body = this.exprBody, startIdx = this.exprStart;
    this.CONSUME(T.If);
    const test = this.SUBRULE(this.disjunction);
    if (!this.RECORDING_PHASE) {
      const nt = this.LA(1).tokenType;
      if (nt !== T.Else && nt !== T.Colon) this.errorAtNode(body, "expected 'else' after 'if' expression", test);
    }
    this.CONSUME(T.Else);
    const orelse = this.SUBRULE2(this.expression);
    if (this.RECORDING_PHASE) return null as unknown as expr;
    const st = this.tokVector[startIdx], et = this.tokVector[this.currIdx];
    return mkIfExp(test, body, orelse, st.startLine, st.startColumn, et.endLine, et.endColumn);
  };

  /** `:= value` after the target (this.exprBody). */
  private walrusTail = (): expr => {
    const target = this.exprBody, flags = this.exprFlags;
    const op = this.CONSUME(T.ColonEqual) as Tok;
    if (!this.RECORDING_PHASE) this.checkWalrus(target, op, flags);
    const value = this.SUBRULE3(this.expression);
    if (this.RECORDING_PHASE) return null as unknown as expr;
    (target as NameNode).ctx = 'Store';
    const et = this.tokVector[this.currIdx];
    return mkNamedExpr(target, value, target.lineno, target.col_offset, et.endLine, et.endColumn);
  };

  public disjunction = this.RULE('disjunction', (): expr => this.chain(1));

  public bitwise_or = this.RULE('bitwise_or', (): expr => this.chain(0));

  /**
   * `target :=` (the `:=` just consumed): the target must be a plain name. CPython reports a
   * bad target only if the value after `:=` parses; otherwise "invalid syntax" at the `:=`.
   */
  private checkWalrus(target: expr, op: Tok, flags: number): void {
    if (target._type !== 'Name' || !this.lastTokEndsBefore(op, target)) {
      // In call arguments CPython has no rule for the bad target: plain "invalid syntax".
      if (flags & IN_ARGS) this.errorAtTok(op, 'invalid syntax');
      if (this.tryParse(() => this.SUBRULE3(this.expression)) === null) this.errorAtTok(op, 'invalid syntax');
      this.errorAtNode(target, `cannot use assignment expressions with ${exprName(target)}`);
    }
  }

  /**
   * An expression statement stopped at `:=` (`x.a := 1`): CPython's invalid_named_expression
   * reports "cannot use assignment expressions with <target>" when the value parses. A plain
   * name, a bare tuple or a starred item is left to the generic "invalid syntax" at the `:=`.
   */
  protected walrusStatementError(target: expr): void {
    const prev = this.tokVector[this.currIdx];
    const op = this.tokVector[this.currIdx + 1];
    if (op === undefined || op.tokenType !== T.ColonEqual || target._type === 'Starred') return;
    const bare = prev.endLine === target.end_lineno && prev.endColumn === target.end_col_offset;
    if (target._type === 'Name' && bare) return;
    if (target._type === 'Tuple' && target.elts.length > 0 &&
      target.elts[0].lineno === target.lineno && target.elts[0].col_offset === target.col_offset) return;
    this.currIdx++;
    if (this.tryParse(() => this.SUBRULE3(this.expression)) === null) this.errorAtTok(op, 'invalid syntax');
    this.errorAtNode(target, `cannot use assignment expressions with ${exprName(target)}`);
  }

  // ------------------------------------------------------------------ operator chains

  // Alternatives are built once (no closures per call). CONSUME indexes: prefix ops in the
  // first MANY use idx 1, in the second idx 2; binary operators idx 3 (and 4 for the second
  // token of `not in` / `is not`).
  private prefixAlts1 = this.makePrefixAlts(1, true);
  private prefixAlts2 = this.makePrefixAlts(2, true);
  private prefixAltsBit1 = this.makePrefixAlts(1, false);
  private prefixAltsBit2 = this.makePrefixAlts(2, false);
  private binopAltsFull = this.makeBinopAlts(true);
  private binopAltsBit = this.makeBinopAlts(false);

  private makePrefixAlts(idx: number, full: boolean): IOrAlt<Tok>[] {
    const alts: IOrAlt<Tok>[] = [
      { ALT: () => this.consume(idx, T.Minus) as Tok },
      { ALT: () => this.consume(idx, T.Plus) as Tok },
      { ALT: () => this.consume(idx, T.Tilde) as Tok },
    ];
    if (full) alts.push({ ALT: () => this.consume(idx, T.Not) as Tok });
    return alts;
  }

  private makeBinopAlts(full: boolean): IOrAlt<number>[] {
    const alts: IOrAlt<number>[] = [];
    for (const [tt, code] of BITWISE_OPS) alts.push({ ALT: () => { this.consume(3, tt); return code; } });
    if (full) {
      for (const [tt, code] of SIMPLE_CMP_OPS) alts.push({ ALT: () => { this.consume(3, tt); return code; } });
      alts.push({ ALT: () => { this.consume(3, T.Or); return OP_OR; } });
      alts.push({ ALT: () => { this.consume(3, T.And); return OP_AND; } });
      alts.push({ ALT: () => { this.consume(3, T.In); return OP_IN; } });
      alts.push({ ALT: () => { this.consume(3, T.Not); this.consume(4, T.In); return OP_NOTIN; } });
      alts.push({
        ALT: () => {
          this.consume(3, T.Is);
          return this.option(9, () => { this.consume(4, T.Not); return OP_ISNOT; }) ?? OP_IS;
        },
      });
    }
    return alts;
  }

  /** One operand: ['await'] primary. `n` (1 or 2) keeps the DSL occurrence indexes apart. */
  private operand(n: number): expr {
    if (this.RECORDING_PHASE) {
      this.option(5 + n, () => { this.consume(n, T.Await); });
      return this.subrule(n, this.primary) as unknown as expr;
    }
    const tv = this.tokVector;
    const a = tv[this.currIdx + 1];
    if (a.tokenType !== T.Await) return this.primaryFast(n);
    this.currIdx++;
    const p = this.primaryFast(n);
    if (p._type === 'Lambda' && tv[this.currIdx].tokenType !== T.RPar) {
      this.errorAtTok(tv[this.tokenIndexOf(p)], 'invalid syntax');
    }
    const end = tv[this.currIdx];
    return mkAwait(p, a.startLine, a.startColumn, end.endLine, end.endColumn);
  }

  /**
   * The `primary` rule's work done inline (runtime only): dispatch on the first token to the
   * atom alternative, then loop over trailers. Equivalent to SUBRULE(primary) without the cost
   * of a rule invocation, an OR and a MANY per operand. The alternatives it runs only use
   * CONSUME / SUBRULE (no OR/OPTION/MANY, whose lookahead is keyed by the current rule).
   */
  private primaryFast(n: number): expr {
    const tv = this.tokVector;
    const st = tv[this.currIdx + 1];
    const ai = ATOM_ALT[st.tokenTypeIdx];
    if (ai === undefined) return this.subrule(n, this.primary) as unknown as expr; // raises the error
    const e = this.atomAlts[ai].ALT.call(this) as expr;
    let ti = TRAILER_ALT[tv[this.currIdx + 1].tokenTypeIdx];
    if (ti === undefined) return e;
    this.cur = e;
    this.curL = st.startLine;
    this.curC = st.startColumn;
    do {
      this.trailerAlts[ti].ALT.call(this);
      ti = TRAILER_ALT[tv[this.currIdx + 1].tokenTypeIdx];
    } while (ti !== undefined);
    return this.cur;
  }

  /**
   * Runtime equivalent of MANY(() => OR(alts)) when every alternative starts with a distinct
   * token (table: tokenTypeIdx -> alternative index, the alternatives' first sets).
   */
  private runLoop(table: number[], alts: IOrAlt<void>[]): void {
    const tv = this.tokVector;
    for (;;) {
      const i = table[tv[this.currIdx + 1].tokenTypeIdx];
      if (i === undefined) return;
      alts[i].ALT.call(this);
    }
  }

  /** The last consumed token (the end of what was just parsed). */
  protected lastTok(): Tok {
    return this.tokVector[this.currIdx];
  }

  /** Index of the first token of node `p` among the consumed tokens (slow; errors only). */
  private tokenIndexOf(p: Located): number {
    for (let i = this.currIdx; i >= 0; i--) {
      const t = this.tokVector[i];
      if (t.startLine === p.lineno && t.startColumn === p.col_offset) return i;
    }
    return this.currIdx;
  }

  /**
   * prefix* operand (binop prefix* operand)* collected flatly, then built by precedence.
   * `mode` 0: the bitwise_or level; 1: the disjunction level (or/and/not/comparisons);
   * 2: like 1 and a lambda may be the sole operand (lambda is parsed as an atom).
   * Collected entries: code (0 operand, <0 prefix operator, >0 binary operator), value (node
   * or prefix token), and for operands/prefixes the indexes of their first and last tokens.
   */
  private chain(mode: number): expr {
    if (this.RECORDING_PHASE) return this.chainRecord(mode);
    const tv = this.tokVector;
    const full = mode !== 0;
    const pset = full ? PREFIX_FULL : PREFIX_BIT;
    const bcodes = full ? BINOP_CODE_FULL : BINOP_CODE_BIT;
    const startIdx = this.currIdx + 1;
    let ks: number[] | null = null;
    let vs: unknown[] | null = null;
    let ix: number[] | null = null;
    let t = tv[startIdx];
    if (pset[t.tokenTypeIdx]) {
      ks = []; vs = []; ix = [];
      do {
        ks.push(prefixCode(t)); vs.push(t); ix.push(this.currIdx + 1, this.currIdx + 1);
        this.currIdx++;
        t = tv[this.currIdx + 1];
      } while (pset[t.tokenTypeIdx]);
    }
    const opStart = this.currIdx + 1;
    const first = this.operand(1);
    t = tv[this.currIdx + 1];
    let code = bcodes[t.tokenTypeIdx];
    if (code === undefined) {
      if (ks === null) {
        if (mode !== 2 && first._type === 'Lambda' && tv[startIdx].tokenType === T.Lambda) {
          this.errorAtTok(tv[startIdx], 'invalid syntax');
        }
        this.lastChainIdx = startIdx;
        this.lastChain = first;
        return first;
      }
      ks.push(0); vs!.push(first); ix!.push(opStart, this.currIdx);
    } else {
      if (ks === null) { ks = []; vs = []; ix = []; }
      ks.push(0); vs!.push(first); ix!.push(opStart, this.currIdx);
      do {
        this.currIdx++;
        if (code === OP_NOTIN) {
          // `not` must be followed by `in` here.
          const nt = tv[this.currIdx + 1];
          if (nt.tokenType !== T.In) this.errorAtTok(nt, 'invalid syntax');
          this.currIdx++;
        } else if (code === OP_IS && tv[this.currIdx + 1].tokenType === T.Not) {
          this.currIdx++;
          code = OP_ISNOT;
        }
        ks.push(code); vs!.push(null); ix!.push(0, 0);
        t = tv[this.currIdx + 1];
        while (pset[t.tokenTypeIdx]) {
          ks.push(prefixCode(t)); vs!.push(t); ix!.push(this.currIdx + 1, this.currIdx + 1);
          this.currIdx++;
          t = tv[this.currIdx + 1];
        }
        const s = this.currIdx + 1;
        const e = this.operand(2);
        ks.push(0); vs!.push(e); ix!.push(s, this.currIdx);
        code = bcodes[tv[this.currIdx + 1].tokenTypeIdx];
      } while (code !== undefined);
    }
    this.bks = ks; this.bvs = vs!; this.bix = ix!; this.bi = 0;
    const res = this.climb(0);
    this.lastChainIdx = startIdx;
    this.lastChain = res;
    return res;
  }

  /** The grammar of chain() as Chevrotain records it (recording phase only). */
  private chainRecord(mode: number): expr {
    const full = mode !== 0;
    const alts = full ? this.prefixAlts1 : this.prefixAltsBit1;
    this.MANY1(() => { this.OR1(alts); });
    this.operand(1);
    const balts = full ? this.binopAltsFull : this.binopAltsBit;
    const palts = full ? this.prefixAlts2 : this.prefixAltsBit2;
    this.MANY2(() => {
      this.OR2(balts);
      this.MANY3(() => { this.OR3(palts); });
      this.operand(2);
    });
    return null as unknown as expr;
  }

  private bks: number[] = [];
  private bvs: unknown[] = [];
  private bix: number[] = [];
  private bi = 0;
  /** Token index of the end of what climb() last returned. */
  private bend = 0;

  /** Precedence climbing over bks/bvs from position bi (sets bend). */
  private climb(minPrec: number): expr {
    const ks = this.bks, vs = this.bvs, ix = this.bix, tv = this.tokVector;
    let left: expr;
    const startPos = this.bi;
    const st = tv[ix[2 * startPos]];
    const k = ks[startPos];
    if (k < 0) {
      const tok = vs[startPos] as Tok;
      this.bi++;
      const p = k === PFX_NOT ? P_NOT : P_UNARY;
      if (p < minPrec) this.errorAtTok(tok, 'invalid syntax');
      const operand = this.climb(p);
      const et = tv[this.bend];
      left = mkUnaryOp(k === PFX_NOT ? 'Not' : k === PFX_NEG ? 'USub' : k === PFX_POS ? 'UAdd' : 'Invert', operand,
        tok.startLine, tok.startColumn, et.endLine, et.endColumn);
    } else {
      left = vs[startPos] as expr;
      if (left._type === 'Lambda' && st.tokenType === T.Lambda) this.errorAtTok(st, 'invalid syntax');
      this.bend = ix[2 * startPos + 1];
      this.bi++;
    }
    const n = ks.length;
    while (this.bi < n) {
      const code = ks[this.bi];
      const prec = OP_PREC[code];
      if (prec < minPrec) break;
      const kind = OP_KIND[code];
      if (kind === 0) {
        this.bi++;
        // ** is right-associative and its right operand is a factor (may start with -, +, ~).
        const right = this.climb(prec === P_POW ? P_UNARY : prec + 1);
        const et = tv[this.bend];
        left = mkBinOp(left, OP_NAME[code] as Operator, right, st.startLine, st.startColumn, et.endLine, et.endColumn);
      } else if (kind === 1) {
        const ops: CmpOp[] = [], comps: expr[] = [];
        while (this.bi < n && OP_KIND[ks[this.bi]] === 1) {
          ops.push(OP_NAME[ks[this.bi]] as CmpOp);
          this.bi++;
          comps.push(this.climb(P_CMP + 1));
        }
        const et = tv[this.bend];
        left = mkCompare(left, ops, comps, st.startLine, st.startColumn, et.endLine, et.endColumn);
      } else {
        const values: expr[] = [left];
        while (this.bi < n && ks[this.bi] === code) {
          this.bi++;
          values.push(this.climb(prec + 1));
        }
        const et = tv[this.bend];
        left = mkBoolOp(code === OP_OR ? 'Or' : 'And', values, st.startLine, st.startColumn, et.endLine, et.endColumn);
      }
    }
    return left;
  }

  // ------------------------------------------------------------------ primary and atoms

  /**
   * The expression being extended by trailers in `primary`, and where its first token starts
   * (a trailer node spans from the atom's first token, e.g. the '(' of `(a).b`). Nested parses
   * overwrite these, so each trailer reads them before parsing and restores them after.
   */
  private cur: expr = null as unknown as expr;
  private curL = 0;
  private curC = 0;

  public primary = this.RULE('primary', (): expr => {
    const st = this.LA(1) as Tok;
    const e = this.OR(this.atomAlts) as expr;
    if (this.RECORDING_PHASE || TRAILER[this.LA(1).tokenTypeIdx]) {
      this.cur = e;
      this.curL = st.startLine;
      this.curC = st.startColumn;
      this.MANY(this.trailerIter);
      return this.cur;
    }
    return e;
  });

  private trailerAlts: IOrAlt<void>[] = [
    {
      ALT: () => {
        const f = this.cur;
        this.CONSUME(T.Dot);
        const n = this.CONSUME2(T.Name) as Tok;
        if (!this.RECORDING_PHASE) this.cur = mkAttribute(f, n.image, 'Load', this.curL, this.curC, n.endLine, n.endColumn);
      },
    },
    {
      ALT: () => {
        const f = this.cur, l = this.curL, c = this.curC;
        const lp = this.CONSUME(T.LPar) as Tok;
        const a = this.SUBRULE(this.args, A_GENEXP);
        const rp = this.CONSUME(T.RPar) as Tok;
        if (!this.RECORDING_PHASE) {
          const g = a.genexp;
          if (g !== null) {
            g.lineno = lp.startLine; g.col_offset = lp.startColumn;
            g.end_lineno = rp.endLine; g.end_col_offset = rp.endColumn;
          }
          this.cur = mkCall(f, a.args, a.keywords, l, c, rp.endLine, rp.endColumn);
          this.curL = l; this.curC = c;
        }
      },
    },
    {
      ALT: () => {
        const f = this.cur, l = this.curL, c = this.curC;
        this.CONSUME(T.LSqb);
        const s = this.SUBRULE(this.slices);
        const rb = this.CONSUME(T.RSqb) as Tok;
        if (!this.RECORDING_PHASE) {
          this.cur = mkSubscript(f, s, 'Load', l, c, rb.endLine, rb.endColumn);
          this.curL = l; this.curC = c;
        }
      },
    },
  ];
  private trailerIter = (): void => { this.OR2(this.trailerAlts); };

  private atomAlts: IOrAlt<expr>[] = [
    {
      ALT: () => {
        const t = this.CONSUME(T.Name) as Tok;
        return mkName(t.image, 'Load', t.startLine, t.startColumn, t.endLine, t.endColumn);
      },
    },
    {
      ALT: () => {
        const t = this.CONSUME(T.Number) as Tok;
        if (this.RECORDING_PHASE) return null as unknown as expr;
        return mkConstant(parseNumber(t.image), null, t.startLine, t.startColumn, t.endLine, t.endColumn);
      },
    },
    { ALT: () => this.strings() },
    { ALT: () => this.SUBRULE(this.paren_atom) },
    { ALT: () => this.SUBRULE(this.list_atom) },
    { ALT: () => this.SUBRULE(this.brace_atom) },
    { ALT: () => this.constTok(this.CONSUME(T.True_) as Tok, true) },
    { ALT: () => this.constTok(this.CONSUME(T.False_) as Tok, false) },
    { ALT: () => this.constTok(this.CONSUME(T.None_) as Tok, null) },
    { ALT: () => this.constTok(this.CONSUME(T.Ellipsis) as Tok, ELLIPSIS) },
    { ALT: () => this.SUBRULE(this.lambdef) },
  ];

  private constTok(t: Tok, v: null | boolean | typeof ELLIPSIS): expr {
    return mkConstant(v, null, t.startLine, t.startColumn, t.endLine, t.endColumn);
  }

  private strings(): expr {
    const first = this.CONSUME(T.String) as Tok;
    if (this.RECORDING_PHASE) {
      this.MANY2(() => { this.CONSUME2(T.String); });
      return null as unknown as expr;
    }
    // Runtime: a plain loop (this may run inline in another rule, see primaryFast).
    const tv = this.tokVector;
    const toks: Tok[] = [first];
    while (tv[this.currIdx + 1].tokenTypeIdx === StringIdx) toks.push(tv[++this.currIdx]);
    return parseStrings(toks, this.stringEnv);
  }

  // ------------------------------------------------------------------ ( ... )

  /** Group `(e)`, tuple, generator expression, `(yield ...)`. */
  public paren_atom = this.RULE('paren_atom', (): expr => {
    const lp = this.CONSUME(T.LPar) as Tok;
    return this.OR([
      {
        ALT: () => {
          const y = this.SUBRULE(this.yield_expr);
          this.CONSUME(T.RPar);
          return y;
        },
      },
      {
        ALT: () => {
          const d = this.SUBRULE(this.display_items, { ARGS: [2] });
          const gens = this.OPTION(() => this.SUBRULE(this.for_if_clauses));
          const rp = this.CONSUME2(T.RPar) as Tok;
          if (this.RECORDING_PHASE) return null as unknown as expr;
          const items = d.items;
          if (gens !== undefined) {
            this.checkComprehension(d);
            return mkGeneratorExp(items[0], gens, lp.startLine, lp.startColumn, rp.endLine, rp.endColumn);
          }
          if (items.length === 1 && d.commas === 0) {
            const e = items[0];
            if (e._type === 'Starred') this.errorAtNode(e, 'cannot use starred expression here');
            return e;
          }
          return mkTuple(items, 'Load', lp.startLine, lp.startColumn, rp.endLine, rp.endColumn);
        },
      },
    ]);
  });

  /** `[...]`: list display or list comprehension. */
  public list_atom = this.RULE('list_atom', (): expr => {
    const lb = this.CONSUME(T.LSqb) as Tok;
    const d = this.SUBRULE(this.display_items, { ARGS: [0] });
    const gens = this.OPTION(() => this.SUBRULE(this.for_if_clauses));
    const rb = this.CONSUME(T.RSqb) as Tok;
    if (this.RECORDING_PHASE) return null as unknown as expr;
    if (gens !== undefined) {
      this.checkComprehension(d);
      return mkListComp(d.items[0], gens, lb.startLine, lb.startColumn, rb.endLine, rb.endColumn);
    }
    return mkList(d.items, 'Load', lb.startLine, lb.startColumn, rb.endLine, rb.endColumn);
  });

  /** `{...}`: dict, set, dict/set comprehension. */
  public brace_atom = this.RULE('brace_atom', (): expr => {
    const lb = this.CONSUME(T.LBrace) as Tok;
    const d = this.SUBRULE(this.display_items, { ARGS: [1] });
    const gens = this.OPTION(() => this.SUBRULE(this.for_if_clauses));
    const rb = this.CONSUME(T.RBrace) as Tok;
    if (this.RECORDING_PHASE) return null as unknown as expr;
    const l = lb.startLine, c = lb.startColumn, el = rb.endLine, ec = rb.endColumn;
    if (gens !== undefined) {
      if (d.values !== null && d.items.length === 1 && d.commas === 0) {
        const k = d.items[0], v = d.values[0];
        if (k === null) {
          const st = d.dstarToks[0];
          this.errorAtTok(st, 'dict unpacking cannot be used in dict comprehension');
        }
        return mkDictComp(k, v, gens, l, c, el, ec);
      }
      this.checkComprehension(d);
      return mkSetComp(d.items[0], gens, l, c, el, ec);
    }
    if (d.values !== null || d.items.length === 0) return mkDict(d.items, d.values ?? [], l, c, el, ec);
    return mkSet(d.items, l, c, el, ec);
  });

  /**
   * The comma-separated items of a display, collected flatly (items and commas in any order,
   * checked here): mode 0 = star_named_expression items; mode 1 = braces (set items or
   * dict items `k: v` / `**m`).
   */
  public display_items = this.RULE('display_items', (mode: number): DisplayItems => {
    const res: DisplayItems = {
      items: [], values: null, commas: 0, lastComma: null, dstarToks: [],
      mode, lastWasItem: false, prevDstar: false, prevChainIdx: 0, prevChain: null,
    };
    const saved = this.dispSt;
    this.dispSt = res;
    if (this.RECORDING_PHASE) this.MANY(this.displayIter);
    else this.runLoop(DISPLAY_ALT, this.displayAlts);
    this.dispSt = saved;
    if (!this.RECORDING_PHASE) {
      const nt = this.LA(1).tokenType;
      if ((nt === T.For || nt === T.Async) && res.commas > 0 && res.items.length > 0) {
        const first = res.items[0];
        // CPython's invalid_comprehension has parsed the for-clauses too before it reports.
        const end = first !== null && first._type !== 'Starred' && res.values === null ? this.comprehensionClausesEnd() : null;
        if (end !== null) {
          this.failTok = end;
          if (res.lastWasItem) this.errorAtNode(first, 'did you forget parentheses around the comprehension target?', res.items[res.items.length - 1]);
          this.errorAtNode(first, 'did you forget parentheses around the comprehension target?', res.lastComma!);
        }
      }
    }
    return res;
  });

  /**
   * At a comprehension's `[async] for`: the first token after its for/if clauses (a closing
   * bracket, ':' or the like at the same depth), or the last token if the brackets never close;
   * null when what follows cannot be for-clauses (no target, or no `in` after it).
   */
  private comprehensionClausesEnd(): Tok | null {
    const tv = this.tokVector;
    let i = this.currIdx + 1;
    if (tv[i]?.tokenType === T.Async) i++;
    const target = tv[i + 1]?.tokenType;
    if (target !== T.Name && target !== T.LPar && target !== T.LSqb && target !== T.Star) return null;
    let depth = 0;
    let sawIn = false;
    for (i += 1; i < tv.length; i++) {
      const tt = tv[i].tokenType;
      if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) depth++;
      else if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) {
        if (depth-- === 0) return sawIn ? tv[i] : null;
      } else if (depth === 0 && (tt === T.Colon || tt === T.Newline || tt === T.ErrorToken || tt === T.Equal)) {
        return sawIn ? tv[i] : null;
      } else if (depth === 0 && tt === T.In) sawIn = true;
    }
    return sawIn ? tv[tv.length - 1] : null;
  }

  /** State of the display_items invocation in progress (alternatives are built once). */
  private dispSt: DisplayItems = null as unknown as DisplayItems;
  private displayIter = (): void => { this.OR(this.displayAlts); };

  /** A display item starts (its first expression is parsed): check the separation. */
  private dispStart(d: DisplayItems, first: expr, firstTok: Tok): void {
    if (d.lastWasItem) {
      if (d.prevDstar) this.errorAtTok(firstTok, 'invalid syntax');
      this.missingComma(d.prevChainIdx, d.prevChain!, first, firstTok);
    }
  }

  private dispEnd(d: DisplayItems, dstar: boolean): void {
    d.lastWasItem = true;
    d.prevDstar = dstar;
    d.prevChainIdx = this.lastChainIdx;
    d.prevChain = this.lastChain;
  }

  private displayAlts: IOrAlt<void>[] = [
    {
      ALT: () => {
        const d = this.dispSt;
        const c = this.CONSUME(T.Comma) as Tok;
        if (!this.RECORDING_PHASE) {
          if (!d.lastWasItem) this.errorAtTok(c, 'invalid syntax');
          d.lastWasItem = false;
          d.commas++;
          d.lastComma = c;
        }
      },
    },
    {
      ALT: () => {
        const d = this.dispSt;
        const s = this.CONSUME(T.Star) as Tok;
        const v = this.SUBRULE(this.bitwise_or);
        if (!this.RECORDING_PHASE) {
          const et = this.lastTok();
          const e = mkStarred(v, 'Load', s.startLine, s.startColumn, et.endLine, et.endColumn);
          this.dispStart(d, e, s);
          if (d.values !== null) this.errorRaw(e.end_lineno, e.end_col_offset - 1, e.end_lineno, -1, "':' expected after dictionary key");
          d.items.push(e);
          this.dispEnd(d, false);
        }
      },
    },
    {
      ALT: () => {
        const d = this.dispSt;
        const s = this.CONSUME(T.DoubleStar) as Tok;
        if (!this.RECORDING_PHASE) {
          if (d.mode !== 1) {
            if (d.mode === 2 && d.items.length === 0) this.doubleStarredGroup(s);
            this.errorAtTok(s, 'invalid syntax');
          }
          if (d.lastWasItem || (d.items.length > 0 && d.values === null)) this.errorAtTok(s, 'invalid syntax');
        }
        const v = this.SUBRULE2(this.bitwise_or);
        if (!this.RECORDING_PHASE) {
          if (d.values === null) d.values = [];
          (d.items as (expr | null)[]).push(null);
          d.values.push(v);
          d.dstarToks.push(s);
          this.dispEnd(d, true);
        }
      },
    },
    {
      ALT: () => {
        const d = this.dispSt;
        if (this.RECORDING_PHASE) {
          this.SUBRULE(this.expression, A_NAMED);
          this.OPTION(this.dictValue);
          return;
        }
        const ft = this.tokVector[this.currIdx + 1];
        if (d.lastWasItem) {
          if (d.prevDstar) this.errorAtTok(ft, 'invalid syntax');
          this.unseparated(ft, d.prevChainIdx, d.prevChain!, () => this.SUBRULE(this.expression, A_NAMED));
        }
        const k = this.SUBRULE(this.expression, A_NAMED);
        if (this.tokVector[this.currIdx + 1].tokenType === T.Equal) this.equalsAfterItem(k, ft);
        let v: expr | undefined;
        if (this.LA(1).tokenType === T.Colon) {
          this.dictKey = k;
          v = this.OPTION(this.dictValue);
        } else if (d.values !== null) {
          this.errorRaw(k.end_lineno, k.end_col_offset - 1, k.end_lineno, -1, "':' expected after dictionary key");
        }
        if (v !== undefined && d.values === null) d.values = [];
        d.items.push(k);
        if (v !== undefined) d.values!.push(v);
        this.dispEnd(d, false);
      },
    },
  ];

  private dictKey: expr = null as unknown as expr;

  /** `: value` after a dict key (this.dictKey). */
  private dictValue = (): expr => {
    const colon = this.CONSUME(T.Colon) as Tok;
    if (!this.RECORDING_PHASE) {
      const d = this.dispSt, k = this.dictKey;
      if (d.mode !== 1 || (d.items.length > 0 && d.values === null)) this.errorAtTok(colon, 'invalid syntax');
      if (k._type === 'NamedExpr' && this.lastTokEndsBefore(colon, k)) this.errorAtTok(colon, 'invalid syntax');
      const nt = this.LA(1).tokenType;
      if (nt === T.RBrace || nt === T.Comma) this.errorAtTok(colon, "expression expected after dictionary key and ':'");
      if (nt === T.Star) {
        // CPython: from the '*' to the start of the token after `*operand` (approximated for
        // a one-token operand).
        const st = this.LA(1) as Tok, after = this.LA(3) as Tok;
        const simple = this.LA(2).tokenType === T.Name || this.LA(2).tokenType === T.Number;
        this.errorRaw(st.startLine, st.startColumn, simple ? after.startLine : st.startLine,
          simple ? after.startColumn : -1, 'cannot use a starred expression in a dictionary value');
      }
    }
    return this.SUBRULE2(this.expression);
  };

  /** `(**x)`: CPython's "cannot use double starred expression here" (else invalid syntax). */
  private doubleStarredGroup(s: Tok): void {
    // Only for `**` + a dotted name followed by ')'.
    let i = 1;
    if (this.LA(i).tokenType !== T.Name) return;
    while (this.LA(i + 1).tokenType === T.Dot && this.LA(i + 2).tokenType === T.Name) i += 2;
    if (this.LA(i + 1).tokenType === T.RPar) this.errorAtTok(s, 'cannot use double starred expression here');
  }

  /** `lambda (a, b): ...`: CPython's message when the next tokens are `( NAME (, NAME)* ,? )`. */
  private checkParenParams(): void {
    if (this.LA(1).tokenType !== T.LPar) return;
    let i = 2;
    for (;;) {
      if (this.LA(i).tokenType !== T.Name) return;
      i++;
      const t = this.LA(i).tokenType;
      if (t === T.RPar) break;
      if (t !== T.Comma) return;
      i++;
      if (this.LA(i).tokenType === T.RPar) break;
    }
    this.errorAtTok(this.LA(1) as Tok, 'Lambda expression parameters cannot be parenthesized', this.LA(i) as Tok);
  }

  /**
   * Called with `tok` just consumed: whether the token before it ends where `node` ends, i.e.
   * `node` is not parenthesized (a parenthesized node keeps the span of its contents).
   */
  private lastTokEndsBefore(_tok: Tok, node: Located): boolean {
    const prev = this.tokVector[this.currIdx - 1];
    return prev.endLine === node.end_lineno && prev.endColumn === node.end_col_offset;
  }

  private checkComprehension(d: DisplayItems): void {
    const forTok = this.findForTok();
    if (d.items.length === 0) this.errorAtTok(forTok, 'invalid syntax');
    const first = d.items[0];
    if (first === null) this.errorAtTok(forTok, 'invalid syntax');
    if (first._type === 'Starred') this.errorAtNode(first, 'iterable unpacking cannot be used in comprehension');
    if (d.commas > 0 || d.values !== null) this.errorAtTok(forTok, 'invalid syntax');
  }

  /** The `for` (or `async`) token that starts the last comprehension (errors only). */
  private findForTok(): Tok {
    for (let i = this.currIdx; i >= 0; i--) {
      const t = this.tokVector[i];
      if (t.tokenType === T.For) {
        const p = this.tokVector[i - 1];
        return p && p.tokenType === T.Async ? p : t;
      }
    }
    return this.tokVector[this.currIdx];
  }

  /**
   * Two items not separated by a comma: CPython's "invalid syntax. Perhaps you forgot a comma?"
   * from the previous item's last disjunction to the new item (or a plain "invalid syntax").
   */
  private missingComma(prevIdx: number, prev: expr, item: expr, itemTok: Tok): never {
    const t0 = this.tokVector[prevIdx];
    const t1 = this.tokVector[prevIdx + 1];
    if (prev._type === 'Name' && (prev.id === 'print' || prev.id === 'exec') && t0.tokenType === T.Name) {
      this.errorAtNode(prev, `Missing parentheses in call to '${prev.id}'. Did you mean ${prev.id}(...)?`, item);
    }
    if (t0.tokenType === T.Name && ((t1 !== undefined && t1.tokenTypeIdx === StringIdx) || isSoftKeywordPrefix(t0.image))) {
      this.errorAtTok(itemTok, 'invalid syntax');
    }
    return this.errorAtNode(prev, 'invalid syntax. Perhaps you forgot a comma?', item);
  }

  /**
   * Parses an item that follows another item without a comma. CPython's first pass stops at
   * its first token, so if the item does not parse, that token gets the "invalid syntax".
   */
  private unseparated(tok: Tok, prevIdx: number, prev: expr, f: () => expr): never {
    const save = this.currIdx;
    // CPython takes the longest expression that parses there (expression_without_invalid,
    // with backtracking); approximated by trying the whole item, a disjunction, a primary.
    let b = this.tryParse(f);
    if (b === null) { this.currIdx = save; b = this.tryParse(() => this.SUBRULE(this.disjunction)); }
    if (b === null) { this.currIdx = save; b = this.tryParse(() => this.SUBRULE(this.primary)); }
    if (b === null) {
      this.currIdx = save;
      const ai = ATOM_ALT[tok.tokenTypeIdx];
      if (ai !== undefined) b = this.tryParse(() => this.atomAlts[ai].ALT.call(this) as expr);
    }
    if (b === null) this.errorAtTok(tok, 'invalid syntax');
    return this.missingComma(prevIdx, prev, b, tok);
  }

  /** Runs f; a syntax error (Chevrotain's or ours) gives null (error paths only). */
  private tryParse(f: () => expr): expr | null {
    try {
      return f();
    } catch (err) {
      if (isRecognitionException(err as Error) || err instanceof PySyntaxError) return null;
      throw err;
    }
  }

  /**
   * Whether an item begins with a list display, a parenthesized tuple or generator, True,
   * False or None (CPython's `!(list|tuple|genexp|'True'|'None'|'False')` lookahead).
   */
  private startsWithDisplay(e: expr, firstTok: Tok): boolean {
    let x = e;
    for (;;) {
      if (x._type === 'Attribute' || x._type === 'Subscript') x = x.value;
      else if (x._type === 'Call') x = x.func;
      else break;
    }
    if (x.lineno !== firstTok.startLine || x.col_offset !== firstTok.startColumn) return false;
    if (x._type === 'List') return true;
    if ((x._type === 'Tuple' || x._type === 'GeneratorExp') && firstTok.tokenType === T.LPar) return true;
    return x._type === 'Constant' && (x.value === true || x.value === false || x.value === null);
  }

  /**
   * An item of a display / subscript followed by '=' (`(a=1)`, `[f()=1]`): CPython's
   * invalid_named_expression messages, else "invalid syntax" at the '='.
   */
  private equalsAfterItem(e: expr, firstTok: Tok): never {
    const tv = this.tokVector;
    const eq = tv[this.currIdx + 1];
    const last = tv[this.currIdx];
    const parenthesized = last.endLine !== e.end_lineno || last.endColumn !== e.end_col_offset;
    const excluded = this.startsWithDisplay(e, firstTok);
    const isName = e._type === 'Name' && !parenthesized;
    const hint = !excluded && (parenthesized ? e._type !== 'Tuple' && e._type !== 'GeneratorExp' : takesEqualityHint(e));
    if (isName || hint) {
      const save = this.currIdx;
      this.currIdx++;
      let b: expr | null = null;
      try {
        if (BITOR_START[tv[this.currIdx + 1].tokenTypeIdx]) b = this.SUBRULE(this.bitwise_or);
      } catch (err) {
        if (!isRecognitionException(err as Error)) throw err;
        b = null;
      }
      const nt = tv[this.currIdx + 1].tokenType;
      this.currIdx = save;
      if (b !== null && nt !== T.Equal && nt !== T.ColonEqual) {
        if (isName) this.errorAtNode(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", b);
        this.errorAtNode(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
      }
    }
    return this.errorAtTok(eq, 'invalid syntax');
  }

  // ------------------------------------------------------------------ comprehensions

  public for_if_clauses = this.RULE('for_if_clauses', (): comprehension[] => {
    const gens: comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      let isAsync = 0;
      this.OPTION(() => { this.CONSUME(T.Async); isAsync = 1; });
      this.CONSUME(T.For);
      const target = this.SUBRULE(this.star_targets);
      if (!this.RECORDING_PHASE) {
        const nt = this.tokVector[this.currIdx + 1];
        if (nt.tokenType !== T.In && EXPR_START[nt.tokenTypeIdx]) {
          // `for a b in c` inside brackets: CPython's "Perhaps you forgot a comma?".
          this.unseparated(nt, this.lastChainIdx, this.lastChain!, () => this.SUBRULE2(this.disjunction));
        }
      }
      this.CONSUME(T.In);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: expr[] = [];
      this.MANY(() => {
        this.CONSUME(T.If);
        ifs.push(this.SUBRULE2(this.disjunction));
      });
      if (!this.RECORDING_PHASE) gens.push(mkComprehension(target, iter, ifs, isAsync));
    });
    return gens;
  });

  // ------------------------------------------------------------------ targets

  /** star_targets for `for` loops and comprehensions: ctx Store, Tuple when there are commas. */
  public star_targets = this.RULE('star_targets', (): expr => {
    const startIdx = this.currIdx + 1;
    const first = this.SUBRULE(this.star_target_raw);
    if (!this.RECORDING_PHASE && this.LA(1).tokenType !== T.Comma) return setContext(first, 'Store', this);
    const elts: expr[] = [first];
    let lastWasItem = true;
    this.MANY(() => {
      const c = this.CONSUME(T.Comma) as Tok;
      if (!lastWasItem && !this.RECORDING_PHASE) this.errorAtTok(c, 'invalid syntax');
      lastWasItem = false;
      this.OPTION(() => {
        elts.push(this.SUBRULE2(this.star_target_raw));
        lastWasItem = true;
      });
    });
    if (this.RECORDING_PHASE) return first;
    const st = this.tokVector[startIdx], et = this.lastTok();
    const t = mkTuple(elts, 'Load', st.startLine, st.startColumn, et.endLine, et.endColumn);
    return setContext(t, 'Store', this);
  });

  /** One target (maybe starred), ctx Store. */
  public star_target = this.RULE('star_target', (): expr => {
    const e = this.SUBRULE(this.star_target_raw);
    return this.RECORDING_PHASE ? e : setContext(e, 'Store', this);
  });

  private star_target_raw = this.RULE('star_target_raw', (): expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star) as Tok;
          const v = this.SUBRULE(this.bitwise_or);
          if (this.RECORDING_PHASE) return v;
          if (v._type === 'Starred') this.errorAtNode(v, 'invalid syntax');
          return mkStarred(v, 'Load', s.startLine, s.startColumn, this.lastTok().endLine, this.lastTok().endColumn);
        },
      },
      { ALT: () => this.SUBRULE2(this.bitwise_or) },
    ]);
  });

  /** `del` targets: a list of expressions with ctx Del (CPython's messages for bad ones). */
  public del_targets = this.RULE('del_targets', (): expr[] => {
    const e = this.SUBRULE(this.star_expressions);
    if (this.RECORDING_PHASE) return [];
    // A bare tuple (not parenthesized) is the list of targets.
    if (e === this.lastBareTuple && e._type === 'Tuple') {
      for (const x of e.elts) setContext(x, 'Del', this);
      return e.elts;
    }
    return [setContext(e, 'Del', this)];
  });

  // ------------------------------------------------------------------ yield, lambda

  public yield_expr = this.RULE('yield_expr', (): expr => {
    const y = this.CONSUME(T.Yield) as Tok;
    let res: expr | undefined;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.From);
            const v = this.SUBRULE(this.expression);
            if (!this.RECORDING_PHASE) res = mkYieldFrom(v, y.startLine, y.startColumn, this.lastTok().endLine, this.lastTok().endColumn);
          },
        },
        {
          ALT: () => {
            const v = this.SUBRULE(this.star_expressions);
            if (!this.RECORDING_PHASE) res = mkYield(v, y.startLine, y.startColumn, this.lastTok().endLine, this.lastTok().endColumn);
          },
        },
      ]);
    });
    if (this.RECORDING_PHASE) return null as unknown as expr;
    return res ?? mkYield(null, y.startLine, y.startColumn, y.endLine, y.endColumn);
  });

  /** The '=' of a lambda parameter with no default after it (the innermost lambda being parsed). */
  private lambdaMissingDefault: Tok | null = null;

  public lambdef = this.RULE('lambdef', (): LambdaNode => {
    const lam = this.CONSUME(T.Lambda) as Tok;
    const items: ParamItem[] = [];
    if (!this.RECORDING_PHASE) this.checkParenParams();
    const outerMissing = this.lambdaMissingDefault;
    this.lambdaMissingDefault = null;
    this.OPTION(() => {
      this.lambdaParam(items, 1);
      this.slashStar(items);
      this.MANY(() => {
        const c = this.CONSUME(T.Comma) as Tok;
        if (!this.RECORDING_PHASE && items.length > 0) {
          const it = items[items.length - 1];
          if (it.afterComma === null && it.next === c) it.afterComma = this.LA(1) as Tok;
          else this.errorAtTok(c, 'invalid syntax');
        }
        if (!this.RECORDING_PHASE) this.checkParenParams();
        this.OPTION2(() => {
          this.lambdaParam(items, 2);
          this.slashStar(items);
        });
      });
    });
    // `lambda a=, b: 0`: reported once the parameters have parsed, as for a def.
    const md = this.lambdaMissingDefault;
    this.lambdaMissingDefault = outerMissing;
    if (md !== null && !this.RECORDING_PHASE) this.errorAtTok(md, 'expected default value expression');
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.expression);
    if (this.RECORDING_PHASE) return null as unknown as LambdaNode;
    const args = items.length === 0 ? emptyArguments() : buildArguments(items, this, true);
    return mkLambda(args, body, lam.startLine, lam.startColumn, this.lastTok().endLine, this.lastTok().endColumn);
  });

  /** `def f(a, /*)` or `lambda a, /*: 0`: CPython's "expected comma between / and *". */
  protected slashStar(items: ParamItem[]): void {
    if (this.RECORDING_PHASE) return;
    const t = this.LA(1) as Tok;
    const n = items.length - 1;
    if (t.tokenType !== T.Star || items[n].kind !== 1) return;
    // CPython's invalid_parameters tries these first.
    for (let i = 0; i < n; i++) if (items[i].kind === 1) this.errorAtTok(items[n].tok, '/ may appear only once');
    for (let i = 0; i < n; i++) if (items[i].kind === 2) this.errorAtTok(items[n].tok, '/ must be ahead of *');
    this.errorAtTok(t, 'expected comma between / and *');
  }

  /** One lambda parameter entry (n keeps DSL indexes apart). */
  private lambdaParam(items: ParamItem[], n: number): void {
    const REC = this.RECORDING_PHASE;
    if (!REC && items.length > 0) {
      const prev = items[items.length - 1];
      if (prev.afterComma === null) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    }
    this.or(n, [
      {
        ALT: () => {
          const name = this.consume(n, T.Name) as Tok;
          let eq: Tok | null = null;
          let dflt: expr | null = null;
          this.option(n * 10 + 1, () => {
            const e = (eq = this.consume(n * 10 + 1, T.Equal) as Tok);
            const nt = this.LA(1).tokenType;
            if (!REC && nt === T.Comma) {
              this.lambdaMissingDefault ??= e;
              dflt = mkConstant(null, null, e.startLine, e.startColumn, e.endLine, e.endColumn);
            } else {
              dflt = this.subrule(n, this.expression) as unknown as expr;
            }
          });
          if (!REC) items.push({ kind: 0, tok: name, arg: mkArg(name, null), dflt, eq, next: this.LA(1) as Tok, afterComma: null });
        },
      },
      {
        ALT: () => {
          const s = this.consume(n, T.Slash) as Tok;
          if (!REC) items.push({ kind: 1, tok: s, arg: null, dflt: null, eq: null, next: this.LA(1) as Tok, afterComma: null });
        },
      },
      {
        ALT: () => {
          const s = this.consume(n, T.Star) as Tok;
          let name: Tok | null = null;
          let eq: Tok | null = null;
          this.option(n * 10 + 2, () => {
            name = this.consume(n * 10 + 2, T.Name) as Tok;
            this.option(n * 10 + 3, () => {
              eq = this.consume(n * 10 + 3, T.Equal) as Tok;
              this.subrule(n * 10 + 3, this.expression);
            });
          });
          if (!REC) items.push({ kind: 2, tok: s, arg: name ? mkArg(name, null) : null, dflt: null, eq, next: this.LA(1) as Tok, afterComma: null });
        },
      },
      {
        ALT: () => {
          const s = this.consume(n, T.DoubleStar) as Tok;
          const name = this.consume(n * 10 + 4, T.Name) as Tok;
          let eq: Tok | null = null;
          this.option(n * 10 + 4, () => {
            eq = this.consume(n * 10 + 4, T.Equal) as Tok;
            this.subrule(n * 10 + 4, this.expression);
          });
          if (!REC) items.push({ kind: 3, tok: s, arg: mkArg(name, null), dflt: null, eq, next: this.LA(1) as Tok, afterComma: null });
        },
      },
    ]);
  }

  // ------------------------------------------------------------------ calls and subscripts

  /**
   * The arguments between a call's parens (flat: items and commas checked here). ARGS
   * [true] allows a sole bare generator expression (`f(x for x in y)`).
   */
  public args = this.RULE('args', (allowGenexp?: boolean): CallArgs => {
    const REC = this.RECORDING_PHASE;
    const st: ArgsState = {
      args: [], keywords: [], lastWasItem: false, lastKind: 0, commas: 0, prevChainIdx: 0, prevChain: null,
      sawKeyword: false, sawDstar: false, posAfterKw: false,
    };
    if (REC || this.LA(1).tokenType !== T.RPar) {
      const saved = this.argSt;
      this.argSt = st;
      if (REC) this.MANY(this.argsIter);
      else this.runLoop(ARG_ALT, this.argAlts);
      this.argSt = saved;
    }
    const args = st.args, keywords = st.keywords;
    let genexp: expr | null = null;
    if (REC || this.LA(1).tokenType === T.For || this.LA(1).tokenType === T.Async) {
      const forTok = this.LA(1) as Tok;
      if (!REC && (!st.lastWasItem || st.lastKind === 2 || st.lastKind === 3 || !allowGenexp)) this.errorAtTok(forTok, 'invalid syntax');
      const gens = this.OPTION2(() => this.SUBRULE(this.for_if_clauses));
      if (!REC && gens !== undefined) {
        const last = args[args.length - 1];
        if (last._type === 'Starred') this.errorAtNode(last, 'iterable unpacking cannot be used in comprehension');
        const endNode = this.lastComprehensionItem(gens);
        if (args.length > 1 || keywords.length > 0 || st.commas > 0 || this.LA(1).tokenType === T.Comma) {
          this.errorAtNode(last, 'Generator expression must be parenthesized', endNode);
        }
        const g = mkGeneratorExp(last, gens, last.lineno, last.col_offset, endNode.end_lineno, endNode.end_col_offset);
        args[args.length - 1] = g;
        genexp = g;
      }
    }
    if (st.posAfterKw && !REC) {
      // CPython reports it at the last token it fetched: the one after the arguments.
      this.errorAtTok(this.LA(1) as Tok, st.sawDstar
        ? 'positional argument follows keyword argument unpacking'
        : 'positional argument follows keyword argument');
    }
    return { args, keywords, genexp };
  });

  /** State of the args invocation in progress (alternatives are built once). */
  private argSt: ArgsState = null as unknown as ArgsState;
  private argsIter = (): void => { this.OR(this.argAlts); };

  private argStart(st: ArgsState, first: expr, firstTok: Tok): void {
    if (st.lastWasItem) this.missingComma(st.prevChainIdx, st.prevChain!, first, firstTok);
  }

  private argEnd(st: ArgsState, kind: number): void {
    st.lastWasItem = true;
    st.lastKind = kind;
    st.prevChainIdx = this.lastChainIdx;
    st.prevChain = this.lastChain;
  }

  private argAlts: IOrAlt<void>[] = [
    {
      ALT: () => {
        const st = this.argSt;
        const c = this.CONSUME(T.Comma) as Tok;
        if (!this.RECORDING_PHASE) {
          if (!st.lastWasItem) this.errorAtTok(c, 'invalid syntax');
          st.lastWasItem = false;
          st.commas++;
        }
      },
    },
    {
      ALT: () => {
        const st = this.argSt;
        const s = this.CONSUME(T.Star) as Tok;
        // (Whatever follows the '*', even nothing: `f(**x, *)`.)
        if (!this.RECORDING_PHASE && st.sawDstar) this.errorAtTok(s, 'iterable argument unpacking follows keyword argument unpacking');
        const v = this.SUBRULE(this.expression);
        if (!this.RECORDING_PHASE) {
          const et = this.lastTok();
          const e = mkStarred(v, 'Load', s.startLine, s.startColumn, et.endLine, et.endColumn);
          this.argStart(st, v, s);
          st.args.push(e);
          this.argEnd(st, 1);
        }
      },
    },
    {
      ALT: () => {
        const st = this.argSt;
        const s = this.CONSUME(T.DoubleStar) as Tok;
        const v = this.SUBRULE2(this.expression);
        if (!this.RECORDING_PHASE) {
          const et = this.lastTok();
          this.argStart(st, v, s);
          st.keywords.push(mkKeyword(null, v, s.startLine, s.startColumn, et.endLine, et.endColumn));
          st.sawDstar = true;
          this.argEnd(st, 3);
        }
      },
    },
    {
      ALT: () => {
        const st = this.argSt;
        if (this.RECORDING_PHASE) {
          this.SUBRULE3(this.expression, A_NAMED_ARG);
          this.OPTION(this.kwargValue);
          return;
        }
        const ft = this.tokVector[this.currIdx + 1];
        if (st.lastWasItem) this.unseparated(ft, st.prevChainIdx, st.prevChain!, () => this.SUBRULE3(this.expression, A_NAMED_ARG));
        const e = this.SUBRULE3(this.expression, A_NAMED_ARG);
        if (this.LA(1).tokenType === T.Equal) {
          this.kwName = e;
          const v = this.OPTION(this.kwargValue)!;
          const et = this.lastTok();
          st.keywords.push(mkKeyword((e as NameNode).id, v, e.lineno, e.col_offset, et.endLine, et.endColumn));
          st.sawKeyword = true;
          this.argEnd(st, 2);
        } else {
          if (st.sawKeyword || st.sawDstar) st.posAfterKw = true;
          st.args.push(e);
          this.argEnd(st, 0);
        }
      },
    },
  ];

  private kwName: expr = null as unknown as expr;

  /** `= value` of a keyword argument (name in this.kwName). */
  private kwargValue = (): expr => {
    const eq = this.CONSUME(T.Equal) as Tok;
    const e = this.kwName;
    if (!this.RECORDING_PHASE) this.checkKwargName(e, eq);
    const v = this.SUBRULE4(this.expression);
    if (!this.RECORDING_PHASE) {
      const nt = this.LA(1).tokenType;
      if (nt === T.For || nt === T.Async) {
        this.errorAtNode(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", eq);
      }
    }
    return v;
  };

  private lastComprehensionItem(gens: comprehension[]): expr {
    const g = gens[gens.length - 1];
    return g.ifs.length > 0 ? g.ifs[g.ifs.length - 1] : g.iter;
  }

  /** `f(X=v)`: X must be a plain name. */
  private checkKwargName(e: expr, eq: Tok): void {
    if (e._type === 'Name' && this.lastTokEndsBefore(eq, e)) return;
    if (e._type === 'Constant' && (e.value === true || e.value === false || e.value === null) && this.lastTokEndsBefore(eq, e)) {
      this.errorAtNode(e, `cannot assign to ${exprName(e)}`, eq);
    }
    this.errorAtNode(e, 'expression cannot contain assignment, perhaps you meant "=="?', eq);
  }

  /** The contents of `x[...]`: a slice, an expression, or a Tuple of them. */
  public slices = this.RULE('slices', (): expr => {
    const startIdx = this.currIdx + 1;
    const st: SlicesState = { items: [], lastWasItem: false, commas: 0, prevChainIdx: 0, prevChain: null };
    const saved = this.sliceSt;
    this.sliceSt = st;
    if (this.RECORDING_PHASE || SLICE_ALT[this.tokVector[this.currIdx + 1].tokenTypeIdx] === undefined) {
      this.AT_LEAST_ONE(this.slicesIter); // (at runtime: raises the error)
    } else {
      this.runLoop(SLICE_ALT, this.sliceAlts);
    }
    this.sliceSt = saved;
    if (this.RECORDING_PHASE) return null as unknown as expr;
    const items = st.items;
    if (st.commas === 0) {
      const e = items[0];
      if (e._type !== 'Starred') return e;
    }
    const s = this.tokVector[startIdx], et = this.lastTok();
    return mkTuple(items, 'Load', s.startLine, s.startColumn, et.endLine, et.endColumn);
  });

  private sliceSt: SlicesState = null as unknown as SlicesState;
  private slicesIter = (): void => { this.OR(this.sliceAlts); };

  private sliceAdd(st: SlicesState, e: expr): void {
    st.items.push(e);
    st.lastWasItem = true;
    st.prevChainIdx = this.lastChainIdx;
    st.prevChain = this.lastChain;
  }

  private sliceAlts: IOrAlt<void>[] = [
    {
      ALT: () => {
        const st = this.sliceSt;
        const c = this.CONSUME(T.Comma) as Tok;
        if (!this.RECORDING_PHASE) {
          if (!st.lastWasItem) this.errorAtTok(c, 'invalid syntax');
          st.lastWasItem = false;
          st.commas++;
        }
      },
    },
    {
      ALT: () => {
        const st = this.sliceSt;
        const s = this.CONSUME(T.Star) as Tok;
        const v = this.SUBRULE(this.expression);
        if (!this.RECORDING_PHASE) {
          const et = this.lastTok();
          if (st.lastWasItem) {
            // After a slice (`A[:*b]`) there is no expression for "Perhaps you forgot a comma?".
            if (st.items[st.items.length - 1]._type === 'Slice') this.errorAtTok(s, 'invalid syntax');
            this.missingComma(st.prevChainIdx, st.prevChain!, v, s);
          }
          this.sliceAdd(st, mkStarred(v, 'Load', s.startLine, s.startColumn, et.endLine, et.endColumn));
        }
      },
    },
    {
      ALT: () => {
        const st = this.sliceSt;
        const colon = this.CONSUME(T.Colon) as Tok;
        if (!this.RECORDING_PHASE && st.lastWasItem) this.errorAtTok(colon, 'invalid syntax');
        const sl = this.sliceRest(1, null, colon);
        if (!this.RECORDING_PHASE) this.sliceAdd(st, sl);
      },
    },
    {
      ALT: () => {
        const st = this.sliceSt;
        const first = this.LA(1) as Tok;
        if (!this.RECORDING_PHASE && st.lastWasItem) {
          this.unseparated(first, st.prevChainIdx, st.prevChain!, () => this.SUBRULE2(this.expression, A_NAMED));
        }
        const e = this.SUBRULE2(this.expression, A_NAMED);
        if (!this.RECORDING_PHASE && this.tokVector[this.currIdx + 1].tokenType === T.Equal) this.equalsAfterItem(e, first);
        let res = e;
        if (this.RECORDING_PHASE || this.LA(1).tokenType === T.Colon) {
          this.OPTION(() => {
            const colon = this.CONSUME2(T.Colon) as Tok;
            if (!this.RECORDING_PHASE && e._type === 'NamedExpr' && this.lastTokEndsBefore(colon, e)) this.errorAtTok(colon, 'invalid syntax');
            res = this.sliceRest(2, e, first);
          });
        }
        if (!this.RECORDING_PHASE) this.sliceAdd(st, res);
      },
    },
  ];

  /** After `lower :` of a slice: [upper] [':' [step]]. */
  private sliceRest(n: number, lower: expr | null, start: Tok): expr {
    let upper: expr | null = null, step: expr | null = null;
    const base = 10 + n * 10;
    this.option(base + 1, () => { upper = this.subrule(base + 1, this.expression) as unknown as expr; });
    this.option(base + 2, () => {
      this.consume(base + 2, T.Colon);
      this.option(base + 3, () => { step = this.subrule(base + 3, this.expression) as unknown as expr; });
    });
    if (this.RECORDING_PHASE) return null as unknown as expr;
    const et = this.lastTok();
    return mkSlice(lower, upper, step, start.startLine, start.startColumn, et.endLine, et.endColumn);
  }

  // ================================================================== errors

  /** CPython's checks for `eval` input: no starred expression at the top. */
  private rejectStarred(body: expr): void {
    if (body._type === 'Starred') this.errorAtTok(this.tokVector[this.tokenIndexOf(body)], 'invalid syntax');
    if (body._type === 'Tuple' && body === this.lastBareTuple) {
      for (const e of body.elts) if (e._type === 'Starred') this.errorAtTok(this.tokVector[this.tokenIndexOf(e)], 'invalid syntax');
    }
  }

  errorAtTok(tok: Tok, msg: string, endTok?: Tok): never {
    if (tok.tokenType === T.ErrorToken && (tok as Tok & { payload?: unknown }).payload instanceof PySyntaxError) {
      throw (tok as Tok & { payload?: PySyntaxError }).payload;
    }
    if ((this.evalNoNewline || (this.inputWithoutNewline && msg === 'invalid syntax')) && endTok === undefined && this.atEnd(tok)) {
      // CPython's eval input gets no implicit '\n': the end-of-input token has no column.
      const l = this.source === '' ? 0 : tok.startLine;
      throw new PySyntaxError('SyntaxError', msg, this.filename, l, 0, this.lineText(tok.startLine) ?? '', l, 0);
    }
    const e = endTok ?? tok;
    return this.errorRaw(tok.startLine, tok.startColumn, e.endLine, e.endColumn, msg, tok);
  }

  errorAtNode(node: Located, msg: string, endNode?: Located | Tok): never {
    let el = node.end_lineno, ec = node.end_col_offset;
    if (endNode !== undefined) {
      if ('tokenType' in endNode) { el = endNode.endLine; ec = endNode.endColumn; }
      else { el = endNode.end_lineno; ec = endNode.end_col_offset; }
    }
    return this.errorRaw(node.lineno, node.col_offset, el, ec, msg);
  }

  /**
   * Throws a SyntaxError at byte columns (0-based, end exclusive) of lines l1/l2; ec = -1 gives
   * CPython's end_offset 0 (unknown end).
   */
  errorRaw(l1: number, c1: number, l2: number, ec: number, msg: string, tok?: Tok): never {
    if (this.fstrMode) {
      // CPython parses f-string fields from a string without an encoding: offsets stay UTF-8
      // byte columns (+1) relative to the '(' + text + ')' being parsed; its text is the line
      // of that string. (CPython subtracts the field's starting column from columns on every
      // line, though only those of the first line had it added: later lines can go negative.)
      const rel = (_l: number, c: number) => c - this.fstrCol + 1;
      let ftext = this.lineText(l1);
      // (The last line of that text has the '\n' its tokenizer adds; earlier lines come without.)
      const lastLine = this.fstrLine + this.source.split('\n').length - 1;
      if (ftext !== null) ftext = l1 === lastLine ? ftext.replace(/\n?$/, '\n') : ftext.replace(/\n$/, '');
      throw new PySyntaxError('SyntaxError', 'f-string: ' + msg, this.filename, l1, rel(l1, c1), ftext, l2, ec >= 0 ? rel(l2, ec) : 0);
    }
    const text = this.lineText(l1);
    // In source given as a string, an error blamed on a token that ends on a later line (the
    // line CPython's tokenizer has reached) shows line l1 alone, without its '\n'.
    const shown = !this.bufferText ? text
      : tok !== undefined && tok.endLine > l1 && text !== null ? text.replace(/\n$/, '')
      : this.bufferLines(l1) ?? text;
    let offset: number;
    // INDENT/DEDENT/ENDMARKER: CPython's offset is the column itself (see grammar/tokenizer.ts).
    const zeroCol = tok !== undefined && (tok.tokenType === T.Indent || tok.tokenType === T.Dedent || tok.tokenType === T.EndMarker);
    offset = this.charCol(l1, text, c1) + (zeroCol ? 0 : 1);
    let endOffset = 0;
    if (ec >= 0) {
      if (l2 === l1) endOffset = this.charCol(l1, text, ec) + (zeroCol ? 0 : 1);
      else {
        // CPython converts the end column with the text of the FIRST line, clamped to its length.
        const t = text === null ? null : text.endsWith('\n') ? text.slice(0, -1) : text;
        const len = t === null ? ec : utf8Length(t);
        endOffset = this.charCol(l1, t, Math.min(ec, len)) + 1;
      }
    }
    throw new PySyntaxError('SyntaxError', msg, this.filename, l1, offset, shown, l2, endOffset);
  }

  /** Set by parse() for source given as a string (compile, exec, eval): see bufferLines. */
  bufferText = false;

  /**
   * The text CPython shows for a parser error on line `l` of source given as a string: its
   * tokenizer's buffer, which starts at the first line of a (string) token that spans lines into
   * line `l` (and of one that spans into that line, and so on). Null when no token spans lines.
   */
  protected bufferLines(l: number): string | null {
    const v = this.tokVector;
    let first = l;
    for (let again = true; again;) {
      again = false;
      for (const t of v) {
        if (t.endLine === first && t.startLine < first && t.tokenType === T.String) {
          first = t.startLine;
          again = true;
          break;
        }
        if (t.startLine > first) break;
      }
    }
    if (first === l) return null;
    let text = '';
    for (let i = first; i <= l; i++) text += this.lineText(i) ?? '';
    return text;
  }

  /** The text of source line `l`, ending in '\n' (as CPython reports it), or null. */
  protected lineText(l: number): string | null {
    if (this.lineCache === null || this.lineCacheSrc !== this.source) {
      const lines: string[] = [];
      const s = this.source;
      let start = 0;
      for (;;) {
        const nl = s.indexOf('\n', start);
        // CPython's tokenizer gives the last line an implicit '\n', so parser errors show it.
        if (nl < 0) { if (start < s.length) lines.push(s.slice(start) + '\n'); break; }
        lines.push(s.slice(start, nl + 1));
        start = nl + 1;
      }
      this.lineCache = lines;
      this.lineCacheSrc = s;
    }
    const i = l - (this.fstrMode ? this.fstrLine : 1);
    return i >= 0 && i < this.lineCache.length ? this.lineCache[i] : null;
  }

  /** Character column (0-based) of byte column `col` on line `l`. */
  private charCol(l: number, text: string | null, col: number): number {
    if (this.fstrMode && l === this.fstrLine) col -= this.fstrCol;
    if (text === null) return col;
    let bytes = 0, i = 0;
    while (i < text.length && bytes < col) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff) { bytes += 4; i++; }
      else bytes += 3;
      i++;
    }
    // Count code points up to string index i.
    let chars = 0;
    for (let j = 0; j < i; j++) {
      const c = text.charCodeAt(j);
      if (c >= 0xd800 && c <= 0xdbff) j++;
      chars++;
    }
    return chars + Math.max(0, col - bytes);
  }

  /**
   * The PySyntaxError for a Chevrotain recognition exception: "invalid syntax" at the token it
   * failed on (or the tokenizer's deferred error carried by an ErrorToken).
   */
  syntaxErrorFor(e: IRecognitionException): PySyntaxError {
    try {
      const tok = e.token as Tok;
      if (tok === undefined || tok.tokenType === undefined || isNaN(tok.startOffset)) {
        // Chevrotain's EOF: use the last real token.
        const v = this.tokVector;
        this.errorAtTok(v[v.length - 1], 'invalid syntax');
      }
      this.errorAtTok(tok, 'invalid syntax');
    } catch (err) {
      if (err instanceof PySyntaxError) return err;
      throw err;
    }
  }

  /**
   * Parses `toks` with `rule` (a bound call such as `() => parser.file_input()`), throwing the
   * PySyntaxError for the first syntax error.
   */
  runRule<R>(toks: Tok[], source: string, filename: string, rule: () => R): R {
    this.source = source;
    this.filename = filename;
    this.input = toks;
    const r = rule();
    if (this.errors.length > 0) throw this.syntaxErrorFor(this.errors[0]);
    return r;
  }

  /** Set while parsing mode 'eval' input that does not end in a newline. */
  protected evalNoNewline = false;
  /** Set by parse() for 'eval' and 'single' source that does not end in '\n' (no NEWLINE
   *  token closes it): string errors blamed on the end are located as CPython does. */
  inputWithoutNewline = false;

  /** Whether `tok` is the final NEWLINE / ENDMARKER of the input. */
  protected atEnd(tok: Tok): boolean {
    if (tok.tokenType === T.EndMarker) return true;
    if (tok.tokenType !== T.Newline) return false;
    const v = this.tokVector;
    for (let i = v.length - 1; i >= 0; i--) {
      const t = v[i];
      if (t === tok) return true;
      if (t.tokenType !== T.EndMarker && t.tokenType !== T.Dedent && !isNaN(t.startOffset)) return false;
    }
    return false;
  }

  /**
   * Mode 'eval' (`parse(source, filename, 'eval')`): Expression. Like CPython, errors at the
   * very end of an input that does not end in '\n' are reported with offset 0.
   */
  parseEvalInput(toks: Tok[], source: string, filename: string): Expression {
    this.evalNoNewline = !source.endsWith('\n');
    try {
      return this.runRule(toks, source, filename, () => this.eval_input());
    } finally {
      this.evalNoNewline = false;
    }
  }

  // ================================================================== f-strings

  private stringEnv: StringEnv = {
    filename: '<unknown>',
    warn: (msg: string, tok: Tok): void => {
      // Kept for the runtime to issue after the parse (src/runtime/syntax-warnings.ts); a
      // string parsed twice warns once.
      if (parseWarnings.some((w) => w.tok === tok && w.msg === msg)) return;
      const error = this.stringEnv.syntaxError!(msg, tok);
      parseWarnings.push({ msg, lineno: tok.startLine, error, tok } satisfies ParseWarning);
    },
    parseFStringExpr: (text: string, lineno: number, colOffset: number): expr => this.parseFStringExpr(text, lineno, colOffset),
    syntaxError: (msg: string, at: Tok | null): PySyntaxError => {
      const tok = at ?? (this.LA(1) as Tok);
      if (at === null && (this.evalNoNewline || this.inputWithoutNewline) && this.atEnd(tok)) {
        // Blamed on the end of eval input, a token without columns: CPython then takes the
        // tokenizer's position (the end of the line) as the offset and leaves the end unknown.
        const text = this.lineText(tok.startLine) ?? '';
        const shown = this.bufferLines(tok.startLine) ?? text;
        return new PySyntaxError('SyntaxError', msg, this.filename, tok.startLine, text.replace(/\n$/, '').length, shown, tok.startLine, -1);
      }
      try {
        const save = this.fstrMode;
        this.fstrMode = false;
        try { this.errorAtTok(tok, msg); } finally { this.fstrMode = save; }
      } catch (err) {
        if (err instanceof PySyntaxError) return err;
        throw err;
      }
    },
  };

  private static pools = new Map<Function, ExprParser[]>();

  /** Parses the expression of an f-string field with a parser of the next nesting depth. */
  parseFStringExpr(text: string, lineno: number, colOffset: number): expr {
    const ctor = this.constructor as new () => ExprParser;
    let pool = ExprParser.pools.get(ctor);
    if (pool === undefined) ExprParser.pools.set(ctor, (pool = []));
    const depth = this.fstrDepth;
    let p = pool[depth];
    if (p === undefined) {
      p = pool[depth] = new ctor();
      p.fstrDepth = depth + 1;
    }
    const src = '(' + text + ')';
    let toks: Tok[];
    try {
      toks = tokenize(src, { filename: this.filename, startLine: lineno, startCol: colOffset });
    } catch (err) {
      // Tokenizer errors in a field are reported relative to '(' + text + ')', like CPython.
      if (!(err instanceof PySyntaxError) || err.lineno !== lineno || colOffset === 0) throw err;
      throw new PySyntaxError(err.type, err.msg, err.filename, err.lineno, Math.max(0, err.offset - colOffset), err.text,
        err.end_lineno, err.end_offset !== null && err.end_lineno === lineno && err.end_offset > 0 ? Math.max(0, err.end_offset - colOffset) : err.end_offset);
    }
    // CPython shifts the columns of a token only when it ENDS on the first line: a token that
    // starts there and ends on a later line (a triple-quoted string) keeps its own column.
    if (colOffset !== 0) {
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.startLine !== lineno) break;
        if (t.endLine !== lineno) t.startColumn -= colOffset;
      }
    }
    p.fstrMode = true;
    p.fstrLine = lineno;
    p.fstrCol = colOffset;
    p.stringEnv.filename = this.filename;
    return p.runRule(toks, src, this.filename, () => p.fstring_expr());
  }

  /** Must be called when filename changes (used by the string literal environment). */
  protected syncStringEnv(): void {
    this.stringEnv.filename = this.filename;
  }

  override reset(): void {
    super.reset();
    if (this.stringEnv !== undefined) this.stringEnv.filename = this.filename;
  }
}

/** The collected items of a display (see display_items). */
export interface DisplayItems {
  /** Elements, or dict keys (null for `**m`). */
  items: expr[];
  /** Dict values when the display is a dict. */
  values: expr[] | null;
  commas: number;
  lastComma: Tok | null;
  dstarToks: Tok[];
  // Parse state: 0 [..] items, 1 {..} items, 2 (..) items.
  mode: number;
  lastWasItem: boolean;
  prevDstar: boolean;
  prevChainIdx: number;
  prevChain: expr | null;
}

interface ArgsState {
  args: expr[];
  keywords: keyword[];
  lastWasItem: boolean;
  /** Kind of the last item: 0 positional, 1 starred, 2 keyword, 3 `**`. */
  lastKind: number;
  commas: number;
  prevChainIdx: number;
  prevChain: expr | null;
  sawKeyword: boolean;
  sawDstar: boolean;
  posAfterKw: boolean;
}

interface SlicesState {
  items: expr[];
  lastWasItem: boolean;
  commas: number;
  prevChainIdx: number;
  prevChain: expr | null;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

function prefixCode(t: Tok): number {
  const tt = t.tokenType;
  return tt === T.Not ? PFX_NOT : tt === T.Minus ? PFX_NEG : tt === T.Plus ? PFX_POS : PFX_INV;
}


// Grammar recording with cheaper GAST nodes (grammar/gast-recorder.ts).
Object.assign(ExprParser.prototype, fastRecorder);
