// Printing an uncaught exception as CPython 3.11 does: the chain of causes/contexts first,
// each as `Traceback (most recent call last):`, one `File "...", line N, in name` line plus the
// source line per frame (runs of the same frame collapsed after three), then `Type: message`.

import type { PyObject } from '../objects/object.js';
import { PyBaseException, E, type TracebackEntry, type SourcePos } from '../objects/exception.js';
import { typeOf, str, repr } from '../objects/protocol.js';
import { None } from '../objects/singletons.js';
import { getRawLine } from './linecache.js';
import { parse } from '../../grammar/index.js';
import type { expr } from '../ast/nodes.js';
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
  if (mod === undefined || mod === 'builtins' || mod === '__main__') return q;
  // (print_exception: a __module__ that is not a str prints as "<unknown>".)
  if (typeof mod !== 'string') return `<unknown>.${q}`;
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
    return formatSyntaxErrorObject(exc, name, msg) + formatNotes(exc);
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

type SyntaxErrorFormatter = (exc: PyBaseException, name: string, msg: string, pyModule: boolean) => string;
let syntaxErrorFormatter: SyntaxErrorFormatter = (_e, name, msg) => `${name}: ${msg}\n`;
/** The runtime's SyntaxError objects know their file/line/caret layout; set by errors glue. */
export function setSyntaxErrorFormatter(f: SyntaxErrorFormatter): void {
  syntaxErrorFormatter = f;
}
function formatSyntaxErrorObject(exc: PyBaseException, name: string, msg: string): string {
  // (as the interpreter's C code lays it out; lib/traceback.py formats SyntaxErrors itself)
  return syntaxErrorFormatter(exc, name, msg, false);
}

let sourceLinesShown = true;

/** An error of a finalizer run as the interpreter shuts down, as CPython's unraisable-exception
 *  hook prints it: no chained exceptions, and no source lines (io cannot be imported then;
 *  `withSource` for a finalizer run while the program runs). */
export function formatExceptionAtShutdown(exc: PyObject, withSource = false): string {
  if (!(exc instanceof PyBaseException)) return formatExceptionOnly(exc);
  sourceLinesShown = withSource;
  try {
    const tb = exc.traceback.length > 0 ? 'Traceback (most recent call last):\n' + formatTracebackEntries(exc.traceback) : '';
    return tb + formatExceptionOnly(exc);
  } finally {
    sourceLinesShown = true;
  }
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
    // The interpreter's C code strips the indentation only: trailing spaces are printed.
    const raw = sourceLinesShown ? getRawLine(e.filename, e.lineno) : null;
    if (raw !== null && raw.trim() !== '') {
      out += `    ${raw.replace(LEADING_SPACE, '')}\n`;
      if (e.pos) out += markerLine(raw, e.lineno, e.pos);
    }
  }
  flush();
  return out;
}

/**
 * CPython 3.11's position markers under a traceback's source line `raw` (unstripped) for the
 * span `pos` of what failed: `~` under the operands and `^` under the operator of a binary
 * operation or the brackets of a subscript, else `^` under the whole span; nothing when plain
 * `^` would cover the whole stripped line. A span over several lines is marked to the end of
 * its first line. Returns the marker line with its newline, or ''. `pyModule`: as the
 * traceback module's Python code finds a binary operator after a `)` (the interpreter's C
 * code and it differ there: `(1)/0` is `~~~^~` uncaught but `~~~^^` from format_exc()).
 */
