"""The yearly task in the real window, in Dutch: the 2020 edition from the 2019 one, its fifth
theme included, without touching YAML and without any layout work, ending in two pages that
the checks pass and a print PDF that holds them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from infographic_app.gui.structure_widgets import ChartEditor
from infographic_app.model.problems import Severity

from driving import button, menu_action, scroll_forms_to, settle, type_into
from pdfcheck import page_text

FIGURES_2020 = {"minors_seen": "37", "visitors_total": "312", "visitors_victim": "276",
                "visitors_other": "36", "visitors_minor": "171", "average_age": "18,1",
                "exploited_now": "91,5", "exploited_over_year": "56,2",
                "perpetrator_partner": "68,2", "perpetrator_social": "10,1",
                "perpetrator_family": "7,4", "multiple_perpetrators": "61",
                "multiple_victims": "30", "criminal_visitors": "12", "criminal_victims": "9"}
DONUT = "blocks.themes.themes.partner_perpetrator.visual"


def test_the_2020_edition_with_a_fifth_theme_in_dutch_ends_in_two_pages(
        qtbot, window, dutch, tmp_path):
    session, dialogs = window.session, window.dialogs
    dialogs.new_edition = ("2020", ["metadata.title", "metadata.subject",
                                    "blocks.header.title", "blocks.intro.text",
                                    "blocks.themes.themes.criminal_exploitation.text"])
    window.files.new_edition()
    document = session.document
    assert document.edition == "2020"

    for figure, typed in FIGURES_2020.items():
        type_into(qtbot, window, f"figures.{figure}.value", typed)
    session.end_typing_step()
    window.confirm_all_unchanged()  # the estimates that stay as they were

    # The donut's new category, added to its sum-to-100 rule as offered.
    dialogs.new_figure = ("(stief)ouders", "percentage", "14,3")
    menu_action(button(window, f"chart_add:{DONUT}"), "chart_new_figure").trigger()
    settle(qtbot, window)

    # A fifth recommendation.
    button(window, "entry_add_after:blocks.recommendations.items.police_tools").click()
    settle(qtbot, window)
    items = document.block("recommendations").fields["items"]
    type_into(qtbot, window, f"blocks.recommendations.items.{items[4]['id']}.text",
              "De staatssecretaris wordt aanbevolen te **investeren in onderzoek naar "
              "criminele uitbuiting** van minderjarigen.")
    session.end_typing_step()

    # The fifth theme: its heading, text, a new figure and its chart.
    button(window, "entry_add_after:blocks.themes.themes.criminal_exploitation").click()
    settle(qtbot, window)
    fifth = document.block("themes").fields["themes"][4]["id"]
    theme_field = f"blocks.themes.themes.{fifth}"
    type_into(qtbot, window, f"{theme_field}.heading", "eerste keer verteld")
    dialogs.new_figure = ("vertelde voor het eerst over de uitbuiting", "percentage", "65")
    figure = window.actions.add_figure()
    assert figure is not None
    type_into(qtbot, window, f"{theme_field}.text",
              f"Voor veel slachtoffers is de chat de eerste plek waar zij hun verhaal doen. "
              f"{{{figure}}} van de slachtoffers vertelde op de chat voor het eerst over de "
              "uitbuiting.")
    session.end_typing_step()
    scroll_forms_to(window, f"{theme_field}.visual")
    chart = window.forms.findChild(ChartEditor, f"chart:{theme_field}.visual")
    dialogs.chart_figures = [figure]
    index = chart.kind.findData("percentage_bars")
    assert chart.kind.itemText(index) == "percentagebalken"  # as the user picks it
    chart.kind.setCurrentIndex(index)
    chart.kind.activated.emit(index)
    settle(qtbot, window)
    assert (session.value(f"{theme_field}.visual") or {}).get("figures") == [figure]

    session.relayout()
    session.run_checks()
    QApplication.processEvents()
    errors = [p.message for p in session.problems if p.severity == Severity.ERROR]
    assert errors == []
    assert len(session.scene.pages) == 2
    page1, page2 = (" ".join(r.text for r in session.scene.texts(i)) for i in (0, 1))
    assert "Onzichtbare slachtoffers in 2020" in page1
    pages = f"{page1} {page2}"  # the fifth theme, across the page, before the recommendations
    assert pages.index("eerste keer verteld") < pages.index("Aanbevelingen")
    window.preview.grab().save(str(tmp_path / "preview.png"))

    dialogs.next_path = tmp_path / "factsheet-2020.pdf"
    with qtbot.waitSignal(window.exporter.finished, timeout=30000):
        window.export("print")
    first, second = page_text(dialogs.next_path.read_bytes())
    for typed in ("312", "276", "91,5%", "68,2%", "14,3%"):
        assert typed in first
    assert "65% van de slachtoffers vertelde op de chat voor het eerst" in first + second
    assert "Aanbeveling 5" in second and "www.chatmetfier.nl" in second
