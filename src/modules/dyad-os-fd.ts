// `_dyad_os`'s file-descriptor calls: os.open, close, read, write, lseek, fstat, isatty, fsync,
// ftruncate, and the O_* / SEEK_* constants (Linux values, from Node's fs.constants).
//
// Node has no lseek, so a descriptor that os.open made carries its own offset here (`offsets`)
// and every os.read/os.write on it is a positioned read/write (pread/pwrite) that advances it;
// O_APPEND descriptors write at the end. Other descriptors (0, 1, 2, a file object's fileno())
// use the kernel's offset. fd 1 and 2 write through the process's stdout/stderr sinks without
// their Python-level buffers, so os.write(1, ...) comes before print() output still buffered, as
// in CPython when stdout is not a terminal.

import { openSync, closeSync, readSync, writeSync, fstatSync, fsyncSync, ftruncateSync, constants as fsc } from 'node:fs';
import { isTerminal } from '../runtime/tty.js';
import type { PyObject } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { asIntValue } from '../objects/int-type.js';
import { typeError, typeName } from '../objects/protocol.js';
import { newBytes } from '../objects/bytes.js';
import { bytesView } from '../builtins/bytes-support.js';
import { osErrorFromNode, osErrorFromCode, fsPath } from '../builtins/io.js';
import { getStdout, getStderr, getStdin } from '../builtins/streams.js';
import { statTuple } from './dyad-os.js';

/** Offsets of the descriptors os.open made (null: O_APPEND, writes go to the end). */
const offsets = new Map<number, number | null>();
/** stdin text read by os.read(0, n) beyond n bytes, kept for the next read. */
let stdinRest: Uint8Array = new Uint8Array(0);

/** An int argument (fd, count, offset): CPython's "'str' object cannot be interpreted as an integer". */
export function intArg(v: PyObject): number {
  const k = typeof v === 'boolean' || typeof v === 'number' ? Number(v) : asIntValue(v);
  if (k === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(k);
}

function osCall<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    throw osErrorFromNode(e);
  }
}

function badFd(): never {
  throw osErrorFromCode('EBADF');
}

export const OPEN_FLAGS: Record<string, number> = {
  O_RDONLY: fsc.O_RDONLY, O_WRONLY: fsc.O_WRONLY, O_RDWR: fsc.O_RDWR, O_CREAT: fsc.O_CREAT,
  O_EXCL: fsc.O_EXCL, O_NOCTTY: fsc.O_NOCTTY, O_TRUNC: fsc.O_TRUNC, O_APPEND: fsc.O_APPEND,
  O_DIRECTORY: fsc.O_DIRECTORY, O_NOFOLLOW: fsc.O_NOFOLLOW, O_SYNC: fsc.O_SYNC, O_DSYNC: fsc.O_DSYNC,
  O_NONBLOCK: fsc.O_NONBLOCK, O_NOATIME: fsc.O_NOATIME ?? 0o1000000, O_CLOEXEC: 0o2000000, O_ACCMODE: 3,
};

export function addFdCalls(d: PyDict, def: (name: string, min: number, max: number, f: (a: PyObject[]) => PyObject) => void): void {
  for (const k in OPEN_FLAGS) d.setStr(k, OPEN_FLAGS[k]);
  def('open', 3, 3, ([p, flags, mode]) => {
    const fl = intArg(flags);
    const path = fsPath(p);
    let fd: number;
    try {
      fd = openSync(path, fl, intArg(mode));
    } catch (e) {
      throw osErrorFromNode(e, p);
    }
    offsets.set(fd, fl & fsc.O_APPEND ? null : 0);
    return fd;
  });
  def('close', 1, 1, ([v]) => {
    const fd = intArg(v);
    if (fd >= 0 && fd <= 2 && !offsets.has(fd)) {
      // (The process's own streams stay open for the runtime: closing them is not emulated.)
      return None;
    }
    osCall(() => closeSync(fd));
    offsets.delete(fd);
    return None;
  });
  def('write', 2, 2, ([v, data]) => {
    const fd = intArg(v);
    const b = bytesView(data);
    if (b === undefined) typeError(`a bytes-like object is required, not '${typeName(data)}'`);
    return writeFd(fd, b);
  });
  def('read', 2, 2, ([v, count]) => {
    const fd = intArg(v);
    const n = intArg(count);
    if (n < 0) throw osErrorFromCode('EINVAL');
    return newBytes(readFd(fd, n));
  });
  def('lseek', 3, 3, ([v, pos, how]) => {
    const fd = intArg(v);
    const off = intArg(pos);
    const whence = intArg(how);
    const st = osCall(() => fstatSync(fd));
    if (!st.isFile()) throw osErrorFromCode('ESPIPE');
    const cur = offsets.get(fd) ?? 0;
    let at: number;
    if (whence === 0) at = off;
    else if (whence === 1) at = cur + off;
    else if (whence === 2) at = st.size + off;
    else throw osErrorFromCode('EINVAL');
    if (at < 0) throw osErrorFromCode('EINVAL');
    if (offsets.get(fd) !== null) offsets.set(fd, at);
    return at;
  });
  def('isatty', 1, 1, ([v]) => {
    const fd = intArg(v);
    try {
      return isTerminal(fd);
    } catch {
      return false;
    }
  });
  def('fsync', 1, 1, ([v]) => {
    const fd = intArg(v);
    osCall(() => fsyncSync(fd));
    return None;
  });
  def('ftruncate', 2, 2, ([v, len]) => {
    const fd = intArg(v);
    const n = intArg(len);
    if (n < 0) throw osErrorFromCode('EINVAL');
    osCall(() => ftruncateSync(fd, n));
    return None;
  });
  def('fstat', 1, 1, ([v]) => {
    const fd = intArg(v);
    return statTuple(osCall(() => fstatSync(fd, { bigint: true })));
  });
}

function writeFd(fd: number, b: Uint8Array): number {
  if ((fd === 1 || fd === 2) && !offsets.has(fd)) {
    (fd === 1 ? getStdout() : getStderr()).sink.write(new TextDecoder().decode(b));
    return b.length;
  }
  const pos = offsets.get(fd);
  if (pos === undefined && fd < 0) badFd();
  const n = osCall(() => writeSync(fd, b, 0, b.length, pos === undefined || pos === null ? null : pos));
  if (pos !== undefined && pos !== null) offsets.set(fd, pos + n);
  return n;
}

function readFd(fd: number, n: number): Uint8Array {
  if (fd === 0 && !offsets.has(0)) return readStdin(n);
  if (fd < 0) badFd();
  const pos = offsets.get(fd);
  const buf = new Uint8Array(n);
  const got = osCall(() => readSync(fd, buf, 0, n, pos === undefined || pos === null ? null : pos));
  if (pos !== undefined && pos !== null) offsets.set(fd, pos + got);
  return buf.subarray(0, got);
}

/** os.read(0, n): a line at a time from the runtime's stdin (as a terminal or pipe read gives). */
function readStdin(n: number): Uint8Array {
  if (stdinRest.length === 0) {
    const line = getStdin().readLine();
    if (line === null) return new Uint8Array(0);
    stdinRest = new TextEncoder().encode(line);
  }
  const out = stdinRest.subarray(0, n);
  stdinRest = stdinRest.subarray(out.length);
  return out.slice();
}
