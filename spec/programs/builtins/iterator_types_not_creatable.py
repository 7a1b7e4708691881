# The iterator types of builtins cannot be instantiated directly (by calling the type or its
# __new__): only iter() makes them. Subclassing them is refused too.
samples = [b'ab', bytearray(b'ab'), memoryview(b'ab'), [1], (1,), 'ab', range(2), {1}, {1: 2}]
for obj in samples:
    T = type(iter(obj))
    for how in ('call', 'new'):
        try:
            x = T() if how == 'call' else T.__new__(T)
            print(T.__name__, how, 'made', list(x))
        except TypeError:
            print(T.__name__, how, 'TypeError')
    try:
        class Sub(T):
            pass
        print(T.__name__, 'subclassed')
    except TypeError:
        print(T.__name__, 'not a base')

# the real iterators still work, including after the bytearray is emptied
ba = bytearray(b'xyz')
it = iter(ba)
print(next(it), it.__length_hint__())
ba.clear()
print(list(it), it.__length_hint__())
try:
    enumerate()
except TypeError as e:
    print(e)
