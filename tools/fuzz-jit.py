#!/usr/bin/env python3
"""Writes a random program that stresses the VM's compiled code (jit.ts) and specialised
instructions: hot loops whose operands change type part-way (int -> float -> big int -> str ->
instance), class attributes and globals rebound while a loop runs, attributes deleted and added,
operations that start raising, generators and calls inside the loops. Each function prints a
summary (its values and the exceptions it caught), so any difference from CPython shows up.

Usage: tools/fuzz-jit.py SEED [FILE]   (stdout without FILE)
Run many seeds against python3 and both backends with
  node tools/fuzz-scope-run.mjs A B --gen tools/fuzz-jit.py --no-dumps
"""
import random
import sys

PRELUDE = '''\
class P:
    k = 3
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __add__(self, o):
        return P(self.v + (o.v if isinstance(o, P) else o))
    def __radd__(self, o):
        return P(o + self.v)
    def __mul__(self, o):
        return P(self.v * (o.v if isinstance(o, P) else o))
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, P) else o)
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, P) else o)
    def __hash__(self):
        return hash(self.v)
    def __index__(self):
        return int(self.v) if not isinstance(self.v, str) else 0
    def __repr__(self):
        return f'P({self.v!r})'


class Q(P):
    __slots__ = ('w',)
    k = 5
    def get(self):
        return self.v * 2


class S:
    __slots__ = ('v', 'w')
    def __init__(self, v):
        self.v = v
        self.w = 1
    def get(self):
        return self.v
    def __repr__(self):
        return f'S({self.v!r})'


G = 7
H = [1, 2, 3]


def helper(a, b=2, *rest, k=1):
    return a * b + k + len(rest)


def gen(n):
    for i in range(n):
        yield i * 2
    return n


def cap(x):
    # Keeps values small: a loop squaring a big int, or repeating a str, must not run away.
    t = type(x)
    if t is int and (x > 2**100 or x < -2**100):
        return x % (2**89)
    if t is str and len(x) > 40:
        return x[:40]
    if (t is list or t is tuple) and len(x) > 10:
        return x[:10]
    if isinstance(x, (P, S)) and type(x.v) is int and (x.v > 2**100 or x.v < -2**100):
        x.v = x.v % 97
    return x


def sm(x):
    return x % 1000 if type(x) is int and (x > 1000 or x < -1000) else x


def note(caught, acc, e):
    k = type(e).__name__
    caught[k] = caught.get(k, 0) + 1
    if caught[k] <= 2:
        acc.append(k + ": " + str(e)[:60])


def show(x):
    if isinstance(x, float):
        return repr(x)
    if isinstance(x, (list, tuple, dict, set)):
        return repr(x)[:80]
    return repr(x)[:80]
'''

