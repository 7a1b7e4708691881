# compile(..., 'single') prints expression statements through sys.displayhook, which gets every
# value, None included (the default hook is what skips None and sets builtins._); with
# sys.displayhook deleted, CPython raises RuntimeError('lost sys.displayhook'). The VM skipped
# None itself and fell back to printing when the hook was missing.
import sys
import builtins


def T(f):
    try:
        return f()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)


def single(src, g=None):
    exec(compile(src, '<single>', 'single'), {} if g is None else g)


seen = []
sys.displayhook = seen.append
single("[1]")
single("None")
single("x = 5")
single("for i in range(2): i; None\n")
single("def f(): return 3\n")
single("if True:\n    'a'\n    None\n")
sys.displayhook = sys.__displayhook__
print(seen)

single("7")
print(builtins._)
single("None")
print(builtins._)

del sys.displayhook
print(T(lambda: single("11")))
print(T(lambda: single("None")))
print(T(lambda: single("y = 1")))
sys.displayhook = 5
print(T(lambda: single("13")))
sys.displayhook = lambda v: print('hook got', repr(v))
single("(lambda: None)()")
single("print('printed') ")
sys.displayhook = sys.__displayhook__
