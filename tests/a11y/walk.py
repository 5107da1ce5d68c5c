#!/usr/bin/python3
"""``make a11y``: PartnerDesk as a screen reader hears it, over AT-SPI.

Run by ``tests/a11y/run.sh`` with the *system* Python (pyatspi and the Atspi GObject bindings
are Debian packages) inside Xvfb, a private session bus and the AT-SPI bus. It starts the app
under test (``tests/a11y/driver.py``, the project's Python) in one mode, asks it to show each
place in turn, and checks what reaches the accessibility bus:

 1  password fields: role "password text", no typed character in any event
 2  combo boxes / tab lists: not named only by their current value
 3  no markup in any name or description
 4  the visible label of a control is contained in its accessible name
 5  form errors are announced (announcement event or an alert)
 6  every view and dialog has a heading
 7  Tab order never goes back up within one column, no Tab stop on an inert container,
    kiosk step changes are announced
 8  windows have a window role; values and ranges are real; visible text is exposed
 9  the live ranking announces its top places once it settles
 0  every focusable, visible object has a name
 P  the pages that read the database are the real views, not the placeholder shown while it
    opens: a control only the view has is heard there (``HEARD_ON``)

Each failure is printed as one line ``FAIL <mode>/<place> [<point>] <what>``; the exit code
is 1 when there is any. ``--report`` prints the tree of each place as well.
"""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
import time
import warnings

import gi

# The *_iface getters are deprecated in newer libatspi but the only way in Debian 12's 2.46.
warnings.filterwarnings("ignore", category=DeprecationWarning)

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

ROLE = Atspi.Role
STATE = Atspi.StateType
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
RANGE_TEXT = re.compile(r"(\d[\d.]*)\s*[–-]\s*(\d[\d.]*)")
KEY = {"Tab": 0xFF09, "Return": 0xFF0D, "Right": 0xFF53, "BackSpace": 0xFF08, "a": 0x61}
KEYCODE = {"Alt_L": 64, "Control_L": 37}  # Xvfb's default keymap; held with PRESS/RELEASE
WINDOW_ROLES = {ROLE.FRAME, ROLE.DIALOG, ROLE.ALERT, ROLE.WINDOW, ROLE.FILE_CHOOSER}
NAMED_BY_TEXT = {
    ROLE.PUSH_BUTTON,
    ROLE.TOGGLE_BUTTON,
    ROLE.CHECK_BOX,
    ROLE.RADIO_BUTTON,
    ROLE.PAGE_TAB,
}
INERT = {ROLE.FILLER, ROLE.PANEL, ROLE.UNKNOWN, ROLE.SCROLL_PANE, ROLE.VIEWPORT}
MAX_NODES = 4000
MAX_TABS = 90

MAIN_PLACES = [
    "cities",
    "map",
    "matching",
    "city_admin",
    "counselling",
    "counselling_assessment",
    "followups",
    "stats",
    "settings",
    "help",
    "about",
    "city_detail",
    "apprentice_dialog",
    "welcome",
    "retention",
    "handover",
    "pin_setup",
]
#: Per place, a name only the real view has, in German and English (see point P).
HEARD_ON = {
    "counselling": ("Azubis suchen", "Search apprentices"),
    "followups": ("Offene Schritte", "Open steps"),
    "stats": ("Zahlen als Tabelle", "Figures as a table"),
    "city_admin": ("Datenpaket exportieren", "Export data pack"),
}
KIOSK_PLACES = ["start", "interests", "languages", "circumstances", "result", "handover", "unlock"]
DIALOGS = {
    "help",
    "about",
    "city_detail",
    "apprentice_dialog",
    "welcome",
    "retention",
    "handover",
    "pin_setup",
    "unlock",
}


# --- events -------------------------------------------------------------------------------


