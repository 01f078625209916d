# Backtracking solvers: N-queens (count and first board) and a sudoku solver with constraint sets.


def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c)
            diag1.discard(row - c)
            diag2.discard(row + c)

    place(0)
    return solutions


def board(solution):
    n = len(solution)
    return "\n".join("".join("Q" if solution[r] == c else "." for c in range(n)) for r in range(n))


for n in range(1, 9):
    sols = queens(n)
    print(f"{n}-queens: {len(sols)} solutions" + (f", first {sols[0]}" if sols else ""))
print(board(queens(6)[0]))


class Sudoku:
    def __init__(self, text):
        digits = [c for c in text if c in "0123456789."]
        if len(digits) != 81:
            raise ValueError(f"expected 81 cells, got {len(digits)}")
        self.grid = [0 if c in "0." else int(c) for c in digits]
        self.rows = [set() for _ in range(9)]
        self.cols = [set() for _ in range(9)]
        self.boxes = [set() for _ in range(9)]
        self.steps = 0
        for i, v in enumerate(self.grid):
            if v:
                r, c = divmod(i, 9)
                b = (r // 3) * 3 + c // 3
                if v in self.rows[r] or v in self.cols[c] or v in self.boxes[b]:
                    raise ValueError(f"duplicate {v} at row {r + 1} column {c + 1}")
                self.rows[r].add(v)
                self.cols[c].add(v)
                self.boxes[b].add(v)

    def candidates(self, i):
        r, c = divmod(i, 9)
        b = (r // 3) * 3 + c // 3
        used = self.rows[r] | self.cols[c] | self.boxes[b]
        return [d for d in range(1, 10) if d not in used]

    def solve(self):
        best, best_cands = None, None
        for i, v in enumerate(self.grid):
            if v == 0:
                cands = self.candidates(i)
                if best is None or len(cands) < len(best_cands):
                    best, best_cands = i, cands
                    if len(cands) <= 1:
                        break
        if best is None:
            return True
        r, c = divmod(best, 9)
        b = (r // 3) * 3 + c // 3
        for d in best_cands:
            self.steps += 1
            self.grid[best] = d
            self.rows[r].add(d)
            self.cols[c].add(d)
            self.boxes[b].add(d)
            if self.solve():
                return True
            self.rows[r].remove(d)
            self.cols[c].remove(d)
            self.boxes[b].remove(d)
        self.grid[best] = 0
        return False

    def __str__(self):
        lines = []
        for r in range(9):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            row = self.grid[r * 9:(r + 1) * 9]
            cells = [str(v) if v else "." for v in row]
            lines.append(" | ".join(" ".join(cells[k:k + 3]) for k in (0, 3, 6)))
        return "\n".join(lines)

    def valid(self):
        groups = []
        for k in range(9):
            groups.append([self.grid[k * 9 + j] for j in range(9)])
            groups.append([self.grid[j * 9 + k] for j in range(9)])
            br, bc = (k // 3) * 3, (k % 3) * 3
            groups.append([self.grid[(br + a) * 9 + bc + b] for a in range(3) for b in range(3)])
        return all(sorted(g) == list(range(1, 10)) for g in groups)


PUZZLES = [
    """
    53..7....
    6..195...
    .98....6.
    8...6...3
    4..8.3..1
    7...2...6
    .6....28.
    ...419..5
    ....8..79
    """,
    """
    ..9748...
    7........
    .2.1.9...
    ..7...24.
    .64.1.59.
    .98...3..
    ...8.3.2.
    ........6
    ...2759..
    """,
    "11" + "." * 79,
    "123",
    "." * 80 + "x" + "5",
]
for text in PUZZLES:
    try:
        s = Sudoku(text)
    except ValueError as exc:
        print("invalid puzzle:", exc)
        continue
    solved = s.solve()
    print(f"solved={solved} steps={s.steps} valid={s.valid()}")
    print(s)
