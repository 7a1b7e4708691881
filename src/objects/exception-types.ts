// Behaviour of the builtin exception types (CPython's Objects/exceptions.c): args, str/repr,
// chaining attributes, and the per-type extras (KeyError's str, StopIteration.value,
// SystemExit.code, OSError fields, SyntaxError fields, ExceptionGroup).

import type { PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { PyTuple, PyList } from './tuple.js';
import { PyBaseException, E, newError, setExcFieldInit, type TracebackEntry } from './exception.js';
import { None } from './singletons.js';
import { typeOf, typeName, typeError, repr, str, getIter, iterNext, call, getAttr, getAttrOrUndefined, setAttr, isTrue } from './protocol.js';
import { PyType as PyTypeClass } from './type.js';
import { addMethods, addGetSets, checkPositional, readonlyMember, PyMethodDescriptor } from './native.js';
import { defineNew, ownNativeNew } from './class-create.js';
import { PyDict, newSharedDict } from './dict.js';
import { strValue, indexOrError, ssizeArg } from './str.js';
import { bytesLikeData, newBytes } from './bytes.js';

const exc = (v: PyObject) => v as PyBaseException;

function argsInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0) typeError(`${typeName(self)}() takes no keyword arguments`);
  // type.__call__ runs __new__ (which stored these args) then __init__ with the same ones:
  // keep that tuple rather than allocate an equal one.
  const cur = exc(self).args.items;
  if (cur.length === args.length) {
    let same = true;
    for (let i = 0; i < args.length; i++) {
      if (cur[i] !== args[i]) {
        same = false;
        break;
      }
    }
    if (same) return;
  }
  exc(self).args = new PyTuple(args.slice());
}

/** Attribute slots stored on the exception's __dict__ under a private key. */
function field(name: string, dflt: () => PyObject = () => None): [(v: PyObject) => PyObject, (v: PyObject, x: PyObject | null) => void] {
  return [
    (v) => getExcField(v, name) ?? dflt(),
    (v, x) => {
      if (x === null) exc(v).fields?.delete(name);
      else setExcField(v, name, x);
    },
  ];
}

export function setExcField(e: PyObject, name: string, value: PyObject): void {
  (exc(e).fields ??= new Map()).set(name, value);
}
export function getExcField(e: PyObject, name: string): PyObject | undefined {
  return exc(e).fields?.get(name);
}