class Events:
    """Every event of interest since the last ``clear()``: (type, role, name, data)."""

    TYPES = (
        "object:text-changed",
        "object:announcement",
        "object:property-change",
        "object:state-changed:focused",
        "object:state-changed:showing",
        "window:create",
        "object:children-changed",
    )

    def __init__(self) -> None:
        self.items: list[tuple[str, object, str, str, int]] = []
        self.focused = None
        self._listener = Atspi.EventListener.new(self.on_event)
        for kind in self.TYPES:
            self._listener.register(kind)

    def on_event(self, event) -> None:
        data = event.any_data
        text = data if isinstance(data, str) else ""
        if event.type.startswith("object:state-changed:focused") and event.detail1:
            self.focused = event.source
        self.items.append((event.type, event.source, text, "", event.detail1))

    def clear(self) -> None:
        self.items.clear()

    def of(self, prefix: str):
        return [item for item in self.items if item[0].startswith(prefix)]

    def announcements(self) -> list[str]:
        """Texts announced: announcement events and alerts that appeared."""
        said = [
            text for kind, _s, text, _x, _d in self.items if kind.startswith("object:announcement")
        ]
        for kind, source, _text, _x, detail in self.items:
            if (
                kind.startswith("object:state-changed:showing")
                and detail
                and safe(lambda s=source: s.get_role(), None) in (ROLE.ALERT, ROLE.NOTIFICATION)
            ):
                said.append(safe(lambda s=source: s.get_name(), ""))
        return said


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def safe(call, default):
    try:
        return call()
    except Exception:  # objects vanish while we look at them (GLib.Error, RuntimeError)
        return default


def press(key: str, times: int = 1, pause: float = 0.12) -> None:
    for _ in range(times):
        Atspi.generate_keyboard_event(KEY[key], None, Atspi.KeySynthType.SYM)
        pump(pause)


