<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../checks_panel.py" line="34"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="34"/>
        <source>What is wrong</source>
        <translation>Wat er mis is</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="34"/>
        <location filename="../find_replace.py" line="91"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="53"/>
        <location filename="../checks_panel.py" line="68"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="53"/>
        <location filename="../checks_panel.py" line="68"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="81"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="79"/>
        <source>Checking the factsheet…</source>
        <translation>De factsheet wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="90"/>
        <location filename="../forms.py" line="610"/>
        <source>{action}: {place}</source>
        <translation>{action}: {place}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="44"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="45"/>
        <source>{name} has changes that are not saved. Save them?</source>
        <translation>{name} heeft wijzigingen die niet zijn opgeslagen. Wilt u ze opslaan?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="52"/>
        <source>Revert to saved</source>
        <translation>Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="53"/>
        <source>Throw away the changes to {name} since it was last saved?</source>
        <translation>De wijzigingen in {name} sinds het laatste opslaan weggooien?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="73"/>
        <source>{name} was changed after that copy was made, so the copy opens as a new factsheet: save it under a name of its own.</source>
        <translation>{name} is gewijzigd nadat die kopie is gemaakt. Daarom opent de kopie als een nieuwe factsheet: sla hem op onder een eigen naam.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76"/>
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80"/>
        <source>Restore it?</source>
        <translation>Herstellen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="79"/>
        <source>What the copy changes:</source>
        <translation>Wat de kopie wijzigt:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="70"/>
        <source>Factsheet studio was closed without saving {name}. A recovery copy of your changes was written on {when}.</source>
        <translation>Factsheet studio is afgesloten zonder dat {name} was opgeslagen. Op {when} is een herstelkopie van uw wijzigingen geschreven.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65"/>
        <source>Factsheet studio was closed before your new factsheet was saved. A recovery copy of your work was written on {when}.</source>
        <translation>Factsheet studio is afgesloten voordat uw nieuwe factsheet was opgeslagen. Op {when} is een herstelkopie van uw werk geschreven.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="67"/>
        <source>It opens as a new factsheet again: save it with File → Save as.</source>
        <translation>Die opent weer als nieuwe factsheet: sla hem op met Bestand → Opslaan als.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="87"/>
        <source>The factsheet has errors. Save it anyway?</source>
        <translation>De factsheet bevat fouten. Toch opslaan?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="87"/>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="88"/>
        <source>The factsheet has errors. Export it anyway?</source>
        <translation>De factsheet bevat fouten. Toch exporteren?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="88"/>
        <source>Export anyway</source>
        <translation>Toch exporteren</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="90"/>
        <source>Errors in the factsheet</source>
        <translation>Fouten in de factsheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="92"/>
        <source>The checks found:</source>
        <translation>De controles vonden:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="100"/>
        <source>Confirm all unchanged</source>
        <translation>Alles als ongewijzigd bevestigen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="101"/>
        <source>These figures still hold the value of the previous edition. Keep that value in this edition for all of them?</source>
        <translation>Deze cijfers hebben nog de waarde van de vorige editie. Die waarde voor al deze cijfers in deze editie houden?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="105"/>
        <source>Not updated:</source>
        <translation>Niet bijgewerkt:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="111"/>
        <source>Read-only file</source>
        <translation>Alleen-lezen bestand</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="112"/>
        <source>This file is read-only: save as…</source>
        <translation>Dit bestand is alleen-lezen: opslaan als…</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="114"/>
        <source>{name} is marked read-only, so it is not replaced. Save your work as another file.</source>
        <translation>{name} is gemarkeerd als alleen-lezen en wordt dus niet vervangen. Sla uw werk op als een ander bestand.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="116"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="123"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="124"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="131"/>
        <source>File changed</source>
        <translation>Bestand gewijzigd</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="132"/>
        <source>{name} was changed by another program. Load that version? Your unsaved changes would be lost.</source>
        <translation>{name} is door een ander programma gewijzigd. Die versie laden? Uw niet-opgeslagen wijzigingen gaan dan verloren.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="137"/>
        <source>Open factsheet</source>
        <translation>Factsheet openen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="145"/>
        <source>Start from the template:</source>
        <translation>Beginnen met het sjabloon:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="150"/>
        <source>Compare with factsheet</source>
        <translation>Vergelijken met factsheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="155"/>
        <source>Save factsheet</source>
        <translation>Factsheet opslaan</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="160"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="170"/>
        <source>Print proof</source>
        <translation>Proef afdrukken</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="176"/>
        <source>PNG images</source>
        <translation>PNG-afbeeldingen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="179"/>
        <source>All pages</source>
        <translation>Alle pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="181"/>
        <location filename="../main_window.py" line="309"/>
        <location filename="../structure_widgets.py" line="131"/>
        <source>Page {number}</source>
        <translation>Pagina {number}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="186"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="187"/>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <location filename="../new_figure_dialog.py" line="41"/>
        <source>A count of people is checked for small numbers before it is published (fewer than 10 can be printed as &apos;minder dan 10&apos;).</source>
        <translation>Een aantal personen wordt vóór publicatie gecontroleerd op kleine aantallen (minder dan 10 kan worden afgedrukt als &apos;minder dan 10&apos;).</translation>
    </message>
    <message>
        <location filename="../new_figure_dialog.py" line="50"/>
        <source>New figure</source>
        <translation>Nieuw cijfer</translation>
    </message>
    <message>
        <location filename="../new_figure_dialog.py" line="53"/>
        <source>e.g. (stief)ouders</source>
        <translation>bijv. (stief)ouders</translation>
    </message>
    <message>
        <location filename="../new_figure_dialog.py" line="58"/>
        <source>e.g. 14,3</source>
        <translation>bijv. 14,3</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="106"/>
        <location filename="../new_figure_dialog.py" line="61"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="106"/>
        <location filename="../new_figure_dialog.py" line="62"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="106"/>
        <location filename="../new_figure_dialog.py" line="63"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="242"/>
        <source>Figure in use</source>
        <translation>Cijfer in gebruik</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="243"/>
        <source>&apos;{label}&apos; is used. Remove it, and take it out of these places too?</source>
        <translation>&apos;{label}&apos; wordt gebruikt. Verwijderen, en ook uit deze plaatsen halen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="245"/>
        <source>It is used in:</source>
        <translation>Het wordt gebruikt in:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="246"/>
        <source>Remove everywhere</source>
        <translation>Overal verwijderen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="253"/>
        <location filename="../rules_panel.py" line="36"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="253"/>
        <source>Remove {what}? Undo brings it back.</source>
        <translation>{what} verwijderen? Ongedaan maken brengt het terug.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="261"/>
        <source>Add to the rule too?</source>
        <translation>Ook aan de regel toevoegen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="262"/>
        <source>The shares in this chart must make 100% ({parts}). Add &apos;{label}&apos; to that rule too?</source>
        <translation>De percentages in deze grafiek moeten samen 100% zijn ({parts}). &apos;{label}&apos; ook aan die regel toevoegen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="276"/>
        <source>Figures of the chart</source>
        <translation>Cijfers van de grafiek</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="292"/>
        <source>Highlighted</source>
        <translation>Gemarkeerd</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="293"/>
        <source>Out of</source>
        <translation>Van het totaal</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="314"/>
        <source>Which figures does this chart show?</source>
        <translation>Welke cijfers laat deze grafiek zien?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="324"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="345"/>
        <source>What must hold</source>
        <translation>Wat moet kloppen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="346"/>
        <source>Parts</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="347"/>
        <source>Whole</source>
        <translation>Geheel</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="395"/>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="300"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="49"/>
        <source>No differences.</source>
        <translation>Geen verschillen.</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="51"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="52"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="53"/>
        <source>No figure changed.</source>
        <translation>Geen cijfer veranderd.</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="54"/>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="55"/>
        <source>No text changed.</source>
        <translation>Geen tekst veranderd.</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="56"/>
        <source>Other changes</source>
        <translation>Andere wijzigingen</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="80"/>
        <source>{count} other figures are the same in both.</source>
        <translation>De andere {count} cijfers zijn in beide gelijk.</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="87"/>
        <source>The history holds the figures of earlier editions, not their texts: to see the texts that changed, compare with last year&apos;s factsheet file.</source>
        <translation>De geschiedenis bewaart de cijfers van eerdere edities, niet hun teksten: vergelijk met het factsheetbestand van vorig jaar om te zien welke teksten veranderd zijn.</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="93"/>
        <source>&lt;span style=&apos;{removed}&apos;&gt;Struck through&lt;/span&gt;: left out; &lt;span style=&apos;{added}&apos;&gt;marked&lt;/span&gt;: new.</source>
        <translation>&lt;span style=&apos;{removed}&apos;&gt;Doorgestreept&lt;/span&gt;: weggelaten; &lt;span style=&apos;{added}&apos;&gt;gemarkeerd&lt;/span&gt;: nieuw.</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="108"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="109"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="148"/>
        <location filename="../main_window.py" line="502"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="160"/>
        <source>Compare with another factsheet…</source>
        <translation>Vergelijken met een andere factsheet…</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="177"/>
        <source>This factsheet</source>
        <translation>Deze factsheet</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="179"/>
        <source>edition {edition} (open)</source>
        <translation>editie {edition} (geopend)</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="184"/>
        <source>edition {edition} (history)</source>
        <translation>editie {edition} (geschiedenis)</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="188"/>
        <source>edition {edition} ({file})</source>
        <translation>editie {edition} ({file})</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="200"/>
        <source>Nothing to compare with.</source>
        <translation>Niets om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="321"/>
        <source>Figures in this block</source>
        <translation>Cijfers in dit blok</translation>
    </message>
    <message>
        <location filename="../forms.py" line="304"/>
        <source>Other figures</source>
        <translation>Overige cijfers</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="225"/>
        <location filename="../forms.py" line="596"/>
        <source>Computed: {formula}</source>
        <translation>Berekend: {formula}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="598"/>
        <source>= {formula}</source>
        <translation>= {formula}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="368"/>
        <location filename="../figures_table.py" line="100"/>
        <location filename="../structure_widgets.py" line="248"/>
        <source>New figure…</source>
        <translation>Nieuw cijfer…</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="101"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="102"/>
        <source>Rename…</source>
        <translation>Andere naam…</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="103"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="106"/>
        <source>Decimals</source>
        <translation>Decimalen</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="107"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="106"/>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="107"/>
        <location filename="../new_figure_dialog.py" line="59"/>
        <source>Counts people</source>
        <translation>Telt personen</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="223"/>
        <source>Not used</source>
        <translation>Niet gebruikt</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="290"/>
        <location filename="../forms.py" line="633"/>
        <source>Edit {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="297"/>
        <location filename="../structure_actions.py" line="77"/>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="282"/>
        <location filename="../figures_table.py" line="303"/>
        <location filename="../figures_table.py" line="356"/>
        <location filename="../forms.py" line="646"/>
        <location filename="../structure_actions.py" line="155"/>
        <source>Change {label}</source>
        <translation>{label} wijzigen</translation>
    </message>
    <message>
        <location filename="../forms.py" line="574"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../rich_text_edit.py" line="52"/>
        <location filename="../rich_text_edit.py" line="70"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../rich_text_edit.py" line="53"/>
        <location filename="../rich_text_edit.py" line="71"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../rich_text_edit.py" line="77"/>
        <source>Insert figure</source>
        <translation>Cijfer invoegen</translation>
    </message>
    <message>
        <location filename="../rich_text_edit.py" line="96"/>
        <source>in words: {words}</source>
        <translation>in woorden: {words}</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="343"/>
        <source>Not pasted</source>
        <translation>Niet geplakt</translation>
    </message>
    <message>
        <location filename="../figures_table.py" line="347"/>
        <source>Paste {count} cells</source>
        <translation>{count} cellen plakken</translation>
    </message>
    <message>
        <location filename="../rich_text_edit.py" line="94"/>
        <source>number: {shown}</source>
        <translation>getal: {shown}</translation>
    </message>
    <message>
        <location filename="../rich_text_edit.py" line="94"/>
        <source>change: {shown}</source>
        <translation>verandering: {shown}</translation>
    </message>
    <message>
        <location filename="../rich_text_edit.py" line="95"/>
        <source>previous edition: {shown}</source>
        <translation>vorige editie: {shown}</translation>
    </message>
    <message>
        <location filename="../spelling_marks.py" line="140"/>
        <source>(no suggestions)</source>
        <translation>(geen suggesties)</translation>
    </message>
    <message>
        <location filename="../spelling_marks.py" line="143"/>
        <source>Add to the factsheet&apos;s word list</source>
        <translation>Toevoegen aan de woordenlijst van de factsheet</translation>
    </message>
    <message>
        <location filename="../spelling_marks.py" line="219"/>
        <source>Add &apos;{word}&apos; to the word list</source>
        <translation>&apos;{word}&apos; toevoegen aan de woordenlijst</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76"/>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="50"/>
        <location filename="../main_window.py" line="77"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>The pages of the factsheet as they will be printed. Click a text or a figure to edit it in the forms.</source>
        <translation>De pagina&apos;s van de factsheet zoals ze gedrukt worden. Klik op een tekst of een cijfer om die in de formulieren te bewerken.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="35"/>
        <source>Theme: {heading}</source>
        <translation>Thema: {heading}</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="38"/>
        <source>Figure: {label}</source>
        <translation>Cijfer: {label}</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="39"/>
        <source>Tile: {label}</source>
        <translation>Tegel: {label}</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="49"/>
        <source>Social media card</source>
        <translation>Kaart voor sociale media</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="59"/>
        <location filename="../card_dialog.py" line="64"/>
        <location filename="../main_window.py" line="79"/>
        <source>Alt text</source>
        <translation>Alt-tekst</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="60"/>
        <source>&amp;Copy alt text</source>
        <translation>Alt-tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="62"/>
        <source>&amp;Show</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="63"/>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="68"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Figures table</source>
        <translation>Cijfertabel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="81"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>&amp;New from template</source>
        <translation>&amp;Nieuw van sjabloon</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>New e&amp;dition…</source>
        <translation>Nieuwe e&amp;ditie…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>&amp;Confirm all figures unchanged…</source>
        <translation>Alle cijfers als &amp;ongewijzigd bevestigen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergelijken met</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>The &amp;previous edition (the figures&apos; history)</source>
        <translation>De &amp;vorige editie (de geschiedenis van de cijfers)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>&amp;Another factsheet…</source>
        <translation>&amp;Een andere factsheet…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>Re&amp;vert to saved</source>
        <translation>&amp;Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206"/>
        <source>PDF for the &amp;print shop…</source>
        <translation>PDF voor de &amp;drukker…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>PDF for &amp;screens…</source>
        <translation>PDF voor &amp;schermen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="209"/>
        <source>P&amp;NG images…</source>
        <translation>P&amp;NG-afbeeldingen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="210"/>
        <source>&amp;Web page…</source>
        <translation>&amp;Webpagina…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="576"/>
        <source>Confirm with a reason</source>
        <translation>Bevestigen met een reden</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="577"/>
        <source>Why may &apos;{label}&apos; be printed as it is? (shown in the proof sheet)</source>
        <translation>Waarom mag &apos;{label}&apos; zo worden afgedrukt? (staat in de cijferverantwoording)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="582"/>
        <source>Confirm with a reason: {label}</source>
        <translation>Bevestigd met een reden: {label}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="594"/>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="211"/>
        <source>&amp;Social media…</source>
        <translation>&amp;Sociale media…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>Proof sheet (figures for the second &amp;reader)…</source>
        <translation>&amp;Cijferverantwoording (voor de tweede lezer)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="214"/>
        <source>&amp;Print proof…</source>
        <translation>&amp;Proef afdrukken…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>&amp;Find and replace…</source>
        <translation>&amp;Zoeken en vervangen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>&amp;Structure</source>
        <translation>&amp;Opbouw</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>Fit &amp;width</source>
        <translation>Passend in &amp;breedte</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>Fit &amp;page</source>
        <translation>Hele &amp;pagina</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Ware grootte (100%)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>Simulate &amp;print colours (soft proof)</source>
        <translation>&amp;Drukkleuren nabootsen (softproof)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>Ne&amp;xt panel</source>
        <translation>Volge&amp;nd paneel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Pre&amp;vious panel</source>
        <translation>V&amp;orig paneel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Standaardindeling herstellen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>Factsheet studio &amp;help</source>
        <translation>&amp;Hulp bij Factsheet studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>&amp;About Factsheet studio</source>
        <translation>&amp;Over Factsheet studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>New &amp;figure…</source>
        <translation>Nieuw &amp;cijfer…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288"/>
        <source>New &amp;rule…</source>
        <translation>Nieuwe &amp;regel…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Add &amp;block</source>
        <translation>&amp;Blok toevoegen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292"/>
        <source>Add &amp;page</source>
        <translation>&amp;Pagina toevoegen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="293"/>
        <source>Remove pa&amp;ge</source>
        <translation>Pa&amp;gina verwijderen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>On page {number}</source>
        <translation>Op pagina {number}</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="93"/>
        <source>a new factsheet</source>
        <translation>een nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="335"/>
        <source>File moved or deleted</source>
        <translation>Bestand verplaatst of verwijderd</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="336"/>
        <source>{name} was moved, renamed or deleted outside the editor. Your factsheet is still open here: save it (File → Save as) to keep it.</source>
        <translation>{name} is buiten de editor verplaatst, hernoemd of verwijderd. Uw factsheet is hier nog open: sla hem op (Bestand → Opslaan als) om hem te bewaren.</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="350"/>
        <source>No recovery copy</source>
        <translation>Geen herstelkopie</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="351"/>
        <source>The recovery copy of your changes could not be written in {folder}: {reason}.
Until it can, a crash would lose your unsaved changes: save now (File → Save).</source>
        <translation>De herstelkopie van uw wijzigingen kon niet worden geschreven in {folder}: {reason}.
Zolang dat niet lukt, gaan uw niet-opgeslagen wijzigingen bij een crash verloren: sla nu op (Bestand → Opslaan).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="378"/>
        <source>{path} (not reachable now)</source>
        <translation>{path} (nu niet bereikbaar)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="381"/>
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="383"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Lijst wissen</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="90"/>
        <source>Recovery copy unreadable</source>
        <translation>Herstelkopie onleesbaar</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="229"/>
        <location filename="../lifecycle.py" line="120"/>
        <source>Cannot open {name}</source>
        <translation>{name} kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="144"/>
        <location filename="../main_window.py" line="493"/>
        <location filename="../main_window.py" line="649"/>
        <source>New factsheet</source>
        <translation>Nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="189"/>
        <source>The new factsheet</source>
        <translation>De nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="503"/>
        <source>This factsheet has no earlier edition in its figures&apos; history (it is a first edition). Compare it with last year&apos;s factsheet file instead.</source>
        <translation>Deze factsheet heeft geen eerdere editie in de geschiedenis van de cijfers (het is een eerste editie). Vergelijk hem in plaats daarvan met het factsheetbestand van vorig jaar.</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="264"/>
        <source>Choose another name</source>
        <translation>Kies een andere naam</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="243"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="244"/>
        <source>{name} could not be saved: {reason}.
The file on disk was not changed; your work is still open here. Save it somewhere else with Save as.</source>
        <translation>{name} kon niet worden opgeslagen: {reason}.
Het bestand op schijf is niet gewijzigd; uw werk staat hier nog open. Sla het elders op met Opslaan als.</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="250"/>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="616"/>
        <source>Exporting {name}…</source>
        <translation>{name} wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="654"/>
        <source>Sent {name} to {printer}</source>
        <translation>{name} is naar {printer} gestuurd</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="659"/>
        <source>Exported {files}</source>
        <translation>Geëxporteerd: {files}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="664"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="664"/>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="683"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="684"/>
        <source>{name} was not exported: {reason}
An earlier file of that name is unchanged.</source>
        <translation>{name} is niet geëxporteerd: {reason}
Een eerder bestand met die naam is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="74"/>
        <source>About Factsheet studio</source>
        <translation>Over Factsheet studio</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="40"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="43"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="48"/>
        <source>Interface language</source>
        <translation>Taal van de bediening</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="49"/>
        <source>A new language shows after the next start.</source>
        <translation>Een andere taal verschijnt na de volgende start.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="50"/>
        <source>Check every exported PDF once more (PDF/X, PDF/UA)</source>
        <translation>Elke geëxporteerde PDF nog eens controleren (PDF/X, PDF/UA)</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="51"/>
        <source>Reads each PDF back as a print shop&apos;s preflight would, before it replaces the file; the export takes a little longer.</source>
        <translation>Leest elke PDF terug zoals de controle van een drukkerij dat doet, voordat hij het bestand vervangt; de export duurt dan iets langer.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="92"/>
        <source>Edit a data factsheet in forms, check its figures and export it for print, screen and social media.</source>
        <translation>Bewerk een factsheet met cijfers in formulieren, controleer de cijfers en exporteer voor drukwerk, scherm en sociale media.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="94"/>
        <source>Factsheet studio is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Factsheet studio is vrije software onder de GNU General Public License, versie 3 of later.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="96"/>
        <source>Software and data of others in this app</source>
        <translation>Software en gegevens van anderen in dit programma</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="97"/>
        <source>Bundled fonts</source>
        <translation>Meegeleverde lettertypen</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="102"/>
        <source>The full licence texts are in {file}.</source>
        <translation>De volledige licentieteksten staan in {file}.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="104"/>
        <source>The licence texts are missing from this installation.</source>
        <translation>De licentieteksten ontbreken in deze installatie.</translation>
    </message>
    <message>
        <location filename="../rules_panel.py" line="34"/>
        <source>New rule…</source>
        <translation>Nieuwe regel…</translation>
    </message>
    <message>
        <location filename="../rules_panel.py" line="35"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="94"/>
        <source>Not added</source>
        <translation>Niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="102"/>
        <source>Add figure {label}</source>
        <translation>Cijfer {label} toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="109"/>
        <source>Duplicate figure {label}</source>
        <translation>Cijfer {label} dupliceren</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="127"/>
        <source>Rename figure</source>
        <translation>Cijfer hernoemen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="128"/>
        <source>New name of &apos;{label}&apos; (letters, digits and _; texts refer to it as {{name}}):</source>
        <translation>Nieuwe naam van &apos;{label}&apos; (letters, cijfers en _; teksten verwijzen ernaar als {{naam}}):</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="132"/>
        <source>Rename figure {old} to {new}</source>
        <translation>Cijfer {old} hernoemen tot {new}</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="139"/>
        <source>Remove figure {label}</source>
        <translation>Cijfer {label} verwijderen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="143"/>
        <source>Not removed</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="144"/>
        <source>&apos;{label}&apos; is used in a formula, so it cannot be removed. Change that formula first. It is used in:
{places}</source>
        <translation>&apos;{label}&apos; wordt in een formule gebruikt en kan daarom niet worden verwijderd. Verander eerst die formule. Het wordt gebruikt in:
{places}</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="160"/>
        <source>Add entry</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="164"/>
        <source>Duplicate entry</source>
        <translation>Onderdeel dupliceren</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="168"/>
        <source>Remove entry</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="172"/>
        <source>Move entry up</source>
        <translation>Onderdeel omhoog</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="172"/>
        <source>Move entry down</source>
        <translation>Onderdeel omlaag</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="177"/>
        <location filename="../structure_widgets.py" line="110"/>
        <location filename="../structure_widgets.py" line="156"/>
        <source>Add block</source>
        <translation>Blok toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="182"/>
        <source>Remove {title}</source>
        <translation>{title} verwijderen</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="147"/>
        <source>Add an entry after the current one</source>
        <translation>Nieuw onderdeel na het huidige</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="148"/>
        <source>Duplicate the current entry</source>
        <translation>Huidig onderdeel dupliceren</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="149"/>
        <source>Move the current entry or block up</source>
        <translation>Huidig onderdeel of blok omhoog</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="150"/>
        <source>Move the current entry or block down</source>
        <translation>Huidig onderdeel of blok omlaag</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="151"/>
        <source>Remove the current entry</source>
        <translation>Huidig onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="230"/>
        <source>Edit in the form</source>
        <translation>Bewerken in het formulier</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="235"/>
        <source>Add {what} after this one</source>
        <translation>{what} hierna toevoegen</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="236"/>
        <source>Duplicate this {what}</source>
        <translation>{what} dupliceren</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="237"/>
        <source>Move {what} up</source>
        <translation>{what} omhoog</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="238"/>
        <source>Move {what} down</source>
        <translation>{what} omlaag</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="239"/>
        <source>Remove this {what}</source>
        <translation>{what} verwijderen</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="248"/>
        <source>Block ‘{title}’</source>
        <translation>Blok ‘{title}’</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="262"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="280"/>
        <location filename="../structure_actions.py" line="186"/>
        <source>Move block up</source>
        <translation>Blok omhoog</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="281"/>
        <location filename="../structure_actions.py" line="186"/>
        <source>Move block down</source>
        <translation>Blok omlaag</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="286"/>
        <source>Remove block…</source>
        <translation>Blok verwijderen…</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="210"/>
        <location filename="../structure_actions.py" line="216"/>
        <source>Move block to another page</source>
        <translation>Blok naar een andere pagina</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="219"/>
        <source>Add page</source>
        <translation>Pagina toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="223"/>
        <source>page {number}</source>
        <translation>pagina {number}</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="224"/>
        <source>Remove page</source>
        <translation>Pagina verwijderen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="240"/>
        <source>Change chart</source>
        <translation>Grafiek wijzigen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="256"/>
        <source>Add {label} to chart</source>
        <translation>{label} aan grafiek toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="260"/>
        <source>Remove figure from chart</source>
        <translation>Cijfer uit grafiek halen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="264"/>
        <source>Move figure in chart</source>
        <translation>Cijfer in grafiek verplaatsen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="271"/>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="278"/>
        <source>Change rule</source>
        <translation>Regel wijzigen</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="281"/>
        <source>Remove rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="93"/>
        <source>Add a new entry after this one</source>
        <translation>Een nieuw onderdeel na dit toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="95"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="95"/>
        <source>Duplicate this entry</source>
        <translation>Dit onderdeel dupliceren</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="97"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="98"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="99"/>
        <source>Remove this entry</source>
        <translation>Dit onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="105"/>
        <source>Page…</source>
        <translation>Pagina…</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="105"/>
        <source>Move this block to another page</source>
        <translation>Dit blok naar een andere pagina verplaatsen</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="127"/>
        <source>Move block to page</source>
        <translation>Blok naar pagina</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="133"/>
        <source>A new page</source>
        <translation>Een nieuwe pagina</translation>
    </message>
    <message>
        <location filename="../element_menu.py" line="278"/>
        <location filename="../structure_widgets.py" line="110"/>
        <source>Add a block after this one</source>
        <translation>Een blok na dit toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="116"/>
        <source>Move this block up</source>
        <translation>Dit blok omhoog</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="118"/>
        <source>Move this block down</source>
        <translation>Dit blok omlaag</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="121"/>
        <source>Remove this block</source>
        <translation>Dit blok verwijderen</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="205"/>
        <source>Add figure</source>
        <translation>Cijfer toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="205"/>
        <source>Add a figure to this chart</source>
        <translation>Een cijfer aan deze grafiek toevoegen</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="214"/>
        <source>Move the chosen figure up</source>
        <translation>Het gekozen cijfer omhoog</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="216"/>
        <source>Move the chosen figure down</source>
        <translation>Het gekozen cijfer omlaag</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="218"/>
        <source>Take the chosen figure out of the chart</source>
        <translation>Het gekozen cijfer uit de grafiek halen</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="50"/>
        <location filename="../lifecycle.py" line="159"/>
        <location filename="../lifecycle.py" line="173"/>
        <source>New edition</source>
        <translation>Nieuwe editie</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="55"/>
        <source>New edition (a year or a label)</source>
        <translation>Nieuwe editie (een jaartal of een naam)</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="57"/>
        <source>Every figure keeps its value of edition {previous} in its history and is marked not yet updated until you type this edition&apos;s value or confirm it unchanged.
{previous} and earlier years appear in these places; ticked ones get the new edition&apos;s year. A year that refers to something that happened then must stay.</source>
        <translation>Elk cijfer bewaart zijn waarde van editie {previous} in zijn geschiedenis en staat op niet bijgewerkt tot u de waarde van deze editie typt of bevestigt dat die ongewijzigd is.
{previous} en eerdere jaren staan op deze plaatsen; aangevinkte plaatsen krijgen het jaartal van de nieuwe editie. Een jaartal dat verwijst naar iets wat toen gebeurde, moet blijven staan.</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="160"/>
        <source>This factsheet does not say which edition it is. Add a line such as &apos;edition: 2019&apos; at its top, after schema_version, and open it again.</source>
        <translation>Deze factsheet zegt niet welke editie het is. Voeg bovenaan, na schema_version, een regel toe zoals &apos;edition: 2019&apos; en open de factsheet opnieuw.</translation>
    </message>
    <message>
        <location filename="../lifecycle.py" line="180"/>
        <source>Edition {edition}: type the new figures, or confirm them unchanged in the checks list; then Save as.</source>
        <translation>Editie {edition}: typ de nieuwe cijfers, of bevestig in de controlelijst dat ze ongewijzigd zijn; kies daarna Opslaan als.</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="37"/>
        <source>Move to a new page</source>
        <translation>Naar een nieuwe pagina</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="39"/>
        <source>Add a page</source>
        <translation>Pagina toevoegen</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="41"/>
        <location filename="../fixes.py" line="84"/>
        <source>Remove the doubled sign</source>
        <translation>Dubbel teken weghalen</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="43"/>
        <source>Print as &apos;fewer than&apos;</source>
        <translation>Afdrukken als &apos;minder dan&apos;</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="45"/>
        <source>Confirm with a reason…</source>
        <translation>Bevestigen met een reden…</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="47"/>
        <source>Merge with…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="33"/>
        <source>Put &apos;{entry}&apos; before &apos;{neighbour}&apos;</source>
        <translation>Zet &apos;{entry}&apos; vóór &apos;{neighbour}&apos;</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="34"/>
        <source>Put &apos;{entry}&apos; after &apos;{neighbour}&apos;</source>
        <translation>Zet &apos;{entry}&apos; na &apos;{neighbour}&apos;</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="49"/>
        <source>Show as key figures</source>
        <translation>Tonen als kerncijfers</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="51"/>
        <source>Round together</source>
        <translation>Samen afronden</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="79"/>
        <source>Round together: {labels}</source>
        <translation>Samen afronden: {labels}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="231"/>
        <source>Merge with</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="232"/>
        <source>Merge &apos;{label}&apos; with which category? The merged category shows the sum of both.</source>
        <translation>Met welke categorie wordt &apos;{label}&apos; samengevoegd? De samengevoegde categorie toont de som van beide.</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="122"/>
        <source>Merge {label} with {other}</source>
        <translation>{label} samenvoegen met {other}</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="52"/>
        <location filename="../forms.py" line="608"/>
        <source>Confirm unchanged</source>
        <translation>Bevestig ongewijzigd</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="52"/>
        <source>Mark as intended</source>
        <translation>Markeer als bedoeld</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="65"/>
        <source>Confirm unchanged: {label}</source>
        <translation>Ongewijzigd bevestigd: {label}</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="71"/>
        <source>Year intended: {field}</source>
        <translation>Jaartal bedoeld: {field}</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="76"/>
        <source>Print as &apos;fewer than&apos;: {label}</source>
        <translation>Afdrukken als &apos;minder dan&apos;: {label}</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="94"/>
        <source>Every figure is up to date for this edition.</source>
        <translation>Alle cijfers zijn bijgewerkt voor deze editie.</translation>
    </message>
    <message>
        <location filename="../fixes.py" line="98"/>
        <source>Confirm {count} figures unchanged</source>
        <translation>{count} cijfers als ongewijzigd bevestigen</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="66"/>
        <source>Find and replace</source>
        <translation>Zoeken en vervangen</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="72"/>
        <source>e.g. 2019</source>
        <translation>bijv. 2019</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="75"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="76"/>
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="77"/>
        <source>Match case</source>
        <translation>Hoofdlettergevoelig</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="78"/>
        <source>Whole words only</source>
        <translation>Alleen hele woorden</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="79"/>
        <source>Also inside figure references {…}</source>
        <translation>Ook binnen verwijzingen naar cijfers {…}</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="81"/>
        <source>A figure reference such as {visitors_total} names a figure; changing it makes it point to another figure, or to none.</source>
        <translation>Een verwijzing zoals {visitors_total} noemt een cijfer; wie haar verandert, laat haar naar een ander cijfer wijzen, of naar geen enkel.</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="91"/>
        <source>Found (and what it becomes)</source>
        <translation>Gevonden (en wat het wordt)</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="97"/>
        <source>Replace ticked</source>
        <translation>Aangevinkte vervangen</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="99"/>
        <source>Replace all</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="143"/>
        <source>{found} (in the figure &apos;{figure}&apos;: change the figure to change this)</source>
        <translation>{found} (in het cijfer &apos;{figure}&apos;: wijzig het cijfer om dit te veranderen)</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="150"/>
        <source>Type what to find.</source>
        <translation>Typ wat u zoekt.</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="152"/>
        <source>Not found.</source>
        <translation>Niet gevonden.</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="154"/>
        <source>{count} found in {fields} fields; untick those to keep.</source>
        <translation>{count} gevonden in {fields} velden; vink uit wat moet blijven.</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="173"/>
        <source>Replace &apos;{find}&apos; with &apos;{replacement}&apos; ({count}×)</source>
        <translation>&apos;{find}&apos; vervangen door &apos;{replacement}&apos; ({count}×)</translation>
    </message>
    <message>
        <location filename="../find_replace.py" line="177"/>
        <source>Replaced {count}×. Undo (Ctrl+Z) takes it back in one step.</source>
        <translation>{count}× vervangen. Ongedaan maken (Ctrl+Z) draait het in één stap terug.</translation>
    </message>
    <message>
        <location filename="../help_window.py" line="51"/>
        <source>Factsheet studio help</source>
        <translation>Hulp bij Factsheet studio</translation>
    </message>
    <message>
        <location filename="../help_window.py" line="54"/>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <location filename="../help_window.py" line="58"/>
        <source>The help could not be read: {reason}</source>
        <translation>De hulp kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../app.py" line="188"/>
        <source>Something went wrong inside the app: {error}

Save your work now (File → Save, or Save as to keep this version apart). Please report this:

{details}</source>
        <translation>Er ging iets mis in het programma zelf: {error}

Sla uw werk nu op (Bestand → Opslaan, of Opslaan als om deze versie apart te bewaren). Meld dit alstublieft:

{details}</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../card_dialog.py" line="23"/>
        <source>Square post (1080 × 1080)</source>
        <translation>Vierkant bericht (1080 × 1080)</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="24"/>
        <source>Portrait post (1080 × 1350)</source>
        <translation>Staand bericht (1080 × 1350)</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="25"/>
        <source>Story (1080 × 1920)</source>
        <translation>Story (1080 × 1920)</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="26"/>
        <source>LinkedIn / X (1200 × 627)</source>
        <translation>LinkedIn / X (1200 × 627)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="356"/>
        <source>these parts make that whole</source>
        <translation>deze delen zijn samen dat geheel</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="357"/>
        <source>these shares make 100%</source>
        <translation>deze percentages zijn samen 100%</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="358"/>
        <source>this part is never more than that whole</source>
        <translation>dit deel is nooit meer dan dat geheel</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../figure_panel.py" line="116"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="131"/>
        <location filename="../figure_panel.py" line="293"/>
        <source>Sum</source>
        <translation>Som</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="345"/>
        <source>edition {edition}</source>
        <translation>editie {edition}</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="346"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="407"/>
        <source>Over the editions</source>
        <translation>Over de edities</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="408"/>
        <source>Click a figure in the form or the preview to see its value in every edition.</source>
        <translation>Klik op een cijfer in het formulier of het voorbeeld om de waarde in elke editie te zien.</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="415"/>
        <source>per edition</source>
        <translation>per editie</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="438"/>
        <source>No earlier edition yet: the history starts with the next edition.</source>
        <translation>Nog geen eerdere editie: de geschiedenis begint bij de volgende editie.</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="441"/>
        <source>Not yet updated: the hatched bar of {edition} is still the value of {previous}.</source>
        <translation>Nog niet bijgewerkt: de gearceerde staaf van {edition} is nog de waarde van {previous}.</translation>
    </message>
</context>
<context>
    <name>FileName</name>
    <message>
        <location filename="../export_names.py" line="16"/>
        <source>print</source>
        <translation>drukwerk</translation>
    </message>
    <message>
        <location filename="../export_names.py" line="17"/>
        <source>screen</source>
        <translation>scherm</translation>
    </message>
    <message>
        <location filename="../export_names.py" line="18"/>
        <source>proof</source>
        <translation>cijferverantwoording</translation>
    </message>
    <message>
        <location filename="../export_names.py" line="19"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../export_names.py" line="21"/>
        <source>card</source>
        <translation>kaart</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../forms.py" line="83"/>
        <source>Line above the title</source>
        <translation>Regel boven de titel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="84"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="85"/>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <location filename="../forms.py" line="86"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../forms.py" line="87"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="88"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../forms.py" line="89"/>
        <source>Word before each number</source>
        <translation>Woord voor elk nummer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Caption</source>
        <translation>Onderschrift</translation>
    </message>
    <message>
        <location filename="../forms.py" line="91"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../forms.py" line="92"/>
        <source>Figure shown large</source>
        <translation>Groot getoond cijfer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="93"/>
        <source>Part</source>
        <translation>Deel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="94"/>
        <source>Whole</source>
        <translation>Geheel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="95"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../forms.py" line="96"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../forms.py" line="97"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../forms.py" line="98"/>
        <location filename="../structure_widgets.py" line="37"/>
        <source>icons, one per percent</source>
        <translation>figuurtjes, één per procent</translation>
    </message>
    <message>
        <location filename="../forms.py" line="102"/>
        <location filename="../structure_widgets.py" line="38"/>
        <source>columns over the editions</source>
        <translation>kolommen over de edities</translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <location filename="../structure_widgets.py" line="35"/>
        <source>percentage bars</source>
        <translation>percentagebalken</translation>
    </message>
    <message>
        <location filename="../forms.py" line="100"/>
        <location filename="../structure_widgets.py" line="34"/>
        <source>donut</source>
        <translation>donut</translation>
    </message>
    <message>
        <location filename="../forms.py" line="101"/>
        <location filename="../structure_widgets.py" line="36"/>
        <source>big numbers</source>
        <translation>grote getallen</translation>
    </message>
    <message>
        <location filename="../forms.py" line="103"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../forms.py" line="104"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../forms.py" line="105"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../forms.py" line="106"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../forms.py" line="107"/>
        <source>Under the number</source>
        <translation>Onder het getal</translation>
    </message>
    <message>
        <location filename="../forms.py" line="108"/>
        <source>the change since the previous edition</source>
        <translation>de verandering sinds de vorige editie</translation>
    </message>
    <message>
        <location filename="../forms.py" line="112"/>
        <source>printed in the numbered notes as &quot;Source: …&quot;</source>
        <translation>afgedrukt in de genummerde noten als &quot;Bron: …&quot;</translation>
    </message>
    <message>
        <location filename="../forms.py" line="113"/>
        <source>printed as a numbered note at the foot of the last page</source>
        <translation>afgedrukt als genummerde noot onderaan de laatste pagina</translation>
    </message>
    <message>
        <location filename="../forms.py" line="116"/>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../forms.py" line="117"/>
        <source>estimate</source>
        <translation>schatting</translation>
    </message>
    <message>
        <location filename="../forms.py" line="118"/>
        <source>decimal</source>
        <translation>decimaal getal</translation>
    </message>
    <message>
        <location filename="../forms.py" line="119"/>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../i18n.py" line="53"/>
        <source>en</source>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../i18n.py" line="29"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="30"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <location filename="../structure_actions.py" line="29"/>
        <source>the text of {place}</source>
        <translation>de tekst van {place}</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="30"/>
        <source>the number of {place}</source>
        <translation>het getal van {place}</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="31"/>
        <source>the chart of {place}</source>
        <translation>de grafiek van {place}</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="32"/>
        <source>the rule {place}</source>
        <translation>de regel {place}</translation>
    </message>
    <message>
        <location filename="../structure_actions.py" line="33"/>
        <source>the formula of {place}</source>
        <translation>de formule van {place}</translation>
    </message>
    <message>
        <location filename="../structure_widgets.py" line="33"/>
        <source>no chart</source>
        <translation>geen grafiek</translation>
    </message>
</context>
</TS>
