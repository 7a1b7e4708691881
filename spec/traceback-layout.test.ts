// The layout of an uncaught exception's traceback on stderr, which the differential corpus
// cannot see (it compares only the last stderr line): CPython 3.11's C code prints a source line
// without its indentation but with its trailing spaces (and marks a span shorter than that),
// counts East Asian wide characters as two columns, and ends the markers of a span that goes on
// past its first line by scanning the UTF-8 bytes backwards from the line's length in
// characters. A finalizer's error at exit is printed as the unraisable-exception hook does.
// Each expected text is CPython 3.11.7's stderr for the program, the script's path written FILE
// and addresses ADDR.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';

const DYAD = join(ROOT, 'bin', 'dyad.js');

const CASES: [string, string, string][] = [
  [
    'trailing spaces are printed and marked',
    'def f():   \n    return 1/0   \nf()  \n',
    'Traceback (most recent call last):\n  File "FILE", line 3, in <module>\n    f()  \n    ^^^\n  File "FILE", line 2, in f\n    return 1/0   \n           ~^~\nZeroDivisionError: division by zero\n',
  ],
  [
    'wide characters take two columns',
    'label = "価格"; total = "合計: " + label + 5\n',
    'Traceback (most recent call last):\n  File "FILE", line 1, in <module>\n    label = "価格"; total = "合計: " + label + 5\n                            ~~~~~~~~~~~~~~~~~^~~\nTypeError: can only concatenate str (not "int") to str\n',
  ],
  [
    'a span over two lines after two-byte characters',
    'x = "é"; y = None; z = (x +  \n   y)\n',
    'Traceback (most recent call last):\n  File "FILE", line 1, in <module>\n    x = "é"; y = None; z = (x +  \n                            ^^^^\nTypeError: can only concatenate str (not "NoneType") to str\n',
  ],
  [
    'a span over two lines after wide characters',
    'x = "日本"; y = None; z = (x +\n   y)\n',
    'Traceback (most recent call last):\n  File "FILE", line 1, in <module>\n    x = "日本"; y = None; z = (x +\n                               ^^\nTypeError: can only concatenate str (not "NoneType") to str\n',
  ],
  [
    'finalizers at exit print errors without chained exceptions or source lines',
    "class Bad:\n    def __del__(self):\n        helper()\ndef helper():\n    return 1 / 0\ndef g():\n    try:\n        yield 1\n    finally:\n        raise KeyError(\"gen finally\")\nit = g()\nnext(it)\nb = Bad()\nprint(\"end\")\n",
    "Exception ignored in: <generator object g at ADDR>\nTraceback (most recent call last):\n  File \"FILE\", line 10, in g\nKeyError: 'gen finally'\nException ignored in: <function Bad.__del__ at ADDR>\nTraceback (most recent call last):\n  File \"FILE\", line 3, in __del__\n  File \"FILE\", line 5, in helper\nZeroDivisionError: division by zero\n",
  ],
  [
    'a failing super() in super().name() is marked, not the call around it',
    'class B:\n    def hello(self):\n        return 1\nclass C(B):\n    def m(self):\n        return (lambda: super().hello())()\nC().m()\n',
    'Traceback (most recent call last):\n  File "FILE", line 7, in <module>\n    C().m()\n  File "FILE", line 6, in m\n    return (lambda: super().hello())()\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "FILE", line 6, in <lambda>\n    return (lambda: super().hello())()\n                    ^^^^^^^\nRuntimeError: super(): no arguments\n',
  ],
  [
    'an error in __del__ run by `del` mid-program shows its source lines',
    'class Noisy:\n    def __del__(self):\n        raise ValueError("in __del__")\nn = Noisy()\ndel n\nprint("after")\n',
    'Exception ignored in: <function Noisy.__del__ at ADDR>\nTraceback (most recent call last):\n  File "FILE", line 3, in __del__\n    raise ValueError("in __del__")\nValueError: in __del__\n',
  ],
];

const dir = mkdtempSync(join(tmpdir(), 'dyad-tb-layout-'));
for (const backend of ['tree', 'vm']) {
  CASES.forEach(([name, src, expected], i) => {
    test(`${backend}: ${name}`, () => {
      const file = join(dir, `case${i}.py`);
      writeFileSync(file, src, 'utf8');
      const r = spawnSync(process.execPath, [DYAD, '--backend', backend, file], { encoding: 'utf8' });
      assert.is(r.stderr.split(file).join('FILE').replace(/0x[0-9a-f]+/g, 'ADDR'), expected);
    });
  });
}
test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
