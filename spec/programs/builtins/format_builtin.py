# format() delegates to __format__; empty spec is str().
print(format(3.5), format(3.5, ''), format('s', ''), format([1, 2]), format(None))
print(format(42, 'd'), format(42, '>6'), format(42.0, '.1f'), format('abc', '^7'))
try:
    format([1], 'd')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)


class Money:
    def __format__(self, spec):
        return f'${spec or "plain"}'


print(format(Money(), 'x'), format(Money()), f'{Money():rich}', '{:q}'.format(Money()))
print(format(1e21, ''), format(1e21, 'f'), format(0.000001234, ''), format(123.0, 'g'))
