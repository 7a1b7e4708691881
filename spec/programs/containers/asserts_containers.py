from collections import OrderedDict
d = {'a': 1, 'b': 2}

# ---- generated checks (expected values from CPython 3.11)

_n = _fails = 0

def _fail(line, got):
    global _fails
    _fails += 1
    print('FAIL', line, '->', got)

def check(line, fn, expected):
    global _n
    _n += 1
    try:
        got = fn()
    except Exception as e:
        _fail(line, 'raised %s: %s' % (type(e).__name__, e))
        return
    if repr(got) != expected:
        _fail(line, repr(got) + ' != ' + expected)

def assert_raises(line, fn, exc, msg):
    global _n
    _n += 1
    try:
        got = fn()
    except BaseException as e:
        if type(e).__name__ != exc or str(e) != msg:
            _fail(line, 'raised %s: %s (expected %s: %s)' % (type(e).__name__, e, exc, msg))
        return
    _fail(line, 'no exception, got %r (expected %s: %s)' % (got, exc, msg))

check("d.get('z')", lambda: (d.get('z')), 'None')
check("d.get('a', 5)", lambda: (d.get('a', 5)), '1')
assert_raises('d.get()', lambda: (d.get()), 'TypeError', 'get expected at least 1 argument, got 0')
assert_raises('d.get(1, 2, 3)', lambda: (d.get(1, 2, 3)), 'TypeError', 'get expected at most 2 arguments, got 3')
check("d.setdefault('c', [])", lambda: (d.setdefault('c', [])), '[]')
check("d.pop('c')", lambda: (d.pop('c')), '[]')
check("d.pop('zz', 'dflt')", lambda: (d.pop('zz', 'dflt')), "'dflt'")
assert_raises('d.pop()', lambda: (d.pop()), 'TypeError', 'pop expected at least 1 argument, got 0')
check('d.popitem()', lambda: (d.popitem()), "('b', 2)")
d['b'] = 2
check("d.update([('x', 1)], y=2)", lambda: (d.update([('x', 1)], y=2)), 'None')
assert_raises('d.update(1)', lambda: (d.update(1)), 'TypeError', "'int' object is not iterable")
assert_raises('d.update([1])', lambda: (d.update([1])), 'TypeError', 'cannot convert dictionary update sequence element #0 to a sequence')
assert_raises('d.update([(1, 2, 3)])', lambda: (d.update([(1, 2, 3)])), 'ValueError', 'dictionary update sequence element #0 has length 3; 2 is required')
assert_raises("d.update({'q': 1}, {'r': 2})", lambda: (d.update({'q': 1}, {'r': 2})), 'TypeError', 'update expected at most 1 argument, got 2')
check('sorted(d)', lambda: (sorted(d)), "['a', 'b', 'x', 'y']")
check("d.keys() & {'a', 'x'} == {'a', 'x'}", lambda: (d.keys() & {'a', 'x'} == {'a', 'x'}), 'True')
check("d.keys() - {'a'} == {'b', 'x', 'y'}", lambda: (d.keys() - {'a'} == {'b', 'x', 'y'}), 'True')
check('d.items() | {(1, 2)} == set(d.items()) | {(1, 2)}', lambda: (d.items() | {(1, 2)} == set(d.items()) | {(1, 2)}), 'True')
check("d.keys() == {'a', 'b', 'x', 'y'}", lambda: (d.keys() == {'a', 'b', 'x', 'y'}), 'True')
check('d.values() == d.values()', lambda: (d.values() == d.values()), 'False')
check('list(d.values())', lambda: (list(d.values())), '[1, 2, 1, 2]')
check("'a' in d.keys()", lambda: ('a' in d.keys()), 'True')
check("('a', 1) in d.items()", lambda: (('a', 1) in d.items()), 'True')
assert_raises("(['a'], 1) in d.items()", lambda: ((['a'], 1) in d.items()), 'TypeError', "unhashable type: 'list'")
check("d.keys().isdisjoint({'zz'})", lambda: (d.keys().isdisjoint({'zz'})), 'True')
check('d.keys().mapping is d', lambda: (d.keys().mapping is d), 'False')
check("dict.fromkeys('abc', 0)", lambda: (dict.fromkeys('abc', 0)), "{'a': 0, 'b': 0, 'c': 0}")
assert_raises('dict.fromkeys([[1]])', lambda: (dict.fromkeys([[1]])), 'TypeError', "unhashable type: 'list'")
check("dict(zip('ab', range(2)))", lambda: (dict(zip('ab', range(2)))), "{'a': 0, 'b': 1}")
check("dict({'a': 1}, b=2)", lambda: (dict({'a': 1}, b=2)), "{'a': 1, 'b': 2}")
check("dict([('a', 1)], a=2)", lambda: (dict([('a', 1)], a=2)), "{'a': 2}")
check("{**{'a': 1}, 'a': 2}", lambda: ({**{'a': 1}, 'a': 2}), "{'a': 2}")
check("{1: 'a', 1.0: 'b', True: 'c'}", lambda: ({1: 'a', 1.0: 'b', True: 'c'}), "{1: 'c'}")
check("d | {'new': 1} == {**d, 'new': 1}", lambda: (d | {'new': 1} == {**d, 'new': 1}), 'True')
check("d == {'x': 1, 'y': 2, 'a': 1, 'b': 2}", lambda: (d == {'x': 1, 'y': 2, 'a': 1, 'b': 2}), 'True')
check('d != d.copy()', lambda: (d != d.copy()), 'False')
assert_raises('d < d', lambda: (d < d), 'TypeError', "'<' not supported between instances of 'dict' and 'dict'")
check('d.__class_getitem__(int)', lambda: (d.__class_getitem__(int)), 'dict[int]')
check('{}.fromkeys(range(3))', lambda: ({}.fromkeys(range(3))), '{0: None, 1: None, 2: None}')
check('repr({1: {2: [3, (4,)]}})', lambda: (repr({1: {2: [3, (4,)]}})), "'{1: {2: [3, (4,)]}}'")
rd = {}; rd['self'] = rd
check('repr(rd)', lambda: (repr(rd)), '"{\'self\': {...}}"')
rl = [1]; rl.append(rl)
check('repr(rl)', lambda: (repr(rl)), "'[1, [...]]'")
check('OrderedDict(a=1) == OrderedDict(a=1)', lambda: (OrderedDict(a=1) == OrderedDict(a=1)), 'True')
check('list(reversed(OrderedDict(a=1, b=2)))', lambda: (list(reversed(OrderedDict(a=1, b=2)))), "['b', 'a']")
L = [3, 1, 2]
check('L.sort(key=lambda v: -v)', lambda: (L.sort(key=lambda v: -v)), 'None')
check('L', lambda: (L), '[3, 2, 1]')
check('L.sort(reverse=1)', lambda: (L.sort(reverse=1)), 'None')
assert_raises('L.sort(1)', lambda: (L.sort(1)), 'TypeError', 'sort() takes no positional arguments')
assert_raises('L.sort(key=1)', lambda: (L.sort(key=1)), 'TypeError', "'int' object is not callable")
assert_raises("[1, 'a'].sort()", lambda: ([1, 'a'].sort()), 'TypeError', "'<' not supported between instances of 'str' and 'int'")
assert_raises("sorted([1, 'a'])", lambda: (sorted([1, 'a'])), 'TypeError', "'<' not supported between instances of 'str' and 'int'")
assert_raises("sorted([(1, 'a'), (1, 2)])", lambda: (sorted([(1, 'a'), (1, 2)])), 'TypeError', "'<' not supported between instances of 'int' and 'str'")
assert_raises('[1, 2, 3].index(3, 0, 2)', lambda: ([1, 2, 3].index(3, 0, 2)), 'ValueError', '3 is not in list')
check('[1, 2, 3].index(3, -1)', lambda: ([1, 2, 3].index(3, -1)), '2')
check('[1, 2, 3].count(2)', lambda: ([1, 2, 3].count(2)), '1')
check('[1, 2, 3].insert(100, 4)', lambda: ([1, 2, 3].insert(100, 4)), 'None')
L2 = [1, 2]; L2.insert(-100, 0); L2.insert(100, 9)
check('L2', lambda: (L2), '[0, 1, 2, 9]')
assert_raises('L2.extend(5)', lambda: (L2.extend(5)), 'TypeError', "'int' object is not iterable")
check("L2.extend('ab')", lambda: (L2.extend('ab')), 'None')
check('L2', lambda: (L2), "[0, 1, 2, 9, 'a', 'b']")
def _s66():
    L2 += "cd"
