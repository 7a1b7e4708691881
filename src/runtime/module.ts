// Module objects: a name and a live globals dict (semantics.md §1, §6).
import { PyObj } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { defineNew } from '../objects/class-create.js';
import { addMethods, bindNative } from '../objects/native.js';
import { typeError, typeName, getItem, argTypeName } from '../objects/protocol.js';
import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { makeBuiltinType } from '../objects/str.js';

export class PyModule extends PyObj {
  declare dict: PyDict;
  constructor(name: string, dict?: PyDict) {
    super(T.module, dict ?? new PyDict());
    if (this.dict.getStr('__name__') === undefined) {
      this.dict.setStr('__name__', name);
      this.dict.setStr('__doc__', None);
      this.dict.setStr('__package__', None);
      this.dict.setStr('__loader__', None);
      this.dict.setStr('__spec__', None);
    }
  }

  get name(): string {
    const n = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}

/**
 * The builtins a function made now with `globals` captures (CPython's
 * _PyEval_BuiltinsFromGlobals): globals['__builtins__'] (a module: its dict), else `fallback`
 * (the running frame's). Rebinding a module's __builtins__ changes what later defs see.
 */
export function builtinsFromGlobals(globals: PyDict, fallback: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  return b === undefined ? fallback : builtinsProxy(b);
}

/**
 * Some other object as __builtins__ (None, a custom mapping): CPython looks names up in it with
 * obj[name] (so None gives "'NoneType' object is not subscriptable"). The frames take it as a
 * dict subclass, whose lookups go through its __getitem__; this one's forwards to the object.
 */
class PyBuiltinsProxy extends PyDict {
  constructor(readonly target: PyObject) {
    super(proxyType ??= makeProxyType());
  }
}
let proxyType: PyType | undefined;

function makeProxyType(): PyType {
  const t = makeBuiltinType('builtins_proxy', T.dict);
  t.isExactBuiltin = false;
  t.slots.getitem = (self, key) => getItem((self as PyBuiltinsProxy).target, key);
  return t;
}

const proxies = new WeakMap<object, PyBuiltinsProxy>();

function builtinsProxy(b: PyObject): PyDict {
  if (typeof b !== 'object') return new PyBuiltinsProxy(b);
  let p = proxies.get(b);
  if (p === undefined) proxies.set(b, p = new PyBuiltinsProxy(b));
  return p;
}

/** types.ModuleType(name, doc=None): module.__new__ makes an empty module, __init__ names it. */
export function installModuleType(): void {
  defineNew(T.module, (cls) => {
    const m = new PyModule('?', new PyDict());
    m.cls = cls;
    return m;
  });
  addMethods(T.module, {
    __init__: (self, args, kwnames) => {
      const [name, doc] = bindNative('module', ['name', 'doc'], args, kwnames, 0, 1);
      if (typeof name !== 'string') typeError(`module() argument 'name' must be str, not ${argTypeName(name!)}`);
      const d = (self as PyModule).dict;
      d.setStr('__name__', name);
      d.setStr('__doc__', doc ?? None);
      d.setStr('__package__', None);
      d.setStr('__loader__', None);
      d.setStr('__spec__', None);
      return None;
    },
  });
}
