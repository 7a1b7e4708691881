# del on subscripts, slices, attributes and several targets.
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)


class O:
    pass


o = O()
o.x, o.y = 1, 2
del o.x
print(vars(o))
nested = {'inner': [1, 2, 3]}
del nested['inner'][1]
print(nested)
for bad in ('del lst[100]', 'del d["zz"]', 'del o.zz', 'del (1, 2)[0]'):
    try:
        exec(bad)
    except (IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
a, b = 1, 2
del (a, b)
print('a' in globals(), 'b' in globals())
