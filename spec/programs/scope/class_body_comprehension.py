# A comprehension in a class body sees the class namespace only in its first iterable.
factor = 'global factor'


class C:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except TypeError as e:
        bad = type(e).__name__ + ': ' + str(e)
    try:
        pairs = [(a, b) for a in range(2) for b in values]
    except NameError as e:
        pairs = type(e).__name__ + ': ' + str(e)
    gen_first = list(x for x in values)
    dict_comp = {v: v for v in values}


print(C.scaled)
print(C.bad)
print(C.pairs)
print(C.gen_first)
print(C.dict_comp)


class D:
    limit = 2
    try:
        kept = [x for x in range(5) if x < limit]
    except NameError as e:
        kept = type(e).__name__ + ': ' + str(e)


print(D.kept)
