# str.format: positional, keyword, indexing, attributes and conversions.
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[1]} {d[key]} {p.real}'.format([10, 20], d={'key': 'v'}, p=3 + 4j))
print('{!r} {!s} {!a}'.format('q', 'q', 'ü'))
print('{{literal}} {}'.format('x'), '{:{w}}|'.format('pad', w=6), '{:{}{}}'.format(3.14159, '.', '2f'))
for fmt, args, kwargs in (('{} {}', (1,), {}), ('{0} {}', (1, 2), {}), ('{x}', (), {}), ('{', (), {}),
                          ('{0[5]}', ([1],), {}), ('{!x}', (1,), {}), ('}', (), {})):
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print('{0:>5}|{0:<5}|{0:^5}|'.format('ab'), '{:,}'.format(1234567), '{a}'.format_map({'a': 'map'}))
