# Assigning the attributes of generators, coroutines and async generators: CPython's members
# (gi_code, cr_code, cr_origin, ag_code, ag_running) say "readonly attribute", its getsets
# "attribute ... is not writable"; __name__/__qualname__ are writable (str only).


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


objs = [gen(), coro(), agen()]
for o in objs:
    for name in sorted(n for n in dir(o) if n.startswith(("gi_", "cr_", "ag_"))):
        for op in ("set", "del"):
            try:
                if op == "set":
                    setattr(o, name, 1)
                else:
                    delattr(o, name)
                print(type(o).__name__, name, op, "ok")
            except (AttributeError, TypeError) as e:
                print(type(o).__name__, name, op, type(e).__name__, e)
    o.__name__ = "renamed"
    try:
        o.__qualname__ = 3
    except TypeError as e:
        print(type(e).__name__, e)
    print(o.__name__, o.__qualname__)
objs[1].close()
