"""Abstract base classes (PEP 3119) for Dyad.

The state behind ABCMeta (each class's abstract-method set, its registry of virtual
subclasses, the positive/negative caches and the global invalidation token) lives in the
native `_abc` module (src/modules/abc.ts); this file only wires it into Python classes.
"""

from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches,
                  _compute_abstracts, _set_fast_paths)


def abstractmethod(funcobj):
    """Flag funcobj as abstract; an ABCMeta class keeping it cannot be instantiated."""
    setattr(funcobj, "__isabstractmethod__", True)
    return funcobj


# The three legacy decorator types: each is its builtin base with the abstract flag set on the
# class and on the wrapped callable (the flag on the callable is what ABCMeta inspects through
# classmethod/staticmethod's __isabstractmethod__ property).

class abstractclassmethod(classmethod):
    """Deprecated: stack @classmethod over @abstractmethod instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        classmethod.__init__(self, abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: stack @staticmethod over @abstractmethod instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        staticmethod.__init__(self, abstractmethod(callable))


class abstractproperty(property):
    """Deprecated: stack @property over @abstractmethod instead."""

    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass for abstract base classes: tracks abstract methods and virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        new_class = type.__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(new_class)  # computes __abstractmethods__ and attaches _abc_impl
        return new_class

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC and return it (usable as decorator)."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), honouring registered virtual subclasses."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), honouring registration and __subclasshook__."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print this ABC's registry and caches (a debugging aid)."""
        registry, cache, negative, negative_version = _get_dump(cls)
        rows = [
            ("Class", f"{cls.__module__}.{cls.__qualname__}"),
            ("Inv. counter", get_cache_token()),
            ("_abc_registry", registry),
            ("_abc_cache", cache),
            ("_abc_negative_cache", negative),
            ("_abc_negative_cache_version", negative_version),
        ]
        for label, value in rows:
            print(f"{label}: {value!r}" if label.startswith("_") else f"{label}: {value}",
                  file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass registered on this ABC."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Empty this ABC's positive and negative subclass-check caches."""
        _reset_caches(cls)


# Let isinstance()/issubclass() recognise ABCMeta's own hooks and run them natively.
_set_fast_paths(ABCMeta.__instancecheck__, ABCMeta.__subclasscheck__)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after its methods changed; returns cls.

    Classes that were never abstract (no __abstractmethods__ attribute) are left alone.
    """
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class whose subclasses are abstract base classes (metaclass ABCMeta)."""

    __slots__ = ()


del _set_fast_paths
