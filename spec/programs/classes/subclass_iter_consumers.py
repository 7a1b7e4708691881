# Consumers that copy an exact list/tuple directly must iterate a subclass through its own
# __iter__ (CPython's PySequence_Fast / PyList_CheckExact), and an int subclass is its own
# index: its __index__ is not consulted for repeat counts or subscripts.

class L(list):
    def __iter__(self):
        return iter(['x', 'y'])

class T(tuple):
    def __iter__(self):
        return iter([b'p', b'q'])

l = L(['a', 'b', 'c'])
t = T((b'1', b'2'))
print('-'.join(l), b'+'.join(t))

class NL(list):
    def __iter__(self):
        return iter([1, 2, 3])
print(bytes(NL([65, 66])), bytearray(NL([9])))
ba = bytearray(b'z')
ba.extend(NL([70]))
print(ba)
try:
    '-'.join(L([1, 2]))
    print('joined')
except TypeError as e:
    print('TypeError', e)
try:
    ''.join(NL(['a']))
except TypeError as e:
    print('TypeError', e)
print(list(l), tuple(l), sorted(l), [*l], set(l) == {'x', 'y'})


class I(int):
    def __index__(self):
        return 2

i = I(5)
print('ab' * i, i * 'ab', [0] * i, (1,) * i, b'c' * i, bytearray(b'd') * i)
print([10, 20, 30, 40, 50, 60][i], 'abcdefgh'[i], range(10)[i], b'abcdefg'[i])
print('abcdefgh'[i:], [1, 2, 3, 4, 5, 6, 7][:i], hex(i), bin(i), oct(i))
print(format(i, 'x'), '%x' % i, int(i), type(int(i)).__name__)


class J:
    def __index__(self):
        return 3

j = J()
print('ab' * j, [0] * j, 'abcdefgh'[j], hex(j))
