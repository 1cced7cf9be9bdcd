"""Console chat: one question a line on stdin, each answer on stdout. No token needed."""

from __future__ import annotations

from typing import TextIO

from bot import texts
from bot.assistant import Assistant, render_plain
from bot.context import Context


def chat(assistant: Assistant, stdin: TextIO, stdout: TextIO, *, lang: str | None = None) -> int:
    """Answer every line until end of input; interactive users get a prompt and a greeting."""
    interactive = stdin.isatty()
    preferred = lang or assistant.default_lang
    context: Context | None = None
    if interactive:
        hello = "Fieldbot — stel uw vraag (Ctrl-D om te stoppen). Bijvoorbeeld:"
        stdout.write(hello + "\n" + "\n".join(f"  {q}" for q in texts.examples("nl")) + "\n")
    while True:
        if interactive:
            stdout.write("\n> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if not question:
            continue
        reply, context = assistant.converse(question, context, lang=lang, preferred_lang=preferred)
        preferred = reply.language
        stdout.write(render_plain(reply) + "\n")
        if not interactive:
            stdout.write("\n")
        stdout.flush()
    return 0
