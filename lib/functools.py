"""Tools for functions and callables (Dyad's functools).

reduce, partial and the lru_cache wrapper are native (_functools, src/modules/functools.ts),
as they are C code in CPython; everything else is here.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property']

import sys
from _functools import reduce, partial, _lru_cache_wrapper

_GenericAlias = type(list[int])
_MappingProxy = type(type.__dict__)
_UnionType = type(int | str)


# ---------------------------------------------------------------------------------------------
# Making a wrapper look like the function it wraps

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copy `assigned` attributes of wrapped onto wrapper (those wrapped has), merge the
    `updated` dictionaries, set wrapper.__wrapped__ = wrapped and return wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Last, so that a __wrapped__ copied from wrapped.__dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator applying update_wrapper(wrapper, wrapped, assigned, updated)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------------------------------------
# total_ordering

def _derived_comparison(name, root, negate, tail):
    """A comparison `name` computed from the class's `root` comparison: its result (negated
    if `negate`), then, with tail 'ne' / 'eq', combined by `and self != other` /
    `or self == other`."""
    def comparison(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if tail == 'ne':
            return result and self != other
        if tail == 'eq':
            return result or self == other
        return result
    comparison.__name__ = name
    comparison.__qualname__ = '_%s_from_%s' % (name.strip('_'), root.strip('_'))
    how = '(%sa %s b)' % ('not ' if negate else '', _SYMBOLS[root])
    if tail == 'ne':
        how += ' and (a != b)'
    elif tail == 'eq':
        how += ' or (a == b)'
    comparison.__doc__ = 'Return a %s b.  Computed by @total_ordering from %s.' % (_SYMBOLS[name], how)
    return comparison


_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


# For each root comparison, how the other three follow from it and from ==.
_DERIVATIONS = {
    '__lt__': (('__gt__', True, 'ne'), ('__le__', False, 'eq'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'eq'), ('__lt__', False, 'ne'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'ne'), ('__ge__', False, 'eq'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'eq'), ('__gt__', False, 'ne'), ('__lt__', True, None)),
}


def total_ordering(cls):
    """Class decorator completing <, <=, >, >= from whichever of them the class defines."""
    own = [op for op in _DERIVATIONS if getattr(cls, op, None) is not getattr(object, op, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(own)     # preference: __lt__, then __le__, __gt__, __ge__
    for name, negate, tail in _DERIVATIONS[root]:
        if name not in own:
            setattr(cls, name, _derived_comparison(name, root, negate, tail))
    return cls


# ---------------------------------------------------------------------------------------------
# cmp_to_key

class KeyWrapper:
    """What cmp_to_key(mycmp) returns: called with an object, it gives a key ordering objects
    by mycmp(a, b) compared with 0."""

    __slots__ = ('_cmp', 'obj')
    __hash__ = None

    def __call__(self, *args, **kwargs):
        if kwargs:
            if args or list(kwargs) != ['obj']:
                raise TypeError("K() takes at most 1 argument (%d given)"
                                % (len(args) + len(kwargs)))
            args = (kwargs['obj'],)
        if not args:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        if len(args) > 1:
            raise TypeError("K() takes at most 1 argument (%d given)" % len(args))
        key = _bare_key(self._cmp)
        key.obj = args[0]
        return key

    def _against(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._against(other) < 0

    def __le__(self, other):
        return self._against(other) <= 0

    def __eq__(self, other):
        return self._against(other) == 0

    def __ne__(self, other):
        return self._against(other) != 0

    def __gt__(self, other):
        return self._against(other) > 0

    def __ge__(self, other):
        return self._against(other) >= 0


def _bare_key(mycmp):
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    return key


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative / zero / positive) into a key= function."""
    key = _bare_key(mycmp)
    key.obj = None
    return key


# ---------------------------------------------------------------------------------------------
# Caching

_cache_info_class = []


def _cache_info(hits, misses, maxsize, currsize):
    # The CacheInfo named tuple, created on first use (collections is not needed before).
    if not _cache_info_class:
        from collections import namedtuple
        made = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
        made.__module__ = __name__
        _cache_info_class.append(made)
    return _cache_info_class[0](hits, misses, maxsize, currsize)


def _build_cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
    parameters = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(parameters)
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping the maxsize most recently used results (all of them when
    maxsize is None); with typed=True, arguments of different types are cached apart.
    Usable as @lru_cache, @lru_cache() or @lru_cache(maxsize, typed)."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _build_cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _build_cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Memoize a function without limit (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    """A property computed on first access and then kept in the instance's __dict__."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        from threading import RLock
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        kind = type(instance).__name__
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (kind, name)) from None
        value = storage.get(name, _NOT_FOUND)
        if value is not _NOT_FOUND:
            return value
        with self.lock:
            value = storage.get(name, _NOT_FOUND)
            if value is _NOT_FOUND:
                value = self.func(instance)
                try:
                    storage[name] = value
                except TypeError:
                    raise TypeError("The '__dict__' attribute on %r instance does not support "
                                    "item assignment for caching %r property."
                                    % (kind, name)) from None
        return value


# ---------------------------------------------------------------------------------------------
# partialmethod

