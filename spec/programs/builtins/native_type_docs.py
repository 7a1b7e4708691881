# __doc__ of native types beyond those the builtins module exposes: the types module's, iterator
# and view types, sys's struct sequences, and the descriptor types without a tp_doc (whose
# __doc__ is the __doc__ descriptor in their own dict).
import sys
import types


def show(t):
    d = t.__doc__
    if isinstance(d, str):
        lines = d.splitlines()
        print(t.__name__, "str", len(lines), repr(lines[0]))
    else:
        print(t.__name__, repr(d))


def f():
    pass


for t in (types.FunctionType, types.LambdaType, types.CodeType, types.CellType, types.ModuleType,
          types.MethodType, types.TracebackType, types.GenericAlias, types.UnionType,
          types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
          types.MethodWrapperType, types.ClassMethodDescriptorType, types.GeneratorType,
          types.CoroutineType, types.FrameType, types.MappingProxyType, types.NoneType,
          types.NotImplementedType, types.EllipsisType):
    show(t)
for x in ([], (), {}, "", b"", range(3), set(), {}.keys(), {}.values(), {}.items(), reversed([])):
    show(type(x) if isinstance(x, type({}.keys())) else type(iter(x)) if not isinstance(x, type(reversed([]))) else type(x))
for s in (sys.version_info, sys.flags, sys.float_info, sys.int_info, sys.hash_info):
    show(type(s))
print(type(f).__doc__ == types.FunctionType.__doc__, type(list.append).__doc__)
