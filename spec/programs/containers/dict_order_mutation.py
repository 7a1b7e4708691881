# Deleting and re-inserting a key moves it to the end; updating a value does not.
d = {'a': 1, 'b': 2, 'c': 3}
d['a'] = 10
print(list(d))
del d['a']
d['a'] = 1
print(list(d))
d.pop('b')
d['b'] = 2
print(d)
d.update({'c': 30, 'z': 26})
print(d)
keys = list(d)
for k in keys:
    if k != 'z':
        d[k + k] = d.pop(k)
print(d)
print(list(reversed(d)), next(iter(d)), list(d.items())[-1])
