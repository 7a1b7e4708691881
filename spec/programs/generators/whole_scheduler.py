# A scheduler of generator-based coroutines driven by send()/throw()/close()
import sys

class Cancelled(Exception):
    pass

class Task:
    _next_id = 1
    def __init__(self, name, gen):
        self.name = name
        self.gen = gen
        self.id = Task._next_id
        Task._next_id += 1
        self.result = None
        self.done = False
        self.value_to_send = None
        self.log = []

    def __repr__(self):
        return f"Task({self.name!r}, id={self.id}, done={self.done})"

class Scheduler:
    def __init__(self):
        self.ready = []
        self.waiting = {}
        self.finished = []
        self.tick = 0

    def spawn(self, name, gen):
        t = Task(name, gen)
        self.ready.append(t)
        return t

    def step(self, task):
        try:
            if task.value_to_send is None:
                cmd = next(task.gen)
            else:
                v, task.value_to_send = task.value_to_send, None
                cmd = task.gen.send(v)
        except StopIteration as e:
            task.done = True
            task.result = e.value
            self.finished.append(task)
            print(f"[{self.tick}] {task.name} finished -> {e.value!r}")
            return
        except Exception as e:
            task.done = True
            task.result = e
            self.finished.append(task)
            print(f"[{self.tick}] {task.name} crashed: {type(e).__name__}: {e}")
            return
        self.handle(task, cmd)

    def handle(self, task, cmd):
        kind = cmd[0]
        if kind == "sleep":
            self.waiting.setdefault(self.tick + cmd[1], []).append(task)
        elif kind == "yield":
            task.value_to_send = self.tick
            self.ready.append(task)
        elif kind == "spawn":
            child = self.spawn(cmd[1], cmd[2])
            task.value_to_send = child.id
            self.ready.append(task)
        else:
            try:
                cmd2 = task.gen.throw(ValueError(f"bad command {kind!r}"))
            except StopIteration as e:
                task.done = True
                task.result = e.value
                self.finished.append(task)
                print(f"[{self.tick}] {task.name} finished after throw -> {e.value!r}")
                return
            self.handle(task, cmd2)

    def run(self, limit=20):
        while (self.ready or self.waiting) and self.tick < limit:
            for t in self.waiting.pop(self.tick, []):
                t.value_to_send = ("woke", self.tick)
                self.ready.append(t)
            batch, self.ready = self.ready, []
            for t in batch:
                self.step(t)
            self.tick += 1
        leftovers = [t for ts in self.waiting.values() for t in ts] + self.ready
        for t in leftovers:
            t.gen.close()
            print(f"closed {t.name}")

def worker(name, n):
    total = 0
    for i in range(n):
        got = yield ("yield",)
        total += got
        print(f"  {name} step {i} got tick {got}")
    return total

def sleeper(name, d):
    try:
        r = yield ("sleep", d)
        print(f"  {name} woke with {r}")
        r = yield ("sleep", 100)
        print("  never")
    finally:
        print(f"  {name} cleanup")

def parent():
    cid = yield ("spawn", "child", worker("child", 2))
    print(f"  parent spawned id {cid}")
    try:
        yield ("bogus",)
    except ValueError as e:
        print(f"  parent caught {e}")
    x = yield ("yield",)
    return ("parent-done", x)

def crasher():
    yield ("yield",)
    raise KeyError("boom")

def stubborn():
    try:
        yield ("bogus",)
    except ValueError:
        return "gave up"

s = Scheduler()
s.spawn("w1", worker("w1", 3))
s.spawn("sl", sleeper("sl", 2))
s.spawn("p", parent())
s.spawn("c", crasher())
s.spawn("st", stubborn())
s.run()
for t in s.finished:
    print(t, t.result if not isinstance(t.result, BaseException) else repr(t.result))

# generator close semantics
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
gen = g()
print(next(gen))
gen.close()
print(gen.gi_frame is None)
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def ret():
    try:
        yield 1
    finally:
        return 5
r = ret(); next(r)
print(r.close())
try:
    r.send(None)
except StopIteration as e:
    print("stop", e.value)
gen = worker("x", 1)
try:
    gen.send(5)
except TypeError as e:
    print(e)
print(gen.gi_running, gen.gi_suspended if hasattr(gen, "gi_suspended") else "-")
