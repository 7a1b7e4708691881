# Argument-count and keyword errors of str methods checked by posArgs (no-argument, one-argument,
# optional-argument and fill methods), and their valid forms with empty * and ** expansions.
for call in ("'ab'.upper(1)", "'ab'.upper(x=1)", "'ab'.strip(1, 2)", "'ab'.strip(x=1)", "'ab'.partition()", "'ab'.partition('a', 'b')",
             "'ab'.ljust()", "'ab'.ljust(1, 'x', 3)", "'ab'.center(width=3)", "'ab'.rpartition(sep='a')", "'ab'.lower(*[])", "'ab'.lower(**{})",
             "'ab'.lower(**{'a': 1})", "'ab'.title(None)", "'ab'.rstrip(None, None)", "'ab'.lstrip(*[None])"):
    try:
        print(call, repr(eval(call)))
    except TypeError as e:
        print(call, "TypeError", e)
