"""Data classes (PEP 557): a Dyad implementation of the core of CPython's dataclasses module.

@dataclass reads the class's __annotations__ in order and generates __init__, __repr__, __eq__,
the ordering methods (order=True), __hash__ per the eq/frozen/unsafe_hash rules, and frozen
__setattr__/__delattr__. The generated methods are compiled from source (as CPython does), so
their argument errors read `C.__init__() missing 1 required positional argument: 'y'`.
InitVar pseudo-fields go to __init__ and __post_init__ only; a KW_ONLY pseudo-field makes the
fields after it keyword-only; slots=True rebuilds the class with __slots__; make_dataclass builds
one from a list of fields.
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()

class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """InitVar[T]: an __init__ parameter passed on to __post_init__, not a field."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("InitVar", "dataclasses.InitVar"))
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ("KW_ONLY", "dataclasses.KW_ONLY")
    return annotation is KW_ONLY or type(annotation) is _KW_ONLY_TYPE


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(annotation, "__origin__", None) is not None and \
        getattr(getattr(annotation, "__origin__"), "_name", None) == "ClassVar"


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = "_FIELD_CLASSVAR"
    elif _is_initvar(annotation):
        f._field_type = "_FIELD_INITVAR"
    else:
        f._field_type = "_FIELD"
    if f._field_type != "_FIELD":
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in ("_FIELD", "_FIELD_INITVAR"):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type == "_FIELD" and f.default is not MISSING and \
            type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                         "use default_factory")
    return f


