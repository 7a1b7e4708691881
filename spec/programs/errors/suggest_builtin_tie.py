# Two builtins equally close to a misspelt name: CPython offers the first in the builtins
# dict's insertion order ('print' is a function, added before the type 'int'), so the order
# of builtins.__dict__ decides the "Did you mean" of an uncaught NameError.
import builtins

names = list(builtins.__dict__)
print(names[:5])
print(names.index("print") < names.index("int"), names.index("len") < names.index("list"))
print([n for n in names if n in ("None", "True", "bool", "object", "Exception", "open", "exit")])
pint("hello")
