"""Records of the `from __future__ import ...` features (Dyad).

The compiler handles the import statement itself; at run time the names imported are the
feature records below.  Release tuples have the shape of sys.version_info.
"""


class _Feature:
    """One future feature: when it appeared, when it became default, and its compiler flag."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The release that first accepted the feature."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature is always on (None: not decided)."""
        return self.mandatory

    def __repr__(self):
        parts = (self.optional, self.mandatory, self.compiler_flag)
        return '_Feature%r' % (parts,)


# Feature name, compiler-flag constant (name, value), first optional release, mandatory release.
_TABLE = (
    ('nested_scopes', 'CO_NESTED', 0x10,
     (2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0)),
    ('generators', 'CO_GENERATOR_ALLOWED', 0,
     (2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0)),
    ('division', 'CO_FUTURE_DIVISION', 0x20000,
     (2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0)),
    ('absolute_import', 'CO_FUTURE_ABSOLUTE_IMPORT', 0x40000,
     (2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0)),
    ('with_statement', 'CO_FUTURE_WITH_STATEMENT', 0x80000,
     (2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0)),
    ('print_function', 'CO_FUTURE_PRINT_FUNCTION', 0x100000,
     (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0)),
    ('unicode_literals', 'CO_FUTURE_UNICODE_LITERALS', 0x200000,
     (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0)),
    ('barry_as_FLUFL', 'CO_FUTURE_BARRY_AS_BDFL', 0x400000,
     (3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0)),
    ('generator_stop', 'CO_FUTURE_GENERATOR_STOP', 0x800000,
     (3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0)),
    ('annotations', 'CO_FUTURE_ANNOTATIONS', 0x1000000,
     (3, 7, 0, 'beta', 1), None),
)


def _install(namespace):
    names = []
    for feature, flag_name, flag, optional, mandatory in _TABLE:
        namespace[flag_name] = flag
        namespace[feature] = _Feature(optional, mandatory, flag)
        names.append(feature)
    return names


all_feature_names = _install(globals())
__all__ = ['all_feature_names'] + all_feature_names

del _install, _TABLE
