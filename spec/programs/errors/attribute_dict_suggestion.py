# An instance without a __dict__: the AttributeError has name and obj, so the uncaught one
# ends with CPython's "Did you mean" suggestion.
o = object()
try:
    o.__dict__
except AttributeError as e:
    print(e.name, e.obj is o)
try:
    getattr(o, "__dict__")
except AttributeError as e:
    print(e.name, e.obj is o)
class Slotted:
    __slots__ = ("a",)
try:
    Slotted().__dict__
except AttributeError as e:
    print(e, e.name)
object().__dict__
