"""Developer tools, run from the repository: ``python -m tools.<name>``.

Translations, screenshots, the app icon and the world map. They live outside the
``partnerdesk`` package so the runtime never imports them and the build never bundles them.
"""
