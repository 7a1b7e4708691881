# eval inside a comprehension sees only what the comprehension scope holds.
def f():
    hidden = 'function local'
    seen = [eval('x * 2') for x in range(3)]
    try:
        [eval('hidden') for x in range(1)]
    except NameError as e:
        seen.append(type(e).__name__ + ': ' + str(e))
    captured = [(hidden, eval('hidden')) for x in range(1)]
    return seen, captured


print(f())
print([eval('n + 1') for n in range(2)])
