// `_dyad_code`: what lib/types.py needs of code objects beyond their Python attributes.
// mark_iterable_coroutine(code): sets CO_ITERABLE_COROUTINE (types.coroutine applied to a
// generator function: its generators can be awaited and may `yield from` a coroutine). CPython
// gives the function a copy of its code with the flag; Dyad sets it on the code object itself.

import type { PyObject } from '../objects/object.js';
import { PyModule } from '../runtime/module.js';
import { nativeFunction, checkPositional } from '../objects/native.js';
import { typeError, typeOf, typeName } from '../objects/protocol.js';
import { T } from '../objects/types.js';
import { CoFlags } from '../objects/function.js';
import { None } from '../objects/singletons.js';

export function makeDyadCodeModule(): PyModule {
  const mod = new PyModule('_dyad_code');
  mod.dict.setStr('mark_iterable_coroutine', nativeFunction('mark_iterable_coroutine', (args: PyObject[], kw) => {
    const [code] = checkPositional('mark_iterable_coroutine', args, kw, 1, 1);
    if (typeOf(code) !== T.code) typeError(`expected a code object, not ${typeName(code)}`);
    (code as unknown as { co_flags: number }).co_flags |= CoFlags.ITERABLE_COROUTINE;
    return None;
  }));
  return mod;
}
