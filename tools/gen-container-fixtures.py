#!/usr/bin/env python3
"""Writes spec/fixtures/containers.json: small Python snippets over the container and iterator
types, each with CPython's result (repr of the last expression) or exception (type, str(),
repr(args)), and the snippet's AST as JSON for spec/helpers/mini-python.ts to replay through
Dyad's object model.

    python3 tools/gen-container-fixtures.py > spec/fixtures/containers.json

AST JSON: every node {"_": "NodeType", field: ...} with CPython's field names (ctx dropped);
operators as {"_": "Add"}; Constant values: {"v": x} with ints as {"int": "123"}, floats as
{"float": "repr"}, and str/bool/None as themselves.
"""
import ast
import json
import sys
import warnings

warnings.simplefilter("ignore")

CASES = []


def case(src):
    CASES.append(src.strip('\n'))


def cases(*srcs):
    for s in srcs:
        case(s)


# ------------------------------------------------------------------------------------- list
cases(
    "[1, 2, 3]", "[]", "[[1], [2, [3]], []]", "list()", "list(range(5))", "list((1, 2))",
    "list({1: 2, 3: 4})", "list({3, 1, 2})", "list([1, [2]])", "list(1, 2)", "list(x=1)", "list(1)",
    "l = [1]\nl.append(l)\nl", "l = [1, 2]\nl2 = [l, l]\nl2", "a = []\nb = [a]\na.append(b)\na",
    "[1, 2, 3][0]", "[1, 2, 3][-1]", "[1, 2, 3][3]", "[1, 2, 3][-4]", "[1, 2, 3][True]",
    "[1][2**100]", "[1][2**62]", "[1][-2**62]", "[1]['a']", "[1][1.0]", "[1][None]",
    "l = [1, 2, 3]\nl[0] = 9\nl", "l = [1, 2, 3]\nl[-1] = 9\nl", "l = [1]\nl[5] = 1", "l = [1]\nl[-2] = 1",
    "l = [1]\nl['a'] = 1", "l = [1, 2, 3]\ndel l[1]\nl", "l = [1, 2, 3]\ndel l[-3]\nl", "l = [1]\ndel l[5]",
    "l = [1, 2]\nl[False] = 5\nl",
)
# systematic slicing
L10 = "list(range(10))"
for start in [None, -12, -3, 0, 2, 9, 15]:
    for stop in [None, -12, -3, 0, 2, 9, 15]:
        for step in [None, 1, 2, 3, -1, -2, -4]:
            parts = ['' if x is None else str(x) for x in (start, stop, step)]
            case(f"{L10}[{parts[0]}:{parts[1]}:{parts[2]}]")
cases(
    f"{L10}[::0]", f"{L10}[2**100:]", f"{L10}[-2**100::-1]", f"{L10}[::2**100]", f"{L10}[::-2**100]",
    f"{L10}['a':]", f"{L10}[1.5:]", f"{L10}[slice(1, 8, 3)]", f"{L10}[slice(None)]", f"{L10}[:None:None]",
    f"{L10}[True:]", "[1, 2][::-1]", "[][::-1]", "[][5:]",
)
# slice assignment and deletion
cases(
    "l = list(range(5))\nl[1:3] = ['a', 'b', 'c']\nl", "l = list(range(5))\nl[1:1] = [9]\nl",
    "l = list(range(5))\nl[4:2] = [7]\nl", "l = list(range(5))\nl[:] = l\nl", "l = list(range(5))\nl[::-1] = l\nl",
    "l = list(range(5))\nl[1:3] = 5", "l = list(range(5))\nl[::2] = 5", "l = list(range(5))\nl[::2] = [1]",
    "l = list(range(5))\nl[::2] = 'xyz'\nl", "l = list(range(5))\nl[::-2] = range(3)\nl",
    "l = list(range(5))\nl[-100:100] = []\nl", "l = list(range(5))\nl[3:] = (7, 8, 9)\nl",
    "l = list(range(5))\nl[:2] = {1: 2}\nl", "l = [1, 2, 3]\nl[::-1] = [4, 5]",
    "l = list(range(5))\nl[1:4:1] = []\nl", "l = list(range(5))\nl[10:] = [1]\nl",
    "l = list(range(5))\nl[::2] = l[1::2] + [0]\nl", "l = []\nl[::2] = []\nl", "l = list(range(3))\nl[::5] = ['a']\nl",
    "l = [1, 2]\nl[0:1] = 'abc'\nl", "l = list(range(5))\nl['a':] = []",
)
for sl in ["::2", "::-2", "1:3", "4:1", "::3", "1::-3", "-2::-1", "::-1", "100:", ":-100:-1", "::1", "1:8:2"]:
    case(f"l = list(range(10))\ndel l[{sl}]\nl")
for sl in ["::2", "::-3", "1:9:2", "8:0:-2", "::-1", "5::-1", "0:10:4"]:
    case(f"l = list(range(10))\nl[{sl}] = list(range(100, 100 + len(l[{sl}])))\nl")
