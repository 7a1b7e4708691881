// Corpus checker: runs Dyad's `ast`, `ast --positions` and `symtable` on every .py file under
// DIR and compares each with CPython's (../shared/tools/cpython_ref.py, batched through
// tools/cpython-ref-batch.py, cached in .cache/). Prints identical / different / crashed per mode
// and lists the files that differ.
//
//   npm run check:cpython -- [DIR] [--modes ast,ast-pos,symtable] [--list N] [--refresh]
//   (DIR defaults to CPython's standard library, without site-packages)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listPy, reference, stdlibDir } from './cpython-ref.js';
import { parse } from '../grammar/index.js';
import { PySyntaxError } from '../grammar/errors.js';
import { dumpAst } from '../src/ast/dump.js';
import { buildSymtable, formatSymtable } from '../src/symtable/index.js';
const sha1 = (s) => createHash('sha1').update(s).digest('hex');
function dyadOutput(mode, source, file) {
    const tree = parse(source, file, 'exec');
    if (mode === 'ast')
        return dumpAst(tree) + '\n';
    if (mode === 'ast-pos')
        return dumpAst(tree, { includeAttributes: true }) + '\n';
    if (mode === 'symtable')
        return formatSymtable(buildSymtable(tree, file));
    throw new Error('unknown mode ' + mode);
}
function main(argv) {
    let dir = '';
    let modes = ['ast', 'ast-pos', 'symtable'];
    let listMax = 40;
    let refresh = false;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--modes')
            modes = argv[++i].split(',');
        else if (argv[i] === '--list')
            listMax = Number(argv[++i]);
        else if (argv[i] === '--refresh')
            refresh = true;
        else
            dir = argv[i];
    }
    if (!dir)
        dir = stdlibDir();
    const files = listPy(resolve(dir));
    const ref = reference(files, modes, refresh);
    const counts = {};
    for (const m of modes)
        counts[m] = { identical: 0, different: [], crashed: [] };
    const rejected = { both: 0, onlyCPython: [], onlyDyad: [] };
    let skipped = 0;
    for (const file of files) {
        const r = ref.get(file);
        if (!r || r.skip) {
            skipped++;
            continue;
        }
        const source = readFileSync(file, 'utf8');
        if (r.error) {
            try {
                parse(source, file, 'exec');
                buildSymtable(parse(source, file, 'exec'), file);
                rejected.onlyCPython.push(`${file}: ${r.error.type}: ${r.error.msg} (line ${r.error.lineno})`);
            }
            catch (e) {
                if (e instanceof PySyntaxError)
                    rejected.both++;
                else
                    rejected.onlyCPython.push(`${file}: crashed: ${e.message}`);
            }
            continue;
        }
        for (const m of modes) {
            try {
                if (sha1(dyadOutput(m, source, file)) === r[m])
                    counts[m].identical++;
                else
                    counts[m].different.push(file);
            }
            catch (e) {
                if (e instanceof PySyntaxError)
                    counts[m].different.push(`${file}: ${e.type}: ${e.msg} (line ${e.lineno})`);
                else
                    counts[m].crashed.push(`${file}: ${e.stack?.split('\n').slice(0, 3).join(' | ')}`);
            }
        }
    }
    const total = files.length - skipped;
    console.log(`corpus: ${dir}: ${files.length} files (${skipped} skipped), ${total - rejected.both - rejected.onlyCPython.length} accepted by CPython`);
    for (const m of modes) {
        const c = counts[m];
        console.log(`${m.padEnd(9)} identical ${c.identical}  different ${c.different.length}  crashed ${c.crashed.length}`);
    }
    console.log(`rejected by CPython: ${rejected.both + rejected.onlyCPython.length}; SyntaxError here too: ${rejected.both}`);
    let ok = true;
    for (const m of modes) {
        const c = counts[m];
        for (const [label, list] of [['different', c.different], ['crashed', c.crashed]]) {
            if (list.length === 0)
                continue;
            ok = false;
            console.log(`\n${m} ${label}:`);
            for (const f of list.slice(0, listMax))
                console.log('  ' + f);
            if (list.length > listMax)
                console.log(`  ... and ${list.length - listMax} more`);
        }
    }
    if (rejected.onlyCPython.length) {
        ok = false;
        console.log('\naccepted here but rejected by CPython:');
        for (const f of rejected.onlyCPython.slice(0, listMax))
            console.log('  ' + f);
    }
    return ok ? 0 : 1;
}
process.exitCode = main(process.argv.slice(2));
//# sourceMappingURL=check-cpython.js.map