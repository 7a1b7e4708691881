class A: pass
a = A()
a.b = A()
a.b.c = None
print(a.b.c.d)
