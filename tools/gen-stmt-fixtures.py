#!/usr/bin/env python3
"""Writes spec/fixtures/statements.json: statement snippets with CPython 3.11's ast.dump of
them (with and without positions), and invalid snippets with the SyntaxError CPython's parser
raises (type, msg, lineno, offset, end_lineno, end_offset).

    python3 tools/gen-stmt-fixtures.py > spec/fixtures/statements.json
"""
import ast, json, sys, warnings

warnings.simplefilter("ignore")

OK = [
    # expression statements, docstrings
    "x", "'doc'", "'''doc\nstring'''\nx = 1", "f(a)(b)", "a.b.c", "x[1:2, 3]", "-x", "await_ = 1",
    "1; 2; 3", "x;", "a; b\nc", "...", "*a, b", "a, b", "(yield)", "yield", "yield x", "yield x, y",
    "yield from x", "await x", "lambda: 1", "x if y else z", "not x", "(x := 1)",
    # assignments
    "x = 1", "x = y = z", "a, b = c", "a, *b = c", "[a, b] = c", "(a, b) = c", "a.b = 1", "a[0] = 1",
    "a[1:2] = b", "x = yield", "x = yield y", "x = yield from y", "x = y = yield z", "x = *a, b",
    "a, = b", "(a) = 1", "((a)) = 1", "[a, [b, *c]] = d", "x = await y", "a.b[c].d = e",
    "x = 1  # comment", "x = (\n  1,\n  2,\n)", "x = \\\n  1",
    # augmented
    "x += 1", "x -= 1", "x *= 1", "x /= 1", "x //= 1", "x %= 1", "x **= 1", "x >>= 1", "x <<= 1",
    "x &= 1", "x |= 1", "x ^= 1", "x @= 1", "a.b += 1", "a[0] += 1", "x += yield", "(x) += 1",
    "x += 1, 2",
    # annotated
    "x: int", "x: int = 1", "(x): int", "(x): int = 1", "a.b: int", "a[0]: int = 1", "x: int = yield",
    "x: List[int] = []", "x: int = 1, 2", "x: int = *a, b", "((a.b)): int",
    # simple keyword statements
    "pass", "break", "continue", "return", "return x", "return x, y", "return *a, b",
    "raise", "raise X", "raise X from Y", "raise X(1) from None",
    "global x", "global x, y, z", "nonlocal x", "nonlocal x, y",
    "del x", "del x, y", "del x,", "del (x, y)", "del [x, y]", "del a.b, a[0]", "del (x)",
    "del (a, [b, c])", "del a[1:2]",
    "assert x", "assert x, 'msg'", "assert (x, y)",
    # imports
    "import a", "import a.b.c", "import a as b", "import a.b as c, d", "import a, b.c as d",
    "from a import b", "from a.b import c as d, e", "from . import a", "from .. import a",
    "from ... import a", "from .... import a", "from .a import b", "from ...a.b import c",
    "from .....a import b", "from a import *", "from . import *", "from a import (b)",
    "from a import (b, c)", "from a import (b, c,)", "from a import (\n  b as c,\n  d,\n)",
    "from __future__ import annotations",
    # if / while / for
    "if x: pass", "if x:\n    pass", "if x:\n    a\n    b\nelse:\n    c",
    "if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d", "if x:\n    a\nelif y:\n    b",
    "if x: a; b\nelse: c", "if (x := f()):\n    pass", "if x:\n    if y:\n        pass\n    else:\n        pass\nz",
    "while x:\n    pass", "while x: pass\nelse: pass", "while 1:\n    break\nelse:\n    continue",
    "for x in y:\n    pass", "for x, y in z: pass", "for x in y, z: pass", "for (x, y) in z: pass",
    "for [x, *y] in z: pass", "for x in y:\n    pass\nelse:\n    pass", "for a.b in c: pass",
    "for a[0] in c: pass", "for x in *a, b: pass", "for x, in y: pass",
    "async def f():\n    async for x in y:\n        pass\n    else:\n        pass",
    # with
    "with a: pass", "with a as b: pass", "with a as b, c as d: pass", "with a, b: pass",
    "with (a): pass", "with (a) as b: pass", "with (a, b): pass", "with (a, b) as c: pass",
    "with (a as b): pass", "with (a as b, c as d): pass", "with (a as b, c as d,): pass",
    "with (a, b as c): pass", "with (\n    a as b,\n    c as d,\n):\n    pass",
    "with a as (b, c): pass", "with a as [b, c]: pass", "with a as b.c: pass", "with a as b[0]: pass",
    "with (yield): pass", "with (x := 1): pass", "with (x for x in y): pass", "with (): pass",
    "with (a)(): pass", "with (a).b as c: pass", "with (a, b)[0]: pass", "with (a), (b): pass",
    "with f(a) as b, (c): pass", "with (a, *b): pass",
    "async def f():\n    async with a as b, c:\n        pass",
    "async def f():\n    async with (a as b, c as d):\n        pass",
    # try
    "try:\n    pass\nexcept:\n    pass", "try:\n    pass\nexcept E:\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass", "try:\n    pass\nexcept (A, B) as e:\n    pass",
    "try:\n    pass\nexcept A:\n    pass\nexcept B:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nfinally:\n    pass", "try: a\nexcept: b\nelse: c\nfinally: d",
    "try:\n    pass\nexcept* E:\n    pass", "try:\n    pass\nexcept* (A, B) as e:\n    pass\nexcept *C:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept E:\n    pass\nfinally:\n    pass",
    "try:\n    try:\n        a\n    finally:\n        b\nexcept:\n    c",
    # functions
    "def f(): pass", "def f():\n    pass", "def f(a): pass", "def f(a, b): pass", "def f(a=1): pass",
    "def f(a, b=1, c=2): pass", "def f(*args): pass", "def f(**kw): pass", "def f(*args, **kw): pass",
    "def f(a, *, b): pass", "def f(a, *, b=1, c): pass", "def f(*, a=1, b=2): pass",
    "def f(a, /): pass", "def f(a, /, b): pass", "def f(a=1, /, b=2): pass", "def f(a, b, /, c, *, d): pass",
    "def f(a, /, *args, b, **kw): pass", "def f(a,): pass", "def f(*a,): pass", "def f(**k,): pass",
    "def f(a, /,): pass", "def f(*, a,): pass",
    "def f(a: int, b: str = 'x', *args: int, c: bool = True, d, **kw: dict) -> None: pass",
    "def f(*args: *Ts): pass", "def f(a: 'x' = 1, /): pass", "def f() -> int:\n    return 1",
    "def f(\n    a,\n    b,\n):\n    pass", "def f(lambda_=1, match=2, case=3, _=4): pass",
    "@dec\ndef f(): pass", "@a.b\n@c(d)\ndef f():\n    pass", "@x[0]\ndef f(): pass", "@(x := y)\ndef f(): pass",
    "@a or b\ndef f(): pass",
    "async def f(): pass", "async def f(a, *b) -> x:\n    await y", "@dec\nasync def f(): pass",
    "def f():\n    '''doc'''\n    return", "def f():\n    yield\n    yield x\n    x = yield",
    "def f():\n    def g():\n        nonlocal x\n    return g",
    "def f(): return 1; x",
    # classes
    "class A: pass", "class A:\n    pass", "class A(): pass", "class A(B): pass", "class A(B, C): pass",
    "class A(B, metaclass=M): pass", "class A(*bases, **kw): pass", "class A(B, *c, d=1, **e): pass",
    "@dec\nclass A:\n    x = 1\n    def f(self): pass", "class A:\n    '''doc'''\n    x: int = 1",
    "class A(B,): pass",
    # match
    "match x:\n    case 1:\n        pass",
    "match x:\n    case 1: pass\n    case 2: pass",
    "match x, y:\n    case a, b: pass",
    "match x,:\n    case _: pass",
    "match *a, b:\n    case _: pass",
    "match (x):\n    case _: pass",
    "match f(x):\n    case _: pass",
    "match x:\n    case -1: pass\n    case 1.5: pass\n    case -1.5j: pass\n    case 1+2j: pass\n    case -1-2j: pass\n    case 0j: pass",
    "match x:\n    case 'a': pass\n    case 'a' 'b': pass\n    case b'x': pass",
    "match x:\n    case None: pass\n    case True: pass\n    case False: pass",
    "match x:\n    case a: pass",
    "match x:\n    case _: pass",
    "match x:\n    case a.b: pass\n    case a.b.c: pass",
    "match x:\n    case [a, b]: pass\n    case (a, b): pass\n    case a, b: pass\n    case []: pass\n    case (): pass",
    "match x:\n    case [a, *b]: pass\n    case [*_, b]: pass\n    case a, *b, c: pass\n    case (a,): pass\n    case [a,]: pass",
    "match x:\n    case {}: pass\n    case {'a': 1}: pass\n    case {'a': 1, **rest}: pass\n    case {**rest}: pass",
    "match x:\n    case {1: a, -1: b, 1+2j: c, a.b: d, None: e, True: f, 'x' 'y': g}: pass",
    "match x:\n    case {'a': 1,}: pass\n    case {**r,}: pass",
    "match x:\n    case A(): pass\n    case A(a): pass\n    case A(a, b): pass\n    case A(a=1): pass\n    case A(a, b=2, c=3): pass",
    "match x:\n    case a.B(1, c=[2]): pass\n    case A(a,): pass\n    case A(a=1,): pass",
    "match x:\n    case 1 | 2 | 3: pass\n    case (1 | 2) as y: pass\n    case [1, 2] | {}: pass",
    "match x:\n    case a as b: pass\n    case (a as b): pass\n    case [a as b, c as d]: pass",
    "match x:\n    case 1 if y: pass\n    case a if a > 1: pass\n    case _ if (z := 1): pass",
    "match x:\n    case (a): pass\n    case ((a)): pass\n    case (a | b): pass",
    "match x:\n    case A(x=B(y=C())): pass",
    "match x:\n    case [*a]: pass\n    case *a, b: pass\n    case (*a, b): pass",
    "match x:\n    case _:\n        match y:\n            case _: pass",
    "match = 1", "match.x = 1", "match[0] = 1", "match(x)", "match, case = 1, 2", "match: int = 1",
    "case = 1", "_ = 1", "match(a).b\n", "print(match)",
    "match x:\n    case case: pass",
    "match match:\n    case match: pass",
    "match -x:\n    case _: pass",
    "match [x]:\n    case _: pass",
    "match {x}:\n    case _: pass",
    "match not x:\n    case _: pass",
    "match lambda: x:\n    case _: pass",
    "match x:\n    case _: pass\nmatch y:\n    case _: pass",
    "match x:\n    case f'': pass",
    # mixed
    "if x:\n    pass\n# comment\n\n    # indented comment\nelse:\n    pass",
    "def f():\n\n    x = 1\n\n\n    return x\n",
    "class A:\n    def f(self):\n        if x:\n            return 1\n        elif y:\n            while z:\n                for a in b:\n                    with c as d:\n                        try:\n                            pass\n                        except:\n                            raise\n",
    "x = 1\n", "\n\nx = 1\n\n", "", "# just a comment\n", "x = '日本' ; y = 'é'",
    "if x:\n\tpass", "f(**{'a': 1})",
    "for x in y:\n    if x: continue\n    else: break",
    "print -1", "print", "print(x)", "match(x).y", "match -x", "match[x]", "match * x", "match(x) if y else z",
    "match not in x", "x = match", "async def f():\n    await x\n    async with a: pass\n    async for b in c: pass",
    "def f(a, /, b=1, *c: int, d, e=2, **f: str): pass", "lambda: (yield)", "x = (yield)",
    "@property\n@x.setter\ndef f(self, v): pass", "class A(B, C, metaclass=M, **kw):\n    pass\n\n\n",
    "with (open(a) as f, open(b) as g):\n    pass", "with (a, b) as (c, d): pass", "with a as (b), c as [d]: pass",
    "try:\n    pass\nexcept (A, B):\n    pass", "while 1:\n    if a: break\n    elif b: continue",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass",
    "match x:\n    case {'a': [1, 2, *rest], **kw} if rest: pass\n    case Point(x=0, y=0) | Point(x=1): pass",
    "match x:\n    case -0j: pass\n    case 1-0j: pass\n    case 0x10: pass\n    case 1_000: pass",
    "match x:\n    case (a, b) as c: pass\n    case [a, b] as c: pass\n    case A.B.C(d) as e: pass",
    "del a, (b, c), [d]", "del (a), b,", "global a\nnonlocal b", "import a.b.c as d\nfrom .a.b import (c as d, e)",
    "x = 1; y = 2;", "if x: pass\nelif y: pass\nelse: pass", "for i in range(10): print(i); continue",
]

