"""Abstract base classes (PEP 3119): a Dyad implementation of CPython's abc module.

ABCMeta computes a class's __abstractmethods__ (object.__new__ refuses to instantiate a class
whose set is non-empty) and supports virtual subclasses through register() and
__subclasshook__. The bookkeeping (abstract method sets, the registry, the per-class caches of
subclass checks, the cache token) is the native `_abc` module (src/modules/abc.ts).
"""

from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches,
                  _compute_abstracts)

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """Marks a method abstract: a class with any such method cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)

    def _abc_registry_clear(cls):
        """Clears the registry (for debugging or testing)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Clears the caches (for debugging or testing)."""
        _reset_caches(cls)


# isinstance()/issubclass() run ABCMeta's own checks natively (no Python frame).
import _abc
_abc._set_fast_paths(ABCMeta.__instancecheck__, ABCMeta.__subclasscheck__)
del _abc


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base: `class C(ABC)` makes C an abstract base class."""
    __slots__ = ()
