// Front-end errors (PySyntaxError, a JS class) as Python SyntaxError objects, and the way an
// uncaught SyntaxError object is printed (file, line, the source line, carets).

import type { PyObject } from '../objects/object.js';
import { PyBaseException, E, newException } from '../objects/exception.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { setExcField, getExcField } from '../objects/exception-types.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { CompileRecursionError } from '../symtable/index.js';
import { setSyntaxErrorFormatter } from './traceback.js';
import { formatSyntaxError } from '../syntax-error-report.js';
import { str, typeOf } from '../objects/protocol.js';

/** Converts front-end errors thrown as JS exceptions into Python exception objects. */
export function toPythonError(e: unknown): unknown {
  if (e instanceof PySyntaxError) {
    if (e.noLocation) return newException(E[e.type], [e.msg]);
    const info = new PyTuple([e.filename, e.lineno, e.offset, e.text ?? None, e.end_lineno ?? None, e.end_offset ?? None]);
    const exc = newException(E[e.type], e.locationAsAttributes ? [e.msg] : [e.msg, info]);
    setExcField(exc, 'msg', e.msg);
    setExcField(exc, 'filename', e.filename);
    setExcField(exc, 'lineno', e.lineno);
    setExcField(exc, 'offset', e.offset);
    setExcField(exc, 'text', e.text ?? None);
    setExcField(exc, 'end_lineno', e.end_lineno ?? None);
    setExcField(exc, 'end_offset', e.end_offset ?? None);
    return exc;
  }
  if (e instanceof CompileRecursionError) {
    return newException(E.RecursionError, ['maximum recursion depth exceeded during compilation']);
  }
  return e;
}

function num(v: PyObject | undefined): number {
  return typeof v === 'number' ? v : 0;
}

setSyntaxErrorFormatter((exc: PyBaseException, name: string, msg: string, pyModule: boolean) => {
  const m = getExcField(exc, 'msg');
  const filename = getExcField(exc, 'filename');
  const lineno = getExcField(exc, 'lineno');
  const text = getExcField(exc, 'text');
  const endLineno = getExcField(exc, 'end_lineno');
  const t = typeOf(exc);
  const pe = new PySyntaxError(
    t.isSubtype(E.TabError) ? 'TabError' : t.isSubtype(E.IndentationError) ? 'IndentationError' : 'SyntaxError',
    m !== undefined && m !== None ? str(m) : msg,
    typeof filename === 'string' ? filename : '<string>',
    num(lineno),
    num(getExcField(exc, 'offset')),
    typeof text === 'string' ? text : null,
    typeof endLineno === 'number' ? endLineno : null,
    num(getExcField(exc, 'end_offset')) || null,
  );
  const out = formatSyntaxError(pe, pyModule);
  // formatSyntaxError ends with "<type>: msg"; use the real class name (and no file suffix).
  return out.slice(0, out.lastIndexOf(`${pe.type}: ${pe.msg}`)) + `${name}: ${pe.msg}\n`;
});
