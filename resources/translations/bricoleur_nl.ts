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
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="170"/>
        <source>Read-only dossier: save a copy (Ctrl+Shift+S) to add notes</source>
        <translation>Dossier is alleen-lezen: sla een kopie op (Ctrl+Shift+S) om punten toe te voegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="174"/>
        <source>Type what is said, Enter adds it.  ? question  ! idea  #theme  @group  (F1: all keys)</source>
        <translation>Typ wat er gezegd wordt, Enter voegt toe.  ? vraag  ! idee  #thema  @groep  (F1: alle toetsen)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="176"/>
        <source>Capture line: type a note, Enter adds it</source>
        <translation>Invoerregel: typ een punt, Enter voegt het toe</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="177"/>
        <source>Notes</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="178"/>
        <source>What the markers mean</source>
        <translation>Wat de tekens betekenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="179"/>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="180"/>
        <source>Filter notes</source>
        <translation>Punten filteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="181"/>
        <source>Arrange notes</source>
        <translation>Punten ordenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="185"/>
        <source>By theme</source>
        <translation>Per thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="186"/>
        <source>In order of arrival</source>
        <translation>In volgorde van binnenkomst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="189"/>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="390"/>
        <source>No theme yet</source>
        <translation>Nog geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="190"/>
        <source>Merge into the first selected</source>
        <translation>Samenvoegen in het eerst geselecteerde</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="191"/>
        <source>Split in two</source>
        <translation>In tweeën splitsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="192"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="193"/>
        <source>Markers and keys</source>
        <translation>Tekens en toetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="194"/>
        <source>Not personal data: show it on the wall</source>
        <translation>Geen persoonsgegevens: op de muur tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="195"/>
        <source>Personal data on the wall</source>
        <translation>Persoonsgegevens op de muur</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="244"/>
        <source>Note %1 shown on the wall as typed — Ctrl+Z masks it again</source>
        <translation>Punt %1 staat op de muur zoals getypt — Ctrl+Z maskeert het weer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="274"/>
        <source>Note %1 deleted (%2) — Ctrl+Z brings it back</source>
        <translation>Punt %1 verwijderd (%2) — Ctrl+Z zet het terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="276"/>
        <source>Note %1 deleted — Ctrl+Z brings it back</source>
        <translation>Punt %1 verwijderd — Ctrl+Z zet het terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="280"/>
        <source>Notes %1 deleted (%2) — Ctrl+Z brings them back</source>
        <translation>Punten %1 verwijderd (%2) — Ctrl+Z zet ze terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="282"/>
        <source>Notes %1 deleted — Ctrl+Z brings them back</source>
        <translation>Punten %1 verwijderd — Ctrl+Z zet ze terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="284"/>
        <source>1 vote</source>
        <translation>1 stem</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="284"/>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="356"/>
        <source>The name scanner could not be loaded (%1): notes stay hidden on the wall until you confirm with F9 that they hold no personal data</source>
        <translation>De namenscanner kon niet worden geladen (%1): punten blijven verborgen op de muur tot u met F9 bevestigt dat ze geen persoonsgegevens bevatten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="387"/>
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
        <source>move to theme 1 … 9, to no theme</source>
        <translation>naar thema 1 … 9, naar geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="39"/>
        <source>add or remove a vote</source>
        <translation>stem erbij of eraf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="40"/>
        <source>not personal data: show the masked note on the wall as typed</source>
        <translation>geen persoonsgegevens: het gemaskeerde punt op de muur tonen zoals getypt</translation>
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
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="289"/>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="306"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="312"/>
        <source>Merged into No. %1</source>
        <translation>Samengevoegd met nr. %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="316"/>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="320"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="393"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="321"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="369"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="322"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="381"/>
        <source>Investigate</source>
        <translation>Uitzoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="323"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="386"/>
        <source>Outside the frame</source>
        <translation>Buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="324"/>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="329"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="330"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="331"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="335"/>
        <source>Discuss the selected note</source>
        <translation>Het geselecteerde punt bespreken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="337"/>
        <source>Choose a note in the list to answer it, investigate it or explain the frame.</source>
        <translation>Kies een punt in de lijst om het te beantwoorden, uit te zoeken of de kaders toe te lichten.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="339"/>
        <source>No note selected</source>
        <translation>Geen punt geselecteerd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="340"/>
        <source>Note number</source>
        <translation>Nummer van het punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="341"/>
        <source>Kind, theme and group</source>
        <translation>Soort, thema en groep</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="342"/>
        <source>Note text</source>
        <translation>Tekst van het punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="343"/>
        <source>Current answer or reason</source>
        <translation>Huidig antwoord of reden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="344"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="345"/>
        <source>One vote more</source>
        <translation>Eén stem erbij</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="346"/>
        <source>One vote more (+)</source>
        <translation>Eén stem erbij (+)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="347"/>
        <source>One vote less</source>
        <translation>Eén stem eraf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="348"/>
        <source>One vote less (-)</source>
        <translation>Eén stem eraf (-)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="352"/>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="353"/>
        <source>Alt+I</source>
        <translation>Alt+U</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="354"/>
        <source>Alt+O</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="355"/>
        <source>Alt+R</source>
        <translation>Alt+O</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="363"/>
        <source>Reopen</source>
        <translation>Opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="365"/>
        <source>Reopen the note</source>
        <translation>Het punt opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="366"/>
        <source>Answered (%1)</source>
        <translation>Beantwoord (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="367"/>
        <source>The short answer given tonight</source>
        <translation>Het korte antwoord van vanavond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="368"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="370"/>
        <source>Mark as answered</source>
        <translation>Markeren als beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="372"/>
        <source>Investigate: a promise (%1)</source>
        <translation>Uitzoeken: een toezegging (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="374"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="391"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="375"/>
        <source>What will be investigated</source>
        <translation>Wat er wordt uitgezocht</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="376"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="391"/>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="377"/>
        <source>Colleague or department</source>
        <translation>Collega of afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="378"/>
        <source>Owner of the promise</source>
        <translation>Wie de toezegging oppakt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="379"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="391"/>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="380"/>
        <source>Due date of the promise</source>
        <translation>Uiterste datum van de toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="382"/>
        <source>Investigate and make a promise</source>
        <translation>Uitzoeken en een toezegging doen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="383"/>
        <source>Outside the frame (%1)</source>
        <translation>Buiten de kaders (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="384"/>
        <source>Why this is not open for discussion</source>
        <translation>Waarom dit niet ter discussie staat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="385"/>
        <source>Reason why it is outside the frame</source>
        <translation>Reden waarom het buiten de kaders valt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="387"/>
        <source>Mark as outside the frame</source>
        <translation>Markeren als buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="388"/>
        <source>Promises: tonight&apos;s, and still open from earlier evenings</source>
        <translation>Toezeggingen: van vanavond, en nog open van eerdere avonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="389"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="391"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="394"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="395"/>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="397"/>
        <source>From an earlier evening: </source>
        <translation>Van een eerdere avond: </translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="398"/>
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
    <name>MainActions</name>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="101"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="102"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="103"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Bewonersavond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="105"/>
        <source>Recent dossiers</source>
        <translation>Recente dossiers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="106"/>
        <source>&amp;New dossier…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="107"/>
        <source>&amp;Open dossier…</source>
        <translation>Dossier &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="108"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="109"/>
        <source>&amp;Close dossier</source>
        <translation>Dossier &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="110"/>
        <source>Export as &amp;JSON…</source>
        <translation>Exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="111"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="113"/>
        <source>A complete copy of the dossier as it is now, safe to make while the evening goes on</source>
        <translation>Een volledige kopie van het dossier zoals het nu is, veilig te maken terwijl de avond doorgaat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="115"/>
        <source>Export &amp;report…</source>
        <translation>&amp;Verslag exporteren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="116"/>
        <source>House &amp;style…</source>
        <translation>&amp;Huisstijl…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="119"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="120"/>
        <source>Show on &amp;projector</source>
        <translation>Op &amp;projector tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="121"/>
        <source>Projector &amp;black</source>
        <translation>Projector &amp;zwart</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="122"/>
        <source>Projector &amp;white</source>
        <translation>Projector &amp;wit</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="123"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nieuwe avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="124"/>
        <source>&amp;About Bricoleur Desk</source>
        <translation>&amp;Over Bricoleur Desk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="85"/>
        <source>Cannot open dossier</source>
        <translation>Dossier kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="142"/>
        <source>Changes not saved</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="144"/>
        <source>The latest changes could not be saved in {0}. Save a copy as JSON so nothing is lost?</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen in {0}. Een kopie als JSON opslaan, zodat er niets verloren gaat?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="169"/>
        <source>{0} is read-only (a locked medium or folder): changes are not possible. Use Dossier → Save a copy as… to work on a copy.</source>
        <translation>{0} is alleen-lezen (een beveiligde schijf of map): wijzigen kan niet. Kies Dossier → Kopie opslaan als… om in een kopie verder te werken.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="184"/>
        <source>Bricoleur Desk was not closed properly last time. {0} is open again where the room was; every change that was saved is there.</source>
        <translation>Bricoleur Desk is de vorige keer niet netjes afgesloten. {0} staat weer open waar de zaal was; elke opgeslagen wijziging is er nog.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="211"/>
        <source>Undo {0}</source>
        <translation>{0} ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="214"/>
        <source>Redo {0}</source>
        <translation>{0} opnieuw doen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="250"/>
        <source>Bricoleur dossier (*.bricoleur)</source>
        <translation>Bricoleur-dossier (*.bricoleur)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="258"/>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="265"/>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="265"/>
        <source>Name of the plan or initiative:</source>
        <translation>Naam van het plan of initiatief:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="271"/>
        <source>Save new dossier as</source>
        <translation>Nieuw dossier opslaan als</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="282"/>
        <source>Cannot create dossier</source>
        <translation>Dossier kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="290"/>
        <source>Cannot write the demo</source>
        <translation>Demo kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="298"/>
        <source>Export as JSON</source>
        <translation>Exporteren als JSON</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="304"/>
        <source>Cannot export</source>
        <translation>Exporteren is mislukt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="306"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="313"/>
        <source>{0} copy</source>
        <translation>{0} kopie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="315"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="324"/>
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="326"/>
        <source>Saved a copy as {0}</source>
        <translation>Kopie opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="366"/>
        <source>About Bricoleur Desk</source>
        <translation>Over Bricoleur Desk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="367"/>
        <source>Bricoleur Desk {0}
For resident evenings and the follow-up.</source>
        <translation>Bricoleur Desk {0}
Voor bewonersavonden en de terugkoppeling.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="399"/>
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
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="250"/>
        <source>Notes</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="251"/>
        <source>Sketches</source>
        <translation>Schetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="252"/>
        <source>Notes and sketches</source>
        <translation>Punten en schetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="253"/>
        <source>On the projector (F5):</source>
        <translation>Op de projector (F5):</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="256"/>
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
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="385"/>
        <source>Meeting:</source>
        <translation>Avond:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="386"/>
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
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="190"/>
        <source>Prepare the evening</source>
        <translation>De avond voorbereiden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="192"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="192"/>
        <source>Title of the evening</source>
        <translation>Titel van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="193"/>
        <source>&amp;Date and time</source>
        <translation>Datum en ti&amp;jd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="193"/>
        <source>Date and time of the evening</source>
        <translation>Datum en tijd van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="194"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="194"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="195"/>
        <source>The &amp;question</source>
        <translation>De &amp;vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="195"/>
        <source>The question of the evening</source>
        <translation>De vraag van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="196"/>
        <source>&amp;Open for discussion</source>
        <translation>&amp;Open voor inbreng</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="196"/>
        <source>Open for discussion</source>
        <translation>Open voor inbreng</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="197"/>
        <source>&amp;Fixed, and why</source>
        <translation>Ligt &amp;al vast, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="197"/>
        <source>Fixed, and why</source>
        <translation>Ligt al vast, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="198"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="198"/>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="199"/>
        <source>Expected &amp;groups</source>
        <translation>Verwachte &amp;groepen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="199"/>
        <source>Expected groups</source>
        <translation>Verwachte groepen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="200"/>
        <source>What happens &amp;next</source>
        <translation>Hoe v&amp;erder</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="200"/>
        <source>What happens next</source>
        <translation>Hoe verder</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="207"/>
        <source>A school, a community centre, on site</source>
        <translation>Een school, een buurthuis, ter plekke</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="209"/>
        <source>What is this evening about?</source>
        <translation>Waar gaat deze avond over?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="211"/>
        <source>What happens after tonight, how to stay in touch</source>
        <translation>Wat er na vanavond gebeurt, en hoe u op de hoogte blijft</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="212"/>
        <source>What residents can influence</source>
        <translation>Waar bewoners invloed op hebben</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="213"/>
        <source>What is fixed, and why</source>
        <translation>Wat al vastligt, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="214"/>
        <source>A group, street or organisation</source>
        <translation>Een groep, straat of organisatie</translation>
    </message>
</context>
<context>
    <name>PrivacyChips</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/privacy_chip.py" line="54"/>
        <source>Personal data? The wall shows: %1</source>
        <translation>Persoonsgegevens? De muur toont: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/privacy_chip.py" line="63"/>
        <source>Note %1 hidden on the wall until it is scanned — %2: not personal data</source>
        <translation>Punt %1 verborgen op de muur tot het gescand is — %2: geen persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/privacy_chip.py" line="65"/>
        <source>Note %1 masked on the wall — %2: not personal data</source>
        <translation>Punt %1 gemaskeerd op de muur — %2: geen persoonsgegevens</translation>
    </message>
</context>
<context>
    <name>PrivacyReview</name>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="148"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="149"/>
        <source>email address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="150"/>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="151"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="158"/>
        <source>Scanning every text for names…</source>
        <translation>Alle teksten worden op namen gescand…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="160"/>
        <source>Every text was scanned: no names, addresses, emails or phone numbers found.</source>
        <translation>Alle teksten zijn gescand: geen namen, adressen, e-mailadressen of telefoonnummers gevonden.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="164"/>
        <source>The name scanner could not be loaded ({0}): only the dossier&apos;s people, emails and phone numbers were looked for. Read the report for other names before sending it.</source>
        <translation>De namenscanner kon niet worden geladen ({0}): alleen naar de personen van het dossier, e-mailadressen en telefoonnummers is gezocht. Lees het verslag na op andere namen voordat u het verstuurt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="169"/>
        <source>Only the dossier&apos;s people, emails and phone numbers were looked for.</source>
        <translation>Alleen naar de personen van het dossier, e-mailadressen en telefoonnummers is gezocht.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="173"/>
        <source>Personal data found in {0} place(s). The public report replaces each by [naam], [e-mail], [telefoon] or [adres], except the {1} you tick to keep.</source>
        <translation>Persoonsgegevens gevonden op {0} plek(ken). Het openbare verslag vervangt elk door [naam], [e-mail], [telefoon] of [adres], behalve de {1} die u aanvinkt om te houden.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="178"/>
        <source>Personal data found in {0} place(s). The internal report shows them.</source>
        <translation>Persoonsgegevens gevonden op {0} plek(ken). Het interne verslag toont ze.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="187"/>
        <source>Personal data (tick a hit to keep it in the public report)</source>
        <translation>Persoonsgegevens (vink een vondst aan om die in het openbare verslag te houden)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="188"/>
        <source>&amp;Redact in the dossier</source>
        <translation>&amp;Weglakken in het dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="189"/>
        <source>Places where personal data was found</source>
        <translation>Plekken waar persoonsgegevens zijn gevonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="190"/>
        <source>Redact personal data in the dossier</source>
        <translation>Persoonsgegevens in het dossier weglakken</translation>
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
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="208"/>
        <source>Choose where to save the report.</source>
        <translation>Kies waar het verslag moet komen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="229"/>
        <source>The report was not saved: {0}</source>
        <translation>Het verslag is niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="234"/>
        <source>Saved {0} ({1} pages).</source>
        <translation>{0} opgeslagen ({1} pagina&apos;s).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="246"/>
        <source>The promises were not saved: {0}</source>
        <translation>De toezeggingen zijn niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="248"/>
        <source>Saved the promises as {0}.</source>
        <translation>De toezeggingen zijn opgeslagen als {0}.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="281"/>
        <source>Wait until every text has been scanned for names.</source>
        <translation>Wacht tot alle teksten op namen zijn gescand.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="282"/>
        <source>Look at the ticked sketch sheets and confirm they show no personal data.</source>
        <translation>Bekijk de aangevinkte schetsvellen en bevestig dat ze geen persoonsgegevens tonen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="286"/>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="317"/>
        <source>Export report</source>
        <translation>Verslag exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="318"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Avond:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="320"/>
        <source>Audience:</source>
        <translation>Voor wie:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="321"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Taal van het verslag:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="323"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="325"/>
        <source>&amp;Public (residents): no names or contact details</source>
        <translation>&amp;Openbaar (bewoners): zonder namen of contactgegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="326"/>
        <source>&amp;Internal: with contacts and internal remarks</source>
        <translation>&amp;Intern: met contactgegevens en interne opmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="327"/>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="328"/>
        <source>&amp;Open the PDF when it is saved</source>
        <translation>De PDF o&amp;penen na het opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="329"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="330"/>
        <source>Promises as &amp;CSV</source>
        <translation>Toezeggingen als &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="331"/>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="344"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="333"/>
        <source>Meeting</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="334"/>
        <source>Public report</source>
        <translation>Openbaar verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="335"/>
        <source>Internal report</source>
        <translation>Intern verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="336"/>
        <source>Language of the report</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="337"/>
        <source>File to save the report to</source>
        <translation>Bestand voor het verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="338"/>
        <source>Choose the file</source>
        <translation>Bestand kiezen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="339"/>
        <source>Open the PDF when saved</source>
        <translation>De PDF openen na het opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="340"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="341"/>
        <source>Export status</source>
        <translation>Status van de export</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="342"/>
        <source>Export the report</source>
        <translation>Het verslag exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="343"/>
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
    <name>SheetChoice</name>
    <message>
        <location filename="../../bricoleur_desk/ui/report_sheets.py" line="95"/>
        <source>shown on the canvas</source>
        <translation>zichtbaar op het schetsvlak</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_sheets.py" line="95"/>
        <source>hidden on the canvas</source>
        <translation>verborgen op het schetsvlak</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_sheets.py" line="104"/>
        <source>Sketch sheets in the report</source>
        <translation>Schetsvellen in het verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_sheets.py" line="105"/>
        <source>This meeting has no sketch sheets.</source>
        <translation>Deze avond heeft geen schetsvellen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_sheets.py" line="107"/>
        <source>I looked at the ticked sheets: the handwriting shows no names or contact details</source>
        <translation>Ik heb de aangevinkte vellen bekeken: het handschrift toont geen namen of contactgegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_sheets.py" line="109"/>
        <source>Sketch sheets: tick the ones that go into the report</source>
        <translation>Schetsvellen: vink aan welke in het verslag komen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_sheets.py" line="110"/>
        <source>The ticked sheets show no personal data</source>
        <translation>De aangevinkte vellen tonen geen persoonsgegevens</translation>
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
        <source>Not personal data</source>
        <translation>Geen persoonsgegevens</translation>
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
        <source>Add promise</source>
        <translation>Toezegging toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="56"/>
        <source>Investigate note</source>
        <translation>Punt uitzoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="57"/>
        <source>Outside the frame</source>
        <translation>Buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="58"/>
        <source>Reopen note</source>
        <translation>Punt opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="59"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="60"/>
        <source>Promise status</source>
        <translation>Status van de toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="61"/>
        <source>Evaluation score</source>
        <translation>Evaluatiecijfer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="62"/>
        <source>Evaluation remarks</source>
        <translation>Evaluatieopmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="63"/>
        <source>Attendance</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="66"/>
        <source>Redact personal data</source>
        <translation>Persoonsgegevens weglakken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="67"/>
        <source>House style</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="70"/>
        <source>New canvas</source>
        <translation>Nieuwe schets</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="71"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="72"/>
        <source>New sheet</source>
        <translation>Nieuw vel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="73"/>
        <source>Rename sheet</source>
        <translation>Vel hernoemen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="74"/>
        <source>Show sheet</source>
        <translation>Vel tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="75"/>
        <source>Hide sheet</source>
        <translation>Vel verbergen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="76"/>
        <source>Sheet opacity</source>
        <translation>Dekking van het vel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="77"/>
        <source>Lock sheet</source>
        <translation>Vel vastzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="78"/>
        <source>Unlock sheet</source>
        <translation>Vel losmaken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="79"/>
        <source>Reorder sheets</source>
        <translation>Vellen herschikken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="80"/>
        <source>Delete sheet</source>
        <translation>Vel verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="81"/>
        <source>Compare sheets</source>
        <translation>Vellen vergelijken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="82"/>
        <source>Draw</source>
        <translation>Tekenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="84"/>
        <source>line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="85"/>
        <source>arrow</source>
        <translation>Pijl</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="86"/>
        <source>rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="87"/>
        <source>ellipse</source>
        <translation>Ellips</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="89"/>
        <source>Erase</source>
        <translation>Gummen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="90"/>
        <source>Sticky note</source>
        <translation>Plakbriefje</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="91"/>
        <source>Type</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="92"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="93"/>
        <source>Pin</source>
        <translation>Speld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="94"/>
        <source>Pins</source>
        <translation>Spelden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="95"/>
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
