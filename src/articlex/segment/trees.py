"""What lxml returns on the trees :func:`.html.parse_html` builds, typed as it is.

The trees are parsed from ``str`` by lxml's HTML parser, so their texts, attribute
names and values are ``str``, and an XPath that selects attributes returns a list of
"smart strings" that know their attribute's name and element. lxml's stubs cannot know
the input or the path: they type those texts as ``str | bytes`` and the result of every
XPath as the union of all an XPath can return. These helpers say it once, here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, cast

from lxml import etree

if TYPE_CHECKING:

    class AttributeValue(str):
        """An attribute selected by an XPath (lxml's ``_ElementUnicodeResult``)."""

        attrname: str

        def getparent(self) -> etree._Element: ...


def texts(el: etree._Element) -> Iterator[str]:
    """``el.itertext()``: the texts inside ``el``, in document order."""
    return cast("Iterator[str]", el.itertext())  # str on a tree parsed from str


def attributes(el: etree._Element) -> Sequence[tuple[str, str]]:
    """``el.items()``: the (name, value) pairs of the attributes of ``el``."""
    return cast("Sequence[tuple[str, str]]", el.items())  # str on a tree parsed from str


def selected_attributes(path: etree.XPath, el: etree._Element) -> list[AttributeValue]:
    """The attributes an attribute path (``descendant::a/@rel``) selects from ``el``."""
    # An attribute path returns a list of smart strings, whatever the stubs allow for.
    return cast("list[AttributeValue]", path(el))


def selected_elements(path: etree.XPath, el: etree._Element) -> list[etree._Element]:
    """The elements an element path (``descendant::div[@hidden]``) selects from ``el``."""
    return cast("list[etree._Element]", path(el))
