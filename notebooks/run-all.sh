#!/usr/bin/env bash
# Executes every notebook headless, in order, against one warehouse that notebook 01 builds; fails when any cell
# fails. Prints each notebook's run time.
#   notebooks/run-all.sh            execute into copies under notebooks/target/ (what CI does; the checkout is unchanged)
#   notebooks/run-all.sh --inplace  execute the committed notebooks in place (refreshes their outputs and charts)
# Environment: DARKROOM_HOME (default: a new, empty temporary home), DARKROOM_SHARED_DATA (default <repo>/../shared/data),
# DARKROOM_NOTEBOOK_DOCS (sample size, default 150), DARKROOM_BENCH_SERIES / DARKROOM_BENCH_NAB_FILES (notebook 04's
# subset), DARKROOM_URL (a running server for notebook 02). Needs jupyter-nbconvert, python3-ipykernel,
# python3-pandas and python3-matplotlib (Debian 12 packages; .ci/run installs them).
set -euo pipefail
NB="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$NB")"
command -v jupyter >/dev/null || { echo "notebooks: jupyter is missing; apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel python3-pandas python3-matplotlib" >&2; exit 1; }

mode=(--output-dir "$NB/target")
[[ "${1:-}" == "--inplace" ]] && mode=(--inplace)
mkdir -p "$NB/target"
export DARKROOM_REPO="$ROOT"
export PYDEVD_DISABLE_FILE_VALIDATION=1  # quiets ipykernel's debugger warning on every kernel start
export DARKROOM_HOME="${DARKROOM_HOME:-$(mktemp -d "${TMPDIR:-/tmp}/darkroom-notebooks.XXXXXX")/home}"
export DARKROOM_SHARED_DATA="${DARKROOM_SHARED_DATA:-$ROOT/../shared/data}"
mkdir -p "$DARKROOM_HOME"
echo "notebooks: home $DARKROOM_HOME"

failed=()
times=()
total_start=$(date +%s)
for notebook in "$NB"/0*.ipynb; do
  name="$(basename "$notebook" .ipynb)"
  start=$(date +%s)
  # The kernel's working directory is the notebooks folder, so the notebooks import darkroom_nb from there.
  if jupyter nbconvert --to notebook --execute "${mode[@]}" --ExecutePreprocessor.timeout=3600 \
      --log-level=WARN "$notebook"; then
    status=ok
  else
    status=FAILED
    failed+=("$name")
  fi
  times+=("$(printf '%-40s %4d s  %s' "$name" $(( $(date +%s) - start )) "$status")")
done
echo "notebooks: run times"
printf '  %s\n' "${times[@]}"
echo "notebooks: all in $(( $(date +%s) - total_start )) s"
if ((${#failed[@]})); then
  echo "notebooks: FAILED: ${failed[*]}" >&2
  exit 1
fi
