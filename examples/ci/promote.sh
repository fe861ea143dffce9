#!/usr/bin/env bash
# Continuous training with a quality gate: train a candidate (tracked), gate it on hold-out rows against the
# current champion, and only when the gate passes register it and move the champion alias to it.
# Usage: examples/ci/promote.sh TRAIN.csv HOLDOUT.csv [MODEL_NAME]
# Environment: LATHE (the command, default ./lathe), LATHE_STORE (the tracking store, default .lathe).
# Exit codes: 0 promoted, 1 the gate refused the candidate (the champion is unchanged), 2 bad input.
set -euo pipefail
lathe=${LATHE:-./lathe}
store=${LATHE_STORE:-.lathe}
train=${1:?usage: promote.sh TRAIN.csv HOLDOUT.csv [MODEL_NAME]}
holdout=${2:?usage: promote.sh TRAIN.csv HOLDOUT.csv [MODEL_NAME]}
name=${3:-breast-cancer}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Train a candidate; the run (hyperparameters, metrics, search trials, model) goes into the store.
$lathe train "$train" --target diagnosis --model logistic_regression --tune random --trials 6 --cv 3 \
  -o "$work/candidate.lathe" --store "$store" --experiment ci --json > "$work/train.json"
run=$(grep -o '"run_id" *: *"[^"]*"' "$work/train.json" | sed 's/.*"\([^"]*\)"$/\1/')
echo "trained run $run"

# 2. Gate: an absolute floor, and no worse than the champion when there is one.
baseline=()
if $lathe registry show "$name" --store "$store" --json 2>/dev/null | grep -q '"champion"'; then
  baseline=(--baseline "models:/$name@champion" --min-improvement 0)
fi
if ! $lathe gate --candidate "$work/candidate.lathe" --data "$holdout" --metric roc_auc --min 0.9 \
    "${baseline[@]}" --store "$store"; then
  echo "gate failed: $name@champion unchanged"
  exit 1
fi

# 3. Promote: register the run's model as the next version and point the champion alias at it.
version=$($lathe registry register "runs:/$run/model.lathe" --name "$name" --store "$store" --json \
  | grep -o '"version" *: *[0-9]*' | grep -o '[0-9]*$')
$lathe registry alias set "$name" champion "$version" --store "$store"
echo "promoted $name version $version to champion"
