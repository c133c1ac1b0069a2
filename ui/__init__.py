"""The PySide6 desktop app. Imports the core (wardrobe/); the core never imports this."""
