"""A finding about the theme is named in words in the checks list, never by its YAML path."""

from test_hostile_input import _document_with_theme, _theme_copy


def test_too_much_ink_is_listed_at_the_theme_colour_in_words(make_window, tmp_path):
    theme = _theme_copy(tmp_path, lambda t: t.replace(
        "  primary: {cmyk: [0, 95, 35, 0]", "  primary: {cmyk: [100, 100, 100, 100]"))
    window = make_window(_document_with_theme(tmp_path, theme))
    rows = [window.checks.topLevelItem(i) for i in range(window.checks.topLevelItemCount())]
    [ink] = [row for row in rows if "400% ink" in row.text(1)]
    assert ink.text(2) == "Theme file › Colour 'primary'"
    assert all("colours." not in row.text(2) for row in rows)
