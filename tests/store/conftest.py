"""Store fixtures: real DuckDB stores (in memory and on disk) and hand-made records with real offsets."""

import datetime as dt
import re
from pathlib import Path

import pytest

from tidings.model import Actor, Attribution, Document, Event, Location, Provenance, TextSpan, Toponym
from tidings.store import Store

# A tiny rule set for tests: trigger word -> (event type, mode); place name -> (country, lat, lon).
TRIGGERS = {"bombed": ("assault", "aerial"), "asked": ("request", None), "arrested": ("coerce", None)}
PLACES = {"Aleppo": ("SYR", 36.2021, 37.1343), "Cairo": ("EGY", 30.0444, 31.2357), "Kyiv": ("UKR", 50.45, 30.52)}
ACTORS = {
    "Syrian government forces": ("Government of Syria", "SYR", "MIL"),
    "rebels": ("rebels", None, "REB"),
    "Iraq": ("Iraq", "IRQ", "GOV"),
    "the United States": ("United States", "USA", "GOV"),
    "Police": ("Egyptian police", "EGY", "COP"),
    "protesters": ("protesters", None, "CVL"),
}
SOURCES = {"the US Embassy said": ("the US Embassy", "US Embassy", "USA", "GOV")}

DOCS = [
    Document(
        id="doc-1",
        text="Syrian government forces bombed rebels in Aleppo on Sunday, the US Embassy said. "
        "Iraq asked the United States for weapons.",
        title="Aleppo",
        date=dt.date(2015, 6, 2),
        source="Example Wire",
        url="https://wire.example.org/1",
    ),
    Document(id="doc-2", text="Police arrested protesters in Cairo.", date=dt.date(2015, 6, 5)),
    Document(id="doc-3", text="Nothing happened in Kyiv."),
]


def _actor(sentence: str, offset: int, before: bool, trigger_start: int, trigger_end: int) -> Actor | None:
    best = None
    for text, (name, country, sector) in ACTORS.items():
        for found in re.finditer(re.escape(text), sentence):
            start, end = offset + found.start(), offset + found.end()
            if (end <= trigger_start) if before else (start >= trigger_end):
                if best is None or (start > best.start if before else start < best.start):
                    best = Actor(text=text, name=name, country=country, sector=sector, start=start, end=end)
    return best


def records(document: Document) -> tuple[Document, list[Event], list[Toponym]]:
    """Hand-made events and toponyms for ``document``, every offset pointing into its text."""
    events, toponyms = [], []
    for name, (country, lat, lon) in PLACES.items():
        for found in re.finditer(re.escape(name), document.text):
            toponyms.append(Toponym(text=name, start=found.start(), end=found.end(), name=name, country=country,
                                    lat=lat, lon=lon, geonameid=len(name), feature="city"))  # fmt: skip
    for sentence in re.finditer(r"[^.\s][^.]*\.", document.text):
        s_start, s_text = sentence.start(), sentence.group()
        for word, (event_type, mode) in TRIGGERS.items():
            for trigger in re.finditer(rf"\b{word}\b", s_text):
                t_start, t_end = s_start + trigger.start(), s_start + trigger.end()
                place = next((t for t in toponyms if s_start <= t.start < sentence.end()), None)
                source = next(((s_start + s_text.find(k), v) for k, v in SOURCES.items() if k in s_text), None)
                attribution = Attribution()
                if source:
                    start, (text, name, country, sector) = source
                    attribution = Attribution(
                        status="claimed",
                        source=Actor(
                            text=text, name=name, country=country, sector=sector, start=start, end=start + len(text)
                        ),
                    )
                events.append(Event(
                    event_id=f"{document.id}:{t_start}",
                    doc_id=document.id,
                    event_type=event_type,
                    mode=mode,
                    cameo="195" if event_type == "assault" else None,
                    actor1=_actor(s_text, s_start, True, t_start, t_end),
                    actor2=_actor(s_text, s_start, False, t_start, t_end),
                    location=Location(**place.model_dump(exclude={"kind"}), precision="sentence") if place else None,
                    date=document.date - dt.timedelta(days=2) if document.date and "Sunday" in s_text else None,
                    date_precision="day" if document.date and "Sunday" in s_text else None,
                    trigger=TextSpan(text=word, start=t_start, end=t_end),
                    sentence=TextSpan(text=s_text, start=s_start, end=sentence.end()),
                    attribution=attribution,
                    confidence=0.9 if source else 0.7,
                    provenance=Provenance(method=f"rule:test.{event_type}", version="0.1.0", parts={"actor1": "dict"}),
                ))  # fmt: skip
    return document, events, toponyms


def process(documents: list[Document]) -> list[tuple[Document, list[Event], list[Toponym]]]:
    """The ``process`` step of ``ingest`` for tests."""
    return [records(document) for document in documents]


@pytest.fixture(params=["memory", "file"])
def store(request, tmp_path: Path):
    """An empty store, in memory and in a file."""
    path = ":memory:" if request.param == "memory" else tmp_path / "tidings.duckdb"
    with Store(path) as opened:
        yield opened


@pytest.fixture
def filled(store):
    """A store holding DOCS with their records."""
    store.add_many(process(DOCS))
    return store
