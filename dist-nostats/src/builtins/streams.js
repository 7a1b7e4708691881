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
import { isatty } from 'node:tty';
const BLOCK = 1 << 16;
/** A buffered text output stream over a sink. */
export class BufferedOutput {
    constructor(sink, lineBuffered, blockSize = BLOCK) {
        this.sink = sink;
        this.lineBuffered = lineBuffered;
        this.blockSize = blockSize;
        this.buf = '';
    }
    write(text) {
        if (text.length === 0)
            return;
        this.buf += text;
        if (this.buf.length >= this.blockSize || (this.lineBuffered && text.includes('\n')))
            this.flush();
    }
    flush() {
        if (this.buf.length === 0)
            return;
        const t = this.buf;
        this.buf = '';
        this.sink.write(t);
    }
    /** Buffered text not yet handed to the sink. */
    get pending() {
        return this.buf;
    }
}
function sleepMs(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
/** A sink writing to a file descriptor synchronously (retrying on EAGAIN; EPIPE drops output). */
export function fdSink(fd) {
    let broken = false;
    return {
        write(text) {
            if (broken)
                return;
            const data = Buffer.from(text, 'utf8');
            let off = 0;
            while (off < data.length) {
                try {
                    off += writeSync(fd, data, off, data.length - off);
                }
                catch (e) {
                    const code = e.code;
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
export class FdLineSource {
    constructor(fd = 0) {
        this.fd = fd;
        this.text = '';
        this.eof = false;
        this.decoder = new TextDecoder('utf-8');
        this.chunk = Buffer.alloc(BLOCK);
    }
    /** Reads one more chunk; false at end of input. */
    fill() {
        if (this.eof)
            return false;
        for (;;) {
            let n;
            try {
                n = readSync(this.fd, this.chunk, 0, this.chunk.length, null);
            }
            catch (e) {
                const code = e.code;
                if (code === 'EAGAIN') {
                    sleepMs(5);
                    continue;
                }
                if (code === 'EOF')
                    n = 0;
                else
                    throw e;
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
    readLine() {
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
                if (this.text.length === 0)
                    return null;
                const line = this.text;
                this.text = '';
                return line;
            }
        }
    }
    readAll() {
        while (this.fill()) { /* read to the end */ }
        const t = this.text;
        this.text = '';
        return t;
    }
}
/** A LineSource over a fixed string (for hosts feeding input). */
export function stringLineSource(input) {
    let pos = 0;
    return {
        readLine() {
            if (pos >= input.length)
                return null;
            const nl = input.indexOf('\n', pos);
            const end = nl < 0 ? input.length : nl + 1;
            const line = input.slice(pos, end);
            pos = end;
            return line;
        },
        readAll() {
            const t = input.slice(pos);
            pos = input.length;
            return t;
        },
    };
}
function ttyFd(fd) {
    try {
        return isatty(fd);
    }
    catch {
        return false;
    }
}
let stdout = null;
let stderr = null;
let stdin = null;
export function getStdout() {
    return (stdout ??= new BufferedOutput(fdSink(1), ttyFd(1)));
}
export function getStderr() {
    return (stderr ??= new BufferedOutput(fdSink(2), true));
}
export function getStdin() {
    return (stdin ??= new FdLineSource(0));
}
/**
 * Replaces where the standard streams go (after flushing what is pending). A sink given
 * here is block-buffered unless `lineBuffered` says otherwise.
 */
export function setStdStreams(s) {
    if (s.stdout !== undefined) {
        stdout?.flush();
        stdout = new BufferedOutput(s.stdout, s.lineBuffered ?? false);
    }
    if (s.stderr !== undefined) {
        stderr?.flush();
        stderr = new BufferedOutput(s.stderr, s.lineBuffered ?? true);
    }
    if (s.stdin !== undefined)
        stdin = s.stdin;
}
/** Flushes and forgets the streams set by setStdStreams: the process's fds are used again. */
export function resetStdStreams() {
    flushStdStreams();
    stdout = stderr = null;
    stdin = null;
}
const fileFlushers = [];
/** Registers a flush that flushAllOutput runs (io.ts: open files' write buffers). */
export function onFlushAll(f) {
    fileFlushers.push(f);
}
/** Writes out what stdout and stderr have buffered (before input, tracebacks, subprocesses). */
export function flushStdStreams() {
    stdout?.flush();
    stderr?.flush();
}
/** At exit: flushes open files' write buffers, then stdout and stderr. */
export function flushAllOutput() {
    for (const f of fileFlushers)
        f();
    flushStdStreams();
}
//# sourceMappingURL=streams.js.map