class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.handled_by = []
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event({self.name}{', ' if items else ''}{items})"
    def __getattr__(self, k):
        try:
            return self.data[k]
        except KeyError:
            raise AttributeError(f"event {self.name!r} has no field {k!r}") from None
class Handler:
    priority = 0
    def __init__(self, name):
        self.name = name
    def __call__(self, ev):
        ev.handled_by.append(self.name)
        return self.handle(ev)
    def handle(self, ev):
        return None
    def __lt__(self, o):
        return (-self.priority, self.name) < (-o.priority, o.name)
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class Logger(Handler):
    priority = 10
    def __init__(self, name):
        super().__init__(name)
        self.lines = []
    def handle(self, ev):
        self.lines.append(repr(ev))
class Filter(Handler):
    priority = 5
    def __init__(self, name, pred):
        super().__init__(name)
        self.pred = pred
    def handle(self, ev):
        return "stop" if not self.pred(ev) else None
class Counter(Handler):
    def __init__(self, name):
        super().__init__(name)
        self.counts = {}
    def handle(self, ev):
        self.counts[ev.name] = self.counts.get(ev.name, 0) + 1
class Bus:
    def __init__(self):
        self.handlers = {}
    def on(self, name, handler):
        self.handlers.setdefault(name, []).append(handler)
        return self
    def __iadd__(self, pair):
        return self.on(*pair)
    def __contains__(self, name):
        return name in self.handlers
    def __len__(self):
        return sum(len(v) for v in self.handlers.values())
    def emit(self, ev):
        for h in sorted(self.handlers.get(ev.name, []) + self.handlers.get("*", [])):
            if h(ev) == "stop":
                break
        return ev
log, counter = Logger("log"), Counter("count")
bus = Bus()
bus += ("*", log)
bus += ("click", counter)
bus += ("click", Filter("only-left", lambda e: e.button == "left"))
bus.on("key", counter)
for ev in [Event("click", button="left", x=1), Event("click", button="right"), Event("key", code=13), Event("idle")]:
    print(bus.emit(ev), ev.handled_by)
print(log.lines)
print(counter.counts, len(bus), "click" in bus, "scroll" in bus)
try:
    Event("click").button
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([counter, log, Filter("f", None)]))