def combo(modifier: str, key: str) -> None:
    Atspi.generate_keyboard_event(KEYCODE[modifier], None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(KEY[key], None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(KEYCODE[modifier], None, Atspi.KeySynthType.RELEASE)
    pump(0.3)


def type_text(text: str) -> None:
    for ch in text:
        Atspi.generate_keyboard_event(ord(ch), None, Atspi.KeySynthType.SYM)
        pump(0.08)


# --- the tree -------------------------------------------------------------------------------


class Node:
    def __init__(self, acc, depth: int) -> None:
        self.acc = acc
        self.depth = depth
        self.role = safe(acc.get_role, ROLE.INVALID)
        self.name = safe(acc.get_name, "") or ""
        self.description = safe(acc.get_description, "") or ""
        states = safe(acc.get_state_set, None)
        self.states = set(states.get_states()) if states is not None else set()
        rect = safe(lambda: acc.get_extents(Atspi.CoordType.SCREEN), None)
        self.rect = (rect.x, rect.y, rect.width, rect.height) if rect else (0, 0, 0, 0)

    @property
    def showing(self) -> bool:
        return STATE.SHOWING in self.states and STATE.VISIBLE in self.states

    def text(self) -> str:
        iface = safe(self.acc.get_text_iface, None)
        if iface is None:
            return ""
        count = safe(iface.get_character_count, 0)
        return safe(lambda: iface.get_text(0, count), "") or ""

    def describe(self) -> str:
        return (
            f"{self.role.value_nick if hasattr(self.role, 'value_nick') else self.role} "
            f"{self.name!r}"
        )


def walk(root) -> list[Node]:
    nodes: list[Node] = []
    stack = [(root, 0)]
    while stack and len(nodes) < MAX_NODES:
        acc, depth = stack.pop()
        node = Node(acc, depth)
        nodes.append(node)
        if depth and not node.showing:
            continue
        count = safe(acc.get_child_count, 0)
        children = [safe(lambda a=acc, i=i: a.get_child_at_index(i), None) for i in range(count)]
        stack.extend((c, depth + 1) for c in reversed(children) if c is not None)
    return nodes


def labelled_by(acc) -> bool:
    for relation in safe(acc.get_relation_set, []) or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            return True
    return False


def role_name(role) -> str:
    return safe(lambda: Atspi.role_get_name(role), str(role))


SHORTCUT_HINT = re.compile(r"\s*\((Strg|Ctrl)\+[^)]*\)")


def norm(text: str, *, mnemonics: bool = True) -> str:
    """Text as compared: no mnemonic, ellipsis, trailing colon or "(Strg+S)" key hint.

    *mnemonics*: the text is a widget's own text, where "&" marks the access key and "&&"
    stands for "&"; an accessible name has neither, its "&" is a plain character.
    """
    if mnemonics:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = SHORTCUT_HINT.sub("", text)
    return " ".join(text.replace("…", "").strip().rstrip(":").split()).casefold()


# --- checks ---------------------------------------------------------------------------------


class Checker:
    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.failures: list[str] = []
        self.place = ""
        self.verbose = False

    def fail(self, point: int | str, what: str) -> None:
        line = f"FAIL {self.mode}/{self.place} [{point}] {what}"
        if line not in self.failures:
            self.failures.append(line)
            print(line, flush=True)

    def check_tree(
        self, window: Node, nodes: list[Node], visible: list[dict], is_dialog: bool
    ) -> None:
        shown = [n for n in nodes if n.showing]
        if window.role not in WINDOW_ROLES:
            self.fail(
                8, f"window {window.name!r} has role {role_name(window.role)}, not frame or dialog"
            )
        headings = [n for n in shown if n.role == ROLE.HEADING]
        if not is_dialog and not headings:
            self.fail(6, "no heading")
        if is_dialog:  # a dialog's title is said on opening; a repeated title is a heading
            for n in shown:
                if n.role == ROLE.LABEL and norm(n.name) == norm(window.name):
                    self.fail(6, f"the title {n.name!r} shown in the dialog is no heading")
        for n in shown:
            label = f"{role_name(n.role)} {n.name!r}"
            if (
                STATE.FOCUSABLE in n.states
                and not n.name.strip()
                and n.role not in (ROLE.LIST_ITEM, ROLE.TABLE_CELL, ROLE.TREE_ITEM, ROLE.MENU_ITEM)
            ):
                self.fail(0, f"focusable {label} without a name")
            for text, what in ((n.name, "name"), (n.description, "description")):
                if MARKUP.search(text):
                    self.fail(3, f"markup in the {what} of {label}: {text[:70]!r}")
            if n.role == ROLE.COMBO_BOX:
                # Qt on Linux names a combo box by its value and leaves the purpose to a
                # linked label (LABELLED_BY), which Orca speaks before the value.
                value = self.combo_value(n)
                if value and norm(n.name) == norm(value) and not labelled_by(n.acc):
                    self.fail(2, f"combo box named only by its value {value!r}")
            if n.role == ROLE.PAGE_TAB_LIST:
                selected = [
                    c.name
                    for c in nodes
                    if c.role == ROLE.PAGE_TAB
                    and c.depth == n.depth + 1
                    and STATE.SELECTED in c.states
                ]
                if (
                    selected
                    and norm(n.name) in {norm(s) for s in selected}
                    and not labelled_by(n.acc)
                ):
                    self.fail(2, f"tab list named only by its current tab {n.name!r}")
            if n.role in (ROLE.TEXT, ROLE.ENTRY) and "pin" in n.name.casefold():
                self.fail(1, f"PIN field {n.name!r} has role {role_name(n.role)}")
            self.check_value(n, label)
            self.check_relations(n, label)
            if n.role == ROLE.LABEL and n.name and STATE.FOCUSABLE not in n.states:
                shown_text = n.text().strip()
                if shown_text and norm(shown_text) not in norm(n.name + " " + n.description):
                    self.fail(8, f"{label} shows {shown_text[:60]!r}, which is never read")
        self.check_visible_labels(shown, visible)
        self.check_heard_on(shown)

    def check_heard_on(self, shown: list[Node]) -> None:
        """Point P: the place is the real view (its database was attached and it was shown)."""
        names = HEARD_ON.get(self.place)
        if names is None:
            return
        name = names[1] if self.mode.endswith("/en") else names[0]
        if not any(norm(n.name, mnemonics=False) == norm(name, mnemonics=False) for n in shown):
            self.fail("P", f"{name!r} is not heard: the page is not the real view")

    def combo_value(self, n: Node) -> str:
        text = n.text()
        if text:
            return text
        for i in range(safe(n.acc.get_child_count, 0)):
            child = safe(lambda i=i: n.acc.get_child_at_index(i), None)
            sel = safe(child.get_selection_iface, None) if child is not None else None
            item = safe(lambda s=sel: s.get_selected_child(0), None) if sel else None
            if item is not None:
                return safe(item.get_name, "") or ""
        return ""

    def check_value(self, n: Node, label: str) -> None:
        value = safe(n.acc.get_value_iface, None)
        if value is None or n.role in (ROLE.SCROLL_BAR,):
            return
        low = safe(value.get_minimum_value, 0.0)
        high = safe(value.get_maximum_value, 0.0)
        current = safe(value.get_current_value, 0.0)
        if not low < high:
            self.fail(8, f"{label} reports value {current:g} in range {low:g}–{high:g}")
            return
        said = RANGE_TEXT.search(n.description)
        if said:
            a, b = (float(x.replace(".", "")) for x in said.groups())
            if (a, b) != (low, high):
                self.fail(8, f"{label} says {a:g}–{b:g} but reports range {low:g}–{high:g}")

    def check_relations(self, n: Node, label: str) -> None:
        if n.role != ROLE.LABEL:
            return
        relations = safe(n.acc.get_relation_set, []) or []
        for relation in relations:
            if relation.get_relation_type() != Atspi.RelationType.LABEL_FOR:
                continue
            for i in range(relation.get_n_targets()):
                target = relation.get_target(i)
                if safe(target.get_role, 0) == ROLE.COMBO_BOX:
                    continue  # spoken as "label, value": the label is the name
                name = safe(target.get_name, "") or ""
                shown_text = n.text() or n.name
                if shown_text and norm(shown_text) not in norm(name):
                    self.fail(
                        4,
                        f"label {shown_text!r} is not in the name {name!r} of its "
                        f"{role_name(safe(target.get_role, 0))}",
                    )

    def check_visible_labels(self, shown: list[Node], visible: list[dict]) -> None:
        by_rect: dict[tuple, list[Node]] = {}
        for n in shown:
            if n.role in NAMED_BY_TEXT or n.role == ROLE.LABEL:
                by_rect.setdefault(n.rect, []).append(n)
        for item in visible:
            if not re.search(r"\w", item["text"]):
                continue  # a symbol such as "✕" is no text label (WCAG 2.5.3)
            rect = tuple(item["rect"])
            if item.get("label"):  # a label whose accessible name replaces its text
                for n in by_rect.get(rect, []):
                    heard = norm(f"{n.name} {n.description} {n.text()}", mnemonics=False)
                    if n.role == ROLE.LABEL and norm(item["text"]) not in heard:
                        self.fail(
                            8, f"label {n.name!r} shows {item['text'][:60]!r}, which is never read"
                        )
                continue
            for n in by_rect.get(rect, []):
                if n.role == ROLE.LABEL:
                    continue
                if norm(item["text"]) and norm(item["text"]) not in norm(n.name, mnemonics=False):
                    self.fail(
                        4, f"{role_name(n.role)} shows {item['text']!r} but is announced {n.name!r}"
                    )


# --- the app under test ------------------------------------------------------------------


class AppUnderTest:
    def __init__(self, command: list[str]) -> None:
        log = os.environ.get("A11Y_APP_LOG", os.devnull)
        with open(log, "a", encoding="utf-8") as stderr:  # Qt's warnings go to the log
            self.proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                bufsize=1,
            )
        self.reply = self.wait_for("ready start", 90)

    def wait_for(self, prefix: str, timeout: float = 30) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pump(0.02)
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.05)
            if ready:
                line = self.proc.stdout.readline()
                if not line:
                    raise RuntimeError("the app under test ended")
                if line.startswith(prefix) or line.startswith("error"):
                    return line.strip()
        raise RuntimeError(f"the app under test did not answer {prefix!r}")

    def send(self, command: str) -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        word = command.split()[-1] if command.startswith("show") else command
        return self.wait_for(f"ready {word}")

    def stop(self) -> int:
        safe(lambda: self.send("quit"), None)
        try:
            return self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return -9


