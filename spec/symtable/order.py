d = {(lambda: 1): (lambda: 2)
     for x in range(3)}
try:
    (lambda: 3)
except (lambda: 4)():
    (lambda: 5)
else:
    (lambda: 6)
finally:
    (lambda: 7)

@(lambda f: 8)
def func(a=(lambda: 9), *, b=(lambda: 10),
         c: (lambda: 11) = (lambda: 12)) -> (
         lambda: 13):
    pass

@(lambda c: 14)
class K((lambda: 15)(),
        metaclass=(lambda: 16)()):
    pass

(lambda: 17)((lambda: 18), *(lambda: 19), k=(lambda: 20), **(lambda: 21))
[(lambda: 22) for x in (lambda: 23)() if (lambda: 24)
 for y in (lambda: 25)() if (lambda: 26)]
x = (lambda: 27) if (lambda: 28) else (lambda: 29)
y: (lambda: 30) = (lambda: 31)
def h(p: (lambda: 32), *v: (lambda: 33), k: (lambda: 34), **kw: (lambda: 35)): pass