# methods
cases(
    "l = []\nl.append(1)\nl.append([2])\nl", "[].append()", "[].append(1, 2)", "[].append(x=1)",
    "l = [1]\nl.extend([2, 3])\nl.extend((4,))\nl.extend(range(5, 7))\nl.extend('ab')\nl",
    "l = [1, 2]\nl.extend(l)\nl", "l = [1]\nl.extend({3: 4})\nl", "[].extend(1)", "l = [1]\nl.extend(iter([5, 6]))\nl",
    "l = [1, 2, 3]\nl.insert(0, 'a')\nl.insert(-1, 'b')\nl.insert(100, 'c')\nl.insert(-100, 'd')\nl",
    "[].insert(1)", "[].insert(0, x=1)", "[].insert('a', 1)", "l = []\nl.insert(2**100, 1)",
    "l = [1, 2, 3]\n(l.pop(), l.pop(0), l)", "[].pop()", "[1].pop(5)", "[1].pop(-2)", "[1].pop('a')", "[].pop(1, 2)",
    "[1].pop(x=1)", "l = [1, 2, 3]\nl.pop(-1), l.pop(-2), l", "[].pop('a')",
    "l = [1, 2, 1]\nl.remove(1)\nl", "[].remove(1)", "[].remove()", "l = [1, 2.0]\nl.remove(2)\nl",
    "[1, 2, 3, 2].index(2)", "[1, 2, 3, 2].index(2, 2)", "[1, 2, 3, 2].index(2, -1)", "[1, 2, 3].index(3, 0, 2)",
    "[1, 2, 3].index(3, -100, 100)", "[].index(1)", "[].index()", "[1].index(1, 'a')", "[1].index(1, None)",
    "[1].index(1, 0, 1, 2)", "['a'].index('b')", "[(1, 2)].index((1, 2))", "[1, 2, 3].index(2, True)",
    "[1, 2, 1, 1.0, True].count(1)", "[].count()", "[[1], [1]].count([1])",
    "l = [1, 2]\nl.clear()\nl", "[].clear(1)", "l = [1, [2]]\nc = l.copy()\nc[1].append(3)\n(c, l, c is l)",
    "[].copy(1)", "l = [1, 2, 3]\nl.reverse()\nl", "[].reverse(1)", "l = [1, 2, 3]\nl.reverse() is None",
)
# operators
cases(
    "[1] + [2, 3]", "[] + []", "[] + 1", "[] + ()", "1 + []", "[1, 2] * 2", "2 * [1, 2]", "[1] * 0", "[1] * -1",
    "[1] * True", "[1] * False", "[] * 1.5", "1.5 * []", "[] * 'a'", "[1] * [2]", "[1] * 2**100", "[0] * 2**62",
    "l = [1]\nl += [2]\nl += (3,)\nl += range(4, 5)\nl", "l = []\nl += 1", "l = [1, 2]\nl *= 2\nl", "l = [1]\nl *= 0\nl",
    "l = [1]\nl *= -3\nl", "l = []\nl *= 1.5", "l = []\nl -= 1", "l = [1]\nm = l\nl += [2]\nm is l",
    "l = [1]\nm = l\nl = l + [2]\n(m, l)", "l = [1, 2]\nl *= True\nl",
    "1 in [1, 2]", "3 in [1, 2]", "1.0 in [1, 2]", "True in [1]", "[1] in [[1]]", "'a' in ['a']", "(1,) in [[1]]",
    "3 not in [1, 2]",
    "[1, 2] < [1, 3]", "[1, 2] < [1, 2, 0]", "[1, 2] == [1, 2]", "[] < []", "[1] <= [1]", "[1] > []", "[2] >= [1, 5]",
    "[1, 'a'] < [1, 'b']", "[1, 2] < [1, 'a']", "[1, 2] == [1, 'a']", "[1] == (1,)", "[1] != (1,)", "[] < 1",
    "[1] < ['a']", "[1, 2] != [1, 2]", "[1, [2, 3]] < [1, [2, 4]]", "[1.0] == [1]", "[True] == [1]",
    "x = float('nan')\n[x] == [x]", "[float('nan')] == [float('nan')]", "x = float('nan')\nx in [x]",
    "hash([])", "[1, 2] == [1, 2.5]",
)
# list subclasses
cases(
    "class L(list): pass\nL([1, 2])", "class L(list): pass\ntype(L([1]) + [2]).__name__",
    "class L(list): pass\ntype(L([1]) * 2).__name__", "class L(list): pass\nhash(L())",
    "class L(list): pass\nl = L('ab')\nl.append(3)\n(l, len(l), type(l).__name__)",
    "class L(list):\n    def __init__(self, *args):\n        list.__init__(self, args)\nL(1, 2, 3)",
    "l = [1, 2]\nl.__init__([5])\nl", "l = [1, 2]\nl.__init__()\nl", "[].__init__(1, 2)",
    "class L(list):\n    def __iter__(self):\n        return iter([9, 9])\nlist(L([1, 2]))",
    "class L(list):\n    def __len__(self):\n        return 7\nlen(L([1]))",
)
# sort / sorted
cases(
    "sorted([3, 1, 2])", "sorted([3, 1, 2], reverse=True)", "sorted([])", "sorted((5, 3, 8, 1))", "sorted(range(5, 0, -1))",
    "sorted([3, 1.5, 2, -0.5, True])", "sorted(['b', 'a', 'c', 'ab'])", "sorted(['b', 'a'], key=len)",
    "sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0])",
    "sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0], reverse=True)",
    "sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')])", "sorted([3, 1, 2], key=lambda x: -x)",
    "sorted([[2, 1], [1, 2], [1], []])", "sorted([2**70, -2**70, 5, 2**53 + 1, 2**53])",
    "sorted([1.5, 2**60, 2.0**60 + 4096, -1])", "sorted([1, 'a'])", "sorted([1, 2, 'a'])", "sorted(['a', 1])",
    "sorted()", "sorted([], 1)", "sorted([], x=1)", "sorted(iterable=[])", "sorted(1)", "sorted(1, x=1)",
    "[].sort(1)", "[].sort(x=1)", "[].sort(key=1, x=2)", "[1, 2].sort(key=1)", "[].sort(key=1)",
    "[1, 2].sort(reverse='a')", "[1, 2].sort(reverse=2.5)", "[1, 'a'].sort()", "l = [2, 1]\nl.sort(reverse=5)\nl",
    "l = [3, 1, 2]\nl.sort(key=lambda x: l.append(x))", "l = [3, 1, 2]\nl.sort(key=lambda x: len(l))\nl",
    "l = [3, 1, 'a', 2]\ntry:\n    l.sort(key=lambda x: x + 1)\nexcept TypeError:\n    pass\nl",
    "l = [3, 1, 2]\nl.sort()\nl", "l = [5, 3, 4]\nl.sort(key=None, reverse=True)\nl", "l = [1]\nl.sort() is None",
    "sorted([0.5, -0.5, 0.25, 1e300, -1e300])", "sorted([True, False, 0, 1, -1])",
    "sorted(list(range(100, 0, -3)) + list(range(50)))",
    "sorted([(i * 7919) % 101 for i in range(200)])",
    "sorted(['10', '9', '1', '0', '100', '11', '2', '20', 'b', 'B', ''])", "sorted([(i % 3, -i) for i in range(20)])",
    "sorted([(i % 4, i) for i in range(40)], key=lambda t: t[0], reverse=True)",
    "sorted([[i % 5] for i in range(40)], key=lambda t: t[0])",
    "sorted(['\U0001f600', '\uffff', 'a', '\ue000'])", "sorted({3: 1, 1: 2})", "sorted({5, 1, 3})",
    "sorted([3, 1, 2], key=lambda x: [x])", "l = [[3], [1], [2], [1]]\nsorted(l) == [[1], [1], [2], [3]]",
)
# ------------------------------------------------------------------------------------ tuple
cases(
    "()", "(1,)", "(1, 2)", "((),)", "((1, 2), (3,))", "tuple()", "tuple([1, 2])", "tuple('ab')", "tuple(range(3))",
    "tuple(1, 2)", "tuple(x=1)", "tuple(1)", "t = (1, 2)\ntuple(t) is t", "t = (1, 2)\nt[:] is t", "t = (1, 2)\nt * 1 is t",
    "t = (1, 2)\n(t + ()) is t", "t = (1, 2)\n(() + t) is t", "() * 5", "(1, 2) * 2", "2 * (1,)", "(1,) * -1",
    "(1,) + (2,)", "(1,) + [1]", "() * 1.5", "t = ()\nt += 1", "t = (1,)\nt += (2,)\nt", "(1, 2)[1]", "(1, 2)[-1]",
    "()[0]", "()['a']", "(1, 2, 3, 4)[::2]", "(1, 2, 3)[::-1]", "(1, 2, 3)[5:]", "(1, 2, 3)[2**100]",
    "(1, 2, 3).index(2)", "(1, 2, 3).index(4)", "(1,).index()", "(1,).index(1, 'a')", "(1, 2, 1).count(1)",
    "(1,).count()", "1 in (1, 2)", "(1, 2) < (1, 3)", "(1, 2) == (1, 2)", "(1,) == [1]", "(1, 'a') < (1, 2)",
    "(1, 2) < (1, 2, 3)", "() < ()", "(2,) > (1, 9)", "(1, 2) != (1, 2)",
    "hash((1, 2))", "hash(())", "hash((-1,))", "hash((1, (2, 3)))", "hash(((),))", "hash((2**100, -2**70))",
    "hash((1.5, -0.0, float('inf')))", "hash((2**61 - 1, 2**61, -2**61))", "hash(tuple(range(100)))",
    "hash((True, False))", "hash((-2, -1, 0, 1))", "hash((frozenset([1, 2]),))", "hash((0,) * 50)",
    "hash((2**63, -2**63, 2**64))", "hash(([],))", "hash((1, [2]))", "hash((1, 2)) == hash((1.0, 2.0))",
    "hash((3, 4, 5, 6, 7, 8, 9, 10))", "hash((12345678901, -98765432109))",
    "class T(tuple): pass\nT((1, 2))", "class T(tuple): pass\nt = T((1, 2))\n(type(t[:]).__name__, type(t + ()).__name__)",
    "class T(tuple): pass\nhash(T((1, 2))) == hash((1, 2))", "t = (1, [2])\nt[1].append(3)\nt",
    "(1, 2).__getnewargs__()",
)
# ------------------------------------------------------------------------------------ dict
cases(
    "{}", "{'a': 1, 'b': [1, 2]}", "d = {}\nd['self'] = d\nd", "d = {1: []}\nd[1].append(d)\nd",
    "{}['x']", "{}[(1, 2)]", "{}[1]", "{}[[1]]", "d = {'a': 1}\ndel d['b']", "d = {'a': 1}\ndel d['a']\nd",
    "d = {1: 'a'}\nd[1.0] = 'b'\nd[True] = 'c'\nd", "{1: 'a', 1.0: 'b'}", "{True: 1, 1: 2}", "d = {1: 2}\nd[1.0]",
    "d = {}\nd[(1, 2)] = 3\nd[(1, 2)]", "d = {}\nd[2**100] = 1\nd[2**100]", "d = {}\nd[-1] = 1\nd[-2] = 2\nd",
    "d = {'a': 1, 'b': 2}\ndel d['a']\nd['a'] = 3\nd", "d = dict.fromkeys(range(20))\nfor i in range(15):\n    del d[i]\nd[0] = 0\nlist(d)",
    "d = {i: i for i in range(1000)}\nfor i in range(0, 1000, 2):\n    del d[i]\n(len(d), list(d)[:5], d[999])",
    "d = {'a': 1}\n(list(d.keys()), list(d.values()), list(d.items()))",
    "d = {'a': 1}\n(d.get('a'), d.get('b'), d.get('b', 5))", "{}.get()", "{}.get(1, 2, 3)", "{}.get(x=1)", "{}.get([])",
    "d = {}\n(d.setdefault('a', 1), d.setdefault('a', 2), d.setdefault('b'), d)", "{}.setdefault()",
    "d = {'a': 1}\n(d.pop('a'), d)", "{}.pop('a')", "{'b': 1}.pop('a')", "{}.pop('a', 5)", "{}.pop()", "{}.pop([], 1)",
    "{}.pop([])", "{1: 2}.pop([], 1)", "{}.pop(x=1)",
    "d = {1: 2, 3: 4}\n(d.popitem(), d.popitem(), d)", "{}.popitem()", "{}.popitem(1)",
    "d = {1: 2}\nd.popitem()\nd[5] = 6\nd",
    "d = {}\nd.update({1: 2})\nd.update([(3, 4)])\nd.update(a=5)\nd.update([('x', 1)], y=2)\nd", "{}.update(1)",
    "{}.update([1])", "{}.update([(1, 2, 3)])", "{}.update(['ab', 'c'])", "{}.update({}, {})", "{}.update(1, x=2)",
    "d = {}\nd.update(['ab', 'cd'])\nd", "d = {}\nd.update(zip('ab', range(2)))\nd", "d = {1: 2}\nd.update(d)\nd",
    "d = {1: 2}\nd.clear()\nd", "{}.clear(1)", "d = {1: [2]}\nc = d.copy()\nc[1].append(3)\n(c, d, c is d)",
    "{}.copy(1)", "dict.fromkeys('ab')", "dict.fromkeys([1, 2], 0)", "dict.fromkeys()", "dict.fromkeys(1)",
    "dict.fromkeys(x=1)", "dict.fromkeys([1], 2, 3)", "class D(dict): pass\nd = D.fromkeys([1])\n(type(d).__name__, d)",
    "{}.fromkeys([3])",
    "dict(a=1, b=2)", "dict({1: 2}, a=3)", "dict([(1, 2)], a=5)", "dict(1, 2)", "dict([1])", "dict([[1, 2], (3, 4)])",
    "dict(((1, 2),))", "dict()", "dict({})", "dict(zip(range(3), 'abc'))",
    "{1: 2} | {3: 4}", "{1: 2} | {1: 3}", "{} | 1", "{} | []", "d = {}\nd |= 1", "d = {}\nd |= [1]",
    "d = {1: 2}\nd |= [(3, 4)]\nd", "d = {1: 2}\nd |= {1: 5}\nd", "{} < {}", "{1: 2} == {1: 2.0}", "{1: 2} == {1: 3}",
    "{} != {}", "{1: 2} == [1]", "{1: [], 2: 3} == {2: 3, 1: []}", "{1: 2} == {2: 1}", "{1: 2} != {1: 2, 3: 4}",
    "hash({})", "len({1: 2, 3: 4})", "1 in {1: 2}", "2 in {1: 2}", "[] in {}", "{}.keys(1)", "{}.keys(x=1)",
    "{}.__reversed__(1)", "{}.__contains__()", "{}.__getitem__()", "{1: 2}.__getitem__(1)", "{1: 2}.__contains__(1)",
    "list(reversed({1: 2, 3: 4, 5: 6}))", "d = {1: 2, 3: 4}\ndel d[3]\nlist(reversed(d))",
    "d = {1: 2}\nfor k in d:\n    d[k + 1] = 0",
    "d = {1: 1, 2: 2}\nfor k in d:\n    del d[k]\n    d[k + 10] = 0",
    "d = {1: 2, 3: 4}\nfor k in d:\n    d[k] = 7\nd",
    "d = {1: 2}\nit = iter(d)\nd[2] = 3\nnext(it)",
    "d = {1: 2}\nit = iter(d)\nd[2] = 3\ntry:\n    next(it)\nexcept RuntimeError:\n    pass\nnext(it)",
    "d = {1: 2}\nit = iter(d)\nlist(it)\nd[5] = 6\nlist(it)",
    "class D(dict):\n    def __missing__(self, key):\n        return key * 2\nD()[5]",
    "class D(dict):\n    def __missing__(self, key):\n        return key * 2\n(D().get(5), 5 in D(), D({1: 1})[1])",
    "class D(dict):\n    def __missing__(self, key):\n        raise KeyError('nope')\nD()[5]",
    "class D(dict):\n    pass\nD(a=1)['b']", "class D(dict):\n    def __missing__(self, key):\n        return 0\nD().__getitem__(3)",
    "class D(dict): pass\nd = D(a=1)\n(d, type(d | {}).__name__, type(d.copy()).__name__)",
    "class D(dict):\n    def __setitem__(self, k, v):\n        dict.__setitem__(self, k, v * 10)\nd = D()\nd[1] = 1\nd.update({2: 2})\nd",
    "class D(dict):\n    def keys(self):\n        return [1, 2]\n    def __getitem__(self, k):\n        return k * 100\ndict(D({1: 1, 2: 2, 3: 3}))",
    "class M:\n    def keys(self):\n        return ['a', 'b']\n    def __getitem__(self, k):\n        return k.upper()\ndict(M())",
    "class M:\n    def keys(self):\n        return ['a']\nd = {}\nd.update(M())",
    "d = {}\nd[[1]] = 2", "d = {}\nd[{}] = 2", "{[1]: 2}",
    "d = {'b': 1, 'a': 2}\nd['c'] = 3\ndel d['b']\nd['b'] = 4\nlist(d.items())",
)
# views
cases(
    "{}.keys()", "{1: 2}.keys()", "{1: 2}.values()", "{1: 2}.items()", "{'a': [1]}.items()",
    "d = {1: 2}\nk = d.keys()\nd[3] = 4\n(k, len(k))", "len({1: 2}.items())", "1 in {1: 2}.keys()", "2 in {1: 2}.values()",
    "(1, 2) in {1: 2}.items()", "(1, 3) in {1: 2}.items()", "[1, 2] in {1: 2}.items()", "(1, 2, 3) in {1: 2}.items()",
    "([], 2) in {1: 2}.items()", "[] in {1: 2}.keys()", "list(reversed({1: 2, 3: 4}.keys()))",
    "list(reversed({1: 2, 3: 4}.values()))", "list(reversed({1: 2, 3: 4}.items()))",
    "{1: 2}.keys() == {1}", "{1: 2}.keys() == {1: 3}.keys()", "{1: 2}.items() == {(1, 2)}", "{1: 2}.keys() == [1]",
    "{1: 2}.keys() != {2}", "{1: 2}.keys() < {1, 2}", "{1: 2}.keys() <= {1}", "{1: 2, 3: 4}.keys() > {1}",
    "{1: 2}.keys() >= {1, 2}", "{1: 2}.keys() < [1, 2]", "d = {1: 2}\nd.values() == d.values()", "hash({}.keys())",
    "hash({}.items())", "hash({}.values()) is not None",
    "{1: 2}.keys() & {1: 2}.keys()", "{1: 2, 3: 4}.keys() - [1]", "[1, 5] - {1: 2}.keys()", "{1: 2}.keys() ^ [3]",
    "{1: 2}.items() ^ {1: 3}.items()", "{1: 2, 3: 4}.items() ^ {1: 2, 5: 6}.items()", "{1: 2}.keys() | [3, 1]",
    "[3, 1] | {1: 2}.keys()", "{1: 2}.keys() & [1, 3]", "[1, 3] & {1: 2}.keys()", "{1: 2, 3: 4}.keys() & {3, 4, 5}",
    "{1: 2}.keys() & {1, 2, 3, 4}", "{1: 2}.items() & [(1, 2), (3, 4)]", "{1: 2}.items() - {(1, 2)}",
    "{1: 2}.keys() & 1", "{1: 2}.keys() | 1", "{1: 2}.values() | {3}", "{1: 2}.keys() + {3}",
    "{1: 2}.keys().isdisjoint([2])", "{1: 2}.keys().isdisjoint([1])", "{1: 2}.items().isdisjoint({(1, 2)})",
    "{}.keys().isdisjoint([])", "d = {1: 2}\nd.keys().isdisjoint(d.keys())", "{1: 2}.keys().isdisjoint()",
    "{}.keys().mapping", "{1: 2}.items().mapping", "d = {1: 2}\nd.keys().mapping[1]",
    "d = {i: i for i in range(8)}\nd.keys() | set()", "d = {i: -i for i in range(12)}\nd.keys() - {3}",
    "d = {k: 0 for k in [8, 1, 16, 9, 24, 2]}\nd.keys() | set()", "d = {k: 0 for k in [8, 1, 16, 9, 24, 2]}\nd.keys() ^ {1}",
    "d = {k: 0 for k in [8, 1, 16, 9, 24, 2]}\nd.keys() & {k: 0 for k in [24, 2, 8]}.keys()",
    "type({}.keys()).__name__", "type(iter({}.keys())).__name__", "type(reversed({}.keys())).__name__",
    "type(reversed({})).__name__", "type(reversed({}.items())).__name__", "type(iter({}.items())).__name__",
    "type(iter({}.values())).__name__", "type(reversed({}.values())).__name__",
    "d = {1: 2}\nfor k in d.keys():\n    d[k + 1] = 0", "d = {1: 2}\nfor k in d.items():\n    del d[1]",
    "d = {1: 2}\nv = d.items()\nd[1] = 5\nlist(v)",
)
# ------------------------------------------------------------------------------------- set
cases(
    "{3, 1, 2}", "set()", "set(range(20))", "{-1, -2, 0}", "{100, 10, 1000, 5}", "set([2**70, 2**61, 5, -2**61])",
    "{(1, 2), (3, 4), (2, 1)}", "{1, 1.0, True}", "{True, 1}", "{0.5, 1.5, 2, -0.25}", "{1, 9, 17, 25, 33}",
    "{8, 16, 24, 32, 40, 48, 56, 64}", "x = 9\n{1, x, 17, 25, 33}", "{1, 9}", "{1, 9, 17, 25, 33, 41, 49, 57, 65}", "set(range(0, 1000, 37))", "set(range(50, 0, -1))",
    "{frozenset([1]), frozenset([1, 2])}", "set([1, 2, 1, 2, 3])", "set((1, 2))", "set({1: 2, 3: 4})",
    "set(range(5)) == {0, 1, 2, 3, 4}", "len(set(range(5)))", "set(1, 2)", "set(x=1)", "set(1)",
    "s = set()\nfor i in range(50):\n    s.add(i * 7919 % 1000)\ns",
    "s = set(range(100))\nfor i in range(0, 100, 3):\n    s.discard(i)\ns.add(1000)\ns.add(3)\ns",
    "s = set(range(20))\nfor i in range(15):\n    s.remove(i)\ns.add(100)\ns.add(-7)\ns",
    "s = {5, 3, 9, 1}\n(s.pop(), s.pop(), s)", "s = set(range(10))\n[s.pop() for i in range(5)] + [s]",
    "s = {1, 2}\ns.pop()\ns.add(9)\ns.pop()\ns.pop()", "set().pop()", "set().pop(1)",
    "s = {1}\ns.add(2)\ns.add(1.0)\ns", "set().add()", "set().add([1])", "s = {1}\ns.remove(1)\ns", "set().remove(1)",
    "set().remove((1, 2))", "{1}.remove([1])", "s = {1}\ns.discard(2)\ns.discard(1)\ns", "set().discard()",
    "s = {1, 2}\ns.clear()\ns", "set().clear(1)", "s = {1, 2}\nc = s.copy()\nc.add(3)\n(s, c)", "set().copy(1)",
    "{1, 2, 3} | {4, 5}", "{1, 2, 3} & {2, 3, 4}", "{1, 2, 3} - {2}", "{1, 2, 3} ^ {3, 4}", "{1, 2} | [3]",
    "set() | []", "s = set()\ns |= [1]", "{1} - 1", "{1} & 'a'", "{1} ^ None",
    "{1, 2, 3}.union([4], (5, 1), {6: 0})", "{1, 2}.union()", "{1}.union(1)", "{1, 2, 3}.intersection([2, 3, 9], {3, 2})",
    "{1, 2}.intersection()", "{1, 2, 3}.difference([1], {2})", "{1, 2, 3}.difference()", "{1, 2, 3}.difference({2: 0})",
    "{1, 2, 3}.symmetric_difference([3, 4, 4])", "set().symmetric_difference()", "{1, 2}.symmetric_difference({2: 1, 5: 1})",
    "s = {1, 2, 3}\ns.update([4], [5])\ns", "s = {1, 2, 3}\ns.intersection_update([1, 2], {2})\ns",
    "s = {1, 2, 3}\ns.difference_update([1], [3])\ns", "s = {1, 2, 3}\ns.symmetric_difference_update([3, 4])\ns",
    "s = {1, 2}\ns.symmetric_difference_update(s)\ns", "s = {1, 2}\ns.difference_update(s)\ns",
    "s = {1, 2}\ns.intersection_update()\ns", "set().union(x=1)", "set().update(x=1)",
    "s = {1, 2}\ns |= {3}\ns &= {1, 3, 4}\ns ^= {9, 1}\ns -= {9}\ns", "s = {1}\nt = s\ns |= {2}\nt is s",
    "s = {1}\ns &= [1]", "s = {1}\ns -= [1]", "s = {1}\ns ^= [1]",
    "{1, 2} <= {1, 2, 3}", "{1, 2} < {1, 2}", "{1, 2} == frozenset([2, 1])", "set() == frozenset()",
    "{1, 2} > {1}", "{1, 2} >= {3}", "{1} != {1}", "{1} == [1]", "set() < []", "{1} < frozenset([1, 2])",
    "{1, 2}.issubset([1, 2, 3])", "{1, 2}.issubset([1])", "{1, 2}.issuperset([1, 1])", "{1}.issuperset({1, 2})",
    "set().issubset(1)", "{1, 2}.isdisjoint([3])", "{1, 2}.isdisjoint({2, 7})", "set().isdisjoint()",
    "s = {1}\ns.isdisjoint(s)", "1 in {1}", "[] in {1}", "{1} in {frozenset([1])}", "{1} in {1}",
    "s = {frozenset([1])}\ns.remove({1})\ns", "s = {frozenset([1])}\ns.discard({1})\ns", "{1}.remove({2})",
    "hash(set())", "hash(frozenset([1, 2, 3]))", "hash(frozenset())", "hash(frozenset([(1, 2)]))",
    "hash(frozenset(range(100)))", "hash(frozenset([frozenset([1]), 2]))", "hash(frozenset([-1, -2]))",
    "hash(frozenset([2**64, 0.5]))", "hash(frozenset([1, 2])) == hash(frozenset([2, 1]))",
    "frozenset([3, 1, 2])", "frozenset()", "frozenset([1, 2]) | {3}", "{3} | frozenset([1, 2])",
    "type(frozenset([1, 2]) | {3}).__name__", "type({3} - frozenset([1])).__name__", "f = frozenset([1])\nf.copy() is f",
    "f = frozenset([1])\nfrozenset(f) is f", "frozenset(1, 2)", "frozenset(x=1)", "frozenset().issubset()",
    "frozenset().union(x=1)", "f = frozenset([1])\nf |= {2}\nf", "frozenset([1]).add", "{frozenset(): 1}[frozenset()]",
    "class S(set): pass\nS([1, 2])", "class S(set): pass\nS()", "class FS(frozenset): pass\nFS([1, 2])",
    "class S(set): pass\ntype(S([1]) | {2}).__name__", "class S(set): pass\ntype(S([1]).copy()).__name__",
    "class S(set): pass\nS(1, 2)", "class FS(frozenset): pass\nf = FS([1])\n(f.copy() is f, type(f.copy()).__name__)",
    "class S(set): pass\nhash(S())", "class FS(frozenset): pass\nhash(FS([1, 2])) == hash(frozenset([1, 2]))",
    "s = {1, 2}\nfor x in s:\n    s.add(x + 10)", "s = {1, 2}\nfor x in s:\n    s.discard(x)",
    "s = {1, 2}\nit = iter(s)\ns.add(3)\ntry:\n    next(it)\nexcept RuntimeError:\n    pass\nnext(it)",
    "s = {1, 2}\nfor x in s:\n    s.add(x)\ns", "type(iter(set())).__name__", "sorted({'b', 'a', 'c'})",
    "s = set(range(8))\ns.difference_update(range(6))\ns.add(20)\ns.add(28)\ns",
    "s = set(range(40))\ns.difference_update(range(0, 40, 2))\ns.add(100)\ns",
    "s = set(range(64))\ns &= set(range(10, 20))\ns.add(99)\ns",
    "s = set(range(30))\ns ^= set(range(20, 40))\ns", "set(range(100)) - set(range(5, 100))",
    "set(range(10)) - {1: 0, 2: 0}", "set(range(40)) - set([1, 2])", "s = set(range(20))\nt = set(range(18, 22))\n(s & t, t & s)",
    "{1, 2, 3}.intersection(iter([3, 2, 1, 0]))", "{1.0, 2} & {1, 2.0}", "{1, 2} & {1.0, 2.0, 3.0}",
    "{1, 2, 3} - {1.0}", "{-1, -2} ^ {-2, -3}", "set([(1, (2, 3)), (1, 2)])",
    "a = set(range(5))\nb = set(range(3, 8))\n(a | b, b | a, a ^ b, b ^ a, a - b, b - a)",
)
# ------------------------------------------------------------------------------------ range
cases(
    "range(10)", "range(1, 10, 2)", "range(10, 0, -3)", "range(0)", "range(-5, 5)", "range(2**100)",
    "range(1, 2, 1)", "range(True)", "range()", "range(1, 2, 3, 4)", "range(1.5)", "range(1, 'a')", "range(0, 1, 0)",
    "range(x=1)", "list(range(5))", "list(range(10, 0, -3))", "list(range(0))", "list(range(5, 1))",
    "list(range(-3, 3, 2))", "list(range(2**53 - 2, 2**53 + 2))", "list(range(2**64, 2**64 + 3))",
    "list(range(0, 2**100, 2**98))", "list(range(-2**64, -2**64 - 6, -2))",
    "len(range(10))", "len(range(0, 10, 3))", "len(range(10, 0, -3))", "len(range(5, 1))", "len(range(2**64))",
    "len(range(2**62))", "len(range(10**18))", "len(range(2**63 - 1))", "len(range(2**63))", "len(range(-2**70, 2**70, 2**69))", "bool(range(0))", "bool(range(1))",
    "range(10)[3]", "range(10)[-1]", "range(10)[10]", "range(10)[-11]", "range(10)['a']", "range(10)[True]",
    "range(2**64)[2**63]", "range(2**64)[2**64]", "range(2**64)[-1]", "range(1, 20, 3)[4]", "range(20, 1, -4)[-1]",
    "5 in range(10)", "10 in range(10)", "5.0 in range(10)", "True in range(2)", "-1 in range(10, 0, -1)",
    "2**100 in range(2**101)", "3 in range(0, 10, 3)", "4 in range(0, 10, 3)", "'a' in range(3)", "9 in range(10, 0, -3)",
    "range(10).index(3)", "range(10).index(20)", "range(10).index('a')", "range(10).index(3.0)", "range(0, 10, 3).index(9)",
    "range(10, 0, -3).index(4)", "range(3).index()", "range(10).count(3)", "range(10).count(3.0)", "range(10).count(11)",
    "range(10).count()", "range(2**70).index(2**69)",
    "range(0) == range(5, 5)", "range(0, 3, 2) == range(0, 4, 2)", "range(1) == range(0, 1, 50)",
    "range(1, 2) == range(1, 5, 10)", "range(10) == range(10)", "range(10) == list(range(10))", "range(3) != range(4)",
    "range(3) < range(4)", "range(2**70) == range(2**70)", "range(0, 10, 2) == range(0, 9, 2)",
    "hash(range(10)) == hash((10, 0, 1))", "hash(range(0, 10, 3))", "hash(range(5, 6)) == hash(range(5, 7, 3))",
    "hash(range(10))", "hash(range(2, 100, 7))", "hash(range(2**80, 2**81, 3))",
    "list(reversed(range(1, 10, 3)))", "list(reversed(range(0)))", "list(reversed(range(5, 0, -2)))",
    "list(reversed(range(2**64, 2**64 + 3)))", "type(reversed(range(3))).__name__", "type(iter(range(2**62))).__name__",
    "type(iter(range(2**70))).__name__", "(range(1, 9, 2).start, range(1, 9, 2).stop, range(1, 9, 2).step)",
    "range(10).start", "r = range(3)\nr.start = 2", "range(3)[0:2]",
)
for r in ["range(10)", "range(1, 20, 3)", "range(20, 1, -4)", "range(0)", "range(-5, 5, 2)", "range(2**64, 2**64 + 50, 7)"]:
    for sl in ["::2", "::-1", "1:-1", "5:1:-2", "-3:", ":100", "100:", "::-3", "2:2", "-100:-50:-1"]:
        case(f"{r}[{sl}]")
