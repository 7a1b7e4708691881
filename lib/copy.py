"""Shallow and deep copy operations (a Dyad implementation of CPython's copy module).

Instances are copied through __copy__/__deepcopy__ when defined, else through
__reduce_ex__(4) when the class defines its own reduction, else by making an empty instance
with cls.__new__(cls) and copying the __dict__ and __slots__ values (what object's default
reduction does)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: 0), frozenset, property, slice)


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
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
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
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
    for klass in cls.__mro__:
        if klass is object:
            return None
        for name in ("__reduce_ex__", "__reduce__"):
            if name in klass.__dict__:
                return name
    return None


def _reconstruct(x, memo, deep):
    cls = type(x)
    name = _own_reduce(cls)
    if name is not None:
        rv = getattr(x, name)(4) if name == "__reduce_ex__" else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _from_reduce(x, rv, memo, deep)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    elif issubclass(cls, (list, dict, set, tuple)):
        base_args = () if not issubclass(cls, tuple) else (tuple(x),)
        y = cls.__new__(cls, *base_args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if issubclass(cls, list):
        list.extend(y, [deepcopy(a, memo) if deep else a for a in x])
    elif issubclass(cls, dict):
        for k, v in x.items():
            dict.__setitem__(y, deepcopy(k, memo) if deep else k, deepcopy(v, memo) if deep else v)
    elif issubclass(cls, set):
        set.update(y, [deepcopy(a, memo) if deep else a for a in x])
    state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__") and type(y).__setstate__ is not getattr(object, "__setstate__", None):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for klass in cls.__mro__:
        for slot in klass.__dict__.get("__slots__", ()):
            if isinstance(klass.__dict__.get("__slots__"), str):
                slot = klass.__dict__["__slots__"]
            if slot in ("__dict__", "__weakref__"):
                continue
            if hasattr(x, slot):
                value = getattr(x, slot)
                setattr(y, slot, deepcopy(value, memo) if deep else value)
    if isinstance(x, BaseException):
        y.args = x.args
    return y


def _from_reduce(x, rv, memo, deep):
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
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
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
