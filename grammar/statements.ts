// The statement grammar of Python 3.11 on top of the expression grammar (grammar/expressions.ts).
//
// PythonParser extends ExprParser (Chevrotain grammar inheritance) with every statement kind and
// the entry rules `file_input` (mode 'exec' → Module) and `interactive` (mode 'single' →
// Interactive); `eval_input` comes from ExprParser. grammar/index.ts owns the one instance.
//
// Design, for speed:
//  - Every alternation is decided by the first token (hard keywords are their own token types),
//    so Chevrotain uses its table-driven LL(1) lookahead; no BACKTRACK anywhere.
//  - Expression statements parse `star_expressions` once, then the next token decides:
//    '=' → Assign, an AugAssign operator → AugAssign, ':' → AnnAssign, otherwise Expr; targets
//    are converted afterwards with setContext (grammar/targets.ts).
//  - Two decisions need more than one token and are made by a cheap scan of the tokens instead of
//    a Chevrotain predicate: a line starting with the soft keyword `match` is a match statement
//    when a subject can follow and either the next token cannot continue an expression
//    (`match x`) or the logical line ends with ':' (no simple statement can); `with (` starts
//    CPython's parenthesised with-items form when the matching ')' is followed by ':' and the
//    parentheses hold a top-level ',' or 'as' (and nothing that only an expression can hold).
//    The scan runs only at parse time (`this.RECORDING_PHASE` is false); the grammar recorded
//    for Chevrotain's self-analysis takes the ordinary branch.
//  - A few CPython messages need a failed sub-parse to be caught (`atTokOnFailure`): CPython
//    reports generic errors where its first pass (without invalid_* rules) stopped.
//  - Statement positions come from tokens, as CPython's EXTRA: the first token of the statement
//    to the last non-NEWLINE/INDENT/DEDENT token consumed (so a compound statement ends where
//    its last child statement ends).
//  - Rules with many cached alternatives keep them in instance fields (no closures per call).
//
// Error messages follow CPython 3.11's parser (its invalid_* rules) where that is cheap; any
// other failure is "invalid syntax" at the token that could not be parsed (grammar/index.ts).

import { isRecognitionException, type IOrAlt, type IParserConfig, type IRecognitionException } from './chevrotain.js';
import { ExprParser } from './expressions.js';
import * as T from './tokens.js';
import type { Tok } from './tokens.js';
import type {
  stmt, expr, pattern, arg, alias, withitem, match_case, excepthandler, keyword,
  Module, Interactive, If, FunctionDef, AsyncFunctionDef, ClassDef, MatchAs, MatchStar, MatchValue,
  MatchSequence, MatchOr, MatchClass, MatchMapping, MatchSingleton, ExceptHandler, arguments as Arguments, Operator,
} from '../src/ast/nodes.js';
import { setContext, setAugContext, invalidTarget, takesEqualityHint, exprName } from './targets.js';
import { buildArguments, mkName, mkConstant, mkAttribute, mkUnaryOp, mkBinOp, mkTuple, mkArg, type ParamItem } from './nodes.js';
import { parseNumber } from './numbers.js';
import { PySyntaxError } from './errors.js';

type Stmts = stmt | stmt[];

const NEWLINE = T.Newline, INDENT = T.Indent, DEDENT = T.Dedent;

/** Scratch: the last token of the statement being built (see the position fields below). */
let L: Tok;

function push(body: stmt[], s: Stmts): void {
  if (Array.isArray(s)) for (let i = 0; i < s.length; i++) body.push(s[i]);
  else body.push(s);
}

export class PythonParser extends ExprParser {
  // ---------------------------------------------------------------- parse-time state
  /** Header of the compound statement whose block is being parsed (IndentationError text). */
  private hdrKind = '';
  private hdrLine = 0;
  /** Expression-statement tail, handed from the cached alternatives to expr_stmt. */
  private tailKind = 0;
  private tailA: unknown = null;
  private tailB: unknown = null;
  /** The expression before the tail (the cached alternatives cannot capture it). */
  private tailTarget: expr | null = null;
  private tailFirst: Tok | null = null;
  /** try_stmt ↔ except_block: 1 for `except`, 2 for `except*` (0: no handler yet). */
  private exceptKind = 0;
  /** The ':' of an annotated assignment. */
  private annColon: Tok | null = null;
  /** The '=' of the first parameter default left out (`def f(a=)`), reported after the list. */
  private missingDefault: Tok | null = null;
  /** param_item is parsing the first entry of a parameter list. */
  private firstParam = false;
  /** The last right-hand side of '=' in expr_stmt that is an unparenthesized yield. */
  private bareYield: expr | null = null;

  // ---------------------------------------------------------------- cached alternatives
  private altStmt?: IOrAlt<Stmts>[];
  private altSimple?: IOrAlt<stmt>[];
  private altTail?: IOrAlt<void>[];
  private altRhs?: IOrAlt<expr>[];
  private altRhs2?: IOrAlt<expr>[];
  private altBlock?: IOrAlt<stmt[]>[];
  private altElse?: IOrAlt<stmt[]>[];

  // ---------------------------------------------------------------- entry rules
  file_input = this.RULE('file_input', (): Module => {
    const body: stmt[] = [];
    this.MANY(() => {
      push(body, this.SUBRULE(this.statement));
    });
    this.CONSUME(T.EndMarker);
    return { _type: 'Module', body, type_ignores: [] };
  });

  interactive = this.RULE('interactive', (): Interactive => {
    const first = this.LA(1) as Tok;
    if (!this.RECORDING_PHASE && first.tokenType === T.EndMarker) {
      // CPython: an empty single-mode input is "invalid syntax" at offset 0.
      const l = this.source.length === 0 ? 0 : first.startLine;
      this.raiseAt('SyntaxError', 'invalid syntax', l, 0, l, 0);
    }
    const s = this.SUBRULE(this.statement);
    const body: stmt[] = [];
    push(body, s);
    if (!this.RECORDING_PHASE) {
      const next = this.LA(1) as Tok;
      const prev = this.tokAt(this.pos());
      if (next.tokenType !== T.EndMarker) {
        if (prev.tokenType === NEWLINE && this.lastStmtWasSimple(s)) {
          this.errorAtTok(prev, 'multiple statements found while compiling a single statement');
        }
      } else if (!this.lastStmtWasSimple(s) && prev.tokenType === NEWLINE && !this.source.endsWith('\n')) {
        // A compound statement ending in a one-line block needs the newline CPython's
        // single-input mode adds only after a dedent.
        this.raiseAt('SyntaxError', 'invalid syntax', prev.startLine, 0, prev.startLine, 0);
      }
    }
    this.CONSUME(T.EndMarker);
    return { _type: 'Interactive', body };
  });

