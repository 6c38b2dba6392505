"""The command line: thin shells over library calls; errors become messages and exit codes here."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer
from rich.console import Console

from eventwire.errors import EventwireError
from eventwire.export.acled_csv import write_csv
from eventwire.export.table import print_table
from eventwire.records import ClaimedFigure, Extraction, Missing, Quarantined, Story

if TYPE_CHECKING:
    from eventwire.store import Store

T = TypeVar("T")

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
    """Ingest the bundled demo corpus into a fresh SQLite store in OUTPUT, and export events.csv and events.json."""
    from eventwire.batch import ingest as run_ingest
    from eventwire.store import Store

    corpus = resources.files("eventwire").joinpath("demo/articles.jsonl")
    db = output / "demo.db"  # not eventwire.db, the default store: `demo -o .` must never wipe a user's data
    try:
        output.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):  # a fresh store every time: the demo shows a first run
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    except OSError as exc:
        _fail(f"cannot write to {output}: {exc.strerror}; choose another folder with --output", code=2)
    try:
        with resources.as_file(corpus) as path:
            summary = run_ingest([str(path)], db=str(db), workers=1)
        with Store.open(str(db)) as store:
            results = list(store.extractions(articles_without_events=True))
            stories = store.stats().stories
    except EventwireError as exc:
        _fail(str(exc), code=2)
    with (output / "events.csv").open("w", encoding="utf-8", newline="") as fh:
        rows = write_csv(results, fh)
    (output / "events.json").write_text(_json(results), encoding="utf-8")
    print_table(results, Console(width=160))
    err.print(
        f"{summary.ok} articles, {rows} events stored in {db}; {stories} happenings reported by several articles\n"
        f"  exports:  {output / 'events.csv'} (ACLED columns), {output / 'events.json'} (full records)\n"
        f"  look:     eventwire events --db {db} --country Sudan --format csv\n"
        f"            eventwire events --db {db} --format geojson -o events.geojson   (open in QGIS)\n"
        f"            eventwire stats --db {db}\n"
        f"            eventwire stories --db {db}   (one happening, several outlets, every claimed toll)\n"
        f'            sqlite3 {db} "SELECT event_date, country, sub_event_type, fatalities, story_id FROM events"',
        highlight=False,
        markup=False,
        soft_wrap=True,
    )


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="EVENTWIRE_DB",
        show_default=False,
        help="the store: a file path or sqlite:///path (SQLite), or postgresql://user@host/db  [default: ./eventwire.db]",
    ),
]


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    geojson = "geojson"
    parquet = "parquet"


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="article files (.txt, .html, .jsonl, …), feeds, WARC archives, directories, or - for stdin"
        ),
    ],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option(min=1, help="worker processes  [default: all cores]")] = None,
    published: Annotated[str | None, typer.Option(help="publication date (YYYY-MM-DD) for inputs without one")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar, only the summary line")] = False,
) -> None:
    """Extract events from articles into the store. Texts already stored are skipped, so re-running
    after an interruption resumes; bad inputs are set aside (see `eventwire quarantine`)."""
    from eventwire.batch import count_inputs
    from eventwire.batch import ingest as run_ingest
    from eventwire.store import StoreError

    date = _parse_date(published)
    with _IngestProgress(None if quiet else count_inputs(paths), enabled=not quiet) as progress:
        try:
            summary = run_ingest(paths, db=db, workers=workers, published=date, on_progress=progress.update)
        except StoreError as exc:
            _fail(str(exc), code=2)
        except EventwireError as exc:
            _fail(str(exc), code=1)
    err.print(
        f"{summary.ok} stored, {summary.skipped} skipped (already stored), {summary.quarantined} quarantined, "
        f"{summary.events} events"
        + ("; interrupted: run the same command again to resume" if summary.interrupted else ""),
        highlight=False,
        soft_wrap=True,
    )
    if summary.passed_over and not quiet:
        kinds = ", ".join(f"{n} {kind}" for kind, n in summary.passed_over.most_common())
        err.print(f"passed over (not articles): {kinds}", style="dim", highlight=False, soft_wrap=True)
    if summary.quarantined and not quiet:
        err.print(f"see why with: eventwire quarantine{_db_flag(db)}", style="dim", highlight=False)
    if summary.interrupted:
        raise typer.Exit(code=130)
    if summary.read == 0:
        raise typer.Exit(code=1)


@app.command()
def events(
    db: DbOption = None,
    country: Annotated[str | None, typer.Option(help="country name or ISO3 code")] = None,
    since: Annotated[str | None, typer.Option(help="events on or after this day (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="events on or before this day (YYYY-MM-DD)")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="ACLED event type or sub-event type")] = None,
    actor: Annotated[str | None, typer.Option(help="part of an actor's name, e.g. 'Islamic State'")] = None,
    bbox: Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")] = None,
    scope: Annotated[
        list[str] | None,
        typer.Option(help="only articles of this scope: 'event report', summary, background (repeatable)"),
    ] = None,
    format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="csv: ACLED-compatible; json: full records; geojson: points; parquet"),
    ] = ExportFormat.csv,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write here instead of standard output")] = None,
) -> None:
    """Query the stored events and export them."""
    from eventwire.export.geojson import write_geojson
    from eventwire.export.parquet import write_parquet

    query = _event_query(country, since, until, type_, actor, bbox, scope)
    if format is ExportFormat.parquet and output is None:
        _fail("--format parquet writes a binary file: give -o FILE.parquet", code=2)
    store = _open_store(db)
    results = store.extractions(query)
    try:
        if format is ExportFormat.parquet:
            count = write_parquet(results, output)  # type: ignore[arg-type]  # parquet without -o was refused above
        else:
            with _output(output) as out:
                if format is ExportFormat.csv:
                    count = write_csv(results, out)
                elif format is ExportFormat.json:
                    counted = _EventCount(results)
                    _write(counted, Format.json, out)
                    count = counted.n
                else:
                    written = write_geojson(results, out)
                    count = written.features
                    if written.without_coordinates:
                        err.print(
                            f"{written.without_coordinates} event(s) without coordinates left out", highlight=False
                        )
    except BrokenPipeError:  # the reader stopped early (| head): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}; check that its folder exists", code=2)
    except EventwireError as exc:  # the store could not be read
        _fail(str(exc), code=2)
    finally:
        store.close()
    err.print(f"[dim]{count} event(s) from {store.url}[/dim]", highlight=False)


@app.command()
def stats(
    db: DbOption = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.table,
) -> None:
    """Counts in the store: articles, events, claims, and events by country, type and month."""
    from rich.columns import Columns
    from rich.table import Table as RichTable

    result, url = _read_store(db, lambda store: store.stats())
    if format is ReportFormat.json:
        print(result.model_dump_json(indent=1))
        return
    out = Console()
    out.print(
        f"{url}: {result.articles} articles, {result.events} events, {result.claims} claims, "
        f"{result.stories} stories told by several articles, {result.quarantined} quarantined inputs, {result.runs} runs",
        highlight=False,
    )
    tables = []
    for title, counts in (("country", result.by_country), ("event type", result.by_type), ("month", result.by_month)):
        table = RichTable(title=f"events by {title}")
        table.add_column(title)
        table.add_column("events", justify="right")
        for count in counts:
            table.add_row(count.key, str(count.n))
        tables.append(table)
    out.print(Columns(tables))


@app.command()
def quarantine(
    db: DbOption = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.table,
) -> None:
    """Inputs that ingest runs set aside, with the reason and how to fix them."""
    from rich.table import Table as RichTable

    entries, url = _read_store(db, lambda store: store.quarantined())
    if format is ReportFormat.json:
        print(json.dumps([json.loads(e.model_dump_json()) for e in entries], indent=1, ensure_ascii=False))
        return
    if not entries:
        err.print(f"nothing quarantined in {url}", highlight=False)
        return
    table = RichTable()
    for column in ("input", "stage", "reason", "seen", "last seen"):
        table.add_column(column, overflow="fold")
    for e in entries:
        where = e.input + (f" [{e.position}]" if e.position else "")
        table.add_row(where, e.stage, e.reason, str(e.count), e.last_seen.strftime("%Y-%m-%d %H:%M"))
    Console().print(table)
    err.print(f"{len(entries)} quarantined input(s) in {url}", highlight=False)


@app.command()
def stories(
    db: DbOption = None,
    min_articles: Annotated[int, typer.Option(min=1, help="only happenings told by at least this many articles")] = 2,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.table,
) -> None:
    """Happenings reported by several articles: one row each, every claimed death toll side by side."""
    from rich.table import Table as RichTable

    found, url = _read_store(db, lambda store: list(store.stories(min_articles=min_articles)))
    if format is ReportFormat.json:
        print(json.dumps([json.loads(s.model_dump_json()) for s in found], indent=1, ensure_ascii=False))
        return
    table = RichTable()
    for column in ("story", "date", "place", "type", "articles", "killed", "claims"):
        table.add_column(column, overflow="fold")
    for s in found:
        table.add_row(
            s.id,
            "" if isinstance(s.date, Missing) else _days(s.date.start, s.date.end),
            "" if isinstance(s.place, Missing) or isinstance(s.place.location, Missing) else s.place.location.name,
            s.type.sub_event_type,
            str(s.corroboration),
            _story_toll(s),
            "\n".join(_claimed(f) for f in ([] if isinstance(s.fatalities, Missing) else s.fatalities.figures)),
        )
    Console(width=None if sys.stdout.isatty() else 160).print(table)
    err.print(f"{len(found)} happening(s) told by {min_articles}+ articles in {url}", highlight=False)


@app.command()
def relink(db: DbOption = None) -> None:
    """Link every stored event into stories again, after an upgrade changed the linking rule."""
    done, url = _read_store(db, lambda store: store.relink())
    err.print(
        f"{url}: relinked {done.events} events in {done.countries} countries: {done.stories} stories, "
        f"{done.linked} told by several articles",
        highlight=False,
    )


def _days(start: dt.date, end: dt.date) -> str:
    return str(start) if start == end else f"{start}..{end}"


def _story_toll(story: Story) -> str:
    if isinstance(story.fatalities, Missing):
        return ""
    f = story.fatalities
    span = f"{f.low}" if f.high == f.low else f"{f.low}-{f.high if f.high is not None else ''}"
    return f"{f.assessed.value} (claims {span}{', disputed' if f.disputed else ''})"


def _claimed(figure: ClaimedFigure) -> str:
    toll = f"{figure.qualifier + ' ' if figure.qualifier else ''}{figure.killed}"
    party = ", a party" if figure.is_party else ""
    return f"{toll}: {figure.claimant} ({figure.claimant_type}{party}){' in ' + figure.outlet if figure.outlet else ''}"


class _IngestProgress:
    """The ingest progress bar: articles done, articles/s, events found, ETA (when the total is known)."""

    def __init__(self, total: int | None, *, enabled: bool) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TextColumn("{task.fields[events]} events"),
            TextColumn("{task.fields[quarantined]} quarantined"),
            TimeRemainingColumn(),
            console=err,
            disable=not enabled,
        )
        self._task = self._progress.add_task("ingest", total=total, rate="-", events=0, quarantined=0)

    def __enter__(self) -> _IngestProgress:
        self._progress.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._progress.stop()

    def update(self, summary) -> None:  # type: ignore[no-untyped-def]
        task = self._progress.tasks[0]
        rate = f"{task.speed:.1f}" if task.speed else "-"
        self._progress.update(
            self._task, completed=summary.done, rate=rate, events=summary.events, quarantined=summary.quarantined
        )


class _EventCount:
    """Passes extractions through, counting their events."""

    def __init__(self, results) -> None:  # type: ignore[no-untyped-def]
        self._results = results
        self.n = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for result in self._results:
            self.n += len(result.events)
            yield result


def _read_store(db: str | None, read: Callable[[Store], T]) -> tuple[T, str]:
    """``read(store)`` and the store's URL; a store that cannot be opened or read is a message, exit 2."""
    store = _open_store(db)
    try:
        return read(store), store.url
    except EventwireError as exc:
        _fail(str(exc), code=2)
    finally:
        store.close()


