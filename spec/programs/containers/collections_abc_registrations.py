# collections.abc reachable as collections.abc after 'import collections'; deque and OrderedDict
# registered with the mutable ABCs; builtin containers against the ABCs.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import collections
t(lambda: collections.abc.Sequence)
t(lambda: isinstance([], collections.abc.Sequence))
import collections.abc
t(lambda: issubclass(collections.OrderedDict, collections.abc.MutableMapping))
t(lambda: issubclass(collections.deque, collections.abc.MutableSequence))
t(lambda: isinstance(collections.Counter(), collections.abc.Mapping))
t(lambda: isinstance(range(3), collections.abc.Sequence))
t(lambda: isinstance("", collections.abc.Hashable))
t(lambda: isinstance([], collections.abc.Hashable))
t(lambda: isinstance(iter([]), collections.abc.Iterator))
t(lambda: isinstance({}.keys(), collections.abc.Set))
t(lambda: isinstance(print, collections.abc.Callable))
try:
    collections.nothing
except AttributeError as e:
    print(e)
print(hasattr(collections, "abc"))