def find_app(timeout: float = 30):
    desktop = Atspi.get_desktop(0)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and safe(app.get_name, "") == "PartnerDesk":
                return app
        pump(0.2)
    raise RuntimeError("PartnerDesk is not on the accessibility bus")


def active_window(app):
    windows = [
        safe(lambda i=i: app.get_child_at_index(i), None)
        for i in range(safe(app.get_child_count, 0))
    ]
    windows = [w for w in windows if w is not None]
    for w in windows:
        states = safe(w.get_state_set, None)
        if states is not None and states.contains(STATE.ACTIVE):
            return w
    showing = [
        w for w in windows if safe(lambda w=w: w.get_state_set().contains(STATE.SHOWING), False)
    ]
    return (showing or windows)[-1]


# --- what a keyboard user does ----------------------------------------------------------------


def same(a, b) -> bool:
    return a is not None and b is not None and safe(lambda: a.path == b.path, False)


def extents(acc) -> tuple[int, int, int, int]:
    rect = safe(lambda: acc.get_extents(Atspi.CoordType.SCREEN), None)
    return (rect.x, rect.y, rect.width, rect.height) if rect else (0, 0, 0, 0)


def same_column(a: tuple, b: tuple) -> bool:
    overlap = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    narrower = min(a[2], b[2])
    return narrower > 0 and overlap >= narrower / 2


