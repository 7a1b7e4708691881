// File objects and open(): text files (_io.TextIOWrapper), binary files (_io.BufferedReader,
// _io.BufferedWriter, _io.BufferedRandom), in-memory streams (_io.StringIO, _io.BytesIO) and
// the standard streams (sys.stdin/stdout/stderr and their .buffer), all one JS class with
// per-object capabilities.
//
// Storage model:
//   - read-only files are read whole on the first read, decoded (and, for newline=None,
//     newline-translated) once, then served from memory;
//   - write-only files ('w', 'a', 'x') buffer writes in a JS string and write them through
//     the descriptor in big chunks (flush(), close(), a full buffer, or flushAllOutput() at
//     exit);
//   - update modes ('+') and StringIO/BytesIO keep the whole content in memory; a dirty
//     '+' file is written back whole on flush/close;
//   - the standard streams write to streams.ts's buffered outputs and read its line source.

import { openSync, closeSync, readFileSync, writeSync, fstatSync, ftruncateSync, constants as fsConstants } from 'node:fs';
import { isTerminal } from '../runtime/tty.js';
import { PyObj, type PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyList } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { E, newError, newException, type PyBaseException } from '../objects/exception.js';
import { setExcField } from '../objects/exception-types.js';
import { PyDict } from '../objects/dict.js';
import { typeOf, typeName, typeError, repr, isTrue, getAttr, call, argTypeName } from '../objects/protocol.js';
import { addMethods, addGetSets } from '../objects/native.js';
import { asIntValue, indexOf } from '../objects/int-type.js';
import { lookupSpecial, callFoundMethod } from '../objects/dunder.js';
import { defineNew } from '../objects/class-create.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { bindArgs, signature, positional } from './args.js';
import { strValue } from './text.js';
import { forEachItem } from './iterate.js';
import { makeNativeType } from './native-type.js';
import { makeBytes, bytesView } from './bytes-support.js';
import { PyByteArray } from '../objects/bytes.js';
import { PyMemoryView } from '../objects/memoryview.js';
import { lookupCodec, decodeBytes, encodeStr } from '../objects/str-codecs.js';
import { getStdout, getStderr, getStdin, onFlushAll } from './streams.js';

// ------------------------------------------------------------------------- errors

