// The command line: run a program, or inspect the front end's output.
//
//   dyad [--backend tree|vm|both] FILE [args...]   run a program (also -c CODE, -m MODULE, - for stdin)
//   dyad ast [--positions] FILE                    print ast.dump(ast.parse(...)) as CPython does
//   dyad symtable FILE                             print the symbol table (cpython_ref.py format)

import { readFileSync } from 'node:fs';
import { parse } from '../grammar/index.js';
import { PySyntaxError } from '../grammar/errors.js';
import { dumpAst } from './ast/dump.js';
import { buildSymtable, formatSymtable } from './symtable/index.js';
import { formatSyntaxError } from './syntax-error-report.js';

const USAGE = `usage: dyad [--backend tree|vm|both] [-c CODE | -m MODULE | FILE | -] [args...]
       dyad ast [--positions] FILE
       dyad symtable FILE`;

function readSource(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

/** Runs a front-end command; a SyntaxError is reported as CPython reports it, exit status 1. */
function frontEnd(run: () => string): number {
  try {
    process.stdout.write(run());
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

export async function main(argv: string[]): Promise<number> {
  const cmd = argv[0];
  if (cmd === 'ast') {
    const positions = argv.includes('--positions');
    const file = argv.filter((a) => a !== '--positions')[1];
    if (!file) return usage();
    return frontEnd(() => dumpAst(parse(readSource(file), file, 'exec'), { includeAttributes: positions }) + '\n');
  }
  if (cmd === 'symtable') {
    const file = argv[1];
    if (!file) return usage();
    return frontEnd(() => formatSymtable(buildSymtable(parse(readSource(file), file, 'exec'), file)));
  }
  if (cmd === undefined || cmd === '-h' || cmd === '--help') return usage(cmd === undefined ? 2 : 0);
  process.stderr.write('dyad: running programs is not built yet (issue 3)\n');
  return 2;
}

function usage(code = 2): number {
  (code ? process.stderr : process.stdout).write(USAGE + '\n');
  return code;
}
