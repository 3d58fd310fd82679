<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../checks_panel.py" line="22"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="22"/>
        <source>What is wrong</source>
        <translation>Wat er mis is</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="22"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="36"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="36"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="38"/>
        <source>{field} (line {line})</source>
        <translation>{field} (regel {line})</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="51"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <source>{name} has changes that are not saved. Save them?</source>
        <translation>{name} heeft wijzigingen die niet zijn opgeslagen. Wilt u ze opslaan?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="42"/>
        <source>Revert to saved</source>
        <translation>Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="43"/>
        <source>Throw away the changes to {name} since it was last saved?</source>
        <translation>De wijzigingen in {name} sinds het laatste opslaan weggooien?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54"/>
        <source>The factsheet studio was closed without saving {name}. A recovery copy of your changes was written on {when}.</source>
        <translation>Factsheet studio is afgesloten zonder dat {name} was opgeslagen. Op {when} is een herstelkopie van uw wijzigingen geschreven.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="57"/>
        <source>{name} was changed after that copy was made, so the copy opens as a new factsheet: save it under a name of its own.</source>
        <translation>{name} is gewijzigd nadat die kopie is gemaakt. Daarom opent de kopie als een nieuwe factsheet: sla hem op onder een eigen naam.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="60"/>
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="64"/>
        <source>Restore it?</source>
        <translation>Herstellen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="63"/>
        <source>What the copy changes:</source>
        <translation>Wat de kopie wijzigt:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="71"/>
        <source>The factsheet has errors. Save it anyway?</source>
        <translation>De factsheet bevat fouten. Toch opslaan?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="71"/>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="72"/>
        <source>The factsheet has errors. Export it anyway?</source>
        <translation>De factsheet bevat fouten. Toch exporteren?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="72"/>
        <source>Export anyway</source>
        <translation>Toch exporteren</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="74"/>
        <source>Errors in the factsheet</source>
        <translation>Fouten in de factsheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76"/>
        <source>The checks found:</source>
        <translation>De controles vonden:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="84"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="85"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="92"/>
        <source>File changed</source>
        <translation>Bestand gewijzigd</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="93"/>
        <source>{name} was changed by another program. Load that version? Your unsaved changes would be lost.</source>
        <translation>{name} is door een ander programma gewijzigd. Die versie laden? Uw niet-opgeslagen wijzigingen gaan dan verloren.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="98"/>
        <source>Open factsheet</source>
        <translation>Factsheet openen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="103"/>
        <source>Save factsheet</source>
        <translation>Factsheet opslaan</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="108"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="114"/>
        <source>PNG images</source>
        <translation>PNG-afbeeldingen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="117"/>
        <source>All pages</source>
        <translation>Alle pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="119"/>
        <source>Page {number}</source>
        <translation>Pagina {number}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="124"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="125"/>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="152"/>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="148"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../forms.py" line="157"/>
        <source>Figures in this block</source>
        <translation>Cijfers in dit blok</translation>
    </message>
    <message>
        <location filename="../forms.py" line="163"/>
        <source>Other figures</source>
        <translation>Overige cijfers</translation>
    </message>
    <message>
        <location filename="../forms.py" line="256"/>
        <source>Computed: {formula}</source>
        <translation>Berekend: {formula}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="258"/>
        <source>= {formula}</source>
        <translation>= {formula}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="276"/>
        <source>Edit {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <location filename="../forms.py" line="286"/>
        <source>Change {label}</source>
        <translation>{label} wijzigen</translation>
    </message>
    <message>
        <location filename="../forms.py" line="396"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../forms.py" line="396"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../forms.py" line="400"/>
        <source>Insert figure</source>
        <translation>Cijfer invoegen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69"/>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="71"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="73"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>Alt text</source>
        <translation>Alt-tekst</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>&amp;New from template</source>
        <translation>&amp;Nieuw van sjabloon</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>New e&amp;dition…</source>
        <translation>Nieuwe e&amp;ditie…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118"/>
        <source>Re&amp;vert to saved</source>
        <translation>&amp;Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>PDF for the &amp;print shop…</source>
        <translation>PDF voor de &amp;drukker…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>PDF for &amp;screens…</source>
        <translation>PDF voor &amp;schermen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>P&amp;NG images…</source>
        <translation>P&amp;NG-afbeeldingen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Fit &amp;width</source>
        <translation>Passend in &amp;breedte</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Fit &amp;page</source>
        <translation>Hele &amp;pagina</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Ware grootte (100%)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Simulate &amp;print colours (soft proof)</source>
        <translation>&amp;Drukkleuren nabootsen (softproof)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>&amp;About Factsheet studio</source>
        <translation>&amp;Over Factsheet studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207"/>
        <source>a new factsheet</source>
        <translation>een nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>Recovery copy unreadable</source>
        <translation>Herstelkopie onleesbaar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>Cannot open {name}</source>
        <translation>{name} kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>New factsheet</source>
        <translation>Nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>The new factsheet</source>
        <translation>De nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="357"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358"/>
        <source>{name} could not be saved: {reason}.
The file on disk was not changed; your work is still open here. Save it somewhere else with Save as.</source>
        <translation>{name} kon niet worden opgeslagen: {reason}.
Het bestand op schijf is niet gewijzigd; uw werk staat hier nog open. Sla het elders op met Opslaan als.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="364"/>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>Exporting {name}…</source>
        <translation>{name} wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="408"/>
        <source>Exported {files}</source>
        <translation>Geëxporteerd: {files}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="421"/>
        <source>{name} was not exported: {reason}
An earlier file of that name is unchanged.</source>
        <translation>{name} is niet geëxporteerd: {reason}
Een eerder bestand met die naam is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="432"/>
        <source>About Factsheet studio</source>
        <translation>Over Factsheet studio</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="18"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="21"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="26"/>
        <source>Interface language</source>
        <translation>Taal van de bediening</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="27"/>
        <source>A new language shows after the next start.</source>
        <translation>Een andere taal verschijnt na de volgende start.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="41"/>
        <source>Edit a data factsheet in forms, check its figures and export it for print, screen and social media.</source>
        <translation>Bewerk een factsheet met cijfers in formulieren, controleer de cijfers en exporteer voor drukwerk, scherm en sociale media.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="43"/>
        <source>Bundled fonts</source>
        <translation>Meegeleverde lettertypen</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="60"/>
        <location filename="../edition_dialog.py" line="121"/>
        <location filename="../edition_dialog.py" line="135"/>
        <source>New edition</source>
        <translation>Nieuwe editie</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="65"/>
        <source>New edition (a year or a label)</source>
        <translation>Nieuwe editie (een jaartal of een naam)</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="67"/>
        <source>Every figure keeps its {previous} value in its history and is marked not yet updated until you type this edition&apos;s value or confirm it unchanged.
{previous} appears in these places; ticked ones get the new edition&apos;s year. A year that refers to something that happened then must stay.</source>
        <translation>Elk cijfer bewaart zijn waarde van {previous} in zijn geschiedenis en staat op niet bijgewerkt tot u de waarde van deze editie typt of bevestigt dat die ongewijzigd is.
{previous} staat op deze plaatsen; aangevinkte plaatsen krijgen het jaartal van de nieuwe editie. Een jaartal dat verwijst naar iets wat toen gebeurde, moet blijven staan.</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="122"/>
        <source>This factsheet does not say which edition it is. Add a line such as &apos;edition: 2019&apos; at its top, after schema_version, and open it again.</source>
        <translation>Deze factsheet zegt niet welke editie het is. Voeg bovenaan, na schema_version, een regel toe zoals &apos;edition: 2019&apos; en open de factsheet opnieuw.</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="142"/>
        <source>Edition {edition}: type the new figures, or confirm them unchanged in the checks list; then Save as.</source>
        <translation>Editie {edition}: typ de nieuwe cijfers, of bevestig in de controlelijst dat ze ongewijzigd zijn; kies daarna Opslaan als.</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="150"/>
        <source>Confirm unchanged</source>
        <translation>Bevestig ongewijzigd</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="150"/>
        <source>Mark as intended</source>
        <translation>Markeer als bedoeld</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="161"/>
        <source>Confirm unchanged: {label}</source>
        <translation>Ongewijzigd bevestigd: {label}</translation>
    </message>
    <message>
        <location filename="../edition_dialog.py" line="166"/>
        <source>Year intended: {field}</source>
        <translation>Jaartal bedoeld: {field}</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../figure_panel.py" line="107"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="122"/>
        <location filename="../figure_panel.py" line="245"/>
        <source>Sum</source>
        <translation>Som</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../forms.py" line="45"/>
        <source>Line above the title</source>
        <translation>Regel boven de titel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="46"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="47"/>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <location filename="../forms.py" line="48"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../forms.py" line="49"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="50"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../forms.py" line="51"/>
        <source>Word before each number</source>
        <translation>Woord voor elk nummer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="52"/>
        <source>Caption</source>
        <translation>Onderschrift</translation>
    </message>
    <message>
        <location filename="../forms.py" line="53"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../forms.py" line="54"/>
        <source>Figure shown large</source>
        <translation>Groot getoond cijfer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="55"/>
        <source>Part</source>
        <translation>Deel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="56"/>
        <source>Whole</source>
        <translation>Geheel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="57"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../forms.py" line="58"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../forms.py" line="59"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../forms.py" line="60"/>
        <source>Title band</source>
        <translation>Titelbalk</translation>
    </message>
    <message>
        <location filename="../forms.py" line="61"/>
        <source>Footer</source>
        <translation>Voettekst</translation>
    </message>
    <message>
        <location filename="../forms.py" line="62"/>
        <source>icons, one per percent</source>
        <translation>figuurtjes, één per procent</translation>
    </message>
    <message>
        <location filename="../forms.py" line="63"/>
        <source>percentage bars</source>
        <translation>percentagebalken</translation>
    </message>
    <message>
        <location filename="../forms.py" line="64"/>
        <source>donut</source>
        <translation>donut</translation>
    </message>
    <message>
        <location filename="../forms.py" line="65"/>
        <source>big numbers</source>
        <translation>grote getallen</translation>
    </message>
    <message>
        <location filename="../forms.py" line="66"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../forms.py" line="67"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../forms.py" line="68"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../forms.py" line="69"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>estimate</source>
        <translation>schatting</translation>
    </message>
    <message>
        <location filename="../forms.py" line="74"/>
        <source>decimal</source>
        <translation>decimaal getal</translation>
    </message>
    <message>
        <location filename="../forms.py" line="75"/>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
</context>
</TS>
