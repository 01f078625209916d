# Nested with blocks: exit order, exceptions crossing several managers.
log = []
class CM:
    def __init__(self, name, swallow=False, fail_exit=False):
        self.name, self.swallow, self.fail_exit = name, swallow, fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} {t.__name__ if t else '-'}")
        if self.fail_exit:
            raise RuntimeError("exit of " + self.name)
        return self.swallow
def run(*cms, body_raises=None):
    log.clear()
    try:
        with cms[0]:
            with cms[1]:
                with cms[2]:
                    if body_raises:
                        raise body_raises
                    log.append("body")
    except Exception as exc:
        log.append("outside caught " + repr(exc))
    print(log)
run(CM("a"), CM("b"), CM("c"))
run(CM("a"), CM("b"), CM("c"), body_raises=ValueError("v"))
run(CM("a"), CM("b", swallow=True), CM("c"), body_raises=ValueError("v"))
run(CM("a"), CM("b", fail_exit=True), CM("c"), body_raises=ValueError("v"))
run(CM("a", swallow=True), CM("b", fail_exit=True), CM("c"))
log.clear()
with CM("x") as x, CM("y") as y:
    log.append(f"body {x.name}{y.name}")
print(log)
