# Graph algorithms over an embedded road map: BFS, Dijkstra (own heap), topological sort, components.

ROADS = """
amsterdam berlin 655
amsterdam brussels 210
brussels paris 305
paris lyon 465
lyon geneva 150
geneva zurich 280
zurich munich 315
munich berlin 585
munich vienna 435
vienna prague 330
prague berlin 350
paris geneva 540
berlin warsaw 575
lisbon madrid 625
madrid barcelona 620
"""


class Graph:
    def __init__(self):
        self.adj = {}

    def add_edge(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})[a] = w

    @classmethod
    def parse(cls, text):
        g = cls()
        for line in text.strip().splitlines():
            a, b, w = line.split()
            g.add_edge(a, b, int(w))
        return g

    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        order, seen, frontier = [], {start}, [start]
        depth = {start: 0}
        while frontier:
            nxt = []
            for node in frontier:
                order.append(node)
                for nb in sorted(self.adj[node]):
                    if nb not in seen:
                        seen.add(nb)
                        depth[nb] = depth[node] + 1
                        nxt.append(nb)
            frontier = nxt
        return order, depth

    def dijkstra(self, start):
        dist = {start: 0}
        prev = {}
        heap = [(0, start)]
        done = set()
        while heap:
            d, node = heap_pop(heap)
            if node in done:
                continue
            done.add(node)
            for nb, w in self.adj[node].items():
                nd = d + w
                if nb not in dist or nd < dist[nb] or (nd == dist[nb] and node < prev[nb]):
                    dist[nb] = nd
                    prev[nb] = node
                    heap_push(heap, (nd, nb))
        return dist, prev

    def path(self, start, goal):
        dist, prev = self.dijkstra(start)
        if goal not in dist:
            raise KeyError(f"no route from {start} to {goal}")
        route = [goal]
        while route[-1] != start:
            route.append(prev[route[-1]])
        return dist[goal], route[::-1]

    def components(self):
        seen = set()
        comps = []
        for n in self.nodes():
            if n not in seen:
                order, _ = self.bfs(n)
                seen.update(order)
                comps.append(sorted(order))
        return comps

    def mst_weight(self):
        parent = {n: n for n in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        edges = sorted((w, a, b) for a in self.adj for b, w in self.adj[a].items() if a < b)
        total, used = 0, []
        for w, a, b in edges:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
                total += w
                used.append(f"{a}-{b}")
        return total, used


def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2


def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(h):
                break
            if c + 1 < len(h) and h[c + 1] < h[c]:
                c += 1
            if h[c] < h[i]:
                h[c], h[i] = h[i], h[c]
                i = c
            else:
                break
    return top


def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    users = {n: [] for n in indeg}
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
            indeg[n] += 1
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(indeg):
        cyclic = sorted(n for n, k in indeg.items() if k > 0)
        raise ValueError(f"cycle among {', '.join(cyclic)}")
    return order


g = Graph.parse(ROADS)
print(len(g.nodes()), "cities:", " ".join(g.nodes()))
order, depth = g.bfs("paris")
print("bfs from paris:", order)
print("hops:", {k: depth[k] for k in sorted(depth)})
for a, b in [("amsterdam", "vienna"), ("lisbon", "barcelona"), ("paris", "warsaw"), ("geneva", "geneva"), ("paris", "madrid")]:
    try:
        km, route = g.path(a, b)
        print(f"{a} -> {b}: {km} km via {' > '.join(route)}")
    except KeyError as exc:
        print("KeyError:", exc.args[0])
print("components:", g.components())
total, used = g.mst_weight()
print("spanning forest:", total, "km,", len(used), "edges")
print("  ", ", ".join(used))
dist, _ = g.dijkstra("berlin")
far = sorted(dist.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("farthest from berlin:", far)

BUILD = {
    "app": ["lib", "ui", "config"],
    "ui": ["lib", "assets"],
    "lib": ["core"],
    "tests": ["app", "fixtures"],
    "core": [],
    "docs": ["app"],
}
print("build order:", toposort(BUILD))
BUILD["core"] = ["tests"]
try:
    toposort(BUILD)
except ValueError as exc:
    print("ValueError:", exc)
