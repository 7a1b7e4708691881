# format() of ints and floats over a matrix of fill, align, sign, '#', '0', width and grouping
# (with e/f/g/%/d/x/b types and none): every layout, including the ones with no grouping and
# no '=' padding (laid out whole) and the others (sign, prefix, padding, grouped digits).
ints = [0, 7, -7, 255, -4096, 1234567, -(2**40), 10**20, -(10**25) - 1]
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, -98765.4321, 1e-7, 3e16, -1e300, float("inf"), float("-inf"), float("nan")]
fills = ["", "*", "\U0001f600"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
widths = ["", "1", "9", "16"]
groups = ["", ",", "_"]


def specs(types, zero_ok=True):
    for fill in fills:
        for align in aligns:
            if fill and not align:
                continue
            for sign in signs:
                for alt in ("", "#"):
                    for zero in ("", "0") if zero_ok else ("",):
                        for width in widths:
                            if zero and not width:
                                continue
                            for group in groups:
                                for t in types:
                                    yield fill + align + sign + alt + zero + width + group + t


def row(v, types):
    out = []
    for spec in specs(types):
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("VE:" + str(e)[:20])
    return out


for v in ints:
    for types in (["d", ""], ["x", "b"], ["X", "o"]):
        r = row(v, types)
        print(v, types, len(r), hash(tuple(r)) & 0xffff, r[::613])
for v in floats:
    for types in (["f", ".2f"], ["e", ".3E"], ["g", ""], ["%", ".1%"], [".0f", "F"]):
        r = row(v, types)
        print(v, types, len(r), hash(tuple(r)) & 0xffff, r[::613])
# Whole results for a few specs, in f-strings and str.format.
for v in (5, -5, 3.14159, -0.5, 12345678):
    print(f"[{v:>10}] [{v:<+10}] [{v:^ 10}] [{v:*^12,}] [{v:_>+14}] [{v:=+12}] [{v:012}] [{v:#012x}]" if isinstance(v, int)
          else f"[{v:>10.3f}] [{v:<+10.2f}] [{v:^ 10.1f}] [{v:*^12,.2f}] [{v:_>+14.4e}] [{v:=+12.3f}] [{v:012.2f}] [{v:.2%}]")
    print("{0:>8}|{0:<8}|{0:^8}|{0:+}".format(v))
