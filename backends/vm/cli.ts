// The VM's command-line pieces, called from src/cli.ts:
//   dyad dis [--scopes] [--adaptive] FILE   disassembly (python -m dis style) or the --scopes table
//   dyad --stats FILE                       instruction and specialisation counts after the run
//   dyad --backend both FILE                run under each backend (a fresh process each) and
//                                           compare stdout, the last stderr line and the status

import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from '../../grammar/index.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { formatSyntaxError } from '../../src/syntax-error-report.js';
import { packagePath } from '../../src/paths.js';
import { prepareRuntime } from '../../src/runtime/setup.js';
import { VMBackend } from './index.js';
import type { VMCode } from './code.js';
import { disassembleRecursive, formatScopes } from './dis.js';
import { enableStats, formatStats } from './specialize.js';

/** `dyad dis [--scopes] [--adaptive] FILE`: prints the disassembly; returns the exit status. */
export function disMain(args: string[]): number {
  const file = args.filter((a) => !a.startsWith('--'))[0];
  if (file === undefined) {
    process.stderr.write('usage: dyad dis [--scopes] [--adaptive] FILE\n');
    return 2;
  }
  if (file !== '-' && !existsSync(file)) {
    process.stderr.write(`dyad dis: can't open file '${resolve(file)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  try {
    process.stdout.write(disCommand(args));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

/** The text `dyad dis` prints (throws the front end's SyntaxError). */
export function disCommand(args: string[]): string {
  const scopes = args.includes('--scopes');
  const adaptive = args.includes('--adaptive');
  const file = args.filter((a) => !a.startsWith('--'))[0];
  if (file === undefined) throw new Error('usage: dyad dis [--scopes] FILE');
  const source = readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
  return disSource(source, file, scopes, adaptive);
}

export function disSource(source: string, filename: string, scopes: boolean, adaptive = false): string {
  prepareRuntime();
  const backend = new VMBackend();
  const code = backend.compile(parse(source, filename, 'exec'), filename, 'exec', source) as VMCode;
  return scopes ? formatScopes(code) : disassembleRecursive(code, { adaptive });
}

export function enableVMStats(): void {
  enableStats();
}

export function vmStatsReport(): string {
  return formatStats();
}

interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

/** `dyad --backend both ARGS...`: exit 0 only when both backends agree. */
export function runBoth(args: string[]): number {
  const dyad = packagePath('bin', 'dyad.js');
  const run = (backend: string): Outcome => {
    // (node:child_process is loaded here, not imported: only --backend both uses it, and loading
    // it costs every run's start-up.)
    const { spawnSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
    const r = spawnSync(process.execPath, [dyad, '--backend', backend, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  };
  const tree = run('tree');
  const vm = run('vm');
  if (tree.stdout !== vm.stdout) {
    const a = tree.stdout.split('\n');
    const b = vm.stdout.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    process.stderr.write(`dyad: backends differ: stdout line ${i + 1}\n  tree: ${JSON.stringify(a[i] ?? '<end>')}\n  vm:   ${JSON.stringify(b[i] ?? '<end>')}\n`);
    return 1;
  }
  if (lastLine(tree.stderr) !== lastLine(vm.stderr)) {
    process.stderr.write(`dyad: backends differ: last stderr line\n  tree: ${JSON.stringify(lastLine(tree.stderr))}\n  vm:   ${JSON.stringify(lastLine(vm.stderr))}\n`);
    return 1;
  }
  if (tree.status !== vm.status) {
    process.stderr.write(`dyad: backends differ: exit status\n  tree: ${tree.status}\n  vm:   ${vm.status}\n`);
    return 1;
  }
  process.stdout.write(tree.stdout);
  process.stderr.write(tree.stderr);
  return 0;
}
