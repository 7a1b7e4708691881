scores = {"ann": 90, "bob": 72, "cy": 85}
for name, sc in sorted(scores.items(), key=lambda kv: -kv[1]):
    print(f"{name:>5}: {sc}")
print(list(scores), list(scores.values()), list(reversed(scores)))
keys = scores.keys()
scores["dee"] = 60
print(keys, len(keys), "dee" in keys)
print(keys & {"ann", "zz"}, keys - {"ann"} == {"bob", "cy", "dee"}, keys | {"q"} >= {"q"})
print(scores.items() & {("ann", 90)}, ("bob", 72) in scores.items())
inverted = {v: k for k, v in scores.items()}
print(inverted)
try:
    for k in scores:
        del scores[k]
except RuntimeError as e:
    print(e)
print(scores)
d = dict.fromkeys(range(3), [])
d[0].append(1)
print(d)
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
