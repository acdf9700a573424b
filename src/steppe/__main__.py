"""``python -m steppe``: the same command line as ``steppe``."""

from .cli import main

main(prog_name="steppe")