INTS = ['0', '1', '-1', '3', '7', '2**31 - 1', '2**31', '2**53 - 1', '2**53', '2**64 + 1', '-(2**63)', '10**20', 'True', 'False']
FLOATS = ['0.5', '-2.25', '1e300', '-0.0', 'float("inf")', '1e-310', '3.0']
OTHER = ['"ab"', '"x"', 'None', '[1, 2]', '(3, 4)', 'P(2)', 'Q(3)', 'S(4)', 'P(2.5)', '{1: 2}']
BINOPS = ['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>', '/', '**']
CMPS = ['<', '<=', '==', '!=', '>', '>=', 'is', 'in']


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.out = []
        self.nfun = 0

    def pick(self, xs):
        return self.r.choice(xs)

    def value(self):
        c = self.r.random()
        if c < 0.5:
            return self.pick(INTS)
        if c < 0.75:
            return self.pick(FLOATS)
        return self.pick(OTHER)

    def weighted(self, table, *args):
        """Calls one of `table`'s (weight, method) entries, chosen by weight, with `args`."""
        x = self.r.random() * sum(w for w, _ in table)
        for w, f in table:
            x -= w
            if x < 0:
                return f(self, *args)
        return table[-1][1](self, *args)

    # ---- expressions: each takes the names in scope and the depth

    def binop(self, names, depth):
        op = self.pick(BINOPS)
        a, b = self.expr(names, depth + 1), self.expr(names, depth + 1)
        # (Shifts and powers stay small; a repeated sequence's count too, on either side: CPython
        # can build a str of 2**31 characters where V8's strings stop at 2**29, a MemoryError.)
        if op == '<<':
            b = f'(({b}) % 8)'
        if op == '**':
            b = f'(({b}) % 3)'
        if op == '*':
            a, b = f'sm({a})', f'sm({b})'
        return f'({a} {op} {b})'

    def compare(self, names, depth):
        op = self.pick(CMPS)
        if op == 'is':
            # (Identity only against None: ints and strs are JS numbers, bigints and strings here,
            # without an identity of their own, so equal big ints are always `is` each other.)
            return f'({self.expr(names, depth + 1)} is None)'
        return f'({self.expr(names, depth + 1)} {op} {self.expr(names, depth + 1)})'

    def method(self, names, depth):
        return f'{self.pick(names)}.get()'

    def attr(self, names, depth):
        return f'{self.pick(names)}.v'

    def call(self, names, depth):
        return f'helper({self.expr(names, depth + 1)}{self.pick(["", ", 3", ", k=2", ", 1, 2, 3"])})'

    def item(self, names, depth):
        return f'{self.pick(names)}[{self.pick(["0", "-1", "i % 2", "1"])}]'

    def global_(self, names, depth):
        return f'(G + {self.pick(names)})'

    def generator(self, names, depth):
        return f'sum(gen({self.pick(["3", "i % 4", "2"])}))'

    def negate(self, names, depth):
        return f'(-{self.pick(names)})'

    def ifexp(self, names, depth):
        return f'({self.expr(names, depth + 1)} if {self.pick(names)} else {self.expr(names, depth + 1)})'

    EXPRS = [(30, binop), (10, compare), (7, method), (6, attr), (5, call), (4, item), (3, global_), (3, generator), (3, negate), (4, ifexp)]

    def expr(self, names, depth=0):
        if depth > 1 or self.r.random() < 0.25:
            return self.pick(names) if self.r.random() < 0.8 else self.value()
        return self.weighted(Gen.EXPRS, names, depth)

    # ---- statements: each takes the names in scope, the indentation and the target name

    def assign(self, names, ind, t):
        return [f'{ind}{t} = cap({self.expr(names)})']

    def augassign(self, names, ind, t):
        op = self.pick(["+", "-", "*", "//", "%", "&", "|"])
        e = self.expr(names)
        if op == '*':
            return [f'{ind}{t} = sm({t})', f'{ind}{t} *= sm({e})', f'{ind}{t} = cap({t})']
        return [f'{ind}{t} {op}= {e}', f'{ind}{t} = cap({t})']

    def at_round(self, ind, *body):
        """`body` (lines) in one round of the loop only."""
        return [f'{ind}if i == {self.r.randrange(5, 60)}:'] + [f'{ind}    {line}' for line in body]

    def retype(self, names, ind, t):
        return self.at_round(ind, f'{t} = {self.value()}')

    def class_attr(self, names, ind, t):
        return self.at_round(ind, f'{self.pick(["P.k", "Q.k"])} = {self.value()}')

    def rebind_global(self, names, ind, t):
        return self.at_round(ind, f'globals()["G"] = {self.value()}')

    def patch_method(self, names, ind, t):
        return self.at_round(ind, f'P.get = {self.pick(["lambda self: -1", "lambda self: self.v", "S.get"])}')

    def store_attr(self, names, ind, t):
        return [f'{ind}{t}.v = cap({self.expr(names)})']

    def record(self, names, ind, t):
        op = self.pick(CMPS)
        return [f'{ind}acc.append({t} {op} {"None" if op == "is" else self.pick(names)})']

    def branch(self, names, ind, t):
        return [f'{ind}if {self.expr(names)}:', f'{ind}    {self.pick(["continue", "n += 1", t + " = " + self.value()])}']

    def leave(self, names, ind, t):
        return [f'{ind}if i > {self.r.randrange(40, 90)} and {self.expr(names)}:', f'{ind}    break']

    def inner_loop(self, names, ind, t):
        return [f'{ind}for j in {self.pick(["range(2)", "gen(2)", "(1, 2.5)", "[" + t + "]"])}:', f'{ind}    {t} = cap({self.expr(names + ["j"])})']

    def store_item(self, names, ind, t):
        key = self.pick(["i % 3", "str(i % 2)", "1.0", t if self.r.random() < 0.3 else "0"])
        return [f'{ind}d[{key}] = cap({self.expr(names)})']

    def aug_item(self, names, ind, t):
        return [f'{ind}L[i % len(L)] {self.pick(["+", "-", "*"])}= sm({self.expr(names)})', f'{ind}L[i % len(L)] = cap(L[i % len(L)])']

    def aug_attr(self, names, ind, t):
        return [f'{ind}{t}.v {self.pick(["+", "-"])}= {self.expr(names)}']

    def closure(self, names, ind, t):
        return [f'{ind}{t} = inner({self.expr(names)})']

    def delete(self, names, ind, t):
        return self.at_round(ind, f'del {t}') + self.at_round(ind, f'{t} = {self.value()}')

    def while_loop(self, names, ind, t):
        return [f'{ind}k = 0', f'{ind}while k < 3 and {self.expr(names)}:', f'{ind}    k += 1', f'{ind}    {t} = cap({self.expr(names)})']

    def measure(self, names, ind, t):
        return [f'{ind}n += len(str({t})) % 7']

    STMTS = [(35, assign), (15, augassign), (8, retype), (5, class_attr), (4, rebind_global), (4, patch_method), (4, store_attr),
             (3, record), (4, branch), (3, leave), (5, inner_loop), (4, store_item), (1.5, aug_item), (1, aug_attr), (1, closure),
             (1, delete), (0.8, while_loop), (0.7, measure)]

    def stmt(self, names, ind):
        return self.weighted(Gen.STMTS, names, ind, self.pick(names))

    def function(self):
        self.nfun += 1
        name = f'f{self.nfun}'
        names = ['a', 'b', 'c']
        lines = [f'def {name}(a, b, c):', '    n = 0', '    acc = []', '    d = {}', '    caught = {}', '    L = [1, 2.5, 3]', '    cnt = 0',
                 '    def inner(x):', '        nonlocal cnt', '        cnt += 1', '        return x if cnt % 3 else -x']
        iters = self.r.choice([60, 120, 300])
        lines.append(f'    for i in range({iters}):')
        # Most statements in a try of their own (each runs every round), some in a shared one.
        shared = []
        for _ in range(self.r.randrange(4, 10)):
            st = self.stmt(names, '            ')
            if self.r.random() < 0.3:
                shared += st
                continue
            lines.append('        try:')
            lines += st
            lines.append('        except Exception as e:')
            lines.append('            note(caught, acc, e)')
        if shared:
            lines.append('        try:')
            lines += shared
            lines.append('        except Exception as e:')
            lines.append('            note(caught, acc, e)')
        lines.append('        if len(acc) > 40:')
        lines.append('            del acc[:20]')
        lines.append("    print(%r, show(a), show(b), show(c), n, cnt, show(L), sorted(caught.items()), show(acc[-6:]), show(sorted(d, key=repr)))" % name)
        lines.append('')
        args = ', '.join(self.value() for _ in range(3))
        calls = [f'{name}({args})']
        if self.r.random() < 0.5:
            calls.append(f'{name}({", ".join(self.value() for _ in range(3))})')
        return lines, calls