export function markerLine(raw: string, lineno: number, pos: SourcePos, pyModule = false): string {
  if (raw.trim() === '') return '';
  // The line as printed: the C code strips its indentation, the Python code both ends.
  const stripped = pyModule ? raw.trim() : raw.replace(LEADING_SPACE, '');
  // What stripping removed plus one: for the Python code that counts trailing spaces and the
  // line's newline (linecache lines keep it), which moves its markers left of trailing spaces.
  const lead = pyModule ? raw.length + 1 - stripped.length : raw.length - stripped.length + 1;
  // (columns are UTF-8 byte offsets, as CPython's)
  const start = charOffset(raw, pos.col_offset) + 1;
  let end = charOffset(raw, pos.end_col_offset) + 1;
  let anchors: [number, number] | null = null;
  if (lineno === pos.end_lineno) anchors = operatorAnchors(raw.slice(start - 1, end - 1), pyModule);
  else end = multiLineEnd(raw, pyModule) + 1;
  if (!(end - start < stripped.length || (anchors !== null && anchors[1] - anchors[0] > 0))) return '';
  // Columns as a terminal shows them: East Asian wide and fullwidth characters take two.
  const dpStart = displayWidth(raw, start - 1) + 1;
  const dpEnd = displayWidth(raw, end - 1) + 1;
  let m = '    ' + ' '.repeat(Math.max(0, dpStart - lead));
  if (anchors !== null) {
    const segment = raw.slice(start - 1, end - 1);
    const left = displayWidth(segment, anchors[0]);
    const right = displayWidth(segment, anchors[1]);
    m += '~'.repeat(left) + '^'.repeat(right - left) + '~'.repeat(Math.max(0, dpEnd - dpStart - right));
  } else {
    m += '^'.repeat(Math.max(0, dpEnd - dpStart));
  }
  return m + '\n';
}

/** The code points whose East Asian width is W or F in Unicode 14 (CPython 3.11's unicodedata),
 *  as [first, last] pairs written in hex; the assigned characters decide where a range ends. */
const WIDE_RANGES: number[] = '1100-115f,231a-231b,2329-232a,23e9-23ec,23f0,23f3,25fd-25fe,2614-2615,2648-2653,267f,2693,26a1,26aa-26ab,26bd-26be,26c4-26c5,26ce,26d4,26ea,26f2-26f3,26f5,26fa,26fd,2705,270a-270b,2728,274c,274e,2753-2755,2757,2795-2797,27b0,27bf,2b1b-2b1c,2b50,2b55,2e80-303e,3041-3247,3250-4dbf,4e00-a4c6,a960-a97c,ac00-d7a3,f900-fad9,fe10-fe19,fe30-fe6b,ff01-ff60,ffe0-ffe6,16fe0-1b2fb,1f004,1f0cf,1f18e,1f191-1f19a,1f200-1f320,1f32d-1f335,1f337-1f37c,1f37e-1f393,1f3a0-1f3ca,1f3cf-1f3d3,1f3e0-1f3f0,1f3f4,1f3f8-1f43e,1f440,1f442-1f4fc,1f4ff-1f53d,1f54b-1f54e,1f550-1f567,1f57a,1f595-1f596,1f5a4,1f5fb-1f64f,1f680-1f6c5,1f6cc,1f6d0-1f6d2,1f6d5-1f6df,1f6eb-1f6ec,1f6f4-1f6fc,1f7e0-1f7f0,1f90c-1f93a,1f93c-1f945,1f947-1f9ff,1fa70-1faf6,20000-3134a'
  .split(',').flatMap((r) => {
    const [a, b] = r.split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE_RANGES[2 * mid]) hi = mid - 1;
    else if (cp > WIDE_RANGES[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Where the markers of a span that goes on past its first line `raw` end (a UTF-16 offset): the
 * traceback module's Python code stops at the last non-space character; the interpreter's C code
 * scans the line's UTF-8 bytes backwards from the index that is its length in characters, so
 * the end moves after non-ASCII text (`x = "é"; z = (x +` ends before the `+`).
 */
function multiLineEnd(raw: string, pyModule: boolean): number {
  if (pyModule) return raw.trimEnd().length;
  const bytes = Buffer.from(raw, 'utf8');
  let i = [...raw].length;
  while (--i >= 0 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0c));
  let cps = i + 1;
  let u = 0;
  while (cps > 0 && u < raw.length) {
    u += raw.codePointAt(u)! > 0xffff ? 2 : 1;
    cps--;
  }
  return u;
}

/** How many terminal columns the first `upto` UTF-16 units of `s` take, as the traceback
 *  module's _display_width counts them: two for a wide or fullwidth character, else one. */
function displayWidth(s: string, upto: number): number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return upto;
  let w = 0;
  let i = 0;
  while (i < upto && i < s.length) {
    const cp = s.codePointAt(i)!;
    w += isWide(cp) ? 2 : 1;
    i += cp > 0xffff ? 2 : 1;
  }
  return w + Math.max(0, upto - i);
}

const LEADING_SPACE = /^[ \t\f]+/;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** The character offset in `s` of UTF-8 byte offset `b` (a split character counts as one). */
function charOffset(s: string, b: number): number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return Math.min(b, s.length);
  return Buffer.from(s, 'utf8').subarray(0, b).toString('utf8').length;
}

