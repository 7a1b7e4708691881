# `print x` / `exec x` get "Missing parentheses" only when something after the name parses
# (the longest part that does sets the end of the reported range); a display with an error
# inside it gets the plain "invalid syntax".
cases = [
    "print {1:(foo.)}", "print {1:2}", "print {(foo.)}", "print [1, (a.)]", "print [1:(foo.)]",
    "exec {1:(foo.)}", "f(print {1:(foo.)})", "if 1:\n    print {1:(foo.)}", "print {1:2, 3:(a.)}",
    "print 1 +", "print -1 +", "print f(a.)", "print a.", "print not", "print ~", "print x if",
    "print f'{x}' +", "print 'hello'", "print foo", "exec 'x' in d", "print (foo.)",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
