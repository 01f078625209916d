# Uncaught error thirty frames deep: identical frames are summarized as "[Previous line repeated N more times]".
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    deep(n - 1)
deep(30)
