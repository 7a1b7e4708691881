# str() of a mappingproxy is str() of its mapping; builtin types have __doc__ in their dict
import types
class A:
    x = 1
d = {"a": 1, "b": [2]}
mp = types.MappingProxyType(d)
print(mp)
print(str(mp), repr(mp), f"{mp}", "%s" % mp)
print(d.keys().mapping, d.items().mapping["b"])
print("__doc__" in dir(object()), "__doc__" in dir(5), "__doc__" in dir([]), "__doc__" in dir(A()))
print([n for n in dir(object()) if n.startswith("__d")])
for t in (object, int, str, list, dict, type, Exception, KeyError, range, property):
    print(t.__name__, "__doc__" in t.__dict__, "__doc__" in vars(t))
class B(int):
    pass
print(B.__doc__, "__doc__" in B.__dict__)
print(sorted(dir(object())))