SINGLE = [
    "x", "x = 1", "if x:\n    pass\n", "x; y", "x\n\n", "if x:\n    pass", "def f(): pass\n",
    "@d\ndef f():\n  pass", "if x: pass\n",
]
SINGLE_ERRORS = ["def f(): pass", "if x: pass", "class A: pass", "if x:\n  pass\nelse: pass", "@d\ndef f(): pass", "", "\n", "x = 1\ny = 2\n", "if x:\n    pass\ny", "#c\n"]

ERRORS = [
    "a = 1 2", "x =", "x = 1\n  y = 2", "if x:\npass", "if x\n    pass", "a;;b", ";", "x;;",
    "print 'hello'", "print 'a', 1", "exec 'code'", "a b", "1 2",
    "try:\n    pass\nx = 1", "try:\n    pass\n", "try:\n    pass\nelse:\n    pass",
    "def f(a=1, b): pass", "def f(*, a, *b): pass", "def f(*): pass", "def f(*, **k): pass",
    "def f(/): pass", "def f(a, /, /): pass", "def f(*a, /): pass", "def f(**k, a): pass",
    "def f(*a=1): pass", "def f(**k=1): pass", "def f(a=1, /, b): pass", "def f(a,,b): pass",
    "def f(a, *, b, /): pass", "def f(*, *): pass", "def f(**a, **b): pass", "def f(**a, *b): pass",
    "def f(a b): pass", "def f(,): pass", "def f(a=): pass",
    "def f x: pass", "def f(x) pass", "def f(x)\n    pass", "def f:", "def (): pass", "def f() -> : pass",
    "class A pass", "class A\n    pass", "class A(: pass", "class A():\npass",
    "for x in y pass", "for x in y\n    pass", "for x y: pass", "for 1 in y: pass", "for f() in y: pass",
    "for x in y:\npass",
    "while x pass", "while x\n    pass", "while x:\npass",
    "with x pass", "with x\n    pass", "with x:\npass", "with x as 1: pass", "with x as f(): pass",
    "with (a as b, c as d) as e:\n    pass",
    "try pass", "try\n    pass", "try:\npass",
    "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass",
    "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass",
    "try:\n    pass\nexcept A, B:\n    pass", "try:\n    pass\nexcept A, B as c:\n    pass",
    "try:\n    pass\nexcept A\n    pass", "try:\n    pass\nexcept\n    pass",
    "try:\n    pass\nexcept:\npass", "try:\n    pass\nexcept A:\npass", "try:\n    pass\nexcept* A:\npass",
    "try:\n    pass\nfinally:\npass", "try:\n    pass\nfinally\n    pass",
    "try:\n    pass\nexcept*:\n    pass",
    "try:\n    pass\nexcept A:\n    pass\nelse:\npass",
    "a, b: int", "[a]: int", "f(): int", "a.b, c: int", "(a, b): int", "{a}: int",
    "f() = 1", "a + 1 = 2", "1 = x", "x = 1 = y", "(a, f()) = 1", "[a, 1] = x", "a, b += 1",
    "a + 1 += 1", "(a, b) += 1", "f() += 1", "[a] += 1", "x = yield = 3", "yield = 1",
    "None = 1", "True = 1", "... = 1", "'a' = 1", "lambda: 1 = 1", "a if b else c = 1",
    "del f()", "del a + 1", "del 1", "del *a", "del (a, 1)", "del", "del x y",
    "import", "import a.b as", "import a.", "import .a", "import a as b.c", "from a import",
    "from . import a,", "from x import *, a", "from x import (a, b", "from x import ()",
    "from x import (*)", "from x import a as", "from import a", "from a.b. import c",
    "global", "global x,", "global 1", "nonlocal", "assert", "assert x,", "raise from x",
    "raise x from", "return return",
    "match x:\n    case 1 as _:\n        pass", "match x:\n    case a as b.c:\n        pass",
    "match x:\n    case A(a=1, 2):\n        pass", "match x:\n    case (*a):\n        pass",
    "match x:\n    case {x: 1}:\n        pass", "match x:\n    pass", "match x: pass",
    "match x:\n    case 1\n        pass", "match x:\n    case 1:\n    pass", "match x:\ncase 1: pass",
    "match x:\n    case a b: pass", "match x:\n    case 1 + 2: pass", "match x:\n    case -a: pass",
    "match x:\n    case a | : pass", "match x:\n    case **a: pass", "match x:\n    case {**a, 'b': 1}: pass",
    "match x:\n    case {**_}: pass",
    "match x:\n    case a.b(): pass\n    case 1 2: pass", "match x:\n    case *a: pass",
    "match x:\n    case [a, b] as 1: pass", "match x:\n    case 1 as a.b: pass",
    "match x\n    case 1: pass",
    "if x:\n    pass\n  else:\n    pass", "def f():\n    return\n  x",
    "else: pass", "elif x: pass", "except: pass", "finally: pass",
    "if x:\n    pass\nelif y\n    pass", "if x:\n    pass\nelif y:\npass", "if x:\n    pass\nelse\n    pass",
    "if x:\n    pass\nelse:\npass", "if x: pass\nelse pass",
    "class A(x for x in y): pass", "@dec\nx = 1", "@dec\n", "@\ndef f(): pass", "@dec def f(): pass",
    "async x = 1", "async pass", "async\ndef f(): pass",
    "x: int, y", "x: int = 1 = 2", "x: = 1", "x: int +=",
    "for x in range(10):\npass", "while 1:\n  x\n y\n", "  x = 1", "x = 1\n    y = 2\nz = 3",
    "if x:\n    a\n        b", "x = (", "x = )", "x = [1, 2", "def f(a, b:", "f(a, b", "x = 1\n)",
    "pass pass", "break x", "continue x", "pass;pass pass",
    "if x:\n    pass\n\n  \n\n    y\n z",
    "\n\n\nx = $",
    "x = 1 if 2", "lambda x=1, y: x", "f(**a, *b)", "f(a=1, b)",
    # assignments CPython words as a mistyped '=='
    "x.a = 1, y = 2", "x = 1, y = 2", "x = a < b = 2", "x = not a = 2", "x = -a, 1 = 2", "x.a = y = 1 = 2",
    "f(x) = 1, 2 = 3", "(x) = 1, 2 = 3", "x = *a, 1 = 3", "x = a if b else c = 3", "x = a + b = 3",
    "x = [a] = 3, 4 = 1", "x = yield a = 3", "(x) = 1 = 2", "X=None, Y=1j", "(yield i) = 2", "yield x = 0",
    # `match(x)` lines and CPython's second pass
    "match(x)\n1 2", "match(x)\n    foo", "match (0, 1, 2)\n    case 1: pass", "match -x\n1 2", "match[x]\n1 2",
    "match(x).y\n1 2", "print(match)\nmatch(x, y)\nx = 1 +\n", "match if x:\n    pass", "match ( x:\n    case _: pass",
    "match x:\n    case A(a=1, 2, 3):\n        pass\n",
    # parameters
    "def f((x, y, z), w):\n   pass", "def f(x, (y, z), w): pass", "def f(p, *, (k1, k2), **kw): pass",
    "def foo(/,a,b=,c): pass", "def foo(a,*b: int=,c): pass", "def foo(a=1,/*,b,c): pass", "def foo(a,d=,c): pass",
    "def f(a=1, b=, c): pass", "def f(**k, b=): pass", "def f(a, (b)=1): pass", "def f(/ object): pass",
    "def read(self) -> = AnyStr: pass", "def f() -> -> int: pass", "def f(a: int b): pass",
    # with, try, import, annotations
    "with a as b", "with blech as something\n  pass", "with (blech as something)\n  pass",
    "with (blech, block as something, bluch)\n  pass",
    "try: pass\nexcept ValueError: pass\nexcept*: pass\n", "try:\n    pass\nexcept* from E as e:\n    pass",
    "try:\n    pass\nexcept* A:\n    pass\nexcept except* Bad:\n    raise", "try:\n    pass\nexcept* * (A, B):\n    pass",
    "try:\n    pass\nexcept BaseException, :\n    pass", "from t import x,y, and 3",
    "start in inserts:\n    x", "f(x):", "class C:\n    * __foo: int", "case -1e1000:\n    y = 0",
    # where the parser stops vs the tokenizer
    "if x:\n    @d", "if x:\n    @d\ny = 1", "x = 1\n@d", "@d", '  File "', "chunks = [\n_append = chunks.append\nbegin = end - 1",
    "def f(a):\n    raise ValueError(( msg)\n    action = 1\n", "x = (1,\ny = 2\n", "if x:\n  y\n z = (\n",
    # legacy print
    "print 'a'; x", "if x: print 'a'", "print f", "exec 'x' in y",
    # an '=' whose right-hand side does not parse
    "x.a = 1 +", "x = 1 +", "'s' = ,", "x = 1 = ,", "f() = ", "x = f() = ", "yield = ,",
    "def f(a, /, / *args): pass", "def f(a, *b, / *c): pass",
    "def f() -> ( int: return closure\n\n# c", "[interesting\nfoo()\n", "x = 1\nif y:\n\t", "if x:",
    "def f():\n    if x:", "class A:\n# c\n", "try:\n    pass\nexcept:", "match x:\n    case 1:",
    "( neg_value = None", "for x in y:\n  pass\nelse:", "can't translate '\\x78' foo",
]
EVAL = ["x", "x + 1", "\n\nx\n\n", "a, b,"]
EVAL_ERRORS = ["", "\n", "#c", "\n\n", "x = 1", "x y", "if x: pass", "*a", "a, *b", "yield x"]


def dump(src, mode="exec"):
    t = ast.parse(src, "<s>", mode)
    return ast.dump(t), ast.dump(t, include_attributes=True)


out = {"ok": [], "errors": []}
for src in OK:
    d, p = dump(src)
    out["ok"].append({"src": src, "mode": "exec", "dump": d, "pos": p})
for src in SINGLE:
    d, p = dump(src, "single")
    out["ok"].append({"src": src, "mode": "single", "dump": d, "pos": p})
for src in EVAL:
    d, p = dump(src, "eval")
    out["ok"].append({"src": src, "mode": "eval", "dump": d, "pos": p})
for src, mode in [(s, "exec") for s in ERRORS] + [(s, "single") for s in SINGLE_ERRORS] + [(s, "eval") for s in EVAL_ERRORS]:
    try:
        ast.parse(src, "<s>", mode)
    except SyntaxError as e:
        out["errors"].append({"src": src, "mode": mode, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                              "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset,
                              "text": e.text})
    else:
        print("no error:", repr(src), file=sys.stderr)
json.dump(out, sys.stdout, indent=0, ensure_ascii=False)
sys.stdout.write("\n")
