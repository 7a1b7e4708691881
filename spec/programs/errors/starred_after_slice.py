# A starred item right after a slice in a subscript is a plain "invalid syntax" at the '*'
# (there is no expression before it for "Perhaps you forgot a comma?").
cases = ["A[:*b]", "A[:*b] = 1", "del A[:*b]", "A[a:*b:c]", "A[::*b]", "A[1:2 *b]",
         "A[x *b]", "A[x, *b]", "A[:, *b]", "A[*a, *b]", "A[a *b:c]"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, "|", e.offset, e.end_offset)
