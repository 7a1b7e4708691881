from __future__ import annotations
# compile(), exec() and eval() of source text inherit the calling code's future features
# (`from __future__ import annotations`: annotations stay strings), unless compile() is given
# dont_inherit=True; compile()'s flags add features and are checked ("unrecognised flags"), as
# is its optimize value. The features are in the code's co_flags. Found by tools/fuzz-scope.py's
# probes (nothing was inherited and the flags were ignored).
import __future__

ANN = __future__.annotations.compiler_flag


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


src = "def f(a: undefined_t) -> also_undefined: pass\nprint(f.__annotations__)"
t(1, lambda: exec(src, {}))
t(2, lambda: exec(compile(src, 's', 'exec'), {}))
t(3, lambda: exec(compile(src, 's', 'exec', dont_inherit=True), {}))
t(4, lambda: exec(compile(src, 's', 'exec', flags=0, dont_inherit=True), {}))
t(5, lambda: exec(compile(src, 's', 'exec', flags=ANN, dont_inherit=True), {}))
t(6, lambda: exec("x: undefined_in_exec = 1\nprint(__annotations__)", {}))
t(7, lambda: bool(compile(src, 's', 'exec').co_flags & ANN))
t(8, lambda: bool(compile(src, 's', 'exec', dont_inherit=True).co_flags & ANN))
t(9, lambda: bool(compile('def g(): pass', 's', 'exec').co_consts[0].co_flags & ANN))
t(10, lambda: compile('1', 's', 'exec', flags=0x4000000))
t(11, lambda: compile('1', 's', 'exec', flags=1))
t(12, lambda: compile('1', 's', 'exec', flags='x'))
t(13, lambda: compile('1', 's', 'exec', optimize=3))
t(14, lambda: compile('1', 's', 'exec', optimize=2).co_name)
t(15, lambda: eval("(lambda a: undefined_ann).__annotations__") if False else eval("__import__('sys').__name__"))


def g(b: undefined_in_mod):
    pass


print(g.__annotations__, bool(g.__code__.co_flags & ANN))
