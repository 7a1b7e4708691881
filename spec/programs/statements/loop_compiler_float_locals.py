# Float locals in hot loops: a local stored from a float expression and read again later in the
# same iteration (identity of the float object, the local rebound while a value loaded from it
# is still in use, the local changing type, exceptions and locals() in the middle), in loops and
# in function bodies called often.
import sys


def identity(n):
    out = []
    for i in range(n):
        x = i * 0.5 + 0.25
        y = x
        z = x * 1.0
        out.append((x is y, y is x, x == z, type(y).__name__))
    return out[-1], all(t[0] and t[1] and t[2] for t in out)


def rebind_while_loaded(n):
    acc = 0.0
    for i in range(n):
        x = i + 0.5
        acc += x + (x := x * 2.0) + x
    return acc, x


def swap_floats(n):
    a = 1.5
    b = 2.5
    for i in range(n):
        a = a * 1.0
        b = b + 0.0
        a, b = b, a
        c = a - b
    return a, b, c


def type_changes(n):
    out = []
    for i in range(n):
        x = i * 1.5
        if i % 3 == 0:
            x = i // 2
        elif i % 3 == 1:
            x = str(i)
        y = x * 2
        out.append(y)
    return out[-3:], sum(v for v in out if not isinstance(v, str))


def with_errors(n):
    caught = []
    for i in range(n):
        d = i * 0.5 - 10.0
        try:
            q = 1.0 / d
        except ZeroDivisionError as e:
            caught.append((i, d, str(e)))
            q = -1.0
        r = q * d
    return caught, round(r, 6)


def sees_locals(n):
    seen = None
    for i in range(n):
        v = i * 0.25
        w = v + v
        if i == n - 1:
            seen = sorted((k, val) for k, val in locals().items() if k in ('v', 'w'))
    return seen


def frame_of_caller():
    return sys._getframe(1).f_locals['p']


def calls_see_stored(n):
    got = []
    for i in range(n):
        p = i * 2.0
        p = p + 1.0
        got.append(frame_of_caller() == p)
    return all(got), p


def step(x, y):
    d = x - y
    e = d * d + 0.5
    return e, e is e, d * 0.0


def body_calls(n):
    t = 0.0
    last = None
    for i in range(n):
        last = step(i * 1.0, 0.5)
        t += last[0]
    return t, last


def mixed_ints(n):
    s = 0
    f = 0.0
    for i in range(n):
        f = f + i
        g = f * 2
        s = s + i
        h = g - s
    return f, g, s, h, type(h).__name__


def nan_and_inf(n):
    out = []
    for i in range(n):
        x = 1e308 * (i + 1.0)
        y = x - x
        out.append((x, y != y, y is y))
    return out[-1]


def negative_zero(n):
    r = None
    for i in range(n):
        z = -0.0 * 1.0
        w = z + 0.0
        r = (str(z), str(w), str(z * -1.0))
    return r


def errors_inside(n):
    total = 0.0
    for i in range(n):
        a = i * 1.0
        b = a * 2.0
        if i == n - 1:
            b = None
        try:
            total += a + b
        except TypeError as e:
            return total, str(e), a
    return total


print(identity(200))
print(rebind_while_loaded(200))
print(swap_floats(201))
print(type_changes(200))
print(with_errors(60))
print(sees_locals(100))
print(calls_see_stored(100))
print(body_calls(300))
print(mixed_ints(300))
print(nan_and_inf(100))
print(negative_zero(100))
print(errors_inside(100))
