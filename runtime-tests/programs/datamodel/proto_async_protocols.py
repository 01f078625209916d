class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress
class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def main():
    async with ACM("a") as v:
        print("body", v)
    async with ACM("b", suppress=True):
        raise ValueError("hidden")
    out = []
    async for x in AIter(3):
        out.append(x)
    print(out, [x async for x in AIter(2)])
    try:
        async with SyncOnly():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with ACM("c"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    class BadAiter:
        def __aiter__(self):
            return 5
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    class NoAnext:
        def __aiter__(self):
            return SyncOnly()
    for obj in (BadAiter(), BadAnext(), NoAnext()):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e, type(e.__cause__).__name__)
    return "done"
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
