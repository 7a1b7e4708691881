// Runs the differential corpus (spec/programs/**.py) on a backend, as CPython ran it when the
// expected files were generated: the program's folder as working directory, PYTHONHASHSEED=0.
// Compares stdout exactly and, for programs with a .err file, the exit status and the last
// non-empty line of stderr.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { ROOT, SPEC } from './paths.js';

export const PROGRAMS = join(SPEC, 'programs');
const DYAD = join(ROOT, 'bin', 'dyad.js');
// How a program is started: as the `dyad` command is (bin/dyad.js run by its first lines, which
// runs the VM on the main thread), or with DYAD_LAUNCH=node as `node bin/dyad.js` (a worker).
const LAUNCH: [string, string[]] = process.env.DYAD_LAUNCH === 'node' ? [process.execPath, [DYAD]] : [DYAD, []];

export function listPrograms(dir = PROGRAMS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!name.endsWith('_pkg') && name !== '__pycache__') out.push(...listPrograms(p));
    } else if (name.endsWith('.py') && existsSync(p.slice(0, -3) + '.out')) out.push(p);
  }
  return out;
}

export interface Outcome {
  program: string;
  ok: boolean;
  detail: string;
}

function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

// The environment tools/gen-expected.py gives python3: without the caller's PYTHON* variables
// (PYTHONUNBUFFERED would change when stdout's text reaches the pipe, next to os.write's).
const PROGRAM_ENV: Record<string, string | undefined> = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
PROGRAM_ENV.PYTHONHASHSEED = '0';
PROGRAM_ENV.PYTHONDONTWRITEBYTECODE = '1';
PROGRAM_ENV.PYTHONPATH = '';

function runOne(program: string, backend: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(LAUNCH[0], [...LAUNCH[1], '--backend', backend, basename(program)], {
      cwd: dirname(program),
      env: PROGRAM_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rel = relative(PROGRAMS, program);
      const expectedOut = readFileSync(program.slice(0, -3) + '.out', 'utf8');
      const errFile = program.slice(0, -3) + '.err';
      let expectedCode = 0;
      let expectedLast = '';
      if (existsSync(errFile)) {
        const [first, ...rest] = readFileSync(errFile, 'utf8').split('\n');
        expectedCode = Number(first.replace('exit ', ''));
        expectedLast = rest.join('\n').trim();
      }
      const problems: string[] = [];
      // Death by SIGINT is CPython's exit for an uncaught KeyboardInterrupt (Python: status -2).
      if (signal === 'SIGINT') code = -2;
      else if (signal) problems.push(`killed by ${signal}`);
      if (stdout !== expectedOut) problems.push(`stdout differs:\n--- expected\n${expectedOut.slice(0, 800)}\n--- got\n${stdout.slice(0, 800)}`);
      if (code !== expectedCode) problems.push(`exit ${code}, expected ${expectedCode}; stderr: ${stderr.slice(-600)}`);
      else if (expectedCode !== 0 && lastLine(stderr).trim() !== expectedLast) problems.push(`last stderr line: ${JSON.stringify(lastLine(stderr))}, expected ${JSON.stringify(expectedLast)}`);
      resolve({ program: rel, ok: problems.length === 0, detail: problems.join('\n') });
    });
  });
}

/** Runs every program with `parallel` child processes at a time. */
export async function runPrograms(backend: string, programs = listPrograms(), parallel = 2): Promise<Outcome[]> {
  const results: Outcome[] = new Array(programs.length);
  let next = 0;
  const worker = async () => {
    while (next < programs.length) {
      const i = next++;
      results[i] = await runOne(programs[i], backend);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

/** spec/programs/known-failures-<backend>.txt: programs that do not pass yet (must shrink to nothing). */
export function knownFailures(backend: string): Set<string> {
  const f = join(PROGRAMS, `known-failures-${backend}.txt`);
  if (!existsSync(f)) return new Set();
  return new Set(readFileSync(f, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}