/** Where the operator of a binary operation (or the brackets of a subscript) lies in the
 *  source `segment` of the failing expression: [from, to) offsets, or null for anything else. */
function operatorAnchors(segment: string, pyModule: boolean): [number, number] | null {
  let e: expr;
  try {
    const tree = parse(segment, '<traceback>', 'exec');
    if (tree._type !== 'Module' || tree.body.length !== 1) return null;
    const st = tree.body[0];
    if (st._type !== 'Expr') return null;
    e = st.value;
  } catch {
    return null;
  }
  const norm = (b: number) => charOffset(segment, b);
  if (e._type === 'BinOp' && !pyModule) {
    // The first character that is neither a space nor a closing parenthesis of the left operand
    // (on the UTF-8 bytes, one char per byte here, as the C code scans them).
    const bytes = Buffer.from(segment, 'utf8').toString('latin1');
    let anchors: [number, number] = [0, 0];
    const to = e.right.col_offset;
    for (let i = e.left.end_col_offset; i < to; i++) {
      if (isSpace(bytes[i])) continue;
      anchors = [i, i + 1];
      if (i + 1 < to && !isSpace(bytes[i + 1])) anchors[1]++;
      if (i + 1 < to && bytes[i] === ')') continue;
      break;
    }
    return [norm(anchors[0]), norm(anchors[1])];
  }
  if (e._type === 'BinOp') {
    // (as traceback.py: its mix of byte and character offsets included)
    const opText = segment.slice(norm(e.left.end_col_offset), norm(e.right.col_offset));
    const off = opText.length - opText.trimStart().length;
    let left = e.left.end_col_offset + off;
    let right = left + 1;
    if (off + 1 < opText.length && !isSpace(opText[off + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return [norm(left), norm(right)];
  }
  if (e._type === 'Subscript') {
    let left = norm(e.value.end_col_offset);
    let right = norm(e.slice.end_col_offset + 1);
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  return null;
}

/** The comparison an `assert` statement's AssertionError is placed on (CPython 3.11 keeps the
 *  span of a Compare test, also under `not`), or null for the statement's own span. */
export function assertBlame(test: expr): expr | null {
  while (test._type === 'UnaryOp' && test.op === 'Not') test = test.operand;
  return test._type === 'Compare' ? test : null;
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
  // (CPython's print_chained keeps need_close across a chained exception: a group printed as
  // the cause or context of a group's last member does not take its closing line away.)
  const needClose = ctx.needClose;
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, e] = chain[i];
    if (msg !== null) emit(ctx, msg);
    formatOne(e, ctx);
    if (i > 0) ctx.needClose = needClose;
  }
}

/**
 * The `Type: message` part (with a SyntaxError's location and text) and the notes, inside a
 * group as CPython's print_exception writes them: the margin goes before a SyntaxError's
 * `File` line, the message's first line and each note line, but not before a SyntaxError's
 * source text and markers nor the message's later lines (they are written as they are).
 */
function emitExceptionOnly(ctx: PrintContext, exc: PyObject): void {
  const text = formatExceptionOnly(exc);
  if (ctx.depth === 0) {
    ctx.out += text;
    return;
  }
  const notes = formatNotes(exc);
  const head = text.slice(0, text.length - notes.length);
  const prefix = indent(ctx) + '| ';
  let inMessage = false;
  for (const line of head.split(/(?<=\n)/)) {
    if (line === '') continue;
    if (inMessage) ctx.out += line;
    else if (line.startsWith('  File "')) ctx.out += prefix + line;
    else if (line.startsWith(' ')) ctx.out += line;
    else {
      inMessage = true;
      ctx.out += prefix + line;
    }
  }
  emit(ctx, notes);
}

function formatOne(exc: PyObject, ctx: PrintContext): void {
  const tb = limited(exc instanceof PyBaseException ? exc.traceback : [], ctx);
  const members = groupMembers(exc);
  if (members === null) {
    if (tb.length > 0) emit(ctx, 'Traceback (most recent call last):\n' + formatTracebackEntries(tb));
    emitExceptionOnly(ctx, exc);
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
  emitExceptionOnly(ctx, exc);
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
