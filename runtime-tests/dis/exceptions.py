def f(path):
    try:
        with open(path) as fp:
            return fp.read()
    except OSError as e:
        print(e)
    except (ValueError, TypeError):
        raise
    else:
        pass
    finally:
        print("done")


def g(items):
    for it in items:
        try:
            continue
        finally:
            break


async def h(session):
    async with session.get() as r:
        async for chunk in r:
            await chunk
    try:
        pass
    except* ValueError as eg:
        print(eg)
