# LOAD_FAST in compiled loops and bodies: parameters that are never deleted need no unbound
# check, but a deleted parameter, a local deleted on one path, a local bound only on some
# iterations and an `except ... as e` name still raise UnboundLocalError where CPython does.

def param_deleted(a, n):
    out = []
    for i in range(n):
        if i == 30:
            del a
        try:
            out.append(a + i)
        except UnboundLocalError as e:
            out.append(str(e))
            a = i
    return out[28:33], len(out)


print(param_deleted(100, 60))


def bound_on_some_rounds(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            x = i * 10
        try:
            out.append(x)
        except UnboundLocalError as e:
            out.append(type(e).__name__)
        if i % 5 == 4:
            del x
    return out[:12], len(out)


print(bound_on_some_rounds(40))


def except_name(n):
    seen = 0
    for i in range(n):
        try:
            if i % 4 == 0:
                raise KeyError(i)
        except KeyError as err:
            seen += err.args[0]
        try:
            err
        except UnboundLocalError:
            seen += 1000
    return seen


print(except_name(50))


def store_then_load(n, k):
    total = 0
    for i in range(n):
        y = i + k
        total += y * 2 + k
    return total, y


print(store_then_load(500, 3))


def body_only(p, q=5, *rest, kw=7, **more):
    return p + q + len(rest) + kw + len(more)


s = 0
for i in range(300):
    s += body_only(i) + body_only(i, 1, 2, 3, kw=1, z=2)
print(s)


def late_binding(n):
    out = []
    for i in range(n):
        if i > 100:
            late = i
        if i > 50:
            try:
                out.append(late)
            except UnboundLocalError:
                out.append(-1)
    return out[48:53], out[-1]


print(late_binding(200))
