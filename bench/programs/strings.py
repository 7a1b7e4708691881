# String building and formatting: f-strings with format specs, %-formatting, str.format,
# join, split, slicing, case methods, replace, find and +=.
def render_row(i, name, value):
    return f"{i:05d}|{name:<10}|{value:>12.3f}|{i * 37 % 1000:#x}"


def report(n):
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    lines = []
    for i in range(n):
        name = names[i % len(names)]
        lines.append(render_row(i, name, i / 7))
        lines.append("%-8s %6d %s" % (name.upper(), i, name[::-1]))
        lines.append("{}:{}:{}".format(name[:2], len(name), name.title()))
    return "\n".join(lines)


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 200:
            s = s[100:].replace("9", "x")
    return s


def words(text):
    count = 0
    longest = ""
    for line in text.split("\n"):
        for w in line.split("|"):
            w = w.strip().lower()
            if len(w) > len(longest):
                longest = w
            if w.startswith("0") and w.find("5") >= 0:
                count += 1
    return count, longest


text = report(90_000)
print(len(text), text[:60].replace("\n", "/"), hash(text) == hash(text))
print(words(text))
print(build(700_000)[:40])
