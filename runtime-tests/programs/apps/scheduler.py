# A priority-queue scheduler: hand-written binary heap, tasks with priorities, deadlines and retries.


class Heap:
    """Min-heap of (key, seq, item) entries; seq keeps equal keys first-in-first-out."""

    def __init__(self):
        self.data = []
        self.seq = 0

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def push(self, key, item):
        self.seq += 1
        self.data.append((key, self.seq, item))
        self._up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        last = self.data.pop()
        if not self.data:
            return last[0], last[2]
        top = self.data[0]
        self.data[0] = last
        self._down(0)
        return top[0], top[2]

    def peek(self):
        return self.data[0][0], self.data[0][2]

    def _up(self, i):
        d = self.data
        while i > 0:
            parent = (i - 1) // 2
            if d[i][:2] < d[parent][:2]:
                d[i], d[parent] = d[parent], d[i]
                i = parent
            else:
                break

    def _down(self, i):
        d = self.data
        n = len(d)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and d[child][:2] < d[smallest][:2]:
                    smallest = child
            if smallest == i:
                return
            d[i], d[smallest] = d[smallest], d[i]
            i = smallest


def heap_sort(values):
    h = Heap()
    for v in values:
        h.push(v, v)
    return [h.pop()[1] for _ in range(len(h))]


class TaskFailed(Exception):
    pass


class Task:
    def __init__(self, name, priority, duration, deadline=None, fail_times=0, after=()):
        self.name = name
        self.priority = priority
        self.duration = duration
        self.deadline = deadline
        self.fail_times = fail_times
        self.after = set(after)
        self.attempts = 0

    def run(self, clock):
        self.attempts += 1
        if self.attempts <= self.fail_times:
            raise TaskFailed(f"{self.name} failed on attempt {self.attempts}")
        return clock + self.duration

    def __repr__(self):
        return f"Task({self.name}, p={self.priority})"


class Scheduler:
    MAX_ATTEMPTS = 3

    def __init__(self, tasks):
        self.clock = 0
        self.ready = Heap()
        self.waiting = {}
        self.done = []
        self.log = []
        for t in tasks:
            if t.after:
                self.waiting[t.name] = t
            else:
                self.ready.push((t.priority, t.name), t)

    def release(self, finished):
        for name in sorted(self.waiting):
            t = self.waiting[name]
            t.after.discard(finished)
            if not t.after:
                del self.waiting[name]
                self.ready.push((t.priority, t.name), t)
                self.log.append(f"t={self.clock:3} release {name}")

    def run(self):
        while self.ready:
            (prio, _), task = self.ready.pop()
            try:
                end = task.run(self.clock)
            except TaskFailed as exc:
                self.clock += 1
                if task.attempts < self.MAX_ATTEMPTS:
                    self.log.append(f"t={self.clock:3} retry  {exc}")
                    self.ready.push((prio + 1, task.name), task)
                else:
                    self.log.append(f"t={self.clock:3} drop   {task.name} after {task.attempts} attempts")
                continue
            self.clock = end
            late = task.deadline is not None and end > task.deadline
            self.done.append((task.name, end, late))
            self.log.append(f"t={self.clock:3} done   {task.name}" + (" LATE" if late else ""))
            self.release(task.name)
        if self.waiting:
            self.log.append("blocked: " + ", ".join(sorted(self.waiting)))


print(heap_sort([5, 3, 9, 1, 5, 7, 2, 8, 0, 6, 4]))
print(heap_sort(["pear", "apple", "fig", "banana"]))
h = Heap()
for key, item in [(2, "b1"), (1, "a"), (2, "b2"), (0, "z"), (2, "b3")]:
    h.push(key, item)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as exc:
    print("IndexError:", exc)

tasks = [
    Task("compile", 1, 5),
    Task("fetch", 0, 2),
    Task("test", 2, 7, deadline=20, after=["compile"]),
    Task("lint", 3, 1, fail_times=1),
    Task("package", 1, 3, after=["test", "lint"]),
    Task("flaky", 2, 1, fail_times=5),
    Task("deploy", 0, 2, deadline=25, after=["package"]),
    Task("docs", 5, 4, after=["nonexistent"]),
]
sched = Scheduler(tasks)
sched.run()
for line in sched.log:
    print(line)
print("finished:", [name for name, _, _ in sched.done])
print("late:", [name for name, _, late in sched.done if late])
print("clock:", sched.clock)
total = sum(t.attempts for t in tasks)
print("attempts:", total, {t.name: t.attempts for t in tasks if t.attempts != 1})