export function installExceptionTypes(): void {
  const B = E.BaseException;
  defineNew(B, (cls, args, kwnames) => {
    const e = cls.alloc!(cls) as PyBaseException;
    // BaseException_new: args are the positional arguments (keywords go to __init__ alone).
    e.args = new PyTuple(args.slice(0, args.length - (kwnames === null ? 0 : kwnames.length)));
    return e;
  });
  addMethods(B, {
    __init__: (self, args, kw) => {
      argsInit(self, args, kw);
      return None;
    },
    with_traceback: (self, args) => {
      checkPositional('BaseException.with_traceback', args, null, 1, 1);
      exc(self).traceback = tracebackEntries(args[0]);
      return self;
    },
    add_note: (self, args) => {
      checkPositional('BaseException.add_note', args, null, 1, 1);
      if (strValue(args[0]) === undefined) typeError(`note must be a str, not '${typeName(args[0])}'`);
      // Through the attribute protocol, as CPython's (a class's __getattr__ / __setattr__ see it).
      let notes = getAttrOrUndefined(self, '__notes__');
      if (notes === undefined) {
        notes = new PyList([]);
        setAttr(self, '__notes__', notes);
      }
      if (!(notes instanceof PyList)) typeError('Cannot add note: __notes__ is not a list');
      notes.items.push(args[0]);
      return None;
    },
    // BaseException_reduce: (type, args), plus the instance dict when it holds attributes.
    __reduce__: (self) => {
      const d = exc(self).dict;
      return new PyTuple(d && d.size > 0 ? [typeOf(self), exc(self).args, d] : [typeOf(self), exc(self).args]);
    },
    __setstate__: (self, args) => {
      checkPositional('BaseException.__setstate__', args, null, 1, 1);
      const state = args[0];
      if (state === None) return None;
      if (!(state instanceof PyDict)) typeError('state is not a dictionary');
      for (const [k, v] of state.entries()) {
        if (typeof k !== 'string') typeError(`attribute name must be string, not '${typeName(k)}'`);
        setAttr(self, k, v);
      }
      return None;
    },
  });
  B.slots.str = (v) => {
    const a = exc(v).args.items;
    if (a.length === 0) return '';
    if (a.length === 1) return str(a[0]);
    return str(exc(v).args);
  };
  B.slots.repr = (v) => {
    const a = exc(v).args.items;
    const name = typeOf(v).name;
    if (a.length === 1) return `${name}(${repr(a[0])})`;
    return `${name}${repr(exc(v).args)}`;
  };
  addGetSets(B, {
    __dict__: [(v) => (exc(v).dict ??= newSharedDict()), (v, x) => {
      if (x === null) typeError('cannot delete __dict__');
      if (!(x instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(x)}'`);
      exc(v).dict = x;
    }],
    args: [(v) => exc(v).args, (v, x) => {
      if (x === null) typeError('args may not be deleted');
      exc(v).args = x instanceof PyTuple ? x : new PyTuple(iterToArray(x));
    }],
    __traceback__: [(v) => tracebackObject(exc(v)), (v, x) => {
      if (x === null) typeError('__traceback__ may not be deleted');
      exc(v).traceback = tracebackEntries(x);
    }],
    __cause__: [(v) => exc(v).cause, (v, x) => {
      if (x === null) typeError('__cause__ may not be deleted');
      if (x !== null && x !== None && !typeOf(x).isSubtype(B)) typeError('exception cause must be None or derive from BaseException');
      exc(v).cause = x ?? None;
      exc(v).suppressContext = true;
    }],
    __context__: [(v) => exc(v).context, (v, x) => {
      if (x === null) typeError('__context__ may not be deleted');
      if (x !== null && x !== None && !typeOf(x).isSubtype(B)) typeError('exception context must be None or derive from BaseException');
      exc(v).context = x ?? None;
    }],
    __suppress_context__: [(v) => exc(v).suppressContext, (v, x) => {
      // A T_BOOL member.
      if (x === null) typeError("can't delete numeric/char attribute");
      if (x !== true && x !== false) typeError('attribute value type must be bool');
      exc(v).suppressContext = x === true;
    }],
  });

  E.KeyError.slots.str = (v) => {
    const a = exc(v).args.items;
    if (a.length === 1) return repr(a[0]);
    return B.slots.str!(v);
  };

  // Exceptions whose __init__ records named fields as well as args.
  // `keywords`: the keyword-only parameters its __init__ takes (any other keyword is CPython's
  // "'k' is an invalid keyword argument for T()"); without, "T() takes no keyword arguments".
  const named = (t: PyType, names: string[], extra?: (self: PyObject, args: PyObject[], kw: Map<string, PyObject>) => void, keywords?: readonly string[]) => {
    addMethods(t, {
      __init__: (self, args, kwnames) => {
        const nkw = kwnames === null ? 0 : kwnames.length;
        if (nkw > 0 && keywords === undefined) typeError(`${typeName(self)}() takes no keyword arguments`);
        const pos = args.slice(0, args.length - nkw);
        const kw = new Map<string, PyObject>();
        // PyArg_ParseTupleAndKeywords(empty tuple, kwds, "|$O..:T"): the count is checked first.
        if (nkw > 0 && nkw > keywords!.length) {
          const n = keywords!.length;
          typeError(`${t.name}() takes at most ${n} keyword argument${n === 1 ? '' : 's'} (${nkw} given)`);
        }
        for (let i = 0; i < nkw; i++) {
          if (!keywords!.includes(kwnames![i])) typeError(`'${kwnames![i]}' is an invalid keyword argument for ${t.name}()`);
          kw.set(kwnames![i], args[pos.length + i]);
        }
        exc(self).args = new PyTuple(pos);
        extra?.(self, pos, kw);
        return None;
      },
    });
    const props: Record<string, ReturnType<typeof field>> = {};
    for (const n of names) props[n] = field(n);
    addGetSets(t, props);
    if (extra !== undefined) setExcFieldInit(t, (self, args) => extra(self, args, new Map()));
  };
  named(E.StopIteration, ['value'], (self, args) => setExcField(self, 'value', args[0] ?? None));
  named(E.StopAsyncIteration, []);
  named(E.SystemExit, ['code'], (self, args) => setExcField(self, 'code', args.length === 0 ? None : args.length === 1 ? args[0] : new PyTuple(args)));
  named(E.NameError, ['name'], (self, _a, kw) => setExcField(self, 'name', kw.get('name') ?? None), ['name']);
  named(E.AttributeError, ['name', 'obj'], (self, _a, kw) => {
    setExcField(self, 'name', kw.get('name') ?? None);
    setExcField(self, 'obj', kw.get('obj') ?? None);
  }, ['name', 'obj']);
  named(E.ImportError, ['name', 'path', 'msg'], (self, args, kw) => {
    setExcField(self, 'name', kw.get('name') ?? None);
    setExcField(self, 'path', kw.get('path') ?? None);
    setExcField(self, 'msg', args.length === 1 ? args[0] : None);
  }, ['name', 'path']);
  // ImportError_reduce: name and path travel in the state dict (with the instance dict's items).
  addMethods(E.ImportError, {
    __reduce__: (self) => {
      const d = exc(self).dict;
      const name = getExcField(self, 'name'), path = getExcField(self, 'path');
      let state: PyDict | null = d !== null && d.size > 0 ? d : null;
      if ((name !== undefined && name !== None) || (path !== undefined && path !== None)) {
        const s = new PyDict();
        if (d !== null) for (const [k, v] of d.entries()) s.set(k, v);
        if (name !== undefined && name !== None) s.setStr('name', name);
        if (path !== undefined && path !== None) s.setStr('path', path);
        state = s;
      }
      return new PyTuple(state !== null ? [typeOf(self), exc(self).args, state] : [typeOf(self), exc(self).args]);
    },
  });
  E.ImportError.slots.str = (v) => {
    const m = getExcField(v, 'msg');
    if (m !== undefined && m !== None) return str(m);
    return B.slots.str!(v);
  };
  // OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a filename that is not
  // None, args keeps only (errno, strerror), as in CPython's oserror_init.
  const oserrorFields = (self: PyObject, args: PyObject[]): void => {
    if (args.length >= 2 && args.length <= 5) {
      setExcField(self, 'errno', args[0]);
      setExcField(self, 'strerror', args[1]);
      const fn = args[2];
      // BlockingIOError's (the exact type's) third argument may be the number of characters
      // written; it then stays in args and is no filename.
      if (fn !== undefined && typeOf(self) === E.BlockingIOError && typeOf(fn).slots.index !== undefined) {
        setExcField(self, 'characters_written', indexOrError(fn));
      } else if (fn !== undefined && fn !== None) {
        setExcField(self, 'filename', fn);
        if (args[4] !== undefined && args[4] !== None) setExcField(self, 'filename2', args[4]);
        exc(self).args = new PyTuple(args.slice(0, 2));
      }
    }
  };
  named(E.OSError, ['errno', 'strerror', 'filename', 'filename2'], oserrorFields);
  // CPython's oserror_use_init: a subclass that defines __init__ but keeps OSError's __new__
  // has its arguments parsed by OSError.__init__ (called from its own); otherwise __new__ does
  // it all and OSError.__init__ does nothing (so a subclass __new__ may take other arguments,
  // keyword ones too).
  let osInit: PyObject | undefined;
  let osNew: PyObject | undefined;
  const osUseInit = (t: PyType): boolean => t.lookup('__init__') !== osInit && t.lookup('__new__') === osNew;
  addMethods(E.OSError, {
    __init__: (self, args, kwnames) => {
      if (!osUseInit(typeOf(self))) return None;
      if (kwnames !== null && kwnames.length > 0) typeError(`${typeName(self)}() takes no keyword arguments`);
      exc(self).args = new PyTuple(args);
      oserrorFields(self, args);
      return None;
    },
  });
  osInit = E.OSError.dict.getStr('__init__');
  // CPython's getset is OSError's (an AttributeError unless set).
  addGetSets(E.OSError, {
    characters_written: [
      (v) => getExcField(v, 'characters_written') ?? attrError('characters_written'),
      (v, x) => {
        if (x !== null) setExcField(v, 'characters_written', indexOrError(x));
        else if (getExcField(v, 'characters_written') === undefined) attrError('characters_written');
        else exc(v).fields!.delete('characters_written');
      },
    ],
  });
  // OSError_reduce: a filename goes back into the arguments (errno, strerror, filename
  // [, None, filename2]), so the copy gets it again.
  addMethods(E.OSError, {
    __reduce__: (self) => {
      let args = exc(self).args;
      const fn = getExcField(self, 'filename'), fn2 = getExcField(self, 'filename2');
      if (args.items.length === 2 && fn !== undefined && fn !== None) {
        const items = [args.items[0], args.items[1], fn];
        if (fn2 !== undefined && fn2 !== None) items.push(None, fn2);
        args = new PyTuple(items);
      }
      const d = exc(self).dict;
      return new PyTuple(d !== null && d.size > 0 ? [typeOf(self), args, d] : [typeOf(self), args]);
    },
  });
  // OSError(errno, strerror, ...) builds the subclass its errno stands for (CPython's errnomap).
  const ERRNO_TYPES: Record<number, string> = {
    1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError',
    10: 'ChildProcessError', 11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError',
    20: 'NotADirectoryError', 21: 'IsADirectoryError', 32: 'BrokenPipeError', 103: 'ConnectionAbortedError',
    104: 'ConnectionResetError', 108: 'BrokenPipeError', 110: 'TimeoutError', 111: 'ConnectionRefusedError',
    114: 'BlockingIOError', 115: 'BlockingIOError',
  };
  defineNew(E.OSError, (cls, args, kwnames) => {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (osUseInit(cls)) {
      const e = cls.alloc!(cls) as PyBaseException;
      e.args = new PyTuple([]);
      return e;
    }
    if (npos < args.length) typeError(`${cls.name}() takes no keyword arguments`);
    let actual = cls;
    if (cls === E.OSError && npos >= 2 && npos <= 5 && typeof args[0] === 'number') {
      const sub = ERRNO_TYPES[args[0]];
      if (sub !== undefined) actual = E[sub];
    }
    const e = actual.alloc!(actual) as PyBaseException;
    e.args = new PyTuple(args.slice(0, npos));
    oserrorFields(e, e.args.items);
    return e;
  });
  osNew = E.OSError.dict.getStr('__new__');
  E.OSError.slots.str = (v) => {
    const a = exc(v).args.items;
    const fn = getExcField(v, 'filename');
    const fn2 = getExcField(v, 'filename2');
    const en = getExcField(v, 'errno'), se = getExcField(v, 'strerror');
    if (fn !== undefined && fn !== None) {
      const tail = fn2 !== undefined && fn2 !== None ? ` -> ${repr(fn2)}` : '';
      return `[Errno ${str(en ?? None)}] ${str(se ?? None)}: ${repr(fn)}${tail}`;
    }
    if (en !== undefined && se !== undefined) return `[Errno ${str(en)}] ${str(se)}`;
    return B.slots.str!(v);
  };
  named(E.SyntaxError, ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'], (self, args) => {
    if (args.length >= 1) setExcField(self, 'msg', args[0]);
    // Only the two-argument form (msg, info) parses info, as PyArg_ParseTuple(info, "OOOO|OO").
    if (args.length === 2) {
      const info = args[1];
      const items = info instanceof PyTuple ? info.items : iterToArray(info);
      if (items.length < 4) typeError(`function takes at least 4 arguments (${items.length} given)`);
      if (items.length > 6) typeError(`function takes at most 6 arguments (${items.length} given)`);
      if (items.length === 5) typeError('end_offset must be provided when end_lineno is provided');
      ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].forEach((n, i) => {
        if (i < items.length) setExcField(self, n, items[i]);
      });
    }
  });
  E.SyntaxError.slots.str = (v) => {
    const msg = getExcField(v, 'msg');
    const m = str(msg ?? None);
    const fn = getExcField(v, 'filename');
    const ln = getExcField(v, 'lineno');
    const file = typeof fn === 'string' ? fn.split('/').pop() : null;
    if (file && typeof ln === 'number') return `${m} (${file}, line ${ln})`;
    if (file) return `${m} (${file})`;
    if (typeof ln === 'number') return `${m} (line ${ln})`;
    return m;
  };

  // UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeEncodeError: the
  // fields come from args; str() words the message from them (CPython's UnicodeError_str).
  const unicodeInit = (self: PyObject, args: PyObject[]) => {
    if (args.length !== 5) return;
    ['encoding', 'object', 'start', 'end', 'reason'].forEach((n, i) => setExcField(self, n, args[i]));
  };
  const uniFields = ['encoding', 'object', 'start', 'end', 'reason'];
  for (const t of [E.UnicodeDecodeError, E.UnicodeEncodeError]) named(t, uniFields, (self, args) => unicodeInit(self, args));
  // Their __init__ takes exactly the five fields (CPython parses them with PyArg_ParseTuple).
  for (const t of [E.UnicodeDecodeError, E.UnicodeEncodeError]) {
    const init = t.dict.getStr('__init__')!;
    addMethods(t, {
      __init__: (self, args, kwnames) => {
        const npos = args.length - (kwnames === null ? 0 : kwnames.length);
        if (kwnames !== null && kwnames.length > 0) typeError(`${typeName(self)}() takes no keyword arguments`);
        if (npos !== 5) typeError(`function takes exactly 5 arguments (${npos} given)`);
        // PyArg_ParseTuple "UOnnU" (decode) / "UUnnU" (encode), then decode's object must be bytes-like.
        const decode = t === E.UnicodeDecodeError;
        if (strValue(args[0]) === undefined) typeError(`argument 1 must be str, not ${typeName(args[0])}`);
        if (!decode && strValue(args[1]) === undefined) typeError(`argument 2 must be str, not ${typeName(args[1])}`);
        ssizeArg(args[2]);
        ssizeArg(args[3]);
        if (strValue(args[4]) === undefined) typeError(`argument 5 must be str, not ${typeName(args[4])}`);
        const data = decode ? bytesLikeData(args[1]) : undefined;
        if (decode && data === undefined) typeError(`a bytes-like object is required, not '${typeName(args[1])}'`);
        const r = call(init, [self, ...args]);
        // A bytearray or memoryview is kept as a bytes copy (UnicodeDecodeError_init); args keep it.
        if (decode && !typeOf(args[1]).isSubtype(T.bytes)) setExcField(self, 'object', newBytes(data!));
        return r;
      },
    });
  }
  // UnicodeTranslateError(object, start, end, reason): no encoding (None).
  named(E.UnicodeTranslateError, ['encoding', 'object', 'start', 'end', 'reason'], (self, args) => {
    if (args.length !== 4) return;
    ['object', 'start', 'end', 'reason'].forEach((n, i) => setExcField(self, n, args[i]));
  });
  {
    const init = E.UnicodeTranslateError.dict.getStr('__init__')!;
    addMethods(E.UnicodeTranslateError, {
      __init__: (self, args, kwnames) => {
        const npos = args.length - (kwnames === null ? 0 : kwnames.length);
        if (kwnames !== null && kwnames.length > 0) typeError(`${typeName(self)}() takes no keyword arguments`);
        if (npos !== 4) typeError(`function takes exactly 4 arguments (${npos} given)`);
        if (strValue(args[0]) === undefined) typeError(`argument 1 must be str, not ${typeName(args[0])}`);
        for (const i of [1, 2]) {
          if (typeOf(args[i]).slots.index === undefined) typeError(`'${typeName(args[i])}' object cannot be interpreted as an integer`);
        }
        if (strValue(args[3]) === undefined) typeError(`argument 4 must be str, not ${typeName(args[3])}`);
        return call(init, [self, ...args]);
      },
    });
  }
  E.UnicodeTranslateError.slots.str = (v) => translateErrorMessage(exc(v)) ?? B.slots.str!(v);
  // start and end are Py_ssize_t members.
  for (const t of [E.UnicodeDecodeError, E.UnicodeEncodeError, E.UnicodeTranslateError]) {
    addGetSets(t, {
      start: [(v) => getExcField(v, 'start') ?? None, (v, x) => ssizeMember(v, 'start', x)],
      end: [(v) => getExcField(v, 'end') ?? None, (v, x) => ssizeMember(v, 'end', x)],
    });
  }
  E.UnicodeDecodeError.slots.str = (v) => unicodeErrorMessage(exc(v)) ?? B.slots.str!(v);
  E.UnicodeEncodeError.slots.str = (v) => unicodeErrorMessage(exc(v)) ?? B.slots.str!(v);

  // BaseExceptionGroup(message, exceptions)
  const BEG = E.BaseExceptionGroup;
  defineNew(BEG, (cls, args, kwnames) => {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${npos} given)`);
    const [msg, excs] = args;
    if (strValue(msg) === undefined) typeError('BaseExceptionGroup.__new__() argument 1 must be str, not ' + typeName(msg));
    // PySequence_Check before anything is iterated: item access, and not a dict.
    if (!(excs instanceof PyTuple || excs instanceof PyList) && (typeOf(excs).slots.getitem === undefined || typeOf(excs).isSubtype(T.dict))) {
      typeError('second argument (exceptions) must be a sequence');
    }
    const items = iterToArray(excs);
    if (items.length === 0) throw newError(E.ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let allExc = true;
    for (const x of items) {
      if (!typeOf(x).isSubtype(B)) throw newError(E.ValueError, `Item ${items.indexOf(x)} of second argument (exceptions) is not an exception`);
      if (!typeOf(x).isSubtype(E.Exception)) allExc = false;
    }
    let actual = cls;
    if (cls === BEG && allExc) actual = E.ExceptionGroup;
    else if (cls === E.ExceptionGroup && !allExc) typeError('Cannot nest BaseExceptions in an ExceptionGroup');
    else if (!allExc && actual.isSubtype(E.Exception)) typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
    const e = actual.alloc!(actual) as PyBaseException;
    e.args = new PyTuple([msg, excs]);
    setExcField(e, 'message', msg);
    setExcField(e, 'exceptions', new PyTuple(items));
    return e;
  });
  addMethods(BEG, {
    // BaseException.__init__'s work (no keywords; the arguments become args), under its own name.
    __init__: (self, args, kwnames) => {
      argsInit(self, args, kwnames);
      return None;
    },
    derive: (self, args) => call(E.BaseExceptionGroup, [getExcField(self, 'message')!, args[0]]),
    split: (self, args) => {
      checkPositional('split', args, null, 1, 1);
      const [m, r] = splitGroup(exc(self), groupMatcher(args[0]), true);
      return new PyTuple([m ?? None, r ?? None]);
    },
    subgroup: (self, args) => {
      checkPositional('subgroup', args, null, 1, 1);
      return splitGroup(exc(self), groupMatcher(args[0]), false)[0] ?? None;
    },
  });
  BEG.slots.str = (v) => {
    const n = (getExcField(v, 'exceptions') as PyTuple).items.length;
    return `${str(getExcField(v, 'message')!)} (${n} sub-exception${n === 1 ? '' : 's'})`;
  };
  // repr is BaseException's, from args (which __init__ or an assignment may change).
  addGetSets(BEG, {
    message: [(v) => getExcField(v, 'message') ?? None, readonlyMember],
    exceptions: [(v) => getExcField(v, 'exceptions') ?? None, readonlyMember],
  });
  // Each builtin exception whose static definition sets tp_new has a __new__ of its own
  // (ValueError.__new__(int) names ValueError); these inherit their base's (ExceptionGroup is a
  // heap type in CPython).
  const inheritsNew = new Set(['AttributeError', 'BlockingIOError', 'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
    'ConnectionError', 'ConnectionRefusedError', 'ExceptionGroup', 'ConnectionResetError', 'FileExistsError', 'FileNotFoundError', 'ImportError',
    'IndentationError', 'InterruptedError', 'IsADirectoryError', 'KeyError', 'ModuleNotFoundError', 'NameError', 'NotADirectoryError',
    'PermissionError', 'ProcessLookupError', 'StopIteration', 'SyntaxError', 'SystemExit', 'TabError', 'TimeoutError', 'UnboundLocalError']);
  for (const t of new Set(Object.values(E))) if (!t.isHeapType && !inheritsNew.has(t.name)) ownNativeNew(t);
  // Every builtin exception sets tp_init, so each has an __init__ slot wrapper of its own
  // (ValueError.__init__ names ValueError; in `class E(ValueError, M)` ValueError's is found
  // before a mixin M's). Those running BaseException's get a copy of it here.
  const baseInit = B.dict.getStr('__init__') as PyMethodDescriptor;
  const runsBaseInit = [...new Set(Object.values(E))].filter((t) => !t.isHeapType && t !== B && t.lookup('__init__') === baseInit);
  for (const t of runsBaseInit) t.dict.setStr('__init__', new PyMethodDescriptor(t, '__init__', baseInit.fn, baseInit.doc, T.wrapper_descriptor));
  B.modified();
  void PyDict;
}

const UNICODE_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

/**
 * str() of a UnicodeDecodeError/UnicodeEncodeError (CPython's UnicodeDecodeError_str and
 * UnicodeEncodeError_str), from its fields (or its 5 args); null when they are unusable.
 */
export function unicodeErrorMessage(v: PyBaseException): string | null {
  const decode = v.cls.isSubtype(E.UnicodeDecodeError);
  const args = v.args.items;
  const [enc, obj, start, end, reason] = UNICODE_FIELDS.map((n, i) => getExcField(v, n) ?? (args.length === 5 ? args[i] : undefined));
  const hexw = (n: number, w: number) => n.toString(16).padStart(w, '0');
  if (typeof start !== 'number' || typeof end !== 'number' || obj === undefined) return null;
  const verb = decode ? 'decode' : 'encode';
  // One unit named only when `start` is inside the object (CPython: start < len && end == start + 1).
  let where = `${decode ? 'bytes' : 'characters'} in position ${start}-${end - 1}`;
  if (end === start + 1) {
    if (decode) {
      const b = (obj as unknown as { data?: Uint8Array }).data;
      if (b === undefined || start < 0) return null;
      if (start < b.length) where = `byte 0x${hexw(b[start], 2)} in position ${start}`;
    } else {
      if (typeof obj !== 'string') return null;
      const cp = [...obj][start]?.codePointAt(0);
      if (cp !== undefined) {
        const esc = cp < 0x100 ? '\\x' + hexw(cp, 2) : cp < 0x10000 ? '\\u' + hexw(cp, 4) : '\\U' + hexw(cp, 8);
        where = `character '${esc}' in position ${start}`;
      } else if (start < 0) return null;
    }
  }
  return `'${str(enc ?? None)}' codec can't ${verb} ${where}: ${str(reason ?? None)}`;
}

