# json with the _json accelerator hidden: the pure-Python encoder, string quoting and scanner
import sys
sys.modules['_json'] = None
import json
from json import encoder, scanner, decoder
print(encoder.c_make_encoder, encoder.encode_basestring is encoder.py_encode_basestring, scanner.make_scanner is scanner.py_make_scanner)
class F(float):
    def __repr__(self): return 'F!'
def run(label, f):
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, repr(r))
vals = [{'a': [1, 2.5, None, True, False, 'x\u2028\U0001f600\x7f'], 'b': {}}, [F('nan')], {F(1.5): 1}, {1j: 2, 'k': 3},
        [[[]]], (1, (2, {'z': (3,)}))]
for kw in [{}, {'indent': 2}, {'allow_nan': False}, {'skipkeys': True, 'indent': 1}, {'sort_keys': True, 'separators': (',', ':')}, {'ensure_ascii': False}]:
    for v in vals:
        run(f'{kw} dumps', lambda: json.dumps(v, **kw))
        run(f'{kw} it', lambda: list(json.JSONEncoder(**kw).iterencode(v)))
run('dict skipped indent', lambda: list(json.JSONEncoder(skipkeys=True, indent=2).iterencode({1j: 1, 2j: 2})))
run('dict skipped indent nested', lambda: json.dumps([{1j: 1}], skipkeys=True, indent=2))
class C: pass
c = C()
seen = []
def dflt(o):
    seen.append(len(enc_markers) if False else 0)
    return {'inner': [1]}
run('default chain', lambda: json.dumps([c, c], default=lambda o: [o.__class__.__name__]))
def chain(o):
    if isinstance(o, C): return D()
    return 'end'
class D: pass
run('default chain2', lambda: json.dumps({'a': c, 'b': [c]}, default=chain))
run('default self', lambda: json.dumps(c, default=lambda o: o))
run('loads', lambda: json.loads('{"a": [1, 2.5e3, "\\u00e9\\ud83d\\ude00", null, true]}'))
run('loads err', lambda: json.loads('[1, 2'))
run('loads nan', lambda: json.loads('[NaN, -Infinity]'))
d = []
for i in range(300): d = [d]
run('deep', lambda: len(json.dumps(d)))
run('nan key', lambda: json.dumps({float('nan'): 1}, allow_nan=False))
run('bytes', lambda: encoder.py_encode_basestring(b'x'))
run('bytes2', lambda: encoder.py_encode_basestring_ascii(bytearray(b'x')))
