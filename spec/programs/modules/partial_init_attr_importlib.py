# An attribute missing from a module that is still running says "partially initialized";
# importlib.import_module with absolute and relative names; exit/quit objects.
import partial_init_pkg.first as first
print(first.get_b())
try:
    first.missing
except AttributeError as e:
    print("AttributeError:", e)
import importlib
import sys
m = importlib.import_module("partial_init_pkg.helper")
print(m.H, m is sys.modules["partial_init_pkg.helper"])
print(importlib.import_module(".helper", "partial_init_pkg") is m)
print(importlib.import_module("..helper", "partial_init_pkg.first") is m)
try:
    importlib.import_module(".helper")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("partial_init_pkg.nothing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(repr(exit), repr(quit), callable(exit))
for q in (exit, quit):
    try:
        q(3)
    except SystemExit as e:
        print("SystemExit", e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
print("bye")
quit("leaving with a message")