const ERRNO: Record<string, [number, string, string]> = {
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  ESRCH: [3, 'No such process', 'ProcessLookupError'],
  EINTR: [4, 'Interrupted system call', 'InterruptedError'],
  EIO: [5, 'Input/output error', 'OSError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  ECHILD: [10, 'No child processes', 'ChildProcessError'],
  EAGAIN: [11, 'Resource temporarily unavailable', 'BlockingIOError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  EXDEV: [18, 'Invalid cross-device link', 'OSError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  EMFILE: [24, 'Too many open files', 'OSError'],
  ENOTTY: [25, 'Inappropriate ioctl for device', 'OSError'],
  ETXTBSY: [26, 'Text file busy', 'OSError'],
  EFBIG: [27, 'File too large', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  ESPIPE: [29, 'Illegal seek', 'OSError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  EPIPE: [32, 'Broken pipe', 'BrokenPipeError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  ENOSYS: [38, 'Function not implemented', 'OSError'],
  ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
};

/** The Python OSError subclass for errno `code`, with errno/strerror/filename set. */
export function osErrorFromCode(code: string, filename?: PyObject, fallbackMessage?: string, errnoNum?: number): PyBaseException {
  const info = ERRNO[code];
  const errno = info ? info[0] : Math.abs(errnoNum ?? 0);
  const msg = info ? info[1] : fallbackMessage ?? code;
  const type = info ? E[info[2]] : E.OSError;
  const args: PyObject[] = filename === undefined ? [errno, msg] : [errno, msg, filename];
  const exc = newException(type, args);
  setExcField(exc, 'errno', errno);
  setExcField(exc, 'strerror', msg);
  if (filename !== undefined) setExcField(exc, 'filename', filename);
  return exc;
}

/** A Node fs error as the matching Python OSError; other values are rethrown as they are. */
export function osErrorFromNode(e: unknown, filename?: PyObject): unknown {
  const ne = e as NodeJS.ErrnoException;
  if (ne && typeof ne === 'object' && typeof ne.code === 'string' && !(e instanceof PyObj)) {
    return osErrorFromCode(ne.code, filename, ne.message, ne.errno);
  }
  return e;
}

let unsupportedType: PyType | null = null;
/** io.UnsupportedOperation (a subclass of OSError and ValueError). */
export function unsupportedOperationType(): PyType {
  if (unsupportedType !== null) return unsupportedType;
  const t = makeNativeType('io.UnsupportedOperation', [E.OSError, E.ValueError]);
  t.alloc = E.OSError.alloc;
  t.hasInstanceDict = true;
  unsupportedType = t;
  return t;
}

function unsupported(msg: string): never {
  throw newError(unsupportedOperationType(), msg);
}

function closedError(period = true): never {
  throw newError(E.ValueError, period ? 'I/O operation on closed file.' : 'I/O operation on closed file');
}

// ------------------------------------------------------------------------- the object

type Std = 'stdin' | 'stdout' | 'stderr' | null;

export class PyIOFile extends PyObj {
  binary = false;
  canRead = false;
  canWrite = false;
  appending = false;
  canSeek = true;
  /** StringIO / BytesIO (no name, no descriptor). */
  memory = false;
  std: Std = null;
  name: PyObject | undefined = undefined;
  mode = '';
  encodingName = 'UTF-8';
  errors = 'strict';
  /** The newline argument (text): null = universal with translation. */
  newline: string | null = null;
  closed = false;
  closefd = true;
  fd = -1;

  // In-memory content (read modes, '+' modes, StringIO/BytesIO).
  loaded = false;
  /** The file's bytes while they could not be decoded yet. */
  raw: Uint8Array | null = null;
  text = '';
  bytes: Uint8Array = new Uint8Array(0);
  blen = 0;
  pos = 0;
  dirty = false;

  // Streamed writes (write-only files): pending text/bytes and the file position.
  pendingText = '';
  pendingBytes: Uint8Array[] = [];
  pendingSize = 0;
  wpos = 0;

  constructor(cls: PyType) {
    super(cls, new PyDict());
  }
}

const BLOCK = 1 << 16;

function self(v: PyObject): PyIOFile {
  return v as PyIOFile;
}

const BUFFERED_CLOSED: Record<string, string> = {
  read: 'read of closed file', readline: 'readline of closed file', readlines: 'readline of closed file',
  write: 'write to closed file', writelines: 'write to closed file', flush: 'flush of closed file',
  seek: 'seek of closed file', truncate: 'truncate of closed file',
};

/** ValueError for an operation on a closed file, worded as each CPython class words it. */
function checkOpen(f: PyIOFile, op = ''): void {
  if (!f.closed) return;
  if (op === 'iter' || op === 'enter') closedError(true);
  if (f.memory) closedError(f.binary);
  if (f.binary) {
    const m = BUFFERED_CLOSED[op];
    if (m !== undefined) throw newError(E.ValueError, m);
    closedError(false);
  }
  closedError(op !== 'readable' && op !== 'writable' && op !== 'seekable' && op !== 'fileno');
}

function checkReadable(f: PyIOFile, op = 'read'): void {
  if (f.binary && !f.canRead) unsupported('read');
  checkOpen(f, op);
  if (!f.canRead) unsupported('not readable');
}

function checkWritable(f: PyIOFile, op = 'write'): void {
  if (f.binary && !f.canWrite) unsupported('write');
  checkOpen(f, op);
  if (!f.canWrite) unsupported('not writable');
}

/** Code-point length of a JS string. */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** UTF-16 index of the code point at index `cp` (clamped to the end). */
function cpIndex(s: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

// --- loading and writing back ---------------------------------------------------------

function translateNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

function decodeContent(f: PyIOFile, data: Uint8Array): string {
  const t = decodeBytes(data, f.encodingName, f.errors);
  return f.newline === null ? translateNewlines(t) : t;
}

/** Reads the file's content into memory (from the descriptor's current position). */
function ensureLoaded(f: PyIOFile): void {
  if (f.loaded) return;
  if (f.std !== null || f.memory) {
    f.loaded = true;
    return;
  }
  let data = f.raw;
  if (data === null) {
    try {
      data = f.raw = readFileSync(f.fd);
    } catch (e) {
      throw osErrorFromNode(e);
    }
  }
  if (f.binary) {
    f.bytes = data;
    f.blen = data.length;
  } else {
    // A decoding error leaves the file unloaded, so the next read raises it again.
    f.text = decodeContent(f, data);
  }
  f.loaded = true;
  f.raw = null;
}

/** Writes buffered output through to the file. */
function flushFile(f: PyIOFile): void {
  if (f.std === 'stdout') {
    getStdout().flush();
    return;
  }
  if (f.std === 'stderr') {
    getStderr().flush();
    return;
  }
  if (f.fd < 0) return;
  try {
    if (f.pendingSize > 0) {
      let data: Uint8Array;
      if (f.binary) {
        data = f.pendingBytes.length === 1 ? f.pendingBytes[0] : Buffer.concat(f.pendingBytes);
        f.pendingBytes = [];
      } else {
        data = encodeStr(f.pendingText, f.encodingName, f.errors);
        f.pendingText = '';
      }
      f.pendingSize = 0;
      writeAll(f.fd, data, f.appending ? null : f.wpos);
      f.wpos += data.length;
    }
    if (f.dirty) {
      f.dirty = false;
      const data = f.binary ? f.bytes.subarray(0, f.blen) : encodeStr(outText(f, f.text), f.encodingName, f.errors);
      writeAll(f.fd, data, 0);
      ftruncateSync(f.fd, data.length);
    }
  } catch (e) {
    throw osErrorFromNode(e);
  }
}

function writeAll(fd: number, data: Uint8Array, position: number | null): void {
  let off = 0;
  while (off < data.length) {
    const n = writeSync(fd, data, off, data.length - off, position === null ? null : position + off);
    off += n;
  }
}

/** Text as written to the file: '\n' becomes the newline argument when that is '\r' or '\r\n'. */
function outText(f: PyIOFile, s: string): string {
  if (f.newline === '\r' || f.newline === '\r\n') return s.replace(/\n/g, f.newline);
  return s;
}

const openFiles = new Set<PyIOFile>();

/** Writes out every open file's buffered output (errors are not reported, as at exit). */
function flushOpenFiles(): void {
  for (const f of openFiles) {
    if (f.pendingSize === 0 && !f.dirty) continue;
    try {
      flushFile(f);
    } catch {
      /* as CPython when it flushes a file being finalized */
    }
  }
}
onFlushAll(flushOpenFiles);

function closeFile(f: PyIOFile): void {
  if (f.closed) return;
  try {
    flushFile(f);
  } finally {
    f.closed = true;
    openFiles.delete(f);
    if (f.fd >= 0 && f.closefd && f.std === null) {
      try {
        closeSync(f.fd);
      } catch (e) {
        throw osErrorFromNode(e);
      }
    }
  }
}

// --- reading ----------------------------------------------------------------------------

/** stdin text not yet consumed by read(n)/readline(n). */
let stdinPushback = '';

// sys.stdin splits lines at "\n" and keeps "\r" (CPython's create_stdio: newline="\n" on POSIX).
function stdinLine(): string {
  return stdinRawLine();
}

function stdinRawLine(): string {
  if (stdinPushback !== '') {
    const nl = stdinPushback.indexOf('\n');
    if (nl >= 0) {
      const line = stdinPushback.slice(0, nl + 1);
      stdinPushback = stdinPushback.slice(nl + 1);
      return line;
    }
    const head = stdinPushback;
    stdinPushback = '';
    return head + (getStdin().readLine() ?? '');
  }
  return getStdin().readLine() ?? '';
}

function stdinAll(): string {
  const t = stdinPushback + getStdin().readAll();
  stdinPushback = '';
  return t;
}

/** The next line of stdin as a Python string ('' at end of input): input() and sys.stdin. */
export function readStdinLine(): string {
  return stdinLine();
}

function readText(f: PyIOFile, n: number): string {
  if (f.std === 'stdin') {
    if (n < 0) return stdinAll();
    while (cpLength(stdinPushback) < n) {
      const line = getStdin().readLine();
      if (line === null) break;
      stdinPushback += line;
    }
    const cut = cpIndex(stdinPushback, n);
    const r = stdinPushback.slice(0, cut);
    stdinPushback = stdinPushback.slice(cut);
    return r;
  }
  ensureLoaded(f);
  const start = f.pos;
  const end = n < 0 ? f.text.length : Math.min(f.text.length, start + cpIndex(f.text.slice(start, start + 2 * n), n));
  f.pos = end;
  return f.text.slice(start, end);
}

/** End index (exclusive) of the line starting at `start` in `s`, per the newline mode. */
function lineEnd(s: string, start: number, newline: string | null): number {
  if (newline === null || newline === '\n') {
    const nl = s.indexOf('\n', start);
    return nl < 0 ? s.length : nl + 1;
  }
  if (newline === '') {
    for (let i = start; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) return i + 1 < s.length && s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return s.length;
  }
  const nl = s.indexOf(newline, start);
  return nl < 0 ? s.length : nl + newline.length;
}

function readTextLine(f: PyIOFile, limit: number): string {
  if (f.std === 'stdin') {
    const line = stdinLine();
    if (limit < 0 || cpLength(line) <= limit) return line;
    const cut = cpIndex(line, limit);
    stdinPushback = line.slice(cut) + stdinPushback;
    return line.slice(0, cut);
  }
  ensureLoaded(f);
  const start = f.pos;
  let end = lineEnd(f.text, start, f.newline);
  if (limit >= 0) end = Math.min(end, start + cpIndex(f.text.slice(start, end), limit));
  f.pos = end;
  return f.text.slice(start, end);
}

function stdinBytes(n: number, line: boolean): Uint8Array {
  const text = line ? readTextLine(stdinFile(), n) : readText(stdinFile(), n);
  return Buffer.from(text, 'utf8');
}

function readBytes(f: PyIOFile, n: number): Uint8Array {
  if (f.std === 'stdin') return stdinBytes(n, false);
  ensureLoaded(f);
  const start = Math.min(f.pos, f.blen);
  const end = n < 0 ? f.blen : Math.min(f.blen, start + n);
  f.pos = Math.max(f.pos, end);
  return f.bytes.slice(start, end);
}

function readBytesLine(f: PyIOFile, limit: number): Uint8Array {
  if (f.std === 'stdin') return stdinBytes(limit, true);
  ensureLoaded(f);
  const start = Math.min(f.pos, f.blen);
  let end = f.bytes.subarray(0, f.blen).indexOf(10, start);
  end = end < 0 ? f.blen : end + 1;
  if (limit >= 0) end = Math.min(end, start + limit);
  f.pos = Math.max(f.pos, end);
  return f.bytes.slice(start, end);
}

/** The next line ('' / empty bytes at the end), as a Python value. */
function readLineValue(f: PyIOFile, limit: number): PyObject {
  return f.binary ? makeBytes(readBytesLine(f, limit)) : readTextLine(f, limit);
}

function lineIsEmpty(v: PyObject): boolean {
  if (typeof v === 'string') return v.length === 0;
  const b = bytesView(v);
  return b !== undefined && b.length === 0;
}

// --- writing ----------------------------------------------------------------------------

function writeText(f: PyIOFile, s: string): void {
  if (f.std === 'stdout') {
    getStdout().write(stdText('stdout', s));
    return;
  }
  if (f.std === 'stderr') {
    getStderr().write(stdText('stderr', s));
    return;
  }
  if (f.memory) {
    if (f.newline === null) s = translateNewlines(s);
    else if (f.newline === '\r' || f.newline === '\r\n') s = s.replace(/\n/g, f.newline);
    spliceText(f, s);
    return;
  }
  if (f.loaded || f.canRead) {
    ensureLoaded(f);
    if (f.appending) f.pos = f.text.length;
    spliceText(f, s);
    f.dirty = true;
    return;
  }
  f.pendingText += outText(f, s);
  f.pendingSize += s.length;
  if (f.pendingSize >= BLOCK) flushFile(f);
}

function spliceText(f: PyIOFile, s: string): void {
  const t = f.text;
  if (f.pos === t.length) f.text = t + s;
  else if (f.pos > t.length) f.text = t + '\0'.repeat(f.pos - t.length) + s;
  else f.text = t.slice(0, f.pos) + s + t.slice(f.pos + s.length);
  f.pos += s.length;
}

function writeBytes(f: PyIOFile, data: Uint8Array): void {
  if (f.std === 'stdout' || f.std === 'stderr') {
    (f.std === 'stdout' ? getStdout() : getStderr()).write(new TextDecoder().decode(data));
    return;
  }
  if (f.memory || f.loaded || f.canRead) {
    ensureLoaded(f);
    if (f.appending) f.pos = f.blen;
    const end = f.pos + data.length;
    if (end > f.bytes.length) {
      const grown = new Uint8Array(Math.max(end, f.bytes.length * 2, 64));
      grown.set(f.bytes.subarray(0, f.blen));
      f.bytes = grown;
    }
    if (f.pos > f.blen) f.bytes.fill(0, f.blen, f.pos);
    f.bytes.set(data, f.pos);
    f.pos = end;
    f.blen = Math.max(f.blen, end);
    if (!f.memory) f.dirty = true;
    return;
  }
  f.pendingBytes.push(data.slice());
  f.pendingSize += data.length;
  if (f.pendingSize >= BLOCK) flushFile(f);
}

/** Writes one Python value to the file (text: str; binary: bytes-like); returns its length. */
function writeValue(f: PyIOFile, v: PyObject): number {
  if (f.binary) {
    const b = bytesView(v);
    if (b === undefined) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
    checkWritable(f);
    writeBytes(f, b);
    return b.length;
  }
  const s = strValue(v);
  if (s === undefined) {
    if (f.memory) typeError(`string argument expected, got '${typeName(v)}'`);
    typeError(`write() argument must be str, not ${argTypeName(v)}`);
  }
  checkWritable(f);
  writeText(f, s);
  return cpLength(s);
}

/** Writes text to a stream object: fast for our own, `stream.write(text)` for anything else. */
export function writeToStream(stream: PyObject, text: string): void {
  if (stream instanceof PyIOFile && !stream.binary && (stream.dict === null || stream.dict.size === 0)) {
    checkWritable(stream);
    writeText(stream, text);
    return;
  }
  call(getAttr(stream, 'write'), [text]);
}

/** Calls stream.<name>() if the stream has it (flush). */
export function callStreamMethod(stream: PyObject, name: string, args: PyObject[]): PyObject {
  if (stream instanceof PyIOFile && name === 'flush') {
    checkOpen(stream, 'flush');
    flushFile(stream);
    return None;
  }
  return call(getAttr(stream, name), args);
}

// ------------------------------------------------------------------------- types

interface IOTypes {
  text: PyType;
  reader: PyType;
  writer: PyType;
  random: PyType;
  stringio: PyType;
  bytesio: PyType;
}
let types: IOTypes | null = null;

/** The name of the io type a method of `v` belongs to (its own type or the nearest io base). */
function ioTypeName(v: PyObject): string {
  const t = typeOf(v);
  if (types !== null) {
    for (const base of t.mro) {
      if (Object.values(types).includes(base)) return base.name.slice(base.name.lastIndexOf('.') + 1);
    }
  }
  return typeName(v);
}

/** The check of a METH_O method: "TextIOWrapper.write() takes exactly one argument (0 given)". */
function exactlyOne(v: PyObject, method: string, args: PyObject[], kw: string[] | null, owner: string | null = null): void {
  // (The owner's name is looked up on the MRO only for the error: f.write(s) is hot.)
  if (kw !== null && kw.length > 0) typeError(`${owner ?? ioTypeName(v)}.${method}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${owner ?? ioTypeName(v)}.${method}() takes exactly one argument (${args.length} given)`);
}

function sizeArg(v: PyObject | undefined, optional: boolean): number {
  if (v === undefined) return -1;
  if (v === None && optional) return -1;
  if (optional && asIntValue(v) === undefined && lookupSpecial(v, '__index__') === undefined) {
    typeError(`argument should be integer or None, not '${typeName(v)}'`);
  }
  const n = indexOf(v);
  return typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
}

function fileRepr(v: PyObject): string {
  const f = self(v);
  const tn = typeOf(f).name;
  let out = `<${tn}`;
  if (f.name !== undefined) out += ` name=${repr(f.name)}`;
  if (!f.binary) out += ` mode=${repr(f.mode)} encoding=${repr(f.encodingName)}`;
  return out + '>';
}

function iterNextLine(v: PyObject): PyObject | undefined {
  const f = self(v);
  checkReadable(f, 'readline');
  const line = readLineValue(f, -1);
  return lineIsEmpty(line) ? undefined : line;
}

function installCommon(t: PyType): void {
  t.slots.iter = (v) => {
    checkOpen(self(v), 'iter');
    return v;
  };
  t.slots.iternext = iterNextLine;
  t.slots.repr = fileRepr;
  addMethods(t, {
    read: (v, args, kw) => {
      positional('read', args, kw, 0, 1);
      const f = self(v);
      checkReadable(f);
      const n = sizeArg(args[0], true);
      return f.binary ? makeBytes(readBytes(f, n)) : readText(f, n);
    },
    readline: (v, args, kw) => {
      positional('readline', args, kw, 0, 1);
      const f = self(v);
      checkReadable(f, 'readline');
      return readLineValue(f, sizeArg(args[0], f.memory || f.binary));
    },
    readlines: (v, args, kw) => {
      positional('readlines', args, kw, 0, 1);
      const f = self(v);
      checkReadable(f, 'readlines');
      const hint = sizeArg(args[0], true);
      const out: PyObject[] = [];
      let total = 0;
      for (;;) {
        const line = readLineValue(f, -1);
        if (lineIsEmpty(line)) break;
        out.push(line);
        total += typeof line === 'string' ? line.length : bytesView(line)!.length;
        if (hint > 0 && total >= hint) break;
      }
      return new PyList(out);
    },
    write: (v, args, kw) => {
      exactlyOne(v, 'write', args, kw);
      return writeValue(self(v), args[0]);
    },
    writelines: (v, args, kw) => {
      // Only BytesIO has its own writelines; the others inherit _IOBase's.
      exactlyOne(v, 'writelines', args, kw, types !== null && typeOf(v).mro.includes(types.bytesio) ? 'BytesIO' : '_IOBase');
      const f = self(v);
      checkOpen(f, 'writelines');
      forEachItem(args[0], (line) => {
        writeValue(f, line);
      });
      return None;
    },
    flush: (v) => {
      const f = self(v);
      if (f.memory && !f.binary) return None;
      checkOpen(f, 'flush');
      flushFile(f);
      return None;
    },
    close: (v) => {
      closeFile(self(v));
      return None;
    },
    __enter__: (v) => {
      checkOpen(self(v), 'enter');
      return v;
    },
    __exit__: (v) => {
      closeFile(self(v));
      return None;
    },
    readable: (v) => {
      checkOpen(self(v), 'readable');
      return self(v).canRead;
    },
    writable: (v) => {
      checkOpen(self(v), 'writable');
      return self(v).canWrite;
    },
    seekable: (v) => {
      checkOpen(self(v), 'seekable');
      return self(v).canSeek && self(v).std === null;
    },
    isatty: (v) => {
      const f = self(v);
      checkOpen(f);
      if (f.fd < 0) return false;
      try {
        return isTerminal(f.fd);
      } catch {
        return false;
      }
    },
    fileno: (v) => {
      const f = self(v);
      if (f.memory) unsupported('fileno');
      checkOpen(f, 'fileno');
      return f.fd;
    },
    tell: (v) => {
      const f = self(v);
      checkOpen(f);
      return tellOf(f);
    },
    seek: (v, args, kw) => {
      positional('seek', args, kw, 1, 2);
      const f = self(v);
      checkOpen(f, 'seek');
      const whence = args.length > 1 ? Number(indexOf(args[1])) : 0;
      return seekTo(f, indexOf(args[0]), whence);
    },
    truncate: (v, args, kw) => {
      positional('truncate', args, kw, 0, 1);
      const f = self(v);
      checkOpen(f, 'truncate');
      if (!f.canWrite) unsupported(f.memory ? 'not writable' : 'truncate');
      const size = args.length === 0 || args[0] === None ? undefined : Number(indexOf(args[0]));
      return truncateTo(f, size);
    },
  });
  addGetSets(t, {
    closed: [(v) => self(v).closed],
  });
}

function tellOf(f: PyIOFile): number {
  if (f.std !== null) {
    if (f.std === 'stdin') unsupported('underlying stream is not seekable');
    return 0;
  }
  if (f.binary) {
    if (!f.loaded && !f.memory && !f.canRead) return f.wpos + f.pendingSize;
    return f.pos;
  }
  if (f.memory) return cpLength(f.text.slice(0, f.pos));
  if (!f.loaded && !f.canRead) {
    return f.wpos + (f.pendingSize === 0 ? 0 : Buffer.byteLength(f.pendingText, 'utf8'));
  }
  ensureLoaded(f);
  return encodeStr(outText(f, f.text.slice(0, f.pos)), f.encodingName, 'replace').length;
}

function seekTo(f: PyIOFile, offArg: number | bigint, whence: number): PyObject {
  if (f.std !== null) unsupported('underlying stream is not seekable');
  const off = Number(offArg);
  if (whence !== 0 && whence !== 1 && whence !== 2) {
    throw newError(E.ValueError, f.binary ? `whence value ${whence} unsupported` : `invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  if (!f.binary && whence !== 0 && off !== 0) {
    if (f.memory) throw osErrorPlain("Can't do nonzero cur-relative seeks");
    unsupported(whence === 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
  }
  if (whence === 0 && off < 0) throw newError(E.ValueError, `negative seek position ${off}`);
  // Write-only streamed files: flush and move the write position.
  if (!f.memory && !f.loaded && !f.canRead) {
    flushFile(f);
    if (whence === 2) f.wpos = fstatSync(f.fd).size + off;
    else if (whence === 1) f.wpos += off;
    else f.wpos = off;
    return f.wpos;
  }
  ensureLoaded(f);
  if (f.binary) {
    const base = whence === 0 ? 0 : whence === 1 ? f.pos : f.blen;
    f.pos = Math.max(0, base + off);
    return f.pos;
  }
  if (whence === 2) {
    f.pos = f.text.length;
    return tellOf(f);
  }
  if (whence === 1) return tellOf(f);
  if (f.memory) {
    f.pos = off <= cpLength(f.text) ? cpIndex(f.text, off) : f.text.length + (off - cpLength(f.text));
    return off;
  }
  // A byte offset in the encoded file: find the matching character position.
  let bytes = 0;
  let i = 0;
  while (i < f.text.length && bytes < off) {
    const cp = f.text.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  f.pos = i;
  return off;
}

function osErrorPlain(msg: string): PyBaseException {
  return newError(E.OSError, msg);
}

function truncateTo(f: PyIOFile, size: number | undefined): PyObject {
  if (!f.memory && !f.loaded && !f.canRead) {
    flushFile(f);
    const n = size ?? f.wpos;
    ftruncateSync(f.fd, n);
    return n;
  }
  ensureLoaded(f);
  if (f.binary) {
    const n = size ?? f.pos;
    if (n < f.blen) f.blen = n;
    if (!f.memory) f.dirty = true;
    return n;
  }
  if (f.memory) {
    const n = size ?? cpLength(f.text.slice(0, f.pos));
    f.text = f.text.slice(0, cpIndex(f.text, n));
    return n;
  }
  const n = size ?? f.pos;
  f.text = f.text.slice(0, n);
  f.dirty = true;
  return n;
}

function ioTypes(): IOTypes {
  if (types !== null) return types;
  const text = makeNativeType('_io.TextIOWrapper');
  const reader = makeNativeType('_io.BufferedReader');
  const writer = makeNativeType('_io.BufferedWriter');
  const random = makeNativeType('_io.BufferedRandom');
  const stringio = makeNativeType('_io.StringIO');
  const bytesio = makeNativeType('_io.BytesIO');
  for (const t of [text, reader, writer, random, stringio, bytesio]) installCommon(t);
  stringio.slots.repr = T.object.slots.repr;
  bytesio.slots.repr = T.object.slots.repr;
  for (const t of [text, reader, writer, random]) {
    addGetSets(t, {
      name: [(v) => {
        const f = self(v);
        if (f.name === undefined) throw newError(E.AttributeError, `'${typeName(v)}' object has no attribute 'name'`);
        return f.name;
      }],
      mode: [(v) => self(v).mode],
    });
  }
  // Binary streams: read1 (one read: here the same as read) and readinto/readinto1, which fill
  // a writable buffer (bytearray, writable memoryview) and answer the count read.
  for (const t of [reader, random, bytesio]) {
    const readInto = (name: string) => (v: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
      positional(name, args, kw, 1, 1);
      const f = self(v);
      const dst = args[0];
      let target: Uint8Array | undefined;
      if (dst instanceof PyByteArray) target = dst.data;
      else if (dst instanceof PyMemoryView && !dst.readonly && !dst.released && dst.stride === dst.itemsize) {
        target = dst.base.data.subarray(dst.offset, dst.offset + dst.count * dst.itemsize);
      }
      if (target === undefined) {
        typeError(`${name}() argument must be read-write bytes-like object, not ${argTypeName(dst)}`);
      }
      checkReadable(f);
      const got = readBytes(f, target.length);
      target.set(got);
      return got.length;
    };
    addMethods(t, {
      read1: (v, args, kw) => {
        positional('read1', args, kw, 0, 1);
        const f = self(v);
        checkReadable(f);
        return makeBytes(readBytes(f, sizeArg(args[0], true)));
      },
      readinto: readInto('readinto'),
      readinto1: readInto('readinto1'),
    });
  }
  for (const t of [text, stringio]) {
    addGetSets(t, {
      encoding: [(v) => (self(v).memory ? None : self(v).encodingName)],
      errors: [(v) => self(v).errors],
      newlines: [() => None],
      line_buffering: [(v) => self(v).std === 'stderr' || (self(v).std === 'stdout' && getStdout().lineBuffered)],
    });
    addMethods(t, {
      reconfigure: () => None,
    });
  }
  addGetSets(text, {
    buffer: [(v) => bufferOf(self(v))],
  });
  for (const t of [stringio, bytesio]) {
    addMethods(t, {
      getvalue: (v) => {
        const f = self(v);
        if (f.closed) closedError(false);
        return f.binary ? makeBytes(f.bytes.slice(0, f.blen)) : f.text;
      },
    });
  }
  defineNew(stringio, (cls, args, kw) => {
    const [initial, newline] = bindArgs(signature('StringIO', ['initial_value', 'newline'], 0, 0), args, kw);
    const f = new PyIOFile(cls);
    f.memory = true;
    f.loaded = true;
    f.canRead = f.canWrite = true;
    f.newline = '\n';
    if (newline !== undefined) {
      const nl = newline === None ? null : strValue(newline);
      if (nl === undefined) typeError(`newline must be str or None, not ${typeName(newline)}`);
      if (nl !== null && !['', '\n', '\r', '\r\n'].includes(nl)) throw newError(E.ValueError, `illegal newline value: ${repr(newline)}`);
      f.newline = nl;
    }
    if (initial !== undefined && initial !== None) {
      const s = strValue(initial);
      if (s === undefined) typeError(`initial_value must be str or None, not ${typeName(initial)}`);
      writeText(f, s);
      f.pos = 0;
    }
    return f;
  });
  addMethods(stringio, {
    __init__: () => None,
  });
  defineNew(bytesio, (cls, args, kw) => {
    const [initial] = bindArgs(signature('BytesIO', ['initial_bytes'], 0, 0), args, kw);
    const f = new PyIOFile(cls);
    f.memory = true;
    f.loaded = true;
    f.binary = true;
    f.canRead = f.canWrite = true;
    if (initial !== undefined && initial !== None) {
      const b = bytesView(initial);
      if (b === undefined) typeError(`a bytes-like object is required, not '${typeName(initial)}'`);
      f.bytes = b.slice();
      f.blen = b.length;
    }
    return f;
  });
  addMethods(bytesio, {
    __init__: () => None,
  });
  for (const t of [text, reader, writer, random, stringio, bytesio]) exposeNativeSlots(t);
  types = { text, reader, writer, random, stringio, bytesio };
  return types;
}

/** io.StringIO / io.BytesIO / io.TextIOWrapper ... for the io module. */
export function ioTypeObjects(): Record<string, PyType> {
  const t = ioTypes();
  return {
    TextIOWrapper: t.text, BufferedReader: t.reader, BufferedWriter: t.writer, BufferedRandom: t.random,
    StringIO: t.stringio, BytesIO: t.bytesio, UnsupportedOperation: unsupportedOperationType(),
  };
}

// ------------------------------------------------------------------------- std streams

let stdObjects: { stdin: PyIOFile; stdout: PyIOFile; stderr: PyIOFile } | null = null;
const buffers = new WeakMap<PyIOFile, PyIOFile>();

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Text for the process's stdout/stderr, which CPython 3.11 encodes as UTF-8 with 'strict'
 * (under PYTHONIOENCODING=utf-8, as the corpus runs it; 'surrogateescape' in a bare C.UTF-8
 * locale) and 'backslashreplace': a lone surrogate raises UnicodeEncodeError on stdout
 * (nothing of `s` is written); stderr shows it escaped.
 */
export function stdText(std: 'stdout' | 'stderr', s: string): string {
  // (stderr's escaping is done by its sink, for tracebacks too: streams.ts fdSink.)
  if (std === 'stdout' && SURROGATE.test(s)) encodeStr(s, 'utf-8', 'strict');
  return s;
}

function makeStd(std: Exclude<Std, null>, fd: number): PyIOFile {
  const f = new PyIOFile(ioTypes().text);
  f.std = std;
  f.fd = fd;
  f.name = `<${std}>`;
  f.mode = std === 'stdin' ? 'r' : 'w';
  f.encodingName = 'utf-8';
  f.errors = std === 'stderr' ? 'backslashreplace' : 'strict';
  f.canRead = std === 'stdin';
  f.canWrite = std !== 'stdin';
  f.canSeek = false;
  f.loaded = true;
  return f;
}

function bufferOf(f: PyIOFile): PyObject {
  let b = buffers.get(f);
  if (b !== undefined) return b;
  if (f.std === null) throw newError(E.AttributeError, `'${typeName(f)}' object has no attribute 'buffer'`);
  const t = ioTypes();
  b = new PyIOFile(f.std === 'stdin' ? t.reader : t.writer);
  b.std = f.std;
  b.fd = f.fd;
  b.binary = true;
  b.name = f.name;
  b.mode = f.std === 'stdin' ? 'rb' : 'wb';
  b.canRead = f.canRead;
  b.canWrite = f.canWrite;
  b.canSeek = false;
  b.loaded = true;
  buffers.set(f, b);
  return b;
}

function stdinFile(): PyIOFile {
  return stdStreamObjects().stdin;
}

/** The default sys.stdin / sys.stdout / sys.stderr objects. */
export function stdStreamObjects(): { stdin: PyIOFile; stdout: PyIOFile; stderr: PyIOFile } {
  return (stdObjects ??= { stdin: makeStd('stdin', 0), stdout: makeStd('stdout', 1), stderr: makeStd('stderr', 2) });
}

/**
 * How print() and input() find the current sys.stdin/stdout/stderr: the sys module installs
 * a lookup (so `sys.stdout = StringIO()` redirects print). The default answers the std
 * objects above. A lookup may return undefined for a stream that was deleted.
 */
let sysStream: (name: 'stdin' | 'stdout' | 'stderr') => PyObject | undefined = (name) => stdStreamObjects()[name];
export function setSysStreamLookup(f: (name: 'stdin' | 'stdout' | 'stderr') => PyObject | undefined): void {
  sysStream = f;
}
export function currentSysStream(name: 'stdin' | 'stdout' | 'stderr'): PyObject | undefined {
  return sysStream(name);
}

/**
 * Writes an uncaught exception's report (or SystemExit's message) to sys.stderr, as CPython's
 * PyErr_Display does: a replacement object's write(), else the process's stderr.
 */
export function writeSysStderr(text: string): void {
  const s = sysStream('stderr');
  if (s === undefined || s === None || (s instanceof PyIOFile && s.std === 'stderr' && (s.dict === null || s.dict.size === 0))) {
    getStderr().write(text);
    return;
  }
  try {
    writeToStream(s, text);
    callStreamMethod(s, 'flush', []);
  } catch {
    getStderr().write(text);
  }
}

/** Is `v` our own, open, default stdout (print's fast path)? */
export function isFastStdout(v: PyObject): boolean {
  return v instanceof PyIOFile && v.std === 'stdout' && !v.closed && !v.binary && (v.dict === null || v.dict.size === 0);
}

// ------------------------------------------------------------------------- open()

const OPEN_SIG = signature('open', ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 0, 1);

function optionalStr(what: string, v: PyObject | undefined): string | null {
  if (v === undefined || v === None) return null;
  const s = strValue(v);
  if (s === undefined) typeError(`open() argument '${what}' must be str or None, not ${typeName(v)}`);
  return s;
}

/** A path argument: str, bytes (decoded as UTF-8), or an os.PathLike. */
export function fsPath(v: PyObject): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  const b = bytesView(v);
  if (b !== undefined && (typeOf(v).isSubtype(T.bytes))) return Buffer.from(b).toString('utf8');
  const m = lookupSpecial(v, '__fspath__');
  if (m !== undefined) {
    const r = callFoundMethod(m, v, []);
    const rs = strValue(r);
    if (rs !== undefined) return rs;
    const rb = bytesView(r);
    if (rb !== undefined && typeOf(r).isSubtype(T.bytes)) return Buffer.from(rb).toString('utf8');
    typeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  }
  typeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
}

export function builtinOpen(args: PyObject[], kwnames: string[] | null): PyObject {
  const [fileArg, modeArg, bufArg, encArg, errArg, nlArg, closefdArg, openerArg] = bindArgs(OPEN_SIG, args, kwnames);
  let mode = 'r';
  if (modeArg !== undefined) {
    const m = strValue(modeArg);
    if (m === undefined) typeError(`open() argument 'mode' must be str, not ${argTypeName(modeArg)}`);
    mode = m;
  }
  const buffering = bufArg === undefined ? -1 : Number(indexOf(bufArg));
  const encoding = optionalStr('encoding', encArg);
  const errors = optionalStr('errors', errArg);
  const newline = optionalStr('newline', nlArg);
  const closefd = closefdArg === undefined ? true : isTrue(closefdArg);
  if (openerArg !== undefined && openerArg !== None) typeError('open(): opener is not supported');

  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    if (!'xrwa+tb'.includes(c) || mode.indexOf(c, i + 1) >= 0) throw newError(E.ValueError, `invalid mode: '${mode}'`);
    if (c === 'x') creating = true;
    else if (c === 'r') reading = true;
    else if (c === 'w') writing = true;
    else if (c === 'a') appending = true;
    else if (c === '+') updating = true;
    else if (c === 't') text = true;
    else binary = true;
  }
  if (text && binary) throw newError(E.ValueError, "can't have text and binary mode at once");
  const kinds = +creating + +reading + +writing + +appending;
  if (kinds > 1) throw newError(E.ValueError, 'must have exactly one of create/read/write/append mode');
  if (binary && encoding !== null) throw newError(E.ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw newError(E.ValueError, "binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw newError(E.ValueError, "binary mode doesn't take a newline argument");
  if (kinds === 0) throw newError(E.ValueError, 'Must have exactly one of create/read/write/append mode and at most one plus');

  const t = ioTypes();
  const cls = binary ? (updating ? t.random : reading ? t.reader : t.writer) : t.text;
  const f = new PyIOFile(cls);
  f.binary = binary;
  f.canRead = reading || updating;
  f.canWrite = !reading || updating;
  f.appending = appending;
  f.closefd = closefd;
  f.newline = newline;
  if (!binary) {
    f.encodingName = encoding ?? 'UTF-8';
    f.errors = errors ?? 'strict';
    f.mode = mode;
  } else {
    f.mode = creating ? (updating ? 'xb+' : 'xb') : appending ? (updating ? 'ab+' : 'ab') : f.canRead ? (f.canWrite ? 'rb+' : 'rb') : 'wb';
  }

  const fileObj = fileArg!;
  let fd: number;
  const fdNum = typeof fileObj === 'number' || typeof fileObj === 'boolean' ? Number(fileObj) : undefined;
  if (fdNum !== undefined) {
    fd = fdNum;
    f.name = fileObj;
  } else {
    const path = fsPath(fileObj);
    f.name = fileObj;
    if (!closefd) throw newError(E.ValueError, 'Cannot use closefd=False with file name');
    // 'a+' keeps the content in memory and writes it back whole: no O_APPEND for it.
    const flags = creating ? (updating ? 'wx+' : 'wx') : reading ? (updating ? 'r+' : 'r') : writing ? (updating ? 'w+' : 'w')
      : updating ? fsConstants.O_RDWR | fsConstants.O_CREAT : 'a';
    // CPython closes (and so flushes) a file as soon as it is unreferenced, so
    // `open(p, 'w').write(s)` followed by `open(p).read()` sees the text: write out what other
    // open files hold before opening this one.
    flushOpenFiles();
    try {
      fd = openSync(path, flags, 0o666);
    } catch (e) {
      throw osErrorFromNode(e, fileObj);
    }
    try {
      if (fstatSync(fd).isDirectory()) {
        closeSync(fd);
        throw osErrorFromCode('EISDIR', fileObj);
      }
    } catch (e) {
      throw osErrorFromNode(e, fileObj);
    }
  }
  f.fd = fd;
  if (buffering === 0 && !binary) {
    if (fdNum === undefined) closeSync(fd);
    throw newError(E.ValueError, "can't have unbuffered text I/O");
  }
  if (!binary) {
    // The text layer is set up after the file is open (CPython's TextIOWrapper.__init__).
    try {
      lookupCodec(f.encodingName);
      if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw newError(E.ValueError, `illegal newline value: ${newline}`);
    } catch (e) {
      if (fdNum === undefined) closeSync(fd);
      throw e;
    }
  }
  if (updating) {
    // The whole content in memory; appending starts at the end.
    f.loaded = false;
    ensureLoaded(f);
    if (appending) f.pos = f.binary ? f.blen : f.text.length;
  } else if (!reading && appending) {
    try {
      f.wpos = fstatSync(fd).size;
    } catch {
      f.wpos = 0;
    }
  }
  if (f.canWrite) openFiles.add(f);
  return f;
}
