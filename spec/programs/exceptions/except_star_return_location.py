# Where the SyntaxError for return/break/continue in an except* block points: a return value
# that is a constant after folding (on the statement's line) moves it to the value.
for body in ["return 1", "return x", "return", "return (\n      1)", "return 'abc'", "return None", "return -1", "return (1, 2)"]:
    src = "def f():\n  try:\n    pass\n  except* ValueError:\n    " + body + "\n"
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(body), e.lineno, e.offset, e.end_lineno, e.end_offset)
for body in ["break", "continue", "return not 1", "return __debug__", "return (1, x)"]:
    src = "def f():\n  for x in y:\n    try:\n      pass\n    except* ValueError:\n      " + body + "\n"
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(body), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
