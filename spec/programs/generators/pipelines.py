# Generators chained into a lazy processing pipeline.
log = []


def source(lines):
    for line in lines:
        log.append(f'read {line!r}')
        yield line


def strip_comments(lines):
    for line in lines:
        if not line.startswith('#'):
            yield line


def parse(lines):
    for line in lines:
        key, _, value = line.partition('=')
        yield key.strip(), value.strip()


def take(n, it):
    for i, item in enumerate(it):
        if i >= n:
            return
        yield item


data = ['# header', 'a = 1', 'b= 2', '# note', 'c =3', 'd = 4']
pipeline = take(2, parse(strip_comments(source(data))))
print(log)
print(list(pipeline))
print(log)


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


print(list(window(range(6), 3)))
