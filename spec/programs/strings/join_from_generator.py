class S(str): pass
def g():
    yield "a"; yield S("b"); yield "c"
print("-".join(g()), ",".join(x for x in []), "".join(iter(["x", "y"])))
def bad():
    yield "a"; yield 3; yield "never"
it = bad()
try:
    "".join(it)
except TypeError as e:
    print(e, next(it, "exhausted"))
try:
    "".join(5)
except TypeError as e:
    print(e)
print("|".join({"k": 1, "j": 2}), " ".join(str(i) for i in range(5)))
