# Failed imports raise ModuleNotFoundError / ImportError with the module name.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from main_guard_pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    import main_guard_pkg.no_such_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    exec('from . import anything')
except ImportError as e:
    print(type(e).__name__, e)
