"""Enumerations: a Dyad implementation of the core of CPython's enum module (Enum, IntEnum,
StrEnum, Flag, IntFlag, auto, unique, the functional API).

EnumType.__prepare__ hands the class body a dict that records member names in order; EnumType
then turns each plain value into a singleton member (name, value) and rejects reassignments.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto",
           "unique", "property", "verify", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM",
           "EJECT", "KEEP", "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
           "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "show_flag_values"]


class auto:
    """Placeholder value: replaced by _generate_next_value_ (1, 2, ... for Enum)."""

    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = _auto_null

    def __repr__(self):
        return "auto(%r)" % self.value


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class member:
    """member(value): value becomes a member even where it would not (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """nonmember(value): value stays a plain class attribute of the enum."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = f"_{cls_name}__"
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


# The _sunder_ names an enum's body may assign (the last two are this module's own).
_SUNDER_NAMES = frozenset({
    "_order_", "_ignore_", "_generate_next_value_", "_missing_", "_numeric_repr_", "_iter_member_",
    "_iter_member_by_value_", "_iter_member_by_def_", "_flag_class_init_", "_keep_extra_bits_",
})


class _EnumDict(dict):
    """The class-body namespace of an enum: remembers the member names in definition order."""

    def __init__(self, cls_name=None, generate=None):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = cls_name
        self._generate = generate
        self._ignore = ()
        self._auto_used = False

    def __setitem__(self, key, value):
        if _is_sunder(key) and key not in _SUNDER_NAMES:
            raise ValueError(f"_sunder_ names, such as {key!r}, are reserved for future Enum use")
        if key == "_generate_next_value_" and self._auto_used:
            raise TypeError("_generate_next_value_ must be defined before members")
        if key == "_ignore_":
            self._ignore = value.replace(",", " ").split() if isinstance(value, str) else list(value)
        if isinstance(value, member):
            value, plain = value.value, False
        elif isinstance(value, nonmember):
            value, plain = value.value, True
        else:
            # a nested class is a member too (in 3.11), a function or other descriptor is not
            plain = key in self._ignore or _is_private(self._cls_name, key) or _is_dunder(key) \
                or _is_sunder(key) or _is_descriptor(value)
        if plain:
            if key in self._member_names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            super().__setitem__(key, value)
            return
        if key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        if key in self:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        if isinstance(value, auto):
            self._auto_used = True
            if value.value is _auto_null:
                gen = self.get("_generate_next_value_", self._generate)
                value.value = gen(key, 1, len(self._member_names), list(self._last_values))
            value = value.value
        self._member_names.append(key)
        self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass of Enum: the class is a container of its members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            for klass in base.__mro__:
                if "_generate_next_value_" in klass.__dict__:
                    generate = klass.__dict__["_generate_next_value_"]
                    if isinstance(generate, staticmethod):
                        generate = generate.__func__
                    break
            if generate is not None:
                break
        return _EnumDict(cls, generate or _default_next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = list(getattr(classdict, "_member_names", []))
        values = {name: dict.__getitem__(classdict, name) for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in values}
        # _ignore_ and the names it lists, and _order_ (checked below), do not stay in the class.
        for name in ["_ignore_", *getattr(classdict, "_ignore", ())]:
            namespace.pop(name, None)
        order = namespace.pop("_order_", None)
        invalid = [name for name in member_names if name in ("mro", "")]
        if invalid:
            raise ValueError(f"invalid enum member name(s) {', '.join(map(repr, invalid))}")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        member_type, first_enum = _find_data_type(bases)
        # A __new__ in the body of an enum (Enum itself aside) makes its members; the class's
        # __new__ then becomes Enum's lookup by value, the original kept as __new_member__.
        new_member = None
        if "__new__" in namespace and globals().get("Enum") is not None:
            new_member = namespace.pop("__new__")
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            namespace["__new_member__"] = new_member
        else:
            for base in bases:
                new_member = getattr(base, "__new_member__", None)
                if new_member is not None:
                    break
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        if boundary is not None:
            type.__setattr__(enum_class, "_boundary_", boundary)
        if "__new_member__" in namespace:
            type.__setattr__(enum_class, "__new__", Enum.__new__)
        # repr/str/format inherited from the data type (or object) give way to the enum's.
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found == getattr(object, name) or found == getattr(member_type, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        for name in member_names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is not None:
                member = new_member(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else member_type(*args)
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            canonical = None
            for other in enum_class._member_names_:
                existing = enum_class._member_map_[other]
                if existing._value_ == member._value_:
                    canonical = existing
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError(f"member order does not match _order_:\n  {enum_class._member_names_!r}\n  {order!r}")
        flag_init = getattr(enum_class, "_flag_class_init_", None)
        if flag_init is not None:
            flag_init()
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            # Lookup by value (the data type's __new__ only makes members, at class creation).
            if not cls._member_map_:
                raise TypeError(f"{cls!r} has no members defined")
            return Enum.__new__(cls, value)
        # The functional API: Enum('Name', 'A B C') and its other forms of `names`.
        if module is None:
            import sys
            try:
                module = sys._getframe(1).f_globals.get('__name__')
            except (AttributeError, ValueError):
                pass
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        if cls._member_names_:
            raise TypeError(f"<enum {class_name!r}> cannot extend {cls!r}")
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            given, names, last_values = names, [], []
            for count, name in enumerate(given):
                value = classdict._generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        # (3.11: only members may be asked about; a pseudo-member of a flag is not one)
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(member).__qualname__!r} "
                            f"and {type(cls).__qualname__!r}")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __dir__(cls):
        # The container protocol and the members (the data type's attributes too, when mixed in);
        # an enum's own methods are listed by its members' dir().
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__", "__iter__",
                 "__len__", "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        if cls is Enum or getattr(cls, "__new_member__", None) is not None:
            names.add("__new__")
        return sorted(names)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        kind = "flag" if getattr(cls, "_flag_class_init_", None) is not None else "enum"
        return f"<{kind} {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)


EnumMeta = EnumType
_MappingProxy = type(type.__dict__)


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last = sorted(last_values)[-1] if all(isinstance(v, int) for v in last_values) else last_values[-1]
        return last + 1
    except TypeError:
        raise TypeError(f"unable to sort non-numeric values") from None


def _find_data_type(bases):
    member_type = object
    first_enum = None
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if first_enum is None:
                    first_enum = base
                if base._member_type_ is not object:
                    member_type = base._member_type_
                    break
                continue
            if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                member_type = base
                break
    return member_type, first_enum


class _member_property:
    """enum.property: a member attribute that the class itself does not have and that cannot be
    assigned or deleted."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None or fget is None else fget.__doc__
        self.name = getattr(fget, "__name__", None)
        self.ownerclass = None

    def __set_name__(self, ownerclass, name):
        self.name, self.ownerclass = name, ownerclass

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError(self.name)
        if self.fget is None:
            raise AttributeError(f"<enum {self.ownerclass.__name__!r}> cannot get attribute {self.name!r}")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {self.ownerclass.__name__!r}> cannot set attribute {self.name!r}")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {self.ownerclass.__name__!r}> cannot delete attribute {self.name!r}")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


