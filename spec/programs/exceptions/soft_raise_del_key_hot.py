# del d[k] of a missing key in hot loops (an exact dict with a str or int key: KeyError raised
# without a JS throw, compiled code leaving to the interpreter): args, keys equal across types
# (True and 1, 2.0 and 2), dict subclasses, other key types, lists, and an uncaught one.


class D(dict):
    def __delitem__(self, k):
        super().__delitem__(k)


def run(n):
    d = {"a": 1, 2: "b", True: "t"}
    sub = D(x=1)
    msgs = set()
    acc = 0
    for i in range(n):
        key = ("a", "zz", 2, 7, 1, -3)[i % 6]
        try:
            del d[key]
            acc += 1
        except KeyError as e:
            msgs.add(repr(e.args))
        d["a"] = 1
        d[2] = "b"
        d[True] = "t"
        try:
            del d[2.0]
        except KeyError as e:
            msgs.add("float " + repr(e))
        try:
            del sub["nope"]
        except KeyError as e:
            msgs.add("sub " + repr(e))
        try:
            del d[(1, i % 2)]
        except KeyError as e:
            msgs.add("tuple " + repr(e))
        try:
            del [1, 2][5]
        except IndexError as e:
            msgs.add(str(e))
    return acc, sorted(msgs), sorted(d.items(), key=repr)


print(run(3000))


def drop(d):
    for i in range(3000):
        d[i] = i
        del d[i]
    del d["gone"]


drop({})
