# Exceptions raised inside comprehensions and generator expressions propagate normally.
def risky(v):
    if v == 3:
        raise ValueError(f'bad value {v}')
    return v * 2


try:
    print([risky(v) for v in range(5)])
except ValueError as e:
    print(type(e).__name__, e)
partial = []
try:
    for x in (risky(v) for v in range(5)):
        partial.append(x)
except ValueError as e:
    print('after', partial, type(e).__name__, e)
try:
    {k: 1 / k for k in (2, 1, 0)}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([v for v in range(3) if v], sum(1 / v for v in (1, 2, 4)))
