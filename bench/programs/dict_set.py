# dict and set work: counting with str, int and tuple keys, get/setdefault, membership tests,
# set algebra, dict and set comprehensions, deletion, items() iteration. Results are printed
# in sorted or insertion order only, so the output does not depend on the hash seed.
text = ("the quick brown fox jumps over the lazy dog and the dog sleeps while "
        "the fox runs over the hill to find another lazy dog by the river ") * 6
words = text.split()


def count_words(reps):
    counts = {}
    for _ in range(reps):
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return counts


def pairs(reps):
    seen = {}
    for r in range(reps):
        prev = None
        for w in words:
            if prev is not None:
                key = (prev, w)
                seen.setdefault(key, []).append(r % 3)
            prev = w
    return seen


def numbers(n):
    squares = {i * i % 10007 for i in range(n)}
    cubes = {i * i * i % 10009 for i in range(n)}
    both = squares & cubes
    either = squares | cubes
    only = squares - cubes
    index = {v: i for i, v in enumerate(sorted(either))}
    hits = 0
    for i in range(n):
        if i in both:
            hits += 1
        if i % 10007 in index:
            hits += index[i % 10007] & 3
    for k in list(index):
        if k % 5 == 0:
            del index[k]
    return len(both), len(either), len(only), hits, len(index)


c = count_words(4000)
print(sorted(c.items())[:5], len(c))
p = pairs(1300)
print(len(p), sorted((k, len(v)) for k, v in p.items())[:3])
print(numbers(1_100_000))
