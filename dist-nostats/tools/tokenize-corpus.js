// Tokenizer throughput and conformance over CPython's standard library (run by hand, not a test).
//
//   node dist/tools/tokenize-corpus.js [--root DIR] [--rounds N] [--compare]
//
// Tokenizes every .py file under DIR (default: the pyenv 3.11.7 stdlib, site-packages excluded),
// reports tokens/s and lines/s (best of N timed rounds after one warm-up round) and lists the
// files that threw, marking those CPython's compile() accepts (those are tokenizer bugs).
// --compare also runs python3's `tokenize` module over every file and compares the token
// streams (kinds, images, line/byte-column positions) with ours.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { tokenize } from '../grammar/tokenizer.js';
import { PySyntaxError } from '../grammar/errors.js';
const args = process.argv.slice(2);
function opt(name, dflt) {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
}
const root = opt('--root', '/root/.pyenv/versions/3.11.7/lib/python3.11');
const rounds = Number(opt('--rounds', '3'));
const compare = args.includes('--compare');
/** Files in os.walk order (directories and files sorted), skipping site-packages. */
function walk(dir, out) {
    const entries = readdirSync(dir).sort();
    const dirs = [];
    for (const e of entries) {
        const p = join(dir, e);
        const st = statSync(p);
        if (st.isDirectory()) {
            if (e !== 'site-packages')
                dirs.push(p);
        }
        else if (e.endsWith('.py')) {
            out.push(p);
        }
    }
    for (const d of dirs)
        walk(d, out);
}
/** Decode as CPython would: UTF-8, or the encoding of a PEP 263 cookie in the first two lines. */
function decode(buf) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(buf);
    }
    catch {
        const head = buf.subarray(0, 400).toString('latin1').split('\n').slice(0, 2);
        for (const line of head) {
            const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
            if (m) {
                try {
                    return new TextDecoder(m[1].toLowerCase(), { fatal: true }).decode(buf);
                }
                catch {
                    return null;
                }
            }
        }
        return null;
    }
}
const files = [];
walk(root, files);
const sources = files.map((f) => decode(readFileSync(f)));
let totalLines = 0;
let totalChars = 0;
for (const s of sources) {
    if (s === null)
        continue;
    let n = 0;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1))
        n++;
    if (s.length > 0 && !s.endsWith('\n'))
        n++;
    totalLines += n;
    totalChars += s.length;
}
function runOnce() {
    let tokens = 0;
    const failures = new Map();
    for (let i = 0; i < sources.length; i++) {
        const s = sources[i];
        if (s === null)
            continue;
        try {
            tokens += tokenize(s, { filename: files[i] }).length;
        }
        catch (e) {
            if (e instanceof PySyntaxError)
                failures.set(i, `${e.type}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`);
            else
                failures.set(i, `CRASH ${e.stack}`);
        }
    }
    return { tokens, failures };
}
runOnce(); // warm-up
let best = Infinity;
let result = runOnce();
for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    result = runOnce();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms < best)
        best = ms;
}
// Which files does CPython accept? (compile(); its tokenizer errors are a subset of its errors)
const py = spawnSync('python3', ['-c', `
import sys, warnings
warnings.simplefilter('ignore')
for path in sys.stdin.read().split('\\n'):
    if not path: continue
    try:
        compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)
        print('OK')
    except SyntaxError as e:
        print('%s: %s (line %s, offset %s)' % (type(e).__name__, e.msg, e.lineno, e.offset))
    except Exception as e:
        print(type(e).__name__)
`], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
const cpython = py.status === 0 ? py.stdout.split('\n') : null;
console.log(`${files.length} files, ${totalLines} lines, ${totalChars} chars, ${result.tokens} tokens`);
console.log(`best of ${rounds}: ${best.toFixed(0)} ms  ->  ${(result.tokens / best / 1000).toFixed(2)} M tokens/s, ` +
    `${(totalLines / best).toFixed(0)}k lines/s, ${(totalChars / best / 1000).toFixed(1)} M chars/s`);
for (let i = 0; i < files.length; i++) {
    if (sources[i] === null)
        console.log(`  undecodable: ${files[i]}`);
}
let bad = 0;
for (const [i, msg] of result.failures) {
    const cp = cpython ? cpython[i] : '?';
    const bug = cp === 'OK';
    if (bug)
        bad++;
    console.log(`  ${bug ? 'BUG (CPython accepts it)' : 'threw'}: ${files[i].slice(root.length + 1)}: ${msg}\n      CPython: ${cp}`);
}
console.log(`${result.failures.size} files threw, ${bad} of them accepted by CPython`);
if (compare)
    compareWithCPython();
// ---------------------------------------------------------------------------------------------
// --compare: token streams against python3's tokenize module, in a canonical text form:
//   NAME|img|sl|sc|el|ec  NUMBER|..  STRING|..  OP|..   (columns in UTF-8 bytes)
//   NEWLINE|line|col-of-the-newline   INDENT|line|col   DEDENT|line|col (DEDENT alone at EOF)
//   ENDMARKER
// (The tokenize module gives NEWLINE/INDENT/ENDMARKER other spans than the C tokenizer.)
function canonical(toks) {
    const out = [];
    for (let j = 0; j < toks.length; j++) {
        const t = toks[j];
        const name = t.tokenType.name;
        if (name === 'Newline')
            out.push(`NEWLINE|${t.startLine}|${t.endColumn}`);
        else if (name === 'Indent')
            out.push(`INDENT|${t.startLine}|${t.startColumn}`);
        else if (name === 'Dedent') {
            let eof = true;
            for (let k = j; k < toks.length; k++) {
                const n = toks[k].tokenType.name;
                if (n !== 'Dedent' && n !== 'EndMarker')
                    eof = false;
            }
            out.push(eof ? 'DEDENT' : `DEDENT|${t.startLine}|${t.startColumn}`);
        }
        else if (name === 'EndMarker')
            out.push('ENDMARKER');
        else {
            const kind = name === 'Name' || name.startsWith('Kw_') ? 'NAME' : name === 'Number' ? 'NUMBER'
                : name === 'String' ? 'STRING' : name === 'ErrorToken' ? 'ERRORTOKEN' : 'OP';
            out.push(`${kind}|${t.image.replace(/\n/g, '\\n')}|${t.startLine}|${t.startColumn}|${t.endLine}|${t.endColumn}`);
        }
    }
    return out;
}
function compareWithCPython() {
    const dir = mkdtempSync(join(tmpdir(), 'tokcmp-'));
    const script = `
import tokenize, io, sys, unicodedata, os
paths = open(sys.argv[1]).read().split('\\n')
out_dir = sys.argv[2]
for i, path in enumerate(paths):
    data = open(path, 'rb').read()
    out = []
    try:
        toks = list(tokenize.tokenize(io.BytesIO(data).readline))
        text = data.decode(toks[0].string)
        if text.startswith('\\ufeff'): text = text[1:]
        lines = text.replace('\\r\\n', '\\n').replace('\\r', '\\n').split('\\n')
        def bc(l, c):
            return len(lines[l-1][:c].encode('utf-8')) if l - 1 < len(lines) else c
        toks = [t for t in toks if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING)]
        for j, t in enumerate(toks):
            if t.type == tokenize.NEWLINE:
                out.append('NEWLINE|%d|%d' % (t.start[0], bc(*t.start)))
            elif t.type == tokenize.INDENT:
                out.append('INDENT|%d|%d' % (t.end[0], bc(*t.end)))
            elif t.type == tokenize.DEDENT:
                if all(u.type in (tokenize.DEDENT, tokenize.ENDMARKER) for u in toks[j:]):
                    out.append('DEDENT')
                else:
                    out.append('DEDENT|%d|%d' % (t.start[0], bc(*t.start)))
            elif t.type == tokenize.ENDMARKER:
                out.append('ENDMARKER')
            else:
                s = t.string
                if t.type == tokenize.NAME and not s.isascii(): s = unicodedata.normalize('NFKC', s)
                out.append('%s|%s|%d|%d|%d|%d' % (tokenize.tok_name[t.type], s.replace('\\n', '\\\\n'),
                           t.start[0], bc(*t.start), t.end[0], bc(*t.end)))
    except Exception as e:
        out = ['ERROR ' + type(e).__name__]
    with open(os.path.join(out_dir, '%d.txt' % i), 'w') as f:
        f.write('\\n'.join(out) + '\\n')
`;
    writeFileSync(join(dir, 'dump.py'), script);
    writeFileSync(join(dir, 'paths.txt'), files.join('\n'));
    const r = spawnSync('python3', [join(dir, 'dump.py'), join(dir, 'paths.txt'), dir], { encoding: 'utf8' });
    if (r.status !== 0) {
        console.log('python3 failed:', r.stderr);
        return;
    }
    let same = 0;
    let differ = 0;
    for (let i = 0; i < files.length; i++) {
        const s = sources[i];
        if (s === null || result.failures.has(i))
            continue;
        const theirs = readFileSync(join(dir, `${i}.txt`), 'utf8').split('\n');
        theirs.pop();
        if (theirs[0]?.startsWith('ERROR'))
            continue;
        const ours = canonical(tokenize(s));
        let k = 0;
        while (k < ours.length && k < theirs.length && ours[k] === theirs[k])
            k++;
        if (k === ours.length && k === theirs.length) {
            same++;
            continue;
        }
        differ++;
        if (differ <= 20) {
            console.log(`DIFF ${files[i].slice(root.length + 1)} at token ${k}:\n   ours:   ${ours.slice(k, k + 3).join('  ')}\n` +
                `   python: ${theirs.slice(k, k + 3).join('  ')}`);
        }
    }
    console.log(`compare: ${same} files identical, ${differ} differ`);
    rmSync(dir, { recursive: true, force: true });
}
//# sourceMappingURL=tokenize-corpus.js.map