// Loading, storing and deleting a name by its Binding: the tree-walker's *_FAST, *_DEREF,
// LOAD_CLASSDEREF, *_GLOBAL and *_NAME, with CPython's errors (semantics.md §3).

import { droppedByDel, rebound, mayHoldFinalizable, paramSlots } from '../../src/runtime/early-finalize.js';
import { finalizers } from '../../src/objects/finalizers.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { E, PyBaseException, newException } from '../../src/objects/exception.js';
import { typeOf, setItem } from '../../src/objects/protocol.js';
import { setExcField } from '../../src/objects/exception-types.js';
import { Acc, type Binding } from './code.js';
import { mappingGet, type Frame } from './frame.js';

export function nameError(name: string): never {
  const e = newException(E.NameError, [`name '${name}' is not defined`]);
  setExcField(e, 'name', name);
  throw e;
}

export function unboundLocal(name: string): never {
  const e = newException(E.UnboundLocalError, [`cannot access local variable '${name}' where it is not associated with a value`]);
  throw e;  // CPython leaves .name None on UnboundLocalError
}

function unboundFree(name: string): never {
  const e = newException(E.NameError, [`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`]);
  setExcField(e, 'name', name);
  throw e;
}

/** LOAD_GLOBAL: the function's globals, then its builtins. */
export function loadGlobal(name: string, f: Frame): PyObject {
  const v = f.globals.getStr(name);
  if (v !== undefined) return v;
  const bd = f.builtins;
  const b = bd.cls.isExactBuiltin ? bd.getStr(name) : mappingGet(bd, name);
  if (b !== undefined) return b;
  return nameError(name);
}

/** LOAD_GLOBAL when globals or builtins is a dict subclass: both through __getitem__ (and __missing__), uncached, as CPython. */
function loadGlobalMapping(name: string, g: PyDict, bd: PyDict): PyObject {
  const v = mappingGet(g, name);
  if (v !== undefined) return v;
  const b = mappingGet(bd, name);
  return b !== undefined ? b : nameError(name);
}

/** LOAD_GLOBAL (or a module-level LOAD_NAME: `first` is then the module namespace), refilling b's cache. */
function loadGlobalCaching(b: Binding, first: PyDict, builtins: PyDict): PyObject {
  const name = b.name;
  if (!first.cls.isExactBuiltin || !builtins.cls.isExactBuiltin) return loadGlobalMapping(name, first, builtins);
  const i = first.fast.get(name);
  if (i !== undefined) {
    b.v1 = first.keysVersion;
    b.v2 = 0;
    b.ci = i;
    return first.values[i];
  }
  if (first.mixedEquality) {
    const v = first.getStr(name);
    if (v !== undefined) return v;
  }
  const j = builtins.fast.get(name);
  if (j !== undefined) {
    b.v1 = first.keysVersion;
    b.v2 = builtins.keysVersion;
    b.ci = j;
    return builtins.values[j];
  }
  const v = builtins.getStr(name);
  return v !== undefined ? v : nameError(name);
}

/** Stores into a module namespace or globals dict through b's cache. */
function storeGlobalCaching(b: Binding, d: PyDict, v: PyObject): void {
  if (d.keysVersion === b.v1 && b.v2 === 0) {
    d.values[b.ci] = v;
    return;
  }
  d.setStr(b.name, v);
  // (Not for a dict subclass: its loads go through __getitem__ every time, loadGlobalMapping,
  // and the cache the loads share must stay empty.)
  const i = d.cls.isExactBuiltin ? d.fast.get(b.name) : undefined;
  if (i !== undefined) {
    b.v1 = d.keysVersion;
    b.v2 = 0;
    b.ci = i;
  }
}

/** A global Binding's cache hit (globals, or builtins when v2 is set; both keys-versions checked), else undefined. */
export function cachedGlobal(b: Binding, f: Frame): PyObject | undefined {
  const g = f.globals;
  if (g.keysVersion === b.v1) {
    if (b.v2 === 0) return g.values[b.ci];
    const bd = f.builtins;
    if (bd.keysVersion === b.v2) return bd.values[b.ci];
  }
  return undefined;
}

