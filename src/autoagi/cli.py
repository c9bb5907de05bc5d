"""``autoagi``: serve the platform, manage its database and users, run the engine."""

from __future__ import annotations

import asyncio
import getpass
import sys
from pathlib import Path
from typing import Annotated

import typer

from autoagi.server.config import ConfigurationError, Settings

app = typer.Typer(help="Auto AGI Builder", no_args_is_help=True, pretty_exceptions_enable=False)
db_app = typer.Typer(help="Database schema migrations (Alembic).", no_args_is_help=True)
users_app = typer.Typer(help="User administration.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def _settings() -> Settings:
    try:
        return Settings()
    except ValueError as error:  # pydantic's ValidationError is a ValueError
        _fail(f"invalid configuration: {error}")
        raise  # unreachable; keeps type checkers content


def prepare_embedded_database(settings: Settings) -> None:
    """An empty embedded data directory gets its database created and migrated on first start.

    Production never migrates by itself: there ``autoagi db upgrade`` runs first.
    """
    from autoagi.server import dbmigrate

    if settings.env == "production":
        return
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    dbmigrate.upgrade(settings.resolved_database_url)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workers: Annotated[int, typer.Option(help="worker processes")] = 1,
    reload: Annotated[bool, typer.Option(help="restart on code changes (development)")] = False,
) -> None:
    """Serve the API (and the web UI when built) on HOST:PORT."""
    import uvicorn

    settings = _settings()
    try:
        settings.check_safe_for_environment()
    except ConfigurationError as error:
        _fail(str(error))
    prepare_embedded_database(settings)
    typer.echo(f"Auto AGI Builder on http://{host}:{port}  (API docs: http://{host}:{port}/api/docs)", err=True)
    uvicorn.run(
        "autoagi.server.main:app",
        host=host,
        port=port,
        workers=workers,
        reload=reload,
        proxy_headers=True,
        access_log=False,
        log_config=None,
    )


@app.command()
def worker(
    burst: Annotated[bool, typer.Option(help="run the queued jobs, then exit")] = False,
) -> None:
    """Run queued jobs from Redis (AUTOAGI_JOBS_BACKEND=redis); start as many as you need."""
    from autoagi.server.logs import configure_logging
    from autoagi.server.worker.arq_worker import build_worker

    settings = _settings()
    if not settings.redis_url:
        _fail("the worker needs AUTOAGI_REDIS_URL (and the API needs AUTOAGI_JOBS_BACKEND=redis)")
    configure_logging(settings.log_level, settings.log_json)
    build_worker(settings, burst=burst).run()


