# Code objects have co_code, co_linetable, co_stacksize and co_lines() besides the name tables;
# `hasattr(c, 'co_code')` is the usual way to pick nested code objects out of co_consts. Dyad's
# code type never got them (the VM's installer skipped itself once the shared type had co_name),
# so that filter found nothing. Only types are printed: the bytes are Dyad's own instructions.
def outer(a):
    def inner():
        return a
    squares = [i * i for i in range(a)]
    return inner, squares, lambda: a


def nested(code, depth=0):
    print('  ' * depth + code.co_name, code.co_varnames, code.co_cellvars, code.co_freevars)
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            nested(c, depth + 1)


nested(outer.__code__)
nested(compile("def f(x):\n    return [y for y in x]\nclass K:\n    def m(self): return __class__\n", "<s>", "exec"))
c = outer.__code__
print(type(c.co_code).__name__, type(c.co_linetable).__name__, type(c.co_stacksize).__name__)
print(all(len(t) == 3 for t in list(c.co_lines())))
for attr in ['co_code', 'co_stacksize', 'co_linetable', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_names', 'co_name']:
    try:
        setattr(c, attr, 1)
    except AttributeError as e:
        print(attr, type(e).__name__, e)
