# dict and str work: counting words, building strings, joins, slicing.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 20).split()
counts = {}
out = []
for rep in range(400):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        if len(w) > 4:
            out.append(w[1:3].upper() + str(rep % 10))
s = "-".join(out[:1000])
keys = sorted(counts)
print(len(out), keys[:3], counts["alpha"], s[:40], sum(len(x) for x in out))
