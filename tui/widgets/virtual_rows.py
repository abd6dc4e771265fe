"""A keyboard-first list that paints only the rows on screen, however many there are.

The findings list and the re-check list can hold 100,000 rows.  A widget per row, or a
`DataTable`/`OptionList` row object per finding, costs seconds on the UI thread before the first
paint; this widget holds no row objects at all.  A subclass says how many rows there are and
what one row says (`row_count`, `row_content`); only the rows in view are ever built, and the
last few hundred built are kept (`CACHED_ROWS`).  It keeps what people expect of a list: a row
cursor (arrows, Page Up/Down, Home/End, a click), Enter to choose, zebra stripes, a fixed
heading line, and the cursor kept in view.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual, visualize

CACHED_ROWS = 512
"""Rows built and kept: a few screens' worth, so scrolling back costs nothing."""


class VirtualRows(ScrollView, can_focus=True):
    """Rows painted on demand; `cursor_row` is the row under the cursor (0 when empty)."""

    COMPONENT_CLASSES = {"rows--row", "rows--header", "rows--cursor", "rows--even"}
    DEFAULT_CSS = """
    VirtualRows {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .rows--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .rows--header {
                background-tint: $foreground 5%;
            }
        }
        & > .rows--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .rows--even {
            background: $surface-lighten-1 50%;
        }
        &:dark > .rows--even {
            background: $surface-darken-1 40%;
        }
        & > .rows--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    BINDINGS = [
        Binding("enter", "select_cursor", "Open", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "scroll_home", "First", show=False),
        Binding("end", "scroll_end", "Last", show=False),
    ]

    header_height = 0
    """Lines of heading fixed at the top (the findings list has its column titles)."""
    zebra_stripes = False

    class Chosen(Message):
        """Enter, or a click on the cursor's row: the screen opens what the row stands for."""

        def __init__(self, rows: VirtualRows, index: int) -> None:
            super().__init__()
            self.rows = rows
            self.index = index

        @property
        def control(self) -> VirtualRows:
            return self.rows

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cursor_row = 0
        self._clicked: int | None = None
        """The row the last click landed on: a second click there opens it."""
        self._built: LRUCache[int, Visual] = LRUCache(CACHED_ROWS)

    # What a subclass says.

    @property
    def row_count(self) -> int:
        return 0

    def row_content(self, index: int) -> Content:
        """What row `index` says (one line; cut to the width when painted)."""
        raise NotImplementedError

    def header_content(self) -> Content:
        return Content("")

    def row_enabled(self, index: int) -> bool:
        """Whether the cursor may rest on the row (a section's heading may not)."""
        return True

    def content_width(self) -> int:
        """The width the rows are laid out for; wider than the view scrolls sideways."""
        return self.scrollable_content_region.width

    # Changing what is shown.

    def rows_changed(self, cursor: int | None = None) -> None:
        """The rows were replaced: forget built rows, size the scroll area, place the cursor."""
        self._built.clear()
        self.virtual_size = Size(self.content_width(), self.row_count + self.header_height)
        self.move_cursor(row=self.cursor_row if cursor is None else cursor, settle=True)
        self.refresh()

    def row_changed(self, index: int) -> None:
        """Row `index` says something new: build it again when it is next painted."""
        self._built.discard(index)
        self.refresh_line(index + self.header_height)

    def move_cursor(self, *, row: int, settle: bool = False) -> None:
        """Put the cursor on `row` (clamped; moved to the nearest row it may rest on) and in view."""
        count = self.row_count
        row = max(0, min(row, count - 1)) if count else 0
        if count and not self.row_enabled(row):
            row = self._enabled_from(row, 1) if settle or row >= self.cursor_row else self._enabled_from(row, -1)
        old, self.cursor_row, self._clicked = self.cursor_row, row, None
        if old != row:
            self.refresh_line(old + self.header_height)
            self.refresh_line(row + self.header_height)
            self.cursor_moved()
        self._scroll_cursor_into_view()

    def cursor_moved(self) -> None:
        """Called when the cursor lands on another row."""

    def _enabled_from(self, row: int, step: int) -> int:
        index = row
        while 0 <= index < self.row_count:
            if self.row_enabled(index):
                return index
            index += step
        index = row
        while 0 <= index < self.row_count:  # none that way: look the other way
            if self.row_enabled(index):
                return index
            index -= step
        return row

    def _scroll_cursor_into_view(self) -> None:
        if not self.row_count or not self.scrollable_content_region:
            return
        region = Region(int(self.scroll_x), self.cursor_row + self.header_height, 1, 1)
        self.scroll_to_region(
            region, animate=False, spacing=Spacing(self.header_height, 0, 0, 0), force=True, immediate=True
        )

    # Painting.

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        wanted = Size(self.content_width(), self.row_count + self.header_height)
        if wanted != self.virtual_size:
            self._built.clear()
            self.virtual_size = wanted
        return changed

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._built.clear()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        full = max(width, self.virtual_size.width)
        if y < self.header_height:
            style = self.get_visual_style("rows--row", "rows--header")
            visual = visualize(self, self.header_content())
        else:
            index = scroll_y + y - self.header_height
            if index >= self.row_count:
                return Strip.blank(width, self.get_visual_style("rows--row").rich_style)
            if index == self.cursor_row:
                style = self.get_visual_style("rows--row", "rows--cursor")
            elif self.zebra_stripes and index % 2:
                style = self.get_visual_style("rows--row", "rows--even")
            else:
                style = self.get_visual_style("rows--row")
            visual = self._built.get(index) or self._build(index)
        strip = Visual.to_strips(self, visual, full, 1, style)[0]
        return strip.crop_extend(scroll_x, scroll_x + width, style.rich_style)

    def _build(self, index: int) -> Visual:
        visual = visualize(self, self.row_content(index))
        self._built[index] = visual
        return visual

    # Keys and the mouse.

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - self.header_height - 1)

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - self._page())

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + self._page())

    def action_scroll_home(self) -> None:
        self.move_cursor(row=0, settle=True)

    def action_scroll_end(self) -> None:
        self.move_cursor(row=self.row_count - 1)

    def action_select_cursor(self) -> None:
        if self.row_count and self.row_enabled(self.cursor_row):
            self.post_message(self.Chosen(self, self.cursor_row))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < self.header_height:
            return
        index = int(self.scroll_y) + offset.y - self.header_height
        event.stop()
        if not 0 <= index < self.row_count or not self.row_enabled(index):
            return
        if index == self.cursor_row and self._clicked == index:
            self.action_select_cursor()
        else:
            self.move_cursor(row=index)
        self._clicked = index
