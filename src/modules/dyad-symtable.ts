// `_dyad_symtable`: the compiler's symbol table for lib/symtable.py.
// table(source, filename, mode) parses source and returns the module's scope as nested tuples
// (type, name, lineno, nested, symbols, children): type 'module', 'function' or 'class'; symbols
// a list of (name, flags | scope << 11) in CPython's insertion order, as _symtable reports them.

import type { PyObject } from '../objects/object.js';
import { PyModule } from '../runtime/module.js';
import { nativeFunction, checkPositional } from '../objects/native.js';
import { typeError } from '../objects/protocol.js';
import { E, newError } from '../objects/exception.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { strValue } from '../objects/str.js';
import { parse } from '../../grammar/index.js';
import { buildSymtable, type Scope } from '../symtable/index.js';
import { toPythonError } from '../runtime/syntax-errors.js';
import { fsPath } from '../builtins/io.js';
import { sourceText } from '../builtins/dynamic.js';

/** CPython's SCOPE_OFF: a symbol's resolved scope sits above its DEF_* flags. */
const SCOPE_OFF = 11;

function scopeTuple(s: Scope): PyTuple {
  const symbols: PyObject[] = [];
  for (const [name, sym] of s.symbols) symbols.push(new PyTuple([name, sym.flags | (sym.scope << SCOPE_OFF)]));
  return new PyTuple([s.type, s.name, s.lineno, s.isNested, new PyList(symbols), new PyList(s.children.map(scopeTuple))]);
}

export function makeDyadSymtableModule(): PyModule {
  const mod = new PyModule('_dyad_symtable');
  mod.dict.setStr('table', nativeFunction('table', (args, kw) => {
    const [source, filenameArg, modeArg] = checkPositional('table', args, kw, 3, 3);
    const filename = fsPath(filenameArg);
    const mode = strValue(modeArg);
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
      throw newError(E.ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
    }
    const text = sourceText(source, filename);
    if (text === null) typeError('symtable() arg 1 must be a string or bytes object');
    try {
      return scopeTuple(buildSymtable(parse(text, filename, mode, true), filename));
    } catch (e) {
      throw toPythonError(e);
    }
  }));
  return mod;
}
