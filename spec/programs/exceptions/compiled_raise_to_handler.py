# Exceptions raised by compiled code straight to a handler (session 24): `raise` statements,
# missing dict keys, list/tuple indexes out of range and int division by zero, caught in the
# same loop, in an enclosing try of the same function, or by the caller of a hot function,
# with the traceback entries, __context__ and __cause__ CPython gives them.


def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Boom(Exception):
    def __init__(self, code):
        super().__init__(f"boom {code}")
        self.code = code


def same_loop(n):
    d = {0: 'a'}
    lst = [1, 2]
    tup = (3,)
    counts = [0, 0, 0, 0, 0]
    last = None
    for i in range(n):
        try:
            if i % 5 == 0:
                raise Boom(i)
            if i % 5 == 1:
                d[i]
            if i % 5 == 2:
                lst[i]
            if i % 5 == 3:
                tup[-i]
            if i % 5 == 4:
                i // (i - i)
        except Boom as e:
            counts[0] += e.code
            last = e
        except KeyError as e:
            counts[1] += e.args[0]
        except IndexError as e:
            counts[2] += 1
            msg = str(e)
        except ZeroDivisionError as e:
            counts[3] += 1
            zmsg = str(e)
    return counts, msg, zmsg, tb_names(last)


print(same_loop(300))


def outer_try(n):
    # The handler is outside the loop: the loop is left at the raise.
    d = {}
    total = 0
    try:
        for i in range(n):
            total += i
            if i == n - 3:
                d[i]
    except KeyError as e:
        return total, repr(e), tb_names(e)


for _ in range(50):
    r = outer_try(40)
print(r)


def risky(i):
    if i % 3 == 0:
        raise Boom(i)
    if i % 3 == 1:
        return {}[i]
    return [0][i]


def middle(i):
    return risky(i) + 1


def caller(n):
    seen = [0, 0, 0]
    tbs = []
    for i in range(n):
        try:
            middle(i)
        except Boom as e:
            seen[0] += 1
            if i == n - 3:
                tbs.append(tb_names(e))
        except KeyError as e:
            seen[1] += 1
            if i == n - 2:
                tbs.append(tb_names(e))
        except IndexError as e:
            seen[2] += 1
            if i == n - 1:
                tbs.append(tb_names(e))
    return seen, tbs


print(caller(300))


def chained(n):
    out = []
    for i in range(n):
        try:
            try:
                {}[i]
            except KeyError as e:
                raise ValueError(i) from e
        except ValueError as e:
            out.append((type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__))
        try:
            try:
                1 // 0
            except ZeroDivisionError:
                raise Boom(i)
        except Boom as e:
            out.append((e.__cause__, type(e.__context__).__name__))
    return out[-4:], len(out)


print(chained(200))


def reraise_in_handler(n):
    c = 0
    for i in range(n):
        try:
            try:
                raise Boom(i)
            except Boom:
                c += 1
                raise
        except Boom as e:
            c += e.code % 2
    return c


print(reraise_in_handler(200))


def raise_class_and_bad(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                raise KeyError
            raise 42
        except KeyError as e:
            out.append(repr(e))
        except TypeError as e:
            out.append(str(e))
    return out[-2:], len(out)


print(raise_class_and_bad(100))


def in_init(n):
    class Checked:
        def __init__(self, v):
            if v < 0:
                raise ValueError(f"negative {v}")
            self.v = v

    ok = bad = 0
    for i in range(n):
        try:
            Checked(i - n // 2)
            ok += 1
        except ValueError as e:
            bad += 1
            last = e
    return ok, bad, str(last), [name for name, _ in tb_names(last)]


print(in_init(200))


def gen_consumer(n):
    def g():
        for i in range(n):
            if i == n - 1:
                raise Boom(i)
            yield i

    total = 0
    try:
        for v in g():
            total += v
    except Boom as e:
        return total, e.code, [name for name, _ in tb_names(e)]


print(gen_consumer(200))


def finally_runs(n):
    log = []
    for i in range(n):
        try:
            try:
                {}[i]
            finally:
                log.append(i)
        except KeyError:
            pass
    return len(log), log[-1]


print(finally_runs(100))


def uncaught_from_hot(n):
    for i in range(n):
        if i < n - 1:
            try:
                middle(i * 3 + 2)
            except IndexError:
                pass
        else:
            middle(i * 3 + 2)


uncaught_from_hot(300)