# ------------------------------------------------------------------------------------ slice
cases(
    "slice(1)", "slice(1, 2)", "slice(1, 2, 3)", "slice('a', None, [])", "slice(None)", "slice()", "slice(1, 2, 3, 4)",
    "slice(x=1)", "s = slice(1, 2, 3)\n(s.start, s.stop, s.step)", "slice(5).start", "s = slice(1)\ns.start = 2",
    "slice(1, 2) == slice(1, 2)", "slice(1, 2) == slice(1, 3)", "slice(1, 2) < slice(1, 3)", "slice(1) == 1",
    "s = slice(1)\n(s == s, s <= s, s < s)", "slice(1, 2) <= slice(1, 2)", "slice(1, 'a') < slice(1, 2)",
    "hash(slice(1))", "slice(1).indices(-1)", "slice(1).indices('a')", "slice(1, 2, 0).indices(5)",
    "slice('a').indices(5)", "slice(1).indices()", "slice(1, 2, None).indices(2**100)", "slice(-2**100, 2**100).indices(10)",
    "slice(None, None, -1).indices(0)", "slice(0, 1, 2**100).indices(5)", "slice(True, 3).indices(5)",
)
for start in [None, -20, -5, -1, 0, 3, 12]:
    for stop in [None, -20, -5, 0, 4, 12]:
        for step in [None, 1, 3, -1, -3]:
            for n in [0, 1, 7]:
                case(f"slice({start}, {stop}, {step}).indices({n})")
