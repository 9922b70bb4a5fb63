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
        <location filename="../../bricoleur_desk/ui/canvas/audience.py" line="61"/>
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
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="234"/>
        <location filename="../../bricoleur_desk/ui/projector.py" line="169"/>
        <source>Projector screen</source>
        <translation>Scherm voor de projector</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="364"/>
        <source>Bricoleur Desk — projector</source>
        <translation>Bricoleur Desk — projector</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="365"/>
        <source>Audience window</source>
        <translation>Venster voor de zaal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="366"/>
        <source>The notes as the room sees them</source>
        <translation>De punten zoals de zaal ze ziet</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="368"/>
        <source>Under discussion</source>
        <translation>Nu aan de orde</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="369"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="370"/>
        <source>We will find out</source>
        <translation>Zoeken we uit</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="371"/>
        <source>Outside the frame</source>
        <translation>Buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="372"/>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="374"/>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="375"/>
        <source>No theme yet</source>
        <translation>Nog geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="374"/>
        <source>(continued)</source>
        <translation>(vervolg)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="379"/>
        <source>Promised last time</source>
        <translation>Vorige keer beloofd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="380"/>
        <source>No promises were made at earlier evenings.</source>
        <translation>Op eerdere avonden zijn geen toezeggingen gedaan.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/window.py" line="381"/>
        <source>… and %1 more: all of them are in the report</source>
        <translation>… en nog %1: alle staan in het verslag</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/view.py" line="123"/>
        <source>Sketch canvas</source>
        <translation>Schetsvlak</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/view.py" line="123"/>
        <source>Sketch for the room</source>
        <translation>Schets voor de zaal</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="175"/>
        <source>Read-only dossier: save a copy (Ctrl+Shift+S) to add notes</source>
        <translation>Dossier is alleen-lezen: sla een kopie op (Ctrl+Shift+S) om punten toe te voegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="180"/>
        <source>Type what is said, Enter adds it.  ? question  ! idea  #theme  @group  (F1: all keys)</source>
        <translation>Typ wat er gezegd wordt, Enter voegt toe.  ? vraag  ! idee  #thema  @groep  (F1: alle toetsen)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="183"/>
        <source>Capture line: type a note, Enter adds it</source>
        <translation>Invoerregel: typ een punt, Enter voegt het toe</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="184"/>
        <source>Notes</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="185"/>
        <source>What the markers mean</source>
        <translation>Wat de tekens betekenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="186"/>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="187"/>
        <source>Filter notes</source>
        <translation>Punten filteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="188"/>
        <source>Arrange notes</source>
        <translation>Punten ordenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="192"/>
        <source>By theme</source>
        <translation>Per thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="193"/>
        <source>In order of arrival</source>
        <translation>In volgorde van binnenkomst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="196"/>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="418"/>
        <source>No theme yet</source>
        <translation>Nog geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="197"/>
        <source>Merge into the first selected</source>
        <translation>Samenvoegen in het eerst geselecteerde</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="198"/>
        <source>Split in two</source>
        <translation>In tweeën splitsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="199"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="200"/>
        <source>Internal remark…</source>
        <translation>Interne opmerking…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="201"/>
        <source>Markers and keys</source>
        <translation>Tekens en toetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="202"/>
        <source>Not personal data: show it on the wall</source>
        <translation>Geen persoonsgegevens: op de muur tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="203"/>
        <source>Personal data on the wall</source>
        <translation>Persoonsgegevens op de muur</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="264"/>
        <source>Note %1 shown on the wall as typed — Ctrl+Z masks it again</source>
        <translation>Punt %1 staat op de muur zoals getypt — Ctrl+Z maskeert het weer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="302"/>
        <source>Note %1 deleted (%2) — Ctrl+Z brings it back</source>
        <translation>Punt %1 verwijderd (%2) — Ctrl+Z zet het terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="304"/>
        <source>Note %1 deleted — Ctrl+Z brings it back</source>
        <translation>Punt %1 verwijderd — Ctrl+Z zet het terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="308"/>
        <source>Notes %1 deleted (%2) — Ctrl+Z brings them back</source>
        <translation>Punten %1 verwijderd (%2) — Ctrl+Z zet ze terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="310"/>
        <source>Notes %1 deleted — Ctrl+Z brings them back</source>
        <translation>Punten %1 verwijderd — Ctrl+Z zet ze terug</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="312"/>
        <source>1 vote</source>
        <translation>1 stem</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="312"/>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="384"/>
        <source>The name scanner could not be loaded (%1): notes stay hidden on the wall until you confirm with F9 that they hold no personal data</source>
        <translation>De namenscanner kon niet worden geladen (%1): punten blijven verborgen op de muur tot u met F9 bevestigt dat ze geen persoonsgegevens bevatten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="415"/>
        <source>Move to theme</source>
        <translation>Naar thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="430"/>
        <source>Link a person…</source>
        <translation>Persoon koppelen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_view.py" line="434"/>
        <source>Unlink the person</source>
        <translation>Persoon ontkoppelen</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="43"/>
        <source>at the start: a question</source>
        <translation>vooraan: een vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="44"/>
        <source>at the start: an idea (a concern is the default)</source>
        <translation>vooraan: een idee (zonder teken is het een zorg)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="45"/>
        <source>put it in a theme (made when new)</source>
        <translation>in een thema zetten (een nieuw thema wordt gemaakt)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="45"/>
        <source>#theme</source>
        <translation>#thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="46"/>
        <source>a theme name with spaces</source>
        <translation>een themanaam met spaties</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="46"/>
        <source>#&quot;Two words&quot;</source>
        <translation>#&quot;Twee woorden&quot;</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="47"/>
        <source>raised by a group or street, never a name</source>
        <translation>ingebracht door een groep of straat, nooit een naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="48"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="48"/>
        <source>add the note</source>
        <translation>punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="49"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="49"/>
        <source>new line in the note</source>
        <translation>nieuwe regel in het punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="50"/>
        <source>Tab / Esc</source>
        <translation>Tab / Esc</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="50"/>
        <source>to the list / back to typing</source>
        <translation>naar de lijst / terug naar typen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="51"/>
        <source>edit the note</source>
        <translation>punt bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="52"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="52"/>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="53"/>
        <source>merge the selected notes into the first</source>
        <translation>geselecteerde punten samenvoegen in het eerste</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="54"/>
        <source>split the note in two</source>
        <translation>punt in tweeën splitsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="55"/>
        <source>internal remark: for colleagues only</source>
        <translation>interne opmerking: alleen voor collega&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="56"/>
        <source>move to theme 1 … 9, to no theme</source>
        <translation>naar thema 1 … 9, naar geen thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="57"/>
        <source>add or remove a vote</source>
        <translation>stem erbij of eraf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="58"/>
        <source>PgUp / PgDn</source>
        <translation>PgUp / PgDn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="58"/>
        <source>the projector&apos;s previous / next page (a presenter remote too)</source>
        <translation>vorige / volgende pagina op de projector (ook met een presenter)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="59"/>
        <source>in Discuss: only this theme on the projector; again: every theme</source>
        <translation>bij Bespreken: alleen dit thema op de projector; nogmaals: alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="60"/>
        <source>not personal data: show the masked note on the wall as typed</source>
        <translation>geen persoonsgegevens: het gemaskeerde punt op de muur tonen zoals getypt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="61"/>
        <source>undo / redo</source>
        <translation>ongedaan maken / opnieuw</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="62"/>
        <source>show or hide this sheet</source>
        <translation>dit overzicht tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="69"/>
        <source>Markers and keys</source>
        <translation>Tekens en toetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/cheat_sheet.py" line="71"/>
        <source>Cheat-sheet of markers and keys</source>
        <translation>Spiekbriefje met tekens en toetsen</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/pages.py" line="153"/>
        <source>Thank you for coming!</source>
        <translation>Bedankt voor uw komst!</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/pages.py" line="154"/>
        <source>What happens next</source>
        <translation>Hoe verder</translation>
    </message>
</context>
<context>
    <name>ClosePanel</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="224"/>
        <source>Count who came per group to see which expected groups did not come.</source>
        <translation>Tel per groep wie er kwam, dan ziet u welke verwachte groepen er niet waren.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="228"/>
        <source>Expected but absent: %1</source>
        <translation>Verwacht maar niet gekomen: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="231"/>
        <source>Every expected group came.</source>
        <translation>Alle verwachte groepen waren er.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="237"/>
        <source>No scores yet</source>
        <translation>Nog geen cijfers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="240"/>
        <source>%1 responses, average %2</source>
        <translation>%1 reacties, gemiddeld %2</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="244"/>
        <source>Close the evening</source>
        <translation>De avond afsluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="249"/>
        <source>Click a score or press 1-5 to count one more; with Shift, one less. Below each score: how many people gave it (type to set).</source>
        <translation>Klik op een cijfer of druk op 1-5 om er één bij te tellen; met Shift één eraf. Onder elk cijfer: hoeveel mensen het gaven (typ om aan te passen).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="259"/>
        <source>Score %1 (%2): one more</source>
        <translation>Cijfer %1 (%2): één erbij</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="262"/>
        <source>Score %1 (%2): click or key %1 for one more, with Shift one less</source>
        <translation>Cijfer %1 (%2): klik of toets %1 voor één erbij, met Shift één eraf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="266"/>
        <source>Number of people who gave %1</source>
        <translation>Aantal mensen dat een %1 gaf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="267"/>
        <source>Evaluation summary</source>
        <translation>Samenvatting van de evaluatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="268"/>
        <source>&amp;Remarks</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="269"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="269"/>
        <source>A remark from the room</source>
        <translation>Een opmerking uit de zaal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="270"/>
        <source>Attendance</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="272"/>
        <source>Report te&amp;xt: introduction, summary, answers…</source>
        <translation>Verslag&amp;tekst: inleiding, samenvatting, antwoorden…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="273"/>
        <source>Report text: introduction, summary and answers</source>
        <translation>Verslagtekst: inleiding, samenvatting en antwoorden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/close_panel.py" line="275"/>
        <source>Write the report&apos;s introduction and summary, and complete the answers, before export</source>
        <translation>Schrijf de inleiding en samenvatting van het verslag en vul de antwoorden aan, vóór het exporteren</translation>
    </message>
</context>
<context>
    <name>ColleagueDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="67"/>
        <source>Colleague or department</source>
        <translation>Collega of afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="82"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="83"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="84"/>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="85"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
</context>
<context>
    <name>ColleaguesCommands</name>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/menu.py" line="49"/>
        <source>Colleagues and planned &amp;works…</source>
        <translation>Collega&apos;s en geplande &amp;werken…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/menu.py" line="51"/>
        <source>Departments and colleagues who own promises, and works planned in the area (internal)</source>
        <translation>Afdelingen en collega&apos;s die toezeggingen oppakken, en werken die in het gebied gepland zijn (intern)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/menu.py" line="53"/>
        <source>Action list per depart&amp;ment…</source>
        <translation>Actielijst per afdel&amp;ing…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/menu.py" line="55"/>
        <source>For colleagues the morning after: open promises and points to look into, per department</source>
        <translation>Voor collega&apos;s, de ochtend erna: open toezeggingen en punten om uit te zoeken, per afdeling</translation>
    </message>
