# A complex with no imaginary part is the same dict/set key as the equal int or float.
d = {0: 'zero', 1.5: 'x', 2j: 'j'}
print(d.get(0j), d.get(1.5+0j), d.get(2j), d.get(-0.0-0j))
d[1+0j] = 'one'
d[1] = 'ONE'
d[0j] = 'Z'
print(d)
s = {0, 2.5, 3j}
print(0j in s, (2.5+0j) in s, 3j in s, complex(3, 0) in s)
s.add(0j); s.add(7+0j); s.add(7)
print(sorted(s, key=abs))
print({complex(5, 0): 1} == {5: 1}, {5: 1}.keys() == {5+0j: 1}.keys())
class C(complex): pass
print({3: 'c'}.get(C(3)), C(3) in {3.0})
print(list({0j: 1, 0: 2, 0.0: 3}.items()))
