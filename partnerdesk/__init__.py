"""PartnerDesk: Dortmund's partner cities matched to apprentices, for Team INA's counselling."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("partnerdesk")
except _metadata.PackageNotFoundError:  # running from a bare checkout or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "PartnerDesk"
ORG_NAME = "Stadt Dortmund"
