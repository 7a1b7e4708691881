from collections import defaultdict
class Event:
    def __init__(self, name, **data):
        self.name, self.data = name, data
        self.cancelled = False
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event<{self.name}>({items})"

class Bus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.history = []
    def on(self, name, priority=0):
        def deco(fn):
            self.handlers[name].append((priority, len(self.handlers[name]), fn))
            self.handlers[name].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return deco
    def off(self, name, fn):
        before = len(self.handlers[name])
        self.handlers[name] = [h for h in self.handlers[name] if h[2] is not fn]
        return before - len(self.handlers[name])
    def emit(self, name, **data):
        ev = Event(name, **data)
        self.history.append(ev)
        results = []
        errors = []
        for prio, _, fn in list(self.handlers.get(name, ())) + list(self.handlers.get("*", ())):
            if ev.cancelled:
                results.append("<cancelled>")
                break
            try:
                results.append(fn(ev))
            except Exception as e:
                errors.append(e)
        if errors:
            raise ExceptionGroup(f"{len(errors)} handler(s) failed for {name}", errors)
        return results

bus = Bus()
@bus.on("order")
def log_order(ev):
    return f"logged {ev.data['id']}"
@bus.on("order", priority=10)
def validate(ev):
    if ev.data.get("qty", 0) <= 0:
        ev.cancelled = True
        return "invalid"
    return "valid"
@bus.on("*")
def audit(ev):
    return f"audit:{ev.name}"
@bus.on("pay")
def pay1(ev):
    raise ValueError("card declined")
@bus.on("pay")
def pay2(ev):
    raise KeyError("account")
@bus.on("pay")
def pay3(ev):
    return "pay3 ok"

print(bus.emit("order", id=1, qty=2))
print(bus.emit("order", id=2, qty=0))
print(bus.emit("unknown"))
try:
    bus.emit("pay", amount=5)
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("key errors:", [repr(e) for e in eg.exceptions])
print(bus.off("order", log_order), bus.off("order", log_order))
print(bus.emit("order", id=3, qty=1))
print(bus.history)
print(sorted(bus.handlers), dict(bus.handlers).keys() == bus.handlers.keys())
print(type(bus.handlers).__name__, bus.handlers.default_factory.__name__, len(bus.handlers["never"]), "never" in bus.handlers)
try:
    bus.emit("pay")
except ExceptionGroup as eg:
    print(repr(eg.message), len(eg.exceptions), eg.split(KeyError)[0].exceptions)
    raise RuntimeError("payment pipeline broken") from eg
