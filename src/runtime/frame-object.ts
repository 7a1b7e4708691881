// Python-visible frame and traceback objects (types `frame` and `traceback`): views of a
// backend's FrameAccess and of an exception's traceback entries, made on demand. One frame
// object per frame (so `tb.tb_frame is tb2.tb_frame` holds), one traceback object per entry
// (so `e.__traceback__ is sys.exc_info()[2]` holds).

import { PyObj, type PyObject } from '../objects/object.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, E, newError, type TracebackEntry } from '../objects/exception.js';
import { setTracebackObjectHook } from '../objects/exception-types.js';
import { addGetSets, addMethods, readonlyMember } from '../objects/native.js';
import { PyList } from '../objects/tuple.js';
import { typeError, typeName } from '../objects/protocol.js';
import { addressOf } from '../objects/identity.js';
import type { FrameAccess } from './frame-access.js';

export class PyFrameObject extends PyObj {
  /** f_trace, f_trace_lines, f_trace_opcodes: kept (Dyad does not trace lines or opcodes). */
  trace: PyObject = None;
  traceLines = true;
  traceOpcodes = false;
  constructor(readonly frame: FrameAccess) {
    super(T.frame, null);
  }
}

export class PyTraceback extends PyObj {
  /** tb_next was assigned: the chain goes on from here as the program made it. */
  nextAssigned = false;
  constructor(readonly entry: TracebackEntry, public next: PyObject) {
    super(T.traceback, null);
  }
}

const frameObjects = new WeakMap<FrameAccess, PyFrameObject>();

/** The frame object of a backend frame. */
export function frameObject(fa: FrameAccess): PyFrameObject {
  let fo = frameObjects.get(fa);
  if (fo === undefined) {
    // f_back can reach every caller: none of them may be reused for another call (FrameAccess.escaped).
    for (let x: FrameAccess | null = fa; x !== null && x.escaped === false; x = x.back) x.escaped = true;
    fo = new PyFrameObject(fa);
    frameObjects.set(fa, fo);
  }
  return fo;
}

const tbObjects = new WeakMap<TracebackEntry, PyTraceback>();

/** exc.__traceback__: the chain of traceback objects, outermost frame first, or None. */
export function tracebackOf(e: PyBaseException): PyObject {
  const entries = e.traceback;
  let next: PyObject = None;
  for (let i = 0; i < entries.length; i++) {
    let tb = tbObjects.get(entries[i]);
    if (tb !== undefined && tb.nextAssigned) {
      next = tb;
      continue;
    }
    if (tb === undefined || tb.next !== next) {
      tb = new PyTraceback(entries[i], next);
      tbObjects.set(entries[i], tb);
    }
    next = tb;
  }
  return next;
}

/** exc.with_traceback(tb) / exc.__traceback__ = tb: the entries a traceback chain stands for. */
export function entriesOf(tb: PyObject): TracebackEntry[] {
  if (tb === None) return [];
  if (!(tb instanceof PyTraceback)) typeError('__traceback__ must be a traceback or None');
  const out: TracebackEntry[] = [];
  for (let t: PyObject = tb; t instanceof PyTraceback; t = t.next) out.push(t.entry);
  return out.reverse();
}

export function installFrameObjects(): void {
  setTracebackObjectHook(tracebackOf, entriesOf);
  const fa = (v: PyObject) => (v as PyFrameObject).frame;
  addGetSets(T.frame, {
    f_code: [(v) => (fa(v) as { code?: PyObject }).code ?? None],
    f_lineno: [(v) => fa(v).lineno()],
    f_locals: [(v) => fa(v).localsMapping()],
    f_globals: [(v) => fa(v).globalsDict()],
    f_builtins: [(v) => fa(v).builtinsDict()],
    f_trace: [(v) => (v as PyFrameObject).trace, (v, x) => { (v as PyFrameObject).trace = x ?? None; }],
    f_trace_lines: [(v) => (v as PyFrameObject).traceLines, (v, x) => {
      if (typeof x !== 'boolean') typeError('attribute value type must be bool');
      (v as PyFrameObject).traceLines = x;
    }],
    f_trace_opcodes: [(v) => (v as PyFrameObject).traceOpcodes, (v, x) => {
      if (typeof x !== 'boolean') typeError('attribute value type must be bool');
      (v as PyFrameObject).traceOpcodes = x;
    }],
    // (No bytecode offset CPython's would match: -1, as for a frame not started.)
    f_lasti: [() => -1],
    f_back: [(v) => {
      const b = fa(v).back;
      return b === null ? None : frameObject(b);
    }],
  });
  T.frame.slots.repr = (v) => `<frame at ${addressOf(v)}, file '${fa(v).filename}', line ${fa(v).lineno()}, code ${fa(v).name}>`;
  const tb = (v: PyObject) => v as PyTraceback;
  // tb_dir: dir(traceback) lists only its four attributes.
  addMethods(T.traceback, {
    __dir__: () => new PyList(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno']),
  });
  addGetSets(T.traceback, {
    tb_frame: [(v) => {
      const f = tb(v).entry.frame;
      return f === undefined ? None : frameObject(f as FrameAccess);
    }, readonlyMember],
    tb_lineno: [(v) => tb(v).entry.lineno],
    tb_lasti: [() => -1, readonlyMember],
    tb_next: [(v) => tb(v).next, (v, x) => {
      if (x === null) typeError("can't delete tb_next attribute");
      if (x !== None && !(x instanceof PyTraceback)) typeError(`expected traceback object, got '${typeName(x)}'`);
      // (CPython refuses a loop: "traceback loop detected".)
      for (let t: PyObject = x; t instanceof PyTraceback; t = t.next) if (t === v) throw newError(E.ValueError, 'traceback loop detected');
      tb(v).next = x;
      tb(v).nextAssigned = true;
    }],
  });
}
