# Slicing a memoryview with a step beyond sys.maxsize: the step is clamped to +-sys.maxsize and
# the view's stride (stride * step, in C's Py_ssize_t) wraps around; such a view has one item at
# most. Slicing it again used to make the stride infinite here, and reading the item failed
# with an internal error.
class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


m = memoryview(b'abcdef')
for key in [slice(-3, 1, -10 ** 20), slice(None, None, 10 ** 20), slice(1, None, -10 ** 30),
            slice(None, None, Index(-10 ** 20))]:
    v = m[key]
    print(v.tolist(), len(v), v.shape, bytes(v))
    for again in [slice(None, None, 2), slice(None, None, Index(2)), slice(-10 ** 20, 100, 3),
                  slice(None, None, -1), slice(None, None, 10 ** 20)]:
        w = v[again]
        print(' ', w.tolist(), len(w), w.tobytes(), w == v)
print(m[::-10 ** 20][::2].strides, m[::10 ** 20][::-2].strides)
ints = memoryview(bytearray(range(16))).cast('i')
print(ints[::10 ** 20][::3].tolist(), ints[::-10 ** 20][0])
