# sys.version_info and friends (a struct sequence comparing like a tuple).
import sys

vi = sys.version_info
print(vi)
print(vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial)
print(vi[0], vi[:2], len(vi), tuple(vi))
print(vi >= (3, 8), vi < (3, 12), vi == (3, 11, 7, "final", 0))
print(type(vi).__name__)
print(sys.version.split()[0])
print(hex(sys.hexversion), sys.hexversion >> 24)
print(sys.api_version)
major, minor, *_ = vi
print(major, minor)
