# A bare raise in an except block re-raises with the original traceback.
def risky():
    return {}["missing"]

def wrapper():
    try:
        risky()
    except KeyError:
        print("logging and re-raising")
        raise

wrapper()
