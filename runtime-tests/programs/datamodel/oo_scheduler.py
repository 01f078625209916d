# A cooperative task scheduler with a class hierarchy of tasks and packets (in the manner of
# the Richards benchmark, written independently).
class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue
class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = None
        self.waiting = False
        self.runs = 0
    def __repr__(self):
        return f"{type(self).__name__}#{self.ident}"
    def __lt__(self, other):
        return (self.priority, self.ident) < (other.priority, other.ident)
    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False
    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        return p
    def ready(self):
        return not self.waiting and (self.queue is not None or self.always_ready())
    def always_ready(self):
        return False
    def step(self):
        raise NotImplementedError(type(self).__name__)
class IdleTask(Task):
    def __init__(self, sched, ident, priority, budget):
        super().__init__(sched, ident, priority)
        self.budget = budget
        self.seed = 1
    def always_ready(self):
        return self.budget > 0
    def step(self):
        self.budget -= 1
        self.seed = (self.seed * 75 + 74) % 65537
        target = 2 if self.seed & 1 else 3
        self.sched.send(Packet(None, target, "work"))
class WorkerTask(Task):
    def step(self):
        p = self.take()
        if p is None:
            self.waiting = True
            return
        p.count += self.ident
        self.sched.log.append((self.ident, p.kind, p.count))
        if p.count < 6:
            p.kind = "device"
            p.dest = 4
            self.sched.send(p)
class DeviceTask(Task):
    def step(self):
        p = self.take()
        if p is None:
            self.waiting = True
            return
        self.sched.device_done += 1
class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.log = []
        self.device_done = 0
    def add(self, task):
        self.tasks[task.ident] = task
    def send(self, packet):
        self.tasks[packet.dest].receive(packet)
    def run(self, limit):
        steps = 0
        while steps < limit:
            ready = sorted(t for t in self.tasks.values() if t.ready())
            if not ready:
                break
            task = ready[-1]
            task.step()
            task.runs += 1
            steps += 1
        return steps
s = Scheduler()
s.add(IdleTask(s, 1, 0, 12))
s.add(WorkerTask(s, 2, 2))
s.add(WorkerTask(s, 3, 3))
s.add(DeviceTask(s, 4, 5))
steps = s.run(1000)
print("steps", steps, "device", s.device_done)
print(s.log[:8])
print(sorted(s.tasks.values()), [t.runs for t in sorted(s.tasks.values())])
try:
    Task(s, 9, 0).step()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(max(s.tasks.values()), min(s.tasks.values()))
