// CPython's reference outputs for a corpus, computed once by one python3 process
// (tools/cpython-ref-batch.py over ../shared/tools/cpython_ref.py) and cached in .cache/.
//   node dist/tools/cpython-ref.js [DIR] [--modes ...]   fills the cache ahead of time
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
const ROOT = resolve(new URL('.', import.meta.url).pathname, '../..');
const REF_TOOL = resolve(ROOT, '../shared/tools/cpython_ref.py');
export function listPy(dir, out = []) {
    for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        const st = statSync(p);
        if (st.isDirectory()) {
            if (name !== 'site-packages' && name !== '__pycache__')
                listPy(p, out);
        }
        else if (name.endsWith('.py'))
            out.push(p);
    }
    return out;
}
export function reference(files, modes, refresh) {
    const key = createHash('sha1').update(files.join('\n') + modes.join(',')).digest('hex').slice(0, 16);
    const cacheDir = resolve(ROOT, '.cache');
    const cache = join(cacheDir, `cpython-ref-${key}.jsonl`);
    if (refresh || !existsSync(cache)) {
        mkdirSync(cacheDir, { recursive: true });
        process.stderr.write(`computing CPython reference for ${files.length} files...\n`);
        const r = spawnSync('python3', [resolve(ROOT, 'tools/cpython-ref-batch.py'), REF_TOOL, modes.join(',')], {
            input: files.join('\n') + '\n',
            maxBuffer: 1 << 30,
        });
        if (r.status !== 0)
            throw new Error('reference batch failed: ' + r.stderr.toString());
        writeFileSync(cache, r.stdout);
    }
    const map = new Map();
    for (const line of readFileSync(cache, 'utf8').split('\n')) {
        if (!line)
            continue;
        const rec = JSON.parse(line);
        map.set(rec.file, rec);
    }
    return map;
}
export function stdlibDir() {
    return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
}
if (process.argv[1] && process.argv[1].endsWith('cpython-ref.js')) {
    const args = process.argv.slice(2);
    const mi = args.indexOf('--modes');
    const modes = mi >= 0 ? args.splice(mi, 2)[1].split(',') : ['ast', 'ast-pos', 'symtable'];
    const dir = args[0] ?? stdlibDir();
    const files = listPy(resolve(dir));
    const t0 = Date.now();
    const ref = reference(files, modes, args.includes('--refresh'));
    console.log(`${ref.size} reference records (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
//# sourceMappingURL=cpython-ref.js.map