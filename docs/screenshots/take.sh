#!/usr/bin/env bash
# Retakes the README's screenshots of the web page: three kinds of question, the insight feed, a document.
# Needs a running server (auth off) on a warehouse of the sample corpus and Debian's chromium, e.g.:
#   ./darkroom demo --no-serve --home /tmp/dr && ./darkroom serve --home /tmp/dr --port 7070 --no-auth &
#   docs/screenshots/take.sh http://127.0.0.1:7070
# The page asks the question given as ?q= on load; --virtual-time-budget lets the answer and chart arrive.
set -euo pipefail
cd "$(dirname "$0")"
base="${1:-http://127.0.0.1:7070}"
shot() { # file, window size, question
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$2" \
    --virtual-time-budget=60000 --screenshot="$PWD/$1" "$base/?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$3")" >/dev/null 2>&1
  echo "$1: $3"
}
shot ask-total.png 1280,640 "how many invoices were there in 2024"
shot ask-top-n.png 1280,800 "top 5 organizations by total amount"
shot ask-trend.png 1280,800 "how many tickets by month"
shot insight-feed.png 1280,900 ""
# A document with its entities: the first e-mail that mentions SenseIQ.
doc="$(curl -s "$base/api/documents?q=SenseIQ&type=email&limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,800 --virtual-time-budget=60000 \
  --screenshot="$PWD/document.png" "$base/?doc=$doc" >/dev/null 2>&1
echo "document.png: document $doc"
# Palette PNGs are a third of the size and look the same (apt-get install pngquant).
if command -v pngquant >/dev/null; then
  pngquant --force --skip-if-larger --ext .png --quality 70-95 ./*.png || true
fi
