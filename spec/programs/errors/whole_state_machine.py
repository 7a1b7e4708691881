import sys
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} from {state!r}")
        self.state, self.event = state, event

class StateMachineMeta(type):
    def __new__(mcls, name, bases, ns):
        transitions = {}
        for base in reversed(bases):
            transitions.update(getattr(base, "_transitions", {}))
        for attr, val in list(ns.items()):
            spec = getattr(val, "_transition", None)
            if spec:
                src, dst = spec
                for s in (src if isinstance(src, tuple) else (src,)):
                    transitions[(s, attr)] = dst
        ns["_transitions"] = transitions
        return super().__new__(mcls, name, bases, ns)

def transition(src, dst):
    def deco(fn):
        fn._transition = (src, dst)
        return fn
    return deco

class Machine(metaclass=StateMachineMeta):
    initial = "idle"
    def __init__(self):
        self.state = self.initial
        self.trail = [self.state]
    def __getattribute__(self, name):
        attr = object.__getattribute__(self, name)
        trans = object.__getattribute__(self, "_transitions")
        if callable(attr) and any(ev == name for (_, ev) in trans):
            def wrapped(*a, **k):
                key = (self.state, name)
                if key not in trans:
                    raise InvalidTransition(self.state, name)
                result = attr(*a, **k)
                self.state = trans[key]
                self.trail.append(self.state)
                return result
            return wrapped
        return attr

class Door(Machine):
    initial = "closed"
    @transition("closed", "open")
    def open(self):
        return "creak"
    @transition("open", "closed")
    def close(self):
        return "slam"
    @transition("closed", "locked")
    def lock(self, key):
        if key != 42:
            raise PermissionError("wrong key")
        return "click"
    @transition("locked", "closed")
    def unlock(self):
        return "clack"

class AlarmDoor(Door):
    @transition(("open", "closed", "locked"), "alarm")
    def trigger(self):
        return "BEEP"

d = Door()
print(d.state, d.open(), d.state, d.close(), d.lock(42), d.state)
for action in ["open", "unlock", "unlock"]:
    try:
        print(action, "->", getattr(d, action)(), d.state)
    except InvalidTransition as e:
        print("InvalidTransition:", e, e.args)
try:
    d.lock(1)
except (InvalidTransition, PermissionError) as e:
    print(type(e).__name__ + ":", e, d.state)
try:
    d.lock(1)
except PermissionError as e:
    print("PermissionError:", e, d.state)
print(d.trail)
print(sorted(Door._transitions.items()))
a = AlarmDoor()
print(a.trigger(), a.state, len(AlarmDoor._transitions), type(AlarmDoor).__name__)
try:
    a.open()
except InvalidTransition as e:
    print(repr(e.state), repr(e.event))

def traffic_light():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    order = {"red": "green", "green": "yellow", "yellow": "red"}
    t = 0
    while True:
        cmd = yield (t, state)
        if cmd == "emergency":
            state = "red"
            continue
        if cmd == "stop":
            return f"stopped at {t} in {state}"
        t += durations[state]
        state = order[state]
tl = traffic_light()
print(next(tl), tl.send(None), tl.send(None), tl.send("emergency"), tl.send(None))
try:
    tl.send("stop")
except StopIteration as e:
    print(e.value)
d.open()
d.lock(42)
