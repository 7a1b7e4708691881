# Code object attributes describing parameters and variables.
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a
    local2 = b

    def inner():
        return local1 + c
    return inner


code = f.__code__
print(code.co_name)
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames)
print(code.co_cellvars)
print(code.co_nlocals)
inner = f(1, 2, 3, e=4)
print(inner.__code__.co_freevars, inner.__code__.co_varnames, inner.__code__.co_argcount)


def g():
    x = 1
    y = [x]
    return y


print(g.__code__.co_varnames, g.__code__.co_cellvars, g.__code__.co_freevars)
print((lambda x, *y: 0).__code__.co_varnames)
print(f.__code__.co_filename.endswith('func_code_attrs.py'))
print(type(f.__code__).__name__)
