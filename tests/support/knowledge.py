"""A small knowledge base of real YAML files, written into a test's folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

LONG_PARAGRAPH = (
    "Het Smart Industry-programma bracht bedrijven, kennisinstellingen en overheden samen om "
    "de Nederlandse maakindustrie te digitaliseren. "
) * 12
TNO = "TNO, Smart Industry Fieldlab publicatie"
MARCH_2019 = dt.date(2019, 3, 18)


def _entry(
    entry_id: str,
    nl: list[str],
    en: list[str],
    answer_nl: str,
    answer_en: str,
    source: str | None = None,
    **more: Any,
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": entry_id,
        "questions": {"nl": nl, "en": en},
        "answer": {"nl": answer_nl, "en": answer_en},
    }
    if source:
        entry["source"] = source
    entry.update(more)
    return entry


def _lab(lab_id: str, name: str, summary: str, source: str, **more: Any) -> dict[str, Any]:
    return {
        "id": lab_id,
        "name": name,
        **more,
        "summary": {"nl": summary, "en": summary},
        "source": source,
    }


def knowledge_files() -> dict[str, dict[str, Any]]:
    """The test knowledge, file by file: the figures of the 18 March 2019 press item, four
    Hubs (one without a name, as in the sources), ten Fieldlabs, an answer too long for one
    Telegram message, and names and sources with `&`, `<` and `>` in them."""
    history = "\n\n".join(f"{n}. {LONG_PARAGRAPH.strip()}" for n in range(1, 4))
    results = [
        _entry(
            "results.jobs",
            ["Hoeveel banen hebben de Fieldlabs opgeleverd?", "hoeveel banen?",
             "banen fieldlabs", "Hoeveel werkgelegenheid is er door de Fieldlabs ontstaan?",
             "aantal arbeidsplaatsen"],
            ["How many jobs have the Fieldlabs created?",
             "How many jobs did the Fieldlabs create?", "fieldlab jobs", "number of jobs"],
            "Bij de Fieldlabs zijn tot eind 2018 naar schatting 430 directe banen gecreëerd.",
            "By the end of 2018 an estimated 430 direct jobs had been created at the Fieldlabs.",
            TNO, as_of=MARCH_2019, related=["results.investments", "results.companies"],
        ),
        _entry(
            "results.investments",
            ["Hoeveel is er geïnvesteerd in de Fieldlabs?", "investeringen fieldlabs",
             "Hoeveel geld is er in de Fieldlabs gestoken?"],
            ["How much has been invested in the Fieldlabs?", "fieldlab investments"],
            "Sinds de start in 2014 ging er € 240 miljoen aan investeringen om in de Fieldlabs.",
            "Since the start in 2014, €240 million in investments went into the Fieldlabs.",
            TNO, as_of=MARCH_2019, related=["results.jobs"],
        ),
        _entry(
            "results.companies",
            ["Hoeveel bedrijven zijn betrokken bij de Fieldlabs?", "aantal bedrijven fieldlabs"],
            ["How many companies are involved in the Fieldlabs?", "number of companies fieldlabs"],
            "Er zijn 600 bedrijven bij de Fieldlabs betrokken.",
            "600 companies are involved in the Fieldlabs.",
            TNO, as_of=MARCH_2019,
        ),
        _entry(
            "programme.history",
            ["Wat is de geschiedenis van het Smart Industry-programma?"],
            ["What is the history of the Smart Industry programme?"],
            history, history,
            "Smart Industry, jaarverslagen 2014–2019 <archief> & publicaties", as_of=MARCH_2019,
        ),
    ]  # fmt: skip
    general = [
        _entry(
            "fieldlabs.what",
            ["Wat is een Fieldlab?", "wat zijn fieldlabs", "definitie fieldlab"],
            ["What is a Fieldlab?", "what are field labs"],
            "Een Smart Industry Fieldlab is een praktijkomgeving waarin bedrijven en "
            "kennisinstellingen oplossingen ontwikkelen, testen en implementeren.",
            "A Smart Industry Fieldlab is a real-life environment where companies and knowledge "
            "institutions develop, test and implement solutions.",
            "RVO, Smart Industry Fieldlabs", related=["results.jobs"],
        ),
        _entry(
            "hubs.what",
            ["Wat is een Smart Industry Hub?", "wat is een hub",
             "Waarom zijn de regionale Hubs opgericht?"],
            ["What is a Smart Industry Hub?", "what is a hub"],
            "Er zijn vijf regionale Smart Industry Hubs. Iedere ondernemer kan bij een regionale "
            "hub aankloppen.",
            "There are five regional Smart Industry Hubs. Every entrepreneur can knock on the "
            "door of a regional hub.",
            "Smart Industry", as_of=MARCH_2019,
        ),
        _entry(
            "fieldlabs.subsidy",
            ["Is er subsidie voor Fieldlabs?", "subsidie fieldlab oprichten"],
            ["Is there a subsidy for Fieldlabs?"],
            "De regeling voor Smart Industry Fieldlabs liep via RVO.",
            "The scheme for Smart Industry Fieldlabs ran through RVO.",
            "RVO",
        ),
        _entry(
            "fieldlabs.costs",
            ["Wat kost deelname aan een Fieldlab?", "kosten fieldlab deelname"],
            ["What does it cost to take part in a Fieldlab?"],
            "Dat verschilt per Fieldlab; vraag het de Fieldlab zelf of uw regionale Hub.",
            "That differs per Fieldlab; ask the Fieldlab itself or your regional Hub.",
            "Smart Industry",
        ),
    ]  # fmt: skip
    smalltalk = [
        _entry("smalltalk.greeting", ["hoi", "hallo", "goedemorgen"], ["hi", "hello"],
               "Hallo! Ik ben Fieldbot. Vraag bijvoorbeeld: Wat is een Fieldlab?",
               "Hello! I'm Fieldbot. Try for example: What is a Fieldlab?"),
        _entry("smalltalk.thanks", ["bedankt", "dank je wel"], ["thanks", "thank you"],
               "Graag gedaan!", "You're welcome!"),
    ]  # fmt: skip
    synonyms = {
        "nl": [
            ["banen", "baan", "werkgelegenheid", "arbeidsplaatsen", "jobs"],
            ["bedrijven", "bedrijf", "ondernemingen", "mkb"],
            ["geld", "investeringen", "investering", "geïnvesteerd", "euro"],
            ["fieldlab", "fieldlabs", "proeftuin", "proeftuinen"],
        ],
        "en": [["jobs", "job", "employment", "positions"], ["companies", "company", "firms"]],
    }

    def hub(hub_id: str, summary: str, source: str, **more: Any) -> dict[str, Any]:
        return {"id": hub_id, **more, "summary": {"nl": summary, "en": summary}, "source": source}

    hubs = [
        hub("hub.noord", "De regionale Hub voor Noord-Nederland.", "rosf.nl",
            name="Smart Industry Hub Noord", region="Noord-Nederland",
            provinces=["Groningen", "Friesland", "Drenthe"]),
        hub("hub.oost", "Het Smart Industry-netwerk van Oost-Nederland.", "boostsmartindustry.nl",
            name="BOOST", aliases=["BOOST Smart Industry"], region="Oost-Nederland",
            provinces=["Gelderland", "Overijssel"], website="https://boostsmartindustry.nl",
            as_of=dt.date(2022, 7, 5)),
        hub("hub.zuid-holland", "De Smart Industry Hub van Zuid-Holland.", "tno.nl",
            name="SMITZH", region="Zuid-Holland", provinces=["Zuid-Holland"],
            website="https://smitzh.nl"),
        hub("hub.unknown", "Naam en regio van de vijfde Hub staan niet in de bronnen.",
            "smartindustry.nl"),
    ]  # fmt: skip
    fieldlabs = [
        _lab("fieldlab.robohouse", "RoboHouse", "Fieldlab voor robotica in Delft.", "robohouse.nl",
             place="Delft", province="Zuid-Holland", hub="hub.zuid-holland", themes=["robotica"]),
        _lab("fieldlab.samxl", "SAM|XL", "Automatisering van grote composietconstructies.",
             "samxl.com", place="Delft", province="Zuid-Holland", hub="hub.zuid-holland"),
        _lab("fieldlab.duurzaamheidsfabriek", "Duurzaamheidsfabriek", "Fieldlab in Dordrecht.",
             "duurzaamheidsfabriek.nl", place="Dordrecht", province="Zuid-Holland",
             hub="hub.zuid-holland"),
        _lab("fieldlab.rosf", "Region of Smart Factories", "Slimme fabrieken in het noorden.",
             "rosf.nl", place=["Drachten", "Hoogeveen"], province=["Friesland", "Drenthe"],
             hub="hub.noord"),
        _lab("fieldlab.5groningen", "5Groningen", "Proeftuin voor 5G.", "linkmagazine.nl",
             place="Groningen", province="Groningen", hub="hub.noord", themes=["5g"]),
        _lab("fieldlab.technologies-added", "Technologies Added",
             "Gedeelde slimme fabriek in Emmen.", "linkmagazine.nl", place="Emmen",
             province="Drenthe", hub="hub.noord"),
        _lab("fieldlab.bouwlab", "BouwLab R&Do", "Fieldlab voor de bouw <R&D>.", "bouwlab.com",
             place="Haarlem", province="Noord-Holland", themes=["bouw"]),
        _lab("fieldlab.industrial-robotics", "Fieldlab Industrial Robotics",
             "Robotica voor het mkb.", "fieldlab-ir.nl", place="Harderwijk",
             province="Gelderland", hub="hub.oost"),
        _lab("fieldlab.flexible-manufacturing", "Fieldlab Flexible Manufacturing",
             "Flexibele productie.", "brainportindustries.com", place="Eindhoven",
             province="Noord-Brabant"),
        _lab("fieldlab.sociale-innovatie", "Fieldlab Sociale Innovatie",
             "Landelijk fieldlab voor sociale innovatie.", "smartindustry.nl",
             themes=["sociale-innovatie"]),
    ]  # fmt: skip
    return {
        "results.yaml": {"entries": results},
        "general.yaml": {"entries": general},
        "smalltalk.yaml": {"smalltalk": smalltalk},
        "synonyms.yaml": {"synonyms": synonyms},
        "directory.yaml": {"hubs": hubs, "fieldlabs": fieldlabs},
    }


class _PlainDumper(yaml.SafeDumper):
    """YAML as staff write it: no anchors or aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_knowledge(directory: Path, files: dict[str, dict[str, Any]] | None = None) -> Path:
    """Write the test knowledge base (or `files`, e.g. an edited `knowledge_files()`) into
    `directory` as real YAML files and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in (knowledge_files() if files is None else files).items():
        text = yaml.dump(
            content, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False, width=99
        )
        (directory / name).write_text(text, encoding="utf-8")
    return directory


# A file staff save to add one entry (the test knowledge has no count of Fieldlabs), and a
# broken one: what the reload and notice tests write into the knowledge folder.
EXTRA_ENTRY = """\
entries:
  - id: results.fieldlab-count
    questions:
      nl: ["Hoeveel Fieldlabs zijn er in totaal?"]
      en: ["How many Fieldlabs are there in total?"]
    answer:
      nl: "Er zijn 39 Fieldlabs."
      en: "There are 39 Fieldlabs."
    source: "Smart Industry"
"""
BROKEN_ENTRY = "entries:\n  - id: Bad Id\n"

# A file Hub staff keep by hand, with comments an edit from Telegram must keep.
STAFF_FILE = """\
# Knowledge the Hub staff keep by hand. Keep this comment: the bot must not lose it.
entries:
  # The Hub office: people ask when they can drop by.
  - id: office.hours   # keep this comment too
    questions:
      nl:
        - "Wanneer is het Hub-kantoor open?"   # how people ask it
      en:
        - "When is the Hub office open?"
    answer:
      nl: "Het Hub-kantoor is op werkdagen open van 9 tot 17 uur."
      en: "The Hub office is open on weekdays from 9 to 5."
    source: "Smart Industry Hub, contactpagina"
"""
