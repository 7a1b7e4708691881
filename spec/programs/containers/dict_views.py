# keys/values/items views are live and support set operations.
d = {'a': 1, 'b': 2}
keys, values, items = d.keys(), d.values(), d.items()
d['c'] = 3
print(keys, values, items)
print(len(keys), 'a' in keys, 2 in values, ('b', 2) in items, ('b', 3) in items)
print(sorted(keys | {'z'}), sorted(keys & {'a', 'c', 'q'}), sorted(keys - {'a'}), sorted(keys ^ {'a', 'q'}))
print(sorted(items & {('a', 1), ('a', 2)}))
print(list(reversed(keys)), list(reversed(values)))
try:
    for k in d:
        d[k + '!'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(d.keys() == {'a', 'b', 'c', 'a!'}, d.values() == d.values())
