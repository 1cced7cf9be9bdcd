"""One module per feature; each exports `register(app)` that adds its own handlers."""