def focus(node: Node, events: Events) -> bool:
    events.focused = None
    component = safe(node.acc.get_component_iface, None)
    if component is None or not safe(component.grab_focus, False):
        return False
    pump(0.25)
    return True


def tab_walk(checker: Checker, events: Events, nodes: list[Node]) -> int:
    """Press Tab until focus comes round; check the order and the stops. Returns the stops."""
    start = next(
        (
            n
            for n in nodes
            if n.showing
            and STATE.FOCUSABLE in n.states
            and n.role not in (ROLE.MENU_ITEM, ROLE.MENU_BAR)
        ),
        None,
    )
    if start is None or not focus(start, events):
        return 0
    seen = [events.focused or start.acc]
    current = seen[0]
    silent = 0
    for _ in range(MAX_TABS):
        events.focused = None
        press("Tab", pause=0.15)
        moved = events.focused
        if moved is None:  # a stop that sends no focus event (a date field's inner edit)
            silent += 1
            if silent > 2:
                break
            continue
        silent = 0
        if any(same(moved, s) for s in seen):
            break
        role = safe(moved.get_role, ROLE.INVALID)
        name = safe(moved.get_name, "") or ""
        if inert_stop(moved, role, name):
            checker.fail(7, f"Tab stops on {role_name(role)} {name!r}, which does nothing")
        a, b = extents(current), extents(moved)
        if same_column(a, b) and b[1] + b[3] <= a[1]:
            checker.fail(7, f"Tab goes back up from {safe(current.get_name, '')!r} to {name!r}")
        seen.append(moved)
        current = moved
        if checker.verbose:
            print(f"    Tab → {role_name(role)} {name!r} at {b}")
    return len(seen)


