// The process's standard streams as seen from JS: buffered text output for stdout/stderr and
// a synchronous line reader for stdin. Python-level stream objects (sys.stdout, ...) live in
// io.ts and write here.
//
// Output is accumulated in a JS string and written in big chunks with fs.writeSync, as
// CPython's block-buffered stdout does when it is not a terminal (line-buffered when it is;
// stderr is always line-buffered). The runtime must call flushStdStreams() before exiting,
// before reading input (input() does it itself) and before writing a traceback if it wants
// stdout's buffered text to come first.
//
// A host (tests, an embedding) can capture or feed the streams with setStdStreams.

import { writeSync, readSync } from 'node:fs';
import { startedOnTerminal } from '../runtime/tty.js';

/** Where a stream's text finally goes. */
export interface TextSink {
  write(text: string): void;
}

/** Where stdin's text comes from: a line (with its '\n') or null at end of input. */
export interface LineSource {
  readLine(): string | null;
  /** All remaining text ('' at end). */
  readAll(): string;
}

const BLOCK = 1 << 16;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** A buffered text output stream over a sink. */
export class BufferedOutput {
  private buf = '';
  constructor(public sink: TextSink, public lineBuffered: boolean, public blockSize = BLOCK) {}

  write(text: string): void {
    if (text.length === 0) return;
    this.buf += text;
    if (this.buf.length >= this.blockSize || (this.lineBuffered && text.includes('\n'))) this.flush();
  }

  /**
   * Appends without the flush policy (print()'s text so far, before it converts an object whose
   * __str__ may print: that output comes after it, and the next write flushes as usual).
   */
  stage(text: string): void {
    this.buf += text;
  }

  flush(): void {
    if (this.buf.length === 0) return;
    const t = this.buf;
    this.buf = '';
    this.sink.write(t);
  }

  /** Buffered text not yet handed to the sink. */
  get pending(): string {
    return this.buf;
  }
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A sink writing to a file descriptor synchronously (retrying on EAGAIN; EPIPE drops output). */
export function fdSink(fd: number): TextSink {
  let broken = false;
  return {
    write(text: string): void {
      if (broken) return;
      // stderr's 'backslashreplace': a lone surrogate is shown as its \uXXXX escape.
      if (fd === 2 && LONE_SURROGATE.test(text)) text = text.replace(LONE_SURROGATES, (c) => '\\u' + c.charCodeAt(0).toString(16));
      const data = Buffer.from(text, 'utf8');
      let off = 0;
      while (off < data.length) {
        try {
          off += writeSync(fd, data, off, data.length - off);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            sleepMs(1);
            continue;
          }
          if (code === 'EPIPE') {
            broken = true;
            return;
          }
          throw e;
        }
      }
    },
  };
}

/** Reads fd 0 synchronously, decoding UTF-8, one line at a time. */
export class FdLineSource implements LineSource {
  private text = '';
  private eof = false;
  private decoder = new TextDecoder('utf-8');
  private chunk = Buffer.alloc(BLOCK);
  constructor(private fd = 0) {}

  /** Reads one more chunk; false at end of input. */
  private fill(): boolean {
    if (this.eof) return false;
    for (;;) {
      let n: number;
      try {
        n = readSync(this.fd, this.chunk, 0, this.chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          sleepMs(5);
          continue;
        }
        if (code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) {
        this.eof = true;
        this.text += this.decoder.decode();
        return false;
      }
      this.text += this.decoder.decode(this.chunk.subarray(0, n), { stream: true });
      return true;
    }
  }

  readLine(): string | null {
    let searchFrom = 0;
    for (;;) {
      const nl = this.text.indexOf('\n', searchFrom);
      if (nl >= 0) {
        const line = this.text.slice(0, nl + 1);
        this.text = this.text.slice(nl + 1);
        return line;
      }
      searchFrom = this.text.length;
      if (!this.fill()) {
        if (this.text.length === 0) return null;
        const line = this.text;
        this.text = '';
        return line;
      }
    }
  }

  readAll(): string {
    while (this.fill()) { /* read to the end */ }
    const t = this.text;
    this.text = '';
    return t;
  }
}

/** A LineSource over a fixed string (for hosts feeding input). */
export function stringLineSource(input: string): LineSource {
  let pos = 0;
  return {
    readLine(): string | null {
      if (pos >= input.length) return null;
      const nl = input.indexOf('\n', pos);
      const end = nl < 0 ? input.length : nl + 1;
      const line = input.slice(pos, end);
      pos = end;
      return line;
    },
    readAll(): string {
      const t = input.slice(pos);
      pos = input.length;
      return t;
    },
  };
}

function ttyFd(fd: 0 | 1 | 2): boolean {
  try {
    return startedOnTerminal(fd);
  } catch {
    return false;
  }
}

let stdout: BufferedOutput | null = null;
let stderr: BufferedOutput | null = null;
let stdin: LineSource | null = null;

let stdoutWriteThrough = false;

export function getStdout(): BufferedOutput {
  return (stdout ??= new BufferedOutput(fdSink(1), ttyFd(1), stdoutWriteThrough ? 0 : BLOCK));
}

/** `-u` / PYTHONUNBUFFERED: stdout writes each write at once (before os._exit, a crash). */
export function setUnbufferedStdout(): void {
  stdoutWriteThrough = true;
  stdout = null;
}

export function getStderr(): BufferedOutput {
  return (stderr ??= new BufferedOutput(fdSink(2), true));
}

export function getStdin(): LineSource {
  return (stdin ??= new FdLineSource(0));
}

/**
 * Replaces where the standard streams go (after flushing what is pending). A sink given
 * here is block-buffered unless `lineBuffered` says otherwise.
 */
export function setStdStreams(s: { stdout?: TextSink; stderr?: TextSink; stdin?: LineSource; lineBuffered?: boolean }): void {
  if (s.stdout !== undefined) {
    stdout?.flush();
    stdout = new BufferedOutput(s.stdout, s.lineBuffered ?? false);
  }
  if (s.stderr !== undefined) {
    stderr?.flush();
    stderr = new BufferedOutput(s.stderr, s.lineBuffered ?? true);
  }
  if (s.stdin !== undefined) stdin = s.stdin;
}

/** Flushes and forgets the streams set by setStdStreams: the process's fds are used again. */
export function resetStdStreams(): void {
  flushStdStreams();
  stdout = stderr = null;
  stdin = null;
}

const fileFlushers: (() => void)[] = [];
/** Registers a flush that flushAllOutput runs (io.ts: open files' write buffers). */
export function onFlushAll(f: () => void): void {
  fileFlushers.push(f);
}

/** Writes out what stdout and stderr have buffered (before input, tracebacks, subprocesses). */
export function flushStdStreams(): void {
  stdout?.flush();
  stderr?.flush();
}

/** At exit: flushes open files' write buffers, then stdout and stderr. */
export function flushAllOutput(): void {
  for (const f of fileFlushers) f();
  flushStdStreams();
}
