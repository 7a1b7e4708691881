# A built-in exception instance gets its __dict__ when first needed: reads of __dict__/vars(),
# attribute stores and deletes, add_note, copy/reduce, and stores in a hot loop (VM paths).
e = KeyError('k')
print(e.__dict__, vars(e))
e.x = 1
print(e.__dict__, e.x)
z = ZeroDivisionError()
del_ok = True
try:
    del z.y
except AttributeError as a:
    print('del', a)
z.add_note('hello')
print(z.__notes__, z.__dict__)
import copy
print(copy.copy(e).__dict__, e.__reduce__())
v = ValueError(3)
print(v.__reduce__(), copy.deepcopy(v).args)
s = StopIteration(5)
s.__dict__['q'] = 9
print(s.q, s.value)
class A(Exception): pass
a = A(); print(a.__dict__)
try:
    raise KeyError('zz')
except KeyError as k:
    k.add_note('n1')
    print(k.__notes__, sorted(k.__dict__))
for i in range(3000):
    t = TypeError(i)
    t.tag = i
print(t.tag, t.__dict__)
raise ValueError('end')
