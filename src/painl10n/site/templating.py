"""One jinja2 environment per template folder: pages, status report, badges.

Autoescaping is always on: every value we render may come from a translator.
A project's own ``templates/`` folder (``templates_dir``) comes first, so a
file there replaces the shipped template of the same name; the others stay
the package's. A template that does not compile or render is a one-line
error naming its file and line.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)

from ..errors import Painl10nError


@cache
def environment(*, trim: bool = False, folder: Path | None = None) -> Environment:
    """``trim`` drops the newline after a block tag and the indent before it;
    ``folder`` holds templates that override the package's."""
    loader: BaseLoader = PackageLoader("painl10n", "templates")
    if folder is not None and folder.is_dir():
        loader = ChoiceLoader([FileSystemLoader(folder), loader])
    return Environment(
        loader=loader,
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=trim,
        lstrip_blocks=trim,
    )


def check_templates(folder: Path) -> None:
    """Compile every template of a project's folder: a broken one is one error, before
    any page is built (not the same error once per page)."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*.html")):  # the page templates
        if path.is_file():
            name = path.relative_to(folder).as_posix()
            try:
                environment(folder=folder).get_template(name)
            except TemplateSyntaxError as exc:
                raise _syntax_error(exc, name) from exc


def _syntax_error(exc: TemplateSyntaxError, name: str) -> Painl10nError:
    return Painl10nError(
        f"template syntax error: {exc.message}",
        path=exc.filename or exc.name or name,
        line=exc.lineno,
        hint="fix the template, or remove it to use the shipped one",
    )


def render(name: str, folder: Path | None = None, **context: object) -> str:
    """Template ``name`` filled with ``context``; a broken template is a Painl10nError."""
    try:
        return environment(folder=folder).get_template(name).render(**context)
    except TemplateSyntaxError as exc:
        raise _syntax_error(exc, name) from exc
    except TemplateNotFound as exc:
        raise Painl10nError(
            f"template {exc.name!r} not found (used by {name})",
            path=folder,
            hint="a template may extend or include only templates that exist",
        ) from exc
    except TemplateError as exc:
        raise _failed(name, folder, exc) from exc
    except Exception as exc:
        if folder is None or not folder.is_dir():
            raise  # the shipped templates: a bug of ours, not the user's input
        raise _failed(name, folder, exc) from exc


def _failed(name: str, folder: Path | None, exc: Exception) -> Painl10nError:
    own = folder is not None and (folder / name).is_file()
    return Painl10nError(
        f"template {name} failed: {type(exc).__name__}: {exc}",
        path=folder / name if own and folder is not None else None,
        hint="fix the template, or remove it to use the shipped one",
    )
