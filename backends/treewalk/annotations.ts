// SETUP_ANNOTATIONS for the tree-walker: a module or class body that contains an annotated
// assignment (at any statement nesting, not inside nested functions or classes) gets an empty
// __annotations__ dict before its first statement runs, as CPython's compiler arranges; and the
// value an annotation stores.

import type { stmt, expr } from '../../src/ast/nodes.js';
import type { Frame } from './frame.js';
import { evalExpr } from './eval.js';
import type { PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { getItem, setItem, typeOf } from '../../src/objects/protocol.js';
import { PyBaseException, E } from '../../src/objects/exception.js';
import { findAnnotations } from '../../src/ast/find-annotations.js';

const cache = new WeakMap<stmt[], boolean>();

/** Creates __annotations__ in `locals` when `body` has annotations and it is missing. */
export function setupAnnotations(body: stmt[], locals: PyObject): void {
  let has = cache.get(body);
  if (has === undefined) {
    has = findAnnotations(body);
    cache.set(body, has);
  }
  if (!has) return;
  // SETUP_ANNOTATIONS: an exact dict directly; any other mapping (a dict subclass from
  // __prepare__ too) through its __getitem__ / __setitem__.
  if (locals instanceof PyDict && locals.cls.isExactBuiltin) {
    if (locals.getStr('__annotations__') === undefined) locals.setStr('__annotations__', new PyDict());
    return;
  }
  try {
    getItem(locals, '__annotations__');
  } catch (e) {
    if (!(e instanceof PyBaseException && typeOf(e).isSubtype(E.KeyError))) throw e;
    setItem(locals, '__annotations__', new PyDict());
  }
}

/** An annotation's value: its source text under `from __future__ import annotations` (set by the resolver), else evaluated. */
export function annotationValue(e: expr, f: Frame): PyObject {
  const text = (e as unknown as { fu?: string }).fu;
  return text !== undefined ? text : evalExpr(e, f);
}
