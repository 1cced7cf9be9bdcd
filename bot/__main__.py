"""`python -m bot` is the same as the `fieldbot` console script."""

from bot.cli import main

raise SystemExit(main())
