for s in ['x = 1\ny = f\'\'\'a\nb{\nc\'\'\'\nz=2', 'y = (1,\n f\'\'\'a\nb{x!z}\nc\'\'\' )\n', 'f\'\'\'{a b}\'\'\'', 'f\'\'\'\n{a b}\n\'\'\'', 'f\'{a b}\'', 'x=(1,\nf\'{a b}\')', 'x=(1,\nf\'{}\')', 'f\'\'\'\n\n{}\'\'\'']:
  try: compile(s,'<s>','exec')
  except SyntaxError as e: print(repr(s), e.args)
for s in ["x = '''a\nb''' y", "x = '''a\nb''' + )", "x = ('''a\nb''',\n y z)", "x = '''a\nb'''.\n", "f'''\n{}'''", "x = 1 + '''a\nb''' 1"]:
  for m in ('exec', 'eval'):
    try: compile(s,'<s>',m)
    except SyntaxError as e: print(m, repr(s), e.args)
