"""Every text of the report for Hub staff, in Dutch and English, with correct plurals.

The report keeps its own table (as bot/texts.py does for the chat): staff read it in a
browser or a terminal, never in a chat, and its wording changes with the report alone.
"""

from __future__ import annotations

from typing import Final

LANGS: Final = ("nl", "en")

# key -> {lang: text}; `{name}` fields are filled by label(). A key ending in `_one` / `_many`
# is a plural pair chosen by plural().
LABELS: Final[dict[str, dict[str, str]]] = {
    "title": {"nl": "Fieldbot-rapport", "en": "Fieldbot report"},
    "period": {
        "nl": "{since} tot {until} ({days})",
        "en": "{since} to {until} ({days})",
    },
    "days_one": {"nl": "{n} dag", "en": "{n} day"},
    "days_many": {"nl": "{n} dagen", "en": "{n} days"},
    "smalltalk_note": {
        "nl": "Begroetingen en bedankjes ({n}) tellen niet mee in het beantwoorde deel.",
        "en": "Greetings and thanks ({n}) do not count in the answered rate.",
    },
    "questions_one": {"nl": "{n} vraag", "en": "{n} question"},
    "questions_many": {"nl": "{n} vragen", "en": "{n} questions"},
    "users_one": {"nl": "{n} gebruiker", "en": "{n} user"},
    "users_many": {"nl": "{n} gebruikers", "en": "{n} users"},
    "by_users_one": {"nl": "door {n} gebruiker", "en": "by {n} user"},
    "by_users_many": {"nl": "door {n} gebruikers", "en": "by {n} users"},
    "times": {"nl": "{n} keer", "en": "{n}x"},
    "tile_questions": {"nl": "vragen", "en": "questions"},
    "tile_users": {"nl": "gebruikers", "en": "users"},
    "tile_answered": {"nl": "beantwoord", "en": "answered"},
    "tile_unanswered": {"nl": "onbeantwoord", "en": "unanswered"},
    "tile_low": {"nl": "twijfelachtig", "en": "low confidence"},
    "up": {"nl": "nuttig", "en": "helpful"},
    "down": {"nl": "niet nuttig", "en": "not helpful"},
    "header_counts": {
        "nl": "{questions} van {users}; beantwoord {pct} ({answered} beantwoord, "
        "{unanswered} onbeantwoord, {low} twijfelachtig); {up} 👍 nuttig, {down} 👎 niet nuttig",
        "en": "{questions} from {users}; answered {pct} ({answered} answered, "
        "{unanswered} unanswered, {low} low confidence); {up} 👍 helpful, {down} 👎 not helpful",
    },
    "clusters_heading": {
        "nl": "Onbeantwoorde en twijfelachtige vragen per onderwerp ({n})",
        "en": "Unanswered and low-confidence questions by topic ({n})",
    },
    "none": {"nl": "Geen in deze periode.", "en": "None in this period."},
    "cluster_detail": {
        "nl": "{unanswered} onbeantwoord, {low} twijfelachtig; laatst {last}",
        "en": "{unanswered} unanswered, {low} low confidence; last {last}",
    },
    "nearest": {"nl": "dichtstbijzijnde item", "en": "nearest entry"},
    "add_to": {
        "nl": "toe te voegen aan (in Telegram twee tikken onder /unanswered)",
        "en": "could be added to (in Telegram two taps under /unanswered)",
    },
    "score": {"nl": "score", "en": "score"},
    "unknown_words": {"nl": "woorden die geen item kent", "en": "words no entry knows"},
    "phrasings_one": {
        "nl": "De formulering en een sjabloon voor een nieuw item",
        "en": "The phrasing and an entry template",
    },
    "phrasings_many": {
        "nl": "Alle {n} formuleringen en een sjabloon voor een nieuw item",
        "en": "All {n} phrasings and an entry template",
    },
    "template_heading": {
        "nl": "Sjabloon voor de grootste groep:",
        "en": "Template for the biggest cluster:",
    },
    "more_clusters": {
        "nl": "... nog {n} kleinere groepen ({questions}): zie --format html of csv.",
        "en": "... {n} smaller clusters ({questions}): see --format html or csv.",
    },
    "noise_one": {
        "nl": "{n} bericht zonder vraag overgeslagen (alleen emoji of tekens, of één onbekend "
        "woord), bijvoorbeeld: {examples}",
        "en": "{n} message without a question skipped (only emoji or symbols, or one unknown "
        "word), for example: {examples}",
    },
    "noise_many": {
        "nl": "{n} berichten zonder vraag overgeslagen (alleen emoji of tekens, of één onbekend "
        "woord), bijvoorbeeld: {examples}",
        "en": "{n} messages without a question skipped (only emoji or symbols, or one unknown "
        "word), for example: {examples}",
    },
    "suggest_new": {
        "nl": "Maak een nieuw item met deze formuleringen (zie het sjabloon).",
        "en": "Add a new entry with these phrasings (see the template).",
    },
    "suggest_answered": {
        "nl": "Wordt nu beantwoord door {entry}{where} (score {score}): kijk of dat antwoord "
        "past.",
        "en": "Answered now by {entry}{where} (score {score}): check that its answer fits.",
    },
    "suggest_close": {
        "nl": "Lijkt op {entry}{where}: past dat antwoord, zet deze formuleringen dan bij de "
        "vragen van dat item; anders een nieuw item.",
        "en": "Close to {entry}{where}: if its answer fits, add these phrasings to its "
        "questions; otherwise add a new entry.",
    },
    "suggest_topic": {
        "nl": "Nieuw onderwerp: maak een nieuw item met deze formuleringen (zie het sjabloon).",
        "en": "New topic: add a new entry with these phrasings (see the template).",
    },
    "how_to": {
        "nl": "Zo maakt u van een groep kennis: beantwoordt een item de vraag al, zet de "
        "formuleringen dan bij de vragen van dat item (bestand en regel staan erbij); anders "
        "plakt u het sjabloon in een bestand in de map knowledge/, schrijft u het antwoord "
        "met de bron en de datum van die bron, en draait u `fieldbot check`. Woorden die geen "
        "item kent, kunnen ook synoniemen zijn van woorden die het wel kent (een groep onder "
        "`synonyms:`). De draaiende bot neemt een geldig bestand vanzelf over.",
        "en": "How to turn a cluster into knowledge: if a nearest entry already answers it, "
        "add the phrasings to that entry's questions (file and line are given); otherwise "
        "paste the template into a file in the knowledge folder, write the answer with its "
        "source and that source's date, and run `fieldbot check`. Words no entry knows may "
        "also be synonyms of words it does know (a `synonyms:` group). The running bot picks "
        "up a valid file by itself.",
    },
    "down_heading": {
        "nl": "Antwoorden met 👎 niet nuttig ({n})",
        "en": "Answers rated 👎 not helpful ({n})",
    },
    "col_date": {"nl": "datum", "en": "date"},
    "col_question": {"nl": "vraag", "en": "question"},
    "col_answer": {"nl": "gegeven antwoord", "en": "answer given"},
    "col_entry": {"nl": "item", "en": "entry"},
    "col_times": {"nl": "keer", "en": "times"},
    "col_period": {"nl": "periode", "en": "period"},
    "col_answered": {"nl": "beantwoord", "en": "answered"},
    "col_rate": {"nl": "deel", "en": "rate"},
    "question_gone": {
        "nl": "(vraag staat niet meer in het log)",
        "en": "(question no longer in the log)",
    },
    "answer_from_entry": {
        "nl": "Het log bewaart welk item antwoordde, niet de tekst: dit is het antwoord van "
        "dat item in de huidige kennis.",
        "en": "The log keeps which entry answered, not its text: this is that entry's answer "
        "in the current knowledge.",
    },
    "answer_reasked": {
        "nl": "Het log bewaart welk item antwoordde, niet de tekst: dit is wat de bot nu op "
        "deze vraag antwoordt (hetzelfde item).",
        "en": "The log keeps which entry answered, not its text: this is what the bot answers "
        "to this question now (the same entry).",
    },
    "answer_unknown": {
        "nl": "Het antwoord is niet meer te herleiden: het item bestaat niet meer in de "
        "huidige kennis.",
        "en": "The answer can no longer be traced: the entry is not in the current knowledge.",
    },
    "no_answer_entry": {"nl": "(geen item)", "en": "(no entry)"},
    "top_heading": {"nl": "Meest gevraagde items", "en": "Most asked entries"},
    "rate_heading_day": {
        "nl": "Beantwoord deel per dag",
        "en": "Answered rate per day",
    },
    "rate_heading_week": {
        "nl": "Beantwoord deel per week",
        "en": "Answered rate per week",
    },
    "chart_title": {
        "nl": "Beantwoord deel van de vragen per {unit}",
        "en": "Share of questions answered per {unit}",
    },
    "unit_day": {"nl": "dag", "en": "day"},
    "unit_week": {"nl": "week", "en": "week"},
    "chart_point": {
        "nl": "{label}: {answered} van {questions} beantwoord ({pct})",
        "en": "{label}: {answered} of {questions} answered ({pct})",
    },
    "chart_empty": {"nl": "{label}: geen vragen", "en": "{label}: no questions"},
    "no_log": {
        "nl": "Nog geen vragen gelogd: {path} bestaat niet. Start de bot (fieldbot run) of "
        "probeer het zonder Telegram met `fieldbot chat --log`, of zet BOT_DATA_DIR op de "
        "gegevensmap van de bot.",
        "en": "No questions logged yet: {path} does not exist. Run the bot (fieldbot run), "
        "or try it without Telegram with `fieldbot chat --log`, or set BOT_DATA_DIR to the "
        "bot's data folder.",
    },
    "knowledge_problems_one": {
        "nl": "Let op: de kennis in {folder} heeft {n} probleem (draai `fieldbot check`), "
        "dus dichtstbijzijnde items en antwoorden ontbreken.",
        "en": "Note: the knowledge in {folder} has {n} problem (run `fieldbot check`), so "
        "nearest entries and answers are not shown.",
    },
    "knowledge_problems_many": {
        "nl": "Let op: de kennis in {folder} heeft {n} problemen (draai `fieldbot check`), "
        "dus dichtstbijzijnde items en antwoorden ontbreken.",
        "en": "Note: the knowledge in {folder} has {n} problems (run `fieldbot check`), so "
        "nearest entries and answers are not shown.",
    },
    # Readable names of the ids the directory answers with (not entries in a file).
    "name_route_unknown": {
        "nl": "Verwijzing naar een Hub: geen Hub bekend voor die plaats",
        "en": "Referral to a Hub: no Hub known for that place",
    },
    "name_theme": {"nl": "Fieldlabs met thema {theme}", "en": "Fieldlabs on {theme}"},
    "name_place": {"nl": "Fieldlabs in {place}", "en": "Fieldlabs in {place}"},
    "name_hub": {"nl": "Hub {name}", "en": "Hub {name}"},
    "name_fieldlab": {"nl": "Fieldlab {name}", "en": "Fieldlab {name}"},
    # The entry template: comments staff read while filling it in.
    "tpl_file": {
        "nl": "# plak onder `entries:` in een bestand in knowledge/, of bewaar als nieuw bestand",
        "en": "# paste under `entries:` in a file in knowledge/, or save as a new file",
    },
    "tpl_id": {
        "nl": "# kies een korte unieke naam: a-z, 0-9, . _ -",
        "en": "# a short unique id: a-z, 0-9, . _ -",
    },
    "tpl_answer": {
        "nl": "# het antwoord in eigen woorden, met de datum als een cijfer verandert",
        "en": "# the answer in your own words, with the date when a figure changes",
    },
    "tpl_publisher": {"nl": "# wie het publiceerde", "en": "# who published it"},
    "tpl_title": {"nl": "# titel of webadres", "en": "# title or web address"},
    "tpl_date": {
        "nl": "# vul in: datum van de bron (2019, 2019-03 of 2019-03-18); onbekend? regel weg",
        "en": "# fill in: the source's date (2019, 2019-03 or 2019-03-18); unknown? drop the line",
    },
}


def label(key: str, lang: str, **values: object) -> str:
    """The report text `key` in `lang` (Dutch when the language is not known)."""
    table = LABELS[key]
    return table.get(lang, table["nl"]).format(**values)


def plural(key: str, n: int, lang: str, **values: object) -> str:
    """`key_one` for 1, else `key_many`: '1 gebruiker', '3 gebruikers', '1 user'."""
    return label(f"{key}_one" if n == 1 else f"{key}_many", lang, n=n, **values)
