# A left shift by a count too large to represent: OverflowError when the count in 30-bit digits
# does not fit a ssize_t, MemoryError below that; zero shifted by anything stays zero.
def t(f):
    try:
        r = f()
        print('ok', r if r.bit_length() < 100 else r.bit_length())
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)

t(lambda: 1 << (1 << 100))
t(lambda: -1 << (1 << 100))
t(lambda: 0 << (1 << 100))
t(lambda: 0 << (1 << 62))
t(lambda: 1 << (1 << 62))
t(lambda: 5 << (1 << 63))
t(lambda: 1 << (1 << 64))
t(lambda: 1 << 200)
t(lambda: (1 << 100) >> (1 << 100))
t(lambda: (-1 << 100) >> (1 << 100))
x = 3
try:
    x <<= 1 << 60
except MemoryError as e:
    print('augmented', type(e).__name__)
print(x)
