// print(*objects, sep=' ', end='\n', file=None, flush=False). With the default sys.stdout the
// whole line is built in JS and appended to the buffered stdout in one step; any other file
// gets CPython's sequence of file.write(...) calls (one per object, separator and end).

import type { PyObject } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { typeName, typeError, str as pyStr, isTrue } from '../objects/protocol.js';
import { starArgs } from './args.js';
import { strValue } from './text.js';
import { currentSysStream, isFastStdout, writeToStream, callStreamMethod, stdText } from './io.js';
import { getStdout } from './streams.js';

const PRINT_KW = ['sep', 'end', 'file', 'flush'];
const SURROGATE = /[\ud800-\udfff]/;

function textArg(name: string, v: PyObject | undefined, dflt: string): string {
  if (v === undefined || v === None) return dflt;
  const s = strValue(v);
  if (s === undefined) typeError(`${name} must be None or a string, not ${typeName(v)}`);
  return s;
}

export function builtinPrint(args: PyObject[], kwnames: string[] | null): PyObject {
  const [objs, kw] = starArgs('print', args, kwnames, PRINT_KW);
  let file = kw.get('file');
  if (file === undefined || file === None) {
    file = currentSysStream('stdout');
    if (file === undefined || file === None) return None;
  }
  const sep = textArg('sep', kw.get('sep'), ' ');
  const end = textArg('end', kw.get('end'), '\n');
  const flush = kw.get('flush');
  if (isFastStdout(file) && (sep === ' ' || !SURROGATE.test(sep)) && (end === '\n' || !SURROGATE.test(end))) {
    let line = '';
    try {
      for (let i = 0; i < objs.length; i++) {
        if (i > 0) line += sep;
        const o = objs[i];
        // CPython writes each object's text as it goes: a __str__/__repr__ that prints comes
        // after the objects and separators before it (print(1, obj) gives '1 ' first).
        // (Staged in the buffer, not written: under -u a write is a system call.)
        if (line.length > 0 && typeof o !== 'string' && typeof o !== 'number' && typeof o !== 'bigint' && typeof o !== 'boolean') {
          getStdout().stage(line);
          line = '';
        }
        const piece = typeof o === 'string' ? o : pyStr(o);
        // (An int's or float's text has no surrogates.)
        if (typeof o !== 'number' && typeof o !== 'bigint' && SURROGATE.test(piece)) {
          // CPython writes each object on its own: what came before is out, this one may fail
          // to encode (stdText).
          getStdout().write(line);
          line = '';
          getStdout().write(stdText('stdout', piece));
        } else line += piece;
      }
    } catch (e) {
      getStdout().write(line);
      throw e;
    }
    getStdout().write(line + end);
  } else {
    for (let i = 0; i < objs.length; i++) {
      if (i > 0) writeToStream(file, sep);
      writeToStream(file, pyStr(objs[i]));
    }
    writeToStream(file, end);
  }
  if (flush !== undefined && isTrue(flush)) callStreamMethod(file, 'flush', []);
  return None;
}