assert_raises('L2 += "cd"', _s66, 'UnboundLocalError', "cannot access local variable 'L2' where it is not associated with a value")
assert_raises("L2 + 'x'", lambda: (L2 + 'x'), 'TypeError', 'can only concatenate list (not "str") to list')
check('L2.copy() is L2', lambda: (L2.copy() is L2), 'False')
check('L2.clear()', lambda: (L2.clear()), 'None')
check('L2', lambda: (L2), '[]')
check('[1, 2] * 0', lambda: ([1, 2] * 0), '[]')
check('[[]] * 3', lambda: ([[]] * 3), '[[], [], []]')
check('[1, 2, 3] == [1, 2, 3.0]', lambda: ([1, 2, 3] == [1, 2, 3.0]), 'True')
check('[1, 2] < [1, 2, 0]', lambda: ([1, 2] < [1, 2, 0]), 'True')
check('[1, [2]] < [1, [3]]', lambda: ([1, [2]] < [1, [3]]), 'True')
assert_raises('list.__add__([1], (2,))', lambda: (list.__add__([1], (2,))), 'TypeError', 'can only concatenate list (not "tuple") to list')
check('list.__iadd__([1], (2,))', lambda: (list.__iadd__([1], (2,))), '[1, 2]')
check('[].__imul__(2)', lambda: ([].__imul__(2)), '[]')
S = {1, 2, 3}
check('S.add(4)', lambda: (S.add(4)), 'None')
check('S.discard(10)', lambda: (S.discard(10)), 'None')
assert_raises('S.remove(10)', lambda: (S.remove(10)), 'KeyError', '10')
check('S.update([5], (6,))', lambda: (S.update([5], (6,))), 'None')
check('sorted(S)', lambda: (sorted(S)), '[1, 2, 3, 4, 5, 6]')
check('S.union([7], [8]) == {1, 2, 3, 4, 5, 6, 7, 8}', lambda: (S.union([7], [8]) == {1, 2, 3, 4, 5, 6, 7, 8}), 'True')
check('S.intersection() == S', lambda: (S.intersection() == S), 'True')
check('S.intersection([1, 2], [2])', lambda: (S.intersection([1, 2], [2])), '{2}')
check('S.difference([1], [2]) == {3, 4, 5, 6}', lambda: (S.difference([1], [2]) == {3, 4, 5, 6}), 'True')
check('S.symmetric_difference([1, 99]) == {2, 3, 4, 5, 6, 99}', lambda: (S.symmetric_difference([1, 99]) == {2, 3, 4, 5, 6, 99}), 'True')
assert_raises('S.symmetric_difference([1], [2])', lambda: (S.symmetric_difference([1], [2])), 'TypeError', 'set.symmetric_difference() takes exactly one argument (2 given)')
check('S.issubset(range(10))', lambda: (S.issubset(range(10))), 'True')
check('S.issuperset([1, 2])', lambda: (S.issuperset([1, 2])), 'True')
check('S.isdisjoint([100])', lambda: (S.isdisjoint([100])), 'True')
assert_raises('S | [1]', lambda: (S | [1]), 'TypeError', "unsupported operand type(s) for |: 'set' and 'list'")
assert_raises('S & (1,)', lambda: (S & (1,)), 'TypeError', "unsupported operand type(s) for &: 'set' and 'tuple'")
check('S - frozenset([1]) == {2, 3, 4, 5, 6}', lambda: (S - frozenset([1]) == {2, 3, 4, 5, 6}), 'True')
check('S ^ {1} == {2, 3, 4, 5, 6}', lambda: (S ^ {1} == {2, 3, 4, 5, 6}), 'True')
check('S <= S', lambda: (S <= S), 'True')
check('S < S', lambda: (S < S), 'False')
check('frozenset([1]) == {1}', lambda: (frozenset([1]) == {1}), 'True')
check('frozenset() | {1}', lambda: (frozenset() | {1}), 'frozenset({1})')
check('type(frozenset() | {1}).__name__', lambda: (type(frozenset() | {1}).__name__), "'frozenset'")
check('type({1} | frozenset()).__name__', lambda: (type({1} | frozenset()).__name__), "'set'")
check('hash(frozenset([1, 2])) == hash(frozenset([2, 1]))', lambda: (hash(frozenset([1, 2])) == hash(frozenset([2, 1]))), 'True')
assert_raises('frozenset([1]).add(2)', lambda: (frozenset([1]).add(2)), 'AttributeError', "'frozenset' object has no attribute 'add'")
check('set([1, 2]).pop()', lambda: (set([1, 2]).pop()), '1')
check('{1, 2} == [1, 2]', lambda: ({1, 2} == [1, 2]), 'False')
check('{1} < {1, 2}', lambda: ({1} < {1, 2}), 'True')
check('repr(set())', lambda: (repr(set())), "'set()'")
check('repr(frozenset())', lambda: (repr(frozenset())), "'frozenset()'")
check('repr(frozenset([1]))', lambda: (repr(frozenset([1]))), "'frozenset({1})'")
assert_raises('set.union()', lambda: (set.union()), 'TypeError', 'unbound method set.union() needs an argument')
check('set.union({1})', lambda: (set.union({1})), '{1}')
check('set().intersection_update([1])', lambda: (set().intersection_update([1])), 'None')
check('S.__iand__([1])', lambda: (S.__iand__([1])), 'NotImplemented')
check('S.__ior__({9})', lambda: (S.__ior__({9})), '{1, 2, 3, 4, 5, 6, 9}')
check('sorted(S)', lambda: (sorted(S)), '[1, 2, 3, 4, 5, 6, 9]')
print('ok', _n, _fails)
