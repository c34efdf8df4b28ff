"""The story library: a SQLite file of articles, their cached analyses, stories and stored comparisons."""

from storylens.store.database import default_db_path, open_database

__all__ = ["default_db_path", "open_database"]