def real_actions(acc) -> list[str]:
    """Actions other than taking focus, which every focusable Qt widget offers."""
    action = safe(acc.get_action_iface, None)
    if action is None:
        return []
    names = [
        safe(lambda i=i: action.get_action_name(i), "") or ""
        for i in range(safe(action.get_n_actions, 0))
    ]
    return [n for n in names if n.casefold() not in ("setfocus", "")]


def inert_stop(acc, role, name: str) -> bool:
    """A Tab stop that neither acts nor tells: a nameless container, or a container that
    only precedes its own controls (a scroll area before its cards). A named panel (a card
    with a summary) is a reading stop and fine; so is a custom widget with keys of its own
    and no controls inside (the world map)."""
    if role not in INERT or real_actions(acc):
        return False
    if not name.strip():
        return True
    if role == ROLE.PANEL:
        return False
    stack = [(acc, 0)]
    while stack:
        node, depth = stack.pop()
        for i in range(safe(node.get_child_count, 0) if depth < 4 else 0):
            child = safe(lambda n=node, i=i: n.get_child_at_index(i), None)
            states = safe(child.get_state_set, None) if child is not None else None
            if states is not None and states.contains(STATE.FOCUSABLE):
                return True
            if child is not None:
                stack.append((child, depth + 1))
    return False


def pin_fields(nodes: list[Node]) -> list[Node]:
    # A disabled field cannot be typed into, so nothing of a PIN can leak from it.
    return [
        n
        for n in nodes
        if n.showing
        and STATE.ENABLED in n.states
        and (
            n.role == ROLE.PASSWORD_TEXT
            or (n.role in (ROLE.TEXT, ROLE.ENTRY) and "pin" in n.name.casefold())
        )
    ]


def check_pin_leak(checker: Checker, events: Events, nodes: list[Node], pin: str) -> None:
    for field in pin_fields(nodes):
        if not focus(field, events):
            checker.fail(1, f"PIN field {field.name!r} cannot take focus")
            continue
        events.clear()
        type_text(pin)
        pump(0.3)
        shown = field.text()
        combo("Control_L", "a")
        press("BackSpace")
        pump(0.3)
        leaks = [
            text
            for kind, _src, text, _x, _d in events.items
            if any(d in text for d in pin) and not kind.startswith("object:state")
        ]
        if any(d in shown for d in pin):
            leaks.append(f"text interface: {shown!r}")
        if leaks:
            checker.fail(
                1, f"PIN field {field.name!r}: typed digits on the bus: {sorted(set(leaks))[:4]}"
            )


def form_field(place: str, nodes: list[Node]) -> tuple[Node | None, str]:
    """The field to type a wrong value into at *place*, and that value."""
    shown = [n for n in nodes if n.showing]
    if place in ("pin_setup", "unlock"):
        fields = pin_fields(nodes)
        return (fields[0] if fields else None), ("12" if place == "pin_setup" else "1111")
    if place == "handover":  # a code that does not exist
        return next((n for n in shown if n.role in (ROLE.TEXT, ROLE.ENTRY)), None), "ZZZZ9999"
    if place == "settings":  # below the range the description gives
        return next(
            (n for n in shown if n.role == ROLE.SPIN_BUTTON and RANGE_TEXT.search(n.description)),
            None,
        ), "5"
    return None, ""


def check_form_error(checker: Checker, events: Events, nodes: list[Node]) -> None:
    """Type a wrong value into the place's field, press Enter: the error must be announced."""
    field, typed = form_field(checker.place, nodes)
    if field is None or not focus(field, events):
        return
    combo("Control_L", "a")
    type_text(typed)
    events.clear()
    press("Return", pause=0.1)
    pump(1.2)
    said = [t for t in events.announcements() if t.strip()]
    changed = [
        t
        for kind, _s, t, _x, _d in events.items
        if kind.startswith(("object:text-changed:insert", "object:property-change:accessible-name"))
        and t.strip()
    ]
    if not said:
        checker.fail(5, f"form error {changed[:1] or '(none shown)'} is not announced")
    combo("Control_L", "a")
    press("BackSpace")


