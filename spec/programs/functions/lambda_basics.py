# Lambda expressions: parameters, defaults, immediate calls, sorting keys.
square = lambda x: x * x
print(square(7), square.__name__)
print((lambda: 'no args')())
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print((lambda *, k: k)(k='kw only'))
print((lambda a, /, b: (a, b))(1, 2))
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
conditional = lambda n: 'even' if n % 2 == 0 else 'odd'
print([conditional(i) for i in range(4)])
print((lambda: (yield))().__class__.__name__)
