"""Build the ingest benchmark corpus from ../shared/data (read by path, never shipped).

News and press texts from four sources, interleaved in a fixed order: FA-KES (Syrian war
reporting), MUC-4 (Latin American terrorism wire reports), ISAF press releases (Afghanistan) and
the GLOCON gold sample (South African news). The ~4,300 texts are repeated as needed; each copy
gets a different closing line, so every article has its own content hash and is stored, not
skipped:

    python bench/make_ingest_corpus.py [--articles 10000] [--shared ../shared] [--out bench/out/ingest-10000.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def fakes(shared: Path) -> Iterator[dict[str, str]]:
    with (shared / "data/fa-kes/FA-KES-Dataset.csv").open(encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh):
            yield {"id": f"fakes-{row['unit_id']}", "text": f"{row['article_title']}\n\n{row['article_content']}"}


def muc4(shared: Path) -> Iterator[dict[str, str]]:
    for part in ("train", "dev", "test"):
        path = shared / f"data/muc4-gtt/data/muc/processed/{part}.json"
        for line in path.read_text("utf-8").splitlines():
            doc = json.loads(line)
            yield {"id": f"muc4-{doc['docid']}", "text": doc["doctext"]}


def isaf(shared: Path) -> Iterator[dict[str, str]]:
    path = shared / "data/isaf-press-releases/data/predibase_isaf_press_releases_ft_test.jsonl"
    for n, line in enumerate(path.read_text("utf-8").splitlines()):
        text = json.loads(line)["prompt"].split("PRESS RELEASE TEXT:", 1)[1].strip()
        yield {"id": f"isaf-{n}", "text": text}


def glocon(shared: Path) -> Iterator[dict[str, str]]:
    path = shared / "data/glocon-gold-sample/sample/document/Sabinet_R.json"
    for line in path.read_text("utf-8").splitlines():
        doc = json.loads(line)
        yield {"id": f"glocon-{doc['id']}", "text": doc["text"]}


def originals(shared: Path) -> list[dict[str, str]]:
    """Every source's texts, interleaved (one of each in turn until all run out)."""
    sources = [list(reader(shared)) for reader in (fakes, muc4, isaf, glocon)]
    mixed = []
    for n in range(max(len(s) for s in sources)):
        mixed += [s[n] for s in sources if n < len(s) and s[n]["text"].strip()]
    return mixed


def corpus(shared: Path, articles: int) -> Iterator[dict[str, str]]:
    texts = originals(shared)
    for n, article in enumerate(islice(cycle(texts), articles)):
        copy = n // len(texts)
        if copy == 0:
            yield article
        else:
            text = f"{article['text'].rstrip()}\n\nArchive copy {copy} of this report."
            yield {"id": f"{article['id']}-copy{copy}", "text": text}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if not (args.shared / "data").is_dir():
        print(
            f"{args.shared}/data is missing: put the shared data beside the checkout or pass --shared", file=sys.stderr
        )
        return 2
    out = args.out or OUT / f"ingest-{args.articles}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for article in corpus(args.shared, args.articles):
            words += len(article["text"].split())
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    print(f"{args.articles} articles, {words} words → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
