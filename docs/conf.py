"""Sphinx configuration for mlcareer's documentation (built offline: no remote inventories)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "mlcareer"
author = "The mlcareer developers"
copyright = "2026, The mlcareer developers"  # noqa: A001 - the name Sphinx reads

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "myst_parser",
    "mlcareer_docs",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "README.md"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

default_role = "py:obj"
autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# Every reference inside mlcareer must resolve; names of other projects (the
# standard library, attrs, PyYAML, hypothesis) stay plain text, because the
# build has no network to fetch their inventories.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(collections\.abc|typing|pathlib|enum|json|os|io|re|concurrent|datetime|dt)\..*"),
    (r"py:.*", r"(attrs|attr|yaml|hypothesis|st|dask|distributed|pd)\..*"),
    (
        r"py:.*",
        r"(str|int|float|bool|bytes|object|dict|list|tuple|set|frozenset|type|None|Exception|ValueError|LookupError|KeyError|Path|IO|Any|Callable|Mapping|Sequence|Iterable|Iterator|Literal|NewType|TypeAlias|T|E|JSONSchema|Self)",
    ),
    (r"py:.*", r".*\._[A-Za-z].*"),
    (r"py:.*", r"mlcareer\.(Facts|Test|Source|Path|Mark)"),
    # The compiler's internals, which conditions name in their signatures.
    (r"py:.*", r"(Facts|Code|Code\.constant|Reading|ConditionParser|Arguments|Rejected)"),
]

# Docstring examples use the public names unqualified, as they read in the API reference.
doctest_global_setup = "import mlcareer\nfrom mlcareer import *\nfrom mlcareer.strategies import *"

html_theme = "furo"
html_title = "mlcareer"
