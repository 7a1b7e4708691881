# `del` of a loop variable while the loop's own iterator still holds the object (a list or tuple
# display iterated directly): the object is not finalized by the `del` (CPython finalizes it
# only when the loop drops its iterator, which this program does not look at).
class Res:
    finalized = []
    def __init__(self, n):
        self.n = n
    def __del__(self):
        Res.finalized.append(self.n)

for r in [Res(1), Res(2)]:
    n = r.n
    del r
    print("list display: finalized at del?", n in Res.finalized)

def f():
    for r in (Res(3),):
        del r
        print("tuple display in a function: finalized at del?", 3 in Res.finalized)
f()

for i, r in enumerate([Res(4)]):
    del r
    print("enumerate of a display: finalized at del?", 4 in Res.finalized)

holder = [Res(5)]
for r in holder:
    del r
print("named list: finalized at del?", 5 in Res.finalized)
del holder
print("after del holder:", 5 in Res.finalized)
