# Mapping-pattern keys that are equal numbers of different types are duplicates at compile time.
sources = [
    "match x:\n    case {0: _, 0j: _}: pass",
    "match x:\n    case {1: _, 1.0: _}: pass",
    "match x:\n    case {True: _, 1: _}: pass",
    "match x:\n    case {-0.0: _, 0: _}: pass",
    "match x:\n    case {1j: _, 0 + 1j: _}: pass",
    "match x:\n    case {'a': _, b'a': _}: pass",
    "match x:\n    case {2: _, 2.5: _}: pass",
    "match x:\n    case {b'x': _, b'x': _}: pass",
    "match x:\n    case {'q': _, 'q': _}: pass",
    "match x:\n    case {1e300: _, 1e300: _}: pass",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
