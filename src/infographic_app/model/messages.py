"""Every message a person reads, in Dutch and English: the one catalogue.

The checks' findings, the reader's errors about a file, the command line's words: each worded
once per language, so the code reads as rules. Numbers in the texts are already formatted by
the caller. Messages made without a language (the reader's) speak `message_language()`: the
editor's interface language once it has chosen one, else the operating system's.
"""

from __future__ import annotations

import locale
import os
import sys

from infographic_app.model import system_language as system

MESSAGES: dict[str, dict[str, str]] = {
    # The command line's help (cli.py, cli_editions.py): usage, description, each option.
    "cli_usage": {"en": "%(prog)s [FACTSHEET.yaml]\n"
                        "       %(prog)s COMMAND [OPTIONS] FACTSHEET.yaml ...\n"
                        "       %(prog)s --help | --version",
                  "nl": "%(prog)s [FACTSHEET.yaml]\n"
                        "       %(prog)s OPDRACHT [OPTIES] FACTSHEET.yaml ...\n"
                        "       %(prog)s --help | --version"},
    "cli_description": {
        "en": "Factsheet studio: edit a data factsheet, preview it, export it.\n\n"
              "Without a command, the desktop editor opens: on FACTSHEET.yaml when one is given, "
              "else on\nthe file opened last, else on the bundled factsheet as a new, untitled "
              "one. The commands\nbelow export and check without opening a window "
              "('infographic-app COMMAND --help' for each).",
        "nl": "Factsheet studio: een factsheet met cijfers bewerken, bekijken en exporteren.\n\n"
              "Zonder opdracht opent de editor: met FACTSHEET.yaml als die is gegeven, anders "
              "met\nhet laatst geopende bestand, anders met de meegeleverde factsheet als nieuwe, "
              "naamloze.\nDe opdrachten hieronder exporteren en controleren zonder venster "
              "('infographic-app OPDRACHT --help'\nvoor elk)."},
    "cli_epilog": {
        "en": "exit codes:\n"
              "  {ok}    done; check found no errors; diff found no difference\n"
              "  {failed}    the checks found errors (export and card wrote nothing; use "
              "--force);\n"
              "       diff: the factsheets differ\n"
              "  {bad}    bad input: a file that cannot be read or is not a valid factsheet, "
              "or a\n"
              "       wrong command line; each problem on a line as FILE: field: message\n"
              "  {internal}    something went wrong inside the app, not in the file; nothing "
              "was\n"
              "       written and the details are in the log (factsheet-studio.log, in\n"
              "       ~/.local/share/CKM/Factsheet studio/ or $XDG_DATA_HOME/CKM/Factsheet "
              "studio/ on\n"
              "       Linux, %LOCALAPPDATA%\\CKM\\Factsheet studio\\ on Windows,\n"
              "       ~/Library/Application Support/CKM/Factsheet studio/ on macOS)\n"
              "  {interrupted}  interrupted (Ctrl+C)\n\n"
              "Export of several factsheets (--outdir): each factsheet is read, checked and "
              "written (or\nrefused) on its own, so each one that can be exported is written "
              "all the same; one that is\nnot leaves an earlier export of it as it was (a "
              "refusal names that file). The exit code is\nthe worst of them: 3, then 2, "
              "then 1, then 0.",
        "nl": "afsluitcodes:\n"
              "  {ok}    klaar; check vond geen fouten; diff vond geen verschil\n"
              "  {failed}    de controles vonden fouten (export en card schreven niets; gebruik "
              "--force);\n"
              "       diff: de factsheets verschillen\n"
              "  {bad}    onbruikbare invoer: een bestand dat niet te lezen is of geen geldige "
              "factsheet,\n"
              "       of een verkeerde opdrachtregel; elk probleem op een regel als BESTAND: "
              "veld: melding\n"
              "  {internal}    er ging iets mis in het programma, niet in het bestand; er is "
              "niets\n"
              "       geschreven en de details staan in het logboek (factsheet-studio.log, in\n"
              "       ~/.local/share/CKM/Factsheet studio/ of $XDG_DATA_HOME/CKM/Factsheet "
              "studio/ op\n"
              "       Linux, %LOCALAPPDATA%\\CKM\\Factsheet studio\\ op Windows,\n"
              "       ~/Library/Application Support/CKM/Factsheet studio/ op macOS)\n"
              "  {interrupted}  onderbroken (Ctrl+C)\n\n"
              "Export van meerdere factsheets (--outdir): elke factsheet wordt op zichzelf "
              "gelezen,\ngecontroleerd en geschreven (of geweigerd), dus elke factsheet die "
              "geëxporteerd kan\nworden, wordt toch geschreven; een die dat niet kan, laat een "
              "eerdere export ervan\nzoals hij was (de weigering noemt dat bestand). De "
              "afsluitcode is de ergste: 3, dan 2,\ndan 1, dan 0."},
    "cli_commands": {"en": "commands", "nl": "opdrachten"},
    "cli_command": {"en": "COMMAND", "nl": "OPDRACHT"},
    "cli_folder": {"en": "FOLDER", "nl": "MAP"},
    "cli_figure": {"en": "FIGURE", "nl": "CIJFER"},
    "cli_field": {"en": "FIELD", "nl": "VELD"},
    "cli_help_export": {"en": "write a print PDF, screen PDF, PNG pages or a web page, of one "
                              "factsheet or many",
                        "nl": "een druk-PDF, scherm-PDF, PNG-pagina's of een webpagina "
                              "schrijven, van één factsheet of van meerdere"},
    "cli_about_export": {
        "en": "Export one factsheet to -o OUT, or several in one go to --outdir FOLDER. Each "
              "factsheet is read, checked and written (or refused) on its own; the exit code "
              "is the worst of them.",
        "nl": "Eén factsheet exporteren naar -o UIT, of meerdere in één keer naar --outdir MAP. "
              "Elke factsheet wordt op zichzelf gelezen, gecontroleerd en geschreven (of "
              "geweigerd); de afsluitcode is de ergste ervan."},
    "cli_help_documents": {"en": "the factsheet(s)", "nl": "de factsheet(s)"},
    "cli_help_document": {"en": "the factsheet (.yaml)", "nl": "de factsheet (.yaml)"},
    "cli_help_output": {"en": "OUT.pdf, OUT.png (several pages: OUT-1.png, OUT-2.png ...) or "
                              "OUT.html (the web edition), for one factsheet",
                        "nl": "UIT.pdf, UIT.png (meerdere pagina's: UIT-1.png, UIT-2.png ...) "
                              "of UIT.html (de webeditie), voor één factsheet"},
    "cli_help_outdir": {"en": "write each factsheet to FOLDER/NAME.pdf (or .png, .html), NAME "
                              "being its file name without .yaml (and .factsheet)",
                        "nl": "elke factsheet naar MAP/NAAM.pdf (of .png, .html) schrijven, met "
                              "als NAAM de bestandsnaam zonder .yaml (en .factsheet)"},
    "cli_help_format": {"en": "with --outdir: PDF (default), PNG pages or the web page",
                        "nl": "met --outdir: PDF (standaard), PNG-pagina's of de webpagina"},
    "cli_help_target": {"en": "PDF for the print shop (CMYK, bleed, crop marks) or for screens",
                        "nl": "PDF voor de drukker (CMYK, afloop, snijtekens) of voor schermen"},
    "cli_help_pdfx": {"en": "print PDF as PDF/X-4 or PDF/X-1a (default: the theme's choice)",
                      "nl": "druk-PDF als PDF/X-4 of PDF/X-1a (standaard: de keuze van het "
                            "thema)"},
    "cli_help_tagged": {"en": "tag the print PDF for screen readers as well, as the screen PDF "
                              "always is (default: the theme's print.tagged)",
                        "nl": "ook de druk-PDF labelen voor schermlezers, zoals de scherm-PDF "
                              "altijd is (standaard: print.tagged van het thema)"},
    "cli_help_verify": {"en": "read each PDF back and check it (PDF/X for print, PDF/UA) before it "
                               "replaces the file; a failure is an error and the file stays as "
                               "it was",
                        "nl": "elke PDF teruglezen en controleren (PDF/X voor drukwerk, PDF/UA) "
                              "voordat hij het bestand vervangt; een fout is een fout en het "
                              "bestand blijft zoals het was"},
    "cli_help_dpi": {"en": "PNG resolution (default 150)",
                     "nl": "resolutie van de PNG (standaard 150)"},
    "cli_help_page": {"en": "PNG of this page only (1, 2, ...)",
                      "nl": "PNG van alleen deze pagina (1, 2, ...)"},
    "cli_help_force": {"en": "export even when the checks find errors (they are still listed)",
                       "nl": "ook exporteren als de controles fouten vinden (ze worden wel "
                             "genoemd)"},
    "cli_help_card": {"en": "a PNG card for social media, with its alt text beside it (OUT.txt)",
                      "nl": "een PNG-kaart voor sociale media, met de alt-tekst ernaast "
                            "(UIT.txt)"},
    "cli_help_of": {"en": "a figure (visitors_total) or a tile or theme "
                          "(blocks.themes.themes.partner_perpetrator)",
                    "nl": "een cijfer (visitors_total) of een tegel of thema "
                          "(blocks.themes.themes.partner_perpetrator)"},
    "cli_help_size": {"en": "square: 1080 x 1080 px; portrait: 1080 x 1350 px; story: 1080 x "
                            "1920 px; wide (LinkedIn, X): 1200 x 627 px",
                      "nl": "square (vierkant): 1080 x 1080 px; portrait (staand): 1080 x 1350 "
                            "px; story: 1080 x 1920 px; wide (breed: LinkedIn, X): 1200 x 627 px"},
    "cli_help_card_force": {"en": "make the card even when the checks find errors",
                            "nl": "de kaart ook maken als de controles fouten vinden"},
    "cli_help_proof": {"en": "the proof sheet (Cijferverantwoording): every printed figure with "
                             "its source, formula, history and places, for the second reader",
                       "nl": "de Cijferverantwoording: elk gedrukt cijfer met zijn bron, "
                             "formule, geschiedenis en plaatsen, voor de tweede lezer"},
    "cli_help_check": {"en": "list broken rules, impossible figures, text that does not fit and "
                             "what the print shop (or a screen reader) would object to",
                       "nl": "overtreden regels, onmogelijke cijfers, tekst die niet past en "
                             "bezwaren van de drukker (of een schermlezer) opsommen"},
    "cli_help_check_target": {"en": "preflight for the print PDF (default) or the screen PDF",
                              "nl": "controle voor de druk-PDF (standaard) of de scherm-PDF"},
    "cli_help_version": {"en": "show program's version number and exit",
                         "nl": "het versienummer van het programma tonen en stoppen"},
    "cli_help_new_edition": {"en": "start next year's factsheet from this one: values into their "
                                   "history, every figure marked not yet updated",
                             "nl": "de factsheet van volgend jaar met deze beginnen: waarden naar "
                                   "hun geschiedenis, elk cijfer gemarkeerd als nog niet "
                                   "bijgewerkt"},
    "cli_help_this_edition": {"en": "this edition's factsheet (.yaml)",
                              "nl": "de factsheet van deze editie (.yaml)"},
    "cli_help_edition": {"en": "the new edition: a year (2020) or a label (2020-2021)",
                         "nl": "de nieuwe editie: een jaartal (2020) of een naam (2020-2021)"},
    "cli_help_new_output": {"en": "NEW.yaml", "nl": "NIEUW.yaml"},
    "cli_help_replace_year": {"en": "replace the previous edition's year by the new one "
                                    "everywhere it was found (the proposals are listed either "
                                    "way)",
                              "nl": "het jaartal van de vorige editie overal waar het gevonden "
                                    "is door het nieuwe vervangen (de voorstellen worden hoe dan "
                                    "ook genoemd)"},
    "cli_help_replace": {"en": "replace it in this field only (e.g. metadata.title); repeatable",
                         "nl": "het alleen in dit veld vervangen (bijvoorbeeld metadata.title); "
                               "herhaalbaar"},
    "cli_help_confirm": {"en": "confirm figures unchanged in this edition, or mark a text's "
                               "mention of last year as intended; saves the file",
                         "nl": "cijfers bevestigen als ongewijzigd in deze editie, of het noemen "
                               "van vorig jaar in een tekst als bedoeld markeren; slaat het "
                               "bestand op"},
    "cli_help_figures": {"en": "figures whose value stays as it is (visitors_other)",
                         "nl": "cijfers waarvan de waarde blijft zoals hij is (visitors_other)"},
    "cli_help_all": {"en": "every figure not yet updated (they are listed)",
                     "nl": "elk cijfer dat nog niet is bijgewerkt (ze worden genoemd)"},
    "cli_help_intended": {"en": "a text that names a year on purpose: FIELD (each year it "
                                "names) or FIELD@YEAR (that year)",
                          "nl": "een tekst die een jaartal met opzet noemt: VELD (elk jaartal "
                                "erin) of VELD@JAAR (dat jaartal)"},
    "cli_help_diff": {"en": "what changed between two factsheets: figures with their change, "
                            "texts word by word, entries added or removed (exit code 1 when "
                            "they differ)",
                      "nl": "wat er veranderde tussen twee factsheets: cijfers met hun "
                            "verandering, teksten woord voor woord, onderdelen toegevoegd of "
                            "verwijderd (afsluitcode 1 als ze verschillen)"},
    "cli_help_old": {"en": "the earlier factsheet (.yaml)", "nl": "de eerdere factsheet (.yaml)"},
    "cli_help_new": {"en": "the later factsheet (.yaml)", "nl": "de latere factsheet (.yaml)"},
    # argparse's own words (Python's gettext texts; the English is argparse's, word for word).
    "argparse_usage": {"en": "usage: ", "nl": "gebruik: "},
    "argparse_positionals": {"en": "positional arguments", "nl": "argumenten"},
    "argparse_options": {"en": "options", "nl": "opties"},
    "argparse_help": {"en": "show this help message and exit",
                      "nl": "deze hulptekst tonen en stoppen"},
    "argparse_required": {"en": "the following arguments are required: %s",
                          "nl": "deze argumenten zijn verplicht: %s"},
    "argparse_unrecognized": {"en": "unrecognized arguments: %s",
                              "nl": "onbekende argumenten: %s"},
    "argparse_invalid_choice": {"en": "invalid choice: %(value)r (choose from %(choices)s)",
                                "nl": "ongeldige keuze: %(value)r (kies uit %(choices)s)"},
    "argparse_argument": {"en": "argument %(argument_name)s: %(message)s",
                          "nl": "argument %(argument_name)s: %(message)s"},
    "argparse_one": {"en": "expected one argument", "nl": "verwacht één argument"},
    "argparse_at_most_one": {"en": "expected at most one argument",
                             "nl": "verwacht hoogstens één argument"},
    "argparse_at_least_one": {"en": "expected at least one argument",
                              "nl": "verwacht minstens één argument"},
    "argparse_not_allowed": {"en": "not allowed with argument %s",
                             "nl": "niet toegestaan samen met argument %s"},
    "argparse_one_required": {"en": "one of the arguments %s is required",
                              "nl": "een van de argumenten %s is verplicht"},
    "argparse_ambiguous": {"en": "ambiguous option: %(option)s could match %(matches)s",
                           "nl": "dubbelzinnige optie: %(option)s kan %(matches)s zijn"},
    "argparse_invalid_value": {"en": "invalid %(type)s value: %(value)r",
                               "nl": "ongeldige waarde voor %(type)s: %(value)r"},
    "argparse_explicit": {"en": "ignored explicit argument %r",
                          "nl": "genegeerd argument %r"},
    "argparse_expected_n": {"en": "expected %s argument", "nl": "verwacht %s argument"},
    "argparse_expected_ns": {"en": "expected %s arguments", "nl": "verwacht %s argumenten"},
    # The command line's refusals (cli.py, cli_editions.py).
    "cli_internal_error": {"en": "infographic-app: something went wrong inside the app, not in "
                                 "your file (nothing was written){details}. Please report it.",
                           "nl": "infographic-app: er ging iets mis in het programma, niet in "
                                 "uw bestand (er is niets geschreven){details}. Meld het "
                                 "alstublieft."},
    "cli_output_kind": {"en": "the output must end in .pdf, .png or .html",
                        "nl": "de uitvoer moet eindigen op .pdf, .png of .html"},
    "cli_card_png": {"en": "a card is a PNG image: the output must end in .png",
                     "nl": "een kaart is een PNG-afbeelding: de uitvoer moet eindigen op .png"},
    "cli_proof_pdf": {"en": "the proof sheet is a PDF: the output must end in .pdf",
                      "nl": "de Cijferverantwoording is een PDF: de uitvoer moet eindigen op "
                            ".pdf"},
    "cli_edition_yaml": {"en": "a factsheet is a .yaml file: the output must end in .yaml",
                         "nl": "een factsheet is een .yaml-bestand: de uitvoer moet eindigen op "
                               ".yaml"},
    "cli_dpi_range": {"en": "choose a resolution from 36 to 1200 dpi, not {dpi}",
                      "nl": "kies een resolutie van 36 tot en met 1200 dpi, niet {dpi}"},
    "cli_no_page": {"en": "there is no page {page}; pages are numbered from 1",
                    "nl": "er is geen pagina {page}; de pagina's zijn genummerd vanaf 1"},
    "cli_permission_denied": {"en": "permission denied", "nl": "geen toestemming"},
    "cli_cannot_write_partly": {"en": "cannot write here: {reason}",
                                "nl": "kan hier niet schrijven: {reason}"},
    "cli_read_only": {"en": "this factsheet is read-only, so it is not replaced (nothing was "
                            "written); make it writable first, or copy it",
                      "nl": "deze factsheet is alleen-lezen, dus hij wordt niet vervangen (er "
                            "is niets geschreven); maak hem eerst beschrijfbaar, of kopieer hem"},
    "cli_cannot_write": {"en": "cannot write here: {reason} (nothing was written)",
                         "nl": "kan hier niet schrijven: {reason} (er is niets geschreven)"},
    "cli_name_too_long": {"en": "cannot write here: the file name is {size} bytes long; use a "
                                "name of at most {limit} bytes",
                          "nl": "kan hier niet schrijven: de bestandsnaam is {size} bytes lang; "
                                "gebruik een naam van hoogstens {limit} bytes"},
    "cli_output_is_folder": {"en": "cannot write here: this is a folder; give a file name such "
                                   "as {example}",
                             "nl": "kan hier niet schrijven: dit is een map; geef een "
                                   "bestandsnaam zoals {example}"},
    "cli_parent_is_file": {"en": "cannot write here: the folder {folder} is a file, not a folder",
                           "nl": "kan hier niet schrijven: de map {folder} is een bestand, geen "
                                 "map"},
    "cli_parent_missing": {"en": "cannot write here: the folder {folder} does not exist",
                           "nl": "kan hier niet schrijven: de map {folder} bestaat niet"},
    "cli_edition_same_file": {"en": "the new edition needs a file of its own; give another name "
                                    "(the previous edition stays as it is)",
                              "nl": "de nieuwe editie heeft een eigen bestand nodig; geef een "
                                    "andere naam (de vorige editie blijft zoals hij is)"},
    "cli_replace_unknown": {"en": "'{field}' does not name {year}; the fields that do: {fields}",
                            "nl": "'{field}' noemt {year} niet; de velden die dat wel doen: "
                                  "{fields}"},
    "cli_none": {"en": "none", "nl": "geen"},
    "cli_confirm_what": {"en": "name the figures to confirm, or give --all or --intended FIELD",
                         "nl": "noem de cijfers die u wilt bevestigen, of geef --all of "
                               "--intended VELD"},
    "cli_no_figure": {"en": "there is no figure '{figure}'", "nl": "er is geen cijfer '{figure}'"},
    "cli_intended_unknown": {"en": "'{field}' does not name the previous edition's year",
                             "nl": "'{field}' noemt het jaartal van de vorige editie niet"},
    # The theme's reader (model/theme.py) and the files it reads (model/asset_files.py, svg.py).
    "theme_number_range": {"en": "expected a number from {low} to {high}, not {typed}",
                           "nl": "verwacht een getal van {low} tot en met {high}, niet {typed}"},
    "theme_section_missing": {
        "en": "this required section is missing or not a set of named fields",
        "nl": "dit verplichte onderdeel ontbreekt of is geen reeks velden met een naam"},
    "theme_text_too_long": {
        "en": "this text is longer than {limit:,} characters, the most a value may hold",
        "nl": "deze tekst is langer dan {limit} tekens, het meeste dat een waarde mag bevatten"},
    "theme_wordmark": {"en": "expected a mark (text) and lines (a list of texts, or none)",
                       "nl": "verwacht een merkteken (tekst) en regels (een lijst van teksten, "
                             "of geen)"},
    "theme_theme_file": {"en": "theme file", "nl": "het themabestand"},
    "font_tables_unreadable": {"en": "its tables cannot be read",
                               "nl": "de tabellen zijn niet te lezen"},
    "profile_id_mismatch": {"en": "its contents no longer match its profile ID (a checksum)",
                            "nl": "de inhoud klopt niet meer met de profiel-ID (een "
                                  "controlegetal)"},
    "svg_too_many_segments": {"en": "the SVG has some {segments} path segments; a logo may have "
                                    "at most {limit} (simplify it, or save it as PNG)",
                              "nl": "de SVG heeft zo'n {segments} padsegmenten; een logo mag er "
                                    "hoogstens {limit} hebben (vereenvoudig het, of sla het op "
                                    "als PNG)"},
    "path_control_character": {"en": "the path holds an invisible control character "
                                     "({character}); retype it",
                               "nl": "het pad bevat een onzichtbaar stuurteken ({character}); "
                                     "typ het opnieuw"},
    "path_too_many_chars": {"en": "the path is {length} characters long; a path has at most "
                                  "{limit}",
                            "nl": "het pad is {length} tekens lang; een pad heeft er hoogstens "
                                  "{limit}"},
    "path_link_loop": {"en": "the path leads through a loop of symbolic links",
                       "nl": "het pad loopt door een kring van symbolische koppelingen"},
    "path_unusable": {"en": "the path cannot be used: {reason}",
                      "nl": "het pad is niet te gebruiken: {reason}"},
    "path_missing": {"en": "it does not exist", "nl": "het bestaat niet"},
    "path_not_a_file": {"en": "it is {kind}, not a file", "nl": "het is {kind}, geen bestand"},
    "path_unreadable": {"en": "it cannot be read: {reason}",
                        "nl": "het is niet te lezen: {reason}"},
    "theme_chart_colours": {"en": "expected a list of at least two colour names, e.g. "
                                  "[primary, accent]",
                            "nl": "verwacht een lijst van minstens twee kleurnamen, "
                                  "bijvoorbeeld [primary, accent]"},
    "theme_no_colour": {"en": "there is no colour {name} in the theme",
                        "nl": "het thema heeft geen kleur {name}"},
    "theme_colour_twice": {"en": "{name} is named twice; each share of a chart needs a colour "
                                 "of its own",
                           "nl": "{name} staat er twee keer in; elk aandeel van een grafiek "
                                 "heeft een eigen kleur nodig"},
    "theme_logo_fields": {"en": "expected file (an SVG, PNG or JPEG), width_mm and colour",
                          "nl": "verwacht file (een SVG, PNG of JPEG), width_mm en colour"},
    "theme_file_missing": {"en": "the {what} {name} does not exist (looked for {file})",
                           "nl": "{what} {name} bestaat niet (gezocht naar {file})"},
    "theme_file_unusable": {"en": "the {what} {name} cannot be used: {reason}",
                            "nl": "{what} {name} is niet te gebruiken: {reason}"},
    "theme_file_unreadable": {"en": "the {what} {name} cannot be read: {reason}",
                              "nl": "{what} {name} is niet te lezen: {reason}"},
    "theme_file_damaged": {"en": "the {what} {name} is damaged or incomplete ({damage}); "
                                 "{remedy}",
                           "nl": "{what} {name} is beschadigd of onvolledig ({damage}); "
                                 "{remedy}"},
    "theme_logo": {"en": "logo", "nl": "het logo"},
    "theme_profile": {"en": "profile", "nl": "het profiel"},
    "theme_font_file": {"en": "font file", "nl": "het lettertypebestand"},
    "theme_copy_again": {"en": "copy it again", "nl": "kopieer het opnieuw"},
    "theme_ask_profile_again": {
        "en": "ask the print shop for their CMYK profile (.icc) again",
        "nl": "vraag de drukker opnieuw om zijn CMYK-profiel (.icc)"},
    "theme_text_missing": {"en": "this required text is missing",
                           "nl": "deze verplichte tekst ontbreekt"},
    "theme_profile_missing": {"en": "name the ICC profile of the print shop's printing condition",
                              "nl": "noem het ICC-profiel van de drukconditie van de drukker"},
    "theme_not_cmyk": {"en": "{name} is not a CMYK output profile (it describes {kind} "
                             "colour); ask the print shop for their CMYK profile (.icc)",
                       "nl": "{name} is geen CMYK-uitvoerprofiel (de kleurruimte is {kind}); "
                             "vraag de drukker om zijn CMYK-profiel (.icc)"},
    "theme_no_kind": {"en": "no", "nl": "onbekend"},
    "theme_colour_missing": {"en": "this required colour is missing",
                             "nl": "deze verplichte kleur ontbreekt"},
    "theme_cmyk": {"en": "expected four ink percentages, e.g. [0, 95, 35, 0]",
                   "nl": "verwacht vier inktpercentages, bijvoorbeeld [0, 95, 35, 0]"},
    "theme_rgb": {"en": "expected a screen colour like '#E11F63', or leave rgb out to take it "
                        "from the print profile",
                  "nl": "verwacht een schermkleur zoals '#E11F63', of laat rgb weg om hem uit "
                        "het drukprofiel te halen"},
    "theme_font_missing": {"en": "this required font file is missing from the theme",
                           "nl": "dit verplichte lettertypebestand ontbreekt in het thema"},
    "theme_not_truetype": {"en": "{name} is not a TrueType font with glyf outlines (.ttf); "
                                 "OpenType/CFF fonts cannot be embedded in the PDF",
                           "nl": "{name} is geen TrueType-lettertype met glyf-contouren (.ttf); "
                                 "OpenType/CFF-lettertypen kunnen niet in de PDF worden "
                                 "ingesloten"},
    "theme_style_missing": {"en": "this required text style is missing",
                            "nl": "deze verplichte tekststijl ontbreekt"},
    "theme_style_fields": {"en": "expected font, size, leading and colour",
                           "nl": "verwacht font, size, leading en colour"},
    "theme_tight": {"en": "expected the tightest size and leading "
                          "(tight: {{size: 10, leading: 13}})",
                    "nl": "verwacht de kleinste grootte en regelafstand "
                          "(tight: {{size: 10, leading: 13}})"},
    "font_directory_cut": {"en": "its table directory is cut off",
                           "nl": "de tabellenlijst is afgebroken"},
    "font_table_missing": {"en": "it has no {tables} table",
                           "nl": "de tabel {tables} ontbreekt"},
    "font_cut_short": {"en": "it ends after {size} bytes, before its last table",
                       "nl": "het houdt op na {size} bytes, voor de laatste tabel"},
    "profile_no_header": {"en": "it has no complete ICC header",
                          "nl": "de ICC-kop is niet compleet"},
    "profile_size": {"en": "its header says {declared} bytes, the file has {size}",
                     "nl": "de kop zegt {declared} bytes, het bestand heeft er {size}"},
    "profile_tags_cut": {"en": "its tag table is cut off",
                         "nl": "de tagtabel is afgebroken"},
    "profile_tag_past_end": {"en": "a tag lies past the end of the file",
                             "nl": "een tag ligt voorbij het einde van het bestand"},
    "profile_no_table": {"en": "it has no {tables} conversion table",
                         "nl": "de omzettabel {tables} ontbreekt"},
    "profile_no_transform": {"en": "littleCMS cannot convert colours with it",
                             "nl": "littleCMS kan er geen kleuren mee omzetten"},
    "or": {"en": " or ", "nl": " of "},
    "image_kind": {"en": "it is {kind}; use SVG, PNG or JPEG",
                   "nl": "het is {kind}; gebruik SVG, PNG of JPEG"},
    "image_not_an_image": {"en": "not an image", "nl": "geen afbeelding"},
    "image_too_many_pixels": {"en": "it is {width} x {height} pixels; a logo needs at most "
                                    "{million} million",
                              "nl": "het is {width} x {height} pixels; een logo heeft er "
                                    "hoogstens {million} miljoen nodig"},
    "image_too_large": {"en": "the image is too large to open safely",
                        "nl": "de afbeelding is te groot om veilig te openen"},
    "image_unreadable": {"en": "it is not a readable SVG, PNG or JPEG file, or it is cut short "
                               "(damaged or incomplete)",
                         "nl": "het is geen leesbaar SVG-, PNG- of JPEG-bestand, of het is "
                               "afgebroken (beschadigd of onvolledig)"},
    "image_no_pixels": {"en": "it has no pixels", "nl": "het heeft geen pixels"},
    "svg_unreadable_kind": {"en": "the SVG cannot be read ({kind})",
                            "nl": "de SVG is niet te lezen ({kind})"},
    "svg_no_shapes": {"en": "the SVG holds no shapes to draw",
                      "nl": "de SVG bevat geen vormen om te tekenen"},
    "svg_size_not_positive": {"en": "the SVG's size ({width} x {height}) is not a positive "
                                    "number",
                              "nl": "de grootte van de SVG ({width} x {height}) is geen "
                                    "positief getal"},
    "svg_too_large": {"en": "the SVG is {kilobytes} kB; a logo should be far smaller",
                      "nl": "de SVG is {kilobytes} kB; een logo hoort veel kleiner te zijn"},
    "svg_doctype": {"en": "the SVG declares a DOCTYPE or entities, which are refused (they can "
                          "pull in other files or expand without end); save it without them",
                    "nl": "de SVG declareert een DOCTYPE of entiteiten, en die worden geweigerd "
                          "(ze kunnen andere bestanden binnenhalen of eindeloos uitdijen); sla "
                          "hem zonder op"},
    "svg_unreadable": {"en": "the SVG cannot be read: {reason}",
                       "nl": "de SVG is niet te lezen: {reason}"},
    "svg_not_svg": {"en": "this is not an SVG file", "nl": "dit is geen SVG-bestand"},
    "svg_no_size": {"en": "the SVG has no viewBox or width and height",
                    "nl": "de SVG heeft geen viewBox en geen breedte en hoogte"},
    "svg_not_a_number": {"en": "the SVG has {name}=\"{value}\", which is not a number",
                         "nl": "de SVG heeft {name}=\"{value}\", en dat is geen getal"},
    "svg_refused_element": {"en": "the SVG contains {what} (<{tag}>), which a logo may not",
                            "nl": "de SVG bevat {what} (<{tag}>), en dat mag een logo niet"},
    "svg_image": {"en": "an embedded image", "nl": "een ingesloten afbeelding"},
    "svg_script": {"en": "a script", "nl": "een script"},
    "svg_foreignObject": {"en": "foreign content", "nl": "vreemde inhoud"},
    "svg_use": {"en": "a reference to another element",
                "nl": "een verwijzing naar een ander element"},
    "svg_other_file": {"en": "the SVG refers to another file ({href}); logos must be "
                             "self-contained",
                       "nl": "de SVG verwijst naar een ander bestand ({href}); een logo moet op "
                             "zichzelf staan"},
    "svg_too_deep": {"en": "the SVG has groups nested more than {depth} deep; a logo needs a few",
                     "nl": "de SVG heeft groepen die meer dan {depth} diep genest zijn; een logo "
                           "heeft er maar een paar nodig"},
    "svg_coordinate_too_large": {"en": "the SVG holds a coordinate too large to draw (such as "
                                       "1e999)",
                                 "nl": "de SVG bevat een coördinaat die te groot is om te "
                                       "tekenen (zoals 1e999)"},
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
        "en": "'{words}' is in the same sentence as the figure '{label}', which "
              "changed since edition {edition} ({before} → {now}); check that the words still "
              "fit, or let them follow the figure: write {suggestion} (Insert figure, 'in words')",
        "nl": "'{words}' staat in dezelfde zin als het cijfer '{label}', dat sinds "
              "editie {edition} is veranderd ({before} → {now}); kijk of de woorden nog "
              "kloppen, of laat ze het cijfer volgen: schrijf {suggestion} (Cijfer invoegen, "
              "'in woorden')",
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
    "proof_subject": {
        "en": "Every figure printed in edition {edition}, with its source, for the second reader",
        "nl": "Elk afgedrukt cijfer van editie {edition}, met zijn bron, voor de tweede lezer"},
    "proof_printed": {"en": "Printed", "nl": "Afgedrukt"},
    "proof_typed": {"en": "Typed", "nl": "Ingevoerd"},
    "proof_computed": {"en": "Computed", "nl": "Berekend"},
    "proof_new": {"en": "new", "nl": "nieuw"},
    "proof_previous_hidden": {"en": "{value} (this factsheet shows it as '{shown}')",
                              "nl": "{value} (deze factsheet toont het als '{shown}')"},
    "proof_type": {"en": "Type", "nl": "Soort"},
    "proof_formula": {"en": "Formula", "nl": "Formule"},
    "proof_source": {"en": "Source", "nl": "Bron"},
    "proof_note": {"en": "Note", "nl": "Noot"},
    "proof_previous": {"en": "Previous edition ({edition})",
                       "nl": "Vorige editie ({edition})"},
    "proof_no_previous": {"en": "Last edition", "nl": "Vorige editie"},
    "proof_change": {"en": "Change", "nl": "Verandering"},
    "proof_change_hidden": {
        "en": "not worked out: the factsheet prints this figure as '{fewer}', and the change "
              "would give its value away",
        "nl": "niet berekend: de factsheet drukt dit cijfer af als '{fewer}', en de "
              "verandering zou de waarde verraden"},
    "proof_change_unknown": {"en": "not worked out: this edition has no value for it",
                             "nl": "niet berekend: deze editie heeft er geen waarde voor"},
    "proof_places": {"en": "Printed in", "nl": "Afgedrukt in"},
    "proof_page": {"en": "{place}, page {page}", "nl": "{place}, pagina {page}"},
    "proof_disclosure": {"en": "Small counts", "nl": "Kleine aantallen"},
    "proof_suppressed": {"en": "printed as '{fewer}'", "nl": "afgedrukt als '{fewer}'"},
    "proof_confirmed": {"en": "confirmed: {reason}", "nl": "bevestigd: {reason}"},
    "proof_warned": {"en": "warning: {message}", "nl": "waarschuwing: {message}"},
    "proof_none": {"en": "—", "nl": "—"},
    "proof_not_given": {"en": "Not given", "nl": "Niet ingevuld"},
    "proof_checked": {"en": "checked by", "nl": "gecontroleerd door"},
    "type_count": {"en": "count", "nl": "aantal"},
    "type_estimate": {"en": "estimate", "nl": "schatting"},
    "type_decimal": {"en": "decimal", "nl": "decimaal getal"},
    "type_percentage": {"en": "percentage", "nl": "percentage"},
    # Places in a factsheet, named as the forms name them (model/places.py).
    "place_document": {"en": "Document", "nl": "Document"},
    # What a recovery copy changes (model/change_words.py what_was_done, gui/lifecycle.py).
    "change_added": {"en": "{place} added", "nl": "{place} toegevoegd"},
    "change_removed": {"en": "{place} removed", "nl": "{place} verwijderd"},
    "change_new_edition": {"en": "New edition {edition}, made from {previous}",
                           "nl": "Nieuwe editie {edition}, gemaakt van {previous}"},
    "change_new_factsheet": {"en": "New factsheet, made from {name}",
                             "nl": "Nieuwe factsheet, gemaakt van {name}"},
    "place_figure": {"en": "Figure '{name}'", "nl": "Cijfer '{name}'"},
    "place_rule": {"en": "Rule: {words}", "nl": "Regel: {words}"},
    "place_page": {"en": "Page {number}", "nl": "Pagina {number}"},
    "place_theme_colour": {"en": "Theme file › Colour '{name}'",
                           "nl": "Themabestand › Kleur '{name}'"},
    "rule_words_100": {"en": "{parts} make 100%", "nl": "{parts} zijn samen 100%"},
    "rule_words_sum": {"en": "{parts} make {whole}", "nl": "{parts} zijn samen {whole}"},
    "rule_words_part": {"en": "{parts} is never more than {whole}",
                        "nl": "{parts} is nooit meer dan {whole}"},
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
        "en": "the formula {formula} cannot be computed (division by zero?)",
        "nl": "de formule {formula} is niet uit te rekenen (delen door nul?)",
    },
    "print_needs_title": {
        "en": "the print PDF (PDF/X) needs a title: add one under metadata, e.g. "
              "title: Factsheet 2019",
        "nl": "de drukwerk-PDF (PDF/X) heeft een titel nodig: voeg er een toe onder metadata, "
              "bijv. title: Factsheet 2019",
    },
    "metadata_control_character": {
        "en": "this text holds an invisible control character ({char}), which a print PDF "
              "cannot carry; delete it (retype the text if need be)",
        "nl": "deze tekst bevat een onzichtbaar stuurteken ({char}), dat een drukwerk-PDF niet "
              "kan bevatten; verwijder het (typ de tekst zo nodig opnieuw)",
    },
    "formula_too_large": {
        "en": "the formula {formula} gives a number with more than {digits} digits before the "
              "point, larger than any figure can be; check the figures it uses",
        "nl": "de formule {formula} geeft een getal met meer dan {digits} cijfers voor de "
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
    "shares_round_together": {
        "en": "the notes block says '{note}'; or round them together (largest remainder), so "
              "the printed shares make 100% while the typed figures stay as they are",
        "nl": "het notenblok zegt '{note}'; of rond ze samen af (grootste rest), zodat de "
              "gedrukte aandelen 100% maken en de getypte cijfers blijven zoals ze zijn",
    },
    "shares_rounded_at_source": {
        "en": "the figures themselves add up to {exact}; check them: if they were rounded at "
              "the source, that is what the notes block says: '{note}'",
        "nl": "de cijfers zelf tellen op tot {exact}; kijk ze na: als de bron ze heeft "
              "afgerond, dan zegt het notenblok dat: '{note}'",
    },
    "shares_rounding_note": {
        "en": "the notes block says '{note}'",
        "nl": "het notenblok zegt '{note}'",
    },
    "parts_printed_sum": {
        "en": "the parts as printed add up to {total}, not to {whole}: {terms}; the notes "
              "block says '{note}'",
        "nl": "de delen tellen zoals gedrukt op tot {total}, niet tot {whole}: {terms}; het "
              "notenblok zegt '{note}'",
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
    "pdf_check_failed_print": {
        "en": "the print PDF failed its {standard} check: {failure}",
        "nl": "de PDF voor de drukker voldoet niet aan {standard}: {failure}",
    },
    "pdf_check_failed_screen": {
        "en": "the screen PDF failed its {standard} check: {failure}",
        "nl": "de PDF voor schermen voldoet niet aan {standard}: {failure}",
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
    "op_merge_not_parts": {
        "en": "'{label}' and '{other}' are not parts of the same whole, so they are not merged",
        "nl": "'{label}' en '{other}' zijn geen delen van hetzelfde geheel en worden daarom "
              "niet samengevoegd",
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
    # Added to pages_over when another order of the themes fits (layout/reordering.py).
    "pages_fit_moved_up": {
        "en": ". Everything fits on {pages} pages with '{entry}' before '{neighbour}'",
        "nl": ". Alles past wel op {pages} pagina's als '{entry}' vóór '{neighbour}' staat",
    },
    "pages_fit_moved_down": {
        "en": ". Everything fits on {pages} pages with '{entry}' after '{neighbour}'",
        "nl": ". Alles past wel op {pages} pagina's als '{entry}' na '{neighbour}' staat",
    },
    "taller_than_page": {
        "en": "'{block}' does not fit on a page even on its own: it is {mm} mm too long on page "
              "{page}; shorten it",
        "nl": "'{block}' past zelfs op een eigen pagina niet: het is {mm} mm te lang op "
              "pagina {page}; maak het korter",
    },
    "pages_odd": {
        "en": "the factsheet has {pages} pages; a print shop prints sheets of two pages, so "
              "page {next} would be blank: add a blank page {next} (or one with notes), or fit "
              "the content on {fewer} pages",
        "nl": "de factsheet heeft {pages} pagina's; een drukker drukt vellen van twee "
              "pagina's, dus pagina {next} blijft leeg: voeg een lege pagina {next} toe (of een "
              "met noten), of laat de inhoud op {fewer} pagina's passen",
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
    "disclosure_differencing_formula": {
        "en": "'{label}' is hidden, but '{derived}' is computed from it and printed, so a "
              "reader can work it out; take '{derived}' off the page, or confirm '{label}' "
              "with a reason",
        "nl": "'{label}' is verborgen, maar '{derived}' wordt ermee berekend en staat op de "
              "pagina, dus een lezer kan het uitrekenen; haal '{derived}' van de pagina, of "
              "bevestig '{label}' met een reden",
    },
    "disclosure_chart_size": {
        "en": "the chart '{heading}' draws '{label}' by its size, but it prints as "
              "'{fewer}': the size would give the count away, so it is left out of the "
              "chart; show the chart as key figures",
        "nl": "de grafiek '{heading}' tekent '{label}' op grootte, maar het staat er als "
              "'{fewer}': de grootte zou het aantal verraden, dus het ontbreekt in de "
              "grafiek; toon de grafiek als kerncijfers",
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
    "paste_too_many": {
        "en": "{count} rows were copied, but only {rows} figures follow from the row "
              "pasted into: nothing was pasted",
        "nl": "er zijn {count} rijen gekopieerd, maar vanaf de rij waarin geplakt is volgen "
              "maar {rows} cijfers: er is niets geplakt",
    },
    "paste_column": {
        "en": "the column {column} cannot be pasted into: nothing was pasted",
        "nl": "in de kolom {column} kan niet geplakt worden: er is niets geplakt",
    },
    "paste_computed": {
        "en": "{label} is computed, not typed: nothing was pasted",
        "nl": "{label} wordt berekend, niet getypt: er is niets geplakt",
    },
    "paste_decimals": {
        "en": "{label}: '{typed}' is not a number of decimals (0 to 3): nothing was pasted",
        "nl": "{label}: '{typed}' is geen aantal decimalen (0 tot en met 3): er is niets "
              "geplakt",
    },
    "spelling": {
        "en": "not in the dictionary: {words}; correct the spelling, or add a name to the "
              "factsheet's word list (right-click the word in the editor)",
        "nl": "niet in het woordenboek: {words}; verbeter de spelling, of voeg een naam toe "
              "aan de woordenlijst van de factsheet (rechtsklik op het woord in de editor)",
    },
    "expected_word_list": {
        "en": "expected a list of words, e.g. - helpwanted.nl",
        "nl": "verwacht een lijst van woorden, bijvoorbeeld - helpwanted.nl",
    },
    "disclosure_limit": {
        "en": "must be a whole number from 1 to 10000, not {typed}",
        "nl": "moet een heel getal van 1 tot en met 10000 zijn, niet {typed}",
    },
    "disclosure_base": {
        "en": "the number of people the percentage is a share of: a whole number, or a "
              "figure id, not {typed}",
        "nl": "het aantal mensen waarvan het percentage een deel is: een heel getal, of de naam "
              "van een cijfer, niet {typed}",
    },
    "edition_precision_changed": {
        "en": "'{label}' was printed with {then} decimal(s) in edition {edition} and now with "
              "{now}: its change ({change}) is the difference of the values as printed, which is "
              "less precise than either; print it with {then} decimal(s) again to compare like "
              "with like",
        "nl": "'{label}' stond in editie {edition} met {then} decimaal/decimalen in de "
              "factsheet en nu met {now}: de verandering ({change}) is het verschil van de "
              "afgedrukte waarden en daardoor minder precies; druk het weer af met {then} "
              "decimaal/decimalen om gelijk met gelijk te vergelijken",
    },
    "edition_not_updated": {
        "en": "{label}: not updated for edition {edition}: it still holds the value of "
              "edition {previous}, {value}; type this edition's value, or confirm it is unchanged",
        "nl": "{label}: niet bijgewerkt voor editie {edition}: dit is nog de waarde van "
              "editie {previous}, {value}; typ de waarde van deze editie, of bevestig dat die "
              "gelijk is gebleven",
    },
    "edition_older_year": {
        "en": "names {year}, a year before the previous edition: '{context}'; if this text "
              "was last year's news, write what is true for {edition}, else mark the mention "
              "as intended",
        "nl": "noemt {year}, een jaar van voor de vorige editie: '{context}'; als deze tekst "
              "nieuws van vorig jaar was, schrijf wat voor {edition} geldt, anders markeer het "
              "jaartal als bedoeld"},
    "edition_older_named": {
        "en": "earlier years are named {count} time(s) in the texts, for review (kept):",
        "nl": "eerdere jaren staan {count} keer in de teksten, om na te kijken (gelaten):"},
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
    "edition_change_suppressed": {
        "en": "{written} prints the change of '{label}', but it prints as '{fewer}': last "
              "year's value plus the change would give it away, so it prints '?'; remove "
              "the reference",
        "nl": "{written} toont de verandering van '{label}', maar dat staat er als '{fewer}': "
              "de waarde van vorig jaar plus de verandering zou het verraden, dus er staat "
              "'?'; haal de verwijzing weg",
    },
    "tile_badge_suppressed": {
        "en": "the tile of '{label}' asks for a change badge, but the figure prints as "
              "'{fewer}' and its change would give it away, so no badge is printed; turn the "
              "badge off",
        "nl": "de tegel van '{label}' vraagt om een veranderingslabel, maar het cijfer staat "
              "er als '{fewer}' en de verandering zou het verraden, dus er staat geen label; "
              "zet het label uit",
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
    # Reading a file (model/storage.py): the file itself, then its YAML.
    "file_missing": {"en": "the file does not exist", "nl": "het bestand bestaat niet"},
    "file_unusable": {"en": "cannot use this file: {reason}",
                      "nl": "dit bestand is niet te gebruiken: {reason}"},
    "file_unreadable": {"en": "cannot read the file: {reason}",
                        "nl": "het bestand is niet te lezen: {reason}"},
    "file_no_permission": {"en": "you have no permission to read it",
                           "nl": "u hebt geen toestemming om het te lezen"},
    "file_not_regular": {"en": "it is not a regular file but {kind}",
                         "nl": "het is geen gewoon bestand maar {kind}"},
    "file_kind_folder": {"en": "a folder", "nl": "een map"},
    "file_kind_pipe": {"en": "a named pipe (FIFO)", "nl": "een named pipe (FIFO)"},
    "file_kind_device": {"en": "a device", "nl": "een apparaat"},
    "file_kind_socket": {"en": "a socket", "nl": "een socket"},
    "file_kind_special": {"en": "a special file", "nl": "een speciaal bestand"},
    "file_too_large": {"en": "it is larger than {size}, the most this app reads from such a file",
                       "nl": "het is groter dan {size}, het meeste dat dit programma uit zo'n "
                             "bestand leest"},
    "file_not_utf8": {
        "en": "the file is not UTF-8 text: this line holds a character in another encoding "
              "(byte {byte}); save the file as UTF-8",
        "nl": "het bestand is geen UTF-8-tekst: deze regel bevat een teken in een andere "
              "codering (byte {byte}); sla het bestand op als UTF-8",
    },
    "file_empty": {"en": "the file is empty", "nl": "het bestand is leeg"},
    "file_not_mapping": {
        "en": "the file must hold named fields (key: value), but it holds {kind}",
        "nl": "het bestand moet velden met een naam bevatten (naam: waarde), maar het bevat "
              "{kind}",
    },
    "yaml_kind_list": {"en": "a list", "nl": "een lijst"},
    "yaml_kind_value": {"en": "a single value", "nl": "één losse waarde"},
    "yaml_invalid": {"en": "not valid YAML: {what}", "nl": "geen geldige YAML: {what}"},
    "yaml_unreadable_line": {"en": "cannot read this line", "nl": "deze regel is niet te lezen"},
    "yaml_forbidden_character": {
        "en": "this line holds a character a YAML file may not hold ({code}, invisible); delete "
              "it (retype the line if need be)",
        "nl": "deze regel bevat een teken dat niet in een YAML-bestand mag ({code}, onzichtbaar); "
              "haal het weg (typ de regel zo nodig opnieuw)",
    },
    "yaml_hidden_line_break": {
        "en": "this line holds an invisible line break ({character}), pasted from a word "
              "processor or web page; delete it (retype the line if need be)",
        "nl": "deze regel bevat een onzichtbare regelovergang ({character}), geplakt uit een "
              "tekstverwerker of webpagina; haal hem weg (typ de regel zo nodig opnieuw)",
    },
    "yaml_too_many_values": {
        "en": "the file holds more than {count:,} values once its aliases (*name) are expanded; "
              "a factsheet needs far fewer: write the values out instead of repeating aliases",
        "nl": "het bestand bevat meer dan {count:,} waarden als de verwijzingen (*naam) zijn "
              "uitgeschreven; een factsheet heeft er veel minder nodig: schrijf de waarden uit "
              "in plaats van verwijzingen te herhalen",
    },
    "yaml_alias_loop": {
        "en": "an alias (*name) here refers to the value it stands in; a value cannot contain "
              "itself",
        "nl": "een verwijzing (*naam) hier verwijst naar de waarde waarin ze staat; een waarde "
              "kan zichzelf niet bevatten",
    },
    "yaml_nested_too_deep": {
        "en": "lists and fields are nested too deep here (a factsheet needs fewer than 10 "
              "levels, at most {depth} are read); check the brackets and the indentation",
        "nl": "lijsten en velden zijn hier te diep genest (een factsheet heeft minder dan 10 "
              "niveaus nodig, er worden er hoogstens {depth} gelezen); controleer de haakjes en "
              "het inspringen",
    },
    "yaml_bad_unicode_escape": {
        "en": "this text in double quotes holds an escape (\\u or \\U followed by digits) that "
              "is no character (half of a surrogate pair?); write the character itself, or a "
              "backslash twice (\\\\)",
        "nl": "deze tekst tussen dubbele aanhalingstekens bevat een escape (\\u of \\U met "
              "cijfers) die geen teken is (de helft van een surrogaatpaar?); schrijf het teken "
              "zelf, of een backslash twee keer (\\\\)",
    },
    "yaml_nested_more_than": {
        "en": "lists and fields are nested more than {depth} deep here; a factsheet needs fewer "
              "than 10 levels: check the brackets and the indentation",
        "nl": "lijsten en velden zijn hier meer dan {depth} diep genest; een factsheet heeft "
              "minder dan 10 niveaus nodig: controleer de haakjes en het inspringen",
    },
    "yaml_control_character": {
        "en": "this line holds an invisible control character; delete it (retype the line if "
              "need be)",
        "nl": "deze regel bevat een onzichtbaar stuurteken; haal het weg (typ de regel zo nodig "
              "opnieuw)",
    },
    "yaml_backslash": {
        "en": "a backslash (\\) in a text in double quotes must be written twice; or use single "
              "quotes",
        "nl": "een backslash (\\) in een tekst tussen dubbele aanhalingstekens moet twee keer "
              "geschreven worden; of gebruik enkele aanhalingstekens",
    },
    "yaml_quote_not_closed": {
        "en": "a quote opens on this line but is never closed; add the closing quote",
        "nl": "op deze regel opent een aanhalingsteken dat nooit sluit; zet het sluitende "
              "aanhalingsteken",
    },
    "yaml_no_colon": {
        "en": "a line without a colon where a field belongs; write name: value",
        "nl": "een regel zonder dubbele punt waar een veld hoort; schrijf naam: waarde",
    },
    "yaml_bracket_not_closed": {
        "en": "a [ or {{ opens on this line but is not closed where it should be; check the "
              "brackets and commas",
        "nl": "op deze regel opent een [ of {{ die niet sluit waar dat zou moeten; controleer de "
              "haakjes en komma's",
    },
    "yaml_colon_in_value": {
        "en": "a colon followed by a space starts a new field here; put a text that holds ': ' "
              "in quotes, or check the indentation of this line",
        "nl": "een dubbele punt met een spatie erna begint hier een nieuw veld; zet een tekst "
              "met ': ' tussen aanhalingstekens, of controleer het inspringen van deze regel",
    },
    "yaml_misaligned": {
        "en": "this line does not line up with the lines above it; check its indentation and "
              "that every quote above it is closed",
        "nl": "deze regel staat niet gelijk met de regels erboven; controleer het inspringen en "
              "of elk aanhalingsteken erboven gesloten is",
    },
    "yaml_tab": {"en": "indent with spaces, not tabs",
                 "nl": "spring in met spaties, niet met tabs"},
    "yaml_bad_start": {
        "en": "a value cannot start with this character (a tab, @ or `); indent with spaces, "
              "and put such a text in quotes",
        "nl": "een waarde kan niet met dit teken beginnen (een tab, @ of `); spring in met "
              "spaties, en zet zo'n tekst tussen aanhalingstekens",
    },
    "yaml_second_document": {
        "en": "a line '---' or '...' ends the factsheet here, and more follows; a file holds "
              "one factsheet: remove that line",
        "nl": "een regel '---' of '...' beëindigt hier de factsheet, en er volgt meer; een "
              "bestand bevat één factsheet: haal die regel weg",
    },
    "yaml_undefined_alias": {
        "en": "a *name here refers to a value marked &name, but no value above has that mark; "
              "put the text in quotes if it starts with *",
        "nl": "een *naam hier verwijst naar een waarde gemarkeerd met &naam, maar geen waarde "
              "erboven heeft die markering; zet de tekst tussen aanhalingstekens als hij met * "
              "begint",
    },
    "yaml_duplicate_anchor": {
        "en": "two values are marked with the same &name; rename one",
        "nl": "twee waarden hebben dezelfde markering &naam; hernoem er een",
    },
    "yaml_key_not_word": {"en": "a field name must be a word",
                          "nl": "de naam van een veld moet een woord zijn"},
    "yaml_key_yes_no": {
        "en": "YAML reads the name {name} as {reading}, not as a name; put it in quotes: "
              "{quoted}:",
        "nl": "YAML leest de naam {name} als {reading}, niet als een naam; zet hem tussen "
              "aanhalingstekens: {quoted}:",
    },
    "yaml_reads_yes": {"en": "yes", "nl": "ja"},
    "yaml_reads_no": {"en": "no", "nl": "nee"},
    "yaml_key_twice": {
        "en": "{key} is given twice in the same place (first on line {line}); remove or rename "
              "one",
        "nl": "{key} staat twee keer op dezelfde plek (eerst op regel {line}); haal er een weg "
              "of hernoem er een",
    },
    "yaml_tag_date": {"en": "a date", "nl": "een datum"},
    "yaml_tag_int": {"en": "a whole number", "nl": "een geheel getal"},
    "yaml_tag_float": {"en": "a number", "nl": "een getal"},
    "yaml_tag_bool": {"en": "yes or no", "nl": "ja of nee"},
    "yaml_tag_null": {"en": "empty", "nl": "leeg"},
    "yaml_tag_binary": {"en": "binary data", "nl": "binaire gegevens"},
    "yaml_no_such_date": {
        "en": "YAML reads {typed} as a date, but there is no such date; put a text in quotes, "
              "or correct the date",
        "nl": "YAML leest {typed} als een datum, maar die datum bestaat niet; zet een tekst "
              "tussen aanhalingstekens, of verbeter de datum",
    },
    "yaml_not_as_marked": {
        "en": "{typed} is marked as {kind} ({mark}) but is not one; remove the mark, or correct "
              "the value",
        "nl": "{typed} is gemarkeerd als {kind} ({mark}) maar is dat niet; haal de markering "
              "weg, of verbeter de waarde",
    },
    "yaml_unknown_mark": {
        "en": "the mark {mark} is not something this app reads; remove it",
        "nl": "de markering {mark} kan dit programma niet lezen; haal hem weg",
    },
    # Reading a factsheet's fields (model/reading.py).
    "text_too_long": {
        "en": "this text is longer than {limit:,} characters, the most a value may hold; a "
              "factsheet's longest text is about 1,000: shorten it",
        "nl": "deze tekst is langer dan {limit} tekens, het meeste dat een waarde mag bevatten; "
              "de langste tekst van een factsheet is zo'n 1000 tekens: maak hem korter",
    },
    "schema_unknown": {
        "en": "this app reads schema versions {oldest} to {newest}, the file says {typed}{newer}",
        "nl": "dit programma leest schemaversies {oldest} tot en met {newest}, het bestand zegt "
              "{typed}{newer}",
    },
    "schema_newer": {"en": " (written by a newer Factsheet studio: update the app)",
                     "nl": " (geschreven door een nieuwere Factsheet studio: werk het programma "
                           "bij)"},
    "history_own_edition": {
        "en": "this is the value of edition {edition}, the factsheet's own: it belongs in "
              "'value', not in the history",
        "nl": "dit is de waarde van editie {edition}, die van de factsheet zelf: die hoort in "
              "'value', niet in de geschiedenis",
    },
    "edition_invalid": {
        "en": "the edition is a year (2020) or a label of letters and digits in quotes "
              "('2020-2021'), not {typed}",
        "nl": "de editie is een jaartal (2020) of een naam van letters en cijfers tussen "
              "aanhalingstekens ('2020-2021'), niet {typed}",
    },
    "expected_text_fields": {"en": "expected a list of text fields, e.g. - blocks.intro.text",
                             "nl": "verwacht een lijst van tekstvelden, bijvoorbeeld "
                                   "- blocks.intro.text"},
    "history_of_formula": {
        "en": "a figure with a formula has no history: its earlier values are computed from "
              "those of the figures it uses",
        "nl": "een cijfer met een formule heeft geen geschiedenis: de eerdere waarden worden "
              "berekend uit die van de cijfers die het gebruikt",
    },
    "expected_history": {"en": "expected the earlier values by edition, e.g. 2019: 299",
                         "nl": "verwacht de eerdere waarden per editie, bijvoorbeeld 2019: 299"},
    "not_an_edition": {"en": "{key} is not an edition: a year (2019) or a label such as "
                             "2019-2020",
                       "nl": "{key} is geen editie: een jaartal (2019) of een naam zoals "
                             "2019-2020"},
    "updated_of_formula": {
        "en": "a figure with a formula is up to date when the figures it uses are; remove this "
              "field",
        "nl": "een cijfer met een formule is bijgewerkt als de cijfers die het gebruikt dat "
              "zijn; haal dit veld weg",
    },
    "must_be_bool": {"en": "must be true or false, not {typed}",
                     "nl": "moet true of false zijn, niet {typed}"},
    "expected_published_decimals": {"en": "expected the decimals by edition, e.g. 2019: 1",
                                    "nl": "verwacht de decimalen per editie, bijvoorbeeld "
                                          "2019: 1"},
    "decimals_range": {"en": "must be a whole number from 0 to 3, not {typed}",
                       "nl": "moet een geheel getal van 0 tot en met 3 zijn, niet {typed}"},
    "expected_fields": {"en": "expected named fields (key: value) here",
                        "nl": "hier worden velden met een naam verwacht (naam: waarde)"},
    "known_fields": {"en": "; known fields: {names}", "nl": "; bekende velden: {names}"},
    "unknown_field": {"en": "unknown field {key}", "nl": "onbekend veld {key}"},
    "field_missing": {"en": "this required field is missing",
                      "nl": "dit verplichte veld ontbreekt"},
    "must_be_text": {"en": "must be text, not {typed} (put it in quotes)",
                     "nl": "moet tekst zijn, niet {typed} (zet het tussen aanhalingstekens)"},
    "unknown_choice": {"en": "unknown {what} {typed}; use one of {choices}",
                       "nl": "onbekende {what} {typed}; gebruik een van {choices}"},
    "use_one_of": {"en": "use one of {choices}, not {typed}",
                   "nl": "gebruik een van {choices}, niet {typed}"},
    "expected_one_of": {"en": "expected one of: {choices}", "nl": "verwacht een van: {choices}"},
    "id_invalid": {"en": "{what} id {typed} must start with a letter and hold only letters, "
                         "digits and _",
                   "nl": "id {typed} ({what}) moet met een letter beginnen en alleen letters, "
                         "cijfers en _ bevatten"},
    "id_twice": {"en": "{what} id {typed} is used twice",
                 "nl": "id {typed} ({what}) wordt twee keer gebruikt"},
    "no_such_figure": {"en": "there is no figure {name}", "nl": "er is geen cijfer {name}"},
    "what_locale": {"en": "locale", "nl": "taalinstelling"},
    "what_figure": {"en": "figure", "nl": "cijfer"},
    "what_figure_type": {"en": "figure type", "nl": "cijfersoort"},
    "what_unit": {"en": "unit", "nl": "eenheid"},
    "what_estimate_style": {"en": "estimate style", "nl": "schrijfwijze van schattingen"},
    "range_typed_estimate_only": {
        "en": "only a typed estimate (type: estimate, with a value) has a range",
        "nl": "alleen een getypte schatting (type: estimate, met een waarde) heeft een marge"},
    "range_needs_both": {"en": "a range needs both 'low' and 'high': add '{missing}'",
                         "nl": "een marge heeft zowel 'low' als 'high' nodig: voeg '{missing}' "
                               "toe"},
    "range_must_hold_value": {"en": "the range {low} to {high} must hold the value {value}",
                              "nl": "de marge {low} tot {high} moet de waarde {value} bevatten"},
    "what_rule": {"en": "rule", "nl": "regel"},
    "what_rule_kind": {"en": "rule kind", "nl": "soort regel"},
    "what_page": {"en": "page", "nl": "pagina"},
    "what_block": {"en": "block", "nl": "blok"},
    "what_block_kind": {"en": "block kind", "nl": "soort blok"},
    "what_entry": {"en": "entry", "nl": "onderdeel"},
    "what_visual_kind": {"en": "visual kind", "nl": "soort grafiek"},
    "expected_figures": {"en": "expected the figures as named entries (id: ...)",
                         "nl": "verwacht de cijfers als onderdelen met een naam (id: ...)"},
    "value_and_formula": {"en": "a figure has either a value or a formula, not both",
                          "nl": "een cijfer heeft een waarde of een formule, niet allebei"},
    "formula_not_text": {"en": "the formula must be text", "nl": "de formule moet tekst zijn"},
    "value_missing": {"en": "this required field is missing (or give a formula)",
                      "nl": "dit verplichte veld ontbreekt (of geef een formule)"},
    "whole_number_decimals": {"en": "{article} {kind} is a whole number and shows no decimals",
                              "nl": "een cijfer van soort {kind} is een geheel getal en toont "
                                    "geen decimalen"},
    "colour_number": {
        "en": "must be a whole number from 1 to 99: the place of the figure's colour in the "
              "theme's chart colours, not {typed}",
        "nl": "moet een geheel getal van 1 tot en met 99 zijn: de plaats van de kleur van het "
              "cijfer in de grafiekkleuren van het thema, niet {typed}",
    },
    "value_empty": {"en": "the value is empty; write digits, e.g. 1300 or 17.7",
                    "nl": "de waarde is leeg; schrijf cijfers, bijvoorbeeld 1300 of 17.7"},
    "value_too_many_digits": {
        "en": "{typed} has {digits} digits; a figure has at most {limit} (more could not be "
              "kept exactly)",
        "nl": "{typed} heeft {digits} cijfers; een cijfer heeft er hoogstens {limit} (meer kan "
              "niet precies bewaard worden)",
    },
    "value_not_number": {"en": "{typed} is not a number; write digits, e.g. 1300 or 17.7",
                         "nl": "{typed} is geen getal; schrijf cijfers, bijvoorbeeld 1300 of "
                               "17.7"},
    "value_thousands_point": {
        "en": "{article} {kind} is a whole number, not {typed}; write thousands without a "
              "point: {thousands}",
        "nl": "een cijfer van soort {kind} is een geheel getal, niet {typed}; schrijf "
              "duizendtallen zonder punt: {thousands}",
    },
    "expected_rules": {"en": "expected a list of rules (each line starting with -)",
                       "nl": "verwacht een lijst van regels (elke regel begint met -)"},
    "rule_needs": {"en": "a {kind} rule needs '{key}'", "nl": "een regel {kind} heeft '{key}' "
                                                              "nodig"},
    "expected_figure_list": {"en": "expected a list of figure ids",
                             "nl": "verwacht een lijst van cijfers (hun id's)"},
    "tolerance_invalid": {"en": "must be a number of 0 or more, not {typed}",
                          "nl": "moet een getal van 0 of meer zijn, niet {typed}"},
    "rounding_not_sum_to_100": {
        "en": "only a sum_to_100 rule rounds its parts together; remove this field",
        "nl": "alleen een regel sum_to_100 rondt zijn delen samen af; haal dit veld weg",
    },
    "rule_rounding_invalid": {
        "en": "use {choices} (the shares rounded together so that they add up to 100), not "
              "{typed}; or remove this field to round each share by itself",
        "nl": "gebruik {choices} (de aandelen samen zo afgerond dat ze 100 zijn), niet "
              "{typed}; of haal dit veld weg om elk aandeel apart af te ronden",
    },
    "rule_rounding_decimals": {
        "en": "shares rounded together must show the same number of decimals, but they show "
              "{shown}; give them the same 'decimals'",
        "nl": "aandelen die samen worden afgerond moeten evenveel decimalen tonen, maar ze "
              "tonen {shown}; geef ze dezelfde 'decimals'",
    },
    "rule_rounding_direction": {
        "en": "'{label}' is rounded {rounding}, but shares rounded together are rounded to the "
              "nearest; remove its 'rounding'",
        "nl": "'{label}' wordt afgerond met {rounding}, maar aandelen die samen worden "
              "afgerond, worden naar het dichtstbijzijnde getal afgerond; haal de 'rounding' weg",
    },
    "rule_rounding_twice": {
        "en": "'{label}' is already rounded together with the shares of rule '{rule}'; a figure "
              "is rounded by one rule",
        "nl": "'{label}' wordt al samen afgerond met de aandelen van regel '{rule}'; een cijfer "
              "wordt door één regel afgerond",
    },
    "expected_pages": {"en": "expected a list of pages (each line starting with -)",
                       "nl": "verwacht een lijst van pagina's (elke regel begint met -)"},
    "expected_blocks": {"en": "expected a list of blocks", "nl": "verwacht een lijst van "
                                                                 "blokken"},
    "expected_block": {"en": "expected a block with id, kind and its fields",
                       "nl": "verwacht een blok met id, kind en zijn velden"},
    "too_many_entries": {
        "en": "this list has {count:,} entries; a list may have at most {limit:,} (a "
              "factsheet's lists have a few dozen)",
        "nl": "deze lijst heeft {count:,} onderdelen; een lijst mag er hoogstens {limit:,} "
              "hebben (de lijsten van een factsheet hebben er een paar dozijn)",
    },
    "too_many_figures": {
        "en": "this list has {count:,} figures; a list may have at most {limit:,}",
        "nl": "deze lijst heeft {count:,} cijfers; een lijst mag er hoogstens {limit:,} hebben",
    },
    "expected_entries": {"en": "expected a list of entries (each line starting with -)",
                         "nl": "verwacht een lijst van onderdelen (elke regel begint met -)"},
    "expected_visual": {"en": "expected a visual with a kind, e.g. kind: donut",
                        "nl": "verwacht een grafiek met een soort, bijvoorbeeld kind: donut"},
}
EDGES = {"en": {"left": "left", "right": "right", "top": "top", "bottom": "bottom"},
         "nl": {"left": "links", "right": "rechts", "top": "boven", "bottom": "onder"}}


LANGUAGES = ("en", "nl")
_chosen_language: str | None = None  # set by the editor (use_language); None: the system's


def say(key: str, language: str | None = None, /, **params: object) -> str:
    """The message `key` of MESSAGES in `language` ('en' or 'nl'; English when the
    language has none; None: `message_language()`), filled in with `params`. KeyError for an
    unknown key or parameter."""
    texts = MESSAGES[key]
    return texts.get(language or message_language(), texts["en"]).format(**params)


def edge_name(edge: str, language: str) -> str:
    """A page edge ('left', 'right', 'top', 'bottom') in words of `language`."""
    return EDGES.get(language, EDGES["en"])[edge]


def use_language(language: str | None) -> None:
    """Word messages made without a language in `language` ('nl' or 'en'), as the editor
    does once it has chosen its interface language; None: the system's again."""
    global _chosen_language
    _chosen_language = language if language in LANGUAGES else None


def message_language() -> str:
    """The language of messages made without one: the editor's choice (use_language), else
    the operating system's (command_line_language)."""
    return _chosen_language or command_line_language()


def command_line_language() -> str:
    """'nl' when the user's system speaks Dutch, else 'en'. The environment first
    (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: 'nl_NL.UTF-8', 'nl:en'), as on Linux and in a macOS
    terminal; then, where none is set, Windows' display language (GetUserDefaultUILanguage),
    macOS' first preferred language (model/system_language.py), or the locale Python finds
    ('nl_NL', 'Dutch_Netherlands')."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX"):
            return _language_of(value)
    if sys.platform == "win32":
        language_id = _windows_display_language()
        if language_id is not None:
            return "nl" if language_id & 0x3FF == _DUTCH_PRIMARY_LANGUAGE else "en"
    if sys.platform == "darwin":
        preferred = system.system_language("darwin")
        if preferred is not None:
            return preferred
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:  # a locale name Python does not know
        name = ""
    return _language_of(name)


_DUTCH_PRIMARY_LANGUAGE = 0x13  # LANG_DUTCH: the low 10 bits of a Windows LANGID (0x0413)


def _language_of(name: str) -> str:
    """'nl' for a locale name of Dutch ('nl_NL.UTF-8', 'nl-BE', 'nl:en', 'Dutch_Netherlands'),
    else 'en'."""
    return "nl" if name.lower().startswith(("nl", "dutch")) else "en"


def _windows_display_language() -> int | None:
    """The Windows LANGID of the user's display language (0x0413 for Dutch), or None where
    it cannot be asked."""
    try:
        return system.windows_ui_language()
    except (ImportError, AttributeError, OSError):
        return None
