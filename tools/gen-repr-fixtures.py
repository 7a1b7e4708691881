#!/usr/bin/env python3
"""Writes spec/fixtures/repr.json: inputs and CPython's repr() of them (float, complex, str, bytes)."""
import json, math, random, sys

random.seed(7)
floats = [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-7, 2.5, -3.75,
          1e22, 1e23, 5e-324, 1.7976931348623157e308, math.pi, 1/3, 100.0, 1234.5678, 9999999999999998.0,
          0.001, 12345678901234567890.0, 1e300, -1e-300, float('inf'), float('-inf'), float('nan')]
for _ in range(300):
    floats.append(random.uniform(-1, 1) * 10 ** random.randint(-30, 30))
    floats.append(float(random.randint(0, 10**18)))
complexes = [(0.0, 1.0), (0.0, 2.5), (1.0, 2.0), (-0.0, 1.0), (1.0, -2.0), (0.0, 1e16), (0.0, float('inf')),
             (1.5, float('nan')), (0.0, 0.0), (0.0, -1.0), (-1.0, -0.0)]
strs = ["", "a", "'", '"', "'\"", "a'b", 'a"b', "\\", "\n\t\r\x00\x1f\x7f", "é", "\x80\xa0\xad", "\u2028",
        "日本語", "\U0001f600", "\ud800", "\udfff", "\u200b", "\ufeff", "\U000e0001", "\U0010ffff", "\u0378",
        " ", "\u3000", "a b\\c'd\"e"]
byts = [b"", b"abc", b"'", b'"', b"'\"", b"\x00\xff\x7f\x80", b"\\\n\t\r", bytes(range(256))]
out = {
    "floats": [[repr(f), repr(f)] for f in floats],
    "complexes": [[c[0] if math.isfinite(c[0]) else repr(c[0]), c[1] if math.isfinite(c[1]) else repr(c[1]), repr(complex(*c))] for c in complexes],
    "strs": [[s, repr(s)] for s in strs],
    "bytes": [[list(b), repr(b)] for b in byts],
}
json.dump(out, sys.stdout, indent=0)
