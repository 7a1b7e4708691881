#!/usr/bin/env node
// Builds the start-up bundle (issue 5: start-up time), after tsc has compiled dist/:
//
//   dist/bundle/dyad.cjs         dist/src/cli.js and everything it imports (Chevrotain's
//                                single-file build included) as ONE script, made by esbuild
//   dist/bundle/dyad.cjs.cache   V8's code cache for it, written by a run of an empty program
//   dist/bundle/inputs.json      the files it was made from (package-relative)
//
// bin/dyad.js runs the bundle (with the code cache) instead of dist/src/cli.js when it is at
// least as new as every input, so a plain `tsc` after a change is never hidden by a stale
// bundle (it only makes start-up slower until the next `npm run build`). Loading ~145 ES
// modules costs more than running the whole start-up; one script with a code cache does not.
// Run by `npm run build`, `npm test` and `prepare` (npm ci). Without esbuild installed it
// says so and does nothing.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'dist', 'bundle');
const BUNDLE = join(OUT_DIR, 'dyad.cjs');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('tools/bundle.mjs: esbuild is not installed; no start-up bundle (dyad starts slower)\n');
  process.exit(0);
}

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });

// grammar/chevrotain.ts loads Chevrotain's single-file ESM build through a computed URL; in the
// bundle that build is imported statically instead (same module, same exports).
const chevrotainMin = fileURLToPath(new URL('../chevrotain.min.mjs', import.meta.resolve('chevrotain')));
const DYNAMIC_IMPORT = /^const bundleUrl = .*\nconst chev = \(await import\(bundleUrl\.href\)\);$/m;
const chevrotainPlugin = {
  name: 'dyad-chevrotain',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]grammar[\\/]chevrotain\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!DYNAMIC_IMPORT.test(text)) throw new Error('grammar/chevrotain.ts no longer loads Chevrotain as tools/bundle.mjs expects');
      return { loader: 'js', contents: text.replace(DYNAMIC_IMPORT, `import * as chev from ${JSON.stringify(chevrotainMin)};`) };
    });
  },
};

// The parser (grammar/, with Chevrotain's set-up and the token types) is needed only by a run
// that parses: a program read from the compile cache (src/runtime/compile-cache.ts) never does.
// Everything outside grammar/ imports just `parse` from grammar/index.js; in the bundle that
// import is a stub whose first call require()s the real module, so esbuild evaluates the
// grammar's modules on first use instead of in the bundle's top level.
const GRAMMAR_DIR = join(ROOT, 'dist', 'grammar');
const GRAMMAR_INDEX = join(GRAMMAR_DIR, 'index.js');
const lazyGrammarPlugin = {
  name: 'dyad-lazy-grammar',
  setup(build) {
    build.onResolve({ filter: /grammar[\\/]index\.js$/ }, (args) => {
      if (args.namespace === 'dyad-lazy' || resolve(args.resolveDir, args.path) !== GRAMMAR_INDEX) return undefined;
      if (args.importer.startsWith(GRAMMAR_DIR)) return undefined;
      return { path: 'grammar-index', namespace: 'dyad-lazy' };
    });
    build.onLoad({ filter: /^grammar-index$/, namespace: 'dyad-lazy' }, () => ({
      loader: 'js',
      resolveDir: GRAMMAR_DIR,
      contents: `let grammar;\nexport function parse(...args) {\n  return (grammar ??= require(${JSON.stringify(GRAMMAR_INDEX)})).parse(...args);\n}\n`,
    }));
  },
};

const result = await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: [join(ROOT, 'dist', 'src', 'cli.js')],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Smaller source is faster to read and hash; identifiers are kept (names in JS stack traces).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  charset: 'ascii',
  // bin/dyad.js supplies the bundle's own file URL (src/paths.ts finds the package from it).
  define: { 'import.meta.url': '__dyadImportMetaUrl' },
  metafile: true,
  logLevel: 'warning',
  plugins: [chevrotainPlugin, lazyGrammarPlugin],
});

// (Files only: the lazy grammar stub is a module of the plugin's own namespace.)
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('dyad-lazy:')).map((p) => relative(ROOT, resolve(ROOT, p)).split('\\').join('/'));
writeFileSync(join(OUT_DIR, 'inputs.json'), JSON.stringify(inputs) + '\n');

// The code cache: bin/dyad.js writes it after running an empty program in its worker (same V8
// flags as every later run, which V8 checks before it accepts the cache).
const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'dyad.js'), '-c', ''], {
  env: { ...process.env, DYAD_WRITE_CODE_CACHE: '1' },
  stdio: 'inherit',
});
if (run.status !== 0 || !existsSync(BUNDLE + '.cache')) {
  process.stderr.write('tools/bundle.mjs: the bundle did not run; removing it\n');
  rmSync(OUT_DIR, { recursive: true, force: true });
  process.exit(1);
}
