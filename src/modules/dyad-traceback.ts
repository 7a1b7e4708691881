// `_dyad_traceback`: what the Python `traceback` module of lib/ needs from the runtime:
// tb_positions(tb) (the source span a traceback entry failed on), markers(line, ...) (the
// `~~^~~` line drawn under a source line for such a span, as traceback.py draws it).

import type { PyObject } from '../objects/object.js';
import { PyModule } from '../runtime/module.js';
import { nativeFunction, checkPositional } from '../objects/native.js';
import { markerLine } from '../runtime/traceback.js';
import { PyTraceback } from '../runtime/frame-object.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { asIntValue } from '../objects/int-type.js';

export function makeDyadTracebackModule(): PyModule {
  const mod = new PyModule('_dyad_traceback');
  const d = mod.dict;
  // (lineno, end_lineno, colno, end_colno) of what failed in a traceback entry's frame, or None.
  d.setStr('tb_positions', nativeFunction('tb_positions', (args: PyObject[], kw) => {
    const [tb] = checkPositional('tb_positions', args, kw, 1, 1);
    const pos = tb instanceof PyTraceback ? tb.entry.pos : null;
    if (!pos) return None;
    return new PyTuple([pos.lineno, pos.end_lineno, pos.col_offset, pos.end_col_offset]);
  }));
  // markers(line, lineno, end_lineno, colno, end_colno): the marker line (with its newline)
  // under source line `line` (as in the file, without its newline), or ''.
  d.setStr('markers', nativeFunction('markers', (args: PyObject[], kw) => {
    const [raw, line, endLine, col, endCol] = checkPositional('markers', args, kw, 5, 5);
    const nums = [line, endLine, col, endCol].map((v) => asIntValue(v));
    if (typeof raw !== 'string' || nums.some((n) => n === undefined)) return '';
    const [l, el, c, ec] = nums.map((n) => Number(n));
    return markerLine(raw, l, { lineno: l, end_lineno: el, col_offset: c, end_col_offset: ec }, true);
  }));
  return mod;
}
