# String building: concatenation, join, formatting.
def run(n):
    parts = []
    s = ""
    for i in range(n):
        parts.append(str(i))
        if i % 100 == 0:
            s += "x"
    joined = ",".join(parts)
    f = [f"{i}:{i * 2}" for i in range(n // 4)]
    return len(joined), len(s), len(f), f[-1]


print(run(1_000_000))
