// One timed run of a child process: wall time (hrtime around the process) and CPU time
// (user + sys) of the child and everything it waited for. The CPU time comes from
// /proc/self/stat: the kernel adds a reaped child's CPU time to its parent's cutime/cstime,
// so the difference across one spawnSync is that child's. Resolution: one clock tick (10 ms
// on Linux); elsewhere the CPU time is NaN.
//
// In-process mode the child (dist/bench/inproc.js) measures the interpreter's own work and
// reports it on its last stderr line, `@@dyad-bench WALL_MS CPU_MS`; those figures replace the
// whole-process ones.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
const TICK_MS = 10; // USER_HZ is 100 on every Linux architecture Node supports
function childCpuTicks() {
    try {
        const stat = readFileSync('/proc/self/stat', 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // fields after "pid (comm) ": state=0 ... cutime=13 cstime=14
        return Number(f[13]) + Number(f[14]);
    }
    catch {
        return NaN;
    }
}
export const INPROC_MARK = '@@dyad-bench ';
export function runOnce(cmd, args, timeoutMs, inproc = false) {
    const c0 = childCpuTicks();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
    const t1 = process.hrtime.bigint();
    const c1 = childCpuTicks();
    const res = {
        wallMs: Math.round(Number(t1 - t0) / 1e5) / 10,
        cpuMs: (c1 - c0) * TICK_MS,
        status: r.status,
        signal: r.signal,
        stdout: r.stdout ?? '',
        stderr: r.stderr ?? '',
        timedOut: r.error?.code === 'ETIMEDOUT',
    };
    if (r.error && !res.timedOut)
        res.stderr += `\n${r.error.message}`;
    if (inproc) {
        const at = res.stderr.lastIndexOf(INPROC_MARK);
        if (at >= 0) {
            const [wall, cpu] = res.stderr.slice(at + INPROC_MARK.length).trim().split(/\s+/).map(Number);
            res.wallMs = wall;
            res.cpuMs = cpu;
            res.stderr = res.stderr.slice(0, at);
        }
    }
    return res;
}
//# sourceMappingURL=measure.js.map