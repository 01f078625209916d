# Attribute loads and stores on instances (a particle update loop).
class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy


def run(n):
    ps = [Particle(i, i * 2, 1, -1) for i in range(100)]
    for _ in range(n):
        for p in ps:
            p.x = p.x + p.vx
            p.y = p.y + p.vy
    return sum(p.x + p.y for p in ps)


print(run(100_000))
