"""Rows fetched a page at a time as the table asks for them, with the least recently used
pages dropped, so that a 100,000-entry case costs only the pages the officer looks at.

Qt-free on purpose: the paging is tested on its own, and the model stays about Qt.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

# A page is about a screen of rows. get_many costs roughly 0.15 ms a row on the demo case, so
# a small page shows the first rows after a filter sooner (64: ~10 ms; 256: ~40 ms), and
# scrolling still fetches once a screen.
PAGE_SIZE = 64
MAX_PAGES = 192  # about 12,000 rows (some 25 MB with their text) however far one scrolls


class PageCache(Generic[T]):
    """Row objects by position in `ids`; `load(ids)` returns them in the order given."""

    def __init__(self, load: Callable[[Sequence[int]], list[T]], page_size: int = PAGE_SIZE,
                 max_pages: int = MAX_PAGES) -> None:
        self._load = load
        self.page_size = page_size
        self.max_pages = max_pages
        self._ids: Sequence[int] = ()
        # page number -> its rows; None marks a row dropped by `forget`, fetched again on use.
        self._pages: OrderedDict[int, list[T | None]] = OrderedDict()

    def reset(self, ids: Sequence[int]) -> None:
        """Start again over a new id list (a new query, sort or refresh)."""
        self._ids = ids
        self._pages.clear()

    def clear(self) -> None:
        self.reset(())

    @property
    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def get(self, row: int) -> T:
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            first = number * self.page_size
            page = self._pages[number] = list(self._load(self._ids[first:first + self.page_size]))
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        item = page[offset]
        if item is None:
            self._refill(number, page)
            item = page[offset]
        assert item is not None
        return item

    def peek(self, row: int) -> T | None:
        """The row if it is cached; never fetches."""
        page = self._pages.get(row // self.page_size)
        return None if page is None else page[row % self.page_size]

    def forget(self, rows: Iterable[int]) -> None:
        """Drop single rows (their entries changed); the rest of each page stays."""
        for row in rows:
            page = self._pages.get(row // self.page_size)
            if page is not None:
                page[row % self.page_size] = None

    def _refill(self, number: int, page: list[T | None]) -> None:
        first = number * self.page_size
        missing = [i for i, item in enumerate(page) if item is None]
        for i, item in zip(missing, self._load([self._ids[first + i] for i in missing]), strict=True):
            page[i] = item
