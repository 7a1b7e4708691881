# int.bit_length() / bit_count() across the int range (0, signs, 2**31/32/53 edges, big ints),
# bools and int subclasses; bound builtin methods' names.
vals = [0, 1, -1, 2, 3, 7, 8, 255, 256, -256, 2 ** 30, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32 - 1,
        2 ** 32, 2 ** 32 + 1, 2 ** 52 + 3, 2 ** 53 - 1, 2 ** 53, -(2 ** 53) - 1, 2 ** 63, 2 ** 64 - 1,
        10 ** 30, -(10 ** 30), 3 ** 200, -(2 ** 1000), 2 ** 1000 - 1, 0x123456789abcdef0123]
for v in vals:
    print(v.bit_length(), v.bit_count(), abs(v).bit_length() == len(bin(v).lstrip('-0b')), bin(v).count('1') == v.bit_count())
print(True.bit_length(), False.bit_count())
class I(int): pass
print(I(1000).bit_length(), I(-1000).bit_count())
def loop(n):
    s = 0
    for i in range(-n, n):
        s += i.bit_length() * 3 + i.bit_count()
    return s
print(loop(5000), loop(70000))
try:
    (5).bit_length(1)
except TypeError as e:
    print('TypeError', e)
for m in ([].append, 'x'.upper, {}.get, (1).bit_length, b''.hex, set().add):
    print(m.__name__, m.__qualname__, repr(m).split(' of ')[0])
