# `if __name__ == "__main__":` runs for the script, not for an imported module.
import fixtures.guarded

print("script __name__:", __name__, __package__, __spec__)
if __name__ == "__main__":
    print("main block ran")
    fixtures.guarded.main()
