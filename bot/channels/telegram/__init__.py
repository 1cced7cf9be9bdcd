"""The Telegram channel on python-telegram-bot 22: the only package that imports `telegram`.

`app` wires every feature (`features/`) into one Application and runs it; handlers only
translate between Telegram and the Assistant. See README "How it is built".
"""
