# Deeply nested JSON: moderate depths work in both directions, very deep ones raise
# RecursionError with CPython's json-specific messages.
import json

def nest(n, as_dict):
    v = 1
    for _ in range(n):
        v = {'a': v} if as_dict else [v]
    return v

for n in [50, 500, 900]:
    for as_dict in [False, True]:
        value = nest(n, as_dict)
        text = json.dumps(value)
        print(n, as_dict, len(text), json.loads(text) == value,
              len(json.dumps(value, indent=1)), json.loads(json.dumps(value, indent=1)) == value)

for n in [3000]:
    for text in ['[' * n + ']' * n, '{"a": ' * n + '1' + '}' * n, '[' * n, '[{"a": ' * n]:
        try:
            json.loads(text)
        except RecursionError as e:
            print('RecursionError:', e)
    for as_dict in [False, True]:
        try:
            json.dumps(nest(n, as_dict))
        except RecursionError as e:
            print('RecursionError:', e)
        try:
            json.dumps(nest(n, as_dict), indent=2)
        except RecursionError as e:
            print('RecursionError:', e)

circular = []
circular.append(circular)
try:
    json.dumps(circular, check_circular=False)
except RecursionError as e:
    print('RecursionError:', e)
print(json.dumps([1, [2]]))

# near the limit: CPython decodes 995 nested arrays from module level but not 996
for n in [995, 996]:
    try:
        print(n, len(json.loads('[' * n + ']' * n)))
    except RecursionError as e:
        print(n, 'RecursionError:', e)

# json.dump goes through the iterencode generators: one generator frame per level
class Counter:
    def __init__(self):
        self.size = 0
    def write(self, s):
        self.size += len(s)
for n in [990, 1000]:
    for as_dict in [False, True]:
        for kw in [{}, {'indent': 1}]:
            out = Counter()
            try:
                json.dump(nest(n, as_dict), out, **kw)
                print(n, as_dict, kw, out.size)
            except RecursionError as e:
                print(n, as_dict, kw, 'RecursionError:', e)

# json.dumps near the limit (CPython's one-shot encoder is C code; Dyad's must not use more
# Python frames per level than that allows)
for n in [995, 1000]:
    for as_dict in [False, True]:
        for kw in [{}, {'indent': 1}]:
            try:
                print(n, as_dict, kw, len(json.dumps(nest(n, as_dict), **kw)))
            except RecursionError as e:
                print(n, as_dict, kw, 'RecursionError:', e)
