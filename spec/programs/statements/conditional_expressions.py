# Conditional expressions evaluate only the chosen branch.
def loud(v):
    print('evaluated', v)
    return v


x = loud('yes') if True else loud('no')
y = loud('yes') if 0 else loud('no')
print(x, y)
grade = lambda s: 'A' if s >= 90 else 'B' if s >= 80 else 'C' if s >= 70 else 'F'
print([grade(s) for s in (95, 85, 75, 5)])
print((1 if False else 2) + 10, 1 if False else 2 + 10)
print([n if n % 2 else 'even' for n in range(4)])
print('truthy' if [0] else 'falsy', 'truthy' if [] else 'falsy')
print(0 or None or '' or 'last', 1 and [] and 'never', (None or 0) == 0)
