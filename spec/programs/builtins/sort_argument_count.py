# list.sort() counts all its arguments first ("keyword " when none is positional), then refuses
# positional ones; int() counts before matching keywords to positions.
for f in [lambda: [3, 1].sort(1, 2, 3), lambda: [3, 1].sort(1), lambda: [1].sort(1, key=None, reverse=True),
          lambda: [1].sort(key=None, reverse=True, x=1), lambda: [1].sort(x=1), lambda: int('5', 10, base=10),
          lambda: int(x='5', base=10, y=1), lambda: 'ab'.splitlines(2**70), lambda: b'ab'.hex(':', 2**70)]:
    try:
        f()
        print('ok')
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
