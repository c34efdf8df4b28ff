"""The exception hierarchy: one base class, one subclass per stage; every message says how to fix the problem."""


class StorylensError(Exception):
    """Base class for every error storylens raises on purpose (the CLI prints it as one line)."""


class InputError(StorylensError):
    """An input could not be read: missing, empty, binary, too large, or in an unknown encoding."""


class ExtractError(StorylensError):
    """An input was read but held no article text."""


class FetchError(InputError):
    """A URL could not be fetched (network error, bad status, wrong content type, size cap)."""


class AnalysisError(StorylensError):
    """The language pipeline could not be loaded or failed on a text."""


class CompareError(StorylensError):
    """The comparison could not be made (for example, no article survived ingest)."""


class StoreError(StorylensError):
    """The story library database could not be opened or upgraded."""
