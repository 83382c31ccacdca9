"""What every notebook needs: where Darkroom is, and how to call it.

Settings come from the environment, with the defaults `./darkroom demo` uses when run from the repository root:
  DARKROOM_HOME         the Darkroom home (warehouse + sample corpus); default <repo>/darkroom-home
  DARKROOM_URL          a running `darkroom serve`; default: notebook 02 starts (and stops) its own
  DARKROOM_SHARED_DATA  the real benchmark data (M3/M4, NAB); default <repo>/../shared/data
  DARKROOM_REPO         the repository; default the parent of this folder
Printed output shows these as $DARKROOM_HOME etc., never as machine paths, so the committed notebooks read the same
on every machine.
"""
import io
import json
import os
import pathlib
import subprocess
import time

import pandas as pd

REPO = pathlib.Path(os.environ.get("DARKROOM_REPO", pathlib.Path(__file__).resolve().parent.parent)).resolve()
HOME = pathlib.Path(os.environ.get("DARKROOM_HOME", REPO / "darkroom-home")).resolve()
SHARED_DATA = pathlib.Path(os.environ.get("DARKROOM_SHARED_DATA", REPO.parent / "shared" / "data")).resolve()
URL = os.environ.get("DARKROOM_URL", "")
LAUNCHER = REPO / "darkroom"

# Launcher noise that says nothing about the result.
_NOISE = ("WARNING: Using incubator modules", " WARN ", "SLF4J")


def redact(text):
    """Machine paths out of printed text (longest first: the home may sit inside the repository)."""
    for path, name in sorted([(str(HOME), "$DARKROOM_HOME"), (str(SHARED_DATA), "$DARKROOM_SHARED_DATA"),
                              (str(REPO), "<repo>")], key=lambda p: -len(p[0])):
        text = text.replace(path, name)
    return text


def darkroom(*args, echo=True, home=True):
    """Runs `./darkroom ARGS --home $DARKROOM_HOME`; returns stdout (paths redacted), raises with stderr on failure."""
    cmd = [str(LAUNCHER), *map(str, args)] + (["--home", str(HOME)] if home else [])
    started = time.time()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    err = "\n".join(l for l in done.stderr.splitlines() if l.strip() and not any(n in l for n in _NOISE))
    if done.returncode != 0:
        raise RuntimeError(f"darkroom {args[0]} failed with exit code {done.returncode}:\n{redact(err)}")
    if echo:
        print(redact(done.stdout.rstrip()))
        if err:
            print(redact(err))
        print(f"[darkroom {args[0]}: {time.time() - started:.0f} s]")
    return redact(done.stdout)


def sql(query, limit=100000):
    """One read-only Spark SQL query over the warehouse (`darkroom sql --csv`) as a DataFrame."""
    out = darkroom("sql", query, "--csv", "--limit", limit, echo=False)
    return pd.read_csv(io.StringIO(out)) if out.strip() else pd.DataFrame()


def sql_json(query, limit=100000):
    """Like sql(), via JSON lines: keeps nested values (insight evidence, key phrases) as Python objects."""
    out = darkroom("sql", query, "--json", "--limit", limit, echo=False)
    return [json.loads(line) for line in out.splitlines() if line.strip()]
