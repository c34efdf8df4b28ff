"""Sets of items joined along linked pairs: the values, counts or times of one thing across a story's articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def linked_sets(items: Sequence[T], linked: Callable[[T, T], bool]) -> list[list[T]]:
    """The items grouped so that any two linked items (and whatever links to either) share a group, in the order
    of each group's first item; every item is in exactly one group (union-find over the pairs)."""
    component = list(range(len(items)))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if component[i] != component[j] and linked(items[i], items[j]):
                old, new = component[j], component[i]
                component = [new if c == old else c for c in component]
    return [[x for x, c in zip(items, component, strict=True) if c == root] for root in sorted(set(component))]
