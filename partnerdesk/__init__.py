"""PartnerDesk: Dortmund's partner cities matched to apprentices, for Team INA's counselling."""

# The single source of the version: pyproject.toml reads it (dynamic), the CLI and the
# About dialog show it. A constant, because importlib.metadata costs ~40 ms at start-up.
__version__ = "0.1.0"

APP_NAME = "PartnerDesk"
ORG_NAME = "Stadt Dortmund"

#: Exit code for bad arguments or a missing precondition the user can fix (argparse's too).
EXIT_USAGE = 2
