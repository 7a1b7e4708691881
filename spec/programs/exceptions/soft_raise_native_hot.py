# Errors of native calls with one argument in hot loops, raised without a JS throw (native.ts
# softRaise: lst.index(x), lst.remove(x), d.pop(k), s.index(sub), s.rindex(sub), len(x)):
# messages, args, __context__ inside a handler, the traceback's line, an __eq__ that counts its
# calls (the failing call runs once, compiled or not), an __eq__ that raises, subclasses,
# handlers in a caller, and an uncaught one at the end.


class Eq:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Eq.calls += 1
        if self.v == "boom":
            raise RuntimeError("eq failed")
        return isinstance(other, Eq) and other.v == self.v


class MyList(list):
    pass


class MyDict(dict):
    pass


class NoLen:
    pass


def lookup(l, x):
    return l.index(x)


def run(n):
    l = [1, 2, 3]
    ml = MyList([4, 5])
    d = {"a": 1}
    md = MyDict(b=2)
    s = "hello world"
    msgs = set()
    errs = 0
    acc = 0
    line = None
    for i in range(n):
        try:
            acc += l.index(i % 5)
        except ValueError as e:
            errs += 1
            msgs.add(str(e))
            line = e.__traceback__.tb_lineno
        try:
            acc += ml.index(i % 7)
        except ValueError as e:
            msgs.add(str(e))
        try:
            l.remove(9)
        except ValueError as e:
            msgs.add(str(e))
        try:
            acc += d.pop((i % 3, "k"))
        except KeyError as e:
            msgs.add(repr(e.args))
        d[(i % 3, "k")] = i % 2
        try:
            acc += md.pop("zz")
        except KeyError as e:
            msgs.add(repr(e))
        try:
            acc += {}.pop(i % 2)
        except KeyError as e:
            msgs.add(repr(e))
        try:
            acc += s.index("o w"[i % 3])
            acc += s.rindex("lz"[i % 2])
        except ValueError as e:
            errs += 1
            msgs.add(str(e))
        try:
            acc += len([0] * (i % 3)) + len(i if i % 4 else "abc")
        except TypeError as e:
            msgs.add(str(e))
        try:
            len(NoLen())
        except TypeError as e:
            msgs.add(str(e))
        try:
            try:
                raise KeyError("outer")
            except KeyError:
                s.index("q")
        except ValueError as e:
            msgs.add("context " + repr(e.__context__))
        try:
            lookup(l, "x")
        except ValueError as e:
            msgs.add("caller " + str(e))
    return acc, errs, sorted(msgs), line


print(run(3000))

objs = [Eq(1), Eq(2), Eq(3)]
found = 0
for i in range(3000):
    Eq.calls = 0
    try:
        found += objs.index(Eq(i % 4))
    except ValueError:
        found -= 1
    assert Eq.calls == 3 if i % 4 == 0 else Eq.calls <= 3, (i, Eq.calls)
    try:
        objs.remove(Eq(9))
    except ValueError as e:
        found += len(str(e))
print(found, Eq.calls)

bad = 0
for i in range(2000):
    try:
        [Eq("boom")].index(i)
    except RuntimeError as e:
        bad += 1
    try:
        {1: 2}.pop([i])
    except TypeError as e:
        bad += 1
        msg = str(e)
    try:
        "abc".index(i)
    except TypeError as e:
        bad += 1
        msg2 = str(e)
print(bad, msg, msg2)


def fails():
    total = 0
    for i in range(2000):
        total += [1, 2, 3].index(1 + i % 3)
    return [1, 2, 3].index(total)


fails()