class partialmethod(object):
    """Like partial(), for functions used as methods (and other descriptors): the instance or
    class they are looked up on comes first, then the frozen arguments."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            # Flatten: one level, with the arguments of both.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown_args = ', '.join(repr(a) for a in self.args)
        shown_kw = ', '.join('%s=%r' % item for item in self.keywords.items())
        kind = type(self)
        return '%s.%s(%r, %s, %s)' % (kind.__module__, kind.__qualname__, self.func,
                                      shown_args, shown_kw)

    def _plain_function(self):
        frozen_args, frozen_kw, func = self.args, self.keywords, self.func

        def _method(cls_or_self, /, *args, **keywords):
            return func(cls_or_self, *frozen_args, *args, **{**frozen_kw, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor that produced something new (a bound method, the function
                # inside a staticmethod, ...): freeze the arguments onto that.
                frozen = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _NOT_FOUND)
                if owner is not _NOT_FOUND:
                    frozen.__self__ = owner
                return frozen
        return self._plain_function().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------------------------------------
# singledispatch

def _is_union(hint):
    if type(hint) is _UnionType:
        return True
    typing = sys.modules.get('typing')    # a typing.Union can only exist once typing is loaded
    return typing is not None and typing.get_origin(hint) is typing.Union


def _union_members(hint):
    if type(hint) is _UnionType:
        return hint.__args__
    import typing
    return typing.get_args(hint)


def _dispatchable(hint):
    if isinstance(hint, type):
        return True
    return _is_union(hint) and all(isinstance(m, type) for m in _union_members(hint))


def _merge(sequences):
    """C3 merge: repeatedly take the first head not found in the tail of any sequence."""
    pending = [list(s) for s in sequences if s]
    merged = []
    while pending:
        for candidate_list in pending:
            head = candidate_list[0]
            if all(head not in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        pending = [s[1:] if s[0] is head else s for s in pending]
        pending = [s for s in pending if s]
    return merged


def _linearize(cls, abstracts):
    """cls's MRO with the abstract classes in `abstracts` that cls implements without
    inheriting them slotted in where cls introduces them (after its explicit bases up to the
    last abstract one, before the others)."""
    bases = cls.__bases__
    split = 0
    for position, base in enumerate(bases):
        if hasattr(base, '__abstractmethods__'):
            split = position + 1
    leading, trailing = list(bases[:split]), list(bases[split:])
    introduced = [a for a in abstracts
                  if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    inherited = [a for a in abstracts if a not in introduced]
    chains = [_linearize(b, inherited) for b in leading + introduced + trailing]
    return _merge([[cls]] + chains + [leading, introduced, trailing])


def _dispatch_order(cls, candidates):
    """The classes to try for cls, most specific first: its MRO extended with the candidate
    abstract classes it is a (possibly virtual) subclass of."""
    own = cls.__mro__
    related = [t for t in candidates
               if t not in own and hasattr(t, '__mro__') and not isinstance(t, _GenericAlias)
               and issubclass(cls, t)]
    # Those that are bases of other related ones come along with them.
    related = [t for t in related if not any(t is not o and t in o.__mro__ for o in related)]
    # Order them as the subclasses cls also implements order them, where there are such.
    wanted = set(related)
    ordered = []
    for t in related:
        lineages = [[s for s in sub.__mro__ if s in wanted] for sub in t.__subclasses__()
                    if sub not in own and issubclass(cls, sub)]
        if not lineages:
            ordered.append(t)
            continue
        lineages.sort(key=len, reverse=True)
        for lineage in lineages:
            ordered.extend(s for s in lineage if s not in ordered)
    return _linearize(cls, ordered)


def _resolve(cls, registry):
    order = _dispatch_order(cls, registry.keys())
    for position, t in enumerate(order):
        if t in registry:
            break
    else:
        return None
    if position + 1 < len(order):
        rival = order[position + 1]
        own = cls.__mro__
        # Two unrelated abstract classes cls only implements implicitly: no way to choose.
        if (rival in registry and rival not in own and t not in own
                and not issubclass(t, rival)):
            raise RuntimeError("Ambiguous dispatch: {} or {}".format(t, rival))
    return registry[t]


def _abc_generation():
    from abc import get_cache_token
    return get_cache_token()


def singledispatch(func):
    """Make func a generic function dispatching on the type of its first argument; further
    implementations are added with .register(type) or .register on an annotated function."""
    registry = {object: func}
    memo = {}
    token = [None]        # abc.get_cache_token() when ABCs are registered, else None

    def dispatch(cls):
        """The implementation for cls."""
        if token[0] is not None:
            now = _abc_generation()
            if now != token[0]:
                memo.clear()
                token[0] = now
        try:
            return memo[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _resolve(cls, registry)
        memo[cls] = impl
        return impl

    def register(cls, func=None):
        """Add func as the implementation for cls (a class or a union of classes)."""
        if _dispatchable(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` "
                                f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _dispatchable(cls):
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        targets = _union_members(cls) if _is_union(cls) else (cls,)
        for target in targets:
            registry[target] = func
        if token[0] is None and hasattr(cls, '__abstractmethods__'):
            token[0] = _abc_generation()
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Add an implementation (as singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
