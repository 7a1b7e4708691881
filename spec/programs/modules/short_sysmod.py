import sys
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1)
print(sys.argv[0].endswith("sysmod.py"), len(sys.argv), sys.byteorder, sys.platform)
print(sys.getrecursionlimit(), type(sys.float_info.epsilon).__name__, sys.float_info.max, sys.float_info.dig)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() if hasattr(sys, "exception") else "")
print(sys.exc_info())
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("to stderr", file=sys.stderr)
print("__main__" in sys.modules, sys.modules["__main__"].__name__, "math" in sys.modules or True)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, isinstance(sys.path, list))
print(sys.implementation.name in ("cpython", "dyad"), sys.intern("abc") == "abc")
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""))
print(callable(sys.exit), sys.flags.optimize, sys.maxunicode)
def depth():
    f = sys._getframe()
    n = 0
    while f:
        n += 1
        f = f.f_back
    return n
print(depth())
sys.stdout.flush()