# -------------------------------------------------------------------------------- iterators
cases(
    "list(enumerate('ab'))", "list(enumerate('ab', 5))", "list(enumerate('ab', -1))", "list(enumerate([1], 2**53 - 1))",
    "list(enumerate([1, 2, 3], 2**53 - 2))", "list(enumerate([1], 2**100))", "list(enumerate(iterable=[1], start=5))",
    "list(enumerate([1], start=True))", "enumerate()", "enumerate(1)", "enumerate([], 'a')", "enumerate([], x=1)",
    "enumerate(x=[])", "enumerate([], 1, 2)", "enumerate([], iterable=[])", "e = enumerate([1, 2])\nnext(e)",
    "list(zip('ab', [1, 2, 3]))", "list(zip())", "list(zip([1]))", "list(zip([1, 2], 'ab', (True, None)))",
    "zip(1)", "zip([], x=1)", "list(zip([1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=True))",
    "list(zip([1, 2], [1, 2], [1], strict=True))", "list(zip([1], [1], [1, 2], strict=True))",
    "list(zip([1, 2], [3, 4], strict=True))", "list(zip([1, 2], [3], strict=False))", "list(zip(strict=True))",
    "it = iter([1, 2, 3])\nlist(zip(it, [1]))\nnext(it)", "it = iter([1, 2, 3])\nlist(zip([1], it))\nnext(it)",
    "list(map(lambda x: x * 2, [1, 2]))", "list(map(lambda x, y: x + y, [1, 2, 3], [10, 20]))", "map()", "map(1)",
    "list(map(1, [1]))", "map(x=1)", "list(map(len, ['ab', [1]]))",
    "list(filter(None, [0, 1, '', 'a', [], [0]]))", "list(filter(bool, [0, 2]))", "list(filter(lambda x: x > 1, [1, 2, 3]))",
    "filter()", "filter(1)", "filter(None, 1)", "filter(x=1)", "list(filter(1, [1]))",
    "list(reversed([1, 2, 3]))", "list(reversed((1, 2, 3)))", "list(reversed('abc'))", "list(reversed(range(3)))",
    "reversed()", "reversed(1)", "reversed({1})", "reversed(1, 2)", "reversed(x=1)", "reversed(iter([]))",
    "type(reversed(())).__name__", "type(reversed([])).__name__",
    "class R:\n    def __reversed__(self):\n        return iter([3, 2, 1])\nlist(reversed(R()))",
    "class R:\n    def __len__(self):\n        return 3\n    def __getitem__(self, i):\n        return i * 10\nlist(reversed(R()))",
    "class R:\n    __reversed__ = None\n    def __len__(self):\n        return 3\n    def __getitem__(self, i):\n        return i\nreversed(R())",
    "class R:\n    def __getitem__(self, i):\n        return i\nreversed(R())",
    "class R:\n    def __len__(self):\n        return 5\n    def __getitem__(self, i):\n        if i > 2:\n            raise IndexError(i)\n        return i\nlist(reversed(R()))",
    "class R:\n    def __len__(self):\n        return 3\n    def __getitem__(self, i):\n        return i\nr = reversed(R())\n(r.__length_hint__(), next(r), r.__length_hint__())",
    "reversed([]).__length_hint__()", "r = reversed([1, 2, 3])\nnext(r)\nr.__length_hint__()",
    "l = [1, 2, 3]\nr = reversed(l)\nnext(r)\nl.clear()\nlist(r)",
    "c = [0]\ndef f():\n    c[0] += 1\n    return c[0]\nlist(iter(f, 4))",
    "c = [0]\ndef f():\n    c[0] += 1\n    if c[0] > 3:\n        raise StopIteration\n    return c[0]\nlist(iter(f, 100))",
    "type(iter(lambda: 1, 1)).__name__",
    "class S:\n    def __getitem__(self, i):\n        if i >= 3:\n            raise IndexError\n        return i * i\nlist(S())",
    "class S:\n    def __getitem__(self, i):\n        if i >= 2:\n            raise StopIteration\n        return i\nlist(S())",
    "class S:\n    def __getitem__(self, i):\n        if i >= 2:\n            raise KeyError(i)\n        return i\nlist(S())",
    "class S:\n    def __getitem__(self, i):\n        return i\nit = iter(S())\n(next(it), next(it), type(it).__name__)",
    "class S:\n    def __getitem__(self, i):\n        if i > 5:\n            raise IndexError\n        return i\n3 in S()",
    "next(iter([]))", "next(iter([]), 'd')", "it = iter([1])\n(next(it), next(it, None))",
    "l = [1, 2]\nit = iter(l)\nnext(it)\nl.append(3)\nlist(it)", "l = [1]\nit = iter(l)\nlist(it)\nl.append(2)\nlist(it)",
    "l = [1, 2, 3]\nit = iter(l)\nnext(it)\nit.__length_hint__()", "iter([1, 2]).__length_hint__()",
    "iter((1, 2)).__length_hint__()", "iter(range(5)).__length_hint__()", "iter({1: 2}).__length_hint__()",
    "iter({1, 2}).__length_hint__()", "d = {1: 2}\nit = iter(d)\nd[3] = 4\nit.__length_hint__()",
    "type(iter([])).__name__", "type(iter(())).__name__", "type(iter(range(3))).__name__",
    "it = iter([1])\niter(it) is it", "l = [1, 2, 3]\nit = iter(l)\nl.pop()\nl.pop()\n(next(it), list(it))",
    "t = (1, 2)\nit = iter(t)\n(next(it), next(it), next(it, 'end'))",
    "list(iter(range(3)))", "x = [1, 2]\n[y * 2 for y in x if y > 1]", "sum_ = 0\nfor x in range(5):\n    sum_ += x\nsum_",
    "a, b = [1, 2]\n(b, a)", "len([1, 2])",
)


