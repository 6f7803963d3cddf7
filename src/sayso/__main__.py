"""``python -m sayso``: the same as the ``sayso`` command."""

from .cli import main

main()
