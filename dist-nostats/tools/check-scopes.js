// Checks `dyad dis --scopes` against `cpython_ref.py scopes` over directories of Python files
// (spec/programs, the standard library): one python3 process computes the reference for every
// file (tools/cpython-ref-batch.py, sha1 of its output), Dyad compiles each file in-process, and
// the tool reports identical / different / not compiled counts.
//
//   node dist/tools/check-scopes.js [--show N] [--list] DIR_OR_FILE...
//   (default: spec/programs and the python3 standard library)
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { disSource } from '../backends/vm/cli.js';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REF = process.env.DYAD_CPYTHON_REF ?? resolve(ROOT, '../shared/tools/cpython_ref.py');
function listPy(p, out) {
    const st = statSync(p);
    if (st.isFile()) {
        if (p.endsWith('.py'))
            out.push(p);
        return;
    }
    for (const name of readdirSync(p).sort()) {
        if (name === '__pycache__' || name.startsWith('.'))
            continue;
        const q = join(p, name);
        let s;
        try {
            s = statSync(q);
        }
        catch {
            continue;
        }
        if (s.isDirectory())
            listPy(q, out);
        else if (name.endsWith('.py'))
            out.push(q);
    }
}
function main(argv) {
    let show = 10;
    let list = false;
    const roots = [];
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--show')
            show = Number(argv[++i]);
        else if (argv[i] === '--list')
            list = true;
        else
            roots.push(argv[i]);
    }
    if (roots.length === 0) {
        roots.push(join(ROOT, 'spec/programs'));
        const stdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
        roots.push(stdlib);
    }
    const files = [];
    for (const r of roots)
        listPy(resolve(r), files);
    const ref = spawnSync('python3', [join(ROOT, 'tools/cpython-ref-batch.py'), REF, 'scopes'], {
        input: files.join('\n') + '\n',
        encoding: 'utf8',
        maxBuffer: 1 << 30,
    });
    const refs = new Map();
    for (const line of ref.stdout.split('\n')) {
        if (!line.trim())
            continue;
        const rec = JSON.parse(line);
        refs.set(rec.file, rec);
    }
    let identical = 0;
    let different = 0;
    let ourError = 0;
    let cpythonError = 0;
    let skipped = 0;
    const diffs = [];
    const errors = [];
    for (const f of files) {
        const r = refs.get(f);
        if (r === undefined || r.skip !== undefined) {
            skipped++;
            continue;
        }
        if (r.error !== undefined) {
            cpythonError++;
            continue;
        }
        let text;
        try {
            let src = readFileSync(f, 'utf8');
            if (src.charCodeAt(0) === 0xfeff)
                src = src.slice(1);
            text = disSource(src, f, true);
        }
        catch (e) {
            ourError++;
            errors.push(`${f}: ${e.message?.split('\n')[0]}`);
            continue;
        }
        const h = createHash('sha1').update(Buffer.from(text, 'utf8')).digest('hex');
        if (h === r.scopes)
            identical++;
        else {
            different++;
            diffs.push(f);
        }
    }
    const compiled = identical + different;
    console.log(`scopes: ${identical}/${compiled} identical to CPython (${different} different), ${ourError} not compiled by Dyad, ${cpythonError} rejected by CPython, ${skipped} skipped; ${files.length} files`);
    for (const d of diffs.slice(0, list ? diffs.length : show))
        console.log(`  DIFF ${d}`);
    for (const e of errors.slice(0, list ? errors.length : show))
        console.log(`  ERROR ${e}`);
    return different === 0 && ourError === 0 ? 0 : 1;
}
process.exitCode = main(process.argv.slice(2));
//# sourceMappingURL=check-scopes.js.map