# ----------------------------------------------------------------- user classes in containers
K = """class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return 'K(' + repr(self.v) + ')'
"""
V = """class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return repr(self.v) + repr(self.tag)
"""
I = """class I:
    def __index__(self):
        return 2
"""
for body in [
    "{K(1), K(2), K(1)}", "s = {K(i) for i in range(20)}\n(len(s), K(5) in s, K(50) in s)",
    "s = {K(i) for i in range(20)}\ns.remove(K(3))\ns.discard(K(7))\ns.add(K(100))\ns",
    "s = {K(i) for i in range(12)}\nt = {K(i) for i in range(6, 16)}\n(s & t, s - t, s ^ t, s | t)",
    "d = {K(1): 'a'}\nd[K(1)]", "d = {}\nd[K(1)] = 1\nd[K(2)] = 2\ndel d[K(1)]\nd[K(3)] = 3\nd",
    "d = {K(i): i for i in range(10)}\n(d[K(4)], K(11) in d, len(d))", "hash(frozenset([K(1), K(2)]))",
    "frozenset([K(1), K(2)]) == frozenset([K(2), K(1)])", "[K(1), K(2)].index(K(2))", "K(2) in [K(1), K(2)]",
    "[K(1)] == [K(1)]", "(K(1), 2) < (K(1), 3)", "{K(1): 1} == {K(1): 1}", "{K(1)} <= {K(1), K(2)}",
    "dict.fromkeys({K(1), K(2)})", "set({K(1): 0, K(2): 0})",
]:
    case(K + body)
