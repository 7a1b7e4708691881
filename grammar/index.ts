// The front end's entry point: source text → AST (src/ast/nodes.ts), or a PySyntaxError.
//
//   parse(source, filename, mode)   mode 'exec' → Module, 'eval' → Expression, 'single' → Interactive
//
// One PythonParser is built lazily (Chevrotain's self-analysis is expensive) and reused: each
// parse hands it a new token vector. Every failure leaves as a PySyntaxError with CPython's
// type, message and position; Chevrotain's recognition exceptions never escape.

import type { mod } from '../src/ast/nodes.js';
import { tokenize, normalizeSource } from './tokenizer.js';
import { PythonParser } from './statements.js';

export type ParseMode = 'exec' | 'eval' | 'single';

let parser: PythonParser | null = null;

/** The shared parser instance (built on first use). */
export function getParser(): PythonParser {
  return (parser ??= new PythonParser());
}

export function parse(source: string, filename = '<unknown>', mode: ParseMode = 'exec'): mod {
  const toks = tokenize(source, { filename, deferErrors: true });
  const p = getParser();
  p.filename = filename;
  p.source = normalizeSource(source, filename);
  p.input = toks;
  try {
    const tree = mode === 'exec' ? p.file_input() : mode === 'eval' ? p.eval_input() : p.interactive();
    const errs = p.errors;
    if (errs.length > 0) throw p.recognitionError(errs[0]);
    return tree;
  } finally {
    // Do not keep the tokens (and the source) of the last file alive.
    p.input = [];
    p.source = '';
  }
}
