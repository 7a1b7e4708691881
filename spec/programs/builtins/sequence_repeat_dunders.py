# Calling a sequence's __mul__/__rmul__/__imul__ directly is CPython's sq_repeat wrapper: a non-index
# count is "cannot be interpreted as an integer"; the * operator says "can't multiply sequence".
for f in (lambda: 'a'.__mul__('b'), lambda: [1].__mul__('b'), lambda: (1,).__mul__(1.5), lambda: b'a'.__mul__('x'), lambda: 'a'.__rmul__('b'), lambda: [1].__imul__('x'), lambda: 'a'.__mul__(2), lambda: [1].__rmul__(2), lambda: 'a'.__mul__(2**70), lambda: bytearray(b'a').__mul__([]), lambda: range(3).__mul__(2) if hasattr(range, '__mul__') else 'nomul'):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: [1].__rmul__('x'), lambda: 'ab'.__rmul__(2), lambda: (1,).__rmul__([]), lambda: (3).__mul__('a'), lambda: (3).__rmul__('a'), lambda: 'a' * 'b', lambda: [1] * 1.5):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
l = [1]; l *= 2; print(l)
try:
    l *= 'x'
except TypeError as e:
    print(e)
class S(str): pass
try: S('a').__mul__('x')
except TypeError as e: print(e)
print(S('a').__mul__(3))
