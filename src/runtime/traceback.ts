// Printing an uncaught exception as CPython 3.11 does: the chain of causes/contexts first,
// each as `Traceback (most recent call last):`, one `File "...", line N, in name` line plus the
// source line per frame (runs of the same frame collapsed after three), then `Type: message`.

import type { PyObject } from '../objects/object.js';
import { PyBaseException, E, type TracebackEntry } from '../objects/exception.js';
import { typeOf, str } from '../objects/protocol.js';
import { None } from '../objects/singletons.js';
import { getLine } from './linecache.js';
import type { PyType } from '../objects/type.js';

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';

export function exceptionTypeName(t: PyType): string {
  const mod = t.dict.getStr('__module__');
  const q = t.qualname;
  if (mod === undefined || typeof mod !== 'string' || mod === 'builtins' || mod === '__main__') return q;
  return `${mod}.${q}`;
}

/** The last line: `Type: message`, or `Type` when str(exc) is empty. */
export function formatExceptionOnly(exc: PyObject): string {
  const t = typeOf(exc);
  const name = exceptionTypeName(t);
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  if (t.isSubtype(E.SyntaxError) && exc instanceof PyBaseException) {
    return formatSyntaxErrorObject(exc, name, msg);
  }
  return msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
}

let syntaxErrorFormatter: (exc: PyBaseException, name: string, msg: string) => string = (_e, name, msg) => `${name}: ${msg}\n`;
/** The runtime's SyntaxError objects know their file/line/caret layout; set by errors glue. */
export function setSyntaxErrorFormatter(f: (exc: PyBaseException, name: string, msg: string) => string): void {
  syntaxErrorFormatter = f;
}
function formatSyntaxErrorObject(exc: PyBaseException, name: string, msg: string): string {
  return syntaxErrorFormatter(exc, name, msg);
}

/** `entries` innermost first, as PyBaseException.traceback holds them; printed outermost first. */
export function formatTracebackEntries(entries: TracebackEntry[]): string {
  let out = '';
  entries = entries.slice().reverse();
  let last: TracebackEntry | null = null;
  let repeat = 0;
  const flush = () => {
    if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  for (const e of entries) {
    if (last !== null && e.filename === last.filename && e.lineno === last.lineno && e.name === last.name) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      repeat = 1;
    }
    last = e;
    out += `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
    const line = getLine(e.filename, e.lineno);
    if (line) out += `    ${line}\n`;
  }
  flush();
  return out;
}

/** The whole report for an uncaught exception, chain included. */
export function formatException(exc: PyObject, seen: Set<PyObject> = new Set()): string {
  seen.add(exc);
  let out = '';
  if (exc instanceof PyBaseException) {
    if (exc.cause !== None && !seen.has(exc.cause)) out += formatException(exc.cause, seen) + CAUSE;
    else if (exc.context !== None && !exc.suppressContext && !seen.has(exc.context)) out += formatException(exc.context, seen) + CONTEXT;
    if (exc.traceback.length > 0) out += 'Traceback (most recent call last):\n' + formatTracebackEntries(exc.traceback);
  }
  return out + formatExceptionOnly(exc);
}
