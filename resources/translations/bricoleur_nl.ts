<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="111"/>
        <source>Block</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="111"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="112"/>
        <source>Agenda blocks</source>
        <translation>Onderdelen van het programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="113"/>
        <source>New block, e.g. Welcome</source>
        <translation>Nieuw onderdeel, bijv. Welkom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="114"/>
        <source>New agenda block</source>
        <translation>Nieuw programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="115"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="116"/>
        <source>Minutes of the new block</source>
        <translation>Minuten voor het nieuwe onderdeel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="117"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="118"/>
        <source>Add agenda block</source>
        <translation>Programmaonderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="119"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="120"/>
        <source>Remove agenda block</source>
        <translation>Programmaonderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="121"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="122"/>
        <source>Move agenda block up</source>
        <translation>Programmaonderdeel omhoog</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="123"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="124"/>
        <source>Move agenda block down</source>
        <translation>Programmaonderdeel omlaag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="125"/>
        <source>Total agenda time</source>
        <translation>Totale duur van het programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_editor.py" line="194"/>
        <source>Total %1 min</source>
        <translation>Totaal %1 min</translation>
    </message>
</context>
<context>
    <name>AgendaTimer</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="133"/>
        <source>Agenda done</source>
        <translation>Programma afgerond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="133"/>
        <source>No agenda yet</source>
        <translation>Nog geen programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="141"/>
        <source>Next: %1 (%2 min)</source>
        <translation>Hierna: %1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="144"/>
        <source>Last block</source>
        <translation>Laatste onderdeel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="145"/>
        <source>Time left: %1</source>
        <translation>Resterende tijd: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="184"/>
        <source>Agenda timer</source>
        <translation>Programmatimer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="185"/>
        <source>Current agenda block</source>
        <translation>Huidig programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="186"/>
        <source>Next agenda block</source>
        <translation>Volgend programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="187"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="187"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="189"/>
        <source>Pause the timer</source>
        <translation>Timer pauzeren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="189"/>
        <source>Start the timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="191"/>
        <source>Next block</source>
        <translation>Volgend onderdeel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="192"/>
        <source>Go to the next agenda block</source>
        <translation>Naar het volgende programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="193"/>
        <source>Show on projector</source>
        <translation>Op projector tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/agenda_timer.py" line="194"/>
        <source>Show the timer on the projector</source>
        <translation>De timer op de projector tonen</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/attendance_editor.py" line="48"/>
        <location filename="../../bricoleur_desk/ui/phases/attendance_editor.py" line="49"/>
        <source>Total present</source>
        <translation>Totaal aanwezig</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/attendance_editor.py" line="50"/>
        <source>Another group or street</source>
        <translation>Andere groep of straat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/attendance_editor.py" line="51"/>
        <source>Name of another group</source>
        <translation>Naam van een andere groep</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/attendance_editor.py" line="52"/>
        <source>How many came from that group</source>
        <translation>Hoeveel mensen uit die groep er waren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/attendance_editor.py" line="53"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/attendance_editor.py" line="54"/>
        <source>Add group attendance</source>
        <translation>Aanwezigen per groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/attendance_editor.py" line="56"/>
        <source>Present from %1</source>
        <translation>Aanwezig van %1</translation>
    </message>
</context>
<context>
    <name>AudienceCanvas</name>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/audience.py" line="56"/>
        <source>Sketch on the projector</source>
        <translation>Schets op de projector</translation>
    </message>