_member_property.__name__ = _member_property.__qualname__ = "property"
property = _member_property


class Enum(metaclass=EnumType):
    """Base of enumerations: members are the class attributes given plain values."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if type(result) is int and getattr(cls, "_boundary_", None) is EJECT:
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        cls = self.__class__
        if cls._member_type_ is not object:
            return sorted(object.__dir__(self))
        # name and value, a few dunders, and the public attributes of the class and the member.
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        for klass in cls.__mro__:
            names.update(n for n in klass.__dict__ if n[:1] != "_" and n not in cls._member_map_)
        names.update(n for n in self.__dict__ if n[:1] != "_")
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_member_property
    def name(self):
        return self._name_

    @_member_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    # (the data type's own: an empty format spec gives str(self), a subclass's __str__ too)
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        # the value is str(*values), each of which must already be a str
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        for what, given in zip(("encoding", "errors"), values[1:]):
            if not isinstance(given, str):
                raise TypeError(f"{what} must be a string, not {given!r}")
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def __str__(self):
        return str.__str__(self)

    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: refuses aliases (two names for one value)."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration


def _bit_names(cls, value):
    """The canonical one-bit members inside value (definition order) and the bits left over."""
    names = []
    rest = value
    for name in cls._member_names_:
        v = cls._member_map_[name]._value_
        if v & value == v:
            names.append(name)
            rest &= ~v
    return names, rest


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members are bit flags: |, &, ^ and ~ combine them into (possibly unnamed) members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        try:
            return 1 << high.bit_length()
        except AttributeError:
            raise TypeError(f"invalid flag value {high!r}") from None

    @classmethod
    def _flag_class_init_(cls):
        # Only one-bit members are canonical (iterated); multi-bit members stay aliases.
        names = []
        mask = 0
        for name in cls._member_names_:
            v = cls._member_map_[name]._value_
            mask |= v
            if v and v & (v - 1) == 0:
                names.append(name)
        type.__setattr__(cls, "_member_names_", names)
        type.__setattr__(cls, "_flag_mask_", mask)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        # every bit up to the highest one of the members; a negative value in that range counts
        # from its top (-1 is all of them) as long as it leaves the unused bits clear
        span = (1 << mask.bit_length()) - 1
        if not -span - 1 <= value <= span or value & (span ^ mask):
            boundary = cls._boundary_
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(span + 1, 1 << (-value).bit_length())
            else:
                width = max(mask.bit_length(), value.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n"
                                 f"    given {_bin(value, width)}\n"
                                 f"  allowed {_bin(mask, width)}")
        if value < 0:
            value += span + 1
        known = cls._value2member_map_.get(value)
        if known is not None:
            return known
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names, rest = _bit_names(cls, value)
        if names and rest:
            names.append(str(rest))
        member._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, member)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self.__class__._member_names_:
            member = self.__class__._member_map_[name]
            if member._value_ & self._value_ == member._value_:
                yield member

    def __len__(self):
        return sum(1 for _ in self)

    def __hash__(self):
        return hash(self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ is KEEP or cls._boundary_ is EJECT:
            return cls(~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)


def _bin(num, width):
    # width binary digits after a sign digit (two's complement when negative)
    if num < 0:
        return "0b1 " + bin(num + (1 << width))[2:].zfill(width)
    return "0b0 " + bin(num)[2:].zfill(width)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints (extra bits are kept)."""

    def __str__(self):
        return int.__repr__(self)

    # (the data type's own: an empty format spec gives str(self), a subclass's __str__ too)
    __format__ = int.__format__

    def _other_value(self, other):
        if isinstance(other, int):
            return int(other)
        return None

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __hash__ = int.__hash__
    __repr__ = Flag.__repr__


