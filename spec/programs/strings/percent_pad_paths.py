# %-formatting padding and truncation across flag combinations (the plain-padding path and the
# sign/prefix path), and format specs reused across calls (parsed specs are cached).
vals = [0, 7, -7, 123456, -123456, 2**70, -(2**70), 3.25, -3.25, True]
fmts = ["%d", "%5d", "%-5d|", "%05d", "%-05d|", "%+5d", "% 5d", "%.3d", "%8.3d", "%-8.3d|", "%08.3d",
        "%x", "%#x", "%8x", "%-#8x|", "%08x", "%#08x", "%o", "%#10o", "%e", "%12.3e", "%-12.3e|",
        "%012.3f", "%+012.3f", "%g", "%10g", "%-10g|"]
def fmt(f, v):
    try:
        return f % v
    except TypeError as e:
        return "TypeError: " + str(e)


for f in fmts:
    print(f, [fmt(f, v) for v in vals])
strs = ["", "a", "abcdef", "é日本", "😀x", "a😀bc"]
for f in ["%s", "%5s", "%-5s|", "%.2s", "%5.2s", "%-5.2s|", "%05s", "%r", "%8r", "%.3r", "%a", "%-10a|", "%c", "%3c"]:
    out = []
    for s in strs:
        try:
            out.append(f % (s if "c" not in f else (s[:1] or "z")))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    print(f, out)
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
for spec in ["05d", "<10", ">12.3f", "#x", "", "^9", "+,", "_b", "=+8", "x<6"]:
    for _ in range(2):
        out = []
        for v in [5, -5, 1234567, 2.5, "s", True]:
            try:
                out.append(format(v, spec))
            except ValueError as e:
                out.append("ValueError: " + str(e))
        print(repr(spec), out)
print([f"{i:05d}|{'ab':<4}|{i / 7:>9.3f}|{i * 37:#x}" for i in range(-2, 3)])
