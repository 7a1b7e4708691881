// `_dyad_traceback`: the runtime's exception report (src/runtime/traceback.ts) for the Python
// `traceback` and `linecache` modules of lib/: format_exception(exc, chain),
// format_exception_only(exc) and getline(filename, lineno).

import type { PyObject } from '../objects/object.js';
import { PyModule } from '../runtime/module.js';
import { nativeFunction, checkPositional } from '../objects/native.js';
import { typeError, isTrue } from '../objects/protocol.js';
import { PyBaseException } from '../objects/exception.js';
import { formatException, formatExceptionOnly, formatTracebackEntries } from '../runtime/traceback.js';
import { getLine } from '../runtime/linecache.js';
import { asIntValue } from '../objects/int-type.js';

export function makeDyadTracebackModule(): PyModule {
  const mod = new PyModule('_dyad_traceback');
  const d = mod.dict;
  d.setStr('format_exception', nativeFunction('format_exception', (args: PyObject[], kw) => {
    const [exc, chain] = checkPositional('format_exception', args, kw, 1, 2);
    if (chain !== undefined && !isTrue(chain) && exc instanceof PyBaseException) {
      const tb = exc.traceback.length > 0 ? 'Traceback (most recent call last):\n' + formatTracebackEntries(exc.traceback) : '';
      return tb + formatExceptionOnly(exc);
    }
    return formatException(exc);
  }));
  d.setStr('format_exception_only', nativeFunction('format_exception_only', (args: PyObject[], kw) => {
    return formatExceptionOnly(checkPositional('format_exception_only', args, kw, 1, 1)[0]);
  }));
  d.setStr('getline', nativeFunction('getline', (args: PyObject[], kw) => {
    const [file, line] = checkPositional('getline', args, kw, 2, 2);
    const n = asIntValue(line);
    if (typeof file !== 'string' || n === undefined) typeError('getline(filename: str, lineno: int)');
    return getLine(file, Number(n)) ?? '';
  }));
  return mod;
}
