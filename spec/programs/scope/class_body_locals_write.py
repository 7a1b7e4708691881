# In a class body locals() is the class namespace itself, so writes create attributes.
class C:
    locals()['dynamic'] = 'created through locals()'
    ns = locals()
    for name in ('one', 'two'):
        locals()[name] = name.upper()
    del name


print(C.dynamic, C.one, C.two)
print('ns' in C.__dict__)
print(sorted(k for k in C.ns if not k.startswith('__')))


class D:
    exec('from_exec = 5')
    doubled = from_exec * 2


print(D.from_exec, D.doubled)
