# Conway's game of life on a wrapping grid and on an unbounded set of cells, with pattern detection.


class Grid:
    def __init__(self, width, height, live=()):
        self.w = width
        self.h = height
        self.cells = [[False] * width for _ in range(height)]
        for x, y in live:
            self.cells[y % height][x % width] = True
        self.generation = 0

    @classmethod
    def parse(cls, picture, pad=2):
        rows = [r for r in picture.strip("\n").split("\n")]
        live = [(x + pad, y + pad) for y, r in enumerate(rows) for x, ch in enumerate(r) if ch in "#O"]
        return cls(max(len(r) for r in rows) + 2 * pad, len(rows) + 2 * pad, live)

    def neighbours(self, x, y):
        total = 0
        for dy in (-1, 0, 1):
            row = self.cells[(y + dy) % self.h]
            for dx in (-1, 0, 1):
                if (dx or dy) and row[(x + dx) % self.w]:
                    total += 1
        return total

    def step(self):
        new = [[False] * self.w for _ in range(self.h)]
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                alive = self.cells[y][x]
                new[y][x] = n == 3 or (alive and n == 2)
        self.cells = new
        self.generation += 1
        return self

    def population(self):
        return sum(row.count(True) for row in self.cells)

    def key(self):
        return tuple(tuple(r) for r in self.cells)

    def __str__(self):
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)


def run_until_repeat(grid, limit=100):
    seen = {grid.key(): 0}
    for _ in range(limit):
        grid.step()
        k = grid.key()
        if k in seen:
            return seen[k], grid.generation - seen[k]
        seen[k] = grid.generation
    return None


PATTERNS = {
    "blinker": """
###
""",
    "toad": """
.###
###.
""",
    "beacon": """
##..
##..
..##
..##
""",
    "block": """
##
##
""",
    "glider": """
.#.
..#
###
""",
    "diehard-ish": """
......#.
##......
.#...###
""",
}

for name, pic in PATTERNS.items():
    g = Grid.parse(pic, pad=3)
    start_pop = g.population()
    result = run_until_repeat(g, limit=60)
    if result is None:
        print(f"{name:12} pop {start_pop:2} -> no repeat within 60 generations, pop now {g.population()}")
    else:
        first, period = result
        kind = "still life" if period == 1 and first == 0 else "oscillator" if first == 0 else "settles"
        print(f"{name:12} pop {start_pop:2} -> {kind}, enters cycle at gen {first}, period {period}")

g = Grid.parse(PATTERNS["glider"], pad=1)
for _ in range(4):
    print(f"generation {g.generation}:")
    print(g)
    g.step()
print("glider after 4 steps moved:", str(g).count("#") == 5)


def step_set(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = (x + dx, y + dy)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}


def bounds(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
live = set(r_pentomino)
history = []
for gen in range(1, 201):
    live = step_set(live)
    if gen % 25 == 0:
        history.append((gen, len(live), bounds(live)))
for gen, pop, b in history:
    print(f"r-pentomino gen {gen:3}: population {pop:3}, bounds {b}")
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
moved = glider
for _ in range(8):
    moved = step_set(moved)
print("glider displacement after 8:", sorted(moved) == sorted((x + 2, y + 2) for x, y in glider))
