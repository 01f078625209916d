# truthiness and len of containers
for c in [[], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), "", "0"]:
    print(repr(c), bool(c), len(c))
print(not [], not [[]], [] or "empty", [1] and "full")
x = [1]
if x:
    print("truthy")
while x:
    x.pop()
print(x, bool({}.keys()), bool({1: 2}.items()), len({1: 2, 3: 4}.values()))
class L:
    def __len__(self):
        return 0
print(bool(L()), bool([L()]))
