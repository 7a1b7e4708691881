# A generator expression over a generator it made itself owns it: when the expression is closed
# (a `for` that breaks out of it, close(), or interpreter exit), the inner generator's finally
# runs then, as CPython's reference counting does; a named inner generator is left alone.
def numbers(name):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally of", name)

for x in (n * 2 for n in numbers("loop")):
    if x == 2:
        break
print("after the loop")

squares = (n * n for n in numbers("closed"))
print(next(squares), next(squares))
squares.close()
print("after close")

for x in (y for y in (z for z in numbers("nested"))):
    break
print("after nested")

def first_even():
    for x in (n for n in numbers("returned")):
        if x % 2 == 0:
            return x
print(first_even())

named = numbers("named")
for x in (n for n in named):
    break
print("named still open:", next(named))
named.close()

unstarted = (n for n in numbers("never started"))
unstarted.close()
print("unstarted closed")

kept = (n + 1 for n in numbers("at exit"))
print(next(kept))
print("end")