for body in [
    "sorted([V(3, 'a'), V(1, 'b'), V(2, 'c'), V(1, 'd')])",
    "sorted([V((i * 37) % 5, i) for i in range(40)])", "sorted([V((i * 37) % 5, i) for i in range(40)], reverse=True)",
    "sorted([(i * 37) % 5 for i in range(40)], key=lambda x: V(x, 0))",
    "l = [V(1, 'x'), V(0, 'y'), V(1, 'z')]\ns = sorted(l)\n(s[1] is l[0], s[2] is l[2])",
    "sorted([V(2, 'a'), 1])", "sorted([V(i % 3, i) for i in range(100)])[::7]",
    "sorted([V(i % 7, i) for i in range(200)], reverse=True)[::9]",
    "max_ = None\nl = [V(5 - i, i) for i in range(6)]\nl.sort()\nl",
]:
    case(V + body)
for body in [
    "[1, 2, 3, 4][I()]", "[1, 2, 3, 4][I():]", "[1, 2, 3, 4][::I()]", "[1] * I()", "I() * [1]", "range(I())",
    "(1, 2, 3)[I()]", "l = [0, 1, 2]\nl.pop(I())", "range(10)[I()]", "slice(I()).indices(5)", "list(enumerate('ab', I()))",
    "range(I(), 10, I())", "l = [0, 1, 2]\nl[I()] = 'x'\nl", "l = [0, 1, 2, 3]\ndel l[I()]\nl", "l = [1]\nl.insert(I(), 5)\nl",
    "[1, 2, 3].index(3, I())", "I() in range(5)", "range(5).index(I())", "l = [1]\nl *= I()\nl", "(1,) * I()",
    "range(10)[I():I()]", "[1, 2, 3][I()::-1]",
]:
    case(I + body)
