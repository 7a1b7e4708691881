# Which argument error comes first: bytearray() checks the encoding type before the source,
# enumerate() converts start before taking the iterator, sum() takes the iterator before
# refusing a str start.
calls = ["bytearray(1, 2)", "bytearray([3, 1], None)", "bytearray(1, 2, 3)", "bytearray('a', 'ascii', 5)",
         "bytearray(1, 'ascii')", "bytearray('é', 'ascii', 'ignore')", "enumerate(3, 'x')",
         "list(enumerate('ab', 5))", "enumerate(None, None)", "sum(3, 'x')", "sum([1], 'x')", "sum([], b'')",
         "sum(['a'], [])", "sum(iter([1, 2]), 3)"]
for c in calls:
    try:
        print(c, '->', eval(c))
    except (TypeError, ValueError) as e:
        print(c, '->', type(e).__name__, e)
