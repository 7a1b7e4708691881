"""weakref (a Dyad implementation). Memory belongs to the JavaScript engine, which never
reports when an object dies, so these references are strong: a ref always returns its object
and callbacks, finalizers and the Weak* containers never drop entries on their own. What can
and cannot be referenced, equality, hashing and the container interfaces follow CPython."""

import sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_NOT_REFERENCEABLE = (int, float, complex, str, bytes, bytearray, tuple, list, dict, bool,
                      type(None), type(NotImplemented), type(Ellipsis), range, slice)

_refs = {}


def _check(obj):
    t = type(obj)
    if isinstance(obj, _NOT_REFERENCEABLE) and t.__module__ == 'builtins' or (
            hasattr(t, '__slots__') and '__weakref__' not in _slot_names(t) and t.__module__ != 'builtins'):
        raise TypeError("cannot create weak reference to '%s' object" % t.__name__)


def _slot_names(t):
    names = set()
    for k in t.__mro__:
        s = k.__dict__.get('__slots__', None)
        if s is None:
            if k is not object:
                # (a class without __slots__ gives its instances a __dict__ and weak references)
                names.update(('__dict__', '__weakref__'))
            continue
        names.update([s] if isinstance(s, str) else s)
    return names


class ReferenceType:
    """ref(object[, callback]): a reference to object; calling it returns the object."""

    __slots__ = ('_obj', '__callback__', '_hash')

    def __init__(self, obj, callback=None, /):
        _check(obj)
        self._obj = obj
        self.__callback__ = callback
        self._hash = None
        _refs.setdefault(id(obj), []).append(self)

    def __call__(self):
        return self._obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__qualname__, id(o))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


class WeakMethod(ref):
    """A reference to a bound method (to its object and function)."""

    __slots__ = ('_func',)

    def __init__(self, meth, callback=None, /):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        super().__init__(obj, callback)
        self._func = func

    def __call__(self):
        return self._func.__get__(self._obj, type(self._obj))


def getweakrefcount(obj):
    return len(_refs.get(id(obj), ()))


def getweakrefs(obj):
    return list(_refs.get(id(obj), ()))


class ProxyType:
    """A proxy forwarding attribute access and operators to its object."""

    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_proxy_obj', obj)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, '_proxy_obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_proxy_obj'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_proxy_obj'), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_proxy_obj')
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__qualname__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, '_proxy_obj'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_proxy_obj'))

    def __len__(self):
        return len(object.__getattribute__(self, '_proxy_obj'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_proxy_obj'))

    def __getitem__(self, key):
        return object.__getattribute__(self, '_proxy_obj')[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, '_proxy_obj')[key] = value

    def __contains__(self, item):
        return item in object.__getattribute__(self, '_proxy_obj')

    def __eq__(self, other):
        return object.__getattribute__(self, '_proxy_obj') == other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_proxy_obj')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakValueDictionary:
    """A mapping whose values are held by weak references."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]()

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        r = self.data.get(key)
        return default if r is None else r()

    def keys(self):
        return list(self.data)

    def values(self):
        return [r() for r in self.data.values()]

    def items(self):
        return [(k, r()) for k, r in self.data.items()]

    def pop(self, key, *args):
        if key in self.data:
            return self.data.pop(key)()
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        key, r = self.data.popitem()
        return key, r()

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kw):
        if hasattr(other, 'keys'):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(list(self.data.values()))


class WeakKeyDictionary:
    """A mapping whose keys are held by weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter([r() for r in self.data])

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return [r() for r in self.data]

    def values(self):
        return list(self.data.values())

    def items(self):
        return [(r(), v) for r, v in self.data.items()]

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        return WeakKeyDictionary(self.items())

    def clear(self):
        self.data.clear()

    def keyrefs(self):
        return list(self.data)


class WeakSet:
    """A set whose elements are held by weak references."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter([r() for r in self.data])

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        return self.data.pop()()

    def clear(self):
        self.data.clear()

    def update(self, other):
        for element in other:
            self.add(element)

    def copy(self):
        return WeakSet(self)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def __ior__(self, other):
        self.update(other)
        return self


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when called
    explicitly or at interpreter exit (never on collection: objects are never reported dead)."""

    _registry = []

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._obj = obj
        self._info = (func, args, kwargs)
        self.atexit = True
        finalize._registry.append(self)

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        func, args, kwargs = info
        return func(*args, **(kwargs or {}))

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        return (self._obj,) + info

    def peek(self):
        if self._info is None:
            return None
        return (self._obj,) + self._info

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        if self._info is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                       type(self._obj).__name__, id(self._obj))