def show_flag_values(value):
    """The one-bit values inside value, lowest first."""
    bits = []
    while value:
        low = value & -value
        bits.append(low)
        value ^= low
    return bits


class EnumCheck(StrEnum):
    """The properties verify() can require of an enumeration."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _join_names(names):
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


class verify:
    """Class decorator: verify(UNIQUE, CONTINUOUS, ...) raises ValueError unless the enumeration
    has each property asked for."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        is_flag = issubclass(enumeration, Flag)
        for check in self.checks:
            if check is UNIQUE:
                aliases = [f"{name} -> {m._name_}" for name, m in enumeration.__members__.items()
                           if name != m._name_]
                if aliases:
                    raise ValueError(f"aliases found in {enumeration!r}: {', '.join(aliases)}")
            elif check is CONTINUOUS:
                values = [m._value_ for m in enumeration]
                if not values or not all(isinstance(v, int) for v in values):
                    continue
                if is_flag:
                    present = set(values)
                    top = max(values).bit_length() - 1
                    low = min(values).bit_length() - 1
                    missing = [1 << i for i in range(low, top) if (1 << i) not in present]
                    kind = "flag"
                else:
                    present = set(values)
                    missing = [v for v in range(min(values), max(values)) if v not in present]
                    kind = "enum"
                if missing:
                    shown = ", ".join(str(v) for v in missing)
                    raise ValueError(f"invalid {kind} {cls_name!r}: missing values {shown}")
            elif check is NAMED_FLAGS:
                if not is_flag:
                    continue
                named = 0
                for m in enumeration:
                    named |= m._value_
                names, lacking = [], 0
                for name, m in enumeration.__members__.items():
                    v = m._value_
                    if v <= 0 or v & (v - 1) == 0:
                        continue
                    if v & ~named:
                        names.append(name)
                        lacking |= v & ~named
                if names:
                    kind = "alias" if len(names) == 1 else "aliases"
                    what = "value" if lacking & (lacking - 1) == 0 else "combined values of"
                    verb = "is" if len(names) == 1 else "are"
                    raise ValueError(f"invalid Flag {cls_name!r}: {kind} {_join_names(names)} "
                                     f"{verb} missing {what} {lacking:#x} "
                                     "[use enum.show_flag_values(value) for details]")
        return enumeration


def global_enum_repr(self):
    """repr() of a member of a global_enum: module.NAME."""
    return f"{self.__class__.__module__}.{self._name_}"


def global_flag_repr(self):
    """repr() of a flag of a global_enum: module.A|module.B (or module.Cls(value) unnamed)."""
    cls = self.__class__
    module = cls.__module__
    if self._name_ is None:
        return f"{module}.{cls.__name__}({self._value_!r})"
    return "|".join(part if part not in cls._member_map_ else f"{module}.{part}"
                    for part in self._name_.split("|"))


def global_str(self):
    """str() of a member of a global_enum: its bare name (Cls(value) for an unnamed flag)."""
    if self._name_ is None:
        return f"{self.__class__.__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members become globals of the enum's module, and repr() shows
    them as such."""
    import sys
    type.__setattr__(cls, "__repr__", global_flag_repr if issubclass(cls, Flag) else global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, "__str__", global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
