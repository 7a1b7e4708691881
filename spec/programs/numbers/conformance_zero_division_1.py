import math
ops = [lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b, divmod, lambda a, b: a ** -1 if b == 0 else 0, pow, math.fmod, math.remainder, lambda a, b: math.log(b), lambda a, b: a.__truediv__(b), lambda a, b: a.__rtruediv__(b), lambda a, b: a.__floordiv__(b), lambda a, b: a.__rmod__(b)]
for a in [1, 0, 1.5, 0.0, True, 1j, 2**70, -1, -0.0]:
    for b in [0, 0.0, False, 0j, -0.0]:
        row = []
        for f in ops:
            try:
                row.append(repr(f(a, b)))
            except Exception as e:
                row.append(type(e).__name__ + ':' + str(e))
        print(repr(a), repr(b), ' | '.join(row))