</context>
<context>
    <name>AudiencePreview</name>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/preview.py" line="74"/>
        <source>Preview of the projector</source>
        <translation>Voorbeeld van de projector</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/preview.py" line="75"/>
        <source>What the room sees</source>
        <translation>Wat de zaal ziet</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="129"/>
        <location filename="../../bricoleur_desk/ui/projector.py" line="86"/>
        <source>Projector screen</source>
        <translation>Scherm voor de projector</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="217"/>
        <source>Bricoleur Desk — projector</source>
        <translation>Bricoleur Desk — projector</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="218"/>
        <source>Audience window</source>
        <translation>Venster voor de zaal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="219"/>
        <source>The notes as the room sees them</source>
        <translation>De punten zoals de zaal ze ziet</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="221"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="222"/>
        <source>We will find out</source>
        <translation>Zoeken we uit</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="223"/>
        <source>Outside the frame</source>
        <translation>Buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="224"/>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="226"/>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="227"/>
        <source>No theme yet</source>
        <translation>Nog geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="226"/>
        <source>(continued)</source>
        <translation>(vervolg)</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/view.py" line="122"/>
        <source>Sketch canvas</source>
        <translation>Schetsvlak</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/view.py" line="122"/>
        <source>Sketch for the room</source>
        <translation>Schets voor de zaal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/view.py" line="197"/>
        <source>Pick a note for the pin</source>
        <translation>Kies een punt voor de speld</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="143"/>
        <source>Read-only dossier: save a copy (Ctrl+Shift+S) to add notes</source>
        <translation>Dossier is alleen-lezen: sla een kopie op (Ctrl+Shift+S) om punten toe te voegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="147"/>
        <source>Type what is said, Enter adds it.  ? question  ! idea  #theme  @group  (F1: all keys)</source>
        <translation>Typ wat er gezegd wordt, Enter voegt toe.  ? vraag  ! idee  #thema  @groep  (F1: alle toetsen)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="149"/>
        <source>Capture line: type a note, Enter adds it</source>
        <translation>Invoerregel: typ een punt, Enter voegt het toe</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="150"/>
        <source>Notes</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="151"/>
        <source>What the markers mean</source>
        <translation>Wat de tekens betekenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="152"/>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="153"/>
        <source>Filter notes</source>
        <translation>Punten filteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="154"/>
        <source>Arrange notes</source>
        <translation>Punten ordenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="158"/>
        <source>By theme</source>
        <translation>Per thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="159"/>
        <source>In order of arrival</source>
        <translation>In volgorde van binnenkomst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="162"/>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="308"/>
        <source>No theme yet</source>
        <translation>Nog geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="163"/>
        <source>Merge into the first selected</source>
        <translation>Samenvoegen in het eerst geselecteerde</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="164"/>
        <source>Split in two</source>
        <translation>In tweeën splitsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="165"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="166"/>
        <source>Internal remark…</source>
        <translation>Interne opmerking…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="167"/>
        <source>Markers and keys</source>
        <translation>Tekens en toetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="239"/>
        <source>Note %1 deleted (%2) — Ctrl+Z brings it back</source>
        <translation>Punt %1 verwijderd (%2) — Ctrl+Z zet het terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="241"/>
        <source>Note %1 deleted — Ctrl+Z brings it back</source>
        <translation>Punt %1 verwijderd — Ctrl+Z zet het terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="245"/>
        <source>Notes %1 deleted (%2) — Ctrl+Z brings them back</source>
        <translation>Punten %1 verwijderd (%2) — Ctrl+Z zet ze terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="247"/>
        <source>Notes %1 deleted — Ctrl+Z brings them back</source>
        <translation>Punten %1 verwijderd — Ctrl+Z zet ze terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="249"/>
        <source>1 vote</source>
        <translation>1 stem</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="249"/>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="305"/>
        <source>Move to theme</source>
        <translation>Naar thema</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="26"/>
        <source>at the start: a question</source>
        <translation>vooraan: een vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="27"/>
        <source>at the start: an idea (a concern is the default)</source>
        <translation>vooraan: een idee (zonder teken is het een zorg)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="28"/>
        <source>put it in a theme (made when new)</source>
        <translation>in een thema zetten (een nieuw thema wordt gemaakt)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="28"/>
        <source>#theme</source>
        <translation>#thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="29"/>
        <source>a theme name with spaces</source>
        <translation>een themanaam met spaties</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="29"/>
        <source>#&quot;Two words&quot;</source>
        <translation>#&quot;Twee woorden&quot;</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="30"/>
        <source>raised by a group or street, never a name</source>
        <translation>ingebracht door een groep of straat, nooit een naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="31"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="31"/>
        <source>add the note</source>
        <translation>punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="32"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="32"/>
        <source>new line in the note</source>
        <translation>nieuwe regel in het punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="33"/>
        <source>Tab / Esc</source>
        <translation>Tab / Esc</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="33"/>
        <source>to the list / back to typing</source>
        <translation>naar de lijst / terug naar typen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="34"/>
        <source>edit the note</source>
        <translation>punt bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="35"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="35"/>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="36"/>
        <source>merge the selected notes into the first</source>
        <translation>geselecteerde punten samenvoegen in het eerste</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="37"/>
        <source>split the note in two</source>
        <translation>punt in tweeën splitsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="38"/>
        <source>internal remark: for colleagues only</source>
        <translation>interne opmerking: alleen voor collega&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="39"/>
        <source>move to theme 1 … 9, to no theme</source>
        <translation>naar thema 1 … 9, naar geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="40"/>
        <source>add or remove a vote</source>
        <translation>stem erbij of eraf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="41"/>
        <source>undo / redo</source>
        <translation>ongedaan maken / opnieuw</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="44"/>
        <source>Markers and keys</source>
        <translation>Tekens en toetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="46"/>
        <source>Cheat-sheet of markers and keys</source>
        <translation>Spiekbriefje met tekens en toetsen</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/pages.py" line="120"/>
        <source>Thank you for coming!</source>
        <translation>Bedankt voor uw komst!</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/pages.py" line="121"/>
        <source>What happens next</source>
        <translation>Hoe verder</translation>
    </message>
</context>
<context>
    <name>ClosePanel</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="186"/>
        <source>No scores yet</source>
        <translation>Nog geen cijfers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="189"/>
        <source>%1 responses, average %2</source>
        <translation>%1 reacties, gemiddeld %2</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="193"/>
        <source>Close the evening</source>
        <translation>De avond afsluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="194"/>
        <source>What did you think of tonight? Did it meet your expectations?</source>
        <translation>Wat vond u van deze avond? Was het wat u ervan verwachtte?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="197"/>
        <source>Click a score or press 1-5 to count one more; with Shift, one less. Below each score: how many people gave it (type to set).</source>
        <translation>Klik op een cijfer of druk op 1-5 om er één bij te tellen; met Shift één eraf. Onder elk cijfer: hoeveel mensen het gaven (typ om aan te passen).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="201"/>
        <source>1 = not at all</source>
        <translation>1 = helemaal niet</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="202"/>
        <source>5 = very much</source>
        <translation>5 = helemaal wel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="204"/>
        <source>Score %1: one more</source>
        <translation>Cijfer %1: één erbij</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="206"/>
        <source>Score %1: click or key %1 for one more, with Shift one less</source>
        <translation>Cijfer %1: klik of toets %1 voor één erbij, met Shift één eraf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="210"/>
        <source>Number of people who gave %1</source>
        <translation>Aantal mensen dat een %1 gaf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="211"/>
        <source>Evaluation summary</source>
        <translation>Samenvatting van de evaluatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="212"/>
        <source>&amp;Remarks</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="213"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="213"/>
        <source>A remark from the room</source>
        <translation>Een opmerking uit de zaal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="214"/>
        <source>Attendance</source>
        <translation>Aanwezigen</translation>
    </message>
