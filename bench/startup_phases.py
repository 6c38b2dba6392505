"""Where `eventwire extract`'s start-up goes: CPU seconds of each import and loading step, in one process.

    python bench/startup_phases.py [--runs 3]

Each run is a fresh interpreter (imports are cached within one); the minimum of the runs is printed per
step, so a busy shared machine shows less. What start-up costs as a whole process (interpreter included) is
in bench/extract_throughput.py's start-up figure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

STEPS = r"""
import json, time
T = time.process_time
steps = []
def step(name, t0):
    steps.append((name, T() - t0))
    return T()
t = T()
import eventwire.cli, eventwire.runner
t = step("import eventwire (CLI and pipeline modules)", t)
import spacy
t = step("import spaCy", t)
from eventwire import pipeline as P
from eventwire.lexicon import load_actors, load_cues, load_event_terms
from eventwire.stages.nlp import LanguageStage
actors = load_actors()
t = step("actor lexicon", t)
gazetteer = P.Gazetteer.load()
names = gazetteer.ruler_names(limit=P.RULER_PLACES)
t = step("gazetteer index and its names", t)
language = LanguageStage.load(actors.surface_forms(), names)
t = step("spaCy model and name matcher", t)
places = P.PlaceStage(gazetteer)
claims = P.ClaimStage(load_cues(), actors, country_of=places.iso3_of)
terms = load_event_terms()
t = step("word lists (cues, event terms)", t)
events = P.EventStage(terms, P.ActorStage(actors), claims, places, P.default_model())
P.ScopeStage.after(events, terms)
t = step("event stages", t)
print(json.dumps(steps))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", STEPS], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr[-2000:], file=sys.stderr)
            return done.returncode
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    names = [name for name, _ in runs[0]]
    best = {name: min(dict(run)[name] for run in runs) for name in names}
    for name in names:
        print(f"{best[name]:7.3f} s  {name}")
    print(f"{sum(best.values()):7.3f} s  in all (minimum of {args.runs} runs each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
