def parse_records(lines):
    for n, line in enumerate(lines, 1):
        fields = line.split(",")
        if len(fields) != 3:
            raise ValueError(f"line {n}: expected 3 fields, got {len(fields)}")
        name, qty, price = fields
        yield name.strip(), int(qty), float(price)

def totals(records):
    running = 0.0
    for name, qty, price in records:
        running += qty * price
        yield name, round(running, 2)

data = ["apple, 3, 0.5", "pear, 2, 0.75", "plum, x, 1.0"]
gen = totals(parse_records(data))
print(next(gen))
print(next(gen))
try:
    next(gen)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ValueError:", e, names)
print(next(gen, "exhausted"))
def report(lines):
    return list(totals(parse_records(lines)))
print(report(data[:2]))
report(data[:1] + ["broken line"])
