"""Jo Marsh's photo set: the demo persona's home and school given away by where photos were taken."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from audit.demo import persona_school, persona_sources
from audit.pipeline import scan
from audit.school import load_school

SCRIPT = Path(__file__).resolve().parents[2] / "audit" / "demo" / "make_photos.py"


def test_jos_facebook_photos_show_a_likely_home_and_workplace() -> None:
    (facebook,) = [source for source in persona_sources("jo-ect") if source.name == "facebook"]
    findings = scan([facebook], load_school(persona_school("jo-ect"))).findings
    places = {f.kind: f for f in findings if f.field == "position"}
    home, school = places["address"], places["school"]
    assert home.excerpt.startswith("10 photos taken within 150 m of one point, mostly in the evenings")
    assert home.tier == "likely" and home.place and home.place.startswith("near ")
    assert "in school hours" in school.excerpt and school.tier == "likely"
    assert sum(f.kind == "photo_location" for f in findings) == 19


def test_the_committed_photos_are_what_the_script_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_photos", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules["make_photos"] = script  # its dataclass looks itself up there
    try:
        spec.loader.exec_module(script)
    finally:
        del sys.modules["make_photos"]
    posts = json.loads((script.EXPORT / script.POSTS).read_text(encoding="utf-8"))
    for index, shot in enumerate(script.SHOTS):
        name = f"{script.ALBUM}/{script._name(index)}"
        assert (script.EXPORT / name).read_bytes() == script.photo(shot), name
        assert script.record(shot, index) in posts