export function loadName(b: Binding, f: Frame): PyObject {
  switch (b.acc) {
    case Acc.FAST: {
      const v = f.fast[b.slot];
      return v !== undefined ? v : unboundLocal(b.name);
    }
    case Acc.DEREF: {
      const v = f.cells[b.slot].value;
      if (v !== undefined) return v;
      return b.ownCell ? unboundLocal(b.name) : unboundFree(b.name);
    }
    case Acc.GLOBAL: {
      const v = cachedGlobal(b, f);
      return v !== undefined ? v : loadGlobalCaching(b, f.globals, f.builtins);
    }
    case Acc.NAME: {
      const l = f.locals;
      if (l === f.globals) {
        const g = f.globals;
        if (g.keysVersion === b.v1) {
          if (b.v2 === 0) return g.values[b.ci];
          const bd = f.builtins;
          if (bd.keysVersion === b.v2) return bd.values[b.ci];
        }
        if (g.cls.isExactBuiltin) return loadGlobalCaching(b, g, f.builtins);
      }
      if (l !== null) {
        const v = l instanceof PyDict && l.cls.isExactBuiltin ? l.getStr(b.name) : mappingGet(l, b.name);
        if (v !== undefined) return v;
      }
      return loadGlobal(b.name, f);
    }
    case Acc.CLASSDEREF: {
      const l = f.locals;
      if (l !== null) {
        const v = mappingGet(l, b.name);
        if (v !== undefined) return v;
      }
      const v = f.cells[b.slot].value;
      return v !== undefined ? v : unboundFree(b.name);
    }
  }
}

/**
 * Fast local `slot` was rebound from `old`, once early finalization is on: it may have held the
 * old value's last reference (early-finalize.ts). A parameter's only when the caller let go of
 * the arguments (Frame.argsMoved): a native caller may still hold them.
 */
export function fastRebound(f: Frame, slot: number, old: PyObject | undefined): void {
  if ((slot >= paramSlots(f.code) || f.argsMoved) && mayHoldFinalizable(old)) rebound(old!);
}

/** The same for a cell (a parameter's: TWCode.paramCells). */
function cellRebound(f: Frame, cell: number, old: PyObject | undefined): void {
  if (!mayHoldFinalizable(old)) return;
  if (!f.argsMoved) for (const p of f.code.paramCells) if (p[0] === cell) return;
  rebound(old!);
}

/** An assignment to fast local `slot`; once early finalization is on, the old value may die. */
export function storeFast(f: Frame, slot: number, v: PyObject): void {
  if (finalizers.on) {
    const old = f.fast[slot];
    f.fast[slot] = v;
    fastRebound(f, slot, old);
  } else f.fast[slot] = v;
}

export function storeName(b: Binding, f: Frame, v: PyObject): void {
  switch (b.acc) {
    case Acc.FAST:
      storeFast(f, b.slot, v);
      return;
    case Acc.DEREF:
    case Acc.CLASSDEREF: {
      const c = f.cells[b.slot];
      const old = c.value;
      c.value = v;
      if (finalizers.on) cellRebound(f, b.slot, old);
      return;
    }
    case Acc.GLOBAL: {
      const old = finalizers.on ? f.globals.getStr(b.name) : undefined;
      storeGlobalCaching(b, f.globals, v);
      if (old !== undefined) rebound(old);
      return;
    }
    case Acc.NAME: {
      const l = f.locals!;
      const old = finalizers.on && l instanceof PyDict ? l.getStr(b.name) : undefined;
      if (l === f.globals && f.globals.cls.isExactBuiltin) storeGlobalCaching(b, f.globals, v);
      else if (l instanceof PyDict && l.cls.isExactBuiltin) l.setStr(b.name, v);
      else setItem(l, b.name, v);
      if (old !== undefined) rebound(old);
      return;
    }
  }
}

export function deleteName(b: Binding, f: Frame): void {
  switch (b.acc) {
    case Acc.FAST: {
      const old = f.fast[b.slot];
      if (old === undefined) unboundLocal(b.name);
      f.fast[b.slot] = undefined;
      droppedByDel(old);
      return;
    }
    case Acc.DEREF:
    case Acc.CLASSDEREF: {
      const c = f.cells[b.slot];
      const old = c.value;
      if (old === undefined) {
        if (b.ownCell) unboundLocal(b.name);
        unboundFree(b.name);
      }
      c.value = undefined;
      droppedByDel(old);
      return;
    }
    case Acc.GLOBAL: {
      const old = f.globals.delete(b.name);
      if (old === undefined) nameError(b.name);
      droppedByDel(old);
      return;
    }
    case Acc.NAME: {
      const l = f.locals!;
      if (l instanceof PyDict && l.cls.isExactBuiltin) {
        const old = l.delete(b.name);
        if (old === undefined) nameError(b.name);
        droppedByDel(old);
        return;
      }
      // DELETE_NAME replaces whatever the mapping's __delitem__ raised with the NameError
      // (ceval.c's format_exc_check_arg), unlike DELETE_GLOBAL, which converts only KeyError.
      try {
        setItem(l, b.name, null);
      } catch (e) {
        if (e instanceof PyBaseException) nameError(b.name);
        throw e;
      }
      return;
    }
  }
}
