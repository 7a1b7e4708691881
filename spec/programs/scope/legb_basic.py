# Lookup order: local, enclosing function, global, builtin.
x = 'global x'
y = 'global y'


def outer():
    x = 'outer x'
    z = 'outer z'

    def inner():
        z = 'inner z'
        print('inner sees x =', x)
        print('inner sees y =', y)
        print('inner sees z =', z)
        print('inner sees len =', len('abc'))

    inner()
    print('outer sees z =', z)


outer()
print('module sees x =', x)
print(type(len).__name__, len.__name__)