@app.command()
def analyze(
    files: Annotated[
        list[Path], typer.Argument(help="client documents: text, Markdown, HTML, PDF, DOCX, VTT/SRT, chat, .eml")
    ],
    output: Annotated[str, typer.Option("--format", "-f", help="json | md | table")] = "table",
    provider: Annotated[str, typer.Option(help="offline | openai | anthropic")] = "offline",
    model: Annotated[str | None, typer.Option(help="model name for a hosted or self-hosted LLM")] = None,
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible server, e.g. http://localhost:11434/v1")
    ] = None,
    progress: Annotated[bool, typer.Option(help="show a progress bar on stderr")] = True,
) -> None:
    """Extract traceable requirements from client documents."""
    import os

    from autoagi.commands.analyze import analyse, read_documents, render
    from autoagi.commands.progress import progress_bar
    from autoagi.engine.ingest import IngestError
    from autoagi.engine.llm import LLMConfig, LLMError

    if output not in ("json", "md", "table"):
        _fail(f"unknown format {output!r}: use json, md or table")
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        _fail(f"no such file: {', '.join(missing)}")
    api_key = os.environ.get("AUTOAGI_LLM_API_KEY")
    try:
        config = LLMConfig(provider=provider, model=model, base_url=base_url, api_key=api_key)
    except ValueError as error:
        _fail(f"invalid LLM settings: {error}")
    with progress_bar("analysing", enabled=progress) as report:
        try:
            documents = read_documents(files, report)
            result = analyse(documents, config, report)
        except IngestError as error:
            _fail(f"{error.code}: {error.message}")
        except LLMError as error:
            _fail(f"LLM provider: {error}")
    text = render(result, output)  # type: ignore[arg-type]
    if text is not None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="client documents (any format analyze reads)")],
    out: Annotated[Path, typer.Option("-o", "--out", help="folder to write the build into")],
    benefits: Annotated[Path | None, typer.Option(help="expected benefits (JSON) for the ROI")] = None,
    start: Annotated[str | None, typer.Option(help="roadmap start, YYYY-MM-DD (default: today)")] = None,
    team_size: Annotated[int, typer.Option(help="people on the team")] = 3,
    report: Annotated[str | None, typer.Option(help="also render the report: pdf")] = None,
    validate: Annotated[bool, typer.Option(help="run the prototype's tests in a sandbox")] = True,
    provider: Annotated[str, typer.Option(help="offline | openai | anthropic")] = "offline",
    model: Annotated[str | None, typer.Option(help="model name for a hosted or self-hosted LLM")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server URL")] = None,
    progress: Annotated[bool, typer.Option(help="show a progress bar on stderr")] = True,
) -> None:
    """Documents in; requirements, design, ADRs, a tested prototype, estimate, roadmap, ROI and a report out."""
    import os
    from datetime import date

    from autoagi.commands.build import BuildOptions, run_build
    from autoagi.commands.progress import progress_bar
    from autoagi.engine.ingest import IngestError
    from autoagi.engine.llm import LLMConfig, LLMError

    missing = [str(path) for path in inputs if not path.is_file()]
    if missing:
        _fail(f"no such file: {', '.join(missing)}")
    if report not in (None, "pdf"):
        _fail(f"--report: only pdf is supported, not {report!r}")
    try:
        start_date = date.fromisoformat(start) if start else None
        llm = LLMConfig(
            provider=provider, model=model, base_url=base_url, api_key=os.environ.get("AUTOAGI_LLM_API_KEY")
        )
    except ValueError as error:
        _fail(str(error))
    options = BuildOptions(
        inputs=inputs,
        out=out,
        llm=llm,
        benefits=benefits,
        start=start_date,
        team_size=team_size,
        report_pdf=report == "pdf",
        validate=validate,
    )
    with progress_bar("building", enabled=progress) as bar:
        try:
            result = run_build(options, bar)
        except IngestError as error:
            _fail(f"{error.code}: {error.message}")
        except LLMError as error:
            _fail(f"LLM provider: {error}")
    validation = result.prototype.validation if result.prototype else None
    summary = f"wrote {len(result.files)} files to {out}"
    if validation:
        summary += f"; prototype tests: {validation.passed} passed, {validation.failed} failed"
    typer.echo(summary, err=True)
    if result.validation_failed:
        raise typer.Exit(3)


@app.command("export")
def export_build(
    folder: Annotated[Path, typer.Argument(help="a folder written by `autoagi build`")],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="md | pdf | docx | json | reqif | jira-csv | ics | zip")
    ],
    out: Annotated[Path, typer.Option("-o", "--out", help="the file to write")],
    name: Annotated[str | None, typer.Option(help="project name on the cover (default: the folder's name)")] = None,
) -> None:
    """Export a build's artifacts as a file its target tool opens."""
    from autoagi.commands.export import BuildFolderError, bundle_from_folder
    from autoagi.engine.export import ExportError, export

    if not folder.is_dir():
        _fail(f"no such folder: {folder}")
    try:
        rendered = export(bundle_from_folder(folder, name), output_format)
    except (BuildFolderError, ExportError, ValueError) as error:
        _fail(str(error))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(rendered.content)
    typer.echo(f"wrote {out} ({len(rendered.content)} bytes, {rendered.media_type})", err=True)


def _print_json(data) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
def roi(
    file: Annotated[Path, typer.Argument(help="ROI inputs: horizon_months, discount_rate, costs, benefits")],
) -> None:
    """NPV, IRR, payback, ROI %, benefit/cost ratio, cash flows and sensitivity as JSON."""
    from autoagi.commands.planning import InputError
    from autoagi.commands.planning import roi as compute_roi

    try:
        _print_json(compute_roi(file))
    except InputError as error:
        _fail(str(error))


@app.command()
def estimate(
    design: Annotated[Path, typer.Argument(help="design.json")],
    requirements: Annotated[
        Path | None, typer.Option(help="requirements.json (traces figures to requirements)")
    ] = None,
    options: Annotated[
        Path | None, typer.Option(help="estimate options JSON (COCOMO drivers, team, rate, seed)")
    ] = None,
) -> None:
    """Function points, COCOMO II effort and a Monte Carlo P10/P50/P90 as JSON."""
    from autoagi.commands.planning import InputError
    from autoagi.commands.planning import estimate as compute_estimate

    try:
        _print_json(compute_estimate(design, requirements, options))
    except InputError as error:
        _fail(str(error))


