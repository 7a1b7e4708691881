# The class body's namespace: what locals() holds while the body runs.
class C:
    """Doc."""
    a = 1
    snapshot = sorted(locals())
    module_seen = __module__
    qualname_seen = __qualname__

    def m(self):
        pass
    after = sorted(k for k in locals() if not k.startswith('__'))


print(C.snapshot)
print(C.module_seen, C.qualname_seen)
print(C.after)
print(sorted(k for k in vars(C) if not k.startswith('__')))
print(C.__doc__)


def f():
    class Local:
        q = __qualname__
    return Local


print(f().q)
