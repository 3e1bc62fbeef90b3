"""Dates written alone: what page furniture, bylines and signatures put after a name."""

from __future__ import annotations

from typing import Final

from wgec_parse.lazyre import LazyPattern

__all__ = ["DATE_ALONE"]

#: A date alone, its month in words, with its day or without ("December 2016", "29
#: December 2016", "14 de diciembre de 2016", "26 декабря 2016 г."), or a Chinese date
#: ("2016年12月30日").
DATE_ALONE: Final = LazyPattern(
    r"(?:\d{1,2}(?:st|nd|rd|th|er)?[ \u00a0](?:de[ \u00a0])?)?[^\W\d_]{3,}[ \u00a0]"
    r"(?:de[ \u00a0])?(?:19|20)\d\d(?:[ \u00a0]?г\.)?"
    r"|(?:19|20)\d\d[ \u00a0]?年[ \u00a0]?\d{1,2}[ \u00a0]?月(?:[ \u00a0]?\d{1,2}[ \u00a0]?日)?"
)