@app.command()
def roadmap(
    design: Annotated[Path, typer.Argument(help="design.json")],
    requirements: Annotated[Path, typer.Option(help="requirements.json")],
    options: Annotated[Path | None, typer.Option(help="roadmap options JSON (calendar, holidays, team)")] = None,
    start: Annotated[str | None, typer.Option(help="first working day, YYYY-MM-DD (default: today)")] = None,
    team_size: Annotated[int | None, typer.Option(help="people working in parallel")] = None,
    output: Annotated[str, typer.Option("--format", "-f", help="json | md (Mermaid Gantt)")] = "json",
) -> None:
    """A dependency-aware, resource-levelled schedule with critical path and milestones."""
    from datetime import date

    from autoagi.commands.planning import InputError
    from autoagi.commands.planning import roadmap as compute_roadmap

    try:
        start_date = date.fromisoformat(start) if start else None
    except ValueError:
        _fail(f"--start: not a date: {start!r} (use YYYY-MM-DD)")
    try:
        result = compute_roadmap(design, requirements, options, start_date, team_size)
    except InputError as error:
        _fail(str(error))
    if output == "md":
        sys.stdout.write("```mermaid\n" + result.gantt.rstrip() + "\n```\n")
    else:
        _print_json(result.model_dump(mode="json"))


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="target revision")] = "head") -> None:
    """Migrate the database forward."""
    from autoagi.server import dbmigrate

    settings = _settings()
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    dbmigrate.upgrade(settings.resolved_database_url, revision)


@db_app.command("seed")
def db_seed() -> None:
    """Create the example project and a demo account (development installs; once)."""
    from autoagi.server.seed import seed_example_project

    settings = _settings()
    if settings.env == "production":
        _fail("the example project is not for production")
    prepare_embedded_database(settings)
    result = asyncio.run(seed_example_project(settings))
    if result.created:
        typer.echo(f"example project created; sign in as {result.email} / {result.password}")
        typer.echo(f"(also written to {result.credentials_file})")
    else:
        typer.echo(f"example project already there; the demo sign-in is in {result.credentials_file}")


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="target revision, e.g. -1 or base")]) -> None:
    """Migrate the database back."""
    from autoagi.server import dbmigrate

    dbmigrate.downgrade(_settings().resolved_database_url, revision)


@db_app.command("current")
def db_current() -> None:
    """Show the revision the database is at."""
    from autoagi.server import dbmigrate

    dbmigrate.current(_settings().resolved_database_url)


@db_app.command("revision")
def db_revision(
    message: Annotated[str, typer.Option("-m", "--message", help="what the migration does")],
    autogenerate: Annotated[bool, typer.Option(help="compare the models with the database")] = True,
) -> None:
    """Create a new migration script."""
    from autoagi.server import dbmigrate

    dbmigrate.revision(_settings().resolved_database_url, message, autogenerate)


@db_app.command("check")
def db_check() -> None:
    """Fail when the models and the migrations disagree."""
    from autoagi.server import dbmigrate

    dbmigrate.check(_settings().resolved_database_url)
    typer.echo("models and migrations agree")


@users_app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Option(help="the administrator's e-mail address")],
    name: Annotated[str, typer.Option(help="display name")] = "Administrator",
    password: Annotated[
        str | None, typer.Option(help="password (prompted when omitted; AUTOAGI_ADMIN_PASSWORD also works)")
    ] = None,
) -> None:
    """Create a verified administrator account, or make an existing account administrator."""
    import os

    from autoagi.server.admin import AdminError, create_admin_user

    settings = _settings()
    password = password or os.environ.get("AUTOAGI_ADMIN_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            _fail("give --password or AUTOAGI_ADMIN_PASSWORD when not running in a terminal")
        password = getpass.getpass("Password: ")
    try:
        created = asyncio.run(create_admin_user(settings, email, name, password))
    except AdminError as error:
        _fail(str(error))
    typer.echo(f"{'created' if created else 'promoted'} administrator {email.strip().lower()}")


if __name__ == "__main__":
    app()
