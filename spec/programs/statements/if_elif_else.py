# if/elif/else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2:
        return 'odd'
    else:
        return 'even'


print([classify(n) for n in (-5, 0, 3, 8)])
for cond in (0, 1, '', 'x', [], [0], None, 0.0, -0.0, float('nan'), range(0), {}):
    if cond:
        print(repr(cond), 'truthy')
    else:
        print(repr(cond), 'falsy')
x = 5
if x > 3: print('single-line if')
if x > 10:
    pass
elif x > 4:
    print('elif taken')
