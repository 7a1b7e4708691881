# sys.getsizeof of builtin objects whose size never varies: iterators of every builtin
# sequence and mapping, enumerate/zip/map/filter/reversed, builtin functions and bound
# builtin methods, method-wrappers, dict views, mappingproxy, property/staticmethod/
# classmethod, NotImplemented, super, memoryview, modules, bound methods, cells, and an
# empty bytearray.
import sys
import math


def gen():
    yield 1


class A:
    def m(self):
        pass


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i


makers = {
    'list_iterator': lambda n: iter([0] * n), 'list_reverseiterator': lambda n: reversed([0] * n),
    'str_ascii_iterator': lambda n: iter('a' * n), 'str_iterator': lambda n: iter('é' * n),
    'tuple_iterator': lambda n: iter((0,) * n), 'range_iterator': lambda n: iter(range(n)),
    'longrange_iterator': lambda n: iter(range(2 ** 70, 2 ** 70 + n)),
    'bytes_iterator': lambda n: iter(b'a' * n), 'bytearray_iterator': lambda n: iter(bytearray(n)),
    'set_iterator': lambda n: iter(set(range(n))), 'dict_keyiterator': lambda n: iter(dict.fromkeys(range(n))),
    'dict_valueiterator': lambda n: iter({}.values()), 'dict_itemiterator': lambda n: iter({}.items()),
    'dict_reversekeyiterator': lambda n: reversed({}), 'enumerate': lambda n: enumerate([0] * n),
    'zip': lambda n: zip(*([[0]] * n)), 'map': lambda n: map(int, [0] * n),
    'filter': lambda n: filter(None, [0] * n), 'reversed': lambda n: reversed(Seq()),
    'callable_iterator': lambda n: iter(int, n), 'builtin': lambda n: [len, abs][n % 2],
    'method-wrapper': lambda n: (n).__add__, 'bound builtin': lambda n: [].append,
    'dict_keys': lambda n: dict.fromkeys(range(n)).keys(), 'dict_values': lambda n: {}.values(),
    'dict_items': lambda n: {}.items(), 'mappingproxy': lambda n: A.__dict__,
    'property': lambda n: property(), 'staticmethod': lambda n: staticmethod(gen),
    'classmethod': lambda n: classmethod(gen), 'NotImplemented': lambda n: NotImplemented,
    'super': lambda n: super(A, A()), 'memoryview': lambda n: memoryview(b'a' * n),
    'module': lambda n: [sys, math][n % 2], 'bound method': lambda n: A().m,
    'cell': lambda n: (lambda: n).__closure__[0], 'empty bytearray': lambda n: bytearray(),
    'slice': lambda n: slice(n), 'range': lambda n: range(n),
}
for name, make in makers.items():
    print(name, sys.getsizeof(make(1)), sys.getsizeof(make(5)))
