x = 1
y += x
del z
print(x, y, len)
a, (b, *c) = [1, (2, 3)]
d.attr = 1
e[0] = f
g.h.i += 1
for j, k in items():
    pass
else:
    m = 2
while n:
    break
if o:
    p = q
assert r, s
raise t from u
