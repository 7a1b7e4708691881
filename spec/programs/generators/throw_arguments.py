# athrow()/throw() argument forms, on generators, coroutines and async generators alike
async def agen():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e!r}"

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as s:
        return s.value

def gen():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e!r}"

for make in (gen,):
    g = make(); next(g)
    print(g.throw(ValueError, "v"))
    g = make(); next(g)
    try:
        g.throw(ValueError("x"), 1)
    except TypeError as e:
        print("TypeError:", e)

a = agen()
print(drive(a.__anext__()))
try:
    drive(a.athrow(ValueError("x"), 1))
except TypeError as e:
    print("TypeError:", e)
print(drive(a.athrow(ValueError, "y")))
for bad in ((), (1,), ("s", None)):
    b = agen(); drive(b.__anext__())
    try:
        drive(b.athrow(*bad))
    except TypeError as e:
        print("TypeError:", e)
