"""What the end-to-end tests share: a loopback Bot API server (`botapi`), Telegram's HTML
rules (`telegram_html`), the bot as a subprocess (`process`), real knowledge files
(`knowledge`)."""
