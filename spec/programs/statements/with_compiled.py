# `with` in hot functions and loops (compiled by the VM): __enter__'s result, __exit__ on
# return, break and exceptions (suppressing or not), managers without the protocol, and
# __enter__ raising.
class Ctx:
    def __init__(self, suppress=False):
        self.log = []
        self.suppress = suppress

    def __enter__(self):
        self.log.append("in")
        return len(self.log)

    def __exit__(self, et, ev, tb):
        self.log.append("out" if et is None else et.__name__)
        return self.suppress


class BadEnter:
    def __enter__(self):
        raise RuntimeError("no entry")

    def __exit__(self, *a):
        return False


class NoExit:
    def __enter__(self):
        return 1


def use(c, i):
    try:
        with c as n:
            if i % 5 == 0:
                return -n
            if i % 7 == 0:
                raise KeyError(i)
            return n
    except KeyError:
        return 1000
    finally:
        c.log.append("f")


c = Ctx()
print(sum(use(c, i) for i in range(60)), len(c.log), c.log[:8])
s = Ctx(suppress=True)
total = 0
for i in range(50):
    with s:
        if i % 3 == 0:
            raise ValueError(i)
        total += i
    if i == 40:
        break
print(total, s.log.count("ValueError"), len(s.log))
for mgr in (BadEnter(), NoExit(), 5):
    for i in range(3):
        try:
            with mgr:
                pass
        except (RuntimeError, AttributeError, TypeError) as e:
            last = f"{type(e).__name__}: {e}"
    print(last)