def check_ranking(checker: Checker, events: Events, nodes: list[Node]) -> None:
    sliders = [n for n in nodes if n.showing and n.role == ROLE.SLIDER]
    if not sliders or not focus(sliders[0], events):
        checker.fail(9, "no slider to change the self-assessment with")
        return
    events.clear()
    press("Right", times=3, pause=0.05)
    pump(2.5)
    renames = len(events.of("object:property-change:accessible-name"))
    said = [t for t in events.announcements() if t.strip()]
    if not said:
        checker.fail(9, f"the ranking changed ({renames} name changes) but nothing was announced")
    elif len(said) > 2:
        checker.fail(9, f"the ranking was announced {len(said)} times for one change")


def check_step_announced(checker: Checker, events: Events) -> None:
    events.clear()
    combo("Alt_L", "Right")
    pump(1.0)
    said = [t for t in events.announcements() if t.strip()]
    if not any(re.search(r"\d", t) for t in said):
        checker.fail(7, f"the step change is not announced (heard {said[:2]})")


# --- main ---------------------------------------------------------------------------------------


def dump(nodes: list[Node]) -> None:
    for n in nodes:
        if n.showing or not n.depth:
            extra = f" desc={n.description[:50]!r}" if n.description else ""
            print(f"  {'  ' * n.depth}{role_name(n.role)} {n.name[:60]!r}{extra}")


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", required=True, help="the project's Python")
    parser.add_argument("--driver", required=True)
    parser.add_argument("--mode", choices=("main", "kiosk", "both"), default="both")
    parser.add_argument("--place", action="append", help="only these places")
    parser.add_argument("--report", action="store_true", help="print each place's tree")
    args = parser.parse_args(argv)
    failures: list[str] = []
    modes = ("main", "kiosk") if args.mode == "both" else (args.mode,)
    for mode in modes:
        places = MAIN_PLACES if mode == "main" else KIOSK_PLACES
        if args.place:
            places = [p for p in places if p in args.place]
        failures += run(mode, [args.python, args.driver, mode], args.report, places)
    points = sorted({f.split("[", 1)[1][0] for f in failures})
    print(f"a11y: {len(failures)} failures" + (f" (points {', '.join(points)})" if points else ""))
    return 1 if failures else 0


def run(mode: str, command: list[str], report: bool, places: list[str]) -> list[str]:
    checker = Checker(f"{mode}/{os.environ.get('A11Y_LANG', 'de')}")
    checker.verbose = report
    events = Events()
    aut = AppUnderTest(command)
    pin = aut.reply.split()[-1] if len(aut.reply.split()) > 2 else "97531"
    try:
        app = find_app()
        for place in places:
            checker.place = place
            reply = aut.send(f"show {place}")
            parts = reply.split(" ", 2)
            visible = json.loads(parts[2]) if len(parts) > 2 else []
            pump(0.3)
            window = active_window(app)
            nodes = walk(window)
            if report:
                print(f"== {mode}/{place}")
                dump(nodes)
            checker.check_tree(nodes[0], nodes, visible, place in DIALOGS)
            check_pin_leak(checker, events, nodes, pin)
            check_form_error(checker, events, nodes)
            stops = tab_walk(checker, events, walk(window))
            if report:
                print(f"  ({len(nodes)} objects, {stops} Tab stops)")
            if place == "matching":
                check_ranking(checker, events, nodes)
            if place == "interests":
                check_step_announced(checker, events)
            if place in DIALOGS:
                aut.send("close")
    finally:
        aut.stop()
    return checker.failures


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
