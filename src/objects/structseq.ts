// Struct sequences (CPython's PyStructSequence): tuple subclasses whose items are also named
// attributes, like sys.version_info, sys.float_info, time.struct_time.

import type { PyObject } from './object.js';
import { PyType } from './type.js';
import { PyTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { T } from './types.js';
import { E, newError } from './exception.js';
import { repr, typeError, getIter, iterNext } from './protocol.js';
import { bindArgs, signature } from '../builtins/args.js';
import { addGetSets } from './native.js';
import { defineNew } from './class-create.js';
import { copySlots } from './slots.js';
import { None } from './singletons.js';

/** The setter of a struct sequence's field. */
export function readonlyField(): never {
  throw newError(E.AttributeError, 'readonly attribute');
}

/**
 * A struct sequence type `module.name` with the given fields; calling it makes an instance
 * unless `creatable` is false (then "cannot create 'module.name' instances").
 */
export function makeStructSeqType(module: string, name: string, fields: readonly string[], creatable = true): PyType {
  const t = new PyType(T.type, `${module}.${name}`, [T.tuple], new PyDict()); // tp_name: sys.float_info
  t.mro = [t, ...T.tuple.mro];
  t.alloc = T.tuple.alloc;
  t.slots = copySlots(T.tuple.slots);
  t.finalType = true;
  t.dict.setStr('__module__', module);
  t.dict.setStr('__doc__', None); // its own, as PyType_Ready gives every type
  t.dict.setStr('n_sequence_fields', fields.length);
  t.dict.setStr('n_fields', fields.length);
  t.dict.setStr('n_unnamed_fields', 0);
  t.dict.setStr('__match_args__', new PyTuple(fields.slice()));
  const props: Parameters<typeof addGetSets>[1] = {};
  fields.forEach((f, i) => {
    // READONLY members in CPython: assigning or deleting one says "readonly attribute".
    props[f] = [(v) => (v as PyTuple).items[i], readonlyField];
  });
  addGetSets(t, props);
  t.slots.repr = (v) => {
    const items = (v as PyTuple).items;
    return `${module}.${name}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(', ')})`;
  };
  defineNew(t, (cls, args, kw) => {
    // sys.version_info and sys.flags have no tp_new in CPython.
    if (!creatable) typeError(`cannot create '${module}.${name}' instances`);
    // CPython's structseq_new(sequence, dict=None); the dict only names fields past the
    // sequence, and every field here is in the sequence.
    const [seq, dict] = bindArgs(signature('structseq', ['sequence', 'dict'], 0, 1), args, kw);
    if (dict !== undefined && !(dict instanceof PyDict)) typeError(`${module}.${name}() takes a dict as second arg, if any`);
    let it: PyObject;
    try {
      it = getIter(seq!);
    } catch {
      typeError('constructor requires a sequence');
    }
    const items: PyObject[] = [];
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) items.push(x);
    if (items.length !== fields.length) {
      typeError(`${module}.${name}() takes a ${fields.length}-sequence (${items.length}-sequence given)`);
    }
    return new PyTuple(items, cls);
  });
  return t;
}

/** An instance of a struct sequence type. */
export function structSeq(t: PyType, items: PyObject[]): PyTuple {
  return new PyTuple(items, t);
}
