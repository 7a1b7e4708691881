"""Shallow and deep copying for Dyad: copy(x), deepcopy(x, memo) and the Error exception.

Builtin containers are copied directly; other objects through __copy__ / __deepcopy__ when
they have one, else through the pickle reduction protocol (their __reduce_ex__(4) or
__reduce__, or the default reduction of object, written out here) and _reconstruct.
"""

import sys as _sys

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _method_type():
    class Probe:
        def bound(self):
            pass
    return type(Probe().bound)


_MethodType = _method_type()
_HEAPTYPE = 1 << 9  # __flags__ bit of classes made by a class statement or type()

# types whose instances copy() and deepcopy() return unchanged
_IMMUTABLE = frozenset([type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
                        complex, str, bytes, type, range, property, type(len),
                        type(_method_type), type(_method_type.__code__)])
_SHALLOW_SAME = _IMMUTABLE | {tuple, frozenset, slice}


def _is_weakref_type(cls):
    # weak references are kept as they are (one can only exist once weakref is imported)
    weakref = _sys.modules.get('weakref')
    return weakref is not None and cls is weakref.ref


# --- copy --------------------------------------------------------------------------------------

_SHALLOW_BY_METHOD = frozenset([list, dict, set, bytearray])


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls in _SHALLOW_BY_METHOD:
        return cls.copy(x)
    if issubclass(cls, type) or _is_weakref_type(cls):
        return x
    own_copy = getattr(cls, '__copy__', None)
    if own_copy is not None:
        return own_copy(x)
    reduced = _reduction(x, cls, 'shallow')
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


# --- deepcopy ----------------------------------------------------------------------------------

def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    add = result.append
    for item in x:
        if type(item) in _IMMUTABLE:
            add(memo.get(id(item), item))
        else:
            add(deepcopy(item, memo))
    return result


def _deep_tuple(x, memo):
    items = [memo.get(id(item), item) if type(item) in _IMMUTABLE else deepcopy(item, memo)
             for item in x]
    # copying the items may have copied this tuple already (through a cycle)
    already = memo.get(id(x), items)
    if already is not items:
        return already
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        value = deepcopy(value, memo)  # the value first, as in `result[copy(k)] = copy(v)`
        result[deepcopy(key, memo)] = value
    return result


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP = {list: _deep_list, tuple: _deep_tuple, dict: _deep_dict, _MethodType: _deep_method}


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x. memo maps id(original) to its copy; it makes shared and cyclic parts
    come out shared and cyclic, and keeps the originals alive under the key id(memo)."""
    if memo is None:
        memo = {}
    key = id(x)
    known = memo.get(key, _nil)
    if known is not _nil:
        return known
    cls = type(x)
    special = _DEEP.get(cls)
    if special is not None:
        y = special(x, memo)
    elif cls in _IMMUTABLE or issubclass(cls, type) or _is_weakref_type(cls):
        y = x
    else:
        own_copy = getattr(x, '__deepcopy__', None)
        if own_copy is not None:
            y = own_copy(memo)
        else:
            reduced = _reduction(x, cls, 'deep')
            y = x if isinstance(reduced, str) else _reconstruct(x, memo, *reduced)
    if y is not x:
        memo[key] = y
        memo.setdefault(id(memo), []).append(x)
    return y


# --- the reduction protocol ------------------------------------------------------------------

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _new_arguments(x):
    """The arguments for cls.__new__ from __getnewargs_ex__ or __getnewargs__: (args, kwargs)."""
    getter = getattr(x, '__getnewargs_ex__', None)
    if getter is not None:
        pair = getter()
        if not isinstance(pair, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not "
                            f"'{type(pair).__name__}'")
        if len(pair) != 2:
            raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not '
                             f'{len(pair)}')
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError(f'first item of the tuple returned by __getnewargs_ex__ must be a '
                            f"tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f'second item of the tuple returned by __getnewargs_ex__ must be a '
                            f"dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    getter = getattr(x, '__getnewargs__', None)
    if getter is None:
        return (), None
    args = getter()
    if not isinstance(args, tuple):
        raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
    return args, None


def _default_reduction(x, cls):
    """What object.__reduce_ex__(4) returns for x."""
    native = not (getattr(cls, '__flags__', _HEAPTYPE) & _HEAPTYPE)
    if (native and cls not in (object, list, dict) and not hasattr(cls, '__getnewargs_ex__')
            and not hasattr(cls, '__getnewargs__')):
        # a builtin type whose contents live outside any __dict__ or slot
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    args, kwargs = _new_arguments(x)
    state = x.__getstate__()
    items = iter(x) if isinstance(x, list) else None
    pairs = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, items, pairs
    return (_newobj, (cls,) + args, state, items, pairs)


def _set_like_reduction(x):
    return type(x), (list(x),), getattr(x, '__dict__', None) or None


def _memoryview_reduction(x):
    raise TypeError('cannot pickle memoryview objects')


# builtin types that have their own __reduce__ in CPython but not in Dyad
_BUILTIN_REDUCE = {
    set: _set_like_reduction,
    frozenset: _set_like_reduction,
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    memoryview: _memoryview_reduction,
    _MethodType: lambda m: (getattr, (m.__self__, m.__func__.__name__)),
}


def _first_definer(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _reduction(x, cls, depth):
    """x.__reduce_ex__(4), as CPython's copy obtains it."""
    owner = _first_definer(cls, '__reduce_ex__')
    if owner is not None and owner is not object:
        method = getattr(x, '__reduce_ex__', None)
        if method is not None:
            return method(4)
    elif owner is object:
        # object.__reduce_ex__ defers to an overriding __reduce__
        for klass in cls.__mro__:
            if klass is object:
                return _default_reduction(x, cls)
            emulated = _BUILTIN_REDUCE.get(klass)
            if emulated is not None:
                return emulated(x)
            if '__reduce__' in klass.__dict__:
                break
    method = getattr(x, '__reduce__', None)
    if method is None:
        raise Error(f'un({depth})copyable object of type {cls}')
    return method()


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]  # one by one, not the tuple as a whole
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state is not None:
                y.__dict__.update(state)
            if slots is not None:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
