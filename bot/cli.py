"""The `fieldbot` command line: a thin layer over the library that prints `Error: …`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from bot.assistant import Assistant, Reply, render_plain
from bot.config import Config, ConfigError, WebhookSettingError, load_config
from bot.heartbeat import MAX_AGE_SECONDS, check, heartbeat_path
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.texts import text

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one clear line instead of the usage block."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"Error: {message} (see `{self.prog} --help`)\n")
        raise SystemExit(EXIT_USAGE)


def _knowledge_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--knowledge", metavar="DIR", type=Path, default=None,
        help="knowledge folder (default: $KNOWLEDGE_DIR, else ./knowledge)",
    )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fieldbot", description="Fieldbot: Smart Industry Fieldlabs and Hubs.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    check = sub.add_parser("check", help="validate the knowledge files")
    _knowledge_arg(check)
    check.add_argument("--lint", action="store_true", help="also test every phrasing left out")
    check.add_argument("--warnings", action="store_true", help="list every warning")
    check.add_argument(
        "--lang", choices=("nl", "en"), help="language of the problems (default: nl)"
    )

    ask = sub.add_parser("ask", help="answer one question (or a batch)")
    _knowledge_arg(ask)
    ask.add_argument("--lang", choices=("nl", "en"), help="reply language (default: detected)")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument("--batch", metavar="FILE", help="one question a line; - reads stdin")
    ask.add_argument(
        "--conversations",
        action="store_true",
        help='with --batch: one {"conversation": ID, "question": TEXT} a line, in context',
    )
    ask.add_argument("question", nargs="*", help="the question")

    chat = sub.add_parser("chat", help="console chat with the assistant (no token needed)")
    _knowledge_arg(chat)
    chat.add_argument("--lang", choices=("nl", "en"), help="reply language (default: detected)")
    chat.add_argument(
        "--log", action="store_true", help="write the questions to the question log (for report)"
    )

    run = sub.add_parser("run", help="run the Telegram bot (polling, or webhook if configured)")
    _knowledge_arg(run)

    health = sub.add_parser("health", help="is the running bot alive? (its heartbeat file)")
    health.add_argument(
        "--max-age",
        type=float,
        default=MAX_AGE_SECONDS,
        metavar="SECONDS",
        help=f"oldest heartbeat that counts as alive (default {MAX_AGE_SECONDS:.0f})",
    )

    report = sub.add_parser("report", help="unanswered and low-confidence questions, clustered")
    _knowledge_arg(report)
    report.add_argument("--since", type=int, default=30, metavar="DAYS", help="default 30")
    report.add_argument("--format", choices=("text", "json", "csv", "html"), default="text")
    report.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    report.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the report (default: nl)"
    )

    evaluate = sub.add_parser("eval", help="accuracy on an eval set")
    _knowledge_arg(evaluate)
    evaluate.add_argument("file", nargs="?", type=Path, help="default: eval/questions.yaml")
    evaluate.add_argument("--quiet", action="store_true", help="figures only, no failure list")
    evaluate.add_argument(
        "--peers", action="store_true", help="also score naive rapidfuzz, TF-IDF and BM25"
    )

    bench = sub.add_parser("bench", help="matching latency and memory at 1k and 10k entries")
    bench.add_argument("--sizes", default="1000,10000", help="comma-separated entry counts")
    bench.add_argument("--queries", type=int, default=2000, help="questions per size")
    bench.add_argument("--telegram", action="store_true", help="load test the Telegram channel")
    return parser


def _config(args: argparse.Namespace) -> Config:
    config = load_config()
    if getattr(args, "knowledge", None) is not None:
        from dataclasses import replace

        config = replace(config, knowledge_dir=args.knowledge)
    return config


def _load(config: Config) -> KnowledgeBase:
    return load_knowledge(config.knowledge_dir)


def reply_json(question: str, reply: Reply) -> dict[str, Any]:
    """The `ask --json` object (README "Command line")."""
    return {
        "question": question,
        "answer": render_plain(reply),
        "entry": reply.entry if reply.confident else None,
        "score": round(reply.score, 1),
        "confident": reply.confident,
        "lang": reply.language,
        "alternatives": [
            {"entry": a.entry, "score": round(a.score, 1), "question": a.question}
            for a in reply.alternatives
        ],
        "kind": reply.kind,
    }


def _conversation_line(line: str, number: int) -> tuple[str, str]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        raise _Usage(
            f'line {number}: not JSON; expected {{"conversation": ID, "question": TEXT}}'
        ) from None
    if not isinstance(item, dict) or "question" not in item:
        raise _Usage(f'line {number}: expected {{"conversation": ID, "question": TEXT}}')
    return str(item.get("conversation", "")), str(item["question"])


def _ask(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    if args.conversations and not args.batch:
        raise _Usage("--conversations needs --batch FILE (one JSON object a line)")
    if args.batch and args.question:
        raise _Usage("give either a QUESTION or --batch FILE, not both")
    if not args.batch and not " ".join(args.question).strip():
        raise _Usage('ask needs a QUESTION, e.g. fieldbot ask "hoeveel banen?"')
    assistant = Assistant(_load(config), default_lang=config.default_lang)
    if args.batch:
        if args.batch == "-":
            lines = sys.stdin.read().splitlines()
        else:
            try:
                lines = Path(args.batch).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise _Usage(f"cannot read {args.batch}: {exc}") from None
        if args.conversations:
            contexts: dict[str, Any] = {}
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                conversation, question = _conversation_line(line, number)
                reply, contexts[conversation] = assistant.converse(
                    question, contexts.get(conversation), lang=args.lang
                )
                item = reply_json(question, reply)
                if args.json:
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")
                else:
                    out.write(render_plain(reply) + "\n\n")
            return EXIT_OK
        for line in lines:
            reply = assistant.answer(line, lang=args.lang)
            if args.json:
                out.write(json.dumps(reply_json(line, reply), ensure_ascii=False) + "\n")
            else:
                out.write(render_plain(reply) + "\n\n")
        return EXIT_OK
    question = " ".join(args.question)
    reply = assistant.answer(question, lang=args.lang)
    if args.json:
        out.write(json.dumps(reply_json(question, reply), ensure_ascii=False) + "\n")
    else:
        out.write(render_plain(reply) + "\n")
    return EXIT_OK


class _Usage(Exception):
    """A usage error found after parsing: exit 2."""


def _check(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    knowledge = _load(config)
    lang = args.lang or "nl"
    summary: list[str] = []
    if args.lint:
        from bot.evaluation import lint, lint_summary

        result = lint(knowledge)
        for steal in result.steals:
            out.write(steal.render(lang) + "\n")
        summary = lint_summary(result, lang)
    out.write(knowledge.summary() + "\n")
    undated = [w for w in knowledge.warnings if w.key == "check_source_undated"]
    for warning in knowledge.warnings:
        if args.warnings or warning not in undated:
            out.write(text("check_warning", lang, problem=warning.render(lang)) + "\n")
    if undated and not args.warnings:
        key = "check_undated_one" if len(undated) == 1 else "check_undated"
        out.write(text(key, lang, count=len(undated)) + "\n")
    for line in summary:  # last, where staff look after a long list
        out.write(line + "\n")
    return EXIT_OK


def _dispatch(args: argparse.Namespace, out: TextIO) -> int:
    config = _config(args)
    command = args.command
    if command == "check":
        return _check(args, config, out)
    if command == "ask":
        return _ask(args, config, out)
    if command == "chat":
        from bot.channels.console import ConsoleLog, chat

        assistant = Assistant(_load(config), default_lang=config.default_lang)
        log = ConsoleLog(config) if args.log else None
        folder = config.knowledge_dir
        return chat(assistant, sys.stdin, out, lang=args.lang, folder=folder, log=log)
    if command == "run":
        if not config.token:
            raise _Usage(
                "TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather in Telegram "
                "(/newbot), or try the bot without one: fieldbot chat"
            )
        from bot.channels.telegram.app import run

        return run(config)
    if command == "health":
        result = check(heartbeat_path(config.data_dir), max_age=args.max_age)
        if not result.alive:
            sys.stderr.write(f"Error: {result.line}\n")
            return EXIT_INVALID
        out.write(result.line + "\n")
        return EXIT_OK
    if command == "report":
        from bot.report import run_report

        return run_report(
            config, since_days=args.since, fmt=args.format, output=args.output, lang=args.lang
        )
    if command == "eval":
        from bot.evaluation import run_eval

        return run_eval(_load(config), args.file, out, quiet=args.quiet, peers=args.peers)
    if command == "bench":
        from bot.bench import run_bench

        sizes = [int(s) for s in str(args.sizes).split(",") if s.strip()]
        return run_bench(sizes, args.queries, out, telegram=args.telegram)
    raise _Usage(f"unknown command {command}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `fieldbot` console script."""
    lang = "nl"
    try:
        args = build_parser().parse_args(argv)
        lang = getattr(args, "lang", None) or "nl"
        return _dispatch(args, sys.stdout)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    except WebhookSettingError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        return EXIT_INVALID
    except (ConfigError, _Usage) as exc:
        sys.stderr.write(f"Error: {exc}\n")
        return EXIT_USAGE
    except KnowledgeError as exc:
        for problem in exc.problems:
            sys.stderr.write(problem.render(lang) + "\n")
        count = len(exc.problems)
        sys.stderr.write(f"Error: knowledge is invalid ({count} problem{'s' * (count != 1)})\n")
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
