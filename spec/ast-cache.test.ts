// The shipped library's syntax trees cached as JSON at build time (src/runtime/ast-cache.ts,
// tools/ast-cache.mjs) must be the trees the parser makes: every lib/ file round-trips to the
// same dump (positions included), the build wrote a fresh entry for each, constants JSON lacks
// (ints of any size, inf, bytes, imaginary numbers, Ellipsis) survive, and a stale or foreign
// file is not served from the cache.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, statSync, mkdtempSync, writeFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, libFiles } from './helpers/paths.js';
import { parse } from '../grammar/index.js';
import { dumpAst } from '../src/ast/dump.js';
import { encodeAst, decodeAst, cachedAst, astCachePath } from '../src/runtime/ast-cache.js';

const dump = (t: ReturnType<typeof parse>) => dumpAst(t, { includeAttributes: true });

test('every library file: the cached tree is the parsed tree', () => {
  const files = libFiles();
  assert.ok(files.length > 40, `library files found: ${files.length}`);
  for (const f of files) {
    const tree = parse(readFileSync(f, 'utf8'), f, 'exec');
    const cached = cachedAst(f);
    assert.ok(cached !== null, `no fresh cache entry for ${f}`);
    assert.is(dump(cached!), dump(tree), f);
    assert.ok(statSync(astCachePath(f)!).mtimeMs >= statSync(f).mtimeMs);
  }
});

test('constants JSON lacks round-trip', () => {
  const src = [
    'a = 12345678901234567890123456789 + 0 + -7 + 0x7fffffffffffffff',
    'b = 1e999, 1e999j, 2.5j, 0.1, 1.0, 0j',
    "c = b'\\x00\\xff\\x80abc', rb'\\n', ..., None, True, False",
    "d = 'caf\\u00e9 \\U0001F600 \\ud800', f'{a!r:>{b}}'",
    'match x:\n    case 1 | -2 | 3.5 | b"x" | None | True: pass',
  ].join('\n');
  const tree = parse(src, '<t>', 'exec');
  const back = decodeAst(encodeAst(tree));
  assert.is(dump(back), dump(tree));
});

test('files outside lib/ and stale entries are not served', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-astcache-'));
  try {
    const f = join(dir, 're.py');
    writeFileSync(f, 'x = 1\n');
    assert.is(astCachePath(f), null);
    assert.is(cachedAst(f), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.is(astCachePath(join(ROOT, 'lib', '..', 'bench', 'x.py')), null);
  // A library file newer than its entry (edited after the build) is parsed instead.
  const lib = join(ROOT, 'lib', 'heapq.py');
  const entry = astCachePath(lib)!;
  const saved = statSync(entry);
  try {
    utimesSync(entry, new Date(0), new Date(0));
    assert.is(cachedAst(lib), null);
  } finally {
    utimesSync(entry, saved.atime, saved.mtime);
  }
  assert.ok(cachedAst(lib) !== null);
});

test.run();
