srcs = ["f'''{a b}'''", "f'''\n{a b}'''", "x = f'''\nabc\n{1 +}\n'''", "f'''{\na\nb}'''", "f'''{a!}'''", "f'''{a:{b:{c}}}'''",
        "f'''\n\n{a!x}'''", "f'''{)}'''", "f'''}'''", "f'''\n}'''", "f'''{'''", "f'''{a'''", "f'''\n{a\n'''",
        "f'''{lambda x: 1}'''", "f'''{yield}'''", "f'''{*a}'''", "f'''{a=!z}'''", "f'''{#}'''", "f'''{\\n}'''",
        "f'{a b}'", "f'{'", "f'}'", "f'{a!}'", "f'{a:{b:{c:{d}}}}'", "f'{}'", "f'{ }'", "f'{a=}'", "f'''{a\n=}'''",
        "(f'a'\n f'{b c}')", "x = (1,\n f'''{\n}''')", "rf'''{\n1 +\n}'''", "f'''abc''' f'''{\n'''", "b'''\né'''", "'''\n\\N{nope}'''"]
for mode in ("exec", "eval"):
    for s in srcs:
        try:
            compile(s, "<s>", mode)
            print(mode, repr(s), "ok")
        except SyntaxError as e:
            print(mode, repr(s), type(e).__name__, e.args)
for s in ["f'''{a b\n}'''", "f'''{a b\n+1}'''", "f'''{\na b\n}'''", "f'''{\na b}'''", "f'''{\n1 +\n}'''", "f'''{1 +\n\n}'''", "f'''{(1,\n2 3)}'''", "f'''{a b}'''"]:
    try:
        compile(s, "<s>", 'exec')
    except SyntaxError as e:
        print(repr(s), e.args)
for s in ["x = f'''\n{a b}'''", "x = f'''\nab{1 +\n}'''", "x = f'''{1 +\n}'''", "x =  f'''{\n1 2}'''", "x = (1,\n    f'''ab{(1,\n2 3)}''')", "x = f'''\n  {a!x}'''", "y = f'''\n{}'''", "y = 1; f'''\n {1 +\n\n}'''"]:
    for m in ('exec', 'eval'):
        try:
            compile(s, "<s>", m)
        except SyntaxError as e:
            print(m, repr(s), e.args)
