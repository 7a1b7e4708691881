# memoryview: the hash of a read-only view is kept after release(); a view first hashed after
# release() refuses; an index whose __index__ releases the view is refused; assigning through
# a tuple of slices is NotImplementedError, other tuples TypeError.
data = b'abcdef'
m = memoryview(data)
h = hash(m)
print(h == hash(data))
m.release()
print(hash(m) == h)
m2 = memoryview(data)
m2.release()
try:
    hash(m2)
except ValueError as e:
    print('ValueError', e)
try:
    hash(memoryview(bytearray(b'x')))
except ValueError as e:
    print('ValueError', e)

size = 16
view = None
class Releasing:
    def __index__(self):
        view.release()
        return 2
view = memoryview(bytearray(b'\xff' * size))
try:
    view[Releasing()]
except ValueError as e:
    print('ValueError', e)
view = memoryview(bytearray(b'\xff' * size))
try:
    view[Releasing()] = 1
except ValueError as e:
    print('ValueError', e)

w = memoryview(bytearray(b'abcd'))
for key in [(slice(0, 1), slice(0, 1, 2)), (0,), (slice(0, 1), 0), (0, slice(0, 1)), 'a', ()]:
    try:
        w[key] = b'z'
        print('assigned', key)
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
w[1:3] = b'XY'
print(bytes(w))
mv = memoryview(b"abc")
for k in [(0,), (0, 1), (), (-1,)]:
    try: print(k, mv[k])
    except Exception as e: print(k, type(e).__name__, e)
