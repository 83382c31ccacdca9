#!/usr/bin/env bash
# Retakes the README's screenshots of the web page answering three kinds of question. Needs a running
# server on a warehouse of the sample corpus and Debian's chromium, e.g.:
#   ./darkroom demo --home /tmp/dr && ./darkroom serve --home /tmp/dr --port 7070 &
#   docs/screenshots/take.sh http://127.0.0.1:7070
# The page asks the question given as ?q= on load; --virtual-time-budget lets the answer and chart arrive.
set -euo pipefail
cd "$(dirname "$0")"
base="${1:-http://127.0.0.1:7070}"
shot() { # file, window size, question
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$2" \
    --virtual-time-budget=15000 --screenshot="$PWD/$1" "$base/?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$3")" >/dev/null 2>&1
  echo "$1: $3"
}
shot ask-total.png 1280,620 "how many invoices were there in 2024"
shot ask-top-n.png 1280,720 "top 5 organizations by total amount"
shot ask-trend.png 1280,720 "how many tickets by month"
