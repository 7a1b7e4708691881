import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, types.SimpleNamespace(), ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns.a, vars(ns))
def f(): pass
def g(): yield 1
async def c(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
co = c()
print(isinstance(co, types.CoroutineType), type(co) is types.CoroutineType)
co.close()
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), isinstance(types, types.ModuleType), types.NoneType, types.ModuleType.__name__)
bound = types.MethodType(lambda self: self.v, types.SimpleNamespace(v=42))
print(bound())
@types.coroutine
def legacy():
    v = yield "from legacy"
    return v * 2
async def user():
    return await legacy()
u = user()
print(u.send(None))
try:
    u.send(21)
except StopIteration as e:
    print("result", e.value)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x, C().x)
m = types.ModuleType("mymod")
m.attr = 3
print(m.__name__, m.attr, type(m).__name__)
print(type(type.__dict__) is types.MappingProxyType, types.GenericAlias, type(int | str) is types.UnionType)
