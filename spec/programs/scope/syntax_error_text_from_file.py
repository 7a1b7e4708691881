# The symbol table's and the compiler's SyntaxErrors take .text from the file named by the
# filename given to compile() (None when there is no such file), and the symbol table's ones
# have args (msg,) only. Found by tools/fuzz-scope.py.
import os
here = os.path.basename(__file__)
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    nonlocal x\n",
    "[(i := 1) for i in 'a']\n",
    "def f(a, a): pass\n",
    "def f():\n    from m import *\n",
    "from __future__ import braces\n",
    "return 1\n",
    "x = 1\nfrom __future__ import division\n",
    "f(a=1, a=2)\n",
    "for x in y:\n    def g():\n        continue\n",
]
for src in cases:
    for filename in ['<string>', 'no-such-file.py', here]:
        try:
            compile(src, filename, 'exec')
            print('compiled')
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), len(e.args),
                  e.filename == filename)
            print(' ', e)
try:
    exec("def f():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print(e.args, e.text)
try:
    eval("[(j := 1) for j in 'a']")
except SyntaxError as e:
    print(e.args, e.text)
# The parser's errors in 'exec' mode also show the line of the file named filename when there
# is one (not in 'eval'/'single' mode, and not the tokenizer's own errors, which show the
# source's line without its newline).
for src in ['f(**a, *b)\n', "x = 'abc\n", 'x = (1,\n', '  x = 1\n', 'x = 1 +\n', 'x = 0777\n',
            'f"{}"\n', 'x = (]\n', '\n\n)\n']:
    for mode in ['exec', 'eval', 'single']:
        try:
            compile(src, here, mode)
            print('compiled')
        except SyntaxError as e:
            print(mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
# A NUL is refused before tokenizing: no location at all.
try:
    compile('x = 1\0', here, 'exec')
except SyntaxError as e:
    print(e.args, e.filename, e.lineno, e.offset, e.text)
