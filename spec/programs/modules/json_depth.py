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
