// Parser micro-benchmarks (mitata): tokenizer alone, and tokenize + parse + AST, on a few
// standard-library files of different character. Prints lines/s for each next to mitata's table.
//   node dist/bench/micro/parse.bench.js
import { bench, group, run, do_not_optimize } from 'mitata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../grammar/tokenizer.js';
import { parse } from '../../grammar/index.js';
import { stdlibDir } from '../../tools/cpython-ref.js';
const LIB = stdlibDir();
const FILES = ['argparse.py', 'typing.py', 'decimal.py', '_pydecimal.py', 'ast.py'];
for (const name of FILES) {
    const src = readFileSync(join(LIB, name), 'utf8');
    const lines = src.split('\n').length;
    group(`${name} (${lines} lines)`, () => {
        bench('tokenize', () => do_not_optimize(tokenize(src, { filename: name })));
        bench('tokenize + parse', () => do_not_optimize(parse(src, name, 'exec')));
    });
}
await run();
//# sourceMappingURL=parse.bench.js.map