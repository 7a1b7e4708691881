import sys
class I(int): pass
class T(tuple): pass
class L(list): pass
class B(bytes): pass
for v in [0, 1, 2**30, 2**100, -5, True, I(7), (), (1, 2), T((1,)), b'', b'abc', B(b'xy'), 1.5, 2j, object(), {}, set(), frozenset(), 'abc', None, range(3), slice(1)]:
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v))
