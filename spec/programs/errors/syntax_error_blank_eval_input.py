for s in ['   ', 'x\n   ', '  \n', ' x', '', ' ', '\t', 'x\n  ', '#c', '  #c']:
  for m in ('eval', 'single', 'exec'):
    try: compile(s,'<s>',m); print(m, repr(s), 'ok')
    except SyntaxError as e: print(m, repr(s), type(e).__name__, e.args)
