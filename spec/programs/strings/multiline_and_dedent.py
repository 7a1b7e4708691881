# Working with multi-line text by hand: splitting, indenting, wrapping.
text = """    first line
      indented more
    last line"""
lines = text.splitlines()
margin = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
print([l[margin:] for l in lines])
print('\n'.join('> ' + l for l in text.split('\n')))


def wrap(s, width):
    words, out, line = s.split(), [], ''
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f'{line} {w}' if line else w
    if line:
        out.append(line)
    return out


for row in wrap('the quick brown fox jumps over the lazy dog again and again', 15):
    print(f'|{row:<15}|')
