"""The 2020 edition reports 2019's data, so a bare '2019' beside a value reads as the year of
the data: where the web page names the previous edition's value, it says the edition."""

from __future__ import annotations

import re
from pathlib import Path

from infographic_app.export.html import html_page
from infographic_app.model.reading import load_document

# The 2020 edition a fresh user made in the Dutch editor (values of 2019 in its history).
FRESH_2020 = Path(__file__).resolve().parents[1] / "fixtures" / "fresh-user-2020.yaml"


def test_the_web_pages_descriptions_and_tables_name_the_previous_edition(theme):
    page = html_page(load_document(FRESH_2020), theme)
    assert re.search(r"<th[^>]*>Vorige editie \(2019\)</th>", page)
    assert "Sinds de vorige editie (2019): " in page
    assert not re.search(r"<th[^>]*>In 2019</th>", page)
    assert "Sinds 2019:" not in page
