# importlib.util / importlib.machinery: spec_from_file_location + module_from_spec + exec_module,
# find_spec of imported, unimported, built-in and missing modules (a parent package is imported
# first), resolve_name and its errors, SourceFileLoader.load_module; sys/builtins __spec__.
import importlib.util, importlib.machinery, sys, os
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, 'importlib_util_pkg', 'plugin.py')
spec = importlib.util.spec_from_file_location('my_plugin', path)
print(spec.name, spec.origin == path, spec.parent, spec.has_location, spec.submodule_search_locations, type(spec.loader).__name__)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__file__ == path, mod.__package__, 'NAME' in dir(mod))
spec.loader.exec_module(mod)
print(mod.hello(), mod.NAME, 'my_plugin' in sys.modules)
sys.modules['my_plugin'] = mod
import my_plugin
print(my_plugin is mod)
s = importlib.util.find_spec('importlib_util_pkg.plugin')
print(s.name, s.parent, s.has_location, type(s.loader).__name__, 'importlib_util_pkg' in sys.modules, 'importlib_util_pkg.plugin' in sys.modules)
s = importlib.util.find_spec('importlib_util_pkg')
print(s.name, s.parent, s.submodule_search_locations == [os.path.join(here, 'importlib_util_pkg')], s.origin.endswith('__init__.py'))
print(importlib.util.find_spec('no_such_thing'), importlib.util.find_spec('sys').origin, importlib.util.find_spec('sys').parent)
try: importlib.util.find_spec('no_such_pkg.sub')
except Exception as e: print(type(e).__name__, e)
try: importlib.util.find_spec('importlib_util_pkg.plugin.deeper')
except Exception as e: print(type(e).__name__, e)
print(importlib.util.resolve_name('.x', 'pkg'), importlib.util.resolve_name('..x', 'pkg.sub'))
for args in [('.x', None), ('..x', 'pkg')]:
    try: importlib.util.resolve_name(*args)
    except ImportError as e: print(type(e).__name__, e)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.util.spec_from_file_location('x', 'data.txt'))
spec2 = importlib.util.spec_from_file_location('pkg_as_file', os.path.join(here, 'importlib_util_pkg', '__init__.py'))
print(spec2.submodule_search_locations == [os.path.join(here, 'importlib_util_pkg')], spec2.parent)
m2 = importlib.util.module_from_spec(spec2)
print(m2.__path__ == spec2.submodule_search_locations, m2.__package__)
loaded = importlib.machinery.SourceFileLoader('direct', path).load_module()
print(loaded.hello(), sys.modules['direct'] is loaded)
import builtins
print(sys.__spec__.name, sys.__spec__.origin, builtins.__spec__.name, sys.__spec__.has_location)
import importlib
print(importlib.util is importlib.util, importlib.machinery.ModuleSpec.__name__)
