# f-strings: expressions, conversions, nested specs, = debugging and escapes.
name, value, width, prec = 'pi', 3.14159265, 10, 3
print(f'{name}={value}', f'{name!r}', f'{name!s:>6}', f'{name!a}', f'{"é"!a}')
print(f'{value:{width}.{prec}f}|', f'{value:<{width}}|', f'{value:^{width}.2}|')
print(f'{1 + 2} {[x * 2 for x in range(3)]} {"nested" + "!"} {3 if value > 3 else 0}')
print(f'{value=}', f'{name = }', f'{value=:.2f}', f'{1+1=}')
print(f'{{braces}}', f'{{{name}}}', f'{"quote"}', f"{'single'}", f'''{"triple"}''')
d = {'key': 'dict value'}
print(f'{d["key"]}', f'{d}', f'{(lambda x: x * 2)(21)}', f'{name.upper()[::-1]}')
print(f'{12345:,}', f'{0.5:%}', f'{255:#06x}', f'{-7:+05d}')
obj = [1, 2]
print(f'{obj!r:>10}|', f'{str(obj):*^12}')
print(f'{"multi"}' f'{"part"}' 'plain' f'{42}')
