#!/usr/bin/env bash
# Do two Darkroom homes hold the same results? Row counts of every table, a fingerprint of the facts, the entities
# and the documents (run ids and timestamps left out: they differ between runs by design; decimals cut to 6 places:
# a sentiment averaged over partitions in another order differs in the 16th digit) and the top-10 insights. Used by cluster-vs-local.sh on a local[2] and a cluster run of the same input.
#   bench/compare-homes.sh HOME_A HOME_B        exit 0 when equal, 1 when not (the differing lines are printed)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CP="$ROOT/app/target/darkroom-app.jar:$(cat "$ROOT/app/target/darkroom.classpath")"
FLAGS="$(cat "$ROOT/app/target/darkroom-jvm.flags")"
fingerprint() {  # table, expression per row
  echo "SELECT '$1' AS what, sha2(concat_ws('|', sort_array(collect_list($2))), 256) AS value FROM $1"
}
QUERY="
SELECT 'rows:' || t AS what, CAST(n AS STRING) AS value FROM (
  SELECT 'files' t, COUNT(*) n FROM files UNION ALL SELECT 'documents', COUNT(*) FROM documents
  UNION ALL SELECT 'entities', COUNT(*) FROM entities UNION ALL SELECT 'facts', COUNT(*) FROM facts
  UNION ALL SELECT 'doc_features', COUNT(*) FROM doc_features UNION ALL SELECT 'insights', COUNT(*) FROM insights)
UNION ALL $(fingerprint facts "regexp_replace(to_json(struct(*)), '([0-9][.][0-9]{6})[0-9]+', '\$1')")
UNION ALL $(fingerprint entities "concat_ws(',', doc_id, CAST(sentence AS STRING), CAST(\`begin\` AS STRING), CAST(\`end\` AS STRING), type, text, canonical, CAST(amount AS STRING))")
UNION ALL $(fingerprint documents "concat_ws(',', doc_id, file_path, embedded_path, mime, title, CAST(word_count AS STRING), sha2(coalesce(text, ''), 256))")
UNION ALL SELECT 'insight ' || lpad(CAST(rank AS STRING), 2, '0'), kind || ': ' || sentence FROM insights WHERE rank <= 10"
summarise() {
  java $FLAGS -cp "$CP" io.darkroom.app.Darkroom sql --home "$1" --master 'local[2]' --csv --limit 100 "$QUERY" 2>/dev/null | sort
}
A="$(summarise "$1")"; B="$(summarise "$2")"
if [[ "$A" == "$B" ]]; then
  echo "same results: $(grep -c . <<< "$A") checks equal ($(grep '^rows:' <<< "$A" | tr '\n' ' '))"
else
  echo "results differ:"; diff <(echo "$A") <(echo "$B") || true; exit 1
fi
