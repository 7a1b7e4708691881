// `_dyad_type`: lets a standard-library class written in Python stand for one of CPython's C
// types. set_tp_name(cls, 'datetime.date') gives the class the dotted tp_name CPython's error
// messages show ("unsupported operand type(s) for +: 'datetime.date' and 'int'") while
// __name__ stays 'date' (core-types.ts shortName).

import type { PyObject } from '../objects/object.js';
import { PyModule } from '../runtime/module.js';
import { nativeFunction, checkPositional } from '../objects/native.js';
import { typeError, typeName } from '../objects/protocol.js';
import { PyType } from '../objects/type.js';
import { strValue } from '../objects/str.js';
import { None } from '../objects/singletons.js';

export function makeDyadTypeModule(): PyModule {
  const mod = new PyModule('_dyad_type');
  mod.dict.setStr('set_tp_name', nativeFunction('set_tp_name', (args: PyObject[], kw) => {
    const [cls, name] = checkPositional('set_tp_name', args, kw, 2, 2);
    if (!(cls instanceof PyType) || !cls.isHeapType) typeError(`expected a class, not ${typeName(cls)}`);
    const dotted = strValue(name);
    if (dotted === undefined || !dotted.includes('.')) typeError('expected a dotted name');
    cls.name = dotted;
    cls.dottedName = true;
    return None;
  }));
  return mod;
}
