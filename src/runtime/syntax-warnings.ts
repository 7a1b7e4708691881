// Emits the compiler's SyntaxWarnings (src/ast/syntax-warnings.ts) for source the program runs:
// the main script, its own modules, and compile()/exec()/eval() of text. As CPython's compiler
// does (PyErr_WarnExplicitObject), through the warnings module, so its filters and
// showwarning apply: `FILE:LINE: SyntaxWarning: message` and the source line on sys.stderr.
// A warning the filters turn into an error becomes a SyntaxError at the node being compiled
// (compiler_warn → compiler_error), its text the line of the file named filename if any.

import type { mod } from '../ast/nodes.js';
import { findSyntaxWarnings } from '../ast/syntax-warnings.js';
import { E } from '../objects/exception.js';
import { PyObj, type PyObject } from '../objects/object.js';
import { call, getAttr, typeOf } from '../objects/protocol.js';
import { importFullName } from './import.js';
import { PySyntaxError, parseWarnings } from '../../grammar/errors.js';
import { programTextGetter } from '../symtable/index.js';

/** Finds the warnings compiling `tree` gives; returns what emits them (after the compile), or
 * null when there are none. */
export function syntaxWarningsOf(tree: mod, filename: string): (() => void) | null {
  const sites = findSyntaxWarnings(tree);
  // The tokenizer's and parser's (numbers before keywords, invalid escape sequences), issued
  // first, as CPython's parser does.
  const parsed = parseWarnings.splice(0);
  if (sites.length === 0 && parsed.length === 0) return null;
  return () => {
    const warnExplicit = getAttr(importFullName('warnings'), 'warn_explicit');
    for (const w of parsed) issueParseWarning(warnExplicit, w, filename);
    for (const s of sites) {
      try {
        call(warnExplicit, [s.msg, E.SyntaxWarning, filename, BigInt(s.lineno)]);
      } catch (e) {
        if (!(e instanceof PyObj && typeOf(e).isSubtype(E.SyntaxWarning))) throw e;
        const at = s.at;
        // (CPython's columns here are UTF-8 byte columns + 1, as the AST's.)
        throw new PySyntaxError('SyntaxError', s.msg, filename, at.lineno, at.col_offset + 1,
          programTextGetter(filename)(at.lineno), at.end_lineno ?? at.lineno, (at.end_col_offset ?? -1) + 1);
      }
    }
  };
}

/**
 * Source that fails to parse: the tokenizer's and parser's warnings met before the error (an
 * invalid escape sequence in a string before it) are still issued, once, as CPython's first
 * parser pass issues them before the error is raised. A warning the filters make an error
 * replaces the syntax error.
 */
export function emitParseWarningsBefore(error: PySyntaxError, filename: string): void {
  const parsed = parseWarnings.splice(0).filter((w) => w.lineno <= error.lineno);
  if (parsed.length === 0) return;
  const warnExplicit = getAttr(importFullName('warnings'), 'warn_explicit');
  for (const w of parsed) issueParseWarning(warnExplicit, w, filename);
}

/**
 * One tokenizer/parser warning through warnings.warn_explicit; a filter that makes it an error
 * raises the warning's SyntaxError instead. (No module given: warn_explicit derives it from the
 * filename, so the default filters ignore it even in the main script.)
 */
function issueParseWarning(warnExplicit: PyObject, w: (typeof parseWarnings)[number], filename: string): void {
  const category = E[w.category ?? 'DeprecationWarning'];
  try {
    call(warnExplicit, [w.msg, category, filename, BigInt(w.lineno)]);
  } catch (e) {
    if (!(e instanceof PyObj && typeOf(e).isSubtype(category))) throw e;
    throw w.error;
  }
}
