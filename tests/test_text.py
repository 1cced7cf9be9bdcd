"""Text normalisation: folding, tokens, stopwords, stems, language and question kind."""

from __future__ import annotations

import pytest

from bot.text import (
    content_tokens,
    detect_language,
    fold,
    intent,
    is_stopword,
    question_key,
    stem,
    strip_invisible,
    tokens,
    without_contact,
)


def test_accents_are_removed() -> None:
    assert fold("Geïnvesteerd") == "geinvesteerd"
    assert tokens("geïnvesteerd") == tokens("geinvesteerd") == ["geinvesteerd"]
    assert tokens("Coördinator café één") == ["coordinator", "cafe", "een"]


def test_case_is_folded_beyond_ascii() -> None:
    assert tokens("STRASSE Straße") == ["strasse", "strasse"]
    assert tokens("ĲSSELSTEIN") == ["ijsselstein"]


def test_numbers_are_kept() -> None:
    assert tokens("35 Fieldlabs eind 2018, 4 nieuwe in 2019") == [
        "35",
        "fieldlabs",
        "eind",
        "2018",
        "4",
        "nieuwe",
        "in",
        "2019",
    ]


def test_symbols_become_words() -> None:
    assert tokens("€ 240 miljoen") == ["euro", "240", "miljoen"]
    assert tokens("€240") == ["euro", "240"]
    assert tokens("50%") == ["50", "procent"]


def test_apostrophes_inside_words_are_dropped() -> None:
    assert tokens("mkb'ers en firma’s") == ["mkbers", "en", "firmas"]


def test_punctuation_separates_words() -> None:
    assert tokens("Hoeveel banen?!...(fieldlabs)") == ["hoeveel", "banen", "fieldlabs"]
    assert tokens("Zuid-Holland") == ["zuid", "holland"]


def test_invisible_characters_are_dropped() -> None:
    assert strip_invisible("hoe\u200bveel\u200d ba\u00adnen\ufeff") == "hoeveel banen"
    assert strip_invisible("\u202ebanen\u202c \u200fjobs\u200e") == "banen jobs"
    assert strip_invisible("a\tb\nc\rd") == "a b c d"


def test_control_characters_become_spaces_in_plain_text() -> None:
    assert tokens("hoeveel\x00banen\x1b") == ["hoeveel", "banen"]


@pytest.mark.parametrize("control", ["\x0b", "\x0c", "\x1f"])
def test_control_character_separates_words_with_or_without_accents(control: str) -> None:
    assert tokens(f"geïnvesteerd{control}fieldlabs") == tokens(f"geinvesteerd{control}fieldlabs")


@pytest.mark.parametrize("text", ["ℍub", "№ 5", "Fieldlab™"])
def test_fold_of_compatibility_letters_is_lower_case_and_stable(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert fold(text) == fold(text).lower()


def test_stopwords_per_language() -> None:
    assert is_stopword("de", "nl") and is_stopword("hoeveel", "nl")
    assert is_stopword("the", "en") and is_stopword("how", "en")
    assert not is_stopword("the", "nl")
    assert is_stopword("the") and is_stopword("de")
    assert not is_stopword("fieldlabs") and not is_stopword("banen")


def test_content_words_of_a_question() -> None:
    assert content_tokens("Hoeveel banen zijn er in de Fieldlabs?") == ["banen", "fieldlabs"]
    assert content_tokens("How many jobs were created?", "en") == ["jobs", "created"]


def test_stemming_joins_word_forms_and_keeps_numbers() -> None:
    assert stem("investeringen", "nl") == stem("investering", "nl")
    assert stem("companies", "en") == stem("company", "en")
    assert stem("2018", "nl") == "2018"
    assert stem("hub", "nl") == "hub"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("hoeveel banen", "nl"),
        ("Wat doet een Fieldlab eigenlijk?", "nl"),
        ("bedankt", "nl"),
        ("how many jobs", "en"),
        ("What does a Fieldlab do?", "en"),
        ("thanks", "en"),
    ],
)
def test_language_of_short_questions(question: str, lang: str) -> None:
    detected, confidence = detect_language(question)
    assert detected == lang
    assert 0 < confidence <= 1


def test_language_of_nothing_is_the_default_with_no_confidence() -> None:
    assert detect_language("", "en") == ("en", 0.0)
    assert detect_language("???", "nl") == ("nl", 0.0)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Hoeveel banen?", "count"),
        ("How many jobs?", "count"),
        ("hoevel banen", "count"),
        ("Wanneer begon het?", "when"),
        ("Wie is Mona Keijzer?", "who"),
        ("Waar zit RoboHouse?", "where"),
        ("Wat is een fieldlab?", "define"),
        ("Wat doet een hub?", "do"),
        ("What does BOOST do?", "do"),
        ("fieldlab", None),
    ],
)
def test_question_kind(question: str, kind: str | None) -> None:
    assert intent(question, typos=True) == kind


def test_knowledge_phrasings_are_read_without_typo_guessing() -> None:
    # Phrasings are spelled right; guessing typos there would only slow loading down.
    assert intent("hoevel banen") is None
    assert intent("hoeveelbanen", typos=True) == "count"


def test_question_key_ignores_order_and_filler_but_not_the_kind() -> None:
    jobs = question_key("Hoeveel banen zijn er gemaakt?")
    assert question_key("Hoeveel zijn er gemaakt aan banen?") == jobs
    assert question_key("hoeveel BANEN zijn er gemaakt") == jobs
    assert question_key("Wanneer zijn er banen gemaakt?") != jobs


def test_very_long_text_is_cut_before_tokenising() -> None:
    words = tokens("banen " * 10_000)
    assert 0 < len(words) < 1000


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "06.12345678",
        "06/12345678",
        "(020) 123 4567",
        "(06) 12345678",
        "06 - 12 34 56 78",
        "020 - 123 45 67",
        "+31 6 1234 5678",
        "0031 6 12345678",
        "+1 (555) 123-4567",
    ],
)
def test_a_phone_number_as_people_type_it_is_taken_out(number: str) -> None:
    assert without_contact(f"bel me op {number} graag") == ("bel me op [telefoon] graag", True)


@pytest.mark.parametrize(
    "text", ["hoeveel in 2015 2016 2017", "op 01.02.2019", "€ 14.550.000", "2350 bedrijven"]
)
def test_years_dates_and_figures_are_no_phone_numbers(text: str) -> None:
    assert without_contact(text) == (text, False)


def test_an_e_mail_address_is_taken_out_and_a_long_word_costs_linear_time() -> None:
    assert without_contact("mail jan.devries@bedrijf.nl") == ("mail [e-mail]", True)
    long_word = "a" * 20_000 + "@"
    assert without_contact(long_word)[1] is False  # returns at once (was quadratic)
