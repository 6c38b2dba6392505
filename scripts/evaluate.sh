#!/usr/bin/env bash
# Every `eventwire eval` on its test part (and on "all" where published figures are for whole sets),
# reports into OUTDIR (default eval-reports/), then EVALUATION.md rebuilt from them. ~3 min, one core.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-eval-reports}
mkdir -p "$out"
bin=${EVENTWIRE:-.venv/bin/eventwire}
run() { local name=$1; shift; echo "eval $name" >&2; "$bin" eval "$@" --report "$out/$name.json" > "$out/$name.txt"; }
run case2021-test case2021
run case2021-all case2021 --split all
run acled-test acled
run acled2016-test acled --data ../shared/data/acled-aschharwood-2016
run gtd-test gtd
run isaf-test isaf
run ceha-test ceha
run muc4-test muc4
run fakes-test fakes
run snippets-test snippets
for corpus in gwn lgl trnews geovirus; do run "geocode-$corpus-test" geocode --corpus "$corpus"; done
run geocode-gwn-all geocode --corpus gwn --split all
run geocode-lgl-all geocode --corpus lgl --split all
.venv/bin/python -m eventwire.evaluation.markdown "$out"/*.json > EVALUATION.md
echo "reports in $out/, figures in EVALUATION.md" >&2
