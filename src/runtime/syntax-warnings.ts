// Emits the compiler's SyntaxWarnings (src/ast/syntax-warnings.ts) for source the program runs:
// the main script, its own modules, and compile()/exec()/eval() of text. As CPython's compiler
// does (PyErr_WarnExplicitObject), through the warnings module, so its filters and
// showwarning apply: `FILE:LINE: SyntaxWarning: message` and the source line on sys.stderr.

import type { mod } from '../ast/nodes.js';
import { findSyntaxWarnings } from '../ast/syntax-warnings.js';
import { E } from '../objects/exception.js';
import { call, getAttr } from '../objects/protocol.js';
import { importFullName } from './import.js';

/** Finds the warnings compiling `tree` gives; returns what emits them (after the compile). */
export function syntaxWarningsOf(tree: mod, filename: string): () => void {
  const sites = findSyntaxWarnings(tree);
  if (sites.length === 0) return () => {};
  return () => {
    const warnExplicit = getAttr(importFullName('warnings'), 'warn_explicit');
    for (const s of sites) call(warnExplicit, [s.msg, E.SyntaxWarning, filename, BigInt(s.lineno)]);
  };
}
