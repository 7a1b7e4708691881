# The text of a SyntaxError in an f-string field is '(' + expression + ')' with one newline
# (CPython parses the field's expression on its own), from compile(), exec() and eval().
cases = ["f'{1 +}'", "f'{a b}'", "print(f'{1 +}')", "x = 1\ny = f'{x y}'", "f'{a b}' + f'{c d}'",
         "f'{f\"{1 +}\"}'", "f'{x:{1 +}}'", "f'{ }'", "f'{x!}'"]
for s in cases:
    for mode in ("exec", "eval"):
        try:
            compile(s, "<c>", mode)
            print(mode, "compiled")
        except SyntaxError as e:
            print(mode, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for run in (exec, eval):
    try:
        run("f'{1 +}'")
    except SyntaxError as e:
        print(run.__name__, repr(e.text))