def main():
    seed = int(sys.argv[1])
    g = Gen(random.Random(seed))
    body = [PRELUDE]
    calls = []
    for _ in range(g.r.randrange(2, 5)):
        lines, cs = g.function()
        body += lines
        calls += cs
    for c in calls:
        body.append('try:')
        body.append(f'    {c}')
        body.append('except Exception as e:')
        body.append("    print('outer', type(e).__name__, str(e)[:60])")
        body.append('P.k = 3; Q.k = 5; G = 7')
        body.append("P.get = lambda self: self.v")
    if g.r.random() < 0.5:
        # A loop at module level: the names are globals (*_NAME / *_GLOBAL), not locals.
        body += ['n = 0', 'acc = []', 'd = {}', 'caught = {}', 'L = [1, 2.5, 3]', 'cnt = 0',
                 'def inner(x):', '    global cnt', '    cnt += 1', '    return x if cnt % 3 else -x',
                 f'a, b, c = {g.value()}, {g.value()}, {g.value()}', 'for i in range(150):']
        for _ in range(g.r.randrange(3, 7)):
            st = g.stmt(['a', 'b', 'c'], '        ')
            body += ['    try:'] + [x for x in st if 'nonlocal' not in x] + ['    except Exception as e:', '        note(caught, acc, e)']
        body.append("print('module', show(a), show(b), show(c), n, cnt, show(L), sorted(caught.items()), show(acc[-6:]))")
    text = '\n'.join(body) + '\n'
    if len(sys.argv) > 2:
        with open(sys.argv[2], 'w') as f:
            f.write(text)
    else:
        sys.stdout.write(text)


main()
