"""Build-time tools (map derivation, translations, screenshots); not needed at run time."""
