# STORE_GLOBAL in hot functions and loops (compiled code caches the entry of the globals dict):
# rebinding, deleting and re-adding the name, other globals added in between (the dict's layout
# changes), the same code run with another globals dict, and globals() seen from outside.
import types

counter = 0
flag = False

def bump(n):
    global counter, flag
    for i in range(n):
        counter = counter + i
        flag = not flag
    return counter

def set_only(v):
    global late
    late = v

def drop():
    global counter
    del counter

for r in range(60):
    bump(5)
print(counter, flag)

# Deleting the global between calls, then storing it again (its entry moves).
drop()
try:
    bump(1)
except NameError as e:
    print("NameError:", e)
counter = 100
print(bump(3), flag)

# New globals added between stores (the layout changes under the cache).
for r in range(50):
    set_only(r)
    globals()["extra_%d" % (r % 7)] = r
print(late, sorted(k for k in globals() if k.startswith("extra_")))

# The same code object with another globals dict.
other = {"__builtins__": __builtins__, "counter": 1000, "flag": True}
bump2 = types.FunctionType(bump.__code__, other)
for r in range(40):
    bump2(2)
    bump(2)
print(other["counter"], other["flag"], counter, flag)

# A global stored from a hot function and read back through globals() and another function.
def store_many(k):
    global acc
    acc = 0
    for i in range(k):
        acc += i * i
    return acc

def read_acc():
    return acc

tot = 0
for r in range(80):
    tot += store_many(r % 9) + read_acc()
print(tot, globals()["acc"])

# exec of a function definition into a fresh dict: its STORE_GLOBAL goes there.
ns = {}
exec("def f(n):\n    global g\n    for i in range(n):\n        g = i\n    return g\n", ns)
for r in range(50):
    ns["f"](r % 5 + 1)
print(ns["g"], "g" in globals())
