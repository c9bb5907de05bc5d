"""A progress bar on stderr, so stdout stays clean for JSON."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

Report = Callable[[float, str], None]


@contextmanager
def progress_bar(label: str, enabled: bool = True) -> Iterator[Report]:
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield lambda fraction, stage: None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TextColumn("{task.fields[stage]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=1.0, stage="")

        def report(fraction: float, stage: str) -> None:
            bar.update(task, completed=min(1.0, max(0.0, fraction)), stage=stage)

        yield report