</context>
<context>
    <name>ColleaguesRegister</name>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="27"/>
        <source>department</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="28"/>
        <source>colleague</source>
        <translation>collega</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="35"/>
        <source>planned work</source>
        <translation>gepland werk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="36"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="37"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/names.py" line="22"/>
        <source>Names in the register of colleagues</source>
        <translation>Namen in het register van collega&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="113"/>
        <source>action-list</source>
        <translation>actielijst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="116"/>
        <source>Action list</source>
        <translation>Actielijst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="118"/>
        <source>PDF files (*.pdf);;CSV files for Excel (*.csv)</source>
        <translation>PDF-bestanden (*.pdf);;CSV-bestanden voor Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="132"/>
        <source>Cannot write the action list</source>
        <translation>Actielijst niet geschreven</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="135"/>
        <source>Wrote the action list: %1 (%2 items for %3)</source>
        <translation>Actielijst geschreven: %1 (%2 punten voor %3)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="138"/>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="149"/>
        <source>Colleagues and planned works (internal)</source>
        <translation>Collega&apos;s en geplande werken (intern)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="150"/>
        <source>&amp;Colleagues and departments</source>
        <translation>&amp;Collega&apos;s en afdelingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="151"/>
        <source>&amp;Planned works</source>
        <translation>Geplande &amp;werken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="152"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="153"/>
        <source>Action &amp;list…</source>
        <translation>Actie&amp;lijst…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="155"/>
        <source>What residents asked of the selected department or colleague (nothing selected: everyone), as PDF or CSV</source>
        <translation>Wat bewoners vroegen van de gekozen afdeling of collega (niets gekozen: iedereen), als PDF of CSV</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_window.py" line="157"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ColleaguesTab</name>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="221"/>
        <source>Removed: {0}; what it owned went to its department (Ctrl+Z brings it back)</source>
        <translation>Verwijderd: {0}; wat er lag, ging naar de afdeling (Ctrl+Z zet het terug)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="227"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="233"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="227"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="231"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="227"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="232"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="227"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="234"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="227"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="229"/>
        <source>Name of a colleague or department</source>
        <translation>Naam van een collega of afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="230"/>
        <source>Role, e.g. traffic engineer</source>
        <translation>Rol, bijv. verkeerskundige</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="235"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="236"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="237"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>ConflictField</name>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="25"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="26"/>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="27"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="28"/>
        <source>votes</source>
        <translation>stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="29"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="30"/>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="31"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="32"/>
        <source>due</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="33"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="34"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="35"/>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="36"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="37"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="38"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="39"/>
        <source>made at</source>
        <translation>gemaakt op</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="43"/>
        <source>concern</source>
        <translation>zorg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="44"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="45"/>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="46"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="47"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="48"/>
        <source>to investigate</source>
        <translation>uitzoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="49"/>
        <source>outside the frame</source>
        <translation>buiten het kader</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="50"/>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="51"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="52"/>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="56"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="57"/>
        <source>promise</source>
        <translation>toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="58"/>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="59"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="60"/>
        <source>theme</source>
        <translation>thema</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="139"/>
        <source>Conflicts to resolve: %1</source>
        <translation>Conflicten op te lossen: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="141"/>
        <source>No conflicts: every push merged cleanly.</source>
        <translation>Geen conflicten: elke verzending is zonder botsing samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="154"/>
        <source>(deleted on this side)</source>
        <translation>(aan deze kant verwijderd)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="168"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="168"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="168"/>
        <source>Pushed by</source>
        <translation>Verstuurd door</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="168"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="169"/>
        <source>Conflicts to resolve</source>
        <translation>Op te lossen conflicten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="170"/>
        <source>In the archive:</source>
        <translation>In het archief:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="171"/>
        <source>The archive&apos;s version</source>
        <translation>De versie in het archief</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="172"/>
        <source>Pushed:</source>
        <translation>Verstuurd:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="173"/>
        <source>The pushed version</source>
        <translation>De verstuurde versie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="174"/>
        <source>Keep the &amp;archive&apos;s version</source>
        <translation>Versie van het &amp;archief houden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/conflicts_tab.py" line="175"/>
        <source>Keep the pushed &amp;version</source>
        <translation>Verstuurde versie ho&amp;uden</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="90"/>
        <source>Connect to the team archive</source>
        <translation>Verbinden met het teamarchief</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="91"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="93"/>
        <source>Address of the archive database</source>
        <translation>Adres van de archiefdatabase</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="94"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="95"/>
        <source>Database user</source>
        <translation>Databasegebruiker</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="96"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="97"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="98"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>Wachtwoord &amp;bewaren in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="102"/>
        <source>A password kept in the system keyring is used when the field is left empty; it is never written to a file. Leave it empty without one to use ~/.pgpass, as psql does.</source>
        <translation>Een wachtwoord uit de sleutelbos van het systeem wordt gebruikt als het veld leeg blijft; het komt nooit in een bestand. Zonder bewaard wachtwoord gebruikt een leeg veld ~/.pgpass, zoals psql.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="109"/>
        <source>This computer has no system keyring: the password is used for this connection only and asked again next time. Leave it empty to use ~/.pgpass, as psql does.</source>
        <translation>Deze computer heeft geen sleutelbos: het wachtwoord geldt alleen voor deze verbinding en wordt de volgende keer opnieuw gevraagd. Laat het leeg om ~/.pgpass te gebruiken, zoals psql.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="113"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/connect_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/date_field.py" line="123"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/date_field.py" line="126"/>
        <source>Type a date: 15-04-2027, 15-4-27, 15 april 2027. Up and Down change the day, month or year.</source>
        <translation>Typ een datum: 15-04-2027, 15-4-27, 15 april 2027. Pijl omhoog en omlaag veranderen de dag, maand of het jaar.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/date_field.py" line="129"/>
        <source>Choose the date in a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/date_field.py" line="130"/>
        <location filename="../../bricoleur_desk/ui/phases/date_field.py" line="131"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DiscussPanel</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="258"/>
        <source>Say what the municipality will do.</source>
        <translation>Zeg wat de gemeente gaat doen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="265"/>
        <source>Type a due date, such as %1.</source>
        <translation>Typ een uiterste datum, zoals %1.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="290"/>
        <source>Due date in the past</source>
        <translation>Datum in het verleden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="292"/>
        <source>The due date %1 has already passed. Make the promise with this date?</source>
        <translation>De datum %1 is al voorbij. Toch de toezegging met deze datum maken?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="335"/>
        <source>Show every theme on the wall</source>
        <translation>Toon alle thema&apos;s op de muur</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="336"/>
        <source>Show the theme alone on the wall</source>
        <translation>Toon thema alleen op de muur</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="362"/>
        <source>Drop promise</source>
        <translation>Toezegging laten vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="363"/>
        <source>Why is this promise dropped? Residents will read it in the report.</source>
        <translation>Waarom vervalt deze toezegging? Bewoners lezen het in het verslag.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="398"/>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="415"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="421"/>
        <source>Merged into No. %1</source>
        <translation>Samengevoegd met nr. %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="425"/>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="429"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="510"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="430"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="483"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="431"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="498"/>
        <source>Investigate</source>
        <translation>Uitzoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="432"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="503"/>
        <source>Outside the frame</source>
        <translation>Buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="433"/>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="438"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="439"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="440"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="444"/>
        <source>Discuss the selected note</source>
        <translation>Het geselecteerde punt bespreken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="446"/>
        <source>Choose a note in the list to answer it, investigate it or explain the frame.</source>
        <translation>Kies een punt in de lijst om het te beantwoorden, uit te zoeken of de kaders toe te lichten.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="448"/>
        <source>No note selected</source>
        <translation>Geen punt geselecteerd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="449"/>
        <source>Note number</source>
        <translation>Nummer van het punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="450"/>
        <source>Kind, theme and group</source>
        <translation>Soort, thema en groep</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="451"/>
        <source>Note text</source>
        <translation>Tekst van het punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="452"/>
        <source>Current answer or reason</source>
        <translation>Huidig antwoord of reden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="453"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="454"/>
        <source>One vote more</source>
        <translation>Eén stem erbij</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="455"/>
        <source>One vote more (+)</source>
        <translation>Eén stem erbij (+)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="456"/>
        <source>One vote less</source>
        <translation>Eén stem eraf</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="457"/>
        <source>One vote less (-)</source>
        <translation>Eén stem eraf (-)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="461"/>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="462"/>
        <source>Alt+I</source>
        <translation>Alt+U</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="463"/>
        <source>Alt+O</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="464"/>
        <source>Alt+R</source>
        <translation>Alt+O</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="465"/>
        <source>Alt+T</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="475"/>
        <source>The projector shows only the theme of the selected note (or theme), as large as it fits</source>
        <translation>De projector toont alleen het thema van het geselecteerde punt (of thema), zo groot als het past</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="477"/>
        <source>Reopen</source>
        <translation>Opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="479"/>
        <source>Reopen the note</source>
        <translation>Het punt opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="480"/>
        <source>Answered (%1)</source>
        <translation>Beantwoord (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="481"/>
        <source>The short answer given tonight</source>
        <translation>Het korte antwoord van vanavond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="482"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="484"/>
        <source>Mark as answered</source>
        <translation>Markeren als beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="486"/>
        <source>Investigate: a promise (%1)</source>
        <translation>Uitzoeken: een toezegging (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="488"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="508"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="489"/>
        <source>What will be investigated</source>
        <translation>Wat er wordt uitgezocht</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="490"/>
        <source>What the municipality will do, e.g. measure the speed</source>
        <translation>Wat de gemeente gaat doen, bijv. de snelheid meten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="491"/>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="492"/>
        <source>What is wrong with the due date</source>
        <translation>Wat er mis is met de datum</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="493"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="508"/>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="494"/>
        <source>Colleague or department</source>
        <translation>Collega of afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="495"/>
        <source>Owner of the promise</source>
        <translation>Wie de toezegging oppakt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="496"/>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="508"/>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="497"/>
        <source>Due date of the promise</source>
        <translation>Uiterste datum van de toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="499"/>
        <source>Investigate and make a promise</source>
        <translation>Uitzoeken en een toezegging doen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="500"/>
        <source>Outside the frame (%1)</source>
        <translation>Buiten de kaders (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="501"/>
        <source>Why this is not open for discussion</source>
        <translation>Waarom dit niet ter discussie staat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="502"/>
        <source>Reason why it is outside the frame</source>
        <translation>Reden waarom het buiten de kaders valt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="504"/>
        <source>Mark as outside the frame</source>
        <translation>Markeren als buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="505"/>
        <source>Promises: tonight&apos;s, and every one from earlier evenings</source>
        <translation>Toezeggingen: van vanavond, en alle van eerdere avonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="506"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="508"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="511"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="512"/>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="514"/>
        <source>From an earlier evening: </source>
        <translation>Van een eerdere avond: </translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/discuss_panel.py" line="515"/>
        <source>Overdue: </source>
        <translation>Te laat: </translation>
    </message>
</context>
<context>
    <name>DossierCommands</name>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/commands.py" line="52"/>
        <source>Dossier o&amp;verview…</source>
        <translation>Dossieroverzi&amp;cht…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/commands.py" line="54"/>
        <source>The evenings with their counts, the plan&apos;s history and the stakeholders</source>
        <translation>De avonden met hun aantallen, de voorgeschiedenis van het plan en de belanghebbenden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/commands.py" line="56"/>
        <source>Report &amp;text…</source>
        <translation>Verslag&amp;tekst…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/commands.py" line="58"/>
        <source>The report&apos;s introduction and summary, and the answers, written after the evening</source>
        <translation>De inleiding en samenvatting van het verslag en de antwoorden, geschreven na de avond</translation>
    </message>
</context>
<context>
    <name>DossierEncryption</name>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="47"/>
        <source>Wrong passphrase</source>
        <translation>Verkeerd wachtwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="50"/>
        <source>Encrypted dossier</source>
        <translation>Versleuteld dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="51"/>
        <source>{0} is encrypted. Passphrase:</source>
        <translation>{0} is versleuteld. Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="66"/>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="137"/>
        <source>Encrypt dossier</source>
        <translation>Dossier versleutelen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="70"/>
        <source>The dossier and its backups are encrypted with this passphrase. It is not stored anywhere: without it nobody can open the dossier, you neither. Write it down and keep it somewhere safe.</source>
        <translation>Het dossier en de reservekopieën ervan worden met dit wachtwoord versleuteld. Het wordt nergens bewaard: zonder wachtwoord kan niemand het dossier openen, u ook niet. Schrijf het op en bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="80"/>
        <source>New passphrase:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="81"/>
        <source>The same again:</source>
        <translation>Nogmaals hetzelfde:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="103"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="128"/>
        <source>Read-only dossier</source>
        <translation>Alleen-lezen dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="129"/>
        <source>{0} is read-only; save a copy to change it.</source>
        <translation>{0} is alleen-lezen; sla een kopie op om het te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="138"/>
        <source>{0} is already encrypted.</source>
        <translation>{0} is al versleuteld.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="157"/>
        <source>Cannot encrypt the dossier</source>
        <translation>Kan het dossier niet versleutelen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/encryption.py" line="165"/>
        <source>{0} is encrypted.</source>
        <translation>{0} is versleuteld.</translation>
    </message>
</context>
<context>
    <name>DossierOverview</name>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="174"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="182"/>
        <source>%1 (%2 forms)</source>
        <translation>%1 (%2 formulieren)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="185"/>
        <source>not counted by group</source>
        <translation>niet per groep geteld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="189"/>
        <source>none: every expected group came</source>
        <translation>geen: alle verwachte groepen kwamen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="201"/>
        <source>Dossier overview</source>
        <translation>Dossieroverzicht</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="202"/>
        <source>The &amp;evenings</source>
        <translation>De &amp;avonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="203"/>
        <source>The evenings of the dossier with their counts</source>
        <translation>De avonden van het dossier met hun aantallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="206"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="207"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="208"/>
        <source>Notes</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="209"/>
        <source>Promises open</source>
        <translation>Toezeggingen open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="210"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="211"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="212"/>
        <source>Expected but absent</source>
        <translation>Verwacht maar niet gekomen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="215"/>
        <source>&amp;Stakeholders: who has a stake, and who speaks for them</source>
        <translation>&amp;Belanghebbenden: wie er belang bij heeft, en wie namens hen spreekt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="216"/>
        <source>&amp;Area</source>
        <translation>&amp;Gebied</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="217"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="218"/>
        <source>The neighbourhood or district</source>
        <translation>De buurt of wijk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="219"/>
        <source>&amp;Description of the plan</source>
        <translation>&amp;Omschrijving van het plan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="220"/>
        <source>Description of the plan</source>
        <translation>Omschrijving van het plan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="221"/>
        <source>What the plan or initiative is about</source>
        <translation>Waar het plan of initiatief over gaat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="222"/>
        <source>&amp;History: what came before</source>
        <translation>&amp;Voorgeschiedenis: wat eraan voorafging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="223"/>
        <source>History</source>
        <translation>Voorgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/overview.py" line="225"/>
        <source>Earlier promises, conflicts, a nuisance years ago: you may be starting fresh, but they are not</source>
        <translation>Eerdere beloften, conflicten, overlast van jaren terug: u begint misschien opnieuw, zij niet</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/window.py" line="46"/>
        <source>Dossier: evenings, history and stakeholders</source>
        <translation>Dossier: avonden, voorgeschiedenis en belanghebbenden</translation>
    </message>
</context>
<context>
    <name>DossiersTab</name>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="142"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="142"/>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="142"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="142"/>
        <source>Revision</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="142"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="144"/>
        <source>Dossiers in the team archive</source>
        <translation>Dossiers in het teamarchief</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="145"/>
        <source>Push the &amp;open dossier</source>
        <translation>Het &amp;open dossier versturen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="147"/>
        <source>Send the dossier open in the main window to the archive (it is closed and opened again)</source>
        <translation>Het dossier dat in het hoofdvenster open is naar het archief sturen (het wordt gesloten en weer geopend)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="149"/>
        <source>Push a f&amp;ile…</source>
        <translation>Een bestand ver&amp;sturen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="150"/>
        <source>Send a dossier file to the archive</source>
        <translation>Een dossierbestand naar het archief sturen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="151"/>
        <source>P&amp;ull to a file and open…</source>
        <translation>Op&amp;halen als bestand en openen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="152"/>
        <source>Write the selected dossier as a new file that works offline, and open it</source>
        <translation>Het gekozen dossier als nieuw bestand schrijven dat offline werkt, en het openen</translation>
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
    <name>EvaluationScale</name>
    <message>
        <location filename="../../bricoleur_desk/domain/evaluation_scale.py" line="22"/>
        <source>What did you think of this evening?</source>
        <translation>Wat vond u van deze avond?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/domain/evaluation_scale.py" line="25"/>
        <source>poor</source>
        <translation>slecht</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/domain/evaluation_scale.py" line="26"/>
        <source>mediocre</source>
        <translation>matig</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/domain/evaluation_scale.py" line="27"/>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/domain/evaluation_scale.py" line="28"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/domain/evaluation_scale.py" line="29"/>
        <source>very good</source>
        <translation>heel goed</translation>
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
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="150"/>
        <source>skipped: already a note</source>
        <translation>overgeslagen: staat er al als punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="155"/>
        <source>Choose the column that holds the residents&apos; words.</source>
        <translation>Kies de kolom met de woorden van de bewoners.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="157"/>
        <source>Reactions to add as notes: {0}.</source>
        <translation>Reacties die als punt worden toegevoegd: {0}.</translation>
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
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="206"/>
        <source>Preview of the notes to import</source>
        <translation>Voorbeeld van de notities die worden ingelezen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="208"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="208"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="208"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="208"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="208"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/import_reactions_dialog.py" line="210"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
</context>
<context>
    <name>InternalRemarkBox</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="106"/>
        <source>Alt+N</source>
        <translation>Alt+N</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="108"/>
        <source>Internal (%1)</source>
        <translation>Intern (%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="110"/>
        <source>For colleagues only: in the internal report, never on the wall</source>
        <translation>Alleen voor collega&apos;s: in het interne verslag, nooit op de wand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="113"/>
        <source>The question behind the question: in the internal report only, never on the wall</source>
        <translation>De vraag achter de vraag: alleen in het interne verslag, nooit op de wand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="115"/>
        <source>Internal remark, for colleagues only</source>
        <translation>Interne opmerking, alleen voor collega&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="116"/>
        <source>Planned &amp;work:</source>
        <translation>&amp;Gepland werk:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="117"/>
        <source>Join a work, project or budget already planned in the area (werk met werk)</source>
        <translation>Aansluiten bij een werk, project of budget dat al in het gebied gepland is (werk met werk)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="118"/>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="119"/>
        <source>Planned work</source>
        <translation>Gepland werk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="132"/>
        <source>Internal remark</source>
        <translation>Interne opmerking</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/internal_remark_box.py" line="134"/>
        <source>No. %1: for colleagues only, in the internal report, never on the wall</source>
        <translation>Nr. %1: alleen voor collega&apos;s, in het interne verslag, nooit op de wand</translation>
    </message>
</context>
<context>
    <name>LastTimeBox</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="93"/>
        <source>{0} remarks, {1} promises open ({2} overdue)</source>
        <translation>{0} opmerkingen, {1} toezeggingen open ({2} te laat)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="97"/>
        <source>Last time: {0}, {1}</source>
        <translation>Vorige keer: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="101"/>
        <source>What participants said about the evening</source>
        <translation>Wat deelnemers over de avond zeiden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="103"/>
        <source>score {0} from {1} forms</source>
        <translation>cijfer {0} van {1} formulieren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="107"/>
        <source>No remarks were written down.</source>
        <translation>Er zijn geen opmerkingen genoteerd.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="111"/>
        <source>Expected but absent: %1</source>
        <translation>Verwacht maar niet gekomen: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="118"/>
        <source>Promises still open ({0})</source>
        <translation>Toezeggingen die nog openstaan ({0})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="119"/>
        <source>Every promise is kept or closed.</source>
        <translation>Elke toezegging is nagekomen of afgesloten.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="129"/>
        <source>and {0} more</source>
        <translation>en nog {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="142"/>
        <source>due {0}</source>
        <translation>uiterlijk {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="143"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="151"/>
        <source>latest: {0} ({1})</source>
        <translation>laatst: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="160"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="160"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="162"/>
        <source>Hide last time&apos;s remarks and promises</source>
        <translation>Opmerkingen en toezeggingen van vorige keer verbergen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="164"/>
        <source>Show last time&apos;s remarks and promises</source>
        <translation>Opmerkingen en toezeggingen van vorige keer tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/last_time_box.py" line="168"/>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="146"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="147"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="148"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Bewonersavond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="149"/>
        <source>Vie&amp;w</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="151"/>
        <source>Recent dossiers</source>
        <translation>Recente dossiers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="152"/>
        <source>&amp;New dossier…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="153"/>
        <source>&amp;Open dossier…</source>
        <translation>Dossier &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="154"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="155"/>
        <source>&amp;Close dossier</source>
        <translation>Dossier &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="156"/>
        <source>Export as &amp;JSON…</source>
        <translation>Exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="157"/>
        <source>Save a copy &amp;as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="159"/>
        <source>A complete copy of the dossier as it is now, safe to make while the evening goes on</source>
        <translation>Een volledige kopie van het dossier zoals het nu is, veilig te maken terwijl de avond doorgaat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="161"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Terug&amp;zetten…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="162"/>
        <source>Put back one of the backups made during the evenings</source>
        <translation>Een van de reservekopieën van de avonden terugzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="163"/>
        <source>Export &amp;report…</source>
        <translation>&amp;Verslag exporteren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="164"/>
        <source>House &amp;style…</source>
        <translation>&amp;Huisstijl…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="165"/>
        <source>E&amp;xport a person&apos;s data…</source>
        <translation>&amp;Gegevens van persoon exporteren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="166"/>
        <source>&amp;Erase a person…</source>
        <translation>&amp;Persoon wissen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="167"/>
        <source>Re&amp;tention date…</source>
        <translation>Bewaarter&amp;mijn…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="168"/>
        <source>&amp;Promises register…</source>
        <translation>&amp;Toezeggingen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="169"/>
        <source>&amp;Letter to residents…</source>
        <translation>&amp;Brief aan bewoners…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="170"/>
        <source>Where things stand between evenings: what was promised and what happened</source>
        <translation>De stand van zaken tussen twee avonden: wat er beloofd is en wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="171"/>
        <source>Encr&amp;ypt…</source>
        <translation>V&amp;ersleutelen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="173"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="175"/>
        <source>Show on &amp;projector</source>
        <translation>Op &amp;projector tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="176"/>
        <source>Projector &amp;black</source>
        <translation>Projector &amp;zwart</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="177"/>
        <source>Projector &amp;white</source>
        <translation>Projector &amp;wit</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="178"/>
        <source>Sketch on the projector &amp;follows my view</source>
        <translation>Schets op de projector &amp;volgt mijn beeld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="180"/>
        <source>Off: the projector shows the whole map, whatever you zoom to on the laptop</source>
        <translation>Uit: de projector toont de hele kaart, hoe ver u op de laptop ook inzoomt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="182"/>
        <source>Projector: ne&amp;xt page</source>
        <translation>Projector: volgen&amp;de pagina</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="183"/>
        <source>Projector: pre&amp;vious page</source>
        <translation>Projector: v&amp;orige pagina</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="184"/>
        <source>Projector: promised &amp;last time</source>
        <translation>Projector: vorige keer &amp;beloofd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="186"/>
        <source>Show the room what became of the earlier evenings&apos; promises (again to go back)</source>
        <translation>Laat de zaal zien wat er met de toezeggingen van eerdere avonden gebeurde (nog eens: terug)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="188"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nieuwe avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="189"/>
        <source>&amp;Import reactions…</source>
        <translation>Reacties &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="191"/>
        <source>Add written reactions from a CSV or Excel file as notes of this meeting</source>
        <translation>Schriftelijke reacties uit een CSV- of Excelbestand als punten aan deze avond toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="193"/>
        <source>&amp;About Bricoleur Desk</source>
        <translation>&amp;Over Bricoleur Desk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="194"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_actions.py" line="196"/>
        <source>Black on white with strong edges and focus, on this screen and the projector</source>
        <translation>Zwart op wit met duidelijke randen en focus, op dit scherm en op de projector</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="114"/>
        <source>Cannot open dossier</source>
        <translation>Dossier kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="176"/>
        <source>Changes not saved</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="178"/>
        <source>The latest changes could not be saved in {0}. Save a copy as JSON so nothing is lost?</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen in {0}. Een kopie als JSON opslaan, zodat er niets verloren gaat?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="203"/>
        <source>{0} is read-only (a locked medium or folder): changes are not possible. Use Dossier → Save a copy as… to work on a copy.</source>
        <translation>{0} is alleen-lezen (een beveiligde schijf of map): wijzigen kan niet. Kies Dossier → Kopie opslaan als… om in een kopie verder te werken.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="218"/>
        <source>Bricoleur Desk was not closed properly last time. {0} is open again where the room was; every change that was saved is there.</source>
        <translation>Bricoleur Desk is de vorige keer niet netjes afgesloten. {0} staat weer open waar de zaal was; elke opgeslagen wijziging is er nog.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="245"/>
        <source>Undo {0}</source>
        <translation>{0} ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="248"/>
        <source>Redo {0}</source>
        <translation>{0} opnieuw doen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="300"/>
        <source>Bricoleur dossier (*.bricoleur)</source>
        <translation>Bricoleur-dossier (*.bricoleur)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="307"/>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="314"/>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="314"/>
        <source>Name of the plan or initiative:</source>
        <translation>Naam van het plan of initiatief:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="320"/>
        <source>Save new dossier as</source>
        <translation>Nieuw dossier opslaan als</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="331"/>
        <source>Cannot create dossier</source>
        <translation>Dossier kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="339"/>
        <source>Cannot write the demo</source>
        <translation>Demo kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="347"/>
        <source>Export as JSON</source>
        <translation>Exporteren als JSON</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="353"/>
        <source>Cannot export</source>
        <translation>Exporteren is mislukt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="355"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="362"/>
        <source>{0} copy</source>
        <translation>{0} kopie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="364"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="373"/>
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="375"/>
        <source>Saved a copy as {0}</source>
        <translation>Kopie opgeslagen als {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="422"/>
        <source>Import reactions</source>
        <translation>Reacties importeren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="424"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="440"/>
        <source>Cannot import reactions</source>
        <translation>Kan reacties niet importeren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="454"/>
        <source>About Bricoleur Desk</source>
        <translation>Over Bricoleur Desk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="455"/>
        <source>Bricoleur Desk {0}
For resident evenings and the follow-up.</source>
        <translation>Bricoleur Desk {0}
Voor bewonersavonden en de terugkoppeling.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/main_window.py" line="491"/>
        <source>{0} (read-only) — Bricoleur Desk</source>
        <translation>{0} (alleen lezen) — Bricoleur Desk</translation>
    </message>
</context>
<context>
    <name>MarkerChips</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="89"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="90"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="91"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="95"/>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="99"/>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="101"/>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/capture_input.py" line="106"/>
        <source>Raised by: %1</source>
        <translation>Ingebracht door: %1</translation>
    </message>
</context>
<context>
    <name>MeetingViews</name>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="337"/>
        <source>Notes</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="338"/>
        <source>Sketches</source>
        <translation>Schetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="339"/>
        <source>Notes and sketches</source>
        <translation>Punten en schetsen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="340"/>
        <source>On the projector (F5):</source>
        <translation>Op de projector (F5):</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="343"/>
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
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="441"/>
        <source>The sketch on the projector follows your view</source>
        <translation>De schets op de projector volgt uw beeld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="443"/>
        <source>The projector shows the whole map</source>
        <translation>De projector toont de hele kaart</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="508"/>
        <source>Meeting:</source>
        <translation>Avond:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/meeting_workspace.py" line="509"/>
        <source>Meeting</source>
        <translation>Avond</translation>
    </message>
</context>
<context>
    <name>MunicipalityNameDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/municipality_prompt.py" line="59"/>
        <location filename="../../bricoleur_desk/ui/municipality_prompt.py" line="67"/>
        <source>Municipality name</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/municipality_prompt.py" line="62"/>
        <source>Which municipality is this report from? Its &amp;name goes on the cover and at the top of every page. Skip to leave it out; you can set it later under House style.</source>
        <translation>Van welke gemeente is dit verslag? De &amp;naam komt op het voorblad en bovenaan elke pagina. Sla dit over om hem weg te laten; u kunt hem later invullen bij Huisstijl.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/municipality_prompt.py" line="66"/>
        <source>e.g. Gemeente Lindeveen</source>
        <translation>bijv. Gemeente Lindeveen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/municipality_prompt.py" line="68"/>
        <source>&amp;Use this name</source>
        <translation>Deze naam &amp;gebruiken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/municipality_prompt.py" line="69"/>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
</context>
<context>
    <name>NoteListDelegate</name>
    <message>
        <location filename="../../bricoleur_desk/ui/notes/list_delegate.py" line="136"/>
        <source>Edit the note</source>
        <translation>Het punt bewerken</translation>
    </message>
</context>
<context>
    <name>NotePicker</name>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/note_picker.py" line="100"/>
        <location filename="../../bricoleur_desk/ui/canvas/note_picker.py" line="101"/>
        <source>Pick a note for the pin</source>
        <translation>Kies een punt voor de speld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/note_picker.py" line="102"/>
        <source>Number or words, Enter picks, Esc cancels</source>
        <translation>Nummer of woorden, Enter kiest, Esc annuleert</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/note_picker.py" line="103"/>
        <source>Find a note by number or words</source>
        <translation>Zoek een punt op nummer of woorden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/note_picker.py" line="104"/>
        <source>Notes found</source>
        <translation>Gevonden punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/note_picker.py" line="105"/>
        <source>No note found</source>
        <translation>Geen punt gevonden</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="122"/>
        <source>People re&amp;gister…</source>
        <translation>&amp;Register van deelnemers…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="123"/>
        <source>Who came, how to reach them and their consent (internal)</source>
        <translation>Wie er kwam, hoe we ze bereiken en hun toestemming (intern)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="124"/>
        <source>Print a sign-&amp;in sheet…</source>
        <translation>Presentie&amp;lijst afdrukken…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="164"/>
        <source>No meeting</source>
        <translation>Geen bewonersavond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="164"/>
        <source>Add a meeting first: the sheet names it.</source>
        <translation>Voeg eerst een bewonersavond toe: de lijst noemt haar.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="168"/>
        <source>sign-in sheet</source>
        <translation>presentielijst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="186"/>
        <source>Cannot write the sign-in sheet</source>
        <translation>Presentielijst niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="189"/>
        <source>Sign-in sheet written to {0}</source>
        <translation>Presentielijst opgeslagen in {0}</translation>
    </message>
</context>
<context>
    <name>PeopleRegister</name>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="47"/>
        <source>sign-in sheet</source>
        <translation>presentielijst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="48"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="49"/>
        <source>in person</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="256"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="256"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="313"/>
        <source>Added: {0}</source>
        <translation>Toegevoegd: {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="332"/>
        <source>Removed: {0} (Ctrl+Z brings them back)</source>
        <translation>Verwijderd: {0} (Ctrl+Z zet het terug)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="343"/>
        <source>People register (internal)</source>
        <translation>Register van deelnemers (intern)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="346"/>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="355"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="347"/>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="356"/>
        <source>Group or street</source>
        <translation>Groep of straat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="348"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="349"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="350"/>
        <source>May be contacted</source>
        <translation>Mag contact</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="351"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="352"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="357"/>
        <source>E-mail or phone</source>
        <translation>E-mail of telefoon</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="359"/>
        <source>New person: name</source>
        <translation>Nieuwe persoon: naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="360"/>
        <source>New person: group or street</source>
        <translation>Nieuwe persoon: groep of straat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="361"/>
        <source>New person: e-mail or phone</source>
        <translation>Nieuwe persoon: e-mail of telefoon</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="362"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="363"/>
        <source>May be &amp;contacted</source>
        <translation>Mag &amp;contact</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="364"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="367"/>
        <source>Typing in a sign-in sheet: name Tab group Tab e-mail or phone Tab Space (consent) Enter. Consent is dated on the meeting&apos;s day ({0}), given on the sign-in sheet.</source>
        <translation>Een presentielijst overtypen: naam Tab groep Tab e-mail of telefoon Tab Spatie (toestemming) Enter. Toestemming krijgt de datum van de avond ({0}), gegeven op de presentielijst.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="371"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="372"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="373"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="374"/>
        <source>&amp;Print sign-in sheet…</source>
        <translation>Presentielijst &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="375"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="118"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="120"/>
        <source>Erase a person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="122"/>
        <source>Whom should the dossier forget? You will be asked to confirm; it cannot be undone.</source>
        <translation>Wie moet het dossier vergeten? U wordt om bevestiging gevraagd; wissen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="124"/>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="126"/>
        <source>Export a person&apos;s data</source>
        <translation>Gegevens van persoon exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="129"/>
        <source>Everything the dossier holds about one resident, as a JSON file: their details, the notes they raised and every text that names them. Other residents named in those texts are masked. Check the file before you send it.</source>
        <translation>Alles wat het dossier over één bewoner bevat, als JSON-bestand: de persoonsgegevens, de punten die deze persoon inbracht en elke tekst waarin de naam voorkomt. Andere bewoners in die teksten worden afgeschermd. Controleer het bestand voordat u het verstuurt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="134"/>
        <source>Save as:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="135"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="89"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="90"/>
        <source>&amp;Group or street</source>
        <translation>&amp;Groep of straat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="91"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="92"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="93"/>
        <source>&amp;May be contacted</source>
        <translation>&amp;Mag contact opnemen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="94"/>
        <source>Consent &amp;date</source>
        <translation>&amp;Datum van toestemming</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="95"/>
        <source>Consent given &amp;how</source>
        <translation>Toestemming &amp;hoe gegeven</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="104"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="105"/>
        <source>Consent given how</source>
        <translation>Toestemming gegeven hoe</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="106"/>
        <source>Consent date</source>
        <translation>Datum toestemming</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="387"/>
        <source>Link a person</source>
        <translation>Persoon koppelen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="390"/>
        <source>Type to find a name</source>
        <translation>Typ om een naam te vinden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_register.py" line="400"/>
        <source>The note keeps its group; the person&apos;s name is internal: never on the projector or in the public report.</source>
        <translation>Het punt houdt zijn groep; de naam is intern: nooit op de projector of in het openbare verslag.</translation>
    </message>
</context>
<context>
    <name>PersonRights</name>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="59"/>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="147"/>
        <source>personal data</source>
        <translation>persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="70"/>
        <source>Cannot export</source>
        <translation>Exporteren is mislukt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="72"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="92"/>
        <source>Erase {0}?</source>
        <translation>{0} wissen?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="94"/>
        <source>{0} is removed from this dossier. The notes they raised keep their group ({1}); their name, e-mail address and phone number are masked in every text. The dossier&apos;s backups and its cached sketches are shredded. This cannot be undone.</source>
        <translation>{0} wordt uit dit dossier verwijderd. De punten die deze persoon inbracht houden de groep ({1}); naam, e-mailadres en telefoonnummer worden in elke tekst afgeschermd. De reservekopieën van het dossier en de opgeslagen schetsen worden vernietigd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="97"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="102"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="112"/>
        <source>Cannot erase</source>
        <translation>Wissen is mislukt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="117"/>
        <source>Erased. {0} notes now name a group, {1} texts were masked, {2} backups and {3} cached sketch files were shredded.</source>
        <translation>Gewist. {0} punten noemen nu een groep, {1} teksten zijn afgeschermd, {2} reservekopieën en {3} opgeslagen schetsbestanden zijn vernietigd.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="159"/>
        <source>Cannot export; nothing was erased</source>
        <translation>Exporteren is mislukt; er is niets gewist</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="168"/>
        <source>No people</source>
        <translation>Geen personen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="168"/>
        <source>This dossier holds nobody&apos;s personal data.</source>
        <translation>Dit dossier bevat van niemand persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="177"/>
        <source>Read-only dossier</source>
        <translation>Alleen-lezen dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/person_rights.py" line="178"/>
        <source>{0} is read-only; save a copy to change it.</source>
        <translation>{0} is alleen-lezen; sla een kopie op om het te wijzigen.</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="89"/>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="90"/>
        <source>Note everything</source>
        <translation>Alles noteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="91"/>
        <source>Discuss</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="92"/>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="94"/>
        <source>Phase of the evening</source>
        <translation>Fase van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/phase_bar.py" line="98"/>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
</context>
<context>
    <name>PlannedWorkDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="117"/>
        <source>Planned work</source>
        <translation>Gepland werk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="136"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="137"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="138"/>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="139"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="140"/>
        <source>&amp;Run by</source>
        <translation>&amp;Uitvoering</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/entry_dialogs.py" line="141"/>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
</context>
<context>
    <name>PlannedWorksTab</name>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="302"/>
        <source>Removed: {0} (Ctrl+Z brings it back)</source>
        <translation>Verwijderd: {0} (Ctrl+Z zet het terug)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="308"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="313"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="308"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="314"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="308"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="315"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="308"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="312"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="316"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="308"/>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="317"/>
        <source>Run by</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="308"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="310"/>
        <source>Work, project or budget in the area</source>
        <translation>Werk, project of budget in het gebied</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="311"/>
        <source>When, e.g. spring 2027</source>
        <translation>Wanneer, bijv. voorjaar 2027</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="318"/>
        <source>A&amp;dd</source>
        <translation>To&amp;evoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="319"/>
        <source>Ed&amp;it…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/colleagues/register_tabs.py" line="320"/>
        <source>Re&amp;move</source>
        <translation>Verwij&amp;deren</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/pages.py" line="105"/>
        <source>You can help decide</source>
        <translation>Hierover kunt u meepraten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/pages.py" line="106"/>
        <source>Already fixed</source>
        <translation>Dit ligt al vast</translation>
    </message>
</context>
<context>
    <name>PreparePanel</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="294"/>
        <source>Prepare the evening</source>
        <translation>De avond voorbereiden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="296"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="296"/>
        <source>Title of the evening</source>
        <translation>Titel van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="297"/>
        <source>&amp;Date and time</source>
        <translation>Datum en ti&amp;jd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="297"/>
        <source>Date and time of the evening</source>
        <translation>Datum en tijd van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="298"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="298"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="299"/>
        <source>The &amp;question</source>
        <translation>De &amp;vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="299"/>
        <source>The question of the evening</source>
        <translation>De vraag van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="300"/>
        <source>&amp;Open for discussion</source>
        <translation>&amp;Open voor inbreng</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="300"/>
        <source>Open for discussion</source>
        <translation>Open voor inbreng</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="301"/>
        <source>&amp;Fixed, and why</source>
        <translation>Ligt &amp;al vast, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="301"/>
        <source>Fixed, and why</source>
        <translation>Ligt al vast, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="302"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="302"/>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="303"/>
        <source>Expected &amp;groups</source>
        <translation>Verwachte &amp;groepen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="303"/>
        <source>Expected groups</source>
        <translation>Verwachte groepen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="304"/>
        <source>What happens &amp;next</source>
        <translation>Hoe v&amp;erder</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="304"/>
        <source>What happens next</source>
        <translation>Hoe verder</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="311"/>
        <source>A school, a community centre, on site</source>
        <translation>Een school, een buurthuis, ter plekke</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="313"/>
        <source>What is this evening about?</source>
        <translation>Waar gaat deze avond over?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="315"/>
        <source>What happens after tonight, how to stay in touch</source>
        <translation>Wat er na vanavond gebeurt, en hoe u op de hoogte blijft</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="316"/>
        <source>What residents can influence</source>
        <translation>Waar bewoners invloed op hebben</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="317"/>
        <source>What is fixed, and why</source>
        <translation>Wat al vastligt, en waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="318"/>
        <source>A group, street or organisation</source>
        <translation>Een groep, straat of organisatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="320"/>
        <source>Expect every &amp;stakeholder</source>
        <translation>Alle &amp;belanghebbenden verwachten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="321"/>
        <source>Add every stakeholder to the expected groups</source>
        <translation>Alle belanghebbenden toevoegen aan de verwachte groepen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="323"/>
        <source>Add the dossier&apos;s stakeholders that are not on the list yet</source>
        <translation>De belanghebbenden van het dossier toevoegen die nog niet op de lijst staan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="325"/>
        <source>Dossier: earlier evenings, history, stakeholders…</source>
        <translation>Dossier: eerdere avonden, voorgeschiedenis, belanghebbenden…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="326"/>
        <source>Open the dossier overview</source>
        <translation>Het dossieroverzicht openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/prepare_panel.py" line="328"/>
        <source>The evenings so far with their counts, the plan&apos;s history and its stakeholders (Ctrl+Shift+O)</source>
        <translation>De avonden tot nu toe met hun aantallen, de voorgeschiedenis van het plan en de belanghebbenden (Ctrl+Shift+O)</translation>
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
    <name>PrivacyPlace</name>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="11"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="12"/>
        <source>house style</source>
        <translation>huisstijl</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="13"/>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="14"/>
        <source>can help decide, line %1</source>
        <translation>meebeslissen, regel %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="15"/>
        <source>already fixed, line %1</source>
        <translation>ligt al vast, regel %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="16"/>
        <source>agenda item %1</source>
        <translation>agendapunt %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="17"/>
        <source>attendance, group %1</source>
        <translation>aanwezigen, groep %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="18"/>
        <source>evaluation, remark %1</source>
        <translation>evaluatie, opmerking %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="19"/>
        <source>theme “%1”</source>
        <translation>thema “%1”</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="20"/>
        <source>note %1</source>
        <translation>notitie %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="21"/>
        <source>sketch “%1”</source>
        <translation>schets “%1”</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="22"/>
        <source>sheet “%1”</source>
        <translation>vel “%1”</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="23"/>
        <source>sticky note on “%1”</source>
        <translation>plakbriefje op “%1”</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="24"/>
        <source>text on sheet “%1”</source>
        <translation>tekst op vel “%1”</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="25"/>
        <source>promise %1</source>
        <translation>toezegging %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="26"/>
        <source>earlier evening of %1</source>
        <translation>eerdere avond van %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="27"/>
        <source>stakeholder “%1”</source>
        <translation>belanghebbende “%1”</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="30"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="31"/>
        <source>area</source>
        <translation>gebied</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="32"/>
        <source>contact line</source>
        <translation>contactregel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="33"/>
        <source>venue</source>
        <translation>locatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="34"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="35"/>
        <source>introduction</source>
        <translation>inleiding</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="36"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="37"/>
        <source>history</source>
        <translation>voorgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="38"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="39"/>
        <source>stake</source>
        <translation>belang</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="40"/>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="41"/>
        <source>what happens next</source>
        <translation>hoe verder</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="42"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="43"/>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="44"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="45"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="46"/>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/privacy_places.py" line="47"/>
        <source>update %1</source>
        <translation>update %1</translation>
    </message>
</context>
<context>
    <name>PrivacyReview</name>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="151"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="152"/>
        <source>email address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="153"/>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="154"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="161"/>
        <source>Scanning every text for names…</source>
        <translation>Alle teksten worden op namen gescand…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="163"/>
        <source>Every text was scanned: no names, addresses, emails or phone numbers found.</source>
        <translation>Alle teksten zijn gescand: geen namen, adressen, e-mailadressen of telefoonnummers gevonden.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="167"/>
        <source>The name scanner could not be loaded ({0}): only the dossier&apos;s people, emails and phone numbers were looked for. Read the report for other names before sending it.</source>
        <translation>De namenscanner kon niet worden geladen ({0}): alleen naar de personen van het dossier, e-mailadressen en telefoonnummers is gezocht. Lees het verslag na op andere namen voordat u het verstuurt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="172"/>
        <source>Only the dossier&apos;s people, emails and phone numbers were looked for.</source>
        <translation>Alleen naar de personen van het dossier, e-mailadressen en telefoonnummers is gezocht.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="176"/>
        <source>Personal data found in {0} place(s). The public report replaces each by [naam], [e-mail], [telefoon] or [adres], except the {1} you tick to keep.</source>
        <translation>Persoonsgegevens gevonden op {0} plek(ken). Het openbare verslag vervangt elk door [naam], [e-mail], [telefoon] of [adres], behalve de {1} die u aanvinkt om te houden.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="181"/>
        <source>Personal data found in {0} place(s). The internal report shows them.</source>
        <translation>Persoonsgegevens gevonden op {0} plek(ken). Het interne verslag toont ze.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="192"/>
        <source>Personal data (tick a hit to keep it in the public report)</source>
        <translation>Persoonsgegevens (vink een vondst aan om die in het openbare verslag te houden)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="193"/>
        <source>&amp;Redact in the dossier</source>
        <translation>&amp;Weglakken in het dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="194"/>
        <source>Places where personal data was found</source>
        <translation>Plekken waar persoonsgegevens zijn gevonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_privacy.py" line="195"/>
        <source>Redact personal data in the dossier</source>
        <translation>Persoonsgegevens in het dossier weglakken</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../bricoleur_desk/ui/projector.py" line="135"/>
        <source>The room sees page %1 of %2 (PgUp/PgDn)</source>
        <translation>De zaal ziet pagina %1 van %2 (PgUp/PgDn)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/projector.py" line="138"/>
        <source>One theme alone. %1</source>
        <translation>Eén thema alleen. %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/projector.py" line="238"/>
        <source>The projector is off.
F5 shows the meeting to the room.</source>
        <translation>De projector staat uit.
F5 toont de avond aan de zaal.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/projector.py" line="240"/>
        <source>Preview of the projector</source>
        <translation>Voorbeeld van de projector</translation>
    </message>
</context>
<context>
    <name>PromiseEditor</name>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="237"/>
        <source>Done.</source>
        <translation>Gedaan.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="239"/>
        <source>Dropped, because: %1</source>
        <translation>Vervallen, omdat: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="241"/>
        <source>Open, and late: it was due on %1.</source>
        <translation>Open, en te laat: het zou klaar zijn op %1.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="242"/>
        <source>Open.</source>
        <translation>Open.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="259"/>
        <source>Choose a promise in the list to edit it, add an update or close it.</source>
        <translation>Kies een toezegging in de lijst om haar te wijzigen, nieuws toe te voegen of af te sluiten.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="260"/>
        <source>The promise</source>
        <translation>De toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="263"/>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="263"/>
        <source>&amp;Owner</source>
        <translation>W&amp;ie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="263"/>
        <source>D&amp;ue</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="263"/>
        <source>Planned wor&amp;k</source>
        <translation>Gepland wer&amp;k</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="271"/>
        <source>Department or colleague (a new name joins the register)</source>
        <translation>Afdeling of collega (een nieuwe naam komt in het register)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="272"/>
        <source>known:</source>
        <translation>bekend:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="273"/>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="274"/>
        <source>What happened (newest first)</source>
        <translation>Wat er gebeurde (nieuwste eerst)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="275"/>
        <source>E.g. asked the traffic department</source>
        <translation>Bijv. gevraagd aan de afdeling verkeer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="276"/>
        <source>New update</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="277"/>
        <source>Add upda&amp;te</source>
        <translation>&amp;Bericht toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="278"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="279"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="280"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="281"/>
        <source>Why it is dropped (required)</source>
        <translation>Waarom het vervalt (verplicht)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="282"/>
        <source>Reason for dropping</source>
        <translation>Reden om te laten vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="283"/>
        <source>Dro&amp;p</source>
        <translation>&amp;Laten vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/promise_editor.py" line="293"/>
        <source>Due date known</source>
        <translation>Datum bekend</translation>
    </message>
</context>
<context>
    <name>PromisesHook</name>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="66"/>
        <source>1 promise is late: past its due date and still open.</source>
        <translation>1 toezegging is te laat: de datum is voorbij en ze staat nog open.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="69"/>
        <source>%1 promises are late: past their due date and still open.</source>
        <translation>%1 toezeggingen zijn te laat: de datum is voorbij en ze staan nog open.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="72"/>
        <source>See the promises register (%1).</source>
        <translation>Zie de toezeggingen (%1).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="83"/>
        <source>Letter to residents</source>
        <translation>Brief aan bewoners</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="84"/>
        <source>stand-van-zaken</source>
        <translation>stand-van-zaken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="85"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="94"/>
        <source>The name scanner is still loading; write the letter again in a moment.</source>
        <translation>De namenscanner wordt nog geladen; schrijf de brief zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="103"/>
        <source>Cannot write the letter</source>
        <translation>Kan de brief niet schrijven</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="106"/>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="106"/>
        <source>%1 pages</source>
        <translation>%1 pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/main_window_hook.py" line="109"/>
        <source>Wrote the letter to residents: %1 (%2)</source>
        <translation>Brief aan bewoners geschreven: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PromisesRegister</name>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="228"/>
        <source>%1 of %2 promises</source>
        <translation>%1 van %2 toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="251"/>
        <source>open, late</source>
        <translation>open, te laat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="253"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="255"/>
        <source>dropped: %1</source>
        <translation>vervallen: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="256"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="291"/>
        <source>Promises register</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="293"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="294"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="295"/>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="296"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="297"/>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="304"/>
        <source>Every owner</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="305"/>
        <source>Every evening</source>
        <translation>Alle avonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="307"/>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="307"/>
        <source>Ow&amp;ner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="307"/>
        <source>&amp;Evening:</source>
        <translation>A&amp;vond:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="313"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="314"/>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="315"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="316"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="317"/>
        <source>Latest update</source>
        <translation>Laatste nieuws</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="320"/>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="321"/>
        <source>A new promise, made at this evening</source>
        <translation>Een nieuwe toezegging, gedaan op deze avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="322"/>
        <source>New promise</source>
        <translation>Nieuwe toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/promises/register_dialog.py" line="323"/>
        <source>&amp;Add promise</source>
        <translation>Toezegging &amp;maken</translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="211"/>
        <source>%1 of %2 promises</source>
        <translation>%1 van %2 toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="220"/>
        <source>open, overdue</source>
        <translation>open, te laat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="222"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="223"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="224"/>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="228"/>
        <source>Overdue onl&amp;y</source>
        <translation>Alleen te &amp;laat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="229"/>
        <source>Only open promises past their due date</source>
        <translation>Alleen open toezeggingen waarvan de termijn verstreken is</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="230"/>
        <source>O&amp;wner or department:</source>
        <translation>Eigenaar of a&amp;fdeling:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="231"/>
        <source>Owner or department</source>
        <translation>Eigenaar of afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="232"/>
        <source>e.g. Groen</source>
        <translation>bijv. Groen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="233"/>
        <source>Fi&amp;nd in promises:</source>
        <translation>Zoeken &amp;in toezeggingen:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="234"/>
        <source>Find in promises</source>
        <translation>Zoeken in toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="235"/>
        <source>words in the promise, dossier or evening</source>
        <translation>woorden in de toezegging, het dossier of de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="237"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="237"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="237"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="237"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="237"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="237"/>
        <source>Promise</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="239"/>
        <source>Promises of every dossier</source>
        <translation>Toezeggingen van alle dossiers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="240"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="241"/>
        <source>The promises shown, as CSV for Excel</source>
        <translation>De getoonde toezeggingen, als CSV voor Excel</translation>
    </message>
</context>
<context>
    <name>PromisesWall</name>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/promises_wall.py" line="87"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/promises_wall.py" line="89"/>
        <source>Not going ahead</source>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/promises_wall.py" line="91"/>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/promises_wall.py" line="96"/>
        <source>Still open, later than promised</source>
        <translation>Loopt nog, later dan beloofd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/promises_wall.py" line="98"/>
        <source>Still open</source>
        <translation>Loopt nog</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/promises_wall.py" line="100"/>
        <source>Latest: %1</source>
        <translation>Laatste nieuws: %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/audience/promises_wall.py" line="102"/>
        <source>No news yet</source>
        <translation>Nog geen nieuws</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="236"/>
        <source>Choose where to save the report.</source>
        <translation>Kies waar het verslag moet komen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="261"/>
        <source>The report was not saved: {0}</source>
        <translation>Het verslag is niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="270"/>
        <source>Saved {0} ({1} pages).</source>
        <translation>{0} opgeslagen ({1} pagina&apos;s).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="272"/>
        <source>Saved {0}.</source>
        <translation>{0} opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="284"/>
        <source>The promises were not saved: {0}</source>
        <translation>De toezeggingen zijn niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="286"/>
        <source>Saved the promises as {0}.</source>
        <translation>De toezeggingen zijn opgeslagen als {0}.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="335"/>
        <source>Wait until every text has been scanned for names.</source>
        <translation>Wacht tot alle teksten op namen zijn gescand.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="336"/>
        <source>Look at the ticked sketch sheets and confirm they show no personal data.</source>
        <translation>Bekijk de aangevinkte schetsvellen en bevestig dat ze geen persoonsgegevens tonen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="340"/>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="371"/>
        <source>Export report</source>
        <translation>Verslag exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="372"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Avond:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="374"/>
        <source>Audience:</source>
        <translation>Voor wie:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="375"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Taal van het verslag:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="377"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="379"/>
        <source>&amp;Public (residents): no names or contact details</source>
        <translation>&amp;Openbaar (bewoners): zonder namen of contactgegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="380"/>
        <source>&amp;Internal: with contacts and internal remarks</source>
        <translation>&amp;Intern: met contactgegevens en interne opmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="381"/>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="382"/>
        <source>&amp;Open the PDF when it is saved</source>
        <translation>De PDF o&amp;penen na het opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="384"/>
        <source>Add the plan&apos;s bac&amp;kground: description, history, earlier evenings, stakeholders</source>
        <translation>Achtergrond van het plan toevoe&amp;gen: omschrijving, voorgeschiedenis, eerdere avonden, belanghebbenden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="386"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="387"/>
        <source>Promises as &amp;CSV</source>
        <translation>Toezeggingen als &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="388"/>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="402"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="390"/>
        <source>Meeting</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="391"/>
        <source>Public report</source>
        <translation>Openbaar verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="392"/>
        <source>Internal report</source>
        <translation>Intern verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="393"/>
        <source>Language of the report</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="394"/>
        <source>File to save the report to</source>
        <translation>Bestand voor het verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="395"/>
        <source>Choose the file</source>
        <translation>Bestand kiezen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="396"/>
        <source>Open the PDF when saved</source>
        <translation>De PDF openen na het opslaan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="397"/>
        <source>Add the plan&apos;s background to the report</source>
        <translation>De achtergrond van het plan in het verslag opnemen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="398"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="399"/>
        <source>Export status</source>
        <translation>Status van de export</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="400"/>
        <source>Export the report</source>
        <translation>Het verslag exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_dialog.py" line="401"/>
        <source>Save the promises as CSV</source>
        <translation>De toezeggingen opslaan als CSV</translation>
    </message>
</context>
<context>
    <name>ReportTextDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="244"/>
        <source>Report text: introduction, summary and answers</source>
        <translation>Verslagtekst: inleiding, samenvatting en antwoorden</translation>
    </message>
</context>
<context>
    <name>ReportTextEditor</name>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="148"/>
        <source>Report of %1, %2</source>
        <translation>Verslag van %1, %2</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="164"/>
        <source>Every note has an answer.</source>
        <translation>Elk punt heeft een antwoord.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="166"/>
        <source>%1 notes without an answer</source>
        <translation>%1 punten zonder antwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="187"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="188"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="189"/>
        <source>to investigate</source>
        <translation>uitzoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="190"/>
        <source>outside the frame</source>
        <translation>buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="194"/>
        <source>Report text</source>
        <translation>Verslagtekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="195"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Inleiding</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="196"/>
        <source>Introduction of the report</source>
        <translation>Inleiding van het verslag</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="198"/>
        <source>Opening words for residents: why this evening, what this report holds</source>
        <translation>Openingswoorden voor bewoners: waarom deze avond, wat er in dit verslag staat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="200"/>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="201"/>
        <source>Summary of the evening</source>
        <translation>Samenvatting van de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="202"/>
        <source>The evening in a few sentences</source>
        <translation>De avond in een paar zinnen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="204"/>
        <source>&amp;Answers (double-click or type in the last column; an open note becomes answered)</source>
        <translation>&amp;Antwoorden (dubbelklik of typ in de laatste kolom; een open punt wordt dan beantwoord)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="206"/>
        <source>Notes and their answers</source>
        <translation>Punten en hun antwoorden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="208"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="208"/>
        <source>Note</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="208"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/report_text_dialog.py" line="208"/>
        <source>Answer, reason or explanation</source>
        <translation>Antwoord, reden of toelichting</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="82"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="85"/>
        <source>A backup is made every ten minutes of an evening with changes and before the file is updated; the last {0} are kept. The dossier as it is now is kept as a backup too.</source>
        <translation>Tijdens een avond met wijzigingen wordt elke tien minuten een reservekopie gemaakt, en ook voordat het bestand wordt bijgewerkt; de laatste {0} blijven bewaard. Het dossier zoals het nu is, wordt ook als reservekopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="89"/>
        <source>There are no backups of this dossier yet: one is made every ten minutes of an evening with changes.</source>
        <translation>Er zijn nog geen reservekopieën van dit dossier: tijdens een avond met wijzigingen wordt er elke tien minuten een gemaakt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="91"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="92"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="92"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="92"/>
        <source>Notes</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="92"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="93"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="115"/>
        <source>(cannot be read)</source>
        <translation>(niet leesbaar)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="121"/>
        <source>during the evening</source>
        <translation>tijdens de avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="123"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="125"/>
        <source>before an update</source>
        <translation>vóór een update</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="147"/>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="162"/>
        <source>Cannot restore</source>
        <translation>Kan niet terugzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="147"/>
        <source>The dossier is read-only here.</source>
        <translation>Het dossier is hier alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/restore_backup.py" line="167"/>
        <source>Restored the backup of {0}; the dossier as it was is kept as a backup too.</source>
        <translation>De reservekopie van {0} is teruggezet; het dossier zoals het was, is ook als reservekopie bewaard.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="181"/>
        <source>Retention date</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="184"/>
        <source>After this date the dossier may no longer keep residents&apos; names and contact details. Opening it then offers to export and erase them.</source>
        <translation>Na deze datum mag het dossier de namen en contactgegevens van bewoners niet meer bewaren. Bij het openen wordt dan aangeboden ze te exporteren en te wissen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="188"/>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="189"/>
        <source>Keep personal data until</source>
        <translation>Persoonsgegevens bewaren tot</translation>
    </message>
</context>
<context>
    <name>RetentionPassedDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="234"/>
        <source>Retention date passed</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="237"/>
        <source>This dossier&apos;s retention date, {0}, has passed, and it still holds the personal data of {1} people. Export their data for the archive if your municipality keeps it, then erase it: names, e-mail addresses and phone numbers are removed and masked in every text. The notes, promises and sketches stay. Erasing cannot be undone.</source>
        <translation>De bewaartermijn van dit dossier ({0}) is verstreken, en het bevat nog de persoonsgegevens van {1} personen. Exporteer ze voor het archief als uw gemeente dat bewaart, en wis ze daarna: namen, e-mailadressen en telefoonnummers worden verwijderd en in elke tekst afgeschermd. De punten, toezeggingen en schetsen blijven. Wissen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="243"/>
        <source>Export to:</source>
        <translation>Exporteren naar:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="244"/>
        <source>Export, then erase</source>
        <translation>Exporteren, dan wissen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="245"/>
        <source>Erase without export</source>
        <translation>Wissen zonder export</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="246"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
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
    <name>SavePathRow</name>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="50"/>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="61"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/rights_dialogs.py" line="60"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="284"/>
        <source>note %1</source>
        <translation>punt %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="284"/>
        <source>promise</source>
        <translation>toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="288"/>
        <source>%1 found for “%2”</source>
        <translation>%1 gevonden voor “%2”</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="290"/>
        <source>Nothing found for “%1”</source>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="293"/>
        <source>T&amp;ext to find:</source>
        <translation>Te vinden t&amp;ekst:</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="294"/>
        <source>Text to find in every dossier</source>
        <translation>Tekst om in alle dossiers te zoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="295"/>
        <source>bomen finds boom too; &quot;a phrase&quot;, or, -word</source>
        <translation>bomen vindt ook boom; &quot;een zin&quot;, or, -woord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="296"/>
        <source>Searc&amp;h</source>
        <translation>Zoe&amp;k</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="298"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="298"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="298"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="298"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="298"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/tabs.py" line="300"/>
        <source>What was found</source>
        <translation>Wat er gevonden is</translation>
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
    <name>SignInSheetDialog</name>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="51"/>
        <source>Print a sign-in sheet</source>
        <translation>Presentielijst afdrukken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="55"/>
        <source> page(s) of {0} rows</source>
        <translation> pagina(&apos;s) van {0} regels</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="62"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="69"/>
        <source>&amp;Pages</source>
        <translation>&amp;Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="70"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="72"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="73"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/people_menu.py" line="74"/>
        <source>Language</source>
        <translation>Taal</translation>
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
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="207"/>
        <source>Canvas %1</source>
        <translation>Schets %1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="216"/>
        <source>Sheet 1</source>
        <translation>Vel 1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="231"/>
        <source>PDF page as background</source>
        <translation>PDF-pagina als achtergrond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="231"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="236"/>
        <source>Image as background</source>
        <translation>Afbeelding als achtergrond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="236"/>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="250"/>
        <source>Which page?</source>
        <translation>Welke pagina?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="251"/>
        <source>Page (1-%1)</source>
        <translation>Pagina (1-%1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="268"/>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="364"/>
        <source>Export canvas</source>
        <translation>Schets exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="354"/>
        <source>Canvas</source>
        <translation>Schets</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="355"/>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="356"/>
        <source>New canvas</source>
        <translation>Nieuwe schets</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="358"/>
        <source>Blank</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="359"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="360"/>
        <source>Image (map, photo)…</source>
        <translation>Afbeelding (kaart, foto)…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="361"/>
        <source>PDF page…</source>
        <translation>PDF-pagina…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="363"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="366"/>
        <source>PNG image…</source>
        <translation>PNG-afbeelding…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="367"/>
        <source>SVG drawing…</source>
        <translation>SVG-tekening…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="369"/>
        <source>No canvas yet. Make one with “New canvas”: blank, grid, a map or a plan.</source>
        <translation>Nog geen schets. Maak er een met “Nieuwe schets”: blanco, raster, een kaart of een plan.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/canvas/sketch_view.py" line="371"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="151"/>
        <source>Group or organisation</source>
        <translation>Groep of organisatie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="151"/>
        <source>What is at stake for them</source>
        <translation>Wat er voor hen speelt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="151"/>
        <source>Spokesperson (internal)</source>
        <translation>Woordvoerder (intern)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="153"/>
        <source>Stakeholders</source>
        <translation>Belanghebbenden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="155"/>
        <source>A street&apos;s residents, an association, a school, a care organisation, shop owners</source>
        <translation>Bewoners van een straat, een vereniging, een school, een zorgorganisatie, winkeliers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="157"/>
        <source>Name of a new stakeholder</source>
        <translation>Naam van een nieuwe belanghebbende</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="158"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="159"/>
        <source>Add the stakeholder</source>
        <translation>De belanghebbende toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="160"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="161"/>
        <source>Remove the selected stakeholder</source>
        <translation>De gekozen belanghebbende verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/dossier/stakeholders.py" line="162"/>
        <source>Remove the selected stakeholder (Delete)</source>
        <translation>De gekozen belanghebbende verwijderen (Delete)</translation>
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
    <name>TeamArchiveCommands</name>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/commands.py" line="44"/>
        <source>Team arc&amp;hive…</source>
        <translation>Teamarchie&amp;f…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/commands.py" line="46"/>
        <source>Every dossier of the municipality on the team&apos;s database: push, pull, promises, search</source>
        <translation>Alle dossiers van de gemeente in de database van het team: versturen, ophalen, toezeggingen, zoeken</translation>
    </message>
</context>
<context>
    <name>TeamArchiveWindow</name>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/pull_choice.py" line="21"/>
        <source>Encrypted dossier</source>
        <translation>Versleuteld dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/pull_choice.py" line="22"/>
        <source>This dossier came from an encrypted file. Write %1 encrypted (a new passphrase) or unencrypted?</source>
        <translation>Dit dossier kwam uit een versleuteld bestand. %1 versleuteld schrijven (een nieuwe wachtwoordzin) of onversleuteld?</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/pull_choice.py" line="28"/>
        <source>&amp;Encrypted…</source>
        <translation>&amp;Versleuteld…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/pull_choice.py" line="29"/>
        <source>&amp;Unencrypted</source>
        <translation>&amp;Onversleuteld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="206"/>
        <source>Connected. Dossiers: %1, promises: %2.</source>
        <translation>Verbonden. Dossiers: %1, toezeggingen: %2.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="208"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="222"/>
        <source>Not connected to a team archive.</source>
        <translation>Niet verbonden met een teamarchief.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="226"/>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2 · server %3, PostgreSQL %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; als %2 · server %3, PostgreSQL %4</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="231"/>
        <source>Connection encrypted (TLS, %1)</source>
        <translation>Verbinding versleuteld (TLS, %1)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="233"/>
        <source>Connection NOT encrypted (no TLS): ask IT to turn TLS on, and add ?sslmode=require</source>
        <translation>Verbinding NIET versleuteld (geen TLS): vraag IT om TLS aan te zetten, en voeg ?sslmode=require toe</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="253"/>
        <source>Up to date. Dossiers: %1.</source>
        <translation>Bijgewerkt. Dossiers: %1.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="255"/>
        <source>Fetching…</source>
        <translation>Ophalen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="261"/>
        <source>No dossier is open in the main window; use Push a file.</source>
        <translation>Er is geen dossier open in het hoofdvenster; gebruik Een bestand versturen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="273"/>
        <source>Push a dossier file</source>
        <translation>Een dossierbestand versturen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="273"/>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="340"/>
        <source>Bricoleur dossier (*.bricoleur)</source>
        <translation>Bricoleur-dossier (*.bricoleur)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="304"/>
        <source>Pushing %1…</source>
        <translation>%1 versturen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="308"/>
        <source>Pushed %1 as revision %2 (it replaced the archive&apos;s copy).</source>
        <translation>%1 verstuurd als versie %2 (in plaats van die in het archief).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="310"/>
        <source>Pushed %1 as revision %2 (new in the archive).</source>
        <translation>%1 verstuurd als versie %2 (nieuw in het archief).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="314"/>
        <source>Merged with a colleague&apos;s changes (%1).</source>
        <translation>Samengevoegd met wijzigingen van een collega (%1).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="317"/>
        <source>Notes renumbered: %1.</source>
        <translation>Punten hernummerd: %1.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="319"/>
        <source>Conflicts to resolve on the Conflicts tab: %1.</source>
        <translation>Conflicten op te lossen op het tabblad Conflicten: %1.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="335"/>
        <source>Select a dossier in the list first.</source>
        <translation>Kies eerst een dossier in de lijst.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="340"/>
        <source>Pull to a new file</source>
        <translation>Ophalen in een nieuw bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="350"/>
        <source>Pulled %1 (revision %2) into %3.</source>
        <translation>%1 (versie %2) opgehaald in %3.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="363"/>
        <source>Pulling %1…</source>
        <translation>%1 ophalen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="369"/>
        <source>Export promises</source>
        <translation>Toezeggingen exporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="369"/>
        <source>promises.csv</source>
        <translation>toezeggingen.csv</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="370"/>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV-bestanden voor Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="380"/>
        <source>Wrote %1 (%2 promises).</source>
        <translation>%1 geschreven (%2 toezeggingen).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="385"/>
        <source>Connect to a team archive first.</source>
        <translation>Verbind eerst met een teamarchief.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="387"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="400"/>
        <source>Fetching the conflicts…</source>
        <translation>Conflicten ophalen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="409"/>
        <source>Resolved: %1.</source>
        <translation>Opgelost: %1.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="412"/>
        <source>Resolving…</source>
        <translation>Oplossen…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="432"/>
        <source>Cancelled: the answer, when it comes, is left aside.</source>
        <translation>Geannuleerd: het antwoord wordt genegeerd als het nog komt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="443"/>
        <source>The team archive could not do this (%1); the log has the details.</source>
        <translation>Het teamarchief kon dit niet doen (%1); het logboek heeft de details.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="494"/>
        <source>Team archive</source>
        <translation>Teamarchief</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="495"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="496"/>
        <source>Disconnec&amp;t</source>
        <translation>Verbinding ver&amp;breken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="497"/>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="498"/>
        <source>Fetch the current tab again from the archive (F5)</source>
        <translation>Dit tabblad opnieuw uit het archief halen (F5)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="499"/>
        <source>&amp;Dossiers</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="500"/>
        <source>&amp;Promises</source>
        <translation>&amp;Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="501"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="502"/>
        <source>Con&amp;flicts</source>
        <translation>&amp;Conflicten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="503"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="504"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="505"/>
        <source>Stop waiting for the archive (Esc)</source>
        <translation>Niet langer op het archief wachten (Esc)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/archive/window.py" line="506"/>
        <source>Close</source>
        <translation>Sluiten</translation>
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
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="40"/>
        <source>Not personal data</source>
        <translation>Geen persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="43"/>
        <source>New meeting</source>
        <translation>Nieuwe avond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="44"/>
        <source>Change phase</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="46"/>
        <source>Edit title</source>
        <translation>Titel bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="47"/>
        <source>Edit venue</source>
        <translation>Locatie bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="48"/>
        <source>Edit question</source>
        <translation>Vraag bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="49"/>
        <source>Edit next steps</source>
        <translation>Vervolgstappen bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="50"/>
        <source>Edit summary</source>
        <translation>Samenvatting bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="51"/>
        <source>Edit introduction</source>
        <translation>Inleiding bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="55"/>
        <source>Edit description</source>
        <translation>Omschrijving bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="56"/>
        <source>Edit area</source>
        <translation>Gebied bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="57"/>
        <source>Edit history</source>
        <translation>Voorgeschiedenis bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="59"/>
        <source>Add stakeholder</source>
        <translation>Belanghebbende toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="60"/>
        <source>Edit stakeholder</source>
        <translation>Belanghebbende bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="61"/>
        <source>Remove stakeholder</source>
        <translation>Belanghebbende verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="62"/>
        <source>Edit date and time</source>
        <translation>Datum en tijd bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="63"/>
        <source>Edit frame</source>
        <translation>Kaders bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="64"/>
        <source>Edit agenda</source>
        <translation>Programma bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="65"/>
        <source>Edit expected groups</source>
        <translation>Verwachte groepen bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="66"/>
        <source>Answer note</source>
        <translation>Punt beantwoorden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="67"/>
        <source>Complete the answer</source>
        <translation>Antwoord aanvullen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="68"/>
        <source>Internal remark</source>
        <translation>Interne opmerking</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="69"/>
        <source>Add promise</source>
        <translation>Toezegging toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="70"/>
        <source>Investigate note</source>
        <translation>Punt uitzoeken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="71"/>
        <source>Outside the frame</source>
        <translation>Buiten de kaders</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="72"/>
        <source>Reopen note</source>
        <translation>Punt opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="73"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="74"/>
        <source>Promise status</source>
        <translation>Status van de toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="77"/>
        <source>Edit promise</source>
        <translation>Toezegging wijzigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="78"/>
        <source>Promise update</source>
        <translation>Nieuws over toezegging</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="79"/>
        <source>Drop promise</source>
        <translation>Toezegging laten vervallen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="80"/>
        <source>Evaluation score</source>
        <translation>Evaluatiecijfer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="81"/>
        <source>Evaluation remarks</source>
        <translation>Evaluatieopmerkingen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="82"/>
        <source>Attendance</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="85"/>
        <source>Redact personal data</source>
        <translation>Persoonsgegevens weglakken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="86"/>
        <source>House style</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="87"/>
        <source>Municipality name</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="88"/>
        <source>Retention date</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="89"/>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="92"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="93"/>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="94"/>
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="95"/>
        <source>Link a person</source>
        <translation>Persoon koppelen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="96"/>
        <source>Unlink the person</source>
        <translation>Persoon ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="99"/>
        <source>Add to the register</source>
        <translation>Aan het register toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="100"/>
        <source>Edit colleague or department</source>
        <translation>Collega of afdeling bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="101"/>
        <source>Remove colleague or department</source>
        <translation>Collega of afdeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="102"/>
        <source>Add planned work</source>
        <translation>Gepland werk toevoegen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="103"/>
        <source>Edit planned work</source>
        <translation>Gepland werk bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="104"/>
        <source>Remove planned work</source>
        <translation>Gepland werk verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="105"/>
        <source>Link to planned work</source>
        <translation>Aan gepland werk koppelen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="106"/>
        <source>Who looks into it</source>
        <translation>Wie het uitzoekt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="109"/>
        <source>New canvas</source>
        <translation>Nieuwe schets</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="110"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="111"/>
        <source>New sheet</source>
        <translation>Nieuw vel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="112"/>
        <source>Rename sheet</source>
        <translation>Vel hernoemen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="113"/>
        <source>Show sheet</source>
        <translation>Vel tonen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="114"/>
        <source>Hide sheet</source>
        <translation>Vel verbergen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="115"/>
        <source>Sheet opacity</source>
        <translation>Dekking van het vel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="116"/>
        <source>Lock sheet</source>
        <translation>Vel vastzetten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="117"/>
        <source>Unlock sheet</source>
        <translation>Vel losmaken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="118"/>
        <source>Reorder sheets</source>
        <translation>Vellen herschikken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="119"/>
        <source>Delete sheet</source>
        <translation>Vel verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="120"/>
        <source>Compare sheets</source>
        <translation>Vellen vergelijken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="121"/>
        <source>Draw</source>
        <translation>Tekenen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="123"/>
        <source>line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="124"/>
        <source>arrow</source>
        <translation>Pijl</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="125"/>
        <source>rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="126"/>
        <source>ellipse</source>
        <translation>Ellips</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="128"/>
        <source>Erase</source>
        <translation>Gummen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="129"/>
        <source>Sticky note</source>
        <translation>Plakbriefje</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="130"/>
        <source>Type</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="131"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="132"/>
        <source>Pin</source>
        <translation>Speld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="133"/>
        <source>Pins</source>
        <translation>Spelden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/workspace/undo_steps.py" line="134"/>
        <source>Resize</source>
        <translation>Formaat wijzigen</translation>
    </message>
</context>
<context>
    <name>_StatusDelegate</name>
    <message>
        <location filename="../../bricoleur_desk/ui/phases/promise_table.py" line="38"/>
        <source>Promise status</source>
        <translation>Status van de toezegging</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../bricoleur_desk/ui/errors.py" line="54"/>
        <source>Something went wrong: {0}

Everything you entered before this is saved in the dossier file. The details are in the log file.</source>
        <translation>Er ging iets mis: {0}

Alles wat eerder is ingevoerd, staat in het dossierbestand. De details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="50"/>
        <source>is a folder, not a dossier file</source>
        <translation>is een map, geen dossierbestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="51"/>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="52"/>
        <source>is open in Bricoleur Desk; close it there first</source>
        <translation>is geopend in Bricoleur Desk; sluit het daar eerst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="53"/>
        <source>was written by a newer version of Bricoleur Desk (schema {revision}); update Bricoleur Desk to open it</source>
        <translation>is geschreven door een nieuwere versie van Bricoleur Desk (schema {revision}); werk Bricoleur Desk bij om het te openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="57"/>
        <source>permission denied (cannot write in this folder)</source>
        <translation>geen toestemming (kan niet schrijven in deze map)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="58"/>
        <source>is the open dossier itself; choose another name</source>
        <translation>is het geopende dossier zelf; kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="59"/>
        <source>the dossier is closed</source>
        <translation>het dossier is gesloten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="60"/>
        <source>could not update the file to this version ({reason}); a copy was kept as {copy}</source>
        <translation>het bestand kon niet worden bijgewerkt naar deze versie ({reason}); er is een kopie bewaard als {copy}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="63"/>
        <source>could not update the file to this version ({reason}); the file itself is unchanged</source>
        <translation>het bestand kon niet worden bijgewerkt naar deze versie ({reason}); het bestand zelf is niet veranderd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="66"/>
        <source>already exists; choose another name</source>
        <translation>bestaat al; kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="67"/>
        <source>cannot write the file: {reason}</source>
        <translation>kan het bestand niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="68"/>
        <source>the file holds no dossier</source>
        <translation>het bestand bevat geen dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="69"/>
        <source>the file is damaged ({reason})</source>
        <translation>het bestand is beschadigd ({reason})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="70"/>
        <source>cannot write the copy: {reason}</source>
        <translation>kan de kopie niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="71"/>
        <source>cannot read the file: {reason}</source>
        <translation>kan het bestand niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="73"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="75"/>
        <source>the file is empty, expected a JSON dossier</source>
        <translation>het bestand is leeg, verwacht was een JSON-dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="76"/>
        <source>not a text file (a zero byte at byte {byte}), expected a JSON dossier</source>
        <translation>geen tekstbestand (een nulbyte op byte {byte}), verwacht was een JSON-dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="77"/>
        <source>not a UTF-8 text file (byte {byte}), expected a JSON dossier</source>
        <translation>geen UTF-8-tekstbestand (byte {byte}), verwacht was een JSON-dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="78"/>
        <source>not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>geen geldige JSON (regel {line}, kolom {column}: {reason})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="79"/>
        <source>not valid JSON ({name} is not allowed)</source>
        <translation>geen geldige JSON ({name} is niet toegestaan)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="80"/>
        <source>not valid JSON (nested too deeply)</source>
        <translation>geen geldige JSON (te diep genest)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="81"/>
        <source>cannot read the file: it is a folder, not a regular file</source>
        <translation>kan het bestand niet lezen: het is een map, geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="82"/>
        <source>cannot read the file: it is a pipe, not a regular file</source>
        <translation>kan het bestand niet lezen: het is een pipe, geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="83"/>
        <source>cannot read the file: it is a device or socket, not a regular file</source>
        <translation>kan het bestand niet lezen: het is een apparaat of socket, geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="85"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="87"/>
        <source>required key missing: this is not a Bricoleur Desk dossier</source>
        <translation>verplichte sleutel ontbreekt: dit is geen Bricoleur Desk-dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="88"/>
        <source>expected {expected}, got {value}: this is not a Bricoleur Desk dossier</source>
        <translation>verwacht {expected}, maar gevonden {value}: dit is geen Bricoleur Desk-dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="89"/>
        <source>written by a newer version of Bricoleur Desk (format version {version}); this version reads format version {known}. Please update Bricoleur Desk.</source>
        <translation>geschreven door een nieuwere versie van Bricoleur Desk (formaatversie {version}); deze versie leest formaatversie {known}. Werk Bricoleur Desk bij.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="93"/>
        <source>required key missing (the background is an image)</source>
        <translation>verplichte sleutel ontbreekt (de achtergrond is een afbeelding)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="94"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="95"/>
        <source>duplicate id {id}, already used at {other}</source>
        <translation>dubbele id {id}, al gebruikt bij {other}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="96"/>
        <source>required key missing</source>
        <translation>verplichte sleutel ontbreekt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="97"/>
        <source>unknown note {id} (not a note of this meeting)</source>
        <translation>onbekend punt {id} (geen punt van deze bewonersavond)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="98"/>
        <source>expected &apos;image/png&apos;, got {value}</source>
        <translation>verwacht &apos;image/png&apos;, maar gevonden {value}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="99"/>
        <source>expected one of {allowed}, got {value}</source>
        <translation>verwacht een van {allowed}, maar gevonden {value}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="100"/>
        <source>a point [x, y, pressure]</source>
        <translation>een punt [x, y, druk]</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="101"/>
        <source>unknown person {id}</source>
        <translation>onbekende persoon {id}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="102"/>
        <source>unknown meeting {id}</source>
        <translation>onbekende bewonersavond {id}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="103"/>
        <source>unknown note {id}</source>
        <translation>onbekend punt {id}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="104"/>
        <source>unknown colleague {id}</source>
        <translation>onbekende collega {id}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="105"/>
        <source>unknown planned work {id}</source>
        <translation>onbekend gepland werk {id}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="106"/>
        <source>{id} is not a department</source>
        <translation>{id} is geen afdeling</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="107"/>
        <source>unknown theme {id} (not a theme of this meeting)</source>
        <translation>onbekend thema {id} (geen thema van deze bewonersavond)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="108"/>
        <source>a note cannot be merged into itself</source>
        <translation>een punt kan niet met zichzelf worden samengevoegd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="109"/>
        <source>expected a score from 1 to 5 as the key</source>
        <translation>verwacht een score van 1 tot en met 5 als sleutel</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="110"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="111"/>
        <source>expected a number within float32 range</source>
        <translation>verwacht een getal binnen het float32-bereik</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="112"/>
        <source>number {number} is already used by {other}</source>
        <translation>nummer {number} is al in gebruik bij {other}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="114"/>
        <source>{where}: unknown key, ignored</source>
        <translation>{where}: onbekende sleutel, genegeerd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="115"/>
        <source>expected {what}</source>
        <translation>verwacht {what}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="116"/>
        <source>a string</source>
        <translation>een tekenreeks</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="117"/>
        <source>expected a non-empty id</source>
        <translation>verwacht een niet-lege id</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="118"/>
        <source>expected a text of at most {maximum} characters, got {length}</source>
        <translation>verwacht een tekst van hoogstens {maximum} tekens, maar kreeg er {length}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="119"/>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="120"/>
        <source>expected a whole number of at least {minimum}, got {value}</source>
        <translation>verwacht een geheel getal van minstens {minimum}, maar gevonden {value}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="121"/>
        <source>expected a whole number of at most {maximum}</source>
        <translation>verwacht een geheel getal van hoogstens {maximum}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="122"/>
        <source>expected a finite number</source>
        <translation>verwacht een eindig getal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="123"/>
        <source>expected a number from {low:g} to {high:g}, got {number:g}</source>
        <translation>verwacht een getal van {low:g} tot {high:g}, maar gevonden {number:g}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="124"/>
        <source>expected a number above 0, got {number}</source>
        <translation>verwacht een getal boven 0, maar gevonden {number}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="125"/>
        <source>expected a number from 0 to 1, got {number}</source>
        <translation>verwacht een getal van 0 tot en met 1, maar gevonden {number}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="126"/>
        <source>expected a colour #rrggbb, got {value}</source>
        <translation>verwacht een kleur #rrggbb, maar gevonden {value}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="127"/>
        <source>invalid character at position {position} (a lone surrogate)</source>
        <translation>ongeldig teken op positie {position} (een losse surrogaat)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="128"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="129"/>
        <source>expected a date YYYY-MM-DD, got {value}</source>
        <translation>verwacht een datum JJJJ-MM-DD, maar gevonden {value}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="130"/>
        <source>expected an ISO-8601 date and time, got {value}</source>
        <translation>verwacht een ISO 8601-datum en -tijd, maar gevonden {value}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="131"/>
        <source>expected base64 data</source>
        <translation>verwacht base64-gegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="132"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="134"/>
        <source>table {table}, row id {row}: {problem}</source>
        <translation>tabel {table}, rij-id {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="135"/>
        <source>column {column}: text that is not UTF-8</source>
        <translation>kolom {column}: tekst die geen UTF-8 is</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="137"/>
        <source>holds database objects Bricoleur Desk did not create ({listed}), which could act on every save; make a clean copy with: bricoleur-desk clean FILE --out NEW</source>
        <translation>bevat databaseobjecten die Bricoleur Desk niet heeft gemaakt ({listed}) en die bij elke opslag iets kunnen doen; maak een schone kopie met: bricoleur-desk clean BESTAND --out NIEUW</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="141"/>
        <source>{listed} and {count} more</source>
        <translation>{listed} en nog {count}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="142"/>
        <source>could not remove {kind} {name} from the copy</source>
        <translation>kon {kind} {name} niet uit de kopie verwijderen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="144"/>
        <source>is open in Bricoleur Desk on a network share, which lets no other program read it meanwhile; use Dossier → Save a copy as… in that window, or close it there first</source>
        <translation>is geopend in Bricoleur Desk op een netwerkschijf, waardoor geen ander programma het intussen kan lezen; kies in dat venster Dossier → Kopie opslaan als…, of sluit het daar eerst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="148"/>
        <source>cannot use the file: {reason}</source>
        <translation>kan het bestand niet gebruiken: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="149"/>
        <source>is not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="150"/>
        <source>permission denied (cannot read the file)</source>
        <translation>geen toestemming (kan het bestand niet lezen)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="151"/>
        <source>is on a read-only medium</source>
        <translation>staat op een alleen-lezen medium</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="152"/>
        <source>permission denied (the file or its folder is read-only)</source>
        <translation>geen toestemming (het bestand of de map is alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="153"/>
        <source>the file is empty, it is not a Bricoleur Desk dossier</source>
        <translation>het bestand is leeg, het is geen Bricoleur Desk-dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="154"/>
        <source>not a Bricoleur Desk dossier (the file has another format)</source>
        <translation>geen Bricoleur Desk-dossier (het bestand heeft een ander formaat)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="155"/>
        <source>the file is truncated ({size} bytes), it may be an incomplete copy</source>
        <translation>het bestand is afgekapt ({size} bytes), misschien is het een onvolledige kopie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="156"/>
        <source>the file is truncated ({size} of {expected} bytes), it may be an incomplete copy</source>
        <translation>het bestand is afgekapt ({size} van {expected} bytes), misschien is het een onvolledige kopie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="159"/>
        <source>not a Bricoleur Desk dossier (an SQLite database of another program)</source>
        <translation>geen Bricoleur Desk-dossier (een SQLite-database van een ander programma)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="160"/>
        <source>the file is damaged ({reason}); it may be an incomplete copy</source>
        <translation>het bestand is beschadigd ({reason}); misschien is het een onvolledige kopie</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="161"/>
        <source>the disk is full: recent changes are not saved yet; they will be once there is space</source>
        <translation>de schijf is vol: recente wijzigingen zijn nog niet opgeslagen; dat gebeurt zodra er ruimte is</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="164"/>
        <source>the disk or network share failed: recent changes are not saved yet; keep this window open</source>
        <translation>de schijf of netwerkschijf werkt niet: recente wijzigingen zijn nog niet opgeslagen; laat dit venster open</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="168"/>
        <source>the file cannot be written (read-only)</source>
        <translation>het bestand kan niet worden geschreven (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="169"/>
        <source>not a Bricoleur Desk dossier (it has no single schema version)</source>
        <translation>geen Bricoleur Desk-dossier (het heeft niet één schemaversie)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="170"/>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="171"/>
        <source>permission denied (cannot look at the file)</source>
        <translation>geen toestemming (kan het bestand niet bekijken)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="172"/>
        <source>cannot open the file: {reason}</source>
        <translation>kan het bestand niet openen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="173"/>
        <source>not a Bricoleur Desk dossier (it has no schema version)</source>
        <translation>geen Bricoleur Desk-dossier (het heeft geen schemaversie)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="174"/>
        <source>cannot make a backup before updating the file: {reason}</source>
        <translation>kan geen reservekopie maken voordat het bestand wordt bijgewerkt: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="176"/>
        <source>cannot write the backup: {reason}</source>
        <translation>kan de reservekopie niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="177"/>
        <source>is not a backup of this dossier</source>
        <translation>is geen reservekopie van dit dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="179"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="180"/>
        <source>0 or 1</source>
        <translation>0 of 1</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="181"/>
        <source>binary data</source>
        <translation>binaire gegevens</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="182"/>
        <source>expected {what}, got {kind}</source>
        <translation>verwacht {what}, maar gevonden {kind}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="183"/>
        <source>expected float32 values of 4 bytes each, got {size} bytes</source>
        <translation>verwacht float32-waarden van elk 4 bytes, maar gevonden {size} bytes</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="184"/>
        <source>expected finite points, got NaN or infinity</source>
        <translation>verwacht eindige punten, maar gevonden NaN of oneindig</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="185"/>
        <source>column {column}: empty</source>
        <translation>kolom {column}: leeg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="186"/>
        <source>column {column}: {problem}</source>
        <translation>kolom {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="187"/>
        <source>expected JSON text</source>
        <translation>verwacht JSON-tekst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="189"/>
        <source>is encrypted; a passphrase is needed to open it</source>
        <translation>is versleuteld; er is een wachtwoord nodig om het te openen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="190"/>
        <source>the passphrase is wrong (or the file is damaged)</source>
        <translation>het wachtwoord is onjuist (of het bestand is beschadigd)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="191"/>
        <source>the passphrase is empty</source>
        <translation>het wachtwoord is leeg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="192"/>
        <source>is already encrypted</source>
        <translation>is al versleuteld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="193"/>
        <source>is not encrypted</source>
        <translation>is niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="194"/>
        <source>cannot encrypt the file: {reason}</source>
        <translation>kan het bestand niet versleutelen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="196"/>
        <source>{path}: no passphrase: set BRICOLEUR_PASSPHRASE or run the command on a terminal</source>
        <translation>{path}: geen wachtwoord: zet BRICOLEUR_PASSPHRASE of voer de opdracht uit in een terminal</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="199"/>
        <source>{path}: the two passphrases differ; nothing was written</source>
        <translation>{path}: de twee wachtwoorden verschillen; er is niets geschreven</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="201"/>
        <source>is open in another Bricoleur Desk window or on another computer; close it there first</source>
        <translation>is geopend in een ander Bricoleur Desk-venster of op een andere computer; sluit het daar eerst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="204"/>
        <source>is open in another Bricoleur Desk window or on another computer; close it there first (opened by {holder})</source>
        <translation>is geopend in een ander Bricoleur Desk-venster of op een andere computer; sluit het daar eerst (geopend door {holder})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="208"/>
        <source>cannot lock the file: {reason}</source>
        <translation>kan het bestand niet vergrendelen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="210"/>
        <source>{name}: file not found.</source>
        <translation>{name}: bestand niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="211"/>
        <source>{name}: not an image this app can read ({reason}).</source>
        <translation>{name}: geen afbeelding die deze app kan lezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="212"/>
        <source>{name}: the image has no readable size; the file may be damaged.</source>
        <translation>{name}: de afbeelding heeft geen leesbare afmetingen; misschien is het bestand beschadigd.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="213"/>
        <source>{name}: the image is too large ({width} x {height} px); save it at most {limit} px wide and try again.</source>
        <translation>{name}: de afbeelding is te groot ({width} x {height} px); sla haar op met hoogstens {limit} px breedte en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="217"/>
        <source>{name}: the image could not be read ({reason}).</source>
        <translation>{name}: de afbeelding kon niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="218"/>
        <source>{name}: reading the image took longer than {seconds} s and was stopped.</source>
        <translation>{name}: het lezen van de afbeelding duurde langer dan {seconds} s en is gestopt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="219"/>
        <source>{name}: reading the image needed more than {limit} MB of memory and was stopped.</source>
        <translation>{name}: het lezen van de afbeelding had meer dan {limit} MB geheugen nodig en is gestopt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="222"/>
        <source>{name}: PDF pages cannot be read on this installation (pypdfium2 missing).</source>
        <translation>{name}: PDF-pagina&apos;s kunnen op deze installatie niet worden gelezen (pypdfium2 ontbreekt).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="225"/>
        <source>{name}: the PDF is larger than {limit} MB.</source>
        <translation>{name}: de PDF is groter dan {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="226"/>
        <source>{name}: drawing page {page} took longer than {seconds} s and was stopped; save the page as an image and use that.</source>
        <translation>{name}: het tekenen van pagina {page} duurde langer dan {seconds} s en is gestopt; sla de pagina op als afbeelding en gebruik die.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="230"/>
        <source>{name}: drawing page {page} needed more than {limit} MB of memory and was stopped.</source>
        <translation>{name}: het tekenen van pagina {page} had meer dan {limit} MB geheugen nodig en is gestopt.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="233"/>
        <source>{name}: the PDF is protected with a password.</source>
        <translation>{name}: de PDF is beveiligd met een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="234"/>
        <source>{name}: the PDF is damaged or not a PDF ({reason}).</source>
        <translation>{name}: de PDF is beschadigd of geen PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="235"/>
        <source>{name}: there is no page {page} (it has {count}).</source>
        <translation>{name}: er is geen pagina {page} (het document heeft er {count}).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="236"/>
        <source>{name}: page {page} has no size.</source>
        <translation>{name}: pagina {page} heeft geen afmetingen.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="237"/>
        <source>{name}: page {page} could not be drawn ({reason}).</source>
        <translation>{name}: pagina {page} kon niet worden getekend ({reason}).</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="239"/>
        <source>{name}: could not write the PNG file.</source>
        <translation>{name}: kon het PNG-bestand niet schrijven.</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="240"/>
        <source>the name scanner is still loading; export the sketch again in a moment, so that names on its notes and labels are masked</source>
        <translation>de namenscanner wordt nog geladen; exporteer de schets zo meteen opnieuw, zodat namen op de memo&apos;s en teksten onherkenbaar zijn gemaakt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="246"/>
        <source>{path}: already exists; choose another name</source>
        <translation>{path}: bestaat al; kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="247"/>
        <source>{path}: already exists; choose another name or remove it first</source>
        <translation>{path}: bestaat al; kies een andere naam of verwijder het eerst</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="248"/>
        <source>no meeting with id {id} (meetings: {known})</source>
        <translation>geen bewonersavond met id {id} (bewonersavonden: {known})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="249"/>
        <source>dossier {title} has no meetings yet</source>
        <translation>dossier {title} heeft nog geen bewonersavonden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="250"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="252"/>
        <source>unknown letter language {lang} (use {languages})</source>
        <translation>onbekende taal voor de brief {lang} (gebruik {languages})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="253"/>
        <source>the dossier has no evening yet: there is nothing to write about</source>
        <translation>het dossier heeft nog geen avond: er is nog niets om over te schrijven</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="254"/>
        <source>could not write the letter {name}: {reason}</source>
        <translation>de brief {name} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="255"/>
        <source>{path}: an old Excel file (.xls); save it as .xlsx or CSV and import that</source>
        <translation>{path}: een oud Excel-bestand (.xls); sla het op als .xlsx of CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="256"/>
        <source>{path}: no such file</source>
        <translation>{path}: bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="257"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kan niet gelezen worden ({reason})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="258"/>
        <source>{path}: is a folder; choose a CSV or .xlsx file</source>
        <translation>{path}: is een map; kies een CSV- of .xlsx-bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="259"/>
        <source>{path}: is not a regular file; choose a CSV or .xlsx file</source>
        <translation>{path}: is geen gewoon bestand; kies een CSV- of .xlsx-bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="260"/>
        <source>{path}: {size} MB is too large for written reactions (at most {limit} MB)</source>
        <translation>{path}: {size} MB is te groot voor schriftelijke reacties (hoogstens {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="261"/>
        <source>{path}: is empty</source>
        <translation>{path}: is leeg</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="262"/>
        <source>{path}: is not valid {encoding} text although it says so</source>
        <translation>{path}: is geen geldige {encoding}-tekst, hoewel het bestand dat zegt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="263"/>
        <source>{path}: is not a text file (binary data); import a CSV or .xlsx file</source>
        <translation>{path}: is geen tekstbestand (binaire gegevens); importeer een CSV- of .xlsx-bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="264"/>
        <source>{path}: is neither UTF-8 nor Windows-1252 text; save it from Excel as CSV or .xlsx</source>
        <translation>{path}: is geen UTF-8- en geen Windows-1252-tekst; sla het vanuit Excel op als CSV of .xlsx</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="265"/>
        <source>{path}: more than {rows} rows; split the file</source>
        <translation>{path}: meer dan {rows} regels; splits het bestand</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="266"/>
        <source>{path}: line {line}: {reason}</source>
        <translation>{path}: regel {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="267"/>
        <source>{path}: holds no rows</source>
        <translation>{path}: bevat geen regels</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="268"/>
        <source>{path}: is not a readable .xlsx workbook ({reason})</source>
        <translation>{path}: is geen leesbare .xlsx-werkmap ({reason})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="269"/>
        <source>{path}: unpacks to more than {limit} MB; not a sheet of reactions</source>
        <translation>{path}: pakt uit tot meer dan {limit} MB; dat is geen lijst met reacties</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="270"/>
        <source>{path}: the workbook has no sheet</source>
        <translation>{path}: de werkmap heeft geen blad</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="271"/>
        <source>{path}: the first sheet cannot be read ({reason})</source>
        <translation>{path}: het eerste blad kan niet gelezen worden ({reason})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="272"/>
        <source>{path}: the first sheet holds no rows</source>
        <translation>{path}: het eerste blad bevat geen regels</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="273"/>
        <source>{path}: no column {name} (columns: {columns})</source>
        <translation>{path}: geen kolom {name} (kolommen: {columns})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="274"/>
        <source>{path}: no column tekst, reactie or text; name the column with the text with --text-column (columns: {columns})</source>
        <translation>{path}: geen kolom tekst, reactie of text; noem de kolom met de tekst met --text-column (kolommen: {columns})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="275"/>
        <source>{path}: is read-only; nothing was imported</source>
        <translation>{path}: is alleen-lezen; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="276"/>
        <source>the name scanner needs the package deduce ({reason})</source>
        <translation>de namenscanner heeft het pakket deduce nodig ({reason})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="277"/>
        <source>the name scanner is not prepared: run `bricoleur-desk prepare` once after installing</source>
        <translation>de namenscanner is niet voorbereid: voer na het installeren eenmaal `bricoleur-desk prepare` uit</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="278"/>
        <source>{path}: is read-only; nobody can be erased from it here</source>
        <translation>{path}: is alleen-lezen; hier kan niemand uit gewist worden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="279"/>
        <source>{path}: is read-only (a locked medium or folder); nobody can be erased from it</source>
        <translation>{path}: is alleen-lezen (een vergrendeld medium of een vergrendelde map); er kan niemand uit gewist worden</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="280"/>
        <source>no person with id {person} in dossier {title} (people: {known})</source>
        <translation>geen persoon met id {person} in dossier {title} (personen: {known})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="281"/>
        <source>is read-only; save a copy to edit it</source>
        <translation>is alleen-lezen; sla een kopie op om het te bewerken</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="283"/>
        <source>is a folder; give a file name</source>
        <translation>is een map; geef een bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="284"/>
        <source>is not a regular file (a device, a pipe or a socket); choose another name</source>
        <translation>is geen gewoon bestand (een apparaat, een pipe of een socket); kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="287"/>
        <source>is a dossier or another database; it is never written over, choose another name</source>
        <translation>is een dossier of een andere database; daar wordt nooit overheen geschreven, kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="290"/>
        <source>cannot look at the file: {reason}</source>
        <translation>kan het bestand niet bekijken: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="291"/>
        <source>is the input file; choose another name for the output</source>
        <translation>is het invoerbestand; kies een andere naam voor de uitvoer</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="292"/>
        <source>is a link to nothing; choose another name</source>
        <translation>is een koppeling naar niets; kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="294"/>
        <source>cannot write {out}: folder {folder} does not exist</source>
        <translation>kan {out} niet schrijven: map {folder} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="295"/>
        <source>unknown audience {audience} (use {allowed})</source>
        <translation>onbekend publiek {audience} (gebruik {allowed})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="296"/>
        <source>unknown report language {lang} (use {allowed})</source>
        <translation>onbekende taal voor het verslag {lang} (gebruik {allowed})</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="297"/>
        <source>house style {path} must be a JSON object</source>
        <translation>huisstijl {path} moet een JSON-object zijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="298"/>
        <source>house style {path}: unknown key(s) {keys}</source>
        <translation>huisstijl {path}: onbekende sleutel(s) {keys}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="299"/>
        <source>house style {path}: accent must look like #00557f, not {accent}</source>
        <translation>huisstijl {path}: accent moet eruitzien als #00557f, niet {accent}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="300"/>
        <source>house style {path}: the logo must be a PNG image</source>
        <translation>huisstijl {path}: het logo moet een PNG-afbeelding zijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="301"/>
        <source>dossier {title} has no meeting with id {id}</source>
        <translation>dossier {title} heeft geen bewonersavond met id {id}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="302"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>kan niet schrijven in {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="303"/>
        <source>could not write the report {name}: {reason}</source>
        <translation>kon het verslag {name} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="304"/>
        <source>could not write {out}: {reason}</source>
        <translation>kon {out} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="306"/>
        <source>no department or colleague called {name} in the register</source>
        <translation>geen afdeling of collega met de naam {name} in het register</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="307"/>
        <source>write the action list as .pdf or .csv, not {name}</source>
        <translation>schrijf de actielijst als .pdf of .csv, niet {name}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="309"/>
        <source>the number of pages must be between 1 and {most}</source>
        <translation>het aantal pagina’s moet tussen 1 en {most} liggen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="310"/>
        <source>cannot read house style {path}: {reason}</source>
        <translation>kan huisstijl {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="311"/>
        <source>house style {path} is not valid JSON: {reason}</source>
        <translation>huisstijl {path} is geen geldige JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="312"/>
        <source>house style {path}: {key} must be text</source>
        <translation>huisstijl {path}: {key} moet tekst zijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="313"/>
        <source>dossier {title} has no meetings to report on</source>
        <translation>dossier {title} heeft geen bewonersavonden om over te rapporteren</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="314"/>
        <source>house style {path}: cannot read logo {logo}: {reason}</source>
        <translation>huisstijl {path}: kan logo {logo} niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="315"/>
        <source>house style {path}: logo_png_base64 is not base64</source>
        <translation>huisstijl {path}: logo_png_base64 is geen base64</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="317"/>
        <source>no archive address: give --db postgresql://user@host/database or set BRICOLEUR_ARCHIVE</source>
        <translation>geen archiefadres: geef --db postgresql://gebruiker@server/database of zet BRICOLEUR_ARCHIVE</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="321"/>
        <source>{database}: is not a PostgreSQL address; give one like postgresql://user@host/database</source>
        <translation>{database}: is geen PostgreSQL-adres; geef er een als postgresql://gebruiker@server/database</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="325"/>
        <source>{database}: cannot reach the database server (is it running, and is the address right?)</source>
        <translation>{database}: de databaseserver is niet bereikbaar (draait hij, en klopt het adres?)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="329"/>
        <source>{database}: the server refused the user name or password for {user}</source>
        <translation>{database}: de server weigert de gebruikersnaam of het wachtwoord van {user}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="333"/>
        <source>{database}: the database does not exist on this server; ask IT to create it (see docs/ARCHIVE.md)</source>
        <translation>{database}: deze database bestaat niet op de server; vraag ICT hem aan te maken (zie docs/ARCHIVE.md)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="337"/>
        <source>{database}: the connection to the database was lost; nothing was changed</source>
        <translation>{database}: de verbinding met de database is verbroken; er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="341"/>
        <source>{database}: the connection was lost while the change was being committed; run archive list to see whether it arrived</source>
        <translation>{database}: de verbinding viel weg terwijl de wijziging werd vastgelegd; kijk met archive list of ze is aangekomen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="345"/>
        <source>{database}: the database role {user} may not do this ({reason}); see docs/ARCHIVE.md for the rights it needs</source>
        <translation>{database}: de databaserol {user} mag dit niet ({reason}); zie docs/ARCHIVE.md voor de rechten die nodig zijn</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="349"/>
        <source>{database}: the database refused the request: {reason}</source>
        <translation>{database}: de database weigert het verzoek: {reason}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="353"/>
        <source>{database}: the team archive has schema {revision}, newer than this Bricoleur Desk; update Bricoleur Desk to use it (nothing was changed)</source>
        <translation>{database}: het teamarchief heeft schema {revision}, nieuwer dan deze Bricoleur Desk; werk Bricoleur Desk bij om het te gebruiken (er is niets veranderd)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="358"/>
        <source>{database}: the connection was lost during the push; nothing was changed in the archive and the file is as it was</source>
        <translation>{database}: de verbinding viel weg tijdens het versturen; er is niets veranderd in het archief en het bestand is zoals het was</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="362"/>
        <source>{path}: pushed as revision {revision}, but the file could not record it ({reason}); pull the dossier again before the next push</source>
        <translation>{path}: verstuurd als versie {revision}, maar het bestand kon dat niet vastleggen ({reason}); haal het dossier opnieuw op voor u weer verstuurt</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="366"/>
        <source>{database}: dossier {dossier} is already in the archive (revision {revision}, pushed by {who} on {when}) and {path} was not pulled from it; nothing was pushed: pull the archive&apos;s version and make your changes there</source>
        <translation>{database}: dossier {dossier} staat al in het archief (versie {revision}, verstuurd door {who} op {when}) en {path} is daar niet uit opgehaald; er is niets verstuurd: haal de versie uit het archief op en breng uw wijzigingen daarin aan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="370"/>
        <source>pushed {dossier} ({title}) as revision {revision}; new in the archive</source>
        <translation>{dossier} ({title}) verstuurd als versie {revision}; nieuw in het archief</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="371"/>
        <source>pushed {dossier} ({title}) as revision {revision}; replaced the archive&apos;s copy</source>
        <translation>{dossier} ({title}) verstuurd als versie {revision}; de kopie in het archief is vervangen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="372"/>
        <source>pushed {dossier} ({title}) as revision {revision}, merged with what colleagues pushed meanwhile; {path} now holds the merged dossier</source>
        <translation>{dossier} ({title}) verstuurd als versie {revision}, samengevoegd met wat collega&apos;s intussen verstuurden; {path} bevat nu het samengevoegde dossier</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="376"/>
        <source>kept what colleagues changed and this file did not have: {count} items</source>
        <translation>behouden wat collega&apos;s wijzigden en dit bestand nog niet had: {count} onderdelen</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="377"/>
        <source>new notes of this file renumbered after the highest number of their evening in the archive (the archive&apos;s notes keep theirs): {changes}</source>
        <translation>nieuwe notities van dit bestand hernummerd na het hoogste nummer van hun avond in het archief (de notities in het archief houden hun nummer): {changes}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="381"/>
        <source>{count} conflicts (changed on both sides): the archive keeps its version until someone chooses; list them with archive conflicts {dossier}</source>
        <translation>{count} conflicten (aan beide kanten gewijzigd): het archief houdt zijn versie tot iemand kiest; bekijk ze met archive conflicts {dossier}</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="385"/>
        <source>no conflicts waiting for a choice</source>
        <translation>geen conflicten die op een keuze wachten</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="386"/>
        <source>conflict {conflict} resolved: the archive&apos;s version stays</source>
        <translation>conflict {conflict} opgelost: de versie in het archief blijft</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="387"/>
        <source>conflict {conflict} resolved: the pushed version is now in the archive</source>
        <translation>conflict {conflict} opgelost: de verstuurde versie staat nu in het archief</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="413"/>
        <source>{database}: there is no conflict {conflict} (resolved already?); archive conflicts lists them</source>
        <translation>{database}: er is geen conflict {conflict} (al opgelost?); archive conflicts toont ze</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="417"/>
        <source>{database}: {what} changed in the archive after this conflict was found; nothing was changed: look at the dossier again, then choose</source>
        <translation>{database}: {what} is in het archief gewijzigd nadat dit conflict werd gevonden; er is niets veranderd: bekijk het dossier opnieuw en kies dan</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="421"/>
        <source>{database}: {what} cannot be put back: what it belongs to is no longer in the archive (nothing was changed)</source>
        <translation>{database}: {what} kan niet worden teruggezet: waar het bij hoort staat niet meer in het archief (er is niets veranderd)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="426"/>
        <source>the merged dossier would not read back ({reason}); nothing was pushed and the file is unchanged</source>
        <translation>het samengevoegde dossier zou niet meer te lezen zijn ({reason}); er is niets verstuurd en het bestand is onveranderd</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="388"/>
        <source>{database}: no dossier {dossier} in the archive; archive list shows the ids</source>
        <translation>{database}: geen dossier {dossier} in het archief; archive list toont de id&apos;s</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="392"/>
        <source>{database}: dossier {dossier} came from an encrypted file; pull it with --encrypt (asks for a passphrase) or, to write it unencrypted, with --plain</source>
        <translation>{database}: dossier {dossier} kwam uit een versleuteld bestand; haal het op met --encrypt (vraagt een wachtwoordzin) of, om het onversleuteld te schrijven, met --plain</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="397"/>
        <source>{database}: this dossier is in the archive already, but not in one of your teams; nothing was pushed: ask the archive&apos;s owner whose it is (see docs/ARCHIVE.md)</source>
        <translation>{database}: dit dossier staat al in het archief, maar niet in een van uw teams; er is niets verstuurd: vraag de eigenaar van het archief van wie het is (zie docs/ARCHIVE.md)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="401"/>
        <source>{database}: a team needs a name</source>
        <translation>{database}: een team heeft een naam nodig</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="402"/>
        <source>{database}: team {team} exists already</source>
        <translation>{database}: team {team} bestaat al</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="403"/>
        <source>{database}: there is no database role {role}; create it first (CREATE ROLE ... LOGIN, see docs/ARCHIVE.md)</source>
        <translation>{database}: er is geen databaserol {role}; maak die eerst aan (CREATE ROLE ... LOGIN, zie docs/ARCHIVE.md)</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="407"/>
        <source>{database}: there is no team {team}; archive team add makes one</source>
        <translation>{database}: er is geen team {team}; archive team add maakt er een</translation>
    </message>
    <message>
        <location filename="../../bricoleur_desk/ui/messages.py" line="408"/>
        <source>{database}: you are in several teams ({teams}); say whose dossier it is with --team</source>
        <translation>{database}: u zit in meerdere teams ({teams}); zeg met --team van wie het dossier is</translation>
    </message>
</context>
</TS>
