# Every binary operator (and divmod) over 21 builtin values of different kinds, then the unary ones.
import operator as op
vals = [0, 7, -3, 2**65, True, 2.5, -0.0, float('inf'), 1+2j, 'ab', '', b'xy', bytearray(b'z'), [1], (2,), {3}, frozenset({4}), {'k': 5}, None, range(3), ...]
ops = [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow, op.lshift, op.rshift, op.and_, op.or_, op.xor, op.lt, op.le, op.eq, op.ne, op.gt, op.ge, op.matmul, divmod]
for a in vals:
    for b in vals:
        out = []
        for f in ops:
            try:
                if f is op.pow and isinstance(a, int) and isinstance(b, int) and b > 100: raise OverflowError('skip')
                if f in (op.lshift,) and isinstance(b, int) and b > 100: raise OverflowError('skip')
                if f is op.mul and isinstance(b, int) and b > 100 and isinstance(a, (str, bytes, bytearray, list, tuple)): raise OverflowError('skip')
                if f is op.mul and isinstance(a, int) and a > 100 and isinstance(b, (str, bytes, bytearray, list, tuple)): raise OverflowError('skip')
                r = f(a, b)
                out.append(repr(sorted(r)) if isinstance(r, (set, frozenset)) else repr(r))
            except Exception as e:
                out.append(type(e).__name__ + ':' + str(e))
        print(repr(a), repr(b), ' | '.join(out))
for a in vals:
    out = []
    for f in [op.neg, op.pos, op.invert, abs, op.not_, op.truth, hash, len, iter]:
        try:
            r = f(a)
            out.append(type(r).__name__ if f in (iter, hash) else repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(a), ' | '.join(out))
