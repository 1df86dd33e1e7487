"""`python -m bench.peak_rss FILE COMMAND…`: run COMMAND, write its peak RSS in KiB to FILE.

Linux charges a process the memory high-water mark of the process it was forked from, and
keeps it across exec, so a direct child of a large benchmark process would report the
benchmark's peak. Forked from this small launcher instead, COMMAND's figure is its own.
"""

import os
import subprocess
import sys


def main() -> int:
    out, command = sys.argv[1], sys.argv[2:]
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    with open(out, "w") as peak:
        peak.write(str(usage.ru_maxrss))
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
