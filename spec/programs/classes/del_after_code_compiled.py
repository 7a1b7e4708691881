# Hot code compiled before any class with __del__ exists, then again after.
def work(make, n):
    out = 0
    for i in range(n):
        x = make(i)
        out += 1
        x = None
    return out

class Plain:
    def __init__(self, i): self.i = i

def rebind_twice(make):
    a = make(1)
    a = make(2)
    return 0

for _ in range(300):
    work(Plain, 50)
    rebind_twice(Plain)
print("warm")

def define_later():
    class D:
        def __init__(self, i): self.i = i
        def __del__(self):
            if self.i % 1000 == 0 or self.i < 3:
                print("del", self.i)
    return D
D = define_later()
print(work(D, 3))
print("after work")
rebind_twice(D)
print("after rebind_twice")
print(work(D, 2001))
print("end hot")

def gen(k):
    try:
        yield k
    finally:
        if k % 500 == 0:
            print("closed", k)

def firsts(n):
    t = 0
    for i in range(n):
        t += next(gen(i))
    return t
print(firsts(1001))
def via_local(n):
    t = 0
    for i in range(n):
        g = gen(i)
        t += next(g)
    return t
print(via_local(1001))
print("end")
