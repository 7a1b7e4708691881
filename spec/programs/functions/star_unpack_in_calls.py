# Several * and ** unpackings in one call, with any iterable or mapping.
def show(*args, **kwargs):
    return args, kwargs


print(show(*[1, 2], 3, *(4,), *'ab', *range(2)))
print(show(*{'x': 1, 'y': 2}))
print(show(**{'a': 1}, b=2, **{'c': 3}))


class Mapping:
    def keys(self):
        return ['k1', 'k2']

    def __getitem__(self, key):
        return key.upper()


print(show(**Mapping()))
gen = (i * i for i in range(4))
print(show(*gen))
print(show(*[], **{}))
print(max(*[3, 9, 2]), min(*'hello'))
