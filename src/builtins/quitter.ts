// exit and quit: the `site` module's Quitter objects (CPython's _sitebuiltins.Quitter). Calling
// one raises SystemExit(code); its repr tells the interactive user how to leave.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { E, newException } from '../objects/exception.js';
import { bindNative } from '../objects/native.js';
import { makeBuiltinType } from '../objects/str.js';

class PyQuitter extends PyObj {
  constructor(cls: PyType, readonly name: string) {
    super(cls);
  }
}

/** The exit and quit objects for the builtins module. */
export function makeQuitters(): Record<string, PyObject> {
  const t = T.Quitter ?? makeBuiltinType('Quitter');
  t.slots.repr = (self) => `Use ${(self as PyQuitter).name}() or Ctrl-D (i.e. EOF) to exit`;
  t.slots.call = (self, args, kwnames) => {
    const [code] = bindNative((self as PyQuitter).name, ['code'], args, kwnames);
    throw newException(E.SystemExit, [code ?? None]);
  };
  return { exit: new PyQuitter(t, 'exit'), quit: new PyQuitter(t, 'quit') };
}