</context>
<context>
    <name>DiscussPanel</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="293"/>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="310"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="316"/>
        <source>Merged into No. %1</source>
        <translation>Samengevoegd met nr. %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="320"/>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="324"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="397"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="325"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="373"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="326"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="385"/>
        <source>Investigate</source>
        <translation>Uitzoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="327"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="390"/>
        <source>Outside the frame</source>
        <translation>Buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="328"/>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="333"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="334"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="335"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="339"/>
        <source>Discuss the selected note</source>
        <translation>Het geselecteerde punt bespreken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="341"/>
        <source>Choose a note in the list to answer it, investigate it or explain the frame.</source>
        <translation>Kies een punt in de lijst om het te beantwoorden, uit te zoeken of de kaders toe te lichten.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="343"/>
        <source>No note selected</source>
        <translation>Geen punt geselecteerd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="344"/>
        <source>Note number</source>
        <translation>Nummer van het punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="345"/>
        <source>Kind, theme and group</source>
        <translation>Soort, thema en groep</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="346"/>
        <source>Note text</source>
        <translation>Tekst van het punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="347"/>
        <source>Current answer or reason</source>
        <translation>Huidig antwoord of reden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="348"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="349"/>
        <source>One vote more</source>
        <translation>Eén stem erbij</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="350"/>
        <source>One vote more (+)</source>
        <translation>Eén stem erbij (+)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="351"/>
        <source>One vote less</source>
        <translation>Eén stem eraf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="352"/>
        <source>One vote less (-)</source>
        <translation>Eén stem eraf (-)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="356"/>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="357"/>
        <source>Alt+I</source>
        <translation>Alt+U</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="358"/>
        <source>Alt+O</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="359"/>
        <source>Alt+R</source>
        <translation>Alt+O</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="367"/>
        <source>Reopen</source>
        <translation>Opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="369"/>
        <source>Reopen the note</source>
        <translation>Het punt opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="370"/>
        <source>Answered (%1)</source>
        <translation>Beantwoord (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="371"/>
        <source>The short answer given tonight</source>
        <translation>Het korte antwoord van vanavond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="372"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="374"/>
        <source>Mark as answered</source>
        <translation>Markeren als beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="376"/>
        <source>Investigate: a promise (%1)</source>
        <translation>Uitzoeken: een toezegging (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="378"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="395"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="379"/>
        <source>What will be investigated</source>
        <translation>Wat er wordt uitgezocht</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="380"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="395"/>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="381"/>
        <source>Colleague or department</source>
        <translation>Collega of afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="382"/>
        <source>Owner of the promise</source>
        <translation>Wie de toezegging oppakt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="383"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="395"/>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="384"/>
        <source>Due date of the promise</source>
        <translation>Uiterste datum van de toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="386"/>
        <source>Investigate and make a promise</source>
        <translation>Uitzoeken en een toezegging doen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="387"/>
        <source>Outside the frame (%1)</source>
        <translation>Buiten de kaders (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="388"/>
        <source>Why this is not open for discussion</source>
        <translation>Waarom dit niet ter discussie staat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="389"/>
        <source>Reason why it is outside the frame</source>
        <translation>Reden waarom het buiten de kaders valt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="391"/>
        <source>Mark as outside the frame</source>
        <translation>Markeren als buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="392"/>
        <source>Promises: tonight&apos;s, and still open from earlier evenings</source>
        <translation>Toezeggingen: van vanavond, en nog open van eerdere avonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="393"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="395"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="398"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="399"/>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="401"/>
        <source>From an earlier evening: </source>
        <translation>Van een eerdere avond: </translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="402"/>
        <source>Overdue: </source>
        <translation>Te laat: </translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="95"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="96"/>
        <source>Add to %1</source>
        <translation>Toevoegen aan %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="97"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="98"/>
        <source>Remove from %1</source>
        <translation>Verwijderen uit %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="99"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="100"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="101"/>
        <source>Move up in %1</source>
        <translation>Omhoog in %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="102"/>
        <source>Alt+Up</source>
        <translation>Alt+pijl-omhoog</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="103"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="104"/>
        <source>Move down in %1</source>
        <translation>Omlaag in %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/editable_list.py" line="105"/>
        <source>Alt+Down</source>
        <translation>Alt+pijl-omlaag</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="104"/>
        <source>The accent colour must look like #00557f.</source>
        <translation>De accentkleur moet eruitzien als #00557f.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="117"/>
        <source>The logo must be a PNG image.</source>
        <translation>Het logo moet een PNG-afbeelding zijn.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="141"/>
        <source>(no logo)</source>
        <translation>(geen logo)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="145"/>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="182"/>
        <source>Accent colour</source>
        <translation>Accentkleur</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="150"/>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="184"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="160"/>
        <source>House style of reports</source>
        <translation>Huisstijl van de verslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="164"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="165"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="166"/>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Accentkleur:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="167"/>
        <source>C&amp;ontact line:</source>
        <translation>C&amp;ontactregel:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="174"/>
        <source>Pick…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="175"/>
        <source>Choose…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="176"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="177"/>
        <source>Gemeente …</source>
        <translation>Gemeente …</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="178"/>
        <source>Questions? Mail … or call 14 0…</source>
        <translation>Vragen? Mail naar … of bel 14 0…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="180"/>
        <source>Municipality name</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="181"/>
        <source>Contact line</source>
        <translation>Contactregel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="183"/>
        <source>Pick the accent colour</source>
        <translation>Accentkleur kiezen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="185"/>
        <source>Remove the logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="186"/>
        <source>Logo preview</source>
        <translation>Voorbeeld van het logo</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/house_style_dialog.py" line="187"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>ImportReactionsDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="132"/>
        <source>added</source>
        <translation>wordt toegevoegd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="145"/>
        <source>choose the text column</source>
        <translation>kies de tekstkolom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="146"/>
        <source>skipped: no text</source>
        <translation>overgeslagen: geen tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="147"/>
        <source>skipped: text too long</source>
        <translation>overgeslagen: tekst te lang</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="148"/>
        <source>skipped: group or theme too long</source>
        <translation>overgeslagen: groep of thema te lang</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="149"/>
        <source>skipped: more cells than columns</source>
        <translation>overgeslagen: meer cellen dan kolommen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="155"/>
        <source>Choose the column that holds the residents&apos; words.</source>
        <translation>Kies de kolom met de woorden van de bewoners.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="159"/>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="180"/>
        <source>Skipped lines: {0}.</source>
        <translation>Overgeslagen regels: {0}.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="163"/>
        <source>New themes: {0}.</source>
        <translation>Nieuwe thema&apos;s: {0}.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="165"/>
        <source>The table shows the first {0} rows.</source>
        <translation>De tabel toont de eerste {0} rijen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="157"/>
        <source>Reactions to add as notes: {0}.</source>
        <translation>Reacties die als punt worden toegevoegd: {0}.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="150"/>
        <source>skipped: already a note</source>
        <translation>overgeslagen: staat er al als punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="178"/>
        <source>Reactions imported as notes: {0}.</source>
        <translation>Reacties als punt geïmporteerd: {0}.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="189"/>
        <source>Import reactions</source>
        <translation>Reacties importeren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="193"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="194"/>
        <source>{0}, separator {1}</source>
        <translation>{0}, scheidingsteken {1}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="196"/>
        <source>{0} · {1} rows → {2}, {3}</source>
        <translation>{0} · {1} rijen → {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="200"/>
        <source>&amp;Text column:</source>
        <translation>&amp;Tekstkolom:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="201"/>
        <source>&amp;Group column:</source>
        <translation>&amp;Groepkolom:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="202"/>
        <source>T&amp;heme column:</source>
        <translation>T&amp;hemakolom:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="205"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="207"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="207"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="207"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="207"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="207"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="209"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
</context>
<context>
    <name>InternalRemarkBox</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="71"/>
        <source>Alt+N</source>
        <translation>Alt+N</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="73"/>
        <source>Internal (%1)</source>
        <translation>Intern (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="75"/>
        <source>For colleagues only: in the internal report, never on the wall</source>
        <translation>Alleen voor collega&apos;s: in het interne verslag, nooit op de wand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="78"/>
        <source>The question behind the question: in the internal report only, never on the wall</source>
        <translation>De vraag achter de vraag: alleen in het interne verslag, nooit op de wand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="80"/>
        <source>Internal remark, for colleagues only</source>
        <translation>Interne opmerking, alleen voor collega&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="93"/>
        <source>Internal remark</source>
        <translation>Interne opmerking</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="95"/>
        <source>No. %1: for colleagues only, in the internal report, never on the wall</source>
        <translation>Nr. %1: alleen voor collega&apos;s, in het interne verslag, nooit op de wand</translation>
    </message>
</context>
<context>
    <name>LastTimeBox</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="76"/>
        <source>Last time: {0}, {1}</source>
        <translation>Vorige keer: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="78"/>
        <source>What participants said about the evening</source>
        <translation>Wat deelnemers over de avond zeiden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="80"/>
        <source>score {0} from {1} forms</source>
        <translation>cijfer {0} van {1} formulieren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="84"/>
        <source>No remarks were written down.</source>
        <translation>Er zijn geen opmerkingen genoteerd.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="90"/>
        <source>Promises still open ({0})</source>
        <translation>Toezeggingen die nog openstaan ({0})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="91"/>
        <source>Every promise is kept or closed.</source>
        <translation>Elke toezegging is nagekomen of afgesloten.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="101"/>
        <source>and {0} more</source>
        <translation>en nog {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="114"/>
        <source>due {0}</source>
        <translation>uiterlijk {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="115"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="123"/>
        <source>latest: {0} ({1})</source>
        <translation>laatst: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="128"/>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="104"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="105"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="106"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Bewonersavond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="107"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="108"/>
        <source>Recent dossiers</source>
        <translation>Recente dossiers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="109"/>
        <source>&amp;New dossier…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="110"/>
        <source>&amp;Open dossier…</source>
        <translation>Dossier &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="111"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="112"/>
        <source>&amp;Close dossier</source>
        <translation>Dossier &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="113"/>
        <source>Export as &amp;JSON…</source>
        <translation>Exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="114"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="116"/>
        <source>A complete copy of the dossier as it is now, safe to make while the evening goes on</source>
        <translation>Een volledige kopie van het dossier zoals het nu is, veilig te maken terwijl de avond doorgaat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="118"/>
        <source>Export &amp;report…</source>
        <translation>&amp;Verslag exporteren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="119"/>
        <source>House &amp;style…</source>
        <translation>&amp;Huisstijl…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="121"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="122"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="123"/>
        <source>Show on &amp;projector</source>
        <translation>Op &amp;projector tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="124"/>
        <source>Projector &amp;black</source>
        <translation>Projector &amp;zwart</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="125"/>
        <source>Projector &amp;white</source>
        <translation>Projector &amp;wit</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="126"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nieuwe avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="127"/>
        <source>&amp;Import reactions…</source>
        <translation>Reacties &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="129"/>
        <source>Add written reactions from a CSV or Excel file as notes of this meeting</source>
        <translation>Schriftelijke reacties uit een CSV- of Excelbestand als punten aan deze avond toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="131"/>
        <source>&amp;About Bricoleur Desk</source>
        <translation>&amp;Over Bricoleur Desk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="76"/>
        <source>Cannot open dossier</source>
        <translation>Dossier kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="131"/>
        <source>Changes not saved</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="133"/>
        <source>The latest changes could not be saved in {0}. Save a copy as JSON so nothing is lost?</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen in {0}. Een kopie als JSON opslaan, zodat er niets verloren gaat?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="158"/>
        <source>{0} is read-only (a locked medium or folder): changes are not possible. Use Dossier → Save a copy as… to work on a copy.</source>
        <translation>{0} is alleen-lezen (een beveiligde schijf of map): wijzigen kan niet. Kies Dossier → Kopie opslaan als… om in een kopie verder te werken.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="173"/>
        <source>Bricoleur Desk was not closed properly last time. {0} is open again where the room was; every change that was saved is there.</source>
        <translation>Bricoleur Desk is de vorige keer niet netjes afgesloten. {0} staat weer open waar de zaal was; elke opgeslagen wijziging is er nog.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="200"/>
        <source>Undo {0}</source>
        <translation>{0} ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="203"/>
        <source>Redo {0}</source>
        <translation>{0} opnieuw doen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="240"/>
        <source>Bricoleur dossier (*.bricoleur)</source>
        <translation>Bricoleur-dossier (*.bricoleur)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="248"/>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="255"/>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="255"/>
        <source>Name of the plan or initiative:</source>
        <translation>Naam van het plan of initiatief:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="261"/>
        <source>Save new dossier as</source>
        <translation>Nieuw dossier opslaan als</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="272"/>
        <source>Cannot create dossier</source>
        <translation>Dossier kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="280"/>
        <source>Cannot write the demo</source>
        <translation>Demo kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="288"/>
        <source>Export as JSON</source>
        <translation>Exporteren als JSON</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="294"/>
        <source>Cannot export</source>
        <translation>Exporteren is mislukt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="296"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="303"/>
        <source>{0} copy</source>
        <translation>{0} kopie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="305"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="314"/>
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="316"/>
        <source>Saved a copy as {0}</source>
        <translation>Kopie opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="351"/>
        <source>Import reactions</source>
        <translation>Reacties importeren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="353"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="369"/>
        <source>Cannot import reactions</source>
        <translation>Kan reacties niet importeren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="383"/>
        <source>About Bricoleur Desk</source>
        <translation>Over Bricoleur Desk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="384"/>
        <source>Bricoleur Desk {0}
For resident evenings and the follow-up.</source>
        <translation>Bricoleur Desk {0}
Voor bewonersavonden en de terugkoppeling.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="414"/>
        <source>{0} (read-only) — Bricoleur Desk</source>
        <translation>{0} (alleen lezen) — Bricoleur Desk</translation>
    </message>
</context>
<context>
    <name>MarkerChips</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="88"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="89"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="90"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="94"/>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="98"/>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="100"/>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="105"/>
        <source>Raised by: %1</source>
        <translation>Ingebracht door: %1</translation>
    </message>
</context>
<context>
    <name>MeetingViews</name>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="242"/>
        <source>Notes</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="243"/>
        <source>Sketches</source>
        <translation>Schetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="244"/>
        <source>Notes and sketches</source>
        <translation>Punten en schetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="245"/>
        <source>On the projector (F5):</source>
        <translation>Op de projector (F5):</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="248"/>
        <source>Note everything first.

Type what residents say in the capture line and press Enter: every point appears on the projector at once, in their own words. Answer later, in Discuss.

? question   ! idea   #theme   @group or street
F1 shows all markers.</source>
        <translation>Eerst alles noteren.

Typ wat bewoners zeggen in de invoerregel en druk op Enter: elk punt staat meteen op de projector, in hun eigen woorden. Beantwoorden komt later, bij Bespreken.

? vraag   ! idee   #thema   @groep of straat
F1 toont alle tekens.</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="370"/>
        <source>Meeting:</source>
        <translation>Avond:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="371"/>
        <source>Meeting</source>
        <translation>Avond</translation>
    </message>
</context>
<context>
    <name>NoteListDelegate</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/list_delegate.py" line="135"/>
        <source>Edit the note</source>
        <translation>Het punt bewerken</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="88"/>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="89"/>
        <source>Note everything</source>
        <translation>Alles noteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="90"/>
        <source>Discuss</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="91"/>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="93"/>
        <source>Phase of the evening</source>
        <translation>Fase van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="97"/>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/pages.py" line="79"/>
        <source>You can help decide</source>
        <translation>Hierover kunt u meepraten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/pages.py" line="80"/>
        <source>Already fixed</source>
        <translation>Dit ligt al vast</translation>
    </message>
</context>
<context>
    <name>PreparePanel</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="193"/>
        <source>Prepare the evening</source>
        <translation>De avond voorbereiden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="195"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="195"/>
        <source>Title of the evening</source>
        <translation>Titel van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="196"/>
        <source>&amp;Date and time</source>
        <translation>Datum en ti&amp;jd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="196"/>
        <source>Date and time of the evening</source>
        <translation>Datum en tijd van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="197"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="197"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="198"/>
        <source>The &amp;question</source>
        <translation>De &amp;vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="198"/>
        <source>The question of the evening</source>
        <translation>De vraag van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="199"/>
        <source>&amp;Open for discussion</source>
        <translation>&amp;Open voor inbreng</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="199"/>
        <source>Open for discussion</source>
        <translation>Open voor inbreng</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="200"/>
        <source>&amp;Fixed, and why</source>
        <translation>Ligt &amp;al vast, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="200"/>
        <source>Fixed, and why</source>
        <translation>Ligt al vast, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="201"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="201"/>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="202"/>
        <source>Expected &amp;groups</source>
        <translation>Verwachte &amp;groepen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="202"/>
        <source>Expected groups</source>
        <translation>Verwachte groepen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="203"/>
        <source>What happens &amp;next</source>
        <translation>Hoe v&amp;erder</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="203"/>
        <source>What happens next</source>
        <translation>Hoe verder</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="210"/>
        <source>A school, a community centre, on site</source>
        <translation>Een school, een buurthuis, ter plekke</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="212"/>
        <source>What is this evening about?</source>
        <translation>Waar gaat deze avond over?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="214"/>
        <source>What happens after tonight, how to stay in touch</source>
        <translation>Wat er na vanavond gebeurt, en hoe u op de hoogte blijft</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="215"/>
        <source>What residents can influence</source>
        <translation>Waar bewoners invloed op hebben</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="216"/>
        <source>What is fixed, and why</source>
        <translation>Wat al vastligt, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="217"/>
        <source>A group, street or organisation</source>
        <translation>Een groep, straat of organisatie</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../bricoleur_desk/ui/projector.py" line="146"/>
        <source>The projector is off.
F5 shows the meeting to the room.</source>
        <translation>De projector staat uit.
F5 toont de avond aan de zaal.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/projector.py" line="147"/>
        <source>Preview of the projector</source>
        <translation>Voorbeeld van de projector</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="202"/>
        <source>Choose where to save the report.</source>
        <translation>Kies waar het verslag moet komen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="215"/>
        <source>The report was not saved: {0}</source>
        <translation>Het verslag is niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="220"/>
        <source>Saved {0} ({1} pages).</source>
        <translation>{0} opgeslagen ({1} pagina&apos;s).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="232"/>
        <source>The promises were not saved: {0}</source>
        <translation>De toezeggingen zijn niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="234"/>
        <source>Saved the promises as {0}.</source>
        <translation>De toezeggingen zijn opgeslagen als {0}.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="261"/>
        <source>No names, emails or phone numbers of participants found.</source>
        <translation>Geen namen, e-mailadressen of telefoonnummers van deelnemers gevonden.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="265"/>
        <source>Personal data found in {0} place(s). The public report replaces them by [naam], [e-mail] or [telefoon]; you can also redact them in the dossier itself.</source>
        <translation>Persoonsgegevens gevonden op {0} plek(ken). Het openbare verslag vervangt ze door [naam], [e-mail] of [telefoon]; u kunt ze ook in het dossier zelf weglakken.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="271"/>
        <source>Personal data found in {0} place(s). The internal report shows them.</source>
        <translation>Persoonsgegevens gevonden op {0} plek(ken). Het interne verslag toont ze.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="278"/>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="308"/>
        <source>Export report</source>
        <translation>Verslag exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="309"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Avond:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="311"/>
        <source>Audience:</source>
        <translation>Voor wie:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="312"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Taal van het verslag:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="314"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="316"/>
        <source>&amp;Public (residents): no names or contact details</source>
        <translation>&amp;Openbaar (bewoners): zonder namen of contactgegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="317"/>
        <source>&amp;Internal: with contacts and internal remarks</source>
        <translation>&amp;Intern: met contactgegevens en interne opmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="318"/>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="319"/>
        <source>&amp;Open the PDF when it is saved</source>
        <translation>De PDF o&amp;penen na het opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="320"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="321"/>
        <source>&amp;Redact in the dossier</source>
        <translation>&amp;Weglakken in het dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="322"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="323"/>
        <source>Promises as &amp;CSV</source>
        <translation>Toezeggingen als &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="324"/>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="339"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="326"/>
        <source>Meeting</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="327"/>
        <source>Public report</source>
        <translation>Openbaar verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="328"/>
        <source>Internal report</source>
        <translation>Intern verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="329"/>
        <source>Language of the report</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="330"/>
        <source>File to save the report to</source>
        <translation>Bestand voor het verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="331"/>
        <source>Choose the file</source>
        <translation>Bestand kiezen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="332"/>
        <source>Open the PDF when saved</source>
        <translation>De PDF openen na het opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="333"/>
        <source>Places where personal data was found</source>
        <translation>Plekken waar persoonsgegevens zijn gevonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="334"/>
        <source>Redact personal data in the dossier</source>
        <translation>Persoonsgegevens in het dossier weglakken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="335"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="336"/>
        <source>Export status</source>
        <translation>Status van de export</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="337"/>
        <source>Export the report</source>
        <translation>Het verslag exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="338"/>
        <source>Save the promises as CSV</source>
        <translation>De toezeggingen opslaan als CSV</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../bricoleur_desk/ui/save_indicator.py" line="49"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/save_indicator.py" line="50"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/save_indicator.py" line="51"/>
        <source>⚠ Not saved — retrying</source>
        <translation>⚠ Niet opgeslagen — nieuwe poging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/save_indicator.py" line="52"/>
        <source>Read-only</source>
        <translation>Alleen lezen</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="109"/>
        <source>Sheets</source>
        <translation>Vellen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="110"/>
        <source>Sheets, top first; tick to show</source>
        <translation>Vellen, bovenste eerst; vink aan om te tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="112"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="113"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="114"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="115"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="116"/>
        <source>Lock</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="117"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="112"/>
        <source>Add a sheet</source>
        <translation>Een vel toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="113"/>
        <source>Rename the sheet</source>
        <translation>Het vel hernoemen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="114"/>
        <source>Move the sheet up</source>
        <translation>Het vel omhoog schuiven</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="115"/>
        <source>Move the sheet down</source>
        <translation>Het vel omlaag schuiven</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="116"/>
        <source>Lock the sheet</source>
        <translation>Het vel vastzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="117"/>
        <source>Delete the sheet</source>
        <translation>Het vel verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="121"/>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="122"/>
        <source>Sheet opacity</source>
        <translation>Dekking van het vel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="123"/>
        <source>Compare two sheets</source>
        <translation>Twee vellen vergelijken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="124"/>
        <source>First sheet to compare</source>
        <translation>Eerste vel om te vergelijken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="125"/>
        <source>Second sheet to compare</source>
        <translation>Tweede vel om te vergelijken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="126"/>
        <source>Flip A/B (C)</source>
        <translation>Wissel A/B (C)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="127"/>
        <source>Flip between the two compared sheets</source>
        <translation>Wisselen tussen de twee vergeleken vellen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sheets.py" line="193"/>
        <source>Sheet %1</source>
        <translation>Vel %1</translation>
    </message>
</context>
<context>
    <name>SketchToolBar</name>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="99"/>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="100"/>
        <source>Highlighter</source>
        <translation>Markeerstift</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="101"/>
        <source>Eraser</source>
        <translation>Gum</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="102"/>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="103"/>
        <source>Arrow</source>
        <translation>Pijl</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="104"/>
        <source>Rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="105"/>
        <source>Ellipse</source>
        <translation>Ellips</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="106"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="107"/>
        <source>Sticky note</source>
        <translation>Plakbriefje</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="108"/>
        <source>Pin</source>
        <translation>Speld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="109"/>
        <source>Select</source>
        <translation>Selecteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="119"/>
        <source>Erase part</source>
        <translation>Deels gummen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="120"/>
        <source>Eraser removes only the ink under it, not whole lines</source>
        <translation>De gum haalt alleen de inkt eronder weg, niet hele lijnen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="121"/>
        <source>Erase part of a line</source>
        <translation>Een deel van een lijn gummen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="123"/>
        <source>Black</source>
        <translation>Zwart</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="124"/>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="125"/>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="126"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="127"/>
        <source>Orange</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="128"/>
        <source>Purple</source>
        <translation>Paars</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="133"/>
        <source>Colour %1</source>
        <translation>Kleur %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="135"/>
        <source>Thin</source>
        <translation>Dun</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="135"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="135"/>
        <source>Thick</source>
        <translation>Dik</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/toolbar.py" line="139"/>
        <source>Width %1</source>
        <translation>Lijndikte: %1</translation>
    </message>
</context>
<context>
    <name>SketchView</name>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="187"/>
        <source>Canvas %1</source>
        <translation>Schets %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="196"/>
        <source>Sheet 1</source>
        <translation>Vel 1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="209"/>
        <source>PDF page as background</source>
        <translation>PDF-pagina als achtergrond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="209"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="214"/>
        <source>Image as background</source>
        <translation>Afbeelding als achtergrond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="214"/>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="228"/>
        <source>Which page?</source>
        <translation>Welke pagina?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="229"/>
        <source>Page (1-%1)</source>
        <translation>Pagina (1-%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="246"/>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="320"/>
        <source>Export canvas</source>
        <translation>Schets exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="310"/>
        <source>Canvas</source>
        <translation>Schets</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="311"/>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="312"/>
        <source>New canvas</source>
        <translation>Nieuwe schets</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="314"/>
        <source>Blank</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="315"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="316"/>
        <source>Image (map, photo)…</source>
        <translation>Afbeelding (kaart, foto)…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="317"/>
        <source>PDF page…</source>
        <translation>PDF-pagina…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="319"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="322"/>
        <source>PNG image…</source>
        <translation>PNG-afbeelding…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="323"/>
        <source>SVG drawing…</source>
        <translation>SVG-tekening…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="325"/>
        <source>No canvas yet. Make one with “New canvas”: blank, grid, a map or a plan.</source>
        <translation>Nog geen schets. Maak er een met “Nieuwe schets”: blanco, raster, een kaart of een plan.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="327"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="98"/>
        <source>Run a resident evening: note every concern where the room can see it, sketch over the map, and send the follow-up report.</source>
        <translation>Voor de bewonersavond: noteer elke zorg zichtbaar voor de zaal, schets op de kaart en stuur daarna het verslag.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="102"/>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="112"/>
        <source>Recent dossiers</source>
        <translation>Recente dossiers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="105"/>
        <source>No dossier opened yet. Start a new one for your plan or neighbourhood, or open the demo: a temporary park on a vacant lot, with notes, promises and a sketch.</source>
        <translation>Nog geen dossier geopend. Begin een nieuw dossier voor uw plan of wijk, of open de demo: een tijdelijk park op een braakliggend terrein, met punten, toezeggingen en een schets.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="109"/>
        <source>New dossier…</source>
        <translation>Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="110"/>
        <source>Open dossier…</source>
        <translation>Dossier openen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="111"/>
        <source>Open the demo</source>
        <translation>Demo openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="113"/>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="114"/>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/start_screen.py" line="115"/>
        <source>Open the demo dossier</source>
        <translation>Het demodossier openen</translation>
    </message>
</context>
<context>
    <name>ThemeStrip</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="246"/>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="250"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="247"/>
        <source>No theme yet</source>
        <translation>Nog geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="248"/>
        <source>New theme, Enter</source>
        <translation>Nieuw thema, Enter</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="249"/>
        <source>New theme name</source>
        <translation>Naam van het nieuwe thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="251"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="252"/>
        <source>Next colour for the theme</source>
        <translation>Volgende kleur voor het thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="253"/>
        <source>Move theme up (Alt+Up)</source>
        <translation>Thema omhoog (Alt+pijl-omhoog)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="254"/>
        <source>Move theme down (Alt+Down)</source>
        <translation>Thema omlaag (Alt+pijl-omlaag)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="255"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/themes.py" line="256"/>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="20"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="21"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="22"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="23"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="24"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="27"/>
        <source>Add note</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="28"/>
        <source>Edit note</source>
        <translation>Punt bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="29"/>
        <source>Move to theme</source>
        <translation>Naar thema verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="30"/>
        <source>Merge notes</source>
        <translation>Punten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="31"/>
        <source>Split note</source>
        <translation>Punt splitsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="32"/>
        <source>Delete note</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="33"/>
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="34"/>
        <source>Add theme</source>
        <translation>Thema toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="35"/>
        <source>Rename theme</source>
        <translation>Thema hernoemen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="36"/>
        <source>Change theme colour</source>
        <translation>Themakleur wijzigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="37"/>
        <source>Reorder themes</source>
        <translation>Thema&apos;s herschikken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="38"/>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="39"/>
        <source>Import reactions</source>
        <translation>Reacties importeren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="42"/>
        <source>New meeting</source>
        <translation>Nieuwe avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="43"/>
        <source>Change phase</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="45"/>
        <source>Edit title</source>
        <translation>Titel bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="46"/>
        <source>Edit venue</source>
        <translation>Locatie bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="47"/>
        <source>Edit question</source>
        <translation>Vraag bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="48"/>
        <source>Edit next steps</source>
        <translation>Vervolgstappen bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="50"/>
        <source>Edit date and time</source>
        <translation>Datum en tijd bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="51"/>
        <source>Edit frame</source>
        <translation>Kaders bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="52"/>
        <source>Edit agenda</source>
        <translation>Programma bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="53"/>
        <source>Edit expected groups</source>
        <translation>Verwachte groepen bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="54"/>
        <source>Answer note</source>
        <translation>Punt beantwoorden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="55"/>
        <source>Internal remark</source>
        <translation>Interne opmerking</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="56"/>
        <source>Add promise</source>
        <translation>Toezegging toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="57"/>
        <source>Investigate note</source>
        <translation>Punt uitzoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="58"/>
        <source>Outside the frame</source>
        <translation>Buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="59"/>
        <source>Reopen note</source>
        <translation>Punt opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="60"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="61"/>
        <source>Promise status</source>
        <translation>Status van de toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="62"/>
        <source>Evaluation score</source>
        <translation>Evaluatiecijfer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="63"/>
        <source>Evaluation remarks</source>
        <translation>Evaluatieopmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="64"/>
        <source>Attendance</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="67"/>
        <source>Redact personal data</source>
        <translation>Persoonsgegevens weglakken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="68"/>
        <source>House style</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="71"/>
        <source>New canvas</source>
        <translation>Nieuwe schets</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="72"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="73"/>
        <source>New sheet</source>
        <translation>Nieuw vel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="74"/>
        <source>Rename sheet</source>
        <translation>Vel hernoemen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="75"/>
        <source>Show sheet</source>
        <translation>Vel tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="76"/>
        <source>Hide sheet</source>
        <translation>Vel verbergen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="77"/>
        <source>Sheet opacity</source>
        <translation>Dekking van het vel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="78"/>
        <source>Lock sheet</source>
        <translation>Vel vastzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="79"/>
        <source>Unlock sheet</source>
        <translation>Vel losmaken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="80"/>
        <source>Reorder sheets</source>
        <translation>Vellen herschikken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="81"/>
        <source>Delete sheet</source>
        <translation>Vel verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="82"/>
        <source>Compare sheets</source>
        <translation>Vellen vergelijken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="83"/>
        <source>Draw</source>
        <translation>Tekenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="85"/>
        <source>line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="86"/>
        <source>arrow</source>
        <translation>Pijl</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="87"/>
        <source>rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="88"/>
        <source>ellipse</source>
        <translation>Ellips</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="90"/>
        <source>Erase</source>
        <translation>Gummen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="91"/>
        <source>Sticky note</source>
        <translation>Plakbriefje</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="92"/>
        <source>Type</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="93"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="94"/>
        <source>Pin</source>
        <translation>Speld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="95"/>
        <source>Pins</source>
        <translation>Spelden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="96"/>
        <source>Resize</source>
        <translation>Formaat wijzigen</translation>
    </message>
</context>
<context>
    <name>_StatusDelegate</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/promise_table.py" line="37"/>
        <source>Promise status</source>
        <translation>Status van de toezegging</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../bricoleur_desk/ui/errors.py" line="52"/>
        <source>Something went wrong: {0}

Everything you entered before this is saved in the dossier file. The details are in the log file.</source>
        <translation>Er ging iets mis: {0}

Alles wat eerder is ingevoerd, staat in het dossierbestand. De details staan in het logbestand.</translation>
    </message>
</context>
</TS>
