<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <location filename="../checks_panel.py" line="20" />
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="20" />
        <source>What is wrong</source>
        <translation>Wat er mis is</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="20" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="34" />
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="34" />
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../checks_panel.py" line="43" />
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="33" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="34" />
        <source>{name} has changes that are not saved. Save them?</source>
        <translation>{name} heeft wijzigingen die niet zijn opgeslagen. Wilt u ze opslaan?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="41" />
        <source>Revert to saved</source>
        <translation>Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="42" />
        <source>Throw away the changes to {name} since it was last saved?</source>
        <translation>De wijzigingen in {name} sinds het laatste opslaan weggooien?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="47" />
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="48" />
        <source>The factsheet studio was closed without saving {name}. A recovery copy of your changes exists. Restore it?</source>
        <translation>Factsheet studio is afgesloten zonder dat {name} was opgeslagen. Er is een herstelkopie van uw wijzigingen. Wilt u die herstellen?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54" />
        <source>File changed</source>
        <translation>Bestand gewijzigd</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="55" />
        <source>{name} was changed by another program. Load that version? Your unsaved changes would be lost.</source>
        <translation>{name} is door een ander programma gewijzigd. Die versie laden? Uw niet-opgeslagen wijzigingen gaan dan verloren.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="60" />
        <source>Open factsheet</source>
        <translation>Factsheet openen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65" />
        <source>Save factsheet</source>
        <translation>Factsheet opslaan</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="70" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76" />
        <source>PNG images</source>
        <translation>PNG-afbeeldingen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="79" />
        <source>All pages</source>
        <translation>Alle pagina's</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="81" />
        <source>Page {number}</source>
        <translation>Pagina {number}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="86" />
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="87" />
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <location filename="../forms.py" line="131" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../forms.py" line="139" />
        <source>Figures in this block</source>
        <translation>Cijfers in dit blok</translation>
    </message>
    <message>
        <location filename="../forms.py" line="145" />
        <source>Other figures</source>
        <translation>Overige cijfers</translation>
    </message>
    <message>
        <location filename="../forms.py" line="238" />
        <source>Computed: {formula}</source>
        <translation>Berekend: {formula}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="240" />
        <source>= {formula}</source>
        <translation>= {formula}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="259" />
        <source>Edit {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <location filename="../forms.py" line="277" />
        <source>Change {label}</source>
        <translation>{label} wijzigen</translation>
    </message>
    <message>
        <location filename="../forms.py" line="358" />
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../forms.py" line="358" />
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../forms.py" line="362" />
        <source>Insert figure</source>
        <translation>Cijfer invoegen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="60" />
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62" />
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="64" />
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66" />
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="68" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70" />
        <source>Alt text</source>
        <translation>Alt-tekst</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="105" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106" />
        <source>&amp;New from template</source>
        <translation>&amp;Nieuw van sjabloon</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111" />
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>Re&amp;vert to saved</source>
        <translation>&amp;Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114" />
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115" />
        <source>PDF for the &amp;print shop…</source>
        <translation>PDF voor de &amp;drukker…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117" />
        <source>PDF for &amp;screens…</source>
        <translation>PDF voor &amp;schermen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118" />
        <source>P&amp;NG images…</source>
        <translation>P&amp;NG-afbeeldingen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>Fit &amp;width</source>
        <translation>Passend in &amp;breedte</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Fit &amp;page</source>
        <translation>Hele &amp;pagina</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Ware grootte (100%)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138" />
        <source>Simulate &amp;print colours (soft proof)</source>
        <translation>&amp;Drukkleuren nabootsen (softproof)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>&amp;About Factsheet studio</source>
        <translation>&amp;Over Factsheet studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184" />
        <source>a new factsheet</source>
        <translation>een nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189" />
        <source>Recovery copy unreadable</source>
        <translation>Herstelkopie onleesbaar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204" />
        <source>Cannot open {name}</source>
        <translation>{name} kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260" />
        <source>New factsheet</source>
        <translation>Nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269" />
        <source>The new factsheet</source>
        <translation>De nieuwe factsheet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307" />
        <source>{name} could not be saved: {reason}.
The file on disk was not changed; your work is still open here. Save it somewhere else with Save as.</source>
        <translation>{name} kon niet worden opgeslagen: {reason}.
Het bestand op schijf is niet gewijzigd; uw werk staat hier nog open. Sla het elders op met Opslaan als.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313" />
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="349" />
        <source>Exporting {name}…</source>
        <translation>{name} wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="354" />
        <source>Exported {files}</source>
        <translation>Geëxporteerd: {files}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="356" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="356" />
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="366" />
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367" />
        <source>{name} was not exported: {reason}
An earlier file of that name is unchanged.</source>
        <translation>{name} is niet geëxporteerd: {reason}
Een eerder bestand met die naam is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="378" />
        <source>About Factsheet studio</source>
        <translation>Over Factsheet studio</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="18" />
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="21" />
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="26" />
        <source>Interface language</source>
        <translation>Taal van de bediening</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="27" />
        <source>A new language shows after the next start.</source>
        <translation>Een andere taal verschijnt na de volgende start.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="41" />
        <source>Edit a data factsheet in forms, check its figures and export it for print, screen and social media.</source>
        <translation>Bewerk een factsheet met cijfers in formulieren, controleer de cijfers en exporteer voor drukwerk, scherm en sociale media.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="43" />
        <source>Bundled fonts</source>
        <translation>Meegeleverde lettertypen</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../figure_panel.py" line="106" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../figure_panel.py" line="121" />
        <location filename="../figure_panel.py" line="244" />
        <source>Sum</source>
        <translation>Som</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../forms.py" line="44" />
        <source>Line above the title</source>
        <translation>Regel boven de titel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="45" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="46" />
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <location filename="../forms.py" line="47" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../forms.py" line="48" />
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="49" />
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../forms.py" line="50" />
        <source>Word before each number</source>
        <translation>Woord voor elk nummer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="51" />
        <source>Caption</source>
        <translation>Onderschrift</translation>
    </message>
    <message>
        <location filename="../forms.py" line="52" />
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../forms.py" line="53" />
        <source>Figure shown large</source>
        <translation>Groot getoond cijfer</translation>
    </message>
    <message>
        <location filename="../forms.py" line="54" />
        <source>Part</source>
        <translation>Deel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="55" />
        <source>Whole</source>
        <translation>Geheel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="56" />
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../forms.py" line="57" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../forms.py" line="58" />
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../forms.py" line="59" />
        <source>Title band</source>
        <translation>Titelbalk</translation>
    </message>
    <message>
        <location filename="../forms.py" line="60" />
        <source>Footer</source>
        <translation>Voettekst</translation>
    </message>
    <message>
        <location filename="../forms.py" line="61" />
        <source>icons, one per percent</source>
        <translation>figuurtjes, één per procent</translation>
    </message>
    <message>
        <location filename="../forms.py" line="62" />
        <source>percentage bars</source>
        <translation>percentagebalken</translation>
    </message>
    <message>
        <location filename="../forms.py" line="63" />
        <source>donut</source>
        <translation>donut</translation>
    </message>
    <message>
        <location filename="../forms.py" line="64" />
        <source>big numbers</source>
        <translation>grote getallen</translation>
    </message>
    <message>
        <location filename="../forms.py" line="65" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../forms.py" line="66" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../forms.py" line="67" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../forms.py" line="68" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../forms.py" line="71" />
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72" />
        <source>estimate</source>
        <translation>schatting</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73" />
        <source>decimal</source>
        <translation>decimaal getal</translation>
    </message>
    <message>
        <location filename="../forms.py" line="74" />
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
</context>
</TS>