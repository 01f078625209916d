# for/while else combined with return, continue and exceptions.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
        else:
            continue
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
def retry(attempts):
    n = 0
    while n < attempts:
        n += 1
        try:
            if n < 3:
                raise ConnectionError(f"attempt {n}")
            print("success on attempt", n)
            break
        except ConnectionError as exc:
            print("failed:", exc)
    else:
        print("gave up after", n)
retry(5)
retry(2)
def search(matrix, v):
    for r, row in enumerate(matrix):
        for c, x in enumerate(row):
            if x == v:
                break
        else:
            continue
        return r, c
    return "absent"
print(search([[1, 2], [3, 4]], 4), search([[1]], 5))
def loop_exc():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        except ValueError:
            print("skip", i)
            continue
        print("ok", i)
    else:
        print("else after handled exceptions")
loop_exc()
