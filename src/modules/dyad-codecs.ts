// `_dyad_codecs`: what lib/codecs.py asks of the native text codecs (src/objects/str-codecs.ts).
// lookup_name(encoding) gives the codec's canonical name (codecs.lookup(...).name), or raises
// LookupError for an encoding str.encode / bytes.decode do not know; set_search hands over the
// lookup of codecs.register()ed codecs; encode(s, name, errors) / decode(b, name, errors) run a
// text codec as the codec functions of lib/codecs.py do (a failure propagates as it is:
// codecs.encode/decode name the codec themselves, once).

import { strValue } from '../objects/str.js';
import { nativeFunction, checkPositional, typeErr } from '../objects/native.js';
import { typeName } from '../objects/protocol.js';
import { codecName, encodeStr, decodeBytes, noNul } from '../objects/str-codecs.js';
import { newBytes, bytesLikeData } from '../objects/bytes.js';
import type { PyObject } from '../objects/object.js';
import { setRegistrySearch, setErrorHandlers } from '../objects/codec-registry.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { PyModule } from '../runtime/module.js';

export function makeDyadCodecsModule(): PyModule {
  const mod = new PyModule('_dyad_codecs');
  mod.dict.setStr('lookup_name', nativeFunction('lookup_name', (args, kwnames) => {
    checkPositional('lookup_name', args, kwnames, 1, 1);
    const name = strValue(args[0]);
    if (name === undefined) typeErr(`lookup_name() argument must be str, not ${typeName(args[0])}`);
    return codecName(name);
  }));
  const textArg = (fn: string, what: string, v: PyObject): string => {
    const t = strValue(v);
    if (t === undefined) typeErr(`${fn}() argument '${what}' must be str, not ${typeName(v)}`);
    return noNul(t);
  };
  mod.dict.setStr('encode', nativeFunction('encode', (args, kwnames) => {
    checkPositional('encode', args, kwnames, 3, 3);
    const s = strValue(args[0]);
    if (s === undefined) typeErr(`encode() argument 1 must be str, not ${typeName(args[0])}`);
    return newBytes(encodeStr(s, textArg('encode', 'encoding', args[1]), textArg('encode', 'errors', args[2])));
  }));
  mod.dict.setStr('decode', nativeFunction('decode', (args, kwnames) => {
    checkPositional('decode', args, kwnames, 3, 3);
    const b = bytesLikeData(args[0]);
    if (b === undefined) typeErr(`a bytes-like object is required, not '${typeName(args[0])}'`);
    return decodeBytes(b, textArg('decode', 'encoding', args[1]), textArg('decode', 'errors', args[2]));
  }));
  // set_search(f): f(encoding) -> CodecInfo or None, for the encodings codecs.register()ed
  // search functions know (src/objects/codec-registry.ts).
  mod.dict.setStr('set_search', nativeFunction('set_search', (args, kwnames) => {
    checkPositional('set_search', args, kwnames, 1, 1);
    setRegistrySearch(args[0]);
    return None;
  }));
  // set_error_handlers(d): lib/codecs.py's table of error handlers by name, which the native
  // codecs consult for an `errors` name they do not know.
  mod.dict.setStr('set_error_handlers', nativeFunction('set_error_handlers', (args, kwnames) => {
    checkPositional('set_error_handlers', args, kwnames, 1, 1);
    if (args[0] instanceof PyDict) setErrorHandlers(args[0]);
    return None;
  }));
  return mod;
}
