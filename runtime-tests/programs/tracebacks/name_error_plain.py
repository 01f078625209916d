# A NameError with nothing close enough to suggest prints the bare message.


def compute():
    return undefined_helper_function_name(3)


compute()
