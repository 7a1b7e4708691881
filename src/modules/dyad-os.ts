// `_dyad_os`: the operating-system calls lib/os.py needs (Node's fs/process underneath):
// getcwd, chdir, listdir, scandir's entries, stat (a tuple, see statTuple), access, chmod, utime,
// truncate, mkdir, rmdir, remove, rename, link, readlink, symlink, getpid, urandom, cpu_count and
// the environment. OS errors become OSError subclasses. The file-descriptor calls are in
// dyad-os-fd.ts, the process and system calls in dyad-os-process.ts.

import { readdirSync, statSync, lstatSync, mkdirSync, rmdirSync, unlinkSync, renameSync, readlinkSync, symlinkSync, linkSync, accessSync, chmodSync, lchmodSync, utimesSync, lutimesSync, truncateSync, statfsSync, type BigIntStats } from 'node:fs';
import { cpus } from 'node:os';
import { PyObj, type PyObject } from '../objects/object.js';
import { PyModule } from '../runtime/module.js';
import { nativeFunction, checkPositional } from '../objects/native.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { newFloat } from '../objects/float.js';
import { asIntValue } from '../objects/int-type.js';
import { typeError, typeName } from '../objects/protocol.js';
import { newBytes } from '../objects/bytes.js';
import { osErrorFromNode, osErrorFromCode, fsPath } from '../builtins/io.js';
import { addFdCalls, intArg } from './dyad-os-fd.js';
import { makeStructSeqType, structSeq } from '../objects/structseq.js';
import { addProcessCalls } from './dyad-os-process.js';

function fsCall<R>(path: PyObject | undefined, f: () => R): R {
  try {
    return f();
  } catch (e) {
    throw osErrorFromNode(e, path);
  }
}

