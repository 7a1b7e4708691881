// Printing an uncaught exception as CPython 3.11 does: the chain of causes/contexts first,
// each as `Traceback (most recent call last):`, one `File "...", line N, in name` line plus the
// source line per frame (runs of the same frame collapsed after three), then `Type: message`.

import type { PyObject } from '../objects/object.js';
import { PyBaseException, E, type TracebackEntry } from '../objects/exception.js';
import { typeOf, str, repr } from '../objects/protocol.js';
import { None } from '../objects/singletons.js';
import { getLine } from './linecache.js';
import { suggestionFor } from './suggestions.js';
import type { PyType } from '../objects/type.js';
import { PyTuple, PyList } from '../objects/tuple.js';
import { getExcField } from '../objects/exception-types.js';
import { interp } from './interpreter.js';
import { PyModule } from './module.js';

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
  const hint = suggestionFor(exc);
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  return (msg === '' ? `${name}\n` : `${name}: ${msg}\n`) + formatNotes(exc);
}

/** The exception's __notes__ (PEP 678), one per line after the `Type: message` line. */
function formatNotes(exc: PyObject): string {
  if (!(exc instanceof PyBaseException) || exc.dict === null) return '';
  const notes = exc.dict.getStr('__notes__');
  if (notes === undefined) return '';
  // A str is a sequence too: CPython 3.11 prints its characters one per line.
  if (typeof notes === 'string') return Array.from(notes, (c) => c + '\n').join('');
  if (!(notes instanceof PyList || notes instanceof PyTuple)) {
    try {
      return repr(notes) + '\n';
    } catch {
      return '<__notes__ repr() failed>\n';
    }
  }
  let out = '';
  for (const note of notes.items) {
    try {
      out += str(note) + '\n';
    } catch {
      out += '<note str() failed>\n';
    }
  }
  return out;
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

/** The whole report for an uncaught exception, chain included (exception groups drawn as
 *  CPython's traceback module draws them: nested boxes with `|` margins). */
export function formatException(exc: PyObject): string {
  const ctx: PrintContext = { seen: new Set(), depth: 0, needClose: false, out: '', limit: tracebackLimit() };
  formatChain(exc, ctx);
  return ctx.out;
}

interface PrintContext {
  seen: Set<PyObject>;
  /** Exception-group nesting depth (0 = not inside a group). */
  depth: number;
  needClose: boolean;
  out: string;
  /** sys.tracebacklimit when it is an int: the innermost entries kept (none when <= 0). */
  limit: number | null;
}

/** PyTraceBack_Print reads sys.tracebacklimit. */
function tracebackLimit(): number | null {
  let v: PyObject | undefined;
  try {
    const sys = interp().modules.getStr('sys');
    v = sys instanceof PyModule ? sys.dict.getStr('tracebacklimit') : undefined;
  } catch {
    return null;
  }
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : 0;
  return null;
}

/** The traceback entries (innermost first) that sys.tracebacklimit lets through. */
function limited(tb: TracebackEntry[], ctx: PrintContext): TracebackEntry[] {
  if (ctx.limit === null || tb.length <= ctx.limit) return tb;
  return ctx.limit <= 0 ? [] : tb.slice(0, ctx.limit);
}

const GROUP_WIDTH = 15;
const GROUP_DEPTH = 10;

function indent(ctx: PrintContext): string {
  return ' '.repeat(2 * ctx.depth);
}

/** Writes text with every line prefixed by the current group margin. */
function emit(ctx: PrintContext, text: string, margin = '|'): void {
  if (ctx.depth === 0) {
    ctx.out += text;
    return;
  }
  const prefix = indent(ctx) + margin + ' ';
  for (const line of text.split(/(?<=\n)/)) if (line !== '') ctx.out += prefix + line;
}

function groupMembers(exc: PyObject): PyObject[] | null {
  if (!(exc instanceof PyBaseException) || !typeOf(exc).isSubtype(E.BaseExceptionGroup)) return null;
  const t = getExcField(exc, 'exceptions');
  return t instanceof PyTuple ? t.items : null;
}

function formatChain(top: PyObject, ctx: PrintContext): void {
  const chain: [string | null, PyObject][] = [];
  let exc: PyObject | null = top;
  ctx.seen.add(top);
  while (exc !== null) {
    let msg: string | null = null;
    let next: PyObject | null = null;
    if (exc instanceof PyBaseException) {
      if (exc.cause !== None && !ctx.seen.has(exc.cause)) {
        msg = CAUSE;
        next = exc.cause;
      } else if (exc.context !== None && !exc.suppressContext && !ctx.seen.has(exc.context)) {
        msg = CONTEXT;
        next = exc.context;
      }
    }
    chain.push([msg, exc]);
    if (next !== null) ctx.seen.add(next);
    exc = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, e] = chain[i];
    if (msg !== null) emit(ctx, msg);
    formatOne(e, ctx);
  }
}

function formatOne(exc: PyObject, ctx: PrintContext): void {
  const tb = limited(exc instanceof PyBaseException ? exc.traceback : [], ctx);
  const members = groupMembers(exc);
  if (members === null) {
    if (tb.length > 0) emit(ctx, 'Traceback (most recent call last):\n' + formatTracebackEntries(tb));
    emit(ctx, formatExceptionOnly(exc));
    return;
  }
  if (ctx.depth > GROUP_DEPTH) {
    emit(ctx, `... (max_group_depth is ${GROUP_DEPTH})\n`);
    return;
  }
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (tb.length > 0) {
    emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    emit(ctx, formatTracebackEntries(tb));
  }
  emit(ctx, formatExceptionOnly(exc));
  const n = members.length <= GROUP_WIDTH ? members.length : GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= GROUP_WIDTH;
    const title = truncated ? '...' : `${i + 1}`;
    ctx.out += `${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`;
    ctx.depth++;
    if (!truncated) {
      ctx.seen.add(members[i]);
      formatChain(members[i], ctx);
    } else {
      const remaining = members.length - GROUP_WIDTH;
      emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out += indent(ctx) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}