cases(
    "class E:\n    def __eq__(self, o):\n        raise ValueError('eq')\nE() in [1]",
    "class E:\n    def __eq__(self, o):\n        raise ValueError('eq')\n[1].index(E())",
    "class E:\n    def __eq__(self, o):\n        raise ValueError('eq')\n{1: 2} == {1: E()}",
    "class E:\n    def __eq__(self, o):\n        raise ValueError('eq')\n    def __hash__(self):\n        return 1\n{1: 2}[E()]",
    "class N:\n    def __eq__(self, o):\n        return 'yes'\n(N() in [1], [N()] == [1], [1].count(N()))",
    "class N:\n    def __eq__(self, o):\n        return 0\n(N() in [1], [N()] == [N()])",
    "l = []\nl.append(l)\nl == l", "l = [1]\nl.append(l)\nm = [1]\nm.append(m)\nl[0] == m[0]",
    "class H:\n    def __hash__(self):\n        return -1\nhash(H())",
    "class H:\n    def __hash__(self):\n        return -1\n    def __eq__(self, o):\n        return True\n    def __repr__(self):\n        return 'H'\n{H(), -2}",
    "class R:\n    def __repr__(self):\n        return 'R!'\n[R(), (R(),), {R(): R()}]",
    "{0.0, -0.0, 0}", "{0: 'a', 0.0: 'b', -0.0: 'c', False: 'd'}", "{1.5: 1, 3 / 2: 2}",
    "a = set([(i * 7919) % 1009 for i in range(300)])\nb = set([(i * 104729) % 1009 for i in range(300)])\n(list(a & b)[:20], list(a - b)[:20], list(a ^ b)[:20], list(a | b)[:20], len(a & b), len(a | b))",
    "a = set([(i * 7919) % 1009 for i in range(300)])\nb = set([(i * 104729) % 1009 for i in range(300)])\na &= b\na |= {1, 2, 3}\na ^= set(range(10))\na -= {5}\nlist(a)[:30]",
    "a = set([(i * 7919) % 1009 for i in range(300)])\n(list(a.intersection(range(500)))[:20], list(a.difference(range(500)))[:20], list(a.symmetric_difference(range(500)))[:20], list(a.union(range(1009, 1020)))[-15:])",
    "s = set(range(1000))\nfor i in range(990):\n    s.discard(i)\ns.add(5000)\ns",
    "s = set()\ns.update(range(100))\ns.difference_update(range(50))\nlist(s)[:20]", "s = set(range(30))\n[s.pop() for i in range(10)] + [len(s)]",
    "s = set(range(30))\nfor i in range(25):\n    s.pop()\ns.add(31)\ns", "s = set(range(8))\ns.pop()\ns.add(8)\ns.pop()\ns.pop()\ns",
    "s = set([2**64 + i for i in range(10)])\ns", "s = set([(i, -i) for i in range(15)])\nlist(s)[:8]",
    "s = {frozenset([i]) for i in range(10)}\nlist(s)[:5]", "s = set([i * 0.5 for i in range(20)])\ns",
    "s = set([-i for i in range(20)])\ns", "set([2**61 - 2, 2**61 - 1, 2**61, 2**62])",
    "d = {}\nfor i in range(100):\n    d[i * 7 % 100] = i\nfor i in range(0, 100, 3):\n    del d[i]\nfor i in range(5):\n    d[i] = -i\n(list(d)[:12], list(d)[-6:], len(d))",
    "d = {i: i for i in range(20)}\nfor i in range(15):\n    del d[i]\n(d.popitem(), d.popitem(), list(d))",
    "d = dict.fromkeys(range(5))\nd.popitem()\nd[10] = 1\n(d, d.popitem())",
    "list(zip(*[[1, 2, 3], [4, 5, 6]]))",
    "class One:\n    def __hash__(self):\n        return 1\n    def __eq__(self, o):\n        return o == 1\n    def __repr__(self):\n        return 'One'\n"
    "d = {1: 'int'}\nd[One()] = 'one'\ne = {One(): 'one'}\ne[1] = 'int'\n(d, e, {1: 0}[One()], {One(): 0}[1], One() in {1: 0}, 1 in {One(): 0}, {1, One()}, {One(), 1})",
    "class MO:\n    def __hash__(self):\n        return -2\n    def __eq__(self, o):\n        return o == -1\n    def __repr__(self):\n        return 'MO'\n{-1: 'a'}[MO()]",
    "class S(str): pass\nd = {'a': 1, S('b'): 2}\n(d[S('a')], d['b'], S('a') in d, type(list({S('x'): 1, 'x': 2})[0]).__name__)",
    "class N(int): pass\nd = {1: 'a', N(2): 'b'}\n(d[N(1)], d[2], d[2.0], N(3) in d, {N(5): 1, 5: 2, 5.0: 3})",
    "class F(float): pass\nd = {1.5: 'a'}\n(d[F(1.5)], F(2.0) in {2: 0})",
    "class S(str):\n    def __eq__(self, o):\n        return False\n    __hash__ = str.__hash__\nd = {'a': 1}\nS('a') in d",
    "class N(int):\n    def __eq__(self, o):\n        return True\n    __hash__ = int.__hash__\n({1: 'a'}[N(1)], N(1) in {2: 0})",
    "class One:\n    def __hash__(self):\n        return 1\n    def __eq__(self, o):\n        return o == 1\nd = {One(): 'x', 'k': 1}\ndel d[1]\n(list(d), d.get(True))", "list(map(lambda a, b: a - b, [2, 3], [3, 2]))",
)


