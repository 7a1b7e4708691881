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
import { PySyntaxError, parseWarnings } from './errors.js';
import * as T from './tokens.js';
import type { Tok } from './tokens.js';

export type ParseMode = 'exec' | 'eval' | 'single';

let parser: PythonParser | null = null;

/** The shared parser instance (built on first use). */
export function getParser(): PythonParser {
  return (parser ??= new PythonParser());
}

/** Tests: makes `p` the shared parser (null: build a new one on next use); returns the old one. */
export function swapParser(p: PythonParser | null): PythonParser | null {
  const old = parser;
  parser = p;
  return old;
}

/**
 * `fromString`: the source was given as a string (compile/exec/eval), not read from a file; an
 * error's text is then CPython's tokenizer buffer (see ExprParser.bufferLines). 'eval' and
 * 'single' input always is.
 */
export function parse(source: string, filename = '<unknown>', mode: ParseMode = 'exec', fromString = false): mod {
  parseWarnings.length = 0;
  if (mode === 'exec') return parseSource(source, filename, mode, fromString);
  try {
    return parseSource(source, filename, mode, true);
  } catch (e) {
    throw e instanceof PySyntaxError ? withoutAddedNewline(e, source) : e;
  }
}

/**
 * In 'eval' and 'single' modes CPython does not end the source with a newline of its own, so the
 * text of an error on a last line without one has none either.
 */
function withoutAddedNewline(e: PySyntaxError, source: string): PySyntaxError {
  const text = e.text;
  if (text === null || !text.endsWith('\n') || e.lineno < 1) return e;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (e.lineno !== lines.length || !text.endsWith(lines[e.lineno - 1] + '\n')) return e;
  return new PySyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, text.slice(0, -1), e.end_lineno, e.end_offset);
}

function parseSource(source: string, filename: string, mode: ParseMode, fromString: boolean): mod {
  let toks: Tok[];
  try {
    toks = tokenize(source, { filename, deferErrors: true, noImplicitNewline: mode === 'exec' ? undefined : mode });
  } catch (e) {
    if (e instanceof PySyntaxError) throw indentErrorBefore(e, source, filename, mode) ?? e;
    throw e;
  }
  return run(toks, source, filename, mode, true, fromString);
}

function run(toks: Tok[], source: string, filename: string, mode: ParseMode, override: boolean, fromString: boolean): mod {
  const p = getParser();
  p.bufferText = fromString;
  p.filename = filename;
  p.source = normalizeSource(source, filename);
  p.input = toks;
  p.failTok = null;
  p.inputWithoutNewline = mode !== 'exec' && !/[\r\n]$/.test(source);
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
    const err = (at !== null && mode !== 'eval' ? p.matchLineError(at) : null) ??
      (at !== null && e.msg === 'invalid syntax' ? p.legacyCallError(at) : null) ?? e;
    throw tokenizerErrorAfter(err, toks, at, p.failTok) ?? err;
  } finally {
    // Do not keep the tokens (and the source) of the last file alive.
    p.inputWithoutNewline = false;
    p.bufferText = false;
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
 * `at` is where parsing stopped.
 */
function tokenizerErrorAfter(e: PySyntaxError, toks: Tok[], at: Tok | null, failTok: Tok | null): PySyntaxError | null {
  if (isUnexpectedIndent(e)) return null;
  const last = toks[toks.length - 1] as Tok & { payload?: unknown };
  if (last === undefined || last.tokenType !== T.ErrorToken || !(last.payload instanceof PySyntaxError)) return null;
  const te = last.payload;
  if (te === e) return null;
  const generic = e.msg === 'invalid syntax';
  if (te.msg.endsWith(' was never closed')) {
    // CPython compares the bracket's line with the line of the last token its parser fetched:
    // the offending token of a generic error; for a specific message, the token after the
    // text the message covers (its rule looked one token ahead).
    // (`failTok`: a sub-parse that failed further on before `e` was reported.)
    if (failTok === last) return te;
    let line = Math.max(e.lineno, failTok !== null ? failTok.startLine : 0);
    if (!generic && e.end_lineno !== null && e.end_offset !== null && e.end_offset > 0) {
      const el = e.end_lineno, ec = e.end_offset - 1;
      let i = 0;
      for (; i < toks.length - 1; i++) {
        const t = toks[i];
        if (t.startLine > el || (t.startLine === el && t.startColumn >= ec && t.tokenType !== T.Newline)) {
          line = Math.max(line, t.startLine);
          break;
        }
      }
      if (i === toks.length - 1) return te; // nothing after it but the end of the input
    }
    return te.lineno < line ? te : null;
  }
  // Failing at a string, CPython has fetched the next token too (to see if another string
  // follows for the concatenation).
  if (generic && at !== null && at.tokenType === T.String && toks[toks.indexOf(at) + 1] === last) return te;
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
    run(toks, src, filename, mode, false, false);
  } catch (e2) {
    if (e2 instanceof PySyntaxError && isUnexpectedIndent(e2)) return e2;
  }
  return null;
}
