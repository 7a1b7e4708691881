// `_dyad_import`: what lib/importlib needs of the import system beyond sys. is_native(name):
// whether `name` is one of the modules written in TypeScript (registered in runtime/import.ts),
// which importlib.util's finder reports with a spec of their own and reload() leaves as they are.

import { PyModule } from '../runtime/module.js';
import { nativeFunction, checkPositional } from '../objects/native.js';
import { typeError, typeName } from '../objects/protocol.js';
import { strValue } from '../objects/str.js';
import { isNativeModule } from '../runtime/import.js';

export function makeDyadImportModule(): PyModule {
  const mod = new PyModule('_dyad_import');
  mod.dict.setStr('is_native', nativeFunction('is_native', (args, kw) => {
    const [name] = checkPositional('is_native', args, kw, 1, 1);
    const s = strValue(name);
    if (s === undefined) typeError(`is_native() argument must be str, not ${typeName(name)}`);
    return isNativeModule(s);
  }));
  return mod;
}
