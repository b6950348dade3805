"""The Textual UI: app, screens and widgets. Consumes the model of tui.core only."""