# ------------------------------------------------------------------------------------------
def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    raise ValueError(f"unsupported constant {v!r}")


def conv(n):
    if isinstance(n, ast.Constant):
        return {"_": "Constant", "v": const(n.value)}
    if isinstance(n, ast.AST):
        d = {"_": type(n).__name__}
        for f, v in ast.iter_fields(n):
            if f in ("ctx", "type_comment", "kind", "type_ignores", "type_params"):
                continue
            d[f] = conv(v)
        return d
    if isinstance(n, list):
        return [conv(x) for x in n]
    return n


def run(src):
    tree = ast.parse(src)
    ns = {"__name__": "__main__"}
    body = tree.body
    try:
        if body and isinstance(body[-1], ast.Expr):
            head = ast.Module(body=body[:-1], type_ignores=[])
            exec(compile(head, "<case>", "exec"), ns)
            val = eval(compile(ast.Expression(body[-1].value), "<case>", "eval"), ns)
            return {"repr": repr(val)}
        exec(compile(tree, "<case>", "exec"), ns)
        return {"repr": "None"}
    except Exception as e:  # noqa: BLE001 - we record every exception
        return {"exc": type(e).__name__, "msg": str(e), "args": repr(e.args)}


out = []
seen = set()
for src in CASES:
    if src in seen:
        continue
    seen.add(src)
    entry = {"src": src, "ast": conv(ast.parse(src).body)}
    entry.update(run(src))
    out.append(entry)
sys.stdout.write('{"cases": [\n')
sys.stdout.write(",\n".join(json.dumps(e, separators=(",", ":")) for e in out))
sys.stdout.write("\n]}\n")
