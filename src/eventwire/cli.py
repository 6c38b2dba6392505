"""The command line: thin shells over library calls; errors become messages and exit codes here."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from eventwire.errors import EventwireError
from eventwire.export.acled_csv import write_csv
from eventwire.export.table import print_table
from eventwire.records import Extraction, Quarantined

app = typer.Typer(
    no_args_is_help=True, add_completion=False, help="Conflict news in; evidence-linked events and claims out."
)
err = Console(stderr=True)


class Format(StrEnum):
    json = "json"
    csv = "csv"
    table = "table"


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help=".txt, .html or .jsonl files, directories, or - for standard input")
    ],
    published: Annotated[str | None, typer.Option(help="publication date (YYYY-MM-DD) for inputs without one")] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="json: full records; csv: ACLED-compatible; table: summary")
    ] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write here instead of standard output")] = None,
) -> None:
    """Read articles and print their events and claims."""
    from eventwire.runner import extract_paths

    date = _parse_date(published)
    try:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}; check that its folder exists", code=2)
    stats = {"ok": 0, "quarantined": 0}
    try:
        _write(_counted(extract_paths(paths, published=date), stats), format, out)
    except EventwireError as exc:
        _fail(str(exc), code=1)
    finally:
        if output:
            out.close()
    err.print(f"[dim]{stats['ok']} article(s) read, {stats['quarantined']} set aside[/dim]")
    if stats["ok"] == 0:
        raise typer.Exit(code=1)


@app.command()
def demo(
    output: Annotated[Path, typer.Option("--output", "-o", help="folder for the results")] = Path("eventwire-demo"),
) -> None:
    """Run the pipeline on the bundled demo corpus and write events.csv and events.json."""
    from eventwire.runner import extract_paths

    corpus = resources.files("eventwire").joinpath("demo/articles.jsonl")
    output.mkdir(parents=True, exist_ok=True)
    with resources.as_file(corpus) as path:
        results = [r for r in extract_paths([str(path)]) if isinstance(r, Extraction)]
    with (output / "events.csv").open("w", encoding="utf-8", newline="") as fh:
        rows = write_csv(results, fh)
    (output / "events.json").write_text(_json(results), encoding="utf-8")
    print_table(results, Console(width=160))
    err.print(f"{len(results)} articles, {rows} events → {output / 'events.csv'} and {output / 'events.json'}")


def _write(results, format: Format, out) -> None:  # type: ignore[no-untyped-def]
    if format is Format.csv:
        write_csv(results, out)
    elif format is Format.json:
        out.write("[")
        for n, r in enumerate(results):
            out.write(("," if n else "") + "\n" + r.model_dump_json(indent=1))
        out.write("\n]\n")
    else:
        print_table(results, Console(file=out, width=160))


def _counted(results, stats: dict[str, int]):  # type: ignore[no-untyped-def]
    for r in results:
        if isinstance(r, Quarantined):
            stats["quarantined"] += 1
            where = f"{r.source}" + (f", line {r.line}" if r.line else "")
            err.print(f"skipped {where}: {r.reason}", style="yellow", highlight=False, markup=False)
            continue
        stats["ok"] += 1
        yield r


def _json(results: list[Extraction]) -> str:
    return json.dumps([json.loads(r.model_dump_json()) for r in results], indent=1, ensure_ascii=False)


def _fail(message: str, *, code: int) -> NoReturn:
    err.print(message, style="red", markup=False, highlight=False)
    raise typer.Exit(code=code)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        err.print(f"--published {value!r} is not a date: write it as YYYY-MM-DD", style="red", markup=False)
        raise typer.Exit(code=2) from None


def main() -> None:
    app()
