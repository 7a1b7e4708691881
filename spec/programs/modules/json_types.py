# json with library types: enums, OrderedDict/defaultdict/Counter, namedtuple, dataclasses,
# lone surrogates, big ints, float reprs, odd indent/separator values.
import json
from enum import Enum, IntEnum
from collections import OrderedDict, defaultdict, Counter, namedtuple
from dataclasses import dataclass, asdict
class Color(IntEnum):
    RED = 1
class Mood(str, Enum):
    HAPPY = 'happy'
class Plain(Enum):
    A = 1
P = namedtuple('P', 'x y')
@dataclass
class DC:
    a: int
    b: list
print(json.dumps([Color.RED, {Color.RED: Mood.HAPPY}, Mood.HAPPY]))
print(json.dumps([Color.RED, {Color.RED: Mood.HAPPY}, Mood.HAPPY], indent=1))
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])), json.dumps(defaultdict(int, x=1)), json.dumps(Counter('aab')))
print(json.dumps(P(1, 2)), json.dumps({'p': P(3, [4])}, indent=1))
print(json.dumps(asdict(DC(1, [2, 3]))))
try: json.dumps(Plain.A)
except TypeError as e: print(e)
try: json.dumps({}.keys())
except TypeError as e: print(e)
print(json.dumps(Plain.A, default=lambda e: e.name))
print(json.dumps(list(range(5))), json.dumps(range(3), default=list))
print(json.dumps({'a': 1}, indent=True), json.dumps([1], indent=False))
print(json.dumps([1, 2], separators=('|', '=')), json.dumps({'a': [1, 2]}, separators=('|', '='), indent=1))
print(json.loads('{"__complex__": true, "real": 1, "imag": 2}', object_hook=lambda d: complex(d['real'], d['imag']) if '__complex__' in d else d))
print(json.dumps("\ud800"), json.dumps("\udfff x"), json.dumps("\ud800", ensure_ascii=False) == '"\ud800"')
print(json.loads('"\\ud800\\ud800"') == '\ud800\ud800', len(json.loads('"\\ud800\\ud800"')))
print(json.dumps(True, sort_keys=True), json.dumps(None, indent=4), json.dumps('x', indent=4))
print(json.dumps({'k': float('inf'), 'j': 1e-320}))
print(json.dumps([1.0e0, 12345678.9, 1/3, 2**53 + 0.0, -1e-10]))
print(json.dumps(10**30), json.dumps(-10**30), json.dumps(2**63))
print(json.loads('1' * 50), json.loads('-' + '9' * 40 + '.5'))
print(repr(json.loads('  "x"  ')), json.loads('\t[\r\n]'))
print(json.dumps({'\n': '\t'}, ensure_ascii=False), json.dumps({'\u00e9': 1}))
print(json.loads('{"a":1,"b":[true,false,null],"c":{"d":"e"}}'))
