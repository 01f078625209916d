log = []
class Both:
    def __init__(self, n, bad_len=None):
        self.n = n
        self.bad_len = bad_len
    def __iter__(self):
        log.append("iter")
        return iter(range(self.n))
    def __len__(self):
        log.append("len")
        if self.bad_len is not None:
            if isinstance(self.bad_len, Exception):
                raise self.bad_len
            return self.bad_len
        return self.n
    def __length_hint__(self):
        log.append("hint")
        return 99
for b in [Both(3), Both(2, TypeError("len type error")), Both(2, ValueError("len value error")), Both(2, -1), Both(2, "x")]:
    for name, f in [("list", list), ("tuple", tuple), ("sorted", sorted), ("extend", lambda x: [].extend(x) or "extended"), ("set", set), ("join", lambda x: ",".join(map(str, x)))]:
        log.clear()
        try:
            r = f(b)
            print(name, r if not isinstance(r, set) else sorted(r), log)
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__ + ":", e, log)
class HintOnly:
    def __iter__(self):
        return iter("ab")
    def __length_hint__(self):
        log.append("hint only")
        return -5
log.clear()
try:
    print(list(HintOnly()))
except ValueError as e:
    print("ValueError:", e, log)
class HintNI:
    def __iter__(self):
        return iter("cd")
    def __length_hint__(self):
        log.append("hint NI")
        return NotImplemented
log.clear()
print(list(HintNI()), log)
