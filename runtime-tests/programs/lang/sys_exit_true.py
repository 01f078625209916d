# sys.exit(True) exits with status 1 and prints nothing; SystemExit skips "except Exception".
import sys
def stop():
    try:
        sys.exit(True)
    except Exception:
        print("never: SystemExit is not an Exception")
print("stopping")
stop()
