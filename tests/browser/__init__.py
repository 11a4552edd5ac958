"""The built site in headless Chromium."""
