# A module-level __getattr__ is consulted for missing attributes (not for global lookups).
from module_getattr_pkg import lazy

print(lazy.eager, lazy.lazy_value, lazy.lazy_other)
print(getattr(lazy, 'lazy_x'), hasattr(lazy, 'lazy_y'), hasattr(lazy, 'nothing'))
try:
    lazy.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(lazy))
from module_getattr_pkg.lazy import lazy_imported
print(lazy_imported)
try:
    lazy.uses_global()
except NameError as e:
    print(type(e).__name__, e)
print(sorted(lazy._computed))
