# Dict iterators have no instance __dict__ either: setting an attribute is an AttributeError
# and must not write into the dict being iterated; iteration is unaffected.
d = {'a': 1, 'b': 2}
its = [iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items())]
for it in its:
    try:
        it.z = 1
        print('set', type(it).__name__)
    except AttributeError as e:
        print(e)
    print(list(it))
print(d)
it = iter(d)
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
