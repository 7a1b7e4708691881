"""Shallow and deep copy operations (a Dyad implementation of CPython's copy module).

Instances are copied through __copy__/__deepcopy__ when defined, else through
__reduce_ex__(4) when the class defines its own reduction, else by making an empty instance
with cls.__new__(cls) and copying the __dict__ and __slots__ values (what object's default
reduction does)."""

import sys as _sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: 0), type((lambda: 0).__code__), property)


class _Holder:
    def method(self):
        pass


_MethodType = type(_Holder().method)


def _is_weakref(cls):
    # A weak reference is copied as itself (only possible once weakref is imported).
    weakref = _sys.modules.get("weakref")
    return weakref is not None and issubclass(cls, weakref.ref)


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls is frozenset or cls is slice or issubclass(cls, type) or _is_weakref(cls):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy (shared and cyclic structure)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type) or _is_weakref(cls):
        y = x
    elif cls is _MethodType:
        # A bound method: the same function bound to a copy of its object.
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    elif cls is frozenset:
        # Rebuilt from copies of its items, as CPython's reduction does (a new object even
        # when every item is atomic).
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _own_reduce(cls):
    """The name of the reduction method a class (not object) defines, or None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        for name in ("__reduce_ex__", "__reduce__"):
            if name in klass.__dict__:
                return name
    return None


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce_newobj(x):
    """object.__reduce_ex__(4): (__newobj__, (cls, *args), state, listitems, dictitems), with
    args from __getnewargs_ex__/__getnewargs__ and state from __getstate__."""
    cls = type(x)
    kwargs = None
    getnewargs_ex = getattr(x, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(x, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        else:
            args = ()
    if kwargs:
        func, newargs = _newobj_ex, (cls, args, kwargs)
    else:
        func, newargs = _newobj, (cls,) + args
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None else getattr(x, "__dict__", None) or None
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, newargs, state, listitems, dictitems)


def _reconstruct(x, memo, deep):
    cls = type(x)
    name = _own_reduce(cls)
    if name == "__reduce_ex__":
        rv = x.__reduce_ex__(4)
    elif name == "__reduce__":
        rv = x.__reduce__()
    elif cls is type(_sys):
        raise TypeError("cannot pickle 'module' object")
    else:
        rv = _reduce_newobj(x)
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise Error("un(deep)copyable object of type %s" % cls)
    return _from_reduce(x, rv, memo, deep)


def _from_reduce(x, rv, memo, deep):
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
