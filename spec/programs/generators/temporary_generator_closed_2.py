def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
print(next(gen()))
print("after1")
for x in gen():
    print(x); break
print("after2")
print(list(zip(gen(), [9])))
print("after3")
def first(it):
    for x in it:
        return x
print(first(gen()))
print("after4")
def f():
    g = gen()
    next(g)
    g = None
    print("rebound")
f()
class D:
    def __del__(self): print("del D")
def h():
    d = D()
    d = 5
    print("after rebind")
h()
print("end")
