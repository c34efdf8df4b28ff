"""Stage 6, frame: per-outlet stance on the story's own axis, tone, loaded words, labels, hedges and voices."""

from storylens.frame.story import frame_story

__all__ = ["frame_story"]
