class Machine:
    transitions = {
        ("idle", "start"): "running",
        ("running", "pause"): "paused",
        ("paused", "resume"): "running",
        ("running", "stop"): "idle",
        ("paused", "stop"): "idle",
    }
    def __init__(self):
        self.state = "idle"
        self.history = [self.state]
        self.listeners = []
    def on(self, fn):
        self.listeners.append(fn)
        return fn
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError(f"cannot {event!r} while {self.state!r}")
        old, self.state = self.state, self.transitions[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(old, self.state)
m = Machine()
log = []
@m.on
def record(a, b):
    log.append(f"{a}->{b}")
m.on(lambda a, b: print("changed", a, b))
for ev in ["start", "pause", "start", "resume", "stop", "stop"]:
    try:
        m.fire(ev)
    except ValueError as e:
        print("rejected:", e)
print(log)
print(m.history, m.state)