def _open_store(db: str | None):  # type: ignore[no-untyped-def]
    from eventwire.store import Store

    try:
        return Store.open(db)
    except EventwireError as exc:
        _fail(str(exc), code=2)


def _event_query(country, since, until, type_, actor, bbox, scope=None):  # type: ignore[no-untyped-def]
    from pydantic import ValidationError

    from eventwire.store import EventQuery

    box = None
    if bbox is not None:
        try:
            box = tuple(float(v) for v in bbox.split(","))
        except ValueError:
            box = ()
        if len(box) != 4:
            _fail(
                f"--bbox {bbox!r}: give four numbers min_lon,min_lat,max_lon,max_lat, e.g. 35.7,32.3,42.4,37.3", code=2
            )
    try:
        return EventQuery(
            country=country,
            since=_day(since, "--since"),
            until=_day(until, "--until"),
            type=type_,
            actor=actor,
            bbox=box,
            scope=tuple(s.strip().lower() for s in scope) if scope else None,
        )
    except ValidationError as exc:
        _fail(f"bad query: {exc.errors()[0]['msg'].removeprefix('Value error, ')}", code=2)


def _day(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{flag} {value!r} is not a date: write it as YYYY-MM-DD", code=2)


def _output(path: Path | None):  # type: ignore[no-untyped-def]
    from contextlib import nullcontext

    return path.open("w", encoding="utf-8", newline="") if path else nullcontext(sys.stdout)


def _db_flag(db: str | None) -> str:
    return f" --db {db}" if db else ""


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
            where = r.source + (f" [{r.position}]" if r.position else f", line {r.line}" if r.line else "")
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


@app.command()
def train(
    paths: Annotated[list[Path], typer.Argument(help='.jsonl snippets ({"text", "label"}) or ACLED .csv exports')],
    output: Annotated[Path, typer.Option("--output", "-o", help="folder for the model")],
) -> None:
    """Train the sub-event type model on your own coded reports (e.g. your ACLED export).

    Use it with EVENTWIRE_TYPING_MODEL=FOLDER; it chooses within the family of the rules' type."""
    from eventwire.stages.typing import read_training, train_on

    try:
        snippets = read_training(paths)
        err.print(f"training on {len(snippets)} snippets of {len({s.label for s in snippets})} types…", highlight=False)
        folder = train_on(snippets, output)
    except EventwireError as exc:
        _fail(str(exc), code=2)
    err.print(f"model written to {folder}; use it with EVENTWIRE_TYPING_MODEL={folder}", highlight=False)


@app.command("eval")
def eval_(
    dataset: Annotated[str, typer.Argument(help="case2021, acled, gtd, isaf, ceha, muc4, fakes, geocode or snippets")],
    data: Annotated[Path | None, typer.Option(help="the dataset's file or folder (default: ../shared/data/…)")] = None,
    limit: Annotated[int | None, typer.Option(help="score only N items, spread evenly over the split", min=1)] = None,
    report: Annotated[Path | None, typer.Option(help="also write the full report (JSON) here")] = None,
    split: Annotated[str, typer.Option(help="dev, test (published figures) or all")] = "test",
    corpus: Annotated[str | None, typer.Option(help="geocode only: which gold corpus")] = None,
) -> None:
    """Measure eventwire on a public gold dataset and print the figures."""
    from rich.progress import Progress

    from eventwire.evaluation import DATASETS, evaluate

    if dataset not in DATASETS:
        _fail(f"unknown dataset {dataset!r}: choose one of {', '.join(DATASETS)}", code=2)
    if report and not report.parent.is_dir():
        _fail(f"cannot write {report}: folder {report.parent} does not exist; create it first", code=2)
    options = {"corpus": corpus} if corpus else {}
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task(f"eval {dataset}", total=None)
        try:
            result = evaluate(
                dataset,
                data=data,
                limit=limit,
                split=split,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                **options,
            )
        except EventwireError as exc:
            _fail(str(exc), code=2)
    _print_report(result)
    if report:
        try:
            result.save(report)
        except OSError as exc:
            _fail(f"cannot write {report}: {exc.strerror}; check that its folder exists", code=2)
        err.print(f"report → {report}", highlight=False)


def _print_report(result) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table as RichTable

    out = Console(width=max(160, Console().width))
    out.print(f"{result.dataset}: {result.items} items of the {result.split} part of {result.data}", highlight=False)
    head = RichTable(title=f"{result.dataset} ({result.split})")
    head.add_column("metric")
    head.add_column("value", justify="right")
    for name, value in result.metrics.items():
        head.add_row(name, "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value))
    out.print(head)
    for table in result.tables:
        if len(table.columns) > 12:  # a confusion matrix: readable in the JSON report, not in a terminal
            err.print(f"{table.title}: in the JSON report (--report)", highlight=False)
            continue
        shown = RichTable(title=table.title)
        for column in table.columns:
            shown.add_column(str(column), overflow="fold")
        for row in table.rows:
            shown.add_row(*("" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))
        out.print(shown)
    for note in result.notes:
        out.print(f"• {note}", style="dim", highlight=False, markup=False)
    err.print(f"{len(result.examples)} misses kept in the report's examples; {result.seconds} s", highlight=False)


def main() -> None:
    app()
