"""Breaks that do not break: blank lines the reader reads through."""

from __future__ import annotations

from wgec_parse.roles.base import Current, Reading

__all__ = ["label_value_follows", "title_follows_bare_heading"]


def label_value_follows(reading: Reading, line: Current) -> bool:
    """A field name alone on its line ("Submitted by") takes its value from the next
    line, even after a blank line."""
    group = reading.group
    return reading.group_type == "FIELD" and len(group) == 1 and not group[0].text


def title_follows_bare_heading(reading: Reading, line: Current) -> bool:
    """A heading with no title yet ("Question 1", "1)") takes the next line as its title,
    even after a blank line."""
    return reading.group_type == "QUESTION" and reading.group_open and not reading.last_text()
