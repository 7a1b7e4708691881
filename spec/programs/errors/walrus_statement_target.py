# An expression statement followed by `:=`: CPython names the bad target ("cannot use
# assignment expressions with attribute") when the value parses; a plain name, a bare tuple,
# a starred item or a value that does not parse get "invalid syntax" at the `:=`.
cases = [
    'x.a := 1', 'x[0] := 1', 'f() := 1', '(a, b) := 1', '1 := 1', 'a + b := 1', '-x := 1',
    'not x := 1', 'x if y else z := 1', '"a" "b" := 1', 'f"x" := 1', '... := 1', '[a] := 1',
    '{a} := 1', '(x) := 1', 'True := 1', 'await x := 1', 'a < b := 1', '[i for i in x] := 1',
    'lambda: x.a := 1', 'x.a := 1 2', 'x.a := 1, 2', 'x.a := y := 2', 'x.a := 1 = 2',
    'x = 1\nx.a := 1', 'x.a := 1; y',
    'x := 1', 'a, b := 1', '*a := 1', 'x.a := yield', 'x.a := *b', 'x.a :=',
    'y = x.a := 1', 'print(x.a := 1)', 'return x.a := 1', 'if x.a := 1: pass', '[x.a := 1]',
]
for src in cases:
    try:
        compile(src, 'case', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
