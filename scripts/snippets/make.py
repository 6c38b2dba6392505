"""Compose reports from the core sentences of classes_a.py and the slot pools of pools.py (fixed seed)."""
import json, random, re, sys
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from pools import *
from classes_a import T
rng = random.Random(2026)
PER = int(sys.argv[2]) if len(sys.argv) > 2 else 110

def fill(tpl, c):
    n, m = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 20, 23, 31, 45]), rng.choice([2, 3, 4, 5, 6, 8, 10, 13, 15, 19, 25, 40])
    if "raped" in tpl or "sexual" in tpl:
        m = rng.choice([2, 3, 4, 5, 6, 7])
    d = rng.choice(DATES) if rng.random() < 0.7 else ""
    s = tpl.format(D=d, gov=rng.choice(c["gov"]), reb=rng.choice(c["reb"]), pl=rng.choice(c["pl"]), n=n, m=m,
                   civ=rng.choice(CIV), one=rng.choice(ONE), base=rng.choice(BASE))
    s = re.sub(r"\s+", " ", s).strip()
    s = s[0].upper() + s[1:]
    return s, n, m

def snippet(label):
    c = rng.choice(COUNTRIES)
    core, n, m = fill(rng.choice(T[label]), c)
    parts = []
    r = rng.random()
    if r < 0.35 and core.endswith("."):
        core = core[:-1] + rng.choice(SAID)
    parts.append(core)
    if rng.random() < 0.35 and label not in ("Sexual violence", "Abduction/forced disappearance", "NONE"):
        lines = CASUALTY if label not in ("Chemical weapon", "Grenade") else CASUALTY[4:]
        if re.search(r"kill|dead|died|death|bodies", core):  # a toll already told: no line that contradicts it
            lines = [x for x in lines if not x.startswith(("No casualties", "There were no", "One person", "{n} bodies"))]
        parts.append(rng.choice(lines).format(n=n, m=m))
    if rng.random() < 0.2:
        parts.append(rng.choice(BACKGROUND))
    if rng.random() < 0.12:
        parts.insert(0, rng.choice(BACKGROUND))
    if rng.random() < 0.1:
        parts.insert(0, f"{c['c'].upper()} -")
    return " ".join(parts)

out = []
for label in T:
    seen = set()
    tries = 0
    while len(seen) < PER and tries < PER * 20:
        tries += 1
        s = snippet(label)
        if s not in seen:
            seen.add(s)
            out.append({"text": s, "label": label})
with open(sys.argv[1], "w") as fh:
    for row in out:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(out))