def _compile(cls, name, params, body, globals_):
    src = f"def {name}({', '.join(params)}):\n" + "\n".join(f"    {line}" for line in body)
    ns = {}
    exec(src, globals_, ns)
    fn = ns[name]
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _tuple_of(fields, obj="self"):
    if not fields:
        return "()"
    return "(" + ", ".join(f"{obj}.{f.name}" for f in fields) + ",)"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    globals_ = {"MISSING": MISSING, "FrozenInstanceError": FrozenInstanceError,
                "__dataclass_builtins_object__": object, "__builtins__": __builtins__}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    seen_kw_only = False
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            # `_: KW_ONLY`: the fields after it are keyword-only; it is not a field itself.
            if seen_kw_only:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            seen_kw_only = True
            kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    all_fields = [f for f in fields.values() if f._field_type == "_FIELD"]
    init_fields = [f for f in fields.values() if f._field_type in ("_FIELD", "_FIELD_INITVAR")]

    if init:
        std = [f for f in init_fields if f.init and not f.kw_only]
        kwo = [f for f in init_fields if f.init and f.kw_only]
        seen_default = False
        for f in std:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        params = ["self"]
        for f in std:
            params.append(_init_param(f, globals_))
        if kwo:
            params.append("*")
            for f in kwo:
                params.append(_init_param(f, globals_))
        body = []
        self_name = "__dataclass_self__" if "self" in fields else "self"
        if self_name != "self":
            params[0] = self_name
        for f in all_fields:
            line = _field_init(f, frozen, globals_, self_name)
            if line:
                body.append(line)
        if hasattr(cls, "__post_init__"):
            initvars = ", ".join(f.name for f in init_fields if f._field_type == "_FIELD_INITVAR")
            body.append(f"{self_name}.__post_init__({initvars})")
        if not body:
            body = ["pass"]
        _set_new_attribute(cls, "__init__", _compile(cls, "__init__", params, body, globals_))

    if repr:
        shown = [f for f in all_fields if f.repr]
        parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in shown)
        body = [f'return f"{{self.__class__.__qualname__}}({parts})"']
        fn = _compile(cls, "__repr__", ["self"], body, globals_)
        _set_new_attribute(cls, "__repr__", _recursive_repr(fn))

    if eq:
        cmp = [f for f in all_fields if f.compare]
        body = ["if other.__class__ is self.__class__:",
                f"    return {_tuple_of(cmp)} == {_tuple_of(cmp, 'other')}",
                "return NotImplemented"]
        _set_new_attribute(cls, "__eq__", _compile(cls, "__eq__", ["self", "other"], body, globals_))

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        cmp = [f for f in all_fields if f.compare]
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            body = ["if other.__class__ is self.__class__:",
                    f"    return {_tuple_of(cmp)} {op} {_tuple_of(cmp, 'other')}",
                    "return NotImplemented"]
            if _set_new_attribute(cls, name, _compile(cls, name, ["self", "other"], body, globals_)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")

    if frozen:
        names = tuple(f.name for f in fields.values())
        globals_["__dataclass_field_names__"] = names
        for name, verb in (("__setattr__", "assign to"), ("__delattr__", "delete")):
            params = ["self", "name", "value"] if name == "__setattr__" else ["self", "name"]
            call = "name, value" if name == "__setattr__" else "name"
            body = [f"if type(self) is cls or name in __dataclass_field_names__:",
                    f"    raise FrozenInstanceError(f\"cannot {verb} field {{name!r}}\")",
                    f"super(cls, self).{name}({call})"]
            globals_["cls"] = cls
            fn = _compile(cls, name, params, body, globals_)
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    hashed = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _compile(cls, "__hash__", ["self"], [f"return hash({_tuple_of(hashed)})"], globals_)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _compile(cls, "__hash__", ["self"], [f"return hash({_tuple_of(hashed)})"], globals_)
    elif eq and not frozen:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            sig = ", ".join(f"{f.name}: {_type_name(f.type)}" for f in all_fields if f.init)
        except Exception:
            sig = ""
        cls.__doc__ = f"{cls.__name__}({sig})"

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in all_fields if f.init and not f.kw_only))
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """The class rebuilt with __slots__ for its fields (a class's slots are fixed at creation)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__")
        if slots is not None:
            inherited.update((slots,) if isinstance(slots, str) else slots)
        elif "__dict__" in base.__dict__ or getattr(base, "__weakrefoffset__", 0):
            pass
    wanted = field_names + (("__weakref__",) if weakref_slot else ())
    cls_dict["__slots__"] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new.__qualname__ = qualname
    if is_frozen:
        def __getstate__(self):
            return [getattr(self, f.name) for f in fields(self)]

        def __setstate__(self, state):
            for f, value in zip(fields(self), state):
                object.__setattr__(self, f.name, value)
        if "__getstate__" not in cls_dict:
            new.__getstate__ = __getstate__
        new.__setstate__ = __setstate__
    return new


def _type_name(tp):
    if isinstance(tp, type):
        return tp.__name__ if tp.__module__ == "builtins" else f"{tp.__module__}.{tp.__qualname__}"
    return repr(tp) if not isinstance(tp, str) else tp


def _init_param(f, globals_):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default_factory is not MISSING:
        return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
    globals_[f"__dataclass_dflt_{f.name}__"] = f.default
    return f"{f.name}=__dataclass_dflt_{f.name}__"


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _field_init(f, frozen, globals_, self_name):
    globals_["__dataclass_HAS_DEFAULT_FACTORY__"] = _HAS_DEFAULT_FACTORY
    if f.default_factory is not MISSING:
        globals_[f"__dataclass_type_{f.name}__"] = f.default_factory
        factory = f"__dataclass_type_{f.name}__()"
        if f.init:
            value = f"{factory} if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}"
        else:
            value = factory
    elif f.init:
        value = f.name
    elif f.default is not MISSING:
        globals_[f"__dataclass_dflt_{f.name}__"] = f.default
        value = f"__dataclass_dflt_{f.name}__"
    else:
        return None
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})"
    return f"{self_name}.{f.name} = {value}"


def _recursive_repr(user_function):
    # The reprs in progress, a stack compared by identity (id() of each object repr'd costs an
    # identity-table entry per object here).
    running = []

    def wrapper(self):
        for r in running:
            if r is self:
                return "..."
        running.append(self)
        try:
            return user_function(self)
        finally:
            running.pop()
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    # As functools.wraps leaves it in CPython, where the wrapped function is made by
    # __create_fn__ (pprint tells a generated __repr__ by that qualname).
    user_function.__qualname__ = "__create_fn__.<locals>." + user_function.__name__
    wrapper.__wrapped__ = user_function
    return wrapper


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class (see the module docstring)."""
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        if weakref_slot and not slots:
            raise TypeError("weakref_slot is True but slots is False")
        if slots:
            cls = _add_slots(cls, frozen, weakref_slot)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in definition order."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type == "_FIELD")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance as a tuple, recursing like asdict."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """A new dataclass named cls_name with the given fields: names, (name, type) or (name, type, Field)."""
    import keyword
    import types
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            if f._field_type == "_FIELD_INITVAR":
                continue
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
