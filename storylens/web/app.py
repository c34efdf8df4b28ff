"""The story library in a browser: Starlette + Jinja2, server-rendered, no JavaScript build step.

Every page has a JSON twin under ``/api/`` built from the same context dict (see docs/api.md). Each request
opens its own SQLite connection: WAL mode lets pages be read while an ingest is writing.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from storylens.options import Options
from storylens.records import Source
from storylens.store.database import default_db_path, open_database
from storylens.web import views

TEMPLATES = Path(__file__).parent / "templates"
MAX_FORM_CHARS = 2_000_000

Context = Callable[[sqlite3.Connection, Request], dict[str, Any]]


def make_environment() -> Environment:
    """The Jinja2 environment: autoescape on for every template, so article text is always escaped."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda x: "–" if x is None else f"{round(100 * x)}%"
    env.filters["signed"] = lambda x: "–" if x is None else f"{x:+.2f}"
    return env


def make_app(db: str | Path | None = None, options: Options | None = None) -> Starlette:
    """The web app over the library at ``db`` (created and migrated if needed)."""
    path = Path(db) if db else default_db_path()
    open_database(path).close()  # create/upgrade once, so a bad path fails at start, not on the first request
    env = make_environment()
    settings = options or Options()

    def page(template: str, build: Context) -> tuple[Callable[..., Any], Callable[..., Any]]:
        """An HTML endpoint and its JSON twin, both from ``build``."""

        def html(request: Request) -> Response:
            return _answer(request, path, build, lambda ctx: HTMLResponse(env.get_template(template).render(**ctx)))

        def api(request: Request) -> Response:
            return _answer(request, path, build, JSONResponse)

        return html, api

    routes = []
    for url, template, build in (
        ("/", "stories.html", lambda c, r: views.stories_context(c, r.query_params.get("q", ""))),
        ("/stories/{story:int}", "story.html", lambda c, r: views.story_context(c, r.path_params["story"])),
        ("/articles/{article:path}", "article.html", lambda c, r: views.article_context(c, r.path_params["article"])),
        ("/outlets/{outlet:path}", "outlet.html", lambda c, r: views.outlet_context(c, r.path_params["outlet"])),
    ):
        html, api = page(template, build)
        routes.append(Route(url, html))
        routes.append(Route("/api/stories" if url == "/" else "/api" + url, api))

    def add_form(request: Request) -> Response:
        return HTMLResponse(env.get_template("add.html").render(page="add", error=None, form={}))

    async def add(request: Request) -> Response:
        return await _add_article(request, path, settings, env)

    routes += [
        Route("/add", add_form, methods=["GET"]),
        Route("/add", add, methods=["POST"]),
        Route("/api/add", add, methods=["POST"]),
    ]
    return Starlette(routes=routes)


def _answer(request: Request, path: Path, build: Context, respond: Callable[[Any], Response]) -> Response:
    """Build a context on a fresh connection and respond with it; a missing thing is a 404 in both forms."""
    conn = open_database(path)
    try:
        context = build(conn, request)
    except views.NotFound as exc:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=404)
        return HTMLResponse(f"<h1>Not found</h1><p>{_escape(str(exc))}</p>", status_code=404)
    finally:
        conn.close()
    return respond(context)


def _escape(text: str) -> str:
    """HTML-escape a short message outside a template."""
    from markupsafe import escape

    return str(escape(text))


async def _add_article(request: Request, path: Path, options: Options, env: Environment) -> Response:
    """Ingest an article posted as a URL or pasted text; redirect to its story (HTML) or answer JSON."""
    from starlette.concurrency import run_in_threadpool

    is_api = request.url.path.startswith("/api/")
    form = await request.form(max_fields=10, max_part_size=MAX_FORM_CHARS)
    fields = {k: str(form.get(k) or "").strip() for k in ("url", "text", "title", "outlet", "published")}
    if not fields["url"] and not fields["text"]:
        error = "give a URL or paste the article's text"
        if is_api:
            return JSONResponse({"error": error}, status_code=400)
        return HTMLResponse(env.get_template("add.html").render(page="add", error=error, form=fields), 400)
    result = await run_in_threadpool(add_article, path, fields, options)
    if is_api:
        return JSONResponse(result)
    if result["added"]:
        first = result["added"][0]
        return RedirectResponse(f"/stories/{first['story']}#article-{first['article']}", status_code=303)
    message = "; ".join(n["message"] for n in result["notes"]) or "already in the library"
    return HTMLResponse(env.get_template("add.html").render(page="add", error=message, form=fields), 422)


def add_article(path: Path, fields: dict[str, str], options: Options) -> dict[str, Any]:
    """Ingest one posted article (pasted text, else the URL through the ingest pipeline); the ingest result."""
    from storylens.store.library import ingest_articles, ingest_sources

    conn = open_database(path)
    try:
        if fields["text"]:
            name = re.sub(r"[^\w-]+", "-", fields["outlet"] or "pasted").strip("-")[:60]
            source = Source(
                source=f"{name or 'pasted'}.txt",
                content=fields["text"],
                kind="text",
                title=fields["title"] or None,
                outlet=fields["outlet"] or None,
                url=fields["url"] or None,
                published=fields["published"] or None,
            )
            result = ingest_sources(conn, [source], options)
        else:
            result = ingest_articles(conn, [fields["url"]], options)
    finally:
        conn.close()
    return result.to_dict()
