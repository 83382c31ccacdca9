#!/usr/bin/env python3
"""Runs a command and reports the peak resident memory of its whole process tree.

GNU time's %M is the largest single process only, so a Darkroom run's forked parser JVMs (each a
separate process) would not count. This samples /proc every 100 ms and sums VmRSS over the command
and all its descendants. Usage: peak-tree-rss.py OUT_FILE COMMAND... ; OUT_FILE gets
"<wall seconds> <peak tree RSS KiB> <peak largest-process RSS KiB>"; the exit code is the command's.
"""
import os
import subprocess
import sys
import time


def tree_rss(root):
    children, rss = {}, {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/status") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
        except OSError:
            continue
        children.setdefault(int(fields["PPid"].strip()), []).append(int(pid))
        rss[int(pid)] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, largest, todo = 0, 0, [(root, None)]
    while todo:
        pid, parent = todo.pop()
        # A JVM starts a program (tesseract, the parser JVM, Tika's probes for external tools) through a
        # vfork'd helper that shares its parent's memory until it execs; /proc shows that helper with its
        # parent's exact RSS. Counting it would double the parent for that one sample.
        shared = parent is not None and rss.get(pid, 0) == rss.get(parent, -1)
        if not shared:
            total += rss.get(pid, 0)
            largest = max(largest, rss.get(pid, 0))
        todo.extend((child, pid) for child in children.get(pid, []))
    return total, largest


out, command = sys.argv[1], sys.argv[2:]
start = time.monotonic()
process = subprocess.Popen(command)
peak_total = peak_largest = 0
while process.poll() is None:
    total, largest = tree_rss(process.pid)
    peak_total, peak_largest = max(peak_total, total), max(peak_largest, largest)
    time.sleep(0.1)
with open(out, "w") as f:
    f.write(f"{time.monotonic() - start:.2f} {peak_total} {peak_largest}\n")
sys.exit(process.returncode)
