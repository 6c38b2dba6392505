"""Throughput, memory and start-up of `eventwire extract`, beside the bare spaCy pass over the same texts.

    python bench/extract_throughput.py [--runs 3] [--large 10] [--corpus bench/out/corpus-1000.jsonl]

Builds the fixed corpus first when it is absent (bench/make_corpus.py, from ../shared). Every figure
is a whole process measured by the operating system (CPU seconds and peak resident memory from
wait4's rusage), so a busy shared machine shows in wall time but hardly in CPU time: articles per
CPU-second is the figure per core. Prints a table and writes bench/out/extract-throughput.json.

- one core: `eventwire extract CORPUS --format csv` in one process;
- spaCy: bench/spacy_baseline.py, the small model with all its components, same texts, same run;
- all cores: bench/parallel_extract.py, one pipeline per core over slices of the corpus;
- start-up: `eventwire extract` on one article;
- --large N: the corpus repeated N times through `eventwire extract` (peak memory over a long batch).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
BIN = Path(sys.executable).parent


def measure(cmd: list[str]) -> dict[str, float]:
    """Run ``cmd`` to the end; its wall seconds, CPU seconds (with its children) and peak RSS in MiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-2000:]}")
    # ru_maxrss of wait4 is the largest of the process and the children it waited for (KiB on Linux).
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024}


def median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=OUT / "corpus-1000.jsonl")
    parser.add_argument("--runs", type=int, default=1, help="runs of each command; medians are reported")
    parser.add_argument("--large", type=int, default=0, help="also run the corpus repeated N times (memory)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not args.corpus.exists():
        built = subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--out", str(args.corpus)], check=False)
        if built.returncode != 0:
            return built.returncode
    lines = args.corpus.read_text("utf-8").splitlines()
    n = len(lines)
    one = OUT / "one-article.jsonl"
    one.write_text(lines[0] + "\n", encoding="utf-8")
    csv_out = str(OUT / "bench-extract.csv")
    eventwire = [str(BIN / "eventwire"), "extract", "--format", "csv", "-o", csv_out]
    commands = {
        "extract": eventwire + [str(args.corpus)],
        "spacy": [sys.executable, str(HERE / "spacy_baseline.py"), str(args.corpus)],
        "parallel": [
            sys.executable,
            str(HERE / "parallel_extract.py"),
            str(args.corpus),
            "--workers",
            str(args.workers),
        ],
        "startup": eventwire + [str(one)],
    }
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for r in range(args.runs):  # interleaved, so drift on a shared machine hits every command alike
        for name, cmd in commands.items():
            runs[name].append(measure(cmd))
            print(f"run {r + 1}/{args.runs} {name}: {runs[name][-1]}", file=sys.stderr)
    fig = {name: median(rs) for name, rs in runs.items()}
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": machine(),
        "articles": n,
        "runs": args.runs,
        "figures": fig,
        "articles_per_cpu_s": n / fig["extract"]["cpu_s"],
        "articles_per_s_one_core_wall": n / fig["extract"]["wall_s"],
        "articles_per_s_all_cores_wall": n / fig["parallel"]["wall_s"],
        "articles_per_cpu_s_all_cores": n / fig["parallel"]["cpu_s"],
        "spacy_articles_per_cpu_s": n / fig["spacy"]["cpu_s"],
        "ratio_cpu_vs_spacy": fig["extract"]["cpu_s"] / fig["spacy"]["cpu_s"],
        "startup_wall_s": fig["startup"]["wall_s"],
        "startup_cpu_s": fig["startup"]["cpu_s"],
    }
    if args.large:
        big = OUT / f"corpus-{n * args.large}.jsonl"
        if not big.exists():
            big.write_text("\n".join(lines * args.large) + "\n", encoding="utf-8")
        large = measure(eventwire + [str(big)])
        result["large"] = {"articles": n * args.large, **large, "articles_per_cpu_s": n * args.large / large["cpu_s"]}
    (OUT / "extract-throughput.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{result['date']}  {result['machine']}  {n} articles, median of {args.runs}")
    print(f"{'':22} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'art/CPU-s':>10}")
    for name, f in fig.items():
        per = f"{n / f['cpu_s']:10.1f}" if name != "startup" else f"{'':>10}"
        print(f"{name:22} {f['wall_s']:8.2f} {f['cpu_s']:8.2f} {f['peak_mib']:9.0f} {per}")
    if "large" in result:
        g = result["large"]
        print(
            f"{'large x' + str(args.large):22} {g['wall_s']:8.2f} {g['cpu_s']:8.2f} {g['peak_mib']:9.0f} {g['articles_per_cpu_s']:10.1f}"
        )
    print(
        f"one core: {result['articles_per_cpu_s']:.1f} articles/CPU-s; all {args.workers} cores: "
        f"{result['articles_per_s_all_cores_wall']:.1f} articles/s wall; eventwire/spaCy CPU ratio "
        f"{result['ratio_cpu_vs_spacy']:.2f}; start-up {result['startup_wall_s']:.2f} s wall"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
