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

    def expr(self, names, depth=0):
        c = self.r.random()
        if depth > 1 or c < 0.25:
            return self.pick(names) if self.r.random() < 0.8 else self.value()
        if c < 0.55:
            op = self.pick(BINOPS)
            a, b = self.expr(names, depth + 1), self.expr(names, depth + 1)
            if op == '<<':
                b = f'(({b}) % 8)'
            if op == '**':
                b = f'(({b}) % 3)'
            if op == '*':
                b = f'sm({b})'
            return f'({a} {op} {b})'
        if c < 0.65:
            return f'({self.expr(names, depth + 1)} {self.pick(CMPS)} {self.expr(names, depth + 1)})'
        if c < 0.72:
            return f'{self.pick(names)}.get()'
        if c < 0.78:
            return f'{self.pick(names)}.v'
        if c < 0.83:
            return f'helper({self.expr(names, depth + 1)}{self.pick(["", ", 3", ", k=2", ", 1, 2, 3"])})'
        if c < 0.87:
            return f'{self.pick(names)}[{self.pick(["0", "-1", "i % 2", "1"])}]'
        if c < 0.90:
            return f'(G + {self.pick(names)})'
        if c < 0.93:
            return f'sum(gen({self.pick(["3", "i % 4", "2"])}))'
        if c < 0.96:
            return f'(-{self.pick(names)})'
        return f'({self.expr(names, depth + 1)} if {self.pick(names)} else {self.expr(names, depth + 1)})'

    def stmt(self, names, ind):
        c = self.r.random()
        t = self.pick(names)
        if c < 0.35:
            return [f'{ind}{t} = cap({self.expr(names)})']
        if c < 0.5:
            op = self.pick(["+", "-", "*", "//", "%", "&", "|"])
            e = self.expr(names)
            return [f'{ind}{t} {op}= {"sm(" + e + ")" if op == "*" else e}', f'{ind}{t} = cap({t})']
        if c < 0.58:
            return [f'{ind}if i == {self.r.randrange(5, 60)}:', f'{ind}    {t} = {self.value()}']
        if c < 0.63:
            return [f'{ind}if i == {self.r.randrange(5, 60)}:', f'{ind}    {self.pick(["P.k", "Q.k"])} = {self.value()}']
        if c < 0.67:
            return [f'{ind}if i == {self.r.randrange(5, 60)}:', f'{ind}    globals()["G"] = {self.value()}']
        if c < 0.71:
            return [f'{ind}if i == {self.r.randrange(5, 60)}:', f'{ind}    P.get = {self.pick(["lambda self: -1", "lambda self: self.v", "S.get"])}']
        if c < 0.75:
            return [f'{ind}{t}.v = cap({self.expr(names)})']
        if c < 0.78:
            return [f'{ind}acc.append({t} {self.pick(CMPS)} {self.pick(names)})']
        if c < 0.82:
            return [f'{ind}if {self.expr(names)}:', f'{ind}    {self.pick(["continue", "n += 1", t + " = " + self.value()])}']
        if c < 0.85:
            return [f'{ind}if i > {self.r.randrange(40, 90)} and {self.expr(names)}:', f'{ind}    break']
        if c < 0.9:
            return [f'{ind}for j in {self.pick(["range(2)", "gen(2)", "(1, 2.5)", "[" + t + "]"])}:', f'{ind}    {t} = {self.expr(names + ["j"])}']
        if c < 0.94:
            key = self.pick(["i % 3", "str(i % 2)", "1.0", t if self.r.random() < 0.3 else "0"])
            return [f'{ind}d[{key}] = cap({self.expr(names)})']
        if c < 0.955:
            return [f'{ind}L[i % len(L)] {self.pick(["+", "-", "*"])}= {self.expr(names)}', f'{ind}L[i % len(L)] = cap(L[i % len(L)])']
        if c < 0.965:
            return [f'{ind}{t}.v {self.pick(["+", "-"])}= {self.expr(names)}']
        if c < 0.975:
            return [f'{ind}{t} = inner({self.expr(names)})']
        if c < 0.985:
            return [f'{ind}if i == {self.r.randrange(5, 60)}:', f'{ind}    del {t}', f'{ind}if i == {self.r.randrange(5, 60)}:', f'{ind}    {t} = {self.value()}']
        if c < 0.993:
            return [f'{ind}k = 0', f'{ind}while k < 3 and {self.expr(names)}:', f'{ind}    k += 1', f'{ind}    {t} = cap({self.expr(names)})']
        return [f'{ind}n += len(str({t})) % 7']

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
