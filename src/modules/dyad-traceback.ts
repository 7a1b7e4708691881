// `_dyad_traceback`: the runtime's exception report (src/runtime/traceback.ts) for the Python
// `traceback` and `linecache` modules of lib/: format_exception(exc, chain),
// format_exception_only(exc) and getline(filename, lineno).

import type { PyObject } from '../objects/object.js';
import { PyModule } from '../runtime/module.js';
import { nativeFunction, checkPositional } from '../objects/native.js';
import { typeError, isTrue } from '../objects/protocol.js';
import { PyBaseException } from '../objects/exception.js';
import { formatException, formatExceptionOnly, formatTracebackEntries, markerLine, asTracebackModule } from '../runtime/traceback.js';
import { getLine, getRawLine } from '../runtime/linecache.js';
import { PyTraceback } from '../runtime/frame-object.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { asIntValue } from '../objects/int-type.js';

export function makeDyadTracebackModule(): PyModule {
  const mod = new PyModule('_dyad_traceback');
  const d = mod.dict;
  d.setStr('format_exception', nativeFunction('format_exception', (args: PyObject[], kw) => {
    const [exc, chain] = checkPositional('format_exception', args, kw, 1, 2);
    if (chain !== undefined && !isTrue(chain) && exc instanceof PyBaseException) {
      const tb = exc.traceback.length > 0 ? 'Traceback (most recent call last):\n' + formatTracebackEntries(exc.traceback) : '';
      return tb + asTracebackModule(() => formatExceptionOnly(exc));
    }
    return asTracebackModule(() => formatException(exc));
  }));
  d.setStr('format_exception_only', nativeFunction('format_exception_only', (args: PyObject[], kw) => {
    const exc = checkPositional('format_exception_only', args, kw, 1, 1)[0];
    return asTracebackModule(() => formatExceptionOnly(exc));
  }));
  d.setStr('getline', nativeFunction('getline', (args: PyObject[], kw) => {
    const [file, line] = checkPositional('getline', args, kw, 2, 2);
    const n = asIntValue(line);
    if (typeof file !== 'string' || n === undefined) typeError('getline(filename: str, lineno: int)');
    return getLine(file, Number(n)) ?? '';
  }));
  // (lineno, end_lineno, colno, end_colno) of what failed in a traceback entry's frame, or None.
  d.setStr('tb_positions', nativeFunction('tb_positions', (args: PyObject[], kw) => {
    const [tb] = checkPositional('tb_positions', args, kw, 1, 1);
    const pos = tb instanceof PyTraceback ? tb.entry.pos : null;
    if (!pos) return None;
    return new PyTuple([pos.lineno, pos.end_lineno, pos.col_offset, pos.end_col_offset]);
  }));
  // The `~~^~~` marker line (with its newline) for line `lineno` of a file, or ''.
  d.setStr('markers', nativeFunction('markers', (args: PyObject[], kw) => {
    const [file, line, endLine, col, endCol] = checkPositional('markers', args, kw, 5, 5);
    const nums = [line, endLine, col, endCol].map((v) => asIntValue(v));
    if (typeof file !== 'string' || nums.some((n) => n === undefined)) return '';
    const [l, el, c, ec] = nums.map((n) => Number(n));
    const raw = getRawLine(file, l);
    if (raw === null) return '';
    return markerLine(raw, l, { lineno: l, end_lineno: el, col_offset: c, end_col_offset: ec }, true);
  }));
  return mod;
}