export function makeDyadOsModule(): PyModule {
  const mod = new PyModule('_dyad_os');
  const d = mod.dict;
  const def = (name: string, min: number, max: number, f: (a: PyObject[]) => PyObject) => {
    d.setStr(name, nativeFunction(name, (args, kw) => f(checkPositional(name, args, kw, min, max))));
  };
  def('getcwd', 0, 0, () => process.cwd());
  def('chdir', 1, 1, ([p]) => fsCall(p, () => {
    process.chdir(fsPath(p));
    return None;
  }));
  def('listdir', 1, 1, ([p]) => fsCall(p, () => new PyList(readdirSync(fsPath(p)))));
  def('stat', 2, 2, ([p, follow]) => fsCall(p, () => statTuple(follow === false ? lstatSync(fsPath(p), { bigint: true }) : statSync(fsPath(p), { bigint: true }))));
  // scandir's entries: (name, kind) pairs, kind 'd' directory, 'f' file, 'l' link, 'o' other.
  def('scandir', 1, 1, ([p]) => fsCall(p, () => new PyList(readdirSync(fsPath(p), { withFileTypes: true }).map(
    (e) => new PyTuple([e.name, e.isDirectory() ? 'd' : e.isFile() ? 'f' : e.isSymbolicLink() ? 'l' : 'o'])))));
  def('access', 2, 2, ([p, m]) => {
    try {
      accessSync(fsPath(p), intArg(m));
      return true;
    } catch (e) {
      if (e instanceof PyObj) throw e;
      return false;
    }
  });
  def('chmod', 3, 3, ([p, m, follow]) => fsCall(p, () => {
    (follow === false ? lchmodSync : chmodSync)(fsPath(p), intArg(m));
    return None;
  }));
  // utime(path, atime_ns, mtime_ns, follow): times in nanoseconds (None: now).
  def('utime', 4, 4, ([p, a, m, follow]) => fsCall(p, () => {
    const now = Date.now() / 1000;
    const sec = (v: PyObject) => (v === None ? now : Number(asIntValue(v) ?? 0) / 1e9);
    (follow === false ? lutimesSync : utimesSync)(fsPath(p), sec(a), sec(m));
    return None;
  }));
  def('truncate', 2, 2, ([p, n]) => fsCall(p, () => {
    const len = intArg(n);
    if (len < 0) throw osErrorFromCode('EINVAL');
    truncateSync(fsPath(p), len);
    return None;
  }));
  // os.statvfs (Node's statfs: the mount flags are not known, f_flag is 0; names up to 255).
  const statvfsResult = makeStructSeqType('os', 'statvfs_result', ['f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax']);
  d.setStr('statvfs_result', statvfsResult);
  def('statvfs', 1, 1, ([p]) => fsCall(p, () => {
    const st = statfsSync(fsPath(p));
    return structSeq(statvfsResult, [st.bsize, st.bsize, st.blocks, st.bfree, st.bavail, st.files, st.ffree, st.ffree, 0, 255]);
  }));
  def('link', 2, 2, ([a, b]) => fsCall(a, () => {
    linkSync(fsPath(a), fsPath(b));
    return None;
  }));
  def('mkdir', 2, 2, ([p, m]) => fsCall(p, () => {
    mkdirSync(fsPath(p), { mode: Number(asIntValue(m) ?? 0o777) });
    return None;
  }));
  def('makedirs', 2, 2, ([p, m]) => fsCall(p, () => {
    mkdirSync(fsPath(p), { mode: Number(asIntValue(m) ?? 0o777), recursive: true });
    return None;
  }));
  def('rmdir', 1, 1, ([p]) => fsCall(p, () => {
    rmdirSync(fsPath(p));
    return None;
  }));
  def('remove', 1, 1, ([p]) => fsCall(p, () => {
    unlinkSync(fsPath(p));
    return None;
  }));
  def('readlink', 1, 1, ([p]) => fsCall(p, () => readlinkSync(fsPath(p))));
  def('symlink', 2, 2, ([target, link]) => fsCall(link, () => {
    symlinkSync(fsPath(target), fsPath(link));
    return None;
  }));
  def('rename', 2, 2, ([a, b]) => fsCall(a, () => {
    renameSync(fsPath(a), fsPath(b));
    return None;
  }));
  // os._exit: ends the process at once, without atexit functions or flushing Python-level
  // buffers (output not yet flushed is lost, as in CPython).
  def('_exit', 1, 1, ([n]) => {
    const k = asIntValue(n);
    if (k === undefined) typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    process.exit(Number(BigInt.asIntN(32, BigInt(k))) & 0xff);
  });
  def('getpid', 0, 0, () => process.pid);
  def('getppid', 0, 0, () => process.ppid);
  def('cpu_count', 0, 0, () => cpus().length || None);
  def('urandom', 1, 1, ([n]) => {
    const k = asIntValue(n);
    if (k === undefined) typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    return newBytes(randomBytes(Number(k)));
  });
  def('environ', 0, 0, () => {
    const env = new PyDict();
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env.setStr(k, v);
    return env;
  });
  def('putenv', 2, 2, ([k, v]) => {
    process.env[String(k)] = String(v);
    return None;
  });
  def('unsetenv', 1, 1, ([k]) => {
    delete process.env[String(k)];
    return None;
  });
  addFdCalls(d, def);
  addProcessCalls(d, def);
  return mod;
}

/**
 * A stat result as lib/os.py's stat_result is made from it: mode, ino, dev, nlink, uid, gid,
 * size, the access, modification and change times in nanoseconds, blksize, blocks, rdev.
 */
export function statTuple(st: BigIntStats): PyTuple {
  const int = (v: bigint): PyObject => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
  return new PyTuple([st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, st.atimeNs, st.mtimeNs, st.ctimeNs,
    st.blksize, st.blocks, st.rdev].map(int));
}

/**
 * `count` random bytes from the platform's secure source (Web Crypto's getRandomValues, at most
 * 65536 bytes a call). Not node:crypto's randomBytes: importing that module costs every run
 * ~2 ms of start-up, and only os.urandom needs it.
 */
function randomBytes(count: number): Uint8Array {
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(count, i + 65536)));
  return out;
}
