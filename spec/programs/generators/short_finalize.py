def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
g = gen()
print(next(g))
g.close()
print(g.gi_frame is None)
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unstarted():
    print("never")
    yield
u = unstarted()
u.close()
print(list(u))
def ret_in_finally():
    try:
        yield 1
    finally:
        print("cleanup")
for x in ret_in_finally():
    print(x)
    break
print("after break")
