"""The web front end of the story library (``storylens serve``): server-rendered pages with JSON twins."""