  // ---------------------------------------------------------------- statements
  statement = this.RULE('statement', (): Stmts => {
    return this.OR(this.altStmt ??= [
      { ALT: () => this.SUBRULE(this.function_def) },
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => this.SUBRULE(this.class_def) },
      { ALT: () => this.SUBRULE(this.if_stmt) },
      { ALT: () => this.SUBRULE(this.while_stmt) },
      { ALT: () => this.SUBRULE(this.for_stmt) },
      { ALT: () => this.SUBRULE(this.with_stmt) },
      { ALT: () => this.SUBRULE(this.try_stmt) },
      { ALT: () => this.SUBRULE(this.async_stmt) },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  /**
   * simple_stmt (';' simple_stmt)* [';'] NEWLINE — or a match statement (see the header).
   * Returns the statement itself when there is one, else an array.
   */
  simple_stmts = this.RULE('simple_stmts', (): Stmts => {
    if (!this.RECORDING_PHASE && this.atMatchStatement()) return this.SUBRULE(this.match_stmt);
    const first = this.SUBRULE(this.simple_stmt);
    let list: stmt[] | null = null;
    if (this.RECORDING_PHASE || this.LA(1).tokenType === T.Semi) this.MANY(() => {
      this.CONSUME(T.Semi);
      let got = false;
      this.OPTION(() => {
        const s = this.SUBRULE2(this.simple_stmt);
        (list ??= [first]).push(s);
        got = true;
      });
      if (!got && !this.RECORDING_PHASE && this.LA(1).tokenType === T.Semi) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    });
    this.CONSUME(NEWLINE);
    return list ?? first;
  });

  simple_stmt = this.RULE('simple_stmt', (): stmt => {
    return this.OR1(this.altSimple ??= [
      { ALT: () => this.SUBRULE(this.expr_stmt) },
      { ALT: () => { const t = this.CONSUME(T.Pass) as Tok; return { _type: 'Pass', lineno: t.startLine, col_offset: t.startColumn, end_lineno: t.endLine, end_col_offset: t.endColumn } as stmt; } },
      { ALT: () => { const t = this.CONSUME(T.Break) as Tok; return { _type: 'Break', lineno: t.startLine, col_offset: t.startColumn, end_lineno: t.endLine, end_col_offset: t.endColumn } as stmt; } },
      { ALT: () => { const t = this.CONSUME(T.Continue) as Tok; return { _type: 'Continue', lineno: t.startLine, col_offset: t.startColumn, end_lineno: t.endLine, end_col_offset: t.endColumn } as stmt; } },
      { ALT: () => this.SUBRULE(this.return_stmt) },
      { ALT: () => this.SUBRULE(this.raise_stmt) },
      { ALT: () => this.SUBRULE(this.global_stmt) },
      { ALT: () => this.SUBRULE(this.nonlocal_stmt) },
      { ALT: () => this.SUBRULE(this.del_stmt) },
      { ALT: () => this.SUBRULE(this.assert_stmt) },
      { ALT: () => this.SUBRULE(this.import_name) },
      { ALT: () => this.SUBRULE(this.import_from) },
    ]);
  });

  /** Expression statement, assignment, augmented or annotated assignment. */
  expr_stmt = this.RULE('expr_stmt', (): stmt => {
    const first = this.LA(1) as Tok;
    const e = this.OR(this.altRhs ??= [
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
    this.tailKind = 0;
    this.tailTarget = e;
    this.tailFirst = first;
    this.bareYield = null;
    if (this.RECORDING_PHASE || TAIL_START[this.LA(1).tokenTypeIdx]) this.OPTION(() => {
      this.OR2(this.altTail ??= [
        {
          ALT: () => {
            const values: expr[] = [];
            this.AT_LEAST_ONE(() => {
              this.CONSUME(T.Equal);
              const vt = this.LA(1);
              const v = this.RECORDING_PHASE ? this.SUBRULE(this.annotated_rhs) : this.rhsOrTargetError(values);
              if (vt.tokenType === T.Yield) this.bareYield = v;
              values.push(v);
            });
            this.tailKind = 1;
            this.tailA = values;
          },
        },
        {
          ALT: () => {
            const op = this.CONSUME(T.AugAssign) as Tok;
            const v = this.SUBRULE2(this.annotated_rhs);
            this.tailKind = 2;
            this.tailA = op;
            this.tailB = v;
          },
        },
        {
          ALT: () => {
            const colonTok = this.CONSUME(T.Colon) as Tok;
            this.annColon = colonTok;
            let ann: expr;
            if (this.RECORDING_PHASE || isSingleTarget(this.tailTarget!)) {
              ann = this.SUBRULE(this.expression);
            } else {
              // Not an annotation target: CPython's first pass stopped at the ':'.
              ann = this.atTokOnFailure(colonTok, () => this.SUBRULE(this.expression));
            }
            let v: expr | null = null;
            this.OPTION2(() => {
              this.CONSUME2(T.Equal);
              v = this.SUBRULE3(this.annotated_rhs);
            });
            this.tailKind = 3;
            this.tailA = ann;
            this.tailB = v;
          },
        },
      ]);
    });
    if (this.RECORDING_PHASE) return null as unknown as stmt;
    const last = this.lastTok();
    const l = first.startLine, c = first.startColumn, el = last.endLine, ec = last.endColumn;
    switch (this.tailKind) {
      case 0: {
        const nt = this.LA(1).tokenType;
        if (nt !== NEWLINE && nt !== T.Semi) this.checkLegacyPrint(e, first);
        if (nt === T.ColonEqual) this.walrusStatementError(e);
        return { _type: 'Expr', value: e, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
      }
      case 1: {
        const values = this.tailA as expr[];
        const value = values.pop()!;
        const targets: expr[] = [e];
        for (let i = 0; i < values.length; i++) targets.push(values[i]);
        const hint = targets.length === 1 && !this.startsWithNonBitwiseOr(value);
        for (let i = 0; i < targets.length; i++) {
          if (invalidTarget(targets[i], 'Store') !== null) {
            this.assignmentHint(first, targets, value);
            break;
          }
        }
        for (let i = 0; i < targets.length; i++) {
          const t = targets[i];
          // An unparenthesized `yield` before '=' (a parenthesized one gets setContext's message).
          if ((i === 0 && first.tokenType === T.Yield) || (i > 0 && t === this.bareYield)) {
            this.errorAtNode(t, 'assignment to yield expression not possible');
          }
          setContext(t, 'Store', this, { equalityHint: hint });
        }
        return { _type: 'Assign', targets, value, type_comment: null, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
      }
      case 2: {
        const opTok = this.tailA as Tok;
        setAugContext(e, this);
        return {
          _type: 'AugAssign', target: e, op: AUG_OPS[opTok.image], value: this.tailB as expr,
          lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec,
        };
      }
      default: {
        let simple = 0;
        switch (e._type) {
          case 'Name':
            simple = first.tokenType === T.Name ? 1 : 0;
            break;
          case 'Attribute': case 'Subscript':
            if (first.tokenType === T.LPar && startsWithParenthesisedTarget(e)) this.errorAtNode(e, 'illegal target for annotation');
            break;
          case 'Tuple':
            // Unparenthesized, CPython points at the first element (its invalid_assignment).
            this.errorAtNode(leftmostBitwiseOr(e) === e ? e : e.elts[0], 'only single target (not tuple) can be annotated');
            break;
          case 'List':
            this.errorAtNode(e, 'only single target (not list) can be annotated');
            break;
          case 'Starred':
            // Not an `expression`: none of CPython's annotation error rules applies.
            this.errorAtTok(this.annColon!, 'invalid syntax');
            break;
          default:
            this.errorAtNode(e, 'illegal target for annotation');
        }
        (e as { ctx: string }).ctx = 'Store';
        return {
          _type: 'AnnAssign', target: e, annotation: this.tailA as expr, value: this.tailB as expr | null, simple,
          lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec,
        };
      }
    }
  });

  /** yield_expr | star_expressions: the right-hand side of an assignment. */
  annotated_rhs = this.RULE('annotated_rhs', (): expr => {
    return this.OR(this.altRhs2 ??= [
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
  });

  return_stmt = this.RULE('return_stmt', (): stmt => {
    const t = this.CONSUME(T.Return) as Tok;
    let value: expr | null = null;
    this.OPTION(() => {
      value = this.SUBRULE(this.star_expressions);
    });
    return { _type: 'Return', value, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  raise_stmt = this.RULE('raise_stmt', (): stmt => {
    const t = this.CONSUME(T.Raise) as Tok;
    let exc: expr | null = null, cause: expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.From);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return { _type: 'Raise', exc, cause, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  global_stmt = this.RULE('global_stmt', (): stmt => {
    const t = this.CONSUME(T.Global) as Tok;
    const names = [this.CONSUME(T.Name).image];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.CONSUME2(T.Name).image);
    });
    return { _type: 'Global', names, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  nonlocal_stmt = this.RULE('nonlocal_stmt', (): stmt => {
    const t = this.CONSUME(T.Nonlocal) as Tok;
    const names = [this.CONSUME(T.Name).image];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.CONSUME2(T.Name).image);
    });
    return { _type: 'Nonlocal', names, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  del_stmt = this.RULE('del_stmt', (): stmt => {
    const t = this.CONSUME(T.Del) as Tok;
    const targets = this.SUBRULE(this.del_targets);
    if (this.RECORDING_PHASE) return null as unknown as stmt;
    const nt = this.LA(1).tokenType;
    if (nt !== NEWLINE && nt !== T.Semi) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    return { _type: 'Delete', targets, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  assert_stmt = this.RULE('assert_stmt', (): stmt => {
    const t = this.CONSUME(T.Assert) as Tok;
    const test = this.SUBRULE(this.expression);
    let msg: expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      msg = this.SUBRULE2(this.expression);
    });
    return { _type: 'Assert', test, msg, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  import_name = this.RULE('import_name', (): stmt => {
    const t = this.CONSUME(T.Import) as Tok;
    const names: alias[] = [this.SUBRULE(this.dotted_as_name)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.dotted_as_name));
    });
    return { _type: 'Import', names, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  /** dotted_name ['as' NAME] → alias */
  dotted_as_name = this.RULE('dotted_as_name', (): alias => {
    const first = this.CONSUME(T.Name) as Tok;
    let name = first.image;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      name += '.' + this.CONSUME2(T.Name).image;
    });
    let asname: string | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      asname = this.CONSUME3(T.Name).image;
    });
    const last = this.lastTok();
    return {
      _type: 'alias', name, asname,
      lineno: first.startLine, col_offset: first.startColumn, end_lineno: last.endLine, end_col_offset: last.endColumn,
    };
  });

  import_from = this.RULE('import_from', (): stmt => {
    const t = this.CONSUME(T.From) as Tok;
    let level = 0;
    let module: string | null = null;
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Dot); level += 1; } },
        { ALT: () => { this.CONSUME(T.Ellipsis); level += 3; } },
      ]);
    });
    this.OPTION(() => {
      module = this.CONSUME(T.Name).image;
      this.MANY2(() => {
        this.CONSUME2(T.Dot);
        module += '.' + this.CONSUME2(T.Name).image;
      });
    });
    if (!this.RECORDING_PHASE && module === null && level === 0) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    this.CONSUME(T.Import);
    const names: alias[] = [];
    this.OR2([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star) as Tok;
          names.push({ _type: 'alias', name: '*', asname: null, lineno: s.startLine, col_offset: s.startColumn, end_lineno: s.endLine, end_col_offset: s.endColumn });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LPar);
          names.push(this.SUBRULE(this.import_from_as_name));
          this.MANY3(() => {
            this.CONSUME3(T.Comma);
            names.push(this.SUBRULE2(this.import_from_as_name));
          });
          this.OPTION2(() => this.CONSUME4(T.Comma));
          this.CONSUME(T.RPar);
        },
      },
      {
        ALT: () => {
          names.push(this.SUBRULE3(this.import_from_as_name));
          this.MANY4(() => {
            const comma = this.CONSUME5(T.Comma) as Tok;
            if (!this.RECORDING_PHASE && this.LA(1).tokenType === NEWLINE) {
              void comma;
              this.errorAtTok(this.LA(1) as Tok, 'trailing comma not allowed without surrounding parentheses');
            }
            names.push(this.SUBRULE4(this.import_from_as_name));
          });
        },
      },
    ]);
    return { _type: 'ImportFrom', module, names, level, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  import_from_as_name = this.RULE('import_from_as_name', (): alias => {
    const n = this.CONSUME(T.Name) as Tok;
    let asname: string | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      asname = this.CONSUME2(T.Name).image;
    });
    const last = this.lastTok();
    return {
      _type: 'alias', name: n.image, asname,
      lineno: n.startLine, col_offset: n.startColumn, end_lineno: last.endLine, end_col_offset: last.endColumn,
    };
  });

  // ---------------------------------------------------------------- blocks
  /** NEWLINE INDENT statement+ DEDENT | simple_stmts. Set hdrKind/hdrLine before calling. */
  block = this.RULE('block', (): stmt[] => {
    return this.OR(this.altBlock ??= [
      {
        ALT: () => {
          this.CONSUME(NEWLINE);
          if (!this.RECORDING_PHASE && this.LA(1).tokenType !== INDENT) {
            this.indentationError(this.LA(1) as Tok, `expected an indented block after ${this.hdrKind} on line ${this.hdrLine}`);
          }
          this.CONSUME(INDENT);
          const body: stmt[] = [];
          this.AT_LEAST_ONE(() => {
            push(body, this.SUBRULE(this.statement));
          });
          this.CONSUME(DEDENT);
          return body;
        },
      },
      {
        ALT: () => {
          const s = this.SUBRULE(this.simple_stmts);
          return Array.isArray(s) ? s : [s];
        },
      },
    ]);
  });

  /** 'else' &&':' block */
  else_block = this.RULE('else_block', (): stmt[] => {
    const t = this.CONSUME(T.Else) as Tok;
    this.colon(true);
    this.header("'else' statement", t);
    return this.SUBRULE(this.block);
  });

  // ---------------------------------------------------------------- compound statements
  if_stmt = this.RULE('if_stmt', (): stmt => {
    const t = this.CONSUME(T.If) as Tok;
    const test = this.SUBRULE(this.named_expression);
    this.colon(false);
    this.header("'if' statement", t);
    const body = this.SUBRULE(this.block);
    const orelse = this.OPTION(() => this.OR(this.altElse ??= [
      { ALT: () => [this.SUBRULE(this.elif_stmt)] },
      { ALT: () => this.SUBRULE(this.else_block) },
    ])) ?? [];
    return { _type: 'If', test, body, orelse, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  elif_stmt = this.RULE('elif_stmt', (): If => {
    const t = this.CONSUME(T.Elif) as Tok;
    const test = this.SUBRULE(this.named_expression);
    this.colon(false);
    this.header("'elif' statement", t);
    const body = this.SUBRULE(this.block);
    const orelse = this.OPTION(() => this.OR(this.altElse!)) ?? [];
    return { _type: 'If', test, body, orelse, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  while_stmt = this.RULE('while_stmt', (): stmt => {
    const t = this.CONSUME(T.While) as Tok;
    const test = this.SUBRULE(this.named_expression);
    this.colon(false);
    this.header("'while' statement", t);
    const body = this.SUBRULE(this.block);
    const orelse = this.OPTION(() => this.SUBRULE(this.else_block)) ?? [];
    return { _type: 'While', test, body, orelse, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  for_stmt = this.RULE('for_stmt', (asyncTok?: Tok): stmt => {
    const t = this.CONSUME(T.For) as Tok;
    const target = this.SUBRULE(this.star_targets);
    this.CONSUME(T.In);
    const iter = this.SUBRULE(this.star_expressions);
    this.colon(false);
    this.header("'for' statement", t);
    const body = this.SUBRULE(this.block);
    const orelse = this.OPTION(() => this.SUBRULE(this.else_block)) ?? [];
    const start = asyncTok ?? t;
    return {
      _type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null, lineno: start.startLine, col_offset: start.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn,
    } as stmt;
  });

  with_stmt = this.RULE('with_stmt', (asyncTok?: Tok): stmt => {
    const t = this.CONSUME(T.With) as Tok;
    let items: withitem[];
    if (!this.RECORDING_PHASE && this.LA(1).tokenType === T.LPar && this.parenthesisedWithItems()) {
      items = this.SUBRULE(this.with_items_parenthesised);
    } else {
      items = this.SUBRULE(this.with_items);
    }
    this.colon(false);
    this.header("'with' statement", t);
    const body = this.SUBRULE(this.block);
    const start = asyncTok ?? t;
    return { _type: asyncTok ? 'AsyncWith' : 'With', items, body, type_comment: null, lineno: start.startLine, col_offset: start.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn } as stmt;
  });

  with_items = this.RULE('with_items', (): withitem[] => {
    const items = [this.SUBRULE(this.with_item)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      items.push(this.SUBRULE2(this.with_item));
    });
    return items;
  });

  with_items_parenthesised = this.RULE('with_items_parenthesised', (): withitem[] => {
    this.CONSUME(T.LPar);
    const items = [this.SUBRULE(this.with_item)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      let got = false;
      this.OPTION(() => {
        items.push(this.SUBRULE2(this.with_item));
        got = true;
      });
      if (!got && !this.RECORDING_PHASE && this.LA(1).tokenType === T.Comma) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    });
    this.CONSUME(T.RPar);
    return items;
  });

  with_item = this.RULE('with_item', (): withitem => {
    const context_expr = this.SUBRULE(this.expression);
    let optional_vars: expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      optional_vars = this.SUBRULE(this.star_target);
    });
    if (optional_vars !== null && !this.RECORDING_PHASE) {
      const nt = this.LA(1).tokenType;
      if (nt !== T.Comma && nt !== T.RPar && nt !== T.Colon && nt !== NEWLINE) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  });

  try_stmt = this.RULE('try_stmt', (): stmt => {
    const t = this.CONSUME(T.Try) as Tok;
    this.colon(true);
    this.header("'try' statement", t);
    const body = this.SUBRULE(this.block);
    if (!this.RECORDING_PHASE) {
      const nt = this.LA(1).tokenType;
      if (nt !== T.Except && nt !== T.Finally) this.errorAtZeroTok(this.LA(1) as Tok, "expected 'except' or 'finally' block");
    }
    const handlers: excepthandler[] = [];
    let kind = 0; // 1: except, 2: except*
    this.MANY(() => {
      this.exceptKind = kind;
      handlers.push(this.SUBRULE(this.except_block));
      kind = this.exceptKind;
    });
    let orelse: stmt[] = [];
    let finalbody: stmt[] = [];
    if (handlers.length > 0 || this.RECORDING_PHASE) {
      this.OPTION(() => {
        orelse = this.SUBRULE(this.else_block);
      });
    }
    this.OPTION2(() => {
      finalbody = this.SUBRULE(this.finally_block);
    });
    return { _type: kind === 2 ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn } as stmt;
  });

  /** Reads exceptKind (the kind of the try's handlers so far, 0 if none); sets it to its own kind. */
  except_block = this.RULE('except_block', (): ExceptHandler => {
    const t = this.CONSUME(T.Except) as Tok;
    let kindAfter = 0;
    let star = false;
    this.OPTION(() => {
      this.CONSUME(T.Star);
      star = true;
    });
    let type: expr | null = null;
    let name: string | null = null;
    this.OPTION2(() => {
      type = this.SUBRULE(this.expression);
      this.OPTION3(() => {
        // `except A, B:` (CPython 2 syntax). Anything else after the ',' is "invalid syntax"
        // at the ',', where CPython's first pass stopped.
        const comma = this.CONSUME(T.Comma) as Tok;
        this.atTokOnFailure(comma, () => {
          this.SUBRULE2(this.expression);
          this.MANY(() => {
            this.CONSUME2(T.Comma);
            this.SUBRULE3(this.expression);
          });
          this.OPTION4(() => {
            this.CONSUME(T.As);
            this.CONSUME(T.Name);
          });
        });
        if (!this.RECORDING_PHASE) {
          if (this.LA(1).tokenType !== T.Colon) this.errorAtTok(comma, 'invalid syntax');
          this.errorAtNode(type!, 'multiple exception types must be parenthesized', this.lastTok());
        }
      });
      this.OPTION5(() => {
        this.CONSUME2(T.As);
        name = this.CONSUME2(T.Name).image;
      });
    });
    if (star && type === null && !this.RECORDING_PHASE) {
      const nt = this.LA(1).tokenType;
      if (nt === T.Colon || nt === NEWLINE) this.errorAtTok(this.LA(1) as Tok, 'expected one or more exception types');
    }
    this.colon(false);
    if (!this.RECORDING_PHASE) {
      // The kind of the try's first handler (0: this is the first) must match.
      const k = star ? 2 : 1;
      if (this.exceptKind !== 0 && this.exceptKind !== k) {
        this.errorAtTok(t, "cannot have both 'except' and 'except*' on the same 'try'", k === 2 ? this.tokAt(this.tokVector.indexOf(t) + 1) : t);
      }
      this.exceptKind = 0;
      kindAfter = k;
    }
    this.header(star ? "'except*' statement" : "'except' statement", t);
    const body = this.SUBRULE(this.block);
    this.exceptKind = kindAfter;
    return { _type: 'ExceptHandler', type, name, body, lineno: t.startLine, col_offset: t.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  finally_block = this.RULE('finally_block', (): stmt[] => {
    const t = this.CONSUME(T.Finally) as Tok;
    this.colon(true);
    this.header("'finally' statement", t);
    return this.SUBRULE(this.block);
  });

  // ---------------------------------------------------------------- functions and classes
  decorated = this.RULE('decorated', (): stmt => {
    const decorators: expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      decorators.push(this.SUBRULE(this.named_expression));
      this.CONSUME(NEWLINE);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.function_def, { ARGS: [decorators, undefined] }) },
      {
        ALT: () => {
          const a = this.CONSUME(T.Async) as Tok;
          return this.SUBRULE2(this.function_def, { ARGS: [decorators, a] });
        },
      },
      { ALT: () => this.SUBRULE(this.class_def, { ARGS: [decorators] }) },
    ]);
  });

  async_stmt = this.RULE('async_stmt', (): stmt => {
    const a = this.CONSUME(T.Async) as Tok;
    return this.OR([
      { ALT: () => this.SUBRULE(this.function_def, { ARGS: [undefined, a] }) },
      { ALT: () => this.SUBRULE(this.for_stmt, { ARGS: [a] }) },
      { ALT: () => this.SUBRULE(this.with_stmt, { ARGS: [a] }) },
    ]);
  });

  function_def = this.RULE('function_def', (decorators?: expr[], asyncTok?: Tok): stmt => {
    const d = this.CONSUME(T.Def) as Tok;
    const name = this.CONSUME(T.Name).image;
    if (!this.RECORDING_PHASE && this.LA(1).tokenType !== T.LPar) this.errorAtTok(this.LA(1) as Tok, "expected '('");
    this.CONSUME(T.LPar);
    const items = this.SUBRULE(this.params);
    this.CONSUME(T.RPar);
    let args: Arguments | null = null;
    if (!this.RECORDING_PHASE) {
      const md = this.missingDefault;
      // A second bare `*` not followed by a parameter or ',': CPython has no message for it.
      let stars = 0;
      for (const it of items) {
        if (it.kind !== 2) continue;
        if (stars++ > 0 && it.arg === null && it.next.tokenType !== T.Comma) this.errorAtTok(it.tok, 'invalid syntax');
      }
      try {
        args = buildArguments(items, this, false);
      } catch (e) {
        // CPython meets a missing default before it can see a non-default parameter after it.
        if (md !== null && e instanceof PySyntaxError && e.msg === 'non-default argument follows default argument') {
          this.errorAtTok(md, 'expected default value expression');
        }
        throw e;
      }
      if (md !== null) this.errorAtTok(md, 'expected default value expression');
    }
    let returns: expr | null = null;
    this.OPTION(() => {
      const arrow = this.CONSUME(T.RArrow) as Tok;
      // No return annotation: CPython backtracks and its forced ':' fails at the '->'.
      returns = this.forcedOnFailure(arrow, () => this.SUBRULE(this.expression), "expected ':'");
    });
    this.colon(true);
    this.header('function definition', d);
    const body = this.SUBRULE(this.block);
    if (this.RECORDING_PHASE) return null as unknown as stmt;
    const start = asyncTok ?? d;
    const node: FunctionDef | AsyncFunctionDef = {
      _type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name, args: args!, body, decorator_list: decorators ?? [],
      returns, type_comment: null, lineno: start.startLine, col_offset: start.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn,
    } as FunctionDef;
    return node;
  });

  /** The parameter list of a `def`, between the parentheses. */
  params = this.RULE('params', (): ParamItem[] => {
    const items: ParamItem[] = [];
    this.missingDefault = null;
    this.OPTION(() => {
      this.firstParam = true;
      items.push(this.SUBRULE(this.param_item));
      this.firstParam = false;
      this.slashStar(items);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.param_item));
        this.slashStar(items);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    if (!this.RECORDING_PHASE && this.LA(1).tokenType === T.LPar && items.every((it) => it.kind === 0 && it.eq === null)) {
      this.parenthesizedParam();
    }
    return items;
  });

  param_item = this.RULE('param_item', (): ParamItem => {
    const tok = this.LA(1) as Tok;
    let kind: 0 | 1 | 2 | 3 = 0;
    let nameTok: Tok | null = null;
    let ann: expr | null = null;
    let eq: Tok | null = null;
    let dflt: expr | null = null;
    this.OR([
      {
        ALT: () => {
          nameTok = this.CONSUME(T.Name) as Tok;
          this.OPTION(() => {
            this.CONSUME(T.Colon);
            ann = this.SUBRULE(this.expression);
            this.paramMissingComma(ann);
          });
        },
      },
      {
        ALT: () => {
          const sl = this.CONSUME(T.Slash) as Tok;
          kind = 1;
          if (!this.RECORDING_PHASE && this.firstParam) {
            const nt = this.LA(1).tokenType;
            if (nt !== T.Comma && nt !== T.RPar) this.errorAtTok(sl, 'invalid syntax');
          }
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Star);
          kind = 2;
          this.OPTION2(() => {
            nameTok = this.CONSUME2(T.Name) as Tok;
            this.OPTION3(() => {
              this.CONSUME2(T.Colon);
              ann = this.SUBRULE(this.star_expression);
              this.paramMissingComma(ann);
            });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.DoubleStar);
          kind = 3;
          nameTok = this.CONSUME3(T.Name) as Tok;
          this.OPTION4(() => {
            this.CONSUME3(T.Colon);
            ann = this.SUBRULE2(this.expression);
            this.paramMissingComma(ann);
          });
        },
      },
    ]);
    // CPython's arg spans the tokens of `name: annotation` (closing parentheses included).
    const argEnd = this.lastTok();
    this.OPTION5(() => {
      const e = (eq = this.CONSUME(T.Equal) as Tok);
      const nt = this.LA(1).tokenType;
      if (!this.RECORDING_PHASE && (nt === T.Comma || nt === T.RPar)) {
        // Reported after the checks of the whole list (CPython's order): see function_def.
        this.missingDefault ??= e;
        dflt = mkConstant(null, null, e.startLine, e.startColumn, e.endLine, e.endColumn);
      } else {
        dflt = this.SUBRULE3(this.expression);
        this.paramMissingComma(dflt!);
      }
    });
    if (this.RECORDING_PHASE) return null as unknown as ParamItem;
    const next = this.LA(1) as Tok;
    const afterComma = next.tokenType === T.Comma ? (this.LA(2) as Tok) : null;
    let a: arg | null = null;
    if (nameTok !== null) {
      a = mkArg(nameTok, ann);
      a.end_lineno = argEnd.endLine;
      a.end_col_offset = argEnd.endColumn;
    }
    return { kind, tok, arg: a, dflt, eq, next, afterComma };
  });

  class_def = this.RULE('class_def', (decorators?: expr[]): stmt => {
    const c = this.CONSUME(T.Class) as Tok;
    const name = this.CONSUME(T.Name).image;
    let bases: expr[] = [];
    let keywords: keyword[] = [];
    this.OPTION(() => {
      this.CONSUME(T.LPar);
      this.OPTION2(() => {
        const a = this.SUBRULE(this.args);
        bases = a.args;
        keywords = a.keywords;
      });
      this.CONSUME(T.RPar);
    });
    this.colon(false);
    this.header('class definition', c);
    const body = this.SUBRULE(this.block);
    const node: ClassDef = { _type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators ?? [], lineno: c.startLine, col_offset: c.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
    return node;
  });

  // ---------------------------------------------------------------- match
  match_stmt = this.RULE('match_stmt', (): stmt => {
    const m = this.CONSUME(T.Name) as Tok;
    const subject = this.SUBRULE(this.subject_expr);
    this.colon(false);
    this.CONSUME(NEWLINE);
    if (!this.RECORDING_PHASE && this.LA(1).tokenType !== INDENT) {
      this.indentationError(this.LA(1) as Tok, `expected an indented block after 'match' statement on line ${m.startLine}`);
    }
    this.CONSUME(INDENT);
    const cases: match_case[] = [];
    this.AT_LEAST_ONE(() => {
      cases.push(this.SUBRULE(this.case_block));
    });
    this.CONSUME(DEDENT);
    return { _type: 'Match', subject, cases, lineno: m.startLine, col_offset: m.startColumn, end_lineno: (L = this.lastTok()).endLine, end_col_offset: L.endColumn };
  });

  subject_expr = this.RULE('subject_expr', (): expr => {
    const first = this.LA(1) as Tok;
    const e = this.SUBRULE(this.star_named_expression);
    let elts: expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      elts ??= [e];
      let got = false;
      this.OPTION(() => {
        elts!.push(this.SUBRULE2(this.star_named_expression));
        got = true;
      });
      if (!got && !this.RECORDING_PHASE && this.LA(1).tokenType === T.Comma) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    });
    if (elts === null) return e;
    const last = this.lastTok();
    return mkTuple(elts, 'Load', first.startLine, first.startColumn, last.endLine, last.endColumn);
  });

  case_block = this.RULE('case_block', (): match_case => {
    const c = this.CONSUME(T.Name) as Tok;
    if (!this.RECORDING_PHASE && c.image !== 'case') this.errorAtTok(c, 'invalid syntax');
    const pat = this.SUBRULE(this.patterns);
    let guard: expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.If);
      guard = this.SUBRULE(this.named_expression);
    });
    this.colon(false);
    this.header("'case' statement", c);
    const body = this.SUBRULE(this.block);
    return { _type: 'match_case', pattern: pat, guard, body };
  });

  /** open_sequence_pattern | pattern (the pattern of a `case`). */
  patterns = this.RULE('patterns', (): pattern => {
    const first = this.LA(1) as Tok;
    const p = this.SUBRULE(this.maybe_star_pattern);
    let elts: pattern[] | null = null;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      elts ??= [p];
      let got = false;
      this.OPTION(() => {
        elts!.push(this.SUBRULE2(this.maybe_star_pattern));
        got = true;
      });
      if (!got && !this.RECORDING_PHASE && this.LA(1).tokenType === T.Comma) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
    });
    if (this.RECORDING_PHASE) return p;
    if (elts === null) {
      if (p._type === 'MatchStar') this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
      return p;
    }
    const last = this.lastTok();
    const node: MatchSequence = {
      _type: 'MatchSequence', patterns: elts,
      lineno: first.startLine, col_offset: first.startColumn, end_lineno: last.endLine, end_col_offset: last.endColumn,
    };
    return node;
  });

  /** as_pattern | or_pattern */
  pattern = this.RULE('pattern', (): pattern => {
    const first = this.LA(1) as Tok;
    const p = this.SUBRULE(this.or_pattern);
    let res: pattern = p;
    this.OPTION(() => {
      this.CONSUME(T.As);
      const n = this.LA(1) as Tok;
      if (!this.RECORDING_PHASE) {
        if (n.tokenType !== T.Name) {
          const e = this.SUBRULE(this.expression);
          this.errorAtNode(e, 'invalid pattern target');
        }
        if (n.image === '_') this.errorAtTok(n, "cannot use '_' as a target");
      }
      this.CONSUME(T.Name);
      if (!this.RECORDING_PHASE) {
        const nt = this.LA(1).tokenType;
        if (nt === T.Dot || nt === T.LPar || nt === T.Equal) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
      }
      const node: MatchAs = {
        _type: 'MatchAs', pattern: p, name: n.image,
        lineno: first.startLine, col_offset: first.startColumn, end_lineno: n.endLine, end_col_offset: n.endColumn,
      };
      res = node;
    });
    return res;
  });

  or_pattern = this.RULE('or_pattern', (): pattern => {
    const first = this.LA(1) as Tok;
    const p = this.SUBRULE(this.closed_pattern);
    let alts: pattern[] | null = null;
    this.MANY(() => {
      this.CONSUME(T.VBar);
      (alts ??= [p]).push(this.SUBRULE2(this.closed_pattern));
    });
    if (alts === null) return p;
    const last = this.lastTok();
    const node: MatchOr = {
      _type: 'MatchOr', patterns: alts,
      lineno: first.startLine, col_offset: first.startColumn, end_lineno: last.endLine, end_col_offset: last.endColumn,
    };
    return node;
  });

  maybe_star_pattern = this.RULE('maybe_star_pattern', (): pattern => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star) as Tok;
          const n = this.CONSUME(T.Name) as Tok;
          const node: MatchStar = {
            _type: 'MatchStar', name: n.image === '_' ? null : n.image,
            lineno: s.startLine, col_offset: s.startColumn, end_lineno: n.endLine, end_col_offset: n.endColumn,
          };
          return node;
        },
      },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]);
  });

  closed_pattern = this.RULE('closed_pattern', (): pattern => {
    return this.OR([
      {
        ALT: () => {
          const v = this.SUBRULE(this.literal_number);
          return this.matchValue(v);
        },
      },
      { ALT: () => this.matchValue(this.stringsAtom()) },
      { ALT: () => this.singleton(this.CONSUME(T.None_) as Tok, null) },
      { ALT: () => this.singleton(this.CONSUME(T.True_) as Tok, true) },
      { ALT: () => this.singleton(this.CONSUME(T.False_) as Tok, false) },
      { ALT: () => this.SUBRULE(this.name_pattern) },
      { ALT: () => this.SUBRULE(this.paren_pattern) },
      { ALT: () => this.SUBRULE(this.list_pattern) },
      { ALT: () => this.SUBRULE(this.mapping_pattern) },
    ]);
  });

  /** signed_number | complex_number (literal patterns and mapping keys). */
  literal_number = this.RULE('literal_number', (): expr => {
    let minus: Tok | null = null;
    this.OPTION(() => {
      minus = this.CONSUME(T.Minus) as Tok;
    });
    const n = this.CONSUME(T.Number) as Tok;
    let op: Tok | null = null;
    let im: Tok | null = null;
    this.OPTION2(() => {
      op = this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME2(T.Minus) }]) as Tok;
      im = this.CONSUME2(T.Number) as Tok;
    });
    if (this.RECORDING_PHASE) return null as unknown as expr;
    let left: expr = this.numberConst(n);
    const m = minus as Tok | null;
    if (m !== null) left = mkUnaryOp('USub', left, m.startLine, m.startColumn, n.endLine, n.endColumn);
    if (im === null) return left;
    const i = im as Tok;
    if (this.isImaginary(n)) this.errorAtNode(left, 'real number required in complex literal');
    if (!this.isImaginary(i)) this.errorAtTok(i, 'imaginary number required in complex literal');
    return mkBinOp(left, (op as unknown as Tok).tokenType === T.Plus ? 'Add' : 'Sub', this.numberConst(i),
      left.lineno, left.col_offset, i.endLine, i.endColumn);
  });

  /** Capture, wildcard, value (dotted name) and class patterns. */
  name_pattern = this.RULE('name_pattern', (): pattern => {
    const n = this.CONSUME(T.Name) as Tok;
    let dotted: expr | null = null;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      const a = this.CONSUME2(T.Name) as Tok;
      if (!this.RECORDING_PHASE) {
        dotted = mkAttribute(dotted ?? this.nameNode(n), a.image, 'Load', n.startLine, n.startColumn, a.endLine, a.endColumn);
      }
    });
    let cls: pattern | null = null;
    this.OPTION(() => {
      cls = this.SUBRULE(this.class_pattern_args, { ARGS: [dotted ?? this.nameNode(n), n] });
    });
    if (cls !== null) return cls;
    if (dotted !== null) return this.matchValue(dotted);
    const node: MatchAs = {
      _type: 'MatchAs', pattern: null, name: n.image === '_' ? null : n.image,
      lineno: n.startLine, col_offset: n.startColumn, end_lineno: n.endLine, end_col_offset: n.endColumn,
    };
    return node;
  });

  class_pattern_args = this.RULE('class_pattern_args', (cls?: expr, first?: Tok): pattern => {
    this.CONSUME(T.LPar);
    const patterns: pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: pattern[] = [];
    // Positional patterns after keyword ones: CPython reports the whole run of them.
    let badFirst: pattern | null = null, badLast: pattern | null = null;
    const add = (it: ClassItem): void => {
      if (this.RECORDING_PHASE) return;
      if (it.key === null) {
        if (kwd_attrs.length > 0) {
          badFirst ??= it.pat;
          badLast = it.pat;
        }
        patterns.push(it.pat);
      } else {
        if (badFirst !== null) this.errorAtNode(badFirst, 'positional patterns follow keyword patterns', badLast!);
        kwd_attrs.push(it.key);
        kwd_patterns.push(it.pat);
      }
    };
    this.OPTION(() => {
      add(this.SUBRULE(this.class_pattern_item));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        let got = false;
        this.OPTION2(() => {
          add(this.SUBRULE2(this.class_pattern_item));
          got = true;
        });
        if (!got && !this.RECORDING_PHASE && this.LA(1).tokenType === T.Comma) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
      });
    });
    if (badFirst !== null) this.errorAtNode(badFirst, 'positional patterns follow keyword patterns', badLast!);
    const r = this.CONSUME(T.RPar) as Tok;
    if (this.RECORDING_PHASE) return null as unknown as pattern;
    const node: MatchClass = {
      _type: 'MatchClass', cls: cls!, patterns, kwd_attrs, kwd_patterns,
      lineno: first!.startLine, col_offset: first!.startColumn, end_lineno: r.endLine, end_col_offset: r.endColumn,
    };
    return node;
  });

  /** NAME '=' pattern | pattern, inside a class pattern's parentheses. */
  class_pattern_item = this.RULE('class_pattern_item', (): ClassItem => {
    return this.OR([
      {
        ALT: () => {
          const k = this.CONSUME(T.Name) as Tok;
          this.CONSUME(T.Equal);
          return { key: k.image, pat: this.SUBRULE(this.pattern) };
        },
      },
      { ALT: () => ({ key: null, pat: this.SUBRULE2(this.pattern) }) },
    ]);
  });

  paren_pattern = this.RULE('paren_pattern', (): pattern => {
    const l = this.CONSUME(T.LPar) as Tok;
    let elts: pattern[] | null = null;
    let inner: pattern | null = null;
    this.OPTION(() => {
      inner = this.SUBRULE(this.maybe_star_pattern);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        elts ??= [inner!];
        let got = false;
        this.OPTION2(() => {
          elts!.push(this.SUBRULE2(this.maybe_star_pattern));
          got = true;
        });
        if (!got && !this.RECORDING_PHASE && this.LA(1).tokenType === T.Comma) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
      });
    });
    const r = this.CONSUME(T.RPar) as Tok;
    if (this.RECORDING_PHASE) return null as unknown as pattern;
    if (inner !== null && elts === null) {
      if ((inner as pattern)._type === 'MatchStar') this.errorAtTok(r, 'invalid syntax');
      return inner;
    }
    const node: MatchSequence = {
      _type: 'MatchSequence', patterns: elts ?? [],
      lineno: l.startLine, col_offset: l.startColumn, end_lineno: r.endLine, end_col_offset: r.endColumn,
    };
    return node;
  });

  list_pattern = this.RULE('list_pattern', (): pattern => {
    const l = this.CONSUME(T.LSqb) as Tok;
    const elts: pattern[] = [];
    this.OPTION(() => {
      elts.push(this.SUBRULE(this.maybe_star_pattern));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        let got = false;
        this.OPTION2(() => {
          elts.push(this.SUBRULE2(this.maybe_star_pattern));
          got = true;
        });
        if (!got && !this.RECORDING_PHASE && this.LA(1).tokenType === T.Comma) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
      });
    });
    const r = this.CONSUME(T.RSqb) as Tok;
    const node: MatchSequence = {
      _type: 'MatchSequence', patterns: elts,
      lineno: l.startLine, col_offset: l.startColumn, end_lineno: r.endLine, end_col_offset: r.endColumn,
    };
    return node;
  });

  mapping_pattern = this.RULE('mapping_pattern', (): pattern => {
    const l = this.CONSUME(T.LBrace) as Tok;
    const keys: expr[] = [];
    const patterns: pattern[] = [];
    let rest: string | null = null;
    const add = (it: MappingItem): void => {
      if (this.RECORDING_PHASE) return;
      if (rest !== null) this.errorAtTok(it.at, 'invalid syntax');
      if (it.key === null) rest = it.tok.image;
      else {
        keys.push(it.key);
        patterns.push(it.pat!);
      }
    };
    this.OPTION(() => {
      add(this.SUBRULE(this.mapping_item));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        let got = false;
        this.OPTION2(() => {
          add(this.SUBRULE2(this.mapping_item));
          got = true;
        });
        if (!got && !this.RECORDING_PHASE && this.LA(1).tokenType === T.Comma) this.errorAtTok(this.LA(1) as Tok, 'invalid syntax');
      });
    });
    const r = this.CONSUME(T.RBrace) as Tok;
    const node: MatchMapping = {
      _type: 'MatchMapping', keys, patterns, rest,
      lineno: l.startLine, col_offset: l.startColumn, end_lineno: r.endLine, end_col_offset: r.endColumn,
    };
    return node;
  });

  /** '**' NAME | key ':' pattern, inside a mapping pattern. */
  mapping_item = this.RULE('mapping_item', (): MappingItem => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.DoubleStar) as Tok;
          const n = this.CONSUME(T.Name) as Tok;
          if (!this.RECORDING_PHASE && n.image === '_') this.errorAtTok(n, 'invalid syntax');
          return { tok: n, at: star, key: null, pat: null };
        },
      },
      {
        ALT: () => {
          const kt = this.LA(1) as Tok;
          const key = this.SUBRULE(this.mapping_key);
          this.CONSUME(T.Colon);
          return { tok: kt, at: kt, key, pat: this.SUBRULE(this.pattern) };
        },
      },
    ]);
  });

  /** literal_expr | attr: the key of a mapping pattern. */
  mapping_key = this.RULE('mapping_key', (): expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.literal_number) },
      { ALT: () => this.stringsAtom() },
      { ALT: () => this.kwConst(this.CONSUME(T.None_) as Tok, null) },
      { ALT: () => this.kwConst(this.CONSUME(T.True_) as Tok, true) },
      { ALT: () => this.kwConst(this.CONSUME(T.False_) as Tok, false) },
      {
        ALT: () => {
          const n = this.CONSUME(T.Name) as Tok;
          let e: expr | null = null;
          this.AT_LEAST_ONE(() => {
            this.CONSUME(T.Dot);
            const a = this.CONSUME2(T.Name) as Tok;
            if (!this.RECORDING_PHASE) e = mkAttribute(e ?? this.nameNode(n), a.image, 'Load', n.startLine, n.startColumn, a.endLine, a.endColumn);
          });
          return e as unknown as expr;
        },
      },
    ]);
  });

  /** `config` is for tests (e.g. eager lookahead); grammar/index.ts builds the one real parser. */
  constructor(config?: IParserConfig) {
    super(config);
    this.performSelfAnalysis();
  }

  // ---------------------------------------------------------------- errors
  /**
   * The PySyntaxError for a Chevrotain recognition exception (the parser's `errors[0]`):
   * CPython's "unexpected indent" at an INDENT, else "invalid syntax" at the token it failed on.
   */
  recognitionError(e: IRecognitionException): PySyntaxError {
    const tok = e.token as Tok;
    if (tok !== undefined && (tok.tokenType === INDENT || tok.tokenType === DEDENT)) {
      const base = this.errorFor(tok, tok.tokenType === INDENT ? 'unexpected indent' : 'unexpected unindent');
      return new PySyntaxError('IndentationError', base.msg, base.filename, base.lineno, base.offset, base.text, base.lineno, -1);
    }
    if (tok !== undefined && tok.tokenType === T.EndMarker) {
      // Right after a NEWLINE (e.g. a decorator at the end of the input) or with no token before
      // it (empty input in 'eval' mode) CPython's offset is 0.
      const i = this.tokVector.indexOf(tok);
      if (i === 0 || (i > 0 && this.tokVector[i - 1].tokenType === NEWLINE)) {
        const base = this.errorFor(tok, 'invalid syntax');
        const l = this.source.length === 0 ? 0 : base.lineno;
        return new PySyntaxError('SyntaxError', base.msg, base.filename, l, 0, l === 0 ? '' : base.text, l, 0);
      }
    }
    return this.syntaxErrorFor(e);
  }

  /**
   * A generic failure anywhere up to `at`: CPython's second parser pass starts again from the
   * top, and its invalid_legacy_expression (`NAME !'(' star_expressions` at an expression
   * position, NAME being print or exec) matches the first `print x` / `exec x` it meets, even
   * one its first pass accepted (`print -1`, `print [1]`): "Missing parentheses in call to
   * 'print'". Returns that error when such a Name comes before `at` (or after it in its statement).
   */
  legacyCallError(at: Tok): PySyntaxError | null {
    const v = this.tokVector;
    let end = v.indexOf(at);
    if (end < 0) return null;
    // When the statement began to parse, the second pass may read on to the statement's end.
    const started = end > 0 && !STATEMENT_BEFORE[v[end - 1].tokenTypeIdx];
    while (started && end + 1 < v.length && !STATEMENT_BEFORE[v[end].tokenTypeIdx]) end++;
    // exprPos: the rule `expression` is tried at token j. Besides the tokens of EXPRESSION_BEFORE,
    // a Name tried as an expression is itself tried as invalid_legacy_expression's NAME, whose
    // star_expressions is then tried at the next token; `*`/`**` of a call argument too.
    let exprPos = true;
    for (let j = 0; j <= end; j++) {
      const t = v[j];
      const isName = t.tokenType === T.Name;
      if (exprPos && isName && (t.image === 'print' || t.image === 'exec')) {
        const next = v[j + 1];
        if (next !== undefined && next.tokenType !== T.LPar && SUBJECT_START[next.tokenTypeIdx]) {
          const msg = `Missing parentheses in call to '${t.image}'. Did you mean ${t.image}(...)?`;
          const base = this.errorFor(t, msg);
          const operand = this.legacyOperand(j);
          // Nothing parses after the name (`print {1:(foo.)}`): the rule does not match here
          // (and a Name leaves exprPos as it was).
          if (operand === null) continue;
          if (operand.end_lineno !== t.startLine) return base;
          try {
            this.errorRaw(t.startLine, t.startColumn, operand.end_lineno, operand.end_col_offset, msg);
          } catch (e) {
            if (e instanceof PySyntaxError) return e;
            throw e;
          }
        }
      }
      exprPos = EXPRESSION_BEFORE[t.tokenTypeIdx] === true || (isName && exprPos) ||
        ((t.tokenType === T.Star || t.tokenType === T.DoubleStar) && j > 0 &&
          (v[j - 1].tokenType === T.LPar || v[j - 1].tokenType === T.Comma));
    }
    return null;
  }

  /**
   * The end of invalid_legacy_expression's star_expressions after the name at token index `at`
   * (CPython's PEG parser takes the longest prefix that parses: approximated by trying
   * star_expressions, a disjunction, a bitwise_or, a primary, then the first token alone when
   * it is a name, number or string, as `f` of `print f(a.)`), or null when not even a first
   * operand parses (`print {1:(foo.)}`, `print not`).
   */
  private legacyOperand(at: number): { end_lineno: number; end_col_offset: number } | null {
    const saveIdx = this.currIdx;
    const saveErrors = this.errors;
    const attempt = (rule: () => expr): expr | null => {
      this.currIdx = at;
      this.errors = [];
      try {
        const r = rule();
        // (A rule called at the top reports the tokens after it as "not all input parsed".)
        const failed = this.errors.some((e) => e.name !== 'NotAllInputParsedException');
        return !failed && r !== undefined ? r : null;
      } catch (e) {
        if (isRecognitionException(e as Error) || e instanceof PySyntaxError) return null;
        throw e;
      } finally {
        this.currIdx = saveIdx;
        this.errors = saveErrors;
      }
    };
    const found = attempt(() => this.star_expressions()) ?? attempt(() => this.disjunction()) ??
      attempt(() => this.bitwise_or()) ?? attempt(() => this.primary());
    if (found !== null) return found;
    const first = this.tokVector[at + 1];
    const ty = first.tokenType;
    if (ty === T.Name || ty === T.Number || ty === T.String) {
      return { end_lineno: first.endLine, end_col_offset: first.endColumn };
    }
    // A unary operator: its operand's longest prefix (`-1` of `print -1 +`).
    if (ty === T.Minus || ty === T.Plus || ty === T.Tilde) return this.legacyOperand(at + 1);
    return null;
  }

  /**
   * CPython's second parser pass (the one with the invalid_* rules) starts again from the top,
   * and its invalid_match_stmt (`"match" subject_expr NEWLINE` → "expected ':'") also matches
   * an expression statement such as `match(x)`. So when a file with such a line has a syntax
   * error further on, CPython reports "expected ':'" at the token its first pass stopped at
   * (`at`). Returns that error, or null when there is no such line before `at`.
   */
  matchLineError(at: Tok): PySyntaxError | null {
    const v = this.tokVector;
    const end = v.indexOf(at);
    if (end < 0) return null;
    for (let i = 0; i < end; i++) {
      const t = v[i];
      if (t.tokenType !== T.Name || t.image !== 'match') continue;
      const prev = i > 0 ? v[i - 1].tokenType : NEWLINE;
      if (prev !== NEWLINE && prev !== INDENT && prev !== DEDENT) continue;
      const nt = v[i + 1].tokenType;
      if (!SUBJECT_START[v[i + 1].tokenTypeIdx] || nt === T.Star) continue;
      let depth = 0, j = i + 1, ok = true;
      for (; j < end; j++) {
        const tt = v[j].tokenType;
        if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) depth++;
        else if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) depth--;
        else if (tt === NEWLINE) break;
        else if (depth === 0 && (tt === T.Equal || tt === T.AugAssign || tt === T.Colon || tt === T.Semi)) ok = false;
      }
      if (!ok || j >= end) continue;
      const e = this.errorFor(at, "expected ':'");
      if (at.tokenType === INDENT || at.tokenType === DEDENT) {
        return new PySyntaxError('SyntaxError', e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, -1);
      }
      return e;
    }
    return null;
  }

  /**
   * Set when a failed sub-parse was turned into an error reported elsewhere: the token that
   * sub-parse failed on (how far the parser got, for grammar/index.ts). Reset it before a parse.
   */
  failTok: Tok | null = null;

  /** The first token not consumed yet (for error priorities in grammar/index.ts). */
  furthestToken(): Tok | null {
    const v = this.tokVector;
    const i = this.currIdx + 1;
    return i >= 0 && i < v.length ? v[i] : null;
  }

  // ---------------------------------------------------------------- helpers
  /**
   * After an annotation or default `a` inside a parameter list: CPython's invalid_expression
   * ("invalid syntax. Perhaps you forgot a comma?") when an expression follows directly.
   */
  private paramMissingComma(a: expr): void {
    if (this.RECORDING_PHASE) return;
    const nt = this.LA(1).tokenType;
    if (nt === T.Comma || nt === T.RPar || nt === T.Equal || nt === T.Colon) return;
    // The check runs in the innermost `expression`: the else branch, the lambda body.
    while (a._type === 'IfExp' || a._type === 'Lambda') a = a._type === 'IfExp' ? a.orelse : a.body;
    if (a._type === 'Starred') return;
    const v = this.tokVector;
    let i = this.currIdx;
    while (i > 0 && !(v[i].startLine === a.lineno && v[i].startColumn === a.col_offset)) i--;
    const ft = v[i], ft2 = v[i + 1];
    if (i <= 0) return;
    if (ft.tokenType === T.Name && (SOFT_KEYWORDS.has(ft.image) || ft2.tokenType === T.String)) return;
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) return;
    const start = this.currIdx;
    let b: expr;
    try {
      b = this.SUBRULE7(this.expression);
    } catch (err) {
      if (err instanceof PySyntaxError || !isRecognitionException(err as Error)) throw err;
      this.currIdx = start;
      this.errors = [];
      return;
    }
    this.errorAtNode(a, 'invalid syntax. Perhaps you forgot a comma?', b);
  }

  /**
   * Runs `f` (a piece of grammar); a Chevrotain recognition error inside it becomes "invalid
   * syntax" at `tok` (where CPython's first pass, which has no invalid_* rules, stopped).
   */
  private atTokOnFailure<R>(tok: Tok, f: () => R, msg = 'invalid syntax'): R {
    if (this.RECORDING_PHASE) return f();
    try {
      return f();
    } catch (err) {
      if (err instanceof PySyntaxError || !isRecognitionException(err as Error)) throw err;
      this.failTok = (err as IRecognitionException).token as Tok;
      return this.errorAtTok(tok, msg);
    }
  }

  /**
   * atTokOnFailure for a forced token (CPython's &&'x'): its error is raised in CPython's first
   * pass, so it also wins over the specific messages (second pass) raised inside `f`, though
   * not over the tokenizer's errors.
   */
  private forcedOnFailure<R>(tok: Tok, f: () => R, msg: string): R {
    if (this.RECORDING_PHASE) return f();
    try {
      return f();
    } catch (err) {
      if (err instanceof PySyntaxError) {
        if (err === this.tokenizerError()) throw err;
        this.failTok = this.furthestToken();
        return this.errorAtTok(tok, msg);
      }
      if (!isRecognitionException(err as Error)) throw err;
      this.failTok = (err as IRecognitionException).token as Tok;
      return this.errorAtTok(tok, msg);
    }
  }

  /** The tokenizer's deferred error (the payload of the final ErrorToken), if any. */
  private tokenizerError(): PySyntaxError | null {
    const v = this.tokVector;
    for (let i = v.length - 1; i >= 0; i--) {
      const t = v[i] as Tok & { payload?: unknown };
      if (t.tokenType === T.ErrorToken) return t.payload instanceof PySyntaxError ? t.payload : null;
      if (t.tokenType === T.EndMarker || t.tokenType === NEWLINE) return null;
    }
    return null;
  }

  /** At a '(' where a parameter should be: `def f((a, b))`. */
  private parenthesizedParam(): void {
    const v = this.tokVector;
    const l = this.pos() + 1;
    let i = l + 1;
    while (v[i].tokenType === T.Name || v[i].tokenType === T.Comma) i++;
    if (v[i].tokenType === T.RPar && v[l + 1].tokenType === T.Name) {
      this.errorAtTok(v[l], 'Function parameters cannot be parenthesized', v[i]);
    }
  }

  /** Index of the last consumed token. */
  private pos(): number {
    return this.currIdx;
  }
  private tokAt(i: number): Tok {
    return this.tokVector[i];
  }

  /** The last consumed token that is not NEWLINE, INDENT or DEDENT. */
  protected lastTok(): Tok {
    if (this.RECORDING_PHASE) return this.LA(1) as Tok;
    const v = this.tokVector;
    let i = this.currIdx;
    let t = v[i];
    while (t.tokenType === NEWLINE || t.tokenType === INDENT || t.tokenType === DEDENT) t = v[--i];
    return t;
  }

  private header(kind: string, t: Tok): void {
    this.hdrKind = kind;
    this.hdrLine = t.startLine;
  }

  /**
   * The ':' of a compound statement header. `forced` (CPython's &&':'): "expected ':'" whatever
   * comes instead; otherwise only when the line ends there, and "invalid syntax" elsewhere.
   */
  private colon(forced: boolean): void {
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1) as Tok;
      if (t.tokenType !== T.Colon) {
        if (forced || t.tokenType === NEWLINE) this.errorAtTok(t, "expected ':'");
        this.errorAtTok(t, 'invalid syntax');
      }
    }
    this.CONSUME9(T.Colon);
  }

  /** errorAtTok; at an INDENT/DEDENT/ENDMARKER (no end column in CPython) end_offset is -1. */
  private errorAtZeroTok(t: Tok, msg: string): never {
    const e = this.errorFor(t, msg);
    if (t.tokenType === INDENT || t.tokenType === DEDENT || t.tokenType === T.EndMarker) {
      throw new PySyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, -1);
    }
    throw e;
  }

  private indentationError(t: Tok, msg: string): never {
    const e = this.errorFor(t, msg);
    if (e.msg !== msg) throw e; // the tokenizer's error carried by an ErrorToken (a TabError...)
    // CPython's INDENT/DEDENT/ENDMARKER tokens have no end column: end_offset -1.
    const zero = t.tokenType === INDENT || t.tokenType === DEDENT || t.tokenType === T.EndMarker;
    // At the end of 'single' input without a newline, the offset is the tokenizer's position.
    const offset = this.inputWithoutNewline && this.atEnd(t) && e.text !== null ? e.text.replace(/\n$/, '').length : e.offset;
    throw new PySyntaxError('IndentationError', e.msg, e.filename, e.lineno, offset, e.text, e.end_lineno, zero ? -1 : e.end_offset);
  }

  /** The PySyntaxError errorAtTok would throw. */
  private errorFor(t: Tok, msg: string): PySyntaxError {
    try {
      this.errorAtTok(t, msg);
    } catch (e) {
      if (e instanceof PySyntaxError) return e;
      throw e;
    }
  }

  private raiseAt(type: 'SyntaxError' | 'IndentationError', msg: string, l: number, offset: number, el: number, eoffset: number): never {
    const base = this.errorFor(this.LA(1) as Tok, msg);
    throw new PySyntaxError(type, msg, base.filename, l, offset, l >= 1 ? base.text : '', el, eoffset);
  }

  private lastStmtWasSimple(s: Stmts): boolean {
    const n = Array.isArray(s) ? s[s.length - 1] : s;
    switch (n._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': case 'If': case 'While': case 'For':
      case 'AsyncFor': case 'With': case 'AsyncWith': case 'Try': case 'TryStar': case 'Match':
        return false;
    }
    return true;
  }

  /**
   * An assignment with an invalid target: CPython's invalid_assignment first re-parses the
   * statement start as a named expression, whose invalid_named_expression rule words the error
   * as a mistyped '==' when the first target and the bitwise_or right after its '=' are
   * followed by something other than '=' (`x = 1, y = 2`, `f() = 1, 2 = 3`).
   */
  private assignmentHint(first: Tok, targets: expr[], value: expr): void {
    if (first.tokenType === T.Yield) return;
    const e = targets[0];
    const v1 = targets.length > 1 ? targets[1] : value;
    const lb = leftmostBitwiseOr(v1);
    if (lb === null || (lb === v1 && targets.length > 1)) return;
    if (e._type === 'Name' && first.tokenType === T.Name && this.tokAt(this.tokVector.indexOf(first) + 1).tokenType === T.Equal) {
      this.errorAtNode(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", lb);
    }
    if (takesEqualityHint(e)) this.errorAtNode(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
  }

  /**
   * The right-hand side after an '=' (parse time). If it does not parse, CPython's
   * invalid_assignment still reports an invalid target before that '=' ("cannot assign to X").
   */
  private rhsOrTargetError(values: expr[]): expr {
    try {
      return this.SUBRULE(this.annotated_rhs);
    } catch (err) {
      if (err instanceof PySyntaxError || !isRecognitionException(err as Error)) throw err;
      this.failTok = (err as IRecognitionException).token as Tok;
      const targets = [this.tailTarget!, ...values];
      for (let i = 0; i < targets.length; i++) {
        const t = targets[i];
        if (t._type === 'Yield' || t._type === 'YieldFrom') {
          if (i === 0 ? this.tailFirst!.tokenType === T.Yield : t === this.bareYield) {
            this.errorAtNode(t, 'assignment to yield expression not possible');
          }
        }
        if (invalidTarget(t, 'Store') !== null) setContext(t, 'Store', this);
      }
      throw err;
    }
  }

  /** Whether the value of `x = value` does not start with a bitwise_or (no "==" hint then). */
  private startsWithNonBitwiseOr(v: expr): boolean {
    switch (v._type) {
      case 'Yield': case 'YieldFrom': case 'Starred': case 'Lambda':
        return true;
      case 'UnaryOp':
        return v.op === 'Not';
    }
    return false;
  }

  /** `print x` / `exec x`: CPython's "Missing parentheses" message. */
  private checkLegacyPrint(e: expr, first: Tok): void {
    if (e._type !== 'Name' || (e.id !== 'print' && e.id !== 'exec') || first.tokenType !== T.Name) return;
    const start = this.pos();
    let rest: expr;
    try {
      rest = this.SUBRULE9(this.star_expressions);
    } catch (err) {
      if (err instanceof PySyntaxError) throw err;
      this.currIdx = start;
      this.errors = [];
      return;
    }
    this.errorAtNode(e, `Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, rest);
  }

  /**
   * At a Name `match`: is this logical line a match statement? It is when the line ends with
   * ':' (a simple statement never does) and something comes between `match` and that ':'.
   */
  private atMatchStatement(): boolean {
    const t = this.LA(1) as Tok;
    if (t.tokenType !== T.Name || t.image !== 'match') return false;
    const v = this.tokVector;
    let i = this.pos() + 2;
    const nt = v[i].tokenType;
    if (!SUBJECT_START[v[i].tokenTypeIdx]) return false;
    // A token that can start an expression but not continue one: `match x ...` cannot be an
    // expression statement (CPython then reports the match statement's errors).
    if (MATCH_SUBJECT_START[v[i].tokenTypeIdx] && !(nt === T.Not && v[i + 1].tokenType === T.In)) return true;
    for (; i < v.length; i++) {
      const tt = v[i].tokenType;
      if (tt === NEWLINE || tt === T.EndMarker || tt === T.Semi || tt === T.ErrorToken) return v[i - 1].tokenType === T.Colon;
    }
    return false;
  }

  /**
   * At `with (`: CPython's parenthesised with-items form? The matching ')' must be followed by
   * ':', and the parentheses must hold a top-level ',' or 'as' and nothing that only a
   * parenthesised expression can contain (':=', a comprehension's 'for', 'yield', a '*' item).
   */
  private parenthesisedWithItems(): boolean {
    const v = this.tokVector;
    let i = this.pos() + 1; // the '('
    let depth = 0;
    let itemsLike = false, sawAs = false, stopped = false;
    for (;; i++) {
      const t = v[i];
      const tt = t?.tokenType;
      if (t === undefined || tt === T.ErrorToken) {
        // An unclosed '(': CPython's with-items alternative reads on to the tokenizer's error,
        // unless it failed before (at a ':' among the items, an 'as' inside brackets).
        const te = stopped ? null : this.tokenizerError();
        if (te !== null) throw te;
        return false;
      }
      if (tt === T.As && depth > 1) stopped = true;
      if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) {
        depth++;
        continue;
      }
      if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) {
        depth--;
        if (depth === 0) break;
        continue;
      }
      if (tt === NEWLINE || tt === T.EndMarker) return false;
      if (depth !== 1) continue;
      if (tt === T.Comma) itemsLike = true;
      else if (tt === T.As) itemsLike = sawAs = true;
      else if (tt === T.ColonEqual || tt === T.For || tt === T.Yield) return false;
      else if (tt === T.Colon) stopped = true;
      else if (tt === T.Star) {
        const p = v[i - 1].tokenType;
        if (p === T.LPar || p === T.Comma) return false;
      }
    }
    if (v[i + 1].tokenType === T.Colon) return itemsLike;
    // `with (a as b) as c:`: CPython fails at the token after the ')'.
    if (sawAs) this.errorAtTok(v[i + 1], v[i + 1].tokenType === NEWLINE ? "expected ':'" : 'invalid syntax');
    return false;
  }

  /** STRING+ (ExprParser's strings(): its DSL indexes are free in the rules that call this). */
  private stringsAtom(): expr {
    return (this as unknown as { strings(): expr }).strings();
  }

  private numberConst(t: Tok): expr {
    return mkConstant(parseNumber(t.image), null, t.startLine, t.startColumn, t.endLine, t.endColumn);
  }

  private isImaginary(t: Tok): boolean {
    const c = t.image.charCodeAt(t.image.length - 1);
    return c === 106 || c === 74;
  }

  private nameNode(t: Tok): expr {
    return mkName(t.image, 'Load', t.startLine, t.startColumn, t.endLine, t.endColumn);
  }

  private kwConst(t: Tok, value: null | boolean): expr {
    return mkConstant(value, null, t.startLine, t.startColumn, t.endLine, t.endColumn);
  }

  private matchValue(v: expr): pattern {
    if (this.RECORDING_PHASE) return v as unknown as pattern;
    const node: MatchValue = {
      _type: 'MatchValue', value: v,
      lineno: v.lineno, col_offset: v.col_offset, end_lineno: v.end_lineno, end_col_offset: v.end_col_offset,
    };
    return node;
  }

  private singleton(t: Tok, value: null | boolean): pattern {
    const node: MatchSingleton = { _type: 'MatchSingleton', value, lineno: t.startLine, col_offset: t.startColumn, end_lineno: t.endLine, end_col_offset: t.endColumn };
    return node;
  }
}

/** A target `x: T` can annotate (a name, attribute or subscript, maybe parenthesized). */
function isSingleTarget(e: expr): boolean {
  return e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript';
}

/**
 * Whether an attribute or subscript target that starts with `(` opens with a parenthesised
 * single target that more trailers follow, as `(x).y`, `(a.b)[0]` or `(f)().y`. CPython's
 * annotated-assignment rule tries `'(' single_target ')'` first, keeps that choice once it
 * matched, and then fails at the trailer, so these are illegal annotation targets while
 * `(f()).y` and `(a, b).y` (no single target inside the parentheses) are not.
 */
function startsWithParenthesisedTarget(e: expr): boolean {
  let n = e;
  for (;;) {
    const inner = n._type === 'Attribute' || n._type === 'Subscript' ? n.value : n._type === 'Call' ? n.func : null;
    if (inner === null) return false;
    // The chain's nodes start at the `(`; the first that does not is the parenthesised one.
    if (inner.lineno !== e.lineno || inner.col_offset !== e.col_offset) return isSingleTarget(inner);
    n = inner;
  }
}

/**
 * The bitwise_or expression an expression starts with (CPython's parse of `bitwise_or` at its
 * first token), or null when it starts with `not`, `lambda`, `*` or `yield`.
 */
function leftmostBitwiseOr(v: expr): expr | null {
  for (;;) {
    switch (v._type) {
      case 'Tuple':
        // Unparenthesized (it starts where its first element starts)?
        if (v.elts.length > 0 && v.elts[0].col_offset === v.col_offset && v.elts[0].lineno === v.lineno) {
          v = v.elts[0];
          continue;
        }
        return v;
      case 'Compare': v = v.left; continue;
      case 'BoolOp': v = v.values[0]; continue;
      case 'IfExp': v = v.body; continue;
      case 'UnaryOp':
        return v.op === 'Not' ? null : v;
      case 'Lambda': case 'Starred': case 'Yield': case 'YieldFrom':
        return null;
    }
    return v;
  }
}

const SOFT_KEYWORDS = new Set(['match', 'case', '_']);

/** Tokens after the first expression of an expression statement that make it an assignment. */
const TAIL_START: boolean[] = [];
for (const t of [T.Equal, T.Colon, T.AugAssign, ...T.allTokens.filter((t) => t.CATEGORIES?.includes(T.AugAssign))]) {
  TAIL_START[t.tokenTypeIdx!] = true;
}

/** Tokens that can start a match subject (star_named_expression). */
const SUBJECT_START: boolean[] = [];
for (const t of [T.Name, T.Number, T.String, T.LPar, T.LSqb, T.LBrace, T.Minus, T.Plus, T.Tilde, T.Star, T.Not, T.Lambda,
  T.Await, T.None_, T.True_, T.False_, T.Ellipsis]) {
  SUBJECT_START[t.tokenTypeIdx!] = true;
}

/** Tokens after which a statement starts. */
const STATEMENT_BEFORE: boolean[] = [];
for (const t of [T.Newline, T.Indent, T.Dedent, T.Semi]) STATEMENT_BEFORE[t.tokenTypeIdx!] = true;

/** Tokens after which an `expression` (the grammar rule) may start: where invalid_legacy_expression is tried. */
const EXPRESSION_BEFORE: boolean[] = [];
for (const t of [T.Newline, T.Indent, T.Dedent, T.Semi, T.Equal, T.AugAssign, T.LPar, T.LSqb, T.LBrace, T.Comma, T.Colon,
  T.ColonEqual, T.RArrow, T.Return, T.If, T.Elif, T.While, T.Else, T.In, T.Assert, T.Yield, T.From, T.Raise, T.With,
  T.Del, T.For, T.Except,
  ...T.allTokens.filter((t) => t.CATEGORIES?.includes(T.AugAssign))]) {
  EXPRESSION_BEFORE[t.tokenTypeIdx!] = true;
}

/** Tokens that can start a match subject but cannot follow an expression (see atMatchStatement). */
const MATCH_SUBJECT_START: boolean[] = [];
for (const t of [T.Name, T.Number, T.String, T.LBrace, T.Tilde, T.Not, T.Lambda, T.Await, T.None_, T.True_, T.False_, T.Ellipsis]) {
  MATCH_SUBJECT_START[t.tokenTypeIdx!] = true;
}

interface ClassItem {
  key: string | null;
  pat: pattern;
}

interface MappingItem {
  /** The first token of the item (the NAME of `**rest`). */
  tok: Tok;
  /** Where an item after `**rest` is reported: its first token (the `**` of a second rest). */
  at: Tok;
  key: expr | null;
  pat: pattern | null;
}

const AUG_OPS: Record<string, Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '/=': 'Div', '//=': 'FloorDiv', '%=': 'Mod', '**=': 'Pow',
  '>>=': 'RShift', '<<=': 'LShift', '&=': 'BitAnd', '|=': 'BitOr', '^=': 'BitXor', '@=': 'MatMult',
};

