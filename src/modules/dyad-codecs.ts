// `_dyad_codecs`: what lib/codecs.py asks of the native text codecs (src/objects/str-codecs.ts).
// lookup_name(encoding) gives the codec's canonical name (codecs.lookup(...).name), or raises
// LookupError for an encoding str.encode / bytes.decode do not know.

import { strValue } from '../objects/str.js';
import { nativeFunction, checkPositional, typeErr } from '../objects/native.js';
import { typeName } from '../objects/protocol.js';
import { codecName } from '../objects/str-codecs.js';
import { PyModule } from '../runtime/module.js';

export function makeDyadCodecsModule(): PyModule {
  const mod = new PyModule('_dyad_codecs');
  mod.dict.setStr('lookup_name', nativeFunction('lookup_name', (args, kwnames) => {
    checkPositional('lookup_name', args, kwnames, 1, 1);
    const name = strValue(args[0]);
    if (name === undefined) typeErr(`lookup_name() argument must be str, not ${typeName(args[0])}`);
    return codecName(name);
  }));
  return mod;
}
