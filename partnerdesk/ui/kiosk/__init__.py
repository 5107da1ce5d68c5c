"""Shared-terminal self-assessment mode (``partnerdesk --kiosk``).

``KioskWindow`` is the full-screen shell; ``KioskWizard`` is one apprentice's session and is
destroyed and rebuilt on every reset, so nothing of a session outlives it.
"""
