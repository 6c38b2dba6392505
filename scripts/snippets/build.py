"""Write src/eventwire/lexicon/snippets/reports_a.jsonl: the hand-written reports (hand.py), then reports composed
from hand-written core sentences (classes_a.py) and shared slot pools (pools.py) by make.py. Run from anywhere:
``python scripts/snippets/build.py [PER_CLASS]`` (reports_a.jsonl was built with 130)."""
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SNIPPETS = HERE.parents[1] / "src" / "eventwire" / "lexicon" / "snippets"
sys.path.insert(0, str(HERE))
from hand import H  # noqa: E402

generated = HERE / "generated.jsonl"
subprocess.run([sys.executable, str(HERE / "make.py"), str(generated), sys.argv[1] if len(sys.argv) > 1 else "130"], check=True)
rows = [{"text": t, "label": lab} for lab, ts in H.items() for t in ts]
rows += [json.loads(line) for line in open(generated)]
generated.unlink()
seen, out = set(), []
existing = {json.loads(line)["text"] for line in open(SNIPPETS / "subevent_types.jsonl")}
for r in rows:
    if r["text"] in seen or r["text"] in existing:
        continue
    seen.add(r["text"])
    out.append(r)
with open(SNIPPETS / "reports_a.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), Counter(r["label"] for r in out))
