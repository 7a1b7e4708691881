// The front end's entry point: source text → AST (src/ast/nodes.ts), or a PySyntaxError.
//
//   parse(source, filename, mode)   mode 'exec' → Module, 'eval' → Expression, 'single' → Interactive
//
// One PythonParser is built lazily (Chevrotain's self-analysis is expensive) and reused: each
// parse hands it a new token vector. Every failure leaves as a PySyntaxError with CPython's
// type, message and position; Chevrotain's recognition exceptions never escape.
//
// Which error wins when there are several follows CPython (Parser/pegen_errors.c): its parser
// pulls tokens lazily, so a tokenizer error past the point where parsing fails is normally not
// seen — except that after a parser SyntaxError (other than "unexpected indent/unindent")
// CPython tokenizes the rest of the source, and a tokenizer error found there replaces it
// ("'(' was never closed" only when the bracket was opened on an earlier line than the one
// the parser had reached). The tokenizer reports some errors at once (grammar/tokenizer.ts):
// for those the only case left to check is a parser failure at an INDENT/DEDENT before them.

import type { mod } from '../src/ast/nodes.js';
import { tokenize, normalizeSource } from './tokenizer.js';
import { PythonParser } from './statements.js';
import { PySyntaxError } from './errors.js';
import * as T from './tokens.js';
import type { Tok } from './tokens.js';

export type ParseMode = 'exec' | 'eval' | 'single';

let parser: PythonParser | null = null;

/** The shared parser instance (built on first use). */
export function getParser(): PythonParser {
  return (parser ??= new PythonParser());
}

export function parse(source: string, filename = '<unknown>', mode: ParseMode = 'exec'): mod {
  let toks: Tok[];
  try {
    toks = tokenize(source, { filename, deferErrors: true });
  } catch (e) {
    if (e instanceof PySyntaxError) throw indentErrorBefore(e, source, filename, mode) ?? e;
    throw e;
  }
  return run(toks, source, filename, mode, true);
}

function run(toks: Tok[], source: string, filename: string, mode: ParseMode, override: boolean): mod {
  const p = getParser();
  p.filename = filename;
  p.source = normalizeSource(source, filename);
  p.input = toks;
  let at: Tok | null = null; // where parsing stopped
  try {
    const tree = mode === 'exec' ? p.file_input() : mode === 'eval' ? p.eval_input() : p.interactive();
    const errs = p.errors;
    if (errs.length > 0) {
      at = errs[0].token as Tok;
      throw p.recognitionError(errs[0]);
    }
    return tree;
  } catch (e) {
    if (!(e instanceof PySyntaxError) || !override) throw e;
    if (at === null || at.tokenType === undefined || isNaN(at.startOffset)) at = p.furthestToken();
    const last = toks[toks.length - 1] as Tok & { payload?: unknown };
    if (last !== undefined && last.payload === e) throw e; // the tokenizer's error: CPython's first pass stops there
    const err = (at !== null && mode !== 'eval' ? p.matchLineError(at) : null) ?? e;
    throw tokenizerErrorAfter(err, toks, p.furthestToken()) ?? err;
  } finally {
    // Do not keep the tokens (and the source) of the last file alive.
    p.input = [];
    p.source = '';
  }
}

function isUnexpectedIndent(e: PySyntaxError): boolean {
  return e.type === 'IndentationError' && (e.msg === 'unexpected indent' || e.msg === 'unexpected unindent');
}

/**
 * The parser failed with `e` before reaching the tokenizer's deferred error (if any, the
 * payload of the final ErrorToken): the tokenizer error CPython would report instead.
 */
function tokenizerErrorAfter(e: PySyntaxError, toks: Tok[], furthest: Tok | null): PySyntaxError | null {
  if (isUnexpectedIndent(e)) return null;
  const last = toks[toks.length - 1] as Tok & { payload?: unknown };
  if (last === undefined || last.tokenType !== T.ErrorToken || !(last.payload instanceof PySyntaxError)) return null;
  const te = last.payload;
  if (te === e) return null;
  if (te.msg.endsWith(' was never closed')) {
    const line = Math.max(e.lineno, furthest !== null && furthest.tokenType !== T.ErrorToken ? furthest.startLine : 0);
    return te.lineno < line ? te : null;
  }
  // CPython's lookahead usually has fetched the token after the one it failed on.
  if (e.msg === 'invalid syntax' && furthest !== null && toks[toks.indexOf(furthest) + 1] === last) return te;
  return null;
}

/**
 * The tokenizer threw `e` at once; CPython would still report a parser failure at an INDENT or
 * DEDENT earlier in the source ("unexpected indent"), found by parsing the source up to `e`.
 */
function indentErrorBefore(e: PySyntaxError, source: string, filename: string, mode: ParseMode): PySyntaxError | null {
  if (e.lineno < 1 || e.offset < 1) return null;
  const src = normalizeSource(source, filename);
  let start = 0;
  for (let l = 1; l < e.lineno; l++) {
    const nl = src.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  // e.offset counts code points; the prefix ends just before the offending character.
  let i = start;
  for (let n = 1; n < e.offset && i < src.length; n++) i += src.codePointAt(i)! > 0xffff ? 2 : 1;
  let toks: Tok[];
  try {
    toks = tokenize(src.slice(0, i), { filename, deferErrors: true });
  } catch {
    return null;
  }
  try {
    run(toks, src, filename, mode, false);
  } catch (e2) {
    if (e2 instanceof PySyntaxError && isUnexpectedIndent(e2)) return e2;
  }
  return null;
}
