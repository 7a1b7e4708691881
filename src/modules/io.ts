// The `io` module: the stream types of src/builtins/io.ts (StringIO, BytesIO, TextIOWrapper,
// the Buffered* classes, UnsupportedOperation), open, the SEEK_* constants and
// DEFAULT_BUFFER_SIZE.

import { PyModule } from '../runtime/module.js';
import { interp } from '../runtime/interpreter.js';
import { ioTypeObjects } from '../builtins/io.js';

export function makeIoModule(): PyModule {
  const mod = new PyModule('io');
  const d = mod.dict;
  const types = ioTypeObjects();
  for (const name in types) d.setStr(name, types[name]);
  const open = interp().builtins.getStr('open');
  if (open !== undefined) d.setStr('open', open);
  d.setStr('SEEK_SET', 0);
  d.setStr('SEEK_CUR', 1);
  d.setStr('SEEK_END', 2);
  d.setStr('DEFAULT_BUFFER_SIZE', 8192);
  return mod;
}
