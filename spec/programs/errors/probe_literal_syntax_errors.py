# SyntaxError messages, line numbers and offsets from compile() for malformed literals, f-strings, assignments targets and statements.
srcs = ["0777", "1__0", "1_", "0x", "0b2", "0o8", "1e", "1.e5", "1_000.0_1", "0_0", "00", "0e0", "1j", "0xfj", "1.5J", "09.5", "09", "1if 1 else 2", "0x1for x in y",
 "b'é'", "'\\N{LATIN SMALL LETTER A}'", "'\\N{bogus}'", "'\\x4'", "b'\\u1234'", "'\\u12'", "'\\U00110000'", "'''a", "'a", "f'{'", "f'{}'", "f'{x!z}'", "f'{x:{y:{z}}}'", "f'}'", "f'{x=}'", "f'{x = !r:>5}'",
 "rb'\\x'", "u'a' 'b'", "'a' b'b'", "f'{lambda x: 1}'", "f'{yield}'", "f'{*x}'", "f'{\"a\"}'", "f'{x!r=}'", "f'{#}'", "f'{x:=5}'", "f'{(x:=5)}'", "'\\z'", "b'\\z'", "1 if 2", "x = 07", "[1, 2", "print 'x'", "a = 1 +", "0 = 1", "f() = 1", "del f()", "(a, b) += 1", "x: int = 1 = 2", "def f(a, a): pass", "nonlocal x", "return", "yield", "break", "lambda: (yield)", "class A: return", "for x in 1: continue\nelse: break", "async def f(): yield from x", "def f(*): pass", "def f(**k, a): pass", "f(a=1, a=2)", "f(**k, *a)", "f(a for a in b, c)", "a, *b, *c = x", "*a = x", "del *a", "import a.b as", "from . import *", "from x import (a, b,)", "from x import a,", "True = 1", "None += 1", "__debug__ = 1", "f(__debug__=1)", "x = [i for i in range(3) if i, 1]", "{**a for a in b}", "[*a for a in b]", "a if b else c = 1", "'a' = 1", "f'a' = 1", "... = 1", "x.y += 1", "(yield) = 1", "not x = 1", "a < b = 1", "-a = 1", "await = 1", "match = 1", "case = 1", "_ = 1", "def f(): x = 1; global x", "def f(x): global x", "global x; x = 1", "def f():\n  x = 1\n  def g():\n    nonlocal y", "\ttab\n", "if 1:\n  a\n b", "if 1:\n\ta\n        b", "x = (1,\n", "'''\n", "\\", "a = 1 \\ ", "1 +\\\n2", "a = '\\\n'", "# coding: latin-1\nx='é'", "x = 1\n\x00", "x = `1`", "x = 1 <> 2", "print(x for x in y, 1)", "@x\nclass y: pass", "@x = 1", "with (a as b, c as d): pass", "with a as (b, c): pass", "with a as b.c[0]: pass", "with a as f(): pass", "for f() in x: pass", "import *", "assert(x, 'msg')", "x is 1", "x == None", "1 is not 1"]
import warnings
warnings.simplefilter('ignore')
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print('OK', repr(s))
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
