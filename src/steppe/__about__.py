"""The dataset's version: the one place it is written (see RELEASING in the README)."""

__version__ = "0.13.0"
