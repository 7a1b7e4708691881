// `_dyad_os`'s process and system calls: os.system, os.popen's child, kill, times, uname, the
// user and group ids, get_terminal_size and strerror, with the struct sequences they return
// (posix.uname_result, posix.times_result, os.terminal_size).
//
// A child's output is collected and handed to the runtime's stdout/stderr sinks without their
// Python-level buffers (so it comes before print() output still buffered, as a child writing to
// an inherited pipe does under CPython), which also keeps it in a host's captured output.

import type { spawnSync as SpawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { type as osType, hostname, release, version, machine, uptime } from 'node:os';
import { isTerminal, ttyModule } from '../runtime/tty.js';
import { fstatSync } from 'node:fs';
import type { PyObject } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { newFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { newBytes } from '../objects/bytes.js';
import { bytesView } from '../builtins/bytes-support.js';
import { makeStructSeqType, structSeq } from '../objects/structseq.js';
import { osErrorFromNode, osErrorFromCode, fsPath } from '../builtins/io.js';
import { getStdout, getStderr, flushStdStreams } from '../builtins/streams.js';
import { intArg } from './dyad-os-fd.js';
import { strerrorText } from './os-errno-text.js';

// node:child_process is loaded at the first os.system/popen: a static import costs every run's
// start-up ~2 ms (the module is not otherwise loaded in the worker).
let spawnSync: typeof SpawnSync | null = null;

/** The wait status CPython's os.system / popen close() report: exit code << 8, or the signal. */
function waitStatus(r: ReturnType<typeof SpawnSync>): number {
  if (r.status !== null) return (r.status & 0xff) << 8;
  const sig = r.signal === null ? 0 : (spawnSignals[r.signal] ?? 0);
  return sig;
}

const spawnSignals: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };

function shell(cmd: string, input: Uint8Array | null): ReturnType<typeof SpawnSync> {
  spawnSync ??= (createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')).spawnSync;
  return spawnSync('/bin/sh', ['-c', cmd], { input: input ?? undefined, stdio: [input === null ? 'inherit' : 'pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

function pass(r: ReturnType<typeof SpawnSync>, out: boolean): void {
  const dec = new TextDecoder();
  if (out && r.stdout !== null && r.stdout.length > 0) getStdout().sink.write(dec.decode(r.stdout as Uint8Array));
  if (r.stderr !== null && r.stderr.length > 0) {
    getStderr().flush();
    getStderr().sink.write(dec.decode(r.stderr as Uint8Array));
  }
}

export function addProcessCalls(d: PyDict, def: (name: string, min: number, max: number, f: (a: PyObject[]) => PyObject) => void): void {
  const unameResult = makeStructSeqType('posix', 'uname_result', ['sysname', 'nodename', 'release', 'version', 'machine']);
  const timesResult = makeStructSeqType('posix', 'times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed']);
  const terminalSize = makeStructSeqType('os', 'terminal_size', ['columns', 'lines']);
  d.setStr('uname_result', unameResult);
  d.setStr('times_result', timesResult);
  d.setStr('terminal_size', terminalSize);

  def('system', 1, 1, ([c]) => {
    const r = shell(fsPath(c), null);
    pass(r, true);
    return waitStatus(r);
  });
  // popen(cmd, input): runs the command to its end; (its output as bytes, its wait status).
  def('popen', 2, 2, ([c, input]) => {
    const r = shell(fsPath(c), input === None ? null : (bytesView(input) ?? new Uint8Array(0)));
    pass(r, input !== None);
    return new PyTuple([newBytes(new Uint8Array((r.stdout as Uint8Array | null) ?? [])), waitStatus(r)]);
  });
  def('kill', 2, 2, ([p, s]) => {
    const pid = intArg(p);
    const sig = intArg(s);
    if (pid === process.pid && sig !== 0) flushStdStreams();
    try {
      process.kill(pid, sig);
    } catch (e) {
      throw osErrorFromNode(e);
    }
    return None;
  });
  def('times', 0, 0, () => {
    const u = process.cpuUsage();
    return structSeq(timesResult, [newFloat(u.user / 1e6), newFloat(u.system / 1e6), newFloat(0), newFloat(0), newFloat(Math.round(uptime() * 100) / 100)]);
  });
  def('uname', 0, 0, () => structSeq(unameResult, [osType(), hostname(), release(), version(), machine()]));
  def('getuid', 0, 0, () => process.getuid?.() ?? 0);
  def('geteuid', 0, 0, () => process.geteuid?.() ?? 0);
  def('getgid', 0, 0, () => process.getgid?.() ?? 0);
  def('getegid', 0, 0, () => process.getegid?.() ?? 0);
  def('get_terminal_size', 1, 1, ([v]) => {
    const fd = intArg(v);
    try {
      fstatSync(fd);
    } catch (e) {
      throw osErrorFromNode(e);
    }
    if (!isTerminal(fd)) throw osErrorFromCode('ENOTTY');
    const [cols, rows] = new (ttyModule().WriteStream)(fd).getWindowSize();
    return structSeq(terminalSize, [cols, rows]);
  });
  def('strerror', 1, 1, ([c]) => strerrorText(intArg(c)));
}
