# Assigning to and deleting list slices, including extended slices.
a = list(range(10))
a[2:5] = ['x']
print(a)
a[1:1] = ['ins1', 'ins2']
print(a)
a[:] = a[::-1]
print(a)
a[::2] = 'ABCDE'[:len(a[::2])]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del a[::3]
print(a)
del a[1:3]
print(a)
b = [1, 2, 3]
b[5:] = [9]
print(b)
b[-100:1] = [0]
print(b)
c = [0, 1, 2, 3]
c[3:1] = ['here']
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
c[1:3] = range(3)
print(c)
