# array item checks: exact ints inside a typecode's bounds and exact floats for 'd' are taken
# at once; everything else (bounds, bools, subclasses, floats for ints, 'f' rounding) is checked.
import array

class I(int):
    pass

class F(float):
    pass

bounds = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535), 'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1),
          'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for code, (lo, hi) in bounds.items():
    for v in (lo, hi, lo - 1, hi + 1, 0, True, I(5), 2.0, "1", None):
        try:
            a = array.array(code, [v])
            a.append(v)
            print(code, repr(v), a.tolist(), [type(x).__name__ for x in a])
        except (OverflowError, TypeError) as e:
            print(code, repr(v), type(e).__name__, e)
for code in 'fd':
    for v in (1.5, 0.1, 1e39, -1e39, 3, True, F(2.5), "x", float("nan")):
        try:
            a = array.array(code, [v])
            a.extend([v, v])
            a.insert(0, v)
            a[1] = v
            print(code, repr(v), a.tolist(), [type(x).__name__ for x in a])
        except TypeError as e:
            print(code, repr(v), type(e).__name__, e)
print(array.array('u', 'ab').tolist(), sum(array.array('i', range(100))), array.array('H', [1, 2]) + array.array('H', [3]))
