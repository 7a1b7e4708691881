// Creates the builtin type objects and ties the knots (type(type) is type, type(object) is type,
// dict's own type is dict). Everything else registers its slots on these objects afterwards.
// Call `bootstrapTypes()` once per process before anything else touches the object model.

import { PyObj, type PyObject } from './object.js';
import { PyType, setTypeType, c3Mro } from './type.js';
import { PyDict, setDictType, newSharedDict } from './dict.js';
import { T } from './types.js';
import { E, PyBaseException } from './exception.js';
import { initSingletons } from './singletons.js';
import { initEmptyTuple } from './tuple.js';
import { genericGetAttr, genericSetAttr, typeGetAttr, typeSetAttr } from './generic-attr.js';
import { copySlots } from './slots.js';

let done = false;

function makeType(name: string, base: PyType | null, extra: PyType[] = []): PyType {
  const bases = base ? [base, ...extra] : [];
  const t = new PyType(T.type ?? null, name, bases, new PyDict());
  t.mro = base ? c3Mro(t)! : [t];
  t.isExactBuiltin = true;
  if (base) {
    t.alloc = base.alloc;
    t.slots = copySlots(base.slots);
  }
  T[name] = t;
  return t;
}

/** The builtin exception hierarchy of CPython 3.11 (name, base), in the order CPython readies
 *  the types (so __subclasses__() lists siblings alike). */
const EXCEPTIONS: [string, string][] = [
  ['BaseException', ''], ['BaseExceptionGroup', 'BaseException'], ['Exception', 'BaseException'],
  ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['SystemExit', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'], ['EOFError', 'Exception'],
  ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'], ['KeyError', 'LookupError'], ['MemoryError', 'Exception'],
  ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'], ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'], ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'], ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'], ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'], ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'], ['SystemError', 'Exception'],
  ['TypeError', 'Exception'], ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'], ['Warning', 'Exception'], ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'], ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'], ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  // (Made after the static types, as CPython's _PyExc_InitState does: last among the
  // subclasses of Exception and of BaseExceptionGroup.)
  ['ExceptionGroup', 'BaseExceptionGroup'],
];

export function bootstrapTypes(): void {
  if (done) return;
  done = true;
  // object and type first, by hand: their dicts need `dict`, which needs them.
  const objectType = new PyType(null, 'object', [], new PyDict());
  const typeType = new PyType(null, 'type', [objectType], new PyDict());
  setTypeType(typeType);
  objectType.cls = typeType;
  objectType.mro = [objectType];
  typeType.mro = [typeType, objectType];
  objectType.isExactBuiltin = typeType.isExactBuiltin = true;
  T.object = objectType;
  T.type = typeType;
  objectType.alloc = (cls) => new PyObj(cls, cls.hasInstanceDict ? newSharedDict() : null);
  objectType.slots.getattro = genericGetAttr;
  objectType.slots.setattro = genericSetAttr;
  typeType.slots = Object.assign(copySlots(objectType.slots), { getattro: typeGetAttr, setattro: typeSetAttr });

  const dictType = makeType('dict', objectType);
  setDictType(dictType);
  for (const d of [objectType.dict, typeType.dict, dictType.dict]) d.cls = dictType;
  dictType.alloc = (cls) => new PyDict(cls);

  makeType('NoneType', objectType);
  makeType('NotImplementedType', objectType);
  makeType('ellipsis', objectType);
  initSingletons(T.NoneType, T.NotImplementedType, T.ellipsis);
  makeType('int', objectType);
  makeType('bool', T.int);
  makeType('float', objectType);
  makeType('complex', objectType);
  makeType('str', objectType);
  makeType('bytes', objectType);
  makeType('bytearray', objectType);
  makeType('tuple', objectType);
  makeType('list', objectType);
  initEmptyTuple();
  makeType('set', objectType);
  makeType('frozenset', objectType);
  for (const n of ['range', 'slice', 'function', 'builtin_function_or_method', 'method', 'cell', 'module',
    'property', 'staticmethod', 'classmethod', 'super', 'code', 'generator', 'coroutine', 'method_descriptor',
    'classmethod_descriptor', 'getset_descriptor', 'member_descriptor', 'wrapper_descriptor', 'mappingproxy',
    'async_generator', 'traceback', 'frame']) {
    makeType(n, objectType);
  }
  T.builtin_function = T.builtin_function_or_method;
  // A slot wrapper bound to an instance ((1).__add__, object().__init__).
  T.method_wrapper = makeType('method-wrapper', objectType);

  const NO_ARGS: PyObject[] = [];
  for (const [name, base] of EXCEPTIONS) {
    const t = makeType(name, base ? E[base] : objectType, name === 'ExceptionGroup' ? [E.Exception] : []);
    t.hasInstanceDict = true;
    if (!base) {
      // An instance of a built-in exception type gets its __dict__ when first needed
      // (genericSetAttr, the __dict__ getset, add_note): most KeyErrors, StopIterations and
      // ZeroDivisionErrors never have one, and the dict was a third of what a raise allocated
      // (exceptions.py). Instances of Python subclasses get it at once, as other instances do:
      // their __init__ usually stores attributes, on the specialised instance-dict paths.
      t.alloc = (cls) => {
        const e = new PyBaseException(cls, NO_ARGS);
        if (cls.isHeapType) e.dict = newSharedDict();
        return e;
      };
    }
    E[name] = t;
  }
}