/** Sets a T_PYSSIZET member of an exception. */
function ssizeMember(v: PyObject, name: string, x: PyObject | null): void {
  if (x === null) typeError("can't delete numeric/char attribute");
  if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean' && !(typeOf(x).isSubtype(T.int))) typeError('an integer is required');
  setExcField(v, name, indexOrError(x));
}

function attrError(msg: string): never {
  throw newError(E.AttributeError, msg);
}

/** str() of a UnicodeTranslateError (CPython's UnicodeTranslateError_str); null when its fields are unusable. */
function translateErrorMessage(v: PyBaseException): string | null {
  const obj = getExcField(v, 'object'), start = getExcField(v, 'start'), end = getExcField(v, 'end'), reason = getExcField(v, 'reason');
  if (typeof start !== 'number' || typeof end !== 'number' || obj === undefined) return null;
  const s = strValue(obj);
  if (s === undefined) return null;
  const cp = end === start + 1 ? [...s][start]?.codePointAt(0) : undefined;
  if (cp !== undefined) {
    const hexw = (n: number, w: number) => n.toString(16).padStart(w, '0');
    const esc = cp < 0x100 ? '\\x' + hexw(cp, 2) : cp < 0x10000 ? '\\u' + hexw(cp, 4) : '\\U' + hexw(cp, 8);
    return `can't translate character '${esc}' in position ${start}: ${str(reason ?? None)}`;
  }
  return `can't translate characters in position ${start}-${end - 1}: ${str(reason ?? None)}`;
}

