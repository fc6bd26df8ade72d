"""Any text a phone produces becomes printable: stand-ins for emoji, shaped Arabic, no boxes."""

from __future__ import annotations

import unicodedata

from stalkdesk.reports import fonts, layout, text
from stalkdesk.reports.styles import styles


def test_plain_text_is_untouched() -> None:
    s = "Zażółć gęślą jaźń \u2013 İstanbul, Ωμέγα, Привет: \u201cquoted\u201d"
    assert text.prepare(s) == s


def test_emoji_become_their_names() -> None:
    assert text.prepare("ok \U0001F602!") == "ok [emoji: face with tears of joy]!"
    assert text.prepare("\u2764\ufe0f") == "\u2764"  # drawable symbol kept, its selector dropped
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    assert text.prepare(family) == "[emoji: man + woman + girl]"
    assert text.prepare("\U0001F44D\U0001F3FD") == "[emoji: thumbs up sign]"
    assert text.prepare("\U0001F1EC\U0001F1E7") == "[flag: GB]"


def test_scripts_without_a_font_are_named() -> None:
    assert text.prepare("\u4f60\u597d") == "[CJK text, 2 characters: see the original]"


def test_control_characters_go_and_newlines_stay() -> None:
    assert text.prepare("a\x00b\r\nc\u2028d\te") == "ab\nc\nd    e"


def test_every_prepared_character_has_a_glyph() -> None:
    s = "Mehmet \u00d6zt\u00fcrk \u0645\u062d\u0645\u062f \u0639\u0644\u064a \U0001F97A \u05e9\u05dc\u05d5\u05dd \u20ac"
    cover = fonts.coverage()
    assert all(c == "\n" or cover.drawable(ord(c)) for c in text.prepare(s))


def test_arabic_is_shaped_and_reordered_per_line() -> None:
    shaped = text.prepare("\u0645\u062d\u0645\u062f")
    assert all(unicodedata.name(c).startswith("ARABIC LETTER") and "FORM" in unicodedata.name(c) for c in shaped)
    assert text.is_rtl_paragraph(shaped)
    assert text.visual(shaped, True) == shaped[::-1]
    assert text.visual("abc", False) == "abc"


def test_runs_fall_back_to_the_arabic_face() -> None:
    shaped = text.prepare("Name: \u0639\u0644\u064a")
    faces = [face for face, _ in text.runs(shaped, fonts.SANS)]
    assert faces == [fonts.SANS, fonts.ARABIC]


def test_wrapping_keeps_within_the_width_and_cuts_long_words() -> None:
    st = styles()
    lines = layout.wrap("word " * 60 + "x" * 300 + "\n\nend", st.cell, 120)
    assert all(line.width <= 120.01 for line in lines)
    assert "" in [line.text for line in lines]  # the blank line is kept
    assert lines[-1].text == "end"


def test_split_placed_moves_the_rest_to_the_top() -> None:
    st = styles()
    placed, height = layout.place([layout.Block("one\ntwo\nthree\nfour", st.cell)], 200)
    first, rest = layout.split_placed(placed, st.cell.leading * 2.5)
    assert [p.line.text for p in first] == ["one", "two"]
    assert [p.line.text for p in rest] == ["three", "four"] and rest[0].top == 0
    assert layout.placed_height(placed) == height
