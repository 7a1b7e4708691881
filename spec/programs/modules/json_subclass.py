# JSONEncoder subclasses overriding iterencode (encode() goes through it) and json.scanner.
import json
from json import scanner
class RoundingEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        def fix(x):
            if isinstance(x, float):
                return round(x, 2)
            if isinstance(x, list):
                return [fix(v) for v in x]
            if isinstance(x, dict):
                return {k: fix(v) for k, v in x.items()}
            return x
        return super().iterencode(fix(o), _one_shot)
print(json.dumps([1.23456, {'a': 2.71828}], cls=RoundingEncoder))
print(RoundingEncoder(indent=1).encode([3.14159]))
class GenEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield '<'
        yield from super().iterencode(o)
        yield '>'
print(json.dumps([1, 2], cls=GenEncoder))
dec = json.JSONDecoder()
scan = scanner.make_scanner(dec)
print(scan('[1, "a"] x', 0), scan('  7', 2))
try:
    scan('x', 0)
except StopIteration as e:
    print('StopIteration', e.value)
import json as json_again
print(json_again is json, [hasattr(json, name) for name in ['decoder', 'encoder', 'scanner', 'detect_encoding']])
