"""Developer tools that drive Qt: screenshots and the app icon (not bundled in the build)."""
