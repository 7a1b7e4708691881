# from m import * honours __all__, or skips underscore names without it.
from star_import_pkg.shapes import *

print(area(Square(3)), UNITS)
for name in ('not_exported', '_hidden_default'):
    print(name, name in globals())
from star_import_pkg.noall import *

print(public_value, public_function())
print('_private_value' in globals(), '_sys_alias' in globals())


def f():
    try:
        exec('from star_import_pkg.shapes import *')
        return 'exec ok'
    except SyntaxError as e:
        return 'SyntaxError ' + e.msg


print(f())
try:
    compile('def g():\n    from star_import_pkg.shapes import *\n', '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
