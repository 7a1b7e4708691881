# del and rebinding in class bodies act on the class namespace dict.
name = 'global'


class C:
    name = 'class'
    first = name
    del name
    second = name
    try:
        del name
    except NameError as e:
        error = type(e).__name__ + ': ' + str(e)


print(C.first, C.second, C.error)
print('name' in C.__dict__)


class D:
    for i in range(3):
        pass
    x = [i]


print(D.i, D.x)
