"""A small Qt stylesheet cascade, to read the colours a widget is really drawn with.

Qt exposes no API for "the text colour and background this rule set gives that widget in
that state", so this module parses the stylesheets (the application's and every sheet set on
the widget or its ancestors) and cascades them as Qt documents it: a sheet set closer to the
widget wins over one further up and over the application's, whatever the specificity; within
one sheet the more specific selector wins, then the later rule. Each declaration cascades on
its own, so ``QPushButton#restart { color }`` and ``QPushButton:hover { background }`` meet
on a hovered "Neu beginnen" button.

Understood: type selectors (matched by inheritance, Python classes included), ``*``,
``#objectName``, ``[property="value"]``, the pseudo-states in ``STATES`` (and their ``!``
negation), one descendant combinator. A rule for a sub-control (``::indicator``) does not
colour the widget's text and is left out. Anything else raises ``Unsupported``: a stylesheet
this module cannot read must fail the check, not pass it unread.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

#: Pseudo-states a widget is checked in; any other state (``:selected`` of an item) never holds.
STATES = ("hover", "focus", "checked", "disabled", "pressed")
NAMED = {"white": "#FFFFFF", "black": "#000000"}
TOKEN = re.compile(
    r"""(?P<type>^(?:\*|[A-Za-z_]\w*))
      | \#(?P<name>[\w-]+)
      | \[(?P<attr>[\w-]+)="(?P<value>[^"]*)"\]
      | ::(?P<sub>[\w-]+)
      | :(?P<state>!?[\w-]+)""",
    re.VERBOSE,
)


class Unsupported(ValueError):
    """A selector or colour this cascade does not understand."""


@dataclass(frozen=True)
class Simple:
    type: str  # "*" for any
    name: str | None
    attrs: tuple[tuple[str, str], ...]
    states: tuple[str, ...]  # "hover", "!selected"
    sub: str | None

    @property
    def specificity(self) -> tuple[int, int, int]:
        return (
            int(self.name is not None),
            len(self.attrs) + len(self.states),
            int(self.type != "*") + int(self.sub is not None),
        )

    def matches(self, widget: QWidget, active: frozenset[str]) -> bool:
        if self.type != "*" and not widget.inherits(self.type):
            return False
        if self.name is not None and widget.objectName() != self.name:
            return False
        for key, value in self.attrs:
            if str(widget.property(key)) != value:
                return False
        # "!selected" holds when "selected" does not; a state held is one of *active*.
        return all(s.startswith("!") != (s.lstrip("!") in active) for s in self.states)


@dataclass(frozen=True)
class Rule:
    ancestor: Simple | None
    simple: Simple
    order: int
    props: tuple[tuple[str, str], ...]

    @property
    def specificity(self) -> tuple[int, int, int]:
        a, b, c = self.simple.specificity
        if self.ancestor is not None:
            x, y, z = self.ancestor.specificity
            a, b, c = a + x, b + y, c + z
        return (a, b, c)

    def matches(self, widget: QWidget, active: frozenset[str], any_state: bool = False) -> bool:
        simple = replace(self.simple, states=()) if any_state else self.simple
        if simple.sub is not None or not simple.matches(widget, active):
            return False
        if self.ancestor is None:
            return True
        parent = widget.parentWidget()
        while parent is not None:
            if self.ancestor.matches(parent, frozenset()):
                return True
            parent = parent.parentWidget()
        return False


def parse_simple(text: str) -> Simple:
    kind, name, sub = "*", None, None
    attrs: list[tuple[str, str]] = []
    states: list[str] = []
    position = 0
    for match in TOKEN.finditer(text):
        if match.start() != position:
            raise Unsupported(f"selector {text!r}")
        position = match.end()
        if match["type"]:
            kind = match["type"]
        elif match["name"]:
            name = match["name"]
        elif match["attr"]:
            attrs.append((match["attr"], match["value"]))
        elif match["sub"]:
            sub = match["sub"]
        else:
            states.append(match["state"])
    if position != len(text) or not text:
        raise Unsupported(f"selector {text!r}")
    return Simple(kind, name, tuple(attrs), tuple(states), sub)


def parse(sheet: str) -> list[Rule]:
    """Every rule of *sheet*, one per selector of a group, in order."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    if "{" not in sheet and sheet.strip():
        sheet = "* {" + sheet + "}"  # declarations only: Qt reads them as "* { ... }"
    rules: list[Rule] = []
    for match in re.finditer(r"([^{}]+)\{([^{}]*)\}", sheet):
        props = tuple(
            (key.strip().lower(), value.strip())
            for key, _, value in (d.partition(":") for d in match[2].split(";") if d.strip())
        )
        for selector in match[1].split(","):
            parts = selector.split()
            if not 1 <= len(parts) <= 2 or ">" in parts:
                raise Unsupported(f"selector {selector.strip()!r}")
            ancestor = parse_simple(parts[0]) if len(parts) == 2 else None
            rules.append(Rule(ancestor, parse_simple(parts[-1]), len(rules), props))
    if re.sub(r"([^{}]+)\{([^{}]*)\}", "", sheet).strip():
        raise Unsupported("text outside any rule (a nested or unclosed brace?)")
    return rules


def colour(value: str) -> str | None:
    """``#RRGGBB`` of a colour value; None for no colour (transparent, none, an image)."""
    for word in value.split():
        word = NAMED.get(word.lower(), word)
        if re.fullmatch(r"#[0-9A-Fa-f]{6}", word):
            return word.upper()
        if re.fullmatch(r"#[0-9A-Fa-f]{3}", word):
            return "#" + "".join(ch * 2 for ch in word[1:]).upper()
        if word.lower() in ("transparent", "none"):
            return None
    if value.startswith(("url(", "qlineargradient", "qradialgradient")):
        raise Unsupported(f"background {value!r}: not one colour")
    raise Unsupported(f"colour {value!r}")


class Cascade:
    """The application's sheet under the sheets set on widgets (read from the widgets)."""

    def __init__(self, app_sheet: str) -> None:
        self._app = parse(app_sheet)
        self._parsed: dict[str, list[Rule]] = {}

    def _rules(self, sheet: str) -> list[Rule]:
        if sheet not in self._parsed:
            self._parsed[sheet] = parse(sheet)
        return self._parsed[sheet]

    def sheets(self, widget: QWidget) -> list[list[Rule]]:
        """Rule lists that apply to *widget*, furthest first (the application's sheet first)."""
        chain: list[QWidget] = []
        node: QWidget | None = widget
        while node is not None:
            chain.append(node)
            node = node.parentWidget()
        own = [self._rules(w.styleSheet()) for w in reversed(chain) if w.styleSheet()]
        return [self._app, *own]

    def style(self, widget: QWidget, active: frozenset[str] = frozenset()) -> dict[str, str]:
        """The declarations that hold for *widget* in the pseudo-states *active*."""
        found = [
            (depth, rule.specificity, rule.order, rule.props)
            for depth, rules in enumerate(self.sheets(widget))
            for rule in rules
            if rule.matches(widget, active)
        ]
        style: dict[str, str] = {}
        for *_, props in sorted(found, key=lambda item: item[:3]):
            style.update(props)
        return style

    def background(self, widget: QWidget, active: frozenset[str] = frozenset()) -> str:
        """The colour behind *widget*'s text: its own background, else the nearest
        ancestor's (in its normal state), else the application palette's window colour."""
        node: QWidget | None = widget
        states = active
        while node is not None:
            style = self.style(node, states)
            for key in ("background-color", "background"):
                if key in style and (found := colour(style[key])) is not None:
                    return found
            node, states = node.parentWidget(), frozenset()
        return QApplication.palette().color(QPalette.ColorRole.Window).name().upper()

    def foreground(self, widget: QWidget, active: frozenset[str] = frozenset()) -> str:
        style = self.style(widget, active)
        if "color" in style and (found := colour(style["color"])) is not None:
            return found
        role = QPalette.ColorRole.WindowText
        return widget.palette().color(role).name().upper()

    def states_for(self, widget: QWidget) -> Iterator[frozenset[str]]:
        """Every combination of the states some rule for *widget* names and it can take."""
        named = {
            state.lstrip("!")
            for rules in self.sheets(widget)
            for rule in rules
            if rule.matches(widget, frozenset(), any_state=True)
            for state in rule.simple.states
        }
        possible = [s for s in STATES if s in named and can_take(widget, s)]
        for size in range(len(possible) + 1):
            yield from (frozenset(c) for c in itertools.combinations(possible, size))


def can_take(widget: QWidget, state: str) -> bool:
    if state == "checked":
        return isinstance(widget, QAbstractButton) and widget.isCheckable()
    if state == "pressed":
        return isinstance(widget, QAbstractButton)
    if state == "focus":
        return widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    return True


def text_pairs(
    cascade: Cascade, widgets: Iterable[QWidget]
) -> Iterator[tuple[QWidget, frozenset[str], str, str]]:
    """(widget, states, text colour, background) for each widget in each state it can take."""
    for widget in widgets:
        for active in cascade.states_for(widget):
            yield (
                widget,
                active,
                cascade.foreground(widget, active),
                cascade.background(widget, active),
            )