/** BaseExceptionGroup.split/subgroup's condition: a type, a tuple of types, or a predicate. */
function groupMatcher(cond: PyObject): (e: PyBaseException) => boolean {
  const isExcType = (t: PyObject) => t instanceof PyTypeClass && t.isSubtype(E.BaseException);
  if (isExcType(cond)) return (e) => typeOf(e).isSubtype(cond as PyType);
  if (cond instanceof PyTuple && cond.items.every(isExcType)) {
    return (e) => cond.items.some((t) => typeOf(e).isSubtype(t as PyType));
  }
  if (!(cond instanceof PyTypeClass) && typeOf(cond).slots.call !== undefined) return (e) => isTrue(call(cond, [e]));
  typeError('expected a function, exception type or tuple of exception types');
}

/** CPython's exceptiongroup_split_recursive: [match, rest], each null when empty. */
function splitGroup(e: PyBaseException, pred: (e: PyBaseException) => boolean, withRest: boolean): [PyBaseException | null, PyBaseException | null] {
  if (pred(e)) return [e, null];
  if (!typeOf(e).isSubtype(E.BaseExceptionGroup)) return [null, withRest ? e : null];
  const matched: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const x of (getExcField(e, 'exceptions') as PyTuple).items) {
    const [m, r] = splitGroup(x as PyBaseException, pred, withRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  return [matched.length ? groupSubset(e, matched) : null, withRest && rest.length ? groupSubset(e, rest) : null];
}

/** CPython's exceptiongroup_subset: orig.derive(excs) with orig's traceback, cause, context, notes. */
export function groupSubset(orig: PyBaseException, excs: PyBaseException[]): PyBaseException {
  const eg = call(getAttr(orig, 'derive'), [new PyList(excs)]);
  if (!(eg instanceof PyBaseException) || !typeOf(eg).isSubtype(E.BaseExceptionGroup)) {
    typeError('derive must return an instance of BaseExceptionGroup');
  }
  eg.traceback = orig.traceback.slice();
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppressContext = true;
  // A sequence of notes is copied into a list of the part's own; anything else is not passed on.
  const notes = orig.dict?.getStr('__notes__');
  if (notes !== undefined && isSequenceLike(notes)) setAttr(eg, '__notes__', new PyList(iterToArray(notes)));
  return eg;
}

/** CPython's PySequence_Check: the type has __getitem__ and is not a dict. */
function isSequenceLike(v: PyObject): boolean {
  const t = typeOf(v);
  return !t.isSubtype(T.dict) && t.lookup('__getitem__') !== undefined;
}

function iterToArray(v: PyObject): PyObject[] {
  if (v instanceof PyTuple || v instanceof PyList) return v.items.slice();
  const it = getIter(v);
  const out: PyObject[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

let tracebackObject: (e: PyBaseException) => PyObject = (e) => (e.traceback.length ? new PyTuple([]) : None);
let tracebackEntries: (tb: PyObject) => TracebackEntry[] = (tb) => {
  if (tb !== None) typeError('__traceback__ must be a traceback or None');
  return [];
};
/** exc.__traceback__ (None for a non-exception): the third argument of __exit__. */
export function excTraceback(e: PyObject): PyObject {
  return e instanceof PyBaseException ? tracebackObject(e) : None;
}
/** exc.__traceback__ = tb (a traceback object or None) without calling Python code. */
export function setExcTraceback(e: PyBaseException, tb: PyObject): void {
  e.traceback = tracebackEntries(tb);
}
/** Traceback objects (src/runtime/frame-object.ts): exc -> tb chain, and tb chain -> entries. */
export function setTracebackObjectHook(f: (e: PyBaseException) => PyObject, entries?: (tb: PyObject) => TracebackEntry[]): void {
  tracebackObject = f;
  if (entries !== undefined) tracebackEntries = entries;
}
