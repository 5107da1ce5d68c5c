"""Qt code that is not a widget: shipped fonts, PDF writing.

Usable with a bare ``QGuiApplication`` (offscreen, the CLI); the core never imports this.
"""
