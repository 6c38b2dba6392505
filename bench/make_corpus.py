"""Build the fixed 1,000-article benchmark corpus from ../shared/data (read by path, never shipped).

The corpus mixes full news articles (FA-KES, Syrian war reporting) with press releases (ISAF),
in a fixed order, so every run measures the same texts:

    python bench/make_corpus.py [--shared ../shared] [--out bench/out/corpus-1000.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ARTICLES = 1000


def fakes(shared: Path):
    with (shared / "data/fa-kes/FA-KES-Dataset.csv").open(encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh):
            yield {
                "id": f"fakes-{row['unit_id']}",
                "text": f"{row['article_title']}\n\n{row['article_content']}",
                "outlet": row["source"],
            }


def isaf(shared: Path):
    path = shared / "data/isaf-press-releases/data/predibase_isaf_press_releases_ft_test.jsonl"
    for n, line in enumerate(path.read_text("utf-8").splitlines()):
        text = json.loads(line)["prompt"].split("PRESS RELEASE TEXT:", 1)[1].strip()
        yield {"id": f"isaf-{n}", "text": text}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out" / "corpus-1000.jsonl")
    args = parser.parse_args()
    if not (args.shared / "data").is_dir():
        print(
            f"{args.shared}/data is missing: put the shared data beside the checkout or pass --shared", file=sys.stderr
        )
        return 2
    articles = [a for pair in zip(fakes(args.shared), isaf(args.shared), strict=False) for a in pair][:ARTICLES]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for article in articles:
            fh.write(json.dumps(article) + "\n")
    words = sum(len(a["text"].split()) for a in articles)
    print(f"{len(articles)} articles, {words} words → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
