// `from __future__ import ...` at the top of a module: which features it turns on, and the
// errors CPython's future.c raises before the symbol table is built ("not a chance", unknown
// features, a future import after another statement on the same line).

import type { mod, stmt } from '../ast/nodes.js';
import { PySyntaxError } from '../../grammar/errors.js';

/** Feature bits, as CPython's CO_FUTURE_* code flags. */
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** The CO_FUTURE_* bits (CPython's PyCF_MASK): copied into co_flags, inherited by compile()/exec()/eval(). */
export const PYCF_MASK = 0x1fe0000;

const FEATURES: Record<string, number> = {
  nested_scopes: 0,
  generators: 0,
  division: CO_FUTURE_DIVISION,
  absolute_import: CO_FUTURE_ABSOLUTE_IMPORT,
  with_statement: CO_FUTURE_WITH_STATEMENT,
  print_function: CO_FUTURE_PRINT_FUNCTION,
  unicode_literals: CO_FUTURE_UNICODE_LITERALS,
  barry_as_FLUFL: CO_FUTURE_BARRY_AS_BDFL,
  generator_stop: CO_FUTURE_GENERATOR_STOP,
  annotations: CO_FUTURE_ANNOTATIONS,
};

export interface FutureFeatures {
  /** OR of the CO_FUTURE_* bits turned on. */
  flags: number;
  /** Line of the last future statement, 0 if none (CPython's ff_lineno, used by the compiler). */
  lineno: number;
}

function isDocstring(s: stmt): boolean {
  return s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
}

/** Collects the future features of a module; throws PySyntaxError as CPython's future.c does. */
export function futureFeatures(tree: mod, filename: string, sourceLine: (lineno: number) => string | null): FutureFeatures {
  const ff: FutureFeatures = { flags: 0, lineno: 0 };
  if (tree._type !== 'Module' && tree._type !== 'Interactive') return ff;
  const body = tree.body;
  let i = body.length > 0 && isDocstring(body[0]) ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        throw new PySyntaxError('SyntaxError', 'from __future__ imports must occur at the beginning of the file',
          filename, s.lineno, s.col_offset, sourceLine(s.lineno), s.lineno, null);
      }
      for (const alias of s.names) {
                if (!Object.prototype.hasOwnProperty.call(FEATURES, alias.name)) {
          const msg = alias.name === 'braces' ? 'not a chance' : `future feature ${alias.name} is not defined`;
          throw new PySyntaxError('SyntaxError', msg, filename, s.lineno, s.col_offset + 1, sourceLine(s.lineno), s.lineno, null)
            .fromSymtable();
        }
        ff.flags |= FEATURES[alias.name];
      }
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}
