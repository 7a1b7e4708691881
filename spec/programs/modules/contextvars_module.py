import contextvars as cv
var = cv.ContextVar("var", default=42)
other = cv.ContextVar("other")
print(var.name, var.get(), var.get(7), other.get("dflt"))
try:
    other.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
tok = var.set(1)
print(var.get(), tok.var is var, tok.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
tok2 = var.set(2)
print(tok2.old_value)
var.reset(tok2)
print(var.get())
try:
    var.reset(tok2)
except RuntimeError as e:
    print("RuntimeError", "already been used once" in str(e))
var.reset(tok)
print(var.get())
try:
    other.reset(var.set(5))
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))
ctx = cv.copy_context()
print(var in ctx, ctx[var], len(ctx) >= 1, list(ctx.keys()) == [var], ctx.get(other, "none"))
def work(x):
    var.set(x)
    other.set("in ctx")
    return var.get(), other.get()
print(ctx.run(work, 100), var.get(), other.get("outside"), ctx[var], ctx[other])
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))
t = ctx.run(var.set, 9)
try:
    var.reset(t)
except ValueError as e:
    print("ValueError", "different Context" in str(e))
try:
    cv.ContextVar(1)
except TypeError as e:
    print(e)
try:
    ctx["x"]
except TypeError as e:
    print(e)
try:
    class Sub(cv.ContextVar): pass
except TypeError as e:
    print(e)
print(cv.ContextVar[int], type(cv.Context()).__name__, len(cv.Context()), cv.Context() == cv.Context())
def gen():
    var.set("gen")
    yield var.get()
print(next(gen()), var.get())
