"""What the checks say, in the interface language (English or Dutch).

Kept apart from the checks, so a finding is worded once per language and the checks read
as rules. Numbers in the texts are already formatted by the caller.
"""

from __future__ import annotations

import os

from infographic_app.checks.system_language import system_language

MESSAGES: dict[str, dict[str, str]] = {
    "overflow_lines": {
        "en": "the text does not fit its box on page {page}: {lines} line(s) are not shown; "
              "shorten it",
        "nl": "de tekst past niet in zijn vak op pagina {page}: {lines} regel(s) vallen weg; "
              "maak de tekst korter",
    },
    "overflow_page": {
        "en": "the text does not fit its box on page {page}: it runs past the bottom of the "
              "page; shorten it",
        "nl": "de tekst past niet in zijn vak op pagina {page}: hij loopt onder de pagina uit; "
              "maak de tekst korter",
    },
    "overflow_sideways": {
        "en": "the text does not fit its box on page {page}: '{word}' is wider than the box "
              "and is cut off at its side; break it with a hyphen or a space, or shorten it",
        "nl": "de tekst past niet in zijn vak op pagina {page}: '{word}' is breder dan het vak "
              "en wordt aan de zijkant afgesneden; breek het af met een koppelteken of een "
              "spatie, of maak het korter",
    },
    "sum": {
        "en": "the parts do not add up to the whole: {terms} = {total}, but {whole}",
        "nl": "de delen tellen niet op tot het geheel: {terms} = {total}, maar {whole}",
    },
    "sum_to_100": {
        "en": "the shares should add up to 100%: {terms} = {total}",
        "nl": "de aandelen moeten samen 100% zijn: {terms} = {total}",
    },
    "part_of_whole": {
        "en": "the part is larger than its whole: {terms} is more than {whole}",
        "nl": "het deel is groter dan het geheel: {terms} is meer dan {whole}",
    },
    "icon_part_of_whole": {
        "en": "the icon array of '{heading}' shows {part} of {whole}, but the part is larger "
              "than its whole; correct one of the two figures",
        "nl": "de figuurtjesgrafiek van '{heading}' toont {part} van {whole}, maar het deel is "
              "groter dan het geheel; verbeter een van de twee cijfers",
    },
    "share_part_of_whole": {
        "en": "'{label}' is {part} as a share of {whole}, but the part is larger than its "
              "whole; correct one of the two figures",
        "nl": "'{label}' is {part} als aandeel van {whole}, maar het deel is groter dan het "
              "geheel; verbeter een van de twee cijfers",
    },
    "chart_colours_alike": {
        "en": "in the chart of '{heading}', '{first}' and '{second}' sit side by side in "
              "colours that look alike to readers with {readers}; choose chart colours in "
              "the theme that differ more in lightness, or change the order of the shares",
        "nl": "in de grafiek van '{heading}' staan '{first}' en '{second}' naast elkaar in "
              "kleuren die voor lezers met {readers} op elkaar lijken; kies grafiekkleuren in "
              "het thema die meer in lichtheid verschillen, of verander de volgorde van de "
              "aandelen",
    },
    "cvd_protanomaly": {"en": "protanopia (red-blind)", "nl": "protanopie (roodblind)"},
    "cvd_deuteranomaly": {"en": "deuteranopia (green-blind)", "nl": "deuteranopie (groenblind)"},
    "cvd_tritanomaly": {"en": "tritanopia (blue-blind)", "nl": "tritanopie (blauwblind)"},
    "and": {"en": " and ", "nl": " en "},
    "chart_too_many_shares": {
        "en": "the chart of '{heading}' has {count} shares, but the theme has {colours} chart "
              "colours, so two shares would look alike; combine shares (e.g. into 'other') "
              "to at most {colours}",
        "nl": "de grafiek van '{heading}' heeft {count} aandelen, maar het thema heeft "
              "{colours} grafiekkleuren, dus twee aandelen zouden op elkaar lijken; voeg "
              "aandelen samen (bijvoorbeeld tot 'overig') tot hoogstens {colours}",
    },
    "unit_sign_doubled": {
        "en": "'{written}{sign}' prints the sign twice ({shown}{sign}): the figure already "
              "prints it; remove the '{sign}' after it",
        "nl": "'{written}{sign}' drukt het teken twee keer af ({shown}{sign}): het cijfer drukt "
              "het al af; haal de '{sign}' erachter weg",
    },
    # A figure field holding text that is not a valid value (the editor's field and checks).
    "entry_invalid": {
        "en": "{label}: '{typed}' is not a valid value, so the factsheet still shows {shown}: "
              "{reason}",
        "nl": "{label}: '{typed}' is geen geldige waarde, dus de factsheet toont nog {shown}: "
              "{reason}",
    },
    "entry_empty": {"en": "type a number", "nl": "typ een getal"},
    "entry_not_number": {
        "en": "'{typed}' is not a number; type digits, e.g. {example}",
        "nl": "'{typed}' is geen getal; typ cijfers, bijvoorbeeld {example}",
    },
    "entry_decimal_comma": {
        "en": "use a comma for decimals: {written}",
        "nl": "gebruik een komma: {written}",
    },
    "entry_decimal_point": {
        "en": "use a decimal point: {written}",
        "nl": "gebruik een punt voor decimalen: {written}",
    },
    "entry_grouping": {
        "en": "thousands are grouped by three ({example})",
        "nl": "duizendtallen gaan per drie cijfers ({example})",
    },
    "entry_not_whole": {
        "en": "this figure is a whole number; type it without decimals",
        "nl": "dit cijfer is een geheel getal; typ het zonder decimalen",
    },
    "entry_negative": {"en": "a number of people or cases cannot be negative",
                       "nl": "een aantal kan niet negatief zijn"},
    "entry_percentage_range": {"en": "a percentage lies between 0 and 100",
                               "nl": "een percentage ligt tussen 0 en 100"},
    "entry_not_finite": {"en": "the number is too large", "nl": "het getal is te groot"},
    "entry_too_large": {"en": "a figure has at most 15 digits before the decimal mark",
                        "nl": "een cijfer heeft hoogstens 15 cijfers voor de komma"},
    "reference_unknown": {
        "en": "'{written}' in the text names no figure: there is no figure '{name}'",
        "nl": "'{written}' in de tekst noemt geen cijfer: er is geen cijfer '{name}'",
    },
    "did_you_mean": {"en": "; did you mean '{name}'?", "nl": "; bedoelt u '{name}'?"},
    # Hand-typed words saying how many beside a figure that changed (checks/number_words.py).
    "number_words_changed": {
        "en": "{place} says '{words}' in the same sentence as the figure '{label}', which "
              "changed since {edition} ({before} → {now}); check that the words still fit, or "
              "let them follow the figure: write {suggestion} (Insert figure, 'in words')",
        "nl": "{place} zegt '{words}' in dezelfde zin als het cijfer '{label}', dat sinds "
              "{edition} is veranderd ({before} → {now}); kijk of de woorden nog kloppen, of "
              "laat ze het cijfer volgen: schrijf {suggestion} (Cijfer invoegen, 'in woorden')",
    },
    "place_text": {"en": "the text of '{name}'", "nl": "de tekst van '{name}'"},
    "place_caption": {"en": "the caption of '{name}'", "nl": "het onderschrift van '{name}'"},
    "place_chart": {"en": "the chart of '{name}'", "nl": "de grafiek van '{name}'"},
    "place_tile": {"en": "the tile '{name}'", "nl": "de tegel '{name}'"},
    # The proof sheet (export/proof.py).
    "proof_title": {"en": "Proof sheet: {title}", "nl": "Cijferverantwoording: {title}"},
    "proof_intro": {
        "en": "Every figure printed in edition {edition}, for the second reader: check each "
              "against its source and tick it.",
        "nl": "Elk cijfer in editie {edition}, voor de tweede lezer: controleer elk cijfer "
              "tegen de bron en vink het af.",
    },
    "proof_printed": {"en": "Printed", "nl": "Afgedrukt"},
    "proof_typed": {"en": "Typed", "nl": "Ingevoerd"},
    "proof_type": {"en": "Type", "nl": "Soort"},
    "proof_formula": {"en": "Formula", "nl": "Formule"},
    "proof_source": {"en": "Source", "nl": "Bron"},
    "proof_note": {"en": "Note", "nl": "Noot"},
    "proof_previous": {"en": "Edition {edition}", "nl": "Editie {edition}"},
    "proof_no_previous": {"en": "Last edition", "nl": "Vorige editie"},
    "proof_change": {"en": "Change", "nl": "Verandering"},
    "proof_places": {"en": "Printed in", "nl": "Afgedrukt in"},
    "proof_page": {"en": "{place}, page {page}", "nl": "{place}, pagina {page}"},
    "proof_disclosure": {"en": "Disclosure", "nl": "Onthulling"},
    "proof_suppressed": {"en": "printed as '{fewer}'", "nl": "afgedrukt als '{fewer}'"},
    "proof_confirmed": {"en": "confirmed: {reason}", "nl": "bevestigd: {reason}"},
    "proof_warned": {"en": "warning: {message}", "nl": "waarschuwing: {message}"},
    "proof_none": {"en": "—", "nl": "—"},
    "proof_checked": {"en": "checked by", "nl": "gecontroleerd door"},
    "type_count": {"en": "count", "nl": "aantal"},
    "type_estimate": {"en": "estimate", "nl": "schatting"},
    "type_decimal": {"en": "decimal", "nl": "decimaal getal"},
    "type_percentage": {"en": "percentage", "nl": "percentage"},
    # The command line's words around the findings.
    "error": {"en": "error", "nl": "fout"},
    "warning": {"en": "warning", "nl": "waarschuwing"},
    "check_summary": {"en": "{errors} error(s), {warnings} warning(s)",
                      "nl": "{errors} fout(en), {warnings} waarschuwing(en)"},
    "placeholder_left": {
        "en": "still holds the placeholder text '{text}'; write what belongs here",
        "nl": "hier staat nog de voorlopige tekst '{text}'; schrijf wat hier hoort",
    },
    "wrote": {"en": "wrote {path}", "nl": "geschreven: {path}"},
    "diff_same": {"en": "{old} and {new} are the same factsheet",
                  "nl": "{old} en {new} zijn dezelfde factsheet"},
    "diff_edition": {"en": "Edition: {old} → {new}", "nl": "Editie: {old} → {new}"},
    "diff_not_given": {"en": "(not given)", "nl": "(niet opgegeven)"},
    "diff_figures": {"en": "Figures:", "nl": "Cijfers:"},
    "diff_texts": {"en": "Texts ([-removed-] {{+added+}}):",
                   "nl": "Teksten ([-weggehaald-] {{+toegevoegd+}}):"},
    "diff_added": {"en": "Added:", "nl": "Toegevoegd:"},
    "diff_removed": {"en": "Removed:", "nl": "Weggehaald:"},
    "diff_other": {"en": "Other changes:", "nl": "Andere wijzigingen:"},
    "edition_started": {
        "en": "{output}: edition {edition}, started from edition {previous} ({source})",
        "nl": "{output}: editie {edition}, gemaakt van editie {previous} ({source})"},
    "edition_to_update": {
        "en": "{count} figure(s) to update: type this edition's value, or confirm it unchanged "
              "(infographic-app confirm); `check` lists them",
        "nl": "{count} cijfer(s) bij te werken: typ de waarde van deze editie, of bevestig dat "
              "die gelijk blijft (infographic-app confirm); `check` noemt ze"},
    "edition_named": {"en": "{year} is named {count} time(s) in the texts:",
                      "nl": "{year} staat {count} keer in de teksten:"},
    "edition_replaced": {"en": "replaced", "nl": "vervangen"},
    "edition_kept": {"en": "kept    ", "nl": "gelaten "},
    "edition_kept_note": {
        "en": "kept as they were; replace with --replace FIELD (one field) or --replace-year "
              "(all); `check` warns about each until it is changed or marked as intended",
        "nl": "gelaten zoals ze waren; vervang met --replace VELD (één veld) of --replace-year "
              "(alle); `check` waarschuwt voor elk tot het is veranderd of als bedoeld "
              "gemarkeerd"},
    "confirmed": {"en": "confirmed unchanged: {figure} ({value})",
                  "nl": "bevestigd als ongewijzigd: {figure} ({value})"},
    "already_updated": {"en": "already up to date: {figure}", "nl": "al bijgewerkt: {figure}"},
    "marked_intended": {"en": "marked as intended: {field}",
                        "nl": "als bedoeld gemarkeerd: {field}"},
    "confirm_wrote": {"en": "wrote {path} ({count} figure(s) still to update)",
                      "nl": "geschreven: {path} (nog {count} cijfer(s) bij te werken)"},
    "reference_malformed": {
        "en": "'{written}' in the text is not a figure reference; choose a figure with "
              "Insert figure (it writes {{figure_id}}), or leave out the braces",
        "nl": "'{written}' in de tekst is geen verwijzing naar een cijfer; kies een cijfer met "
              "Cijfer invoegen (dat schrijft {{cijfer_id}}), of laat de accolades weg",
    },
    "formula_nan": {
        "en": "the formula '{formula}' cannot be computed (division by zero?)",
        "nl": "de formule '{formula}' is niet uit te rekenen (delen door nul?)",
    },
    "print_needs_title": {
        "en": "the print PDF (PDF/X) needs a title: add one under metadata, e.g. "
              "title: Factsheet 2019",
        "nl": "de drukwerk-PDF (PDF/X) heeft een titel nodig: voeg er een toe onder metadata, "
              "bijv. title: Factsheet 2019",
    },
    "formula_too_large": {
        "en": "the formula '{formula}' gives a number with more than {digits} digits before the "
              "point, larger than any figure can be; check the figures it uses",
        "nl": "de formule '{formula}' geeft een getal met meer dan {digits} cijfers voor de "
              "komma, groter dan een cijfer kan zijn; kijk de cijfers na die ze gebruikt",
    },
    "formula_percentage": {
        "en": "the formula gives {value}, but a percentage lies between 0 and 100",
        "nl": "de formule geeft {value}, maar een percentage ligt tussen 0 en 100",
    },
    "formula_negative": {
        "en": "the formula gives a negative number ({value})",
        "nl": "de formule geeft een negatief getal ({value})",
    },
    "shares_printed_sum": {
        "en": "the shares as printed add up to {total}, not 100%: {terms}; {advice}",
        "nl": "de aandelen tellen zoals gedrukt op tot {total}, niet 100%: {terms}; {advice}",
    },
    "shares_round_rule": {
        "en": "round them together: give the rule 'rounding: largest_remainder'",
        "nl": "rond ze samen af: geef de regel 'rounding: largest_remainder'",
    },
    "shares_round_visual": {
        "en": "round them together: add a sum_to_100 rule with these figures and "
              "'rounding: largest_remainder'",
        "nl": "rond ze samen af: voeg een sum_to_100-regel toe met deze cijfers en "
              "'rounding: largest_remainder'",
    },
    "shares_not_100": {
        "en": "the figures themselves add up to {exact}; correct them, or say in the text that "
              "the shares are rounded",
        "nl": "de cijfers zelf tellen op tot {exact}; verbeter ze, of zeg in de tekst dat de "
              "aandelen zijn afgerond",
    },
    "share_printed_0": {
        "en": "{figure} is printed as {shown} but is not zero ({precise}); show the shares with "
              "more decimals, or leave this one out",
        "nl": "{figure} wordt gedrukt als {shown} maar is niet nul ({precise}); toon de aandelen "
              "met meer decimalen, of laat dit aandeel weg",
    },
    "share_printed_100": {
        "en": "{figure} is printed as {shown} while the other shares are not zero ({precise}); "
              "show the shares with more decimals",
        "nl": "{figure} wordt gedrukt als {shown} terwijl de andere aandelen niet nul zijn "
              "({precise}); toon de aandelen met meer decimalen",
    },
    "typed_thousands": {
        "en": "'{typed}' is read as {decimal}: in the file a point is a decimal point, so this "
              "is not {thousands}; write {short} if you mean {decimal}, or {digits} if you mean "
              "{thousands}",
        "nl": "'{typed}' wordt gelezen als {decimal}: in het bestand is een punt een "
              "decimaalteken, dus dit is geen {thousands}; schrijf {short} als u {decimal} "
              "bedoelt, of {digits} als u {thousands} bedoelt",
    },
    "small_text": {
        "en": "text on page {page} is {size} pt, below the {minimum} pt minimum; it may not "
              "be legible in print; use a larger text style",
        "nl": "tekst op pagina {page} is {size} pt, kleiner dan het minimum van {minimum} pt; "
              "dat is gedrukt slecht leesbaar; kies een grotere tekststijl",
    },
    "missing_glyph": {
        "en": "'{char}' ({code}) on page {page} is not in the font {font}: it shows as '?'; "
              "replace the character",
        "nl": "'{char}' ({code}) op pagina {page} staat niet in het lettertype {font}: het "
              "verschijnt als '?'; vervang het teken",
    },
    "rich_black_text": {
        "en": "text of {size} pt on page {page} is in four-colour black ({colour}); small text "
              "blurs when the plates shift; give the colour 100% K and no C, M, Y",
        "nl": "tekst van {size} pt op pagina {page} staat in vierkleurenzwart ({colour}); kleine "
              "tekst wordt wazig als de platen verschuiven; geef de kleur 100% K zonder C, M, Y",
    },
    "hairline": {
        "en": "a line on page {page} is {width} pt thin, below 0.25 pt; it may not print; make "
              "it thicker",
        "nl": "een lijn op pagina {page} is {width} pt dun, minder dan 0,25 pt; die drukt "
              "mogelijk niet; maak hem dikker",
    },
    "total_ink": {
        "en": "the colour '{colour}' has {ink}% ink in all, above the print shop's {limit}%; "
              "lower its CMYK values in the theme",
        "nl": "de kleur '{colour}' heeft samen {ink}% inkt, meer dan de {limit}% van de "
              "drukker; verlaag de CMYK-waarden in het thema",
    },
    "safe_margin": {
        "en": "text on page {page} lies {distance} mm from the trim edge, closer than {safe} mm; "
              "it may be cut off; move it inwards",
        "nl": "tekst op pagina {page} staat {distance} mm van de snijlijn, dichter dan {safe} mm; "
              "die kan worden weggesneden; zet hem verder naar binnen",
    },
    "bleed": {
        "en": "a background on page {page} reaches the trim edge ({edge}) but not into the "
              "bleed; a white edge may show after cutting; let it run 3 mm past the edge",
        "nl": "een achtergrond op pagina {page} loopt tot de snijlijn ({edge}) maar niet in de "
              "afloop; na het snijden kan een witte rand zichtbaar zijn; laat hem 3 mm doorlopen",
    },
    "low_resolution": {
        "en": "the image on page {page} has {ppi} pixels per inch at its printed size, below "
              "{minimum}; it will print blurred; use a larger image file (or an SVG)",
        "nl": "de afbeelding op pagina {page} heeft {ppi} pixels per inch op drukformaat, minder "
              "dan {minimum}; die drukt wazig af; gebruik een groter bestand (of een SVG)",
    },
    "contrast": {
        "en": "text on page {page} has a contrast of {ratio}:1 with its background, below "
              "{needed}:1 for screens (WCAG AA); use a darker or lighter colour",
        "nl": "tekst op pagina {page} heeft een contrast van {ratio}:1 met de achtergrond, minder "
              "dan {needed}:1 voor schermen (WCAG AA); kies een donkerder of lichter kleur",
    },
    "export_no_output": {
        "en": "say where to write: -o OUT.pdf for one factsheet, or --outdir FOLDER for one or "
              "more",
        "nl": "zeg waar het heen moet: -o UIT.pdf voor één factsheet, of --outdir MAP voor een "
              "of meer",
    },
    "export_one_output": {
        "en": "-o names one file, but {count} factsheets were given; use --outdir FOLDER to "
              "write each to a file of its own",
        "nl": "-o noemt één bestand, maar er zijn {count} factsheets opgegeven; gebruik --outdir "
              "MAP om elk naar een eigen bestand te schrijven",
    },
    "export_format_with_output": {
        "en": "--format goes with --outdir; with -o the file name's ending (.pdf or .png) "
              "chooses",
        "nl": "--format hoort bij --outdir; bij -o kiest de extensie van de bestandsnaam (.pdf "
              "of .png)",
    },
    "export_outdir_missing": {
        "en": "cannot write here: the folder does not exist (nothing was written)",
        "nl": "kan hier niet schrijven: de map bestaat niet (er is niets geschreven)",
    },
    "export_outdir_file": {
        "en": "cannot write here: this is a file, not a folder (nothing was written)",
        "nl": "kan hier niet schrijven: dit is een bestand, geen map (er is niets geschreven)",
    },
    "export_same_name": {
        "en": "{first} and {second} would both be written to this file, so nothing was "
              "written; rename one of them, or export them in separate calls",
        "nl": "{first} en {second} zouden allebei naar dit bestand geschreven worden, dus er is "
              "niets geschreven; geef een van beide een andere naam, of exporteer ze apart",
    },
    # Files the app writes: the rules of Windows (model/file_rules.py), and a file held open.
    "name_reserved": {
        "en": "cannot write here: Windows keeps the name {device} for a device, so '{name}' "
              "could not be opened there; choose another name (nothing was written)",
        "nl": "kan hier niet schrijven: Windows houdt de naam {device} vrij voor een apparaat, "
              "dus '{name}' zou daar niet te openen zijn; kies een andere naam (er is niets "
              "geschreven)",
    },
    "name_trailing_dot": {
        "en": "cannot write here: '{name}' ends in a dot, which Windows drops from a file "
              "name; remove it (nothing was written)",
        "nl": "kan hier niet schrijven: '{name}' eindigt op een punt, die Windows van een "
              "bestandsnaam weglaat; haal die weg (er is niets geschreven)",
    },
    "name_trailing_space": {
        "en": "cannot write here: '{name}' ends in a space, which Windows drops from a file "
              "name; remove it (nothing was written)",
        "nl": "kan hier niet schrijven: '{name}' eindigt op een spatie, die Windows van een "
              "bestandsnaam weglaat; haal die weg (er is niets geschreven)",
    },
    "name_character": {
        "en": "cannot write here: '{name}' holds '{character}', which Windows does not allow "
              "in a file name; leave it out (nothing was written)",
        "nl": "kan hier niet schrijven: '{name}' bevat '{character}', wat Windows niet toestaat "
              "in een bestandsnaam; laat het weg (er is niets geschreven)",
    },
    "path_too_long": {
        "en": "cannot write here: the path is {length} characters long and Windows opens at "
              "most {limit}; choose a folder higher up or a shorter name (nothing was written)",
        "nl": "kan hier niet schrijven: het pad is {length} tekens lang en Windows opent er "
              "hoogstens {limit}; kies een map hogerop of een kortere naam (er is niets "
              "geschreven)",
    },
    "file_in_use": {
        "en": "cannot write here: the file is open in another program; close it there (a PDF "
              "in your PDF reader) and try again (nothing was written)",
        "nl": "kan hier niet schrijven: het bestand is geopend in een ander programma; sluit "
              "het daar (sluit de PDF in uw PDF-lezer) en probeer het opnieuw (er is niets "
              "geschreven)",
    },
    "export_batch_summary": {
        "en": "exported {written} of {total} factsheets ({refused} refused by the checks, "
              "{unreadable} not usable{failed})",
        "nl": "{written} van de {total} factsheets geëxporteerd ({refused} geweigerd door de "
              "controle, {unreadable} onbruikbaar{failed})",
    },
    # Added to the summary only when it happened.
    "export_batch_failed": {
        "en": ", {failed} stopped by an error inside the app",
        "nl": ", {failed} gestopt door een fout in het programma",
    },
    "export_refused": {
        "en": "not exported: the checks found {errors} error(s), listed above; nothing was "
              "written{earlier}; correct them, or add --force to export anyway",
        "nl": "niet geëxporteerd: de controle vond {errors} fout(en), hierboven genoemd; er is "
              "niets geschreven{earlier}; verbeter ze, of geef --force mee om toch te "
              "exporteren",
    },
    # A factsheet not exported whose output is there from an earlier export: the folder
    # holds an older number beside fresh ones, so say so ({files}: one path, or several).
    "export_earlier_one": {
        "en": "the {files} already there is from an earlier export and was not changed",
        "nl": "het bestand {files} dat er al staat is van een eerdere export en is niet "
              "veranderd",
    },
    "export_earlier_many": {
        "en": "the {files} already there are from an earlier export and were not changed",
        "nl": "de bestanden {files} die er al staan zijn van een eerdere export en zijn niet "
              "veranderd",
    },
    "export_internal_error": {
        "en": "{file}: something went wrong inside the app, not in this file; nothing was "
              "written for it{earlier}{details}. Please report it.",
        "nl": "{file}: er ging iets mis in het programma, niet in dit bestand; er is niets voor "
              "geschreven{earlier}{details}. Meld het alstublieft.",
    },
    "internal_error_details": {"en": "; the details are in {log}",
                               "nl": "; de details staan in {log}"},
    "op_figure_in_use": {
        "en": "'{label}' ({figure}) is used, so it is not removed",
        "nl": "'{label}' ({figure}) wordt gebruikt en is daarom niet verwijderd",
    },
    "op_bad_id": {
        "en": "'{id}' cannot be a name: use letters, digits and _, starting with a letter",
        "nl": "'{id}' kan geen naam zijn: gebruik letters, cijfers en _, en begin met een letter",
    },
    "op_id_taken": {
        "en": "there is already a figure named '{id}'; choose another name",
        "nl": "er is al een cijfer met de naam '{id}'; kies een andere naam",
    },
    "op_unknown_type": {
        "en": "'{type}' is not a type of figure",
        "nl": "'{type}' is geen soort cijfer",
    },
    "op_unknown_kind": {
        "en": "'{kind}' is not a kind this factsheet knows",
        "nl": "'{kind}' is geen soort die deze factsheet kent",
    },
    "op_last_entry": {
        "en": "the last entry of a list stays; add another before removing this one",
        "nl": "het laatste onderdeel van een lijst blijft staan; voeg eerst een ander toe",
    },
    "op_cannot_move": {
        "en": "it cannot move further that way",
        "nl": "het kan niet verder die kant op",
    },
    "op_last_page": {
        "en": "the only page of the factsheet stays",
        "nl": "de enige pagina van de factsheet blijft staan",
    },
    "op_already_in_chart": {
        "en": "{figure} is already in this chart",
        "nl": "{figure} staat al in deze grafiek",
    },
    "op_last_chart_figure": {
        "en": "a chart keeps at least one figure; choose 'no chart' to remove it",
        "nl": "een grafiek houdt minstens één cijfer; kies 'geen grafiek' om hem weg te halen",
    },
    "op_chart_needs_figures": {
        "en": "choose the figures this chart shows first",
        "nl": "kies eerst welke cijfers deze grafiek laat zien",
    },
    "op_rule_incomplete": {
        "en": "a rule needs its parts (two at least for a sum) and, except for shares that make "
              "100%, a whole",
        "nl": "een regel heeft delen nodig (minstens twee voor een som) en, behalve bij "
              "percentages die samen 100% zijn, een geheel",
    },
    "op_unknown_figure": {
        "en": "there is no figure '{figure}'",
        "nl": "er is geen cijfer '{figure}'",
    },
    "pages_over": {
        "en": "the factsheet does not fit on {pages} pages: page {page} is {mm} mm too full, "
              "so '{block}' goes on to page {next}. Allow page {next}, move '{block}' to a "
              "new page, or make page {page} about {lines} lines shorter",
        "nl": "de factsheet past niet op {pages} pagina's: pagina {page} is {mm} mm te vol, "
              "zodat '{block}' doorschuift naar pagina {next}. Sta pagina {next} toe, zet "
              "'{block}' op een nieuwe pagina, of maak pagina {page} ongeveer {lines} regels "
              "korter",
    },
    "taller_than_page": {
        "en": "'{block}' does not fit on a page even on its own: it is {mm} mm too long on page "
              "{page}; shorten it",
        "nl": "'{block}' past zelfs op een eigen pagina niet: het is {mm} mm te lang op "
              "pagina {page}; maak het korter",
    },
    "pages_odd": {
        "en": "the factsheet has {pages} pages; a print shop prints sheets of two pages, so "
              "page {next} would be blank: add a blank or notes page {next}, or fit the "
              "content on {fewer} pages",
        "nl": "de factsheet heeft {pages} pagina's; een drukker drukt vellen van twee "
              "pagina's, dus pagina {next} blijft leeg: voeg een lege pagina of een pagina met "
              "noten {next} toe, of laat de inhoud op {fewer} pagina's passen",
    },
    "op_type_value": {
        "en": "the value of '{label}' cannot be a {type}; change the value first",
        "nl": "de waarde van '{label}' past niet bij het soort '{type}'; verander eerst de "
              "waarde",
    },
    # Small counts (checks/disclosure.py).
    "disclosure_small_count": {
        "en": "'{label}' prints {value} people, fewer than {limit}: a count this small can "
              "point to a person; print it as '{fewer}', merge it with another category, or "
              "confirm it with a reason",
        "nl": "'{label}' toont {value} personen, minder dan {limit}: zo'n klein aantal kan "
              "naar een persoon wijzen; druk het af als '{fewer}', voeg het samen met een "
              "andere categorie, of bevestig het met een reden",
    },
    "disclosure_small_base": {
        "en": "'{label}' ({value}) is a share of {base} people, fewer than {limit}: a "
              "percentage of so few can point to a person; merge categories, or confirm it "
              "with a reason",
        "nl": "'{label}' ({value}) is een aandeel van {base} personen, minder dan {limit}: "
              "een percentage van zo weinig mensen kan naar een persoon wijzen; voeg "
              "categorieën samen, of bevestig het met een reden",
    },
    "disclosure_differencing_sum": {
        "en": "'{label}' is hidden, but a reader can work it out from {others}: the total "
              "minus the other parts; hide one of those too, or confirm it with a reason",
        "nl": "'{label}' is verborgen, maar een lezer kan het uitrekenen uit {others}: het "
              "totaal min de andere delen; verberg er daarvan ook een, of bevestig het met "
              "een reden",
    },
    "disclosure_differencing_change": {
        "en": "'{label}' is hidden, but a text prints its change since the previous edition, "
              "so last year's value plus the change gives it; remove that, or confirm it with "
              "a reason",
        "nl": "'{label}' is verborgen, maar een tekst toont de verandering sinds de vorige "
              "editie, dus de waarde van vorig jaar plus de verandering geeft het; haal die "
              "weg, of bevestig het met een reden",
    },
    # Estimates (checks/estimates.py).
    "estimate_too_precise": {
        "en": "'{label}' prints {value}, but it is computed from the estimate '{estimate}' "
              "({estimate_value}), which has {digits} significant digits: show it with fewer "
              "decimals, so it is not more precise than the estimate",
        "nl": "'{label}' toont {value}, maar is berekend uit de schatting '{estimate}' "
              "({estimate_value}), die {digits} significante cijfers heeft: toon het met "
              "minder decimalen, zodat het niet preciezer is dan de schatting",
    },
    # Editions (checks/editions.py).
    "edition_not_updated": {
        "en": "{label}: not updated for edition {edition}: it still holds the value of "
              "{previous}, {value}; type this edition's value, or confirm it is unchanged",
        "nl": "{label}: niet bijgewerkt voor editie {edition}: dit is nog de waarde van "
              "{previous}, {value}; typ de waarde van deze editie, of bevestig dat die gelijk "
              "is gebleven",
    },
    "edition_year_mention": {
        "en": "names {year}, the year of the previous edition: '{context}'; write {edition} "
              "where this edition is meant, or mark the mention as intended",
        "nl": "noemt {year}, het jaar van de vorige editie: '{context}'; schrijf {edition} "
              "waar deze editie bedoeld is, of markeer het jaartal als bedoeld",
    },
    "edition_no_previous": {
        "en": "{written} compares with the previous edition, but the figures have no values of "
              "an earlier edition, so it prints '?'; remove it, or start this factsheet as a "
              "new edition of the last one",
        "nl": "{written} vergelijkt met de vorige editie, maar de cijfers hebben geen waarden "
              "van een eerdere editie, dus er staat '?'; haal het weg, of begin deze factsheet "
              "als nieuwe editie van de vorige",
    },
    "edition_no_previous_value": {
        "en": "{written} compares with edition {edition}, but {figure} has no value of that "
              "edition, so it prints '?'; add it to the figure's history, or remove the "
              "reference",
        "nl": "{written} vergelijkt met editie {edition}, maar {figure} heeft geen waarde van "
              "die editie, dus er staat '?'; voeg die toe aan de geschiedenis van het cijfer, "
              "of haal de verwijzing weg",
    },
    "tile_badge_nothing": {
        "en": "the tile of '{label}' asks for a change badge, but {reason}, so no badge is "
              "printed; add the figure's value of an earlier edition, or turn the badge off",
        "nl": "de tegel van '{label}' vraagt om een veranderingslabel, maar {reason}, dus er "
              "staat geen label; voeg de waarde van een eerdere editie toe, of zet het label uit",
    },
    "tile_badge_no_edition": {
        "en": "there is no previous edition to compare with",
        "nl": "er is geen vorige editie om mee te vergelijken",
    },
    "tile_badge_no_value": {
        "en": "the figure has no value for edition {edition}",
        "nl": "het cijfer heeft geen waarde voor editie {edition}",
    },
    "screen_chart_no_alt": {
        "en": "the chart has nothing to say to a screen reader: it shows no figures, so its "
              "alt text names only the kind of chart; add the figures it should show",
        "nl": "de grafiek zegt een schermlezer niets: hij toont geen cijfers, dus de "
              "alternatieve tekst noemt alleen het soort grafiek; voeg de cijfers toe die hij "
              "moet tonen",
    },
    "screen_chart_unlabelled": {
        "en": "the chart's alt text reads the figure '{figure}' as a bare number, because it "
              "has no label; give the figure a label",
        "nl": "de alternatieve tekst van de grafiek leest het cijfer '{figure}' voor als een "
              "kaal getal, want het heeft geen omschrijving; geef het cijfer een omschrijving",
    },
    "screen_empty_title": {
        "en": "the title is empty, so the screen PDF has no main heading (H1) and cannot be "
              "made accessible; write a title",
        "nl": "de titel is leeg, dus de schermversie heeft geen hoofdkop (H1) en kan niet "
              "toegankelijk worden gemaakt; schrijf een titel",
    },
    "screen_empty_heading": {
        "en": "the heading is empty, so a screen reader cannot find this section by its "
              "heading; write a heading",
        "nl": "de kop is leeg, dus een schermlezer vindt dit onderdeel niet aan zijn kop; "
              "schrijf een kop",
    },
    "screen_link_without_text": {
        "en": "the footer links to {url} but shows no text, so the link cannot be seen or "
              "read aloud; write the address or a description in the footer's text",
        "nl": "de voettekst linkt naar {url} maar toont geen tekst, dus de link is niet te "
              "zien en niet voor te lezen; schrijf het adres of een omschrijving in de tekst "
              "van de voettekst",
    },
}
EDGES = {"en": {"left": "left", "right": "right", "top": "top", "bottom": "bottom"},
         "nl": {"left": "links", "right": "rechts", "top": "boven", "bottom": "onder"}}


def say(key: str, language: str, **params: object) -> str:
    """The message `key` of MESSAGES in `language` ('en' or 'nl'; English when the
    language has none), filled in with `params`. KeyError for an unknown key or parameter."""
    texts = MESSAGES[key]
    return texts.get(language, texts["en"]).format(**params)


def edge_name(edge: str, language: str) -> str:
    """A page edge ('left', 'right', 'top', 'bottom') in words of `language`."""
    return EDGES.get(language, EDGES["en"])[edge]


def command_line_language() -> str:
    """Dutch when the shell speaks Dutch (LANGUAGE/LC_ALL/LANG nl...); where the shell sets
    none of these (Windows, often macOS), when the system's user language is Dutch
    (checks/system_language.py); else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.startswith("nl") else "en"
    return system_language() or "en"
