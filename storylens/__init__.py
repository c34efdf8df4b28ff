"""storylens: compare many outlets' reports of one news event, claim by claim.

The public API is small: ``compare`` builds a ``Report`` from inputs, ``render`` turns it into JSON, Markdown,
terminal or HTML text. Everything else is reachable through the stage modules, named in pipeline order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Options", "Report", "StorylensError", "__version__", "compare", "render"]

if TYPE_CHECKING:
    from storylens.errors import StorylensError
    from storylens.options import Options
    from storylens.pipeline import compare
    from storylens.records import Report
    from storylens.report import render


def __getattr__(name: str) -> Any:
    """Import the public names on first use, so that importing ``storylens`` (and ``--help``) stays instant."""
    if name == "compare":
        from storylens.pipeline import compare

        return compare
    if name == "render":
        from storylens.report import render

        return render
    if name == "Options":
        from storylens.options import Options

        return Options
    if name == "Report":
        from storylens.records import Report

        return Report
    if name == "StorylensError":
        from storylens.errors import StorylensError

        return StorylensError
    raise AttributeError(name)
