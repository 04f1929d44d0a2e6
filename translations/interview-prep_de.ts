<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GradeReader</name>
    <message>
        <source>The grade gave no &quot;%1&quot; score.</source>
        <translation>Die Bewertung nannte keine Punktzahl für „%1“.</translation>
    </message>
    <message>
        <source>The grade gave &quot;%1&quot; a score of %2, which is not a whole number from %3 to %4.</source>
        <translation>Die Bewertung gab „%1“ die Punktzahl %2, keine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>The grade gave &quot;%1&quot; a score of %2; scores go from %3 to %4.</source>
        <translation>Die Bewertung gab „%1“ die Punktzahl %2; Punktzahlen reichen von %3 bis %4.</translation>
    </message>
    <message>
        <source>The grade has no &quot;%1&quot;.</source>
        <translation>Der Bewertung fehlt „%1“.</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;%1&quot; is %2, not text.</source>
        <translation>„%1“ der Bewertung ist %2, kein Text.</translation>
    </message>
    <message>
        <source>It quotes &quot;%1&quot;, which the resume lines do not say.</source>
        <translation>Sie zitiert „%1“, was in den Zeilen des Lebenslaufs nicht steht.</translation>
    </message>
    <message>
        <source>It gives the number &quot;%1&quot;, which neither the resume lines, the notes, the question nor your answer gives.</source>
        <translation>Sie nennt die Zahl „%1“, die weder die Zeilen des Lebenslaufs, die Notizen, die Frage noch deine Antwort nennen.</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;scores&quot; is not an object.</source>
        <translation>„scores“ der Bewertung ist kein Objekt.</translation>
    </message>
    <message>
        <source>The grade has no &quot;scores&quot;.</source>
        <translation>Der Bewertung fehlt „scores“.</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;key_points&quot; is not a list.</source>
        <translation>„key_points“ der Bewertung ist keine Liste.</translation>
    </message>
    <message>
        <source>The grade has no &quot;key_points&quot;.</source>
        <translation>Der Bewertung fehlt „key_points“.</translation>
    </message>
    <message>
        <source>The grade judged a key point without giving its number.</source>
        <translation>Die Bewertung beurteilte einen Kernpunkt, ohne seine Nummer zu nennen.</translation>
    </message>
    <message>
        <source>The grade judged key point %1, but the rubric has no key points.</source>
        <translation>Die Bewertung beurteilte Kernpunkt %1, aber das Bewertungsschema hat keine Kernpunkte.</translation>
    </message>
    <message numerus="yes">
        <source>The grade judged key point %1, but the rubric has %n key point(s).</source>
        <translation>
            <numerusform>Die Bewertung beurteilte Kernpunkt %1, aber das Bewertungsschema hat %n Kernpunkt.</numerusform>
            <numerusform>Die Bewertung beurteilte Kernpunkt %1, aber das Bewertungsschema hat %n Kernpunkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The grade judged key point %1 twice.</source>
        <translation>Die Bewertung beurteilte Kernpunkt %1 zweimal.</translation>
    </message>
    <message>
        <source>The grade did not say whether key point %1 is covered.</source>
        <translation>Die Bewertung sagte nicht, ob Kernpunkt %1 abgedeckt ist.</translation>
    </message>
    <message>
        <source>The grade gave no judgement for key point %1.</source>
        <translation>Die Bewertung gab für Kernpunkt %1 keine Begründung.</translation>
    </message>
    <message>
        <source>The grade did not judge key point %1.</source>
        <translation>Die Bewertung beurteilte Kernpunkt %1 nicht.</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;resume_quotes&quot; is not a list.</source>
        <translation>„resume_quotes“ der Bewertung ist keine Liste.</translation>
    </message>
    <message>
        <source>The grade has no &quot;resume_quotes&quot;.</source>
        <translation>Der Bewertung fehlt „resume_quotes“.</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;resume_quotes&quot; holds %1, not text.</source>
        <translation>„resume_quotes“ der Bewertung enthält %1, keinen Text.</translation>
    </message>
    <message>
        <source>The stronger answer was left out. %1</source>
        <translation>Die stärkere Antwort wurde weggelassen. %1</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Nicht beantwortet.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte</translation>
    </message>
</context>
<context>
    <name>QuestionLabels</name>
    <message>
        <source>Foundations</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Internals</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>Edge cases</source>
        <translation>Grenzfälle</translation>
    </message>
    <message>
        <source>Level 1 of 3: foundations, what it is and when to use it</source>
        <translation>Stufe 1 von 3: Grundlagen – was es ist und wann man es einsetzt</translation>
    </message>
    <message>
        <source>Level 2 of 3: internals, how it works underneath</source>
        <translation>Stufe 2 von 3: Interna – wie es darunter funktioniert</translation>
    </message>
    <message>
        <source>Level 3 of 3: edge cases, failure modes and trade-offs</source>
        <translation>Stufe 3 von 3: Grenzfälle, Fehlerbilder und Abwägungen</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Konzept</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Debugging &amp; operations</source>
        <translation>Fehlersuche &amp; Betrieb</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>Project deep-dive</source>
        <translation>Projekt im Detail</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Wie es funktioniert</translation>
    </message>
</context>
<context>
    <name>ResumeDrop</name>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>„%1“ existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>“%1” is a folder. Drop the resume file itself.</source>
        <translation>„%1“ ist ein Ordner. Legen Sie die Lebenslaufdatei selbst ab.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission).</source>
        <translation>„%1“ kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2; the limit is %3). The limit can be changed in Settings.</source>
        <translation>„%1“ ist zu groß (%2; die Grenze liegt bei %3). Die Grenze lässt sich in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Only files can be dropped here: drag a resume from your file manager.</source>
        <translation>Hier können nur Dateien abgelegt werden: Ziehen Sie einen Lebenslauf aus Ihrem Dateimanager hierher.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped. Drop one resume at a time.</source>
        <translation>
            <numerusform>%Ln Datei wurde abgelegt. Legen Sie jeweils nur einen Lebenslauf ab.</numerusform>
            <numerusform>%Ln Dateien wurden abgelegt. Legen Sie jeweils nur einen Lebenslauf ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only files on this computer can be opened; download the resume first.</source>
        <translation>Nur Dateien auf diesem Computer können geöffnet werden; laden Sie den Lebenslauf zuerst herunter.</translation>
    </message>
    <message>
        <source>“%1” is not a resume this app can read. Use a PDF, a plain-text (.txt) or a Markdown (.md) file, or a scan or photo (.png, .jpg).</source>
        <translation>„%1“ ist kein Lebenslauf, den diese App lesen kann. Verwenden Sie eine PDF-, eine Text- (.txt) oder Markdown-Datei (.md) oder einen Scan bzw. ein Foto (.png, .jpg).</translation>
    </message>
</context>
<context>
    <name>ResumeLoader</name>
    <message>
        <source>It looks like a PNG image.</source>
        <translation>Es sieht aus wie ein PNG-Bild.</translation>
    </message>
    <message>
        <source>It looks like a JPEG image.</source>
        <translation>Es sieht aus wie ein JPEG-Bild.</translation>
    </message>
    <message>
        <source>It looks like a GIF image.</source>
        <translation>Es sieht aus wie ein GIF-Bild.</translation>
    </message>
    <message>
        <source>It looks like a Word (.docx) document or another ZIP archive; export it as PDF first.</source>
        <translation>Es sieht aus wie ein Word-Dokument (.docx) oder ein anderes ZIP-Archiv; exportieren Sie es zuerst als PDF.</translation>
    </message>
    <message>
        <source>It looks like an old Word (.doc) document; export it as PDF first.</source>
        <translation>Es sieht aus wie ein älteres Word-Dokument (.doc); exportieren Sie es zuerst als PDF.</translation>
    </message>
    <message>
        <source>It looks like an RTF document; export it as PDF first.</source>
        <translation>Es sieht aus wie ein RTF-Dokument; exportieren Sie es zuerst als PDF.</translation>
    </message>
    <message>
        <source>No resume file was chosen.</source>
        <translation>Es wurde keine Lebenslaufdatei gewählt.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Die Datei „%1“ existiert nicht. Sie wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose a PDF or text file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei. Wählen Sie eine PDF- oder Textdatei.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file. Choose a PDF or text file.</source>
        <translation>„%1“ ist keine normale Datei. Wählen Sie eine PDF- oder Textdatei.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read. Check that you have permission to open it.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden. Prüfen Sie, ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes).</source>
        <translation>Die Datei „%1“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The file “%1” is too large: it is %2 and the limit for a resume is %3.</source>
        <translation>Die Datei „%1“ ist zu groß: Sie hat %2, die Grenze für einen Lebenslauf liegt bei %3.</translation>
    </message>
    <message>
        <source>The file “%1” is not a PDF: its content does not start with “%PDF-”.</source>
        <translation>Die Datei „%1“ ist kein PDF: Ihr Inhalt beginnt nicht mit „%PDF-“.</translation>
    </message>
    <message>
        <source>Choose a PDF, or a plain-text resume (.txt or .md).</source>
        <translation>Wählen Sie ein PDF oder einen Lebenslauf als reinen Text (.txt oder .md).</translation>
    </message>
    <message>
        <source>The file “%1” contains binary data, not text. Choose a PDF, or save the resume as UTF-8 text.</source>
        <translation>Die Datei „%1“ enthält Binärdaten, keinen Text. Wählen Sie ein PDF oder speichern Sie den Lebenslauf als UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file “%1” is not valid UTF-8 text. Save it again with the UTF-8 encoding.</source>
        <translation>Die Datei „%1“ ist kein gültiger UTF-8-Text. Speichern Sie sie erneut mit der Kodierung UTF-8.</translation>
    </message>
    <message>
        <source>The PDF “%1” is protected by a password. Enter the password to open it.</source>
        <translation>Das PDF „%1“ ist durch ein Passwort geschützt. Geben Sie das Passwort ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The password for the PDF “%1” is not correct. Try again.</source>
        <translation>Das Passwort für das PDF „%1“ ist falsch. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PDF “%1” is encrypted with a method that is not supported, so it cannot be read.</source>
        <translation>Das PDF „%1“ ist mit einem nicht unterstützten Verfahren verschlüsselt und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF “%1” is damaged or incomplete and cannot be read. Export or download it again.</source>
        <translation>Das PDF „%1“ ist beschädigt oder unvollständig und kann nicht gelesen werden. Exportieren oder laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>The file “%1” contains no text.</source>
        <translation>Die Datei „%1“ enthält keinen Text.</translation>
    </message>
    <message>
        <source>The PDF “%1” has %2 pages, more than the maximum of %3 for a resume.</source>
        <translation>Das PDF „%1“ hat %2 Seiten, mehr als die für einen Lebenslauf erlaubten %3.</translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>Das Lesen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF “%1” contains no extractable text, and text recognition (OCR) found none on its pages either. Export the resume as a text PDF, or paste its text into a .txt file.</source>
        <translation>Die PDF-Datei „%1“ enthält keinen auslesbaren Text, und auch die Texterkennung (OCR) hat auf ihren Seiten keinen gefunden. Exportieren Sie den Lebenslauf als Text-PDF oder fügen Sie seinen Text in eine .txt-Datei ein.</translation>
    </message>
    <message>
        <source>The PDF “%1” contains no extractable text; it is probably a scanned image, and text recognition (OCR) is turned off. Export the resume as a text PDF, or paste its text into a .txt file.</source>
        <translation>Die PDF-Datei „%1“ enthält keinen auslesbaren Text; wahrscheinlich ist sie ein gescanntes Bild, und die Texterkennung (OCR) ist ausgeschaltet. Exportieren Sie den Lebenslauf als Text-PDF oder fügen Sie seinen Text in eine .txt-Datei ein.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) found no text in the image “%1”.</source>
        <translation>Die Texterkennung (OCR) hat im Bild „%1“ keinen Text gefunden.</translation>
    </message>
    <message>
        <source>The image “%1” is damaged or incomplete and cannot be read.</source>
        <translation>Das Bild „%1“ ist beschädigt oder unvollständig und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The image “%1” is %2 × %3 pixels, more than the maximum of %4 megapixels for a resume. Scale it down or export it as a PDF.</source>
        <translation>Das Bild „%1“ hat %2 × %3 Pixel, mehr als die höchstens %4 Megapixel für einen Lebenslauf. Verkleinern Sie es oder exportieren Sie es als PDF.</translation>
    </message>
    <message>
        <source>“%1” needs text recognition (OCR), but Tesseract could not load its language data from “%2”.</source>
        <translation>„%1“ braucht Texterkennung (OCR), aber Tesseract konnte seine Sprachdaten nicht aus „%2“ laden.</translation>
    </message>
    <message>
        <source>“%1” needs text recognition (OCR), but Tesseract&apos;s language data is missing. Install: %2 (for example: sudo apt install %2).</source>
        <translation>„%1“ braucht Texterkennung (OCR), aber die Sprachdaten von Tesseract fehlen. Installieren Sie: %2 (zum Beispiel: sudo apt install %2).</translation>
    </message>
    <message>
        <source>Text recognition (OCR) failed on “%1”.</source>
        <translation>Die Texterkennung (OCR) ist bei „%1“ fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ip::AppContext</name>
    <message>
        <source>The API keys are still being read from the keychain. Try again in a moment.</source>
        <translation>Die API-Schlüssel werden noch aus dem Schlüsselbund gelesen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No Groq API key is set. Enter one in Settings: Groq&apos;s models pick the skills and write the questions.</source>
        <translation>Es ist kein Groq-API-Schlüssel eingetragen. Geben Sie einen in den Einstellungen ein: Die Modelle von Groq wählen die Fähigkeiten aus und schreiben die Fragen.</translation>
    </message>
</context>
<context>
    <name>ip::AtomicFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the write was interrupted</source>
        <translation>das Schreiben wurde unterbrochen</translation>
    </message>
</context>
<context>
    <name>ip::AudioRecorder</name>
    <message>
        <source>A recording is already running.</source>
        <translation>Eine Aufnahme läuft bereits.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or check that the system&apos;s sound settings show it.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließe eines an oder prüfe, ob die Toneinstellungen des Systems es anzeigen.</translation>
    </message>
    <message>
        <source>The microphone “%1” offers no sound format this app can record.</source>
        <translation>Das Mikrofon „%1“ bietet kein Tonformat, das diese App aufnehmen kann.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. The system may not allow this app to use it (see its privacy and sound settings), or another program is using it.</source>
        <translation>Das Mikrofon ließ sich nicht öffnen. Vielleicht erlaubt das System dieser App den Zugriff nicht (siehe seine Datenschutz- und Toneinstellungen), oder ein anderes Programm verwendet es.</translation>
    </message>
    <message>
        <source>The recording “%1” cannot be read: %2</source>
        <translation>Die Aufnahme „%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The recording “%1” cannot be used: %2</source>
        <translation>Die Aufnahme „%1“ lässt sich nicht verwenden: %2</translation>
    </message>
    <message>
        <source>its sample format is not supported.</source>
        <translation>ihr Sampleformat wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The recording stopped: the microphone stopped delivering sound.</source>
        <translation>Die Aufnahme wurde beendet: Das Mikrofon liefert keinen Ton mehr.</translation>
    </message>
</context>
<context>
    <name>ip::ContinuePlan</name>
    <message>
        <source>Interrupted before it finished</source>
        <translation>Vor dem Ende unterbrochen</translation>
    </message>
    <message>
        <source>The resume “%1” has changed since this session was saved; start a new run instead of continuing.</source>
        <translation>Der Lebenslauf „%1“ hat sich seit dem Speichern dieser Sitzung geändert; starten Sie einen neuen Durchlauf, statt fortzufahren.</translation>
    </message>
</context>
<context>
    <name>ip::Deck</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (unter Debian: das Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the study deck.</source>
        <translation>Der Ordner %1 für die Lernkartei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the study deck %1: %2</source>
        <translation>Die Lernkartei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a study deck (%2).</source>
        <translation>%1 ist keine Lernkartei (%2).</translation>
    </message>
    <message>
        <source>The study deck %1 was written by a newer version of Interview Prep (schema %2; this one reads up to %3).</source>
        <translation>Die Lernkartei %1 wurde von einer neueren Version von Interview Prep geschrieben (Schema %2; diese liest bis %3).</translation>
    </message>
    <message>
        <source>Could not prepare the study deck %1: %2</source>
        <translation>Die Lernkartei %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The review has no time.</source>
        <translation>Die Wiederholung hat keine Uhrzeit.</translation>
    </message>
    <message>
        <source>The backup cannot replace the deck itself.</source>
        <translation>Die Sicherung kann nicht die Lernkartei selbst ersetzen.</translation>
    </message>
    <message>
        <source>Could not create the folder for the backup %1.</source>
        <translation>Der Ordner für die Sicherung %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced (%2).</source>
        <translation>%1 existiert und kann nicht ersetzt werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is the deck itself.</source>
        <translation>%1 ist die Lernkartei selbst.</translation>
    </message>
    <message>
        <source>Could not copy %1 beside the study deck.</source>
        <translation>%1 konnte nicht neben die Lernkartei kopiert werden.</translation>
    </message>
    <message>
        <source>written by a newer version of Interview Prep</source>
        <translation>von einer neueren Version von Interview Prep geschrieben</translation>
    </message>
    <message>
        <source>it has no study cards table</source>
        <translation>sie hat keine Tabelle mit Lernkarten</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is not a study deck this version can read (%2). The current deck is kept.</source>
        <translation>%1 ist keine Lernkartei, die diese Version lesen kann (%2). Die aktuelle Lernkartei bleibt erhalten.</translation>
    </message>
    <message>
        <source>The study deck is open elsewhere; close it there first. The current deck is kept.</source>
        <translation>Die Lernkartei ist anderswo geöffnet; schließe sie dort zuerst. Die aktuelle Lernkartei bleibt erhalten.</translation>
    </message>
    <message>
        <source>Could not replace the study deck (%1). The current deck is kept.</source>
        <translation>Die Lernkartei konnte nicht ersetzt werden (%1). Die aktuelle Lernkartei bleibt erhalten.</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>keine Schemaversion</translation>
    </message>
    <message>
        <source>no table list</source>
        <translation>keine Tabellenliste</translation>
    </message>
    <message>
        <source>The card is no longer in the deck.</source>
        <translation>Die Karte ist nicht mehr in der Lernkartei.</translation>
    </message>
    <message>
        <source>The run has no id.</source>
        <translation>Der Lauf hat keine Kennung.</translation>
    </message>
    <message>
        <source>The study deck is not open.</source>
        <translation>Die Lernkartei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ip::DiscoveryStage</name>
    <message>
        <source>Source discovery failed: %1</source>
        <translation>Die Quellensuche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No web notes yet for %1; asking once more</source>
        <translation>Noch keine Web-Notizen zu %1; es wird noch einmal gefragt</translation>
    </message>
    <message>
        <source>The web search answer had no section for this skill</source>
        <translation>Die Antwort der Websuche enthielt keinen Abschnitt zu dieser Fähigkeit</translation>
    </message>
</context>
<context>
    <name>ip::DropZone</name>
    <message>
        <source>Release to read this resume</source>
        <translation>Loslassen, um diesen Lebenslauf zu lesen</translation>
    </message>
    <message>
        <source>Drop a resume here</source>
        <translation>Lebenslauf hier ablegen</translation>
    </message>
    <message>
        <source>Open resume…</source>
        <translation>Lebenslauf öffnen …</translation>
    </message>
    <message>
        <source>Open resume</source>
        <translation>Lebenslauf öffnen</translation>
    </message>
    <message>
        <source>Choose a resume file to generate interview questions from</source>
        <translation>Wählen Sie eine Lebenslaufdatei, aus der Interviewfragen erstellt werden</translation>
    </message>
    <message>
        <source>Choose a resume file (%1)</source>
        <translation>Lebenslaufdatei wählen (%1)</translation>
    </message>
    <message>
        <source>Resume drop area</source>
        <translation>Ablagefläche für den Lebenslauf</translation>
    </message>
    <message>
        <source>Drag a resume file from your file manager and drop it here</source>
        <translation>Ziehen Sie eine Lebenslaufdatei aus Ihrem Dateimanager hierher und legen Sie sie ab</translation>
    </message>
    <message>
        <source>Why the file was refused</source>
        <translation>Warum die Datei abgelehnt wurde</translation>
    </message>
    <message>
        <source>Recent resumes</source>
        <translation>Zuletzt geöffnete Lebensläufe</translation>
    </message>
    <message>
        <source>Open recent resume %1</source>
        <translation>Zuletzt geöffneten Lebenslauf %1 öffnen</translation>
    </message>
    <message>
        <source>PDF, text (.txt, .md) or a scan (.png, .jpg)</source>
        <translation>PDF, Text (.txt, .md) oder ein Scan (.png, .jpg)</translation>
    </message>
    <message>
        <source>PDF, text (.txt, .md) or a scan (.png, .jpg), up to %1</source>
        <translation>PDF, Text (.txt, .md) oder ein Scan (.png, .jpg), bis %1</translation>
    </message>
    <message>
        <source>Role &amp;level:</source>
        <translation>&amp;Stufe der Stelle:</translation>
    </message>
    <message>
        <source>Role level</source>
        <translation>Stufe der Stelle</translation>
    </message>
    <message>
        <source>The level of the role you prepare for: it sets how deep the questions go</source>
        <translation>Die Stufe der Stelle, auf die Sie sich vorbereiten: Sie bestimmt, wie tief die Fragen gehen</translation>
    </message>
    <message>
        <source>&amp;Review the skills before questions are written</source>
        <translation>Fähigkeiten &amp;prüfen, bevor Fragen geschrieben werden</translation>
    </message>
    <message>
        <source>Review the skills before questions are written</source>
        <translation>Fähigkeiten prüfen, bevor Fragen geschrieben werden</translation>
    </message>
    <message>
        <source>After the skills are found, the run waits while you rename, reorder, remove or add skills</source>
        <translation>Sind die Fähigkeiten gefunden, wartet der Lauf, während Sie Fähigkeiten umbenennen, umordnen, entfernen oder hinzufügen</translation>
    </message>
    <message>
        <source>Target a &amp;Job…</source>
        <translation>Auf Stelle aus&amp;richten …</translation>
    </message>
    <message>
        <source>Target a job</source>
        <translation>Auf eine Stelle ausrichten</translation>
    </message>
    <message>
        <source>Paste or open a job description: the skills it asks for come first, and those your resume does not show get questions of their own</source>
        <translation>Eine Stellenbeschreibung einfügen oder öffnen: die verlangten Fähigkeiten kommen zuerst, und die, die Ihr Lebenslauf nicht zeigt, bekommen eigene Fragen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Change the job description</source>
        <translation>Die Stellenbeschreibung ändern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the job description</source>
        <translation>Die Stellenbeschreibung entfernen</translation>
    </message>
    <message>
        <source>The next runs target no job</source>
        <translation>Die nächsten Läufe sind auf keine Stelle ausgerichtet</translation>
    </message>
    <message>
        <source>Targeting a job: %1</source>
        <translation>Ausgerichtet auf die Stelle: %1</translation>
    </message>
</context>
<context>
    <name>ip::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Blendet diese Meldung aus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Andere Datei wählen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ip::FirstRunPanel</name>
    <message>
        <source>Two minutes of setup</source>
        <translation>Zwei Minuten Einrichtung</translation>
    </message>
    <message>
        <source>Interview Prep needs a free Groq API key: Groq&apos;s models pick the skills from your resume and write the questions. A Gemini API key is optional; with it, each skill&apos;s questions are grounded in sources found with Google Search. Keys are kept in your system&apos;s keychain.</source>
        <translation>Interview Prep braucht einen kostenlosen Groq-API-Schlüssel: Die Modelle von Groq wählen die Fähigkeiten aus Ihrem Lebenslauf und schreiben die Fragen. Ein Gemini-API-Schlüssel ist optional; mit ihm stützen sich die Fragen zu jeder Fähigkeit auf Quellen, die mit der Google-Suche gefunden werden. Die Schlüssel liegen im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Get a key: &lt;a href=&quot;%1&quot;&gt;Groq console&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Google AI Studio&lt;/a&gt; (for Gemini)</source>
        <translation>Schlüssel holen: &lt;a href=&quot;%1&quot;&gt;Groq-Konsole&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Google AI Studio&lt;/a&gt; (für Gemini)</translation>
    </message>
    <message>
        <source>Where to get API keys</source>
        <translation>Woher Sie API-Schlüssel bekommen</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Einstellungen öffnen …</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Enter your API keys</source>
        <translation>Geben Sie Ihre API-Schlüssel ein</translation>
    </message>
    <message>
        <source>What the app needs</source>
        <translation>Was die App braucht</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Ersteinrichtung</translation>
    </message>
    <message>
        <source>You can work offline with it instead of Groq, without a key: nothing leaves this computer, and questions are not grounded in web sources.</source>
        <translation>Sie können damit statt mit Groq offline arbeiten, ohne Schlüssel: Nichts verlässt diesen Computer, und die Fragen stützen sich nicht auf Webquellen.</translation>
    </message>
    <message>
        <source>Server on this computer</source>
        <translation>Server auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>A server found on this computer, e.g. &quot;LM Studio (localhost:1234): qwen2.5-7b&quot;</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n chat servers are running on this computer.</source>
        <translation>
            <numerusform>Auf diesem Computer läuft %n Chat-Server.</numerusform>
            <numerusform>Auf diesem Computer laufen %n Chat-Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one to work offline with it instead of Groq, without a key: nothing leaves this computer, and questions are not grounded in web sources.</source>
        <translation>Wählen Sie einen, um statt mit Groq offline damit zu arbeiten, ohne Schlüssel: Nichts verlässt diesen Computer, und die Fragen stützen sich nicht auf Webquellen.</translation>
    </message>
    <message>
        <source>%1 is running on this computer (%2) with the model %3.</source>
        <extracomment>%1 a server&apos;s name (Ollama, LM Studio, …), %2 its address, %3 its model</extracomment>
        <translation>%1 läuft auf diesem Computer (%2) mit dem Modell %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is running on this computer (%2) with %n models, e.g. %3.</source>
        <translation>
            <numerusform>%1 läuft auf diesem Computer (%2) mit %n Modell: %3.</numerusform>
            <numerusform>%1 läuft auf diesem Computer (%2) mit %n Modellen, z. B. %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work Offline with %1</source>
        <extracomment>%1 a server&apos;s name: Ollama, LM Studio, llama.cpp, …</extracomment>
        <translation>Offline mit %1 arbeiten</translation>
    </message>
    <message>
        <source>Work offline with %1 on this computer</source>
        <translation>Offline mit %1 auf diesem Computer arbeiten</translation>
    </message>
    <message>
        <source>Offline mode: skills and questions from %1 on this computer (model %2), without a key; nothing leaves this computer</source>
        <translation>Offlinemodus: Fähigkeiten und Fragen von %1 auf diesem Computer (Modell %2), ohne Schlüssel; nichts verlässt diesen Computer</translation>
    </message>
</context>
<context>
    <name>ip::GeminiProvider</name>
    <message>
        <source>No API key for %1 — enter one in Settings.</source>
        <translation>Kein API-Schlüssel für %1 – geben Sie einen in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>ip::GenerationStage</name>
    <message>
        <source>Too large for the token limit (%1) even alone and without research notes</source>
        <translation>Selbst allein und ohne Recherchenotizen zu groß für die Token-Grenze (%1)</translation>
    </message>
    <message>
        <source>Research notes did not fit the token limit</source>
        <translation>Die Recherchenotizen passten nicht in die Token-Grenze</translation>
    </message>
    <message>
        <source>The model returned no questions for this skill</source>
        <translation>Das Modell hat keine Fragen zu dieser Fähigkeit geliefert</translation>
    </message>
    <message>
        <source>The answer left out %1; asking again</source>
        <translation>Die Antwort hat %1 ausgelassen; es wird erneut gefragt</translation>
    </message>
    <message>
        <source>%1 found the request too large; splitting it</source>
        <translation>%1 fand die Anfrage zu groß; sie wird aufgeteilt</translation>
    </message>
    <message>
        <source>%1 found the request too large; shortening the notes for %2</source>
        <translation>%1 fand die Anfrage zu groß; die Notizen zu %2 werden gekürzt</translation>
    </message>
    <message>
        <source>The answer broke off after some questions: %1</source>
        <translation>Die Antwort brach nach einigen Fragen ab: %1</translation>
    </message>
</context>
<context>
    <name>ip::GradeStage</name>
    <message>
        <source>The grade could not be read: %1</source>
        <translation>Die Bewertung ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Could not grade the answer: %1</source>
        <translation>Die Antwort konnte nicht bewertet werden: %1</translation>
    </message>
</context>
<context>
    <name>ip::HeadlessRun</name>
    <message>
        <source>interview-prep: error: %1</source>
        <translation>interview-prep: Fehler: %1</translation>
    </message>
    <message>
        <source>The output path %1 is a folder; give a file name.</source>
        <translation>Der Ausgabepfad %1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Interrupted: stopping and writing what is done…</source>
        <translation>Unterbrochen: Es wird angehalten und das Fertige geschrieben …</translation>
    </message>
    <message>
        <source>Interrupted before the run started.</source>
        <translation>Unterbrochen, bevor der Durchlauf begann.</translation>
    </message>
    <message>
        <source>No API key for %1: set GROQ_API_KEY or save a key in the app&apos;s settings.</source>
        <translation>Kein API-Schlüssel für %1: Setzen Sie GROQ_API_KEY oder speichern Sie einen Schlüssel in den Einstellungen der App.</translation>
    </message>
    <message>
        <source>No Gemini key (GEMINI_API_KEY): questions are written without web sources.</source>
        <translation>Kein Gemini-Schlüssel (GEMINI_API_KEY): Die Fragen werden ohne Webquellen geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>  done: %1 (%2, %3)</source>
        <translation>  fertig: %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>  done: %1 (%2, no web sources: %3)</source>
        <translation>  fertig: %1 (%2, keine Webquellen: %3)</translation>
    </message>
    <message>
        <source>  failed: %1 (%2)</source>
        <translation>  fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not write the report to standard output.</source>
        <translation>Der Bericht konnte nicht auf die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Session %1 has nothing left to do.</source>
        <translation>In der Sitzung %1 ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Warning: the session is not saved: %1</source>
        <translation>Warnung: Die Sitzung wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Continuing session %1 (%2)</source>
        <translation>Sitzung %1 wird fortgesetzt (%2)</translation>
    </message>
    <message>
        <source>The run is saved as session %1; continue it with --resume %1</source>
        <translation>Der Durchlauf ist als Sitzung %1 gespeichert; setzen Sie ihn mit --resume %1 fort</translation>
    </message>
    <message>
        <source>Several resumes need -o FOLDER: one report per resume is written there.</source>
        <translation>Mehrere Lebensläufe brauchen -o ORDNER: Dort wird für jeden Lebenslauf ein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the reports.</source>
        <translation>Der Ordner %1 für die Berichte konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Resume %1 of %2: %3</source>
        <translation>Lebenslauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>Limits: Groq %1 tokens and %2 requests a minute per model; Gemini %3 requests a minute. Nothing was sent.</source>
        <translation>Grenzen: Groq %1 Tokens und %2 Anfragen pro Minute und Modell; Gemini %3 Anfragen pro Minute. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Spent: %1</source>
        <translation>Verbraucht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %3, %n request(s), about %4 tokens (%5 declared at admission), %6</source>
        <translation>
            <numerusform>%1: %2 %3, %n Anfrage, etwa %4 Tokens (%5 bei der Zulassung angemeldet), %6</numerusform>
            <numerusform>%1: %2 %3, %n Anfragen, etwa %4 Tokens (%5 bei der Zulassung angemeldet), %6</numerusform>
        </translation>
    </message>
    <message>
        <source>The job description %1 has no text.</source>
        <translation>Die Stellenbeschreibung %1 enthält keinen Text.</translation>
    </message>
    <message numerus="yes">
        <source>Targeting the job in %1 (%n character(s))</source>
        <translation>
            <numerusform>Ausgerichtet auf die Stelle in %1 (%n Zeichen)</numerusform>
            <numerusform>Ausgerichtet auf die Stelle in %1 (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the job description %1: %2</source>
        <translation>Die Stellenbeschreibung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>  not on the resume: %1 (%2)</source>
        <translation>  nicht im Lebenslauf: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ip::HistoryDialog</name>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 skills)</source>
        <translation>%1 (%2 von %3 Fähigkeiten)</translation>
    </message>
    <message>
        <source>(no resume read)</source>
        <translation>(kein Lebenslauf gelesen)</translation>
    </message>
    <message>
        <source>Some saved runs could not be read and are not listed:</source>
        <translation>Einige gespeicherte Durchläufe konnten nicht gelesen werden und fehlen in der Liste:</translation>
    </message>
    <message>
        <source>Delete this run?</source>
        <translation>Diesen Durchlauf löschen?</translation>
    </message>
    <message>
        <source>Delete the saved run of “%1” from %2? Its questions cannot be recovered.</source>
        <translation>Den gespeicherten Durchlauf von „%1“ vom %2 löschen? Seine Fragen lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete every run?</source>
        <translation>Alle Durchläufe löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n saved run(s)? Their questions cannot be recovered.</source>
        <translation>
            <numerusform>Den %Ln gespeicherten Durchlauf löschen? Seine Fragen lassen sich nicht wiederherstellen.</numerusform>
            <numerusform>Alle %Ln gespeicherten Durchläufe löschen? Ihre Fragen lassen sich nicht wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the cache?</source>
        <translation>Zwischenspeicher leeren?</translation>
    </message>
    <message>
        <source>Forget every cached skill list, web search and question set? Running a resume again will then ask the providers (and use their quota) again. Saved runs are kept.</source>
        <translation>Alle zwischengespeicherten Fähigkeitenlisten, Websuchen und Fragen vergessen? Ein erneuter Durchlauf fragt dann wieder die Anbieter (und verbraucht ihr Kontingent). Gespeicherte Durchläufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>The cache is empty now.</source>
        <translation>Der Zwischenspeicher ist jetzt leer.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every run is saved as it goes. Open one to see its questions again, or continue a run that stopped early: only the missing work is requested.</source>
        <translation>Jeder Durchlauf wird laufend gespeichert. Öffnen Sie einen, um seine Fragen erneut zu sehen, oder setzen Sie einen vorzeitig beendeten Durchlauf fort: Nur das Fehlende wird angefragt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Gespeicherte Durchläufe</translation>
    </message>
    <message>
        <source>No saved runs yet. Open a resume: its run is saved here automatically.</source>
        <translation>Noch keine gespeicherten Durchläufe. Öffnen Sie einen Lebenslauf: Sein Durchlauf wird hier automatisch gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show this run&apos;s questions</source>
        <translation>Die Fragen dieses Durchlaufs anzeigen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <source>Finish this run: only the skills without questions are requested</source>
        <translation>Diesen Durchlauf abschließen: Nur die Fähigkeiten ohne Fragen werden angefragt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete &amp;All…</source>
        <translation>&amp;Alle löschen …</translation>
    </message>
    <message>
        <source>Clear C&amp;ache…</source>
        <translation>&amp;Zwischenspeicher leeren …</translation>
    </message>
    <message>
        <source>Forget cached results, so the next run asks the providers again</source>
        <translation>Zwischengespeicherte Ergebnisse vergessen, damit der nächste Durchlauf wieder die Anbieter fragt</translation>
    </message>
</context>
<context>
    <name>ip::HttpTranscriptionCall</name>
    <message>
        <source>No API key for %1 speech to text — enter the Groq key in Settings.</source>
        <translation>Kein API-Schlüssel für die Spracherkennung von %1 – gib den Groq-Schlüssel in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The recording is larger than %1&apos;s upload limit (%2 MB) and cannot be cut into parts: %3</source>
        <translation>Die Aufnahme ist größer als das Upload-Limit von %1 (%2 MB) und lässt sich nicht in Teile schneiden: %3</translation>
    </message>
    <message>
        <source>This part of the recording is longer than %1&apos;s audio allowance per hour — record a shorter answer.</source>
        <translation>Dieser Teil der Aufnahme ist länger als das Audio-Kontingent von %1 pro Stunde – nimm eine kürzere Antwort auf.</translation>
    </message>
    <message>
        <source>%1&apos;s transcription could not be read: %2</source>
        <translation>Die Transkription von %1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The recording is too large for %1 — record a shorter answer, or lower the upload limit so that it is sent in parts.</source>
        <translation>Die Aufnahme ist zu groß für %1 – nimm eine kürzere Antwort auf oder senke das Upload-Limit, damit sie in Teilen gesendet wird.</translation>
    </message>
    <message>
        <source>%1 could not take this recording (HTTP %2) — check the speech model in Settings.</source>
        <translation>%1 konnte diese Aufnahme nicht annehmen (HTTP %2) – prüfe das Sprachmodell in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 could not take this recording (HTTP %2): %3</source>
        <translation>%1 konnte diese Aufnahme nicht annehmen (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1&apos;s speech-to-text allowance is used up for now — try again in %2 minutes.</source>
        <translation>Das Spracherkennungs-Kontingent von %1 ist vorerst aufgebraucht – versuche es in %2 Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>ip::InterviewPipeline</name>
    <message>
        <source>Regenerating %1</source>
        <translation>%1 wird neu erstellt</translation>
    </message>
    <message>
        <source>Batch %1/%2</source>
        <translation>Stapel %1/%2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>The resume is long; only its first %1 characters are used.</source>
        <translation>Der Lebenslauf ist lang; nur seine ersten %1 Zeichen werden verwendet.</translation>
    </message>
    <message>
        <source>The resume has no text to read skills from.</source>
        <translation>Der Lebenslauf enthält keinen Text, aus dem sich Fähigkeiten lesen lassen.</translation>
    </message>
    <message>
        <source>No provider is configured for writing questions.</source>
        <translation>Für das Schreiben der Fragen ist kein Anbieter eingerichtet.</translation>
    </message>
    <message>
        <source>Extracting skills with %1 (%2)</source>
        <translation>Fähigkeiten werden mit %1 (%2) ermittelt</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message numerus="yes">
        <source>Found %n skill(s): %1</source>
        <translation>
            <numerusform>%Ln Fähigkeit gefunden: %1</numerusform>
            <numerusform>%Ln Fähigkeiten gefunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No web search provider is configured</source>
        <translation>Es ist kein Anbieter für die Websuche eingerichtet</translation>
    </message>
    <message>
        <source>Web search grounding is switched off in Settings</source>
        <translation>Die Quellensuche im Web ist in den Einstellungen ausgeschaltet</translation>
    </message>
    <message>
        <source>%1: searching the web for %2</source>
        <translation>%1: Websuche nach %2</translation>
    </message>
    <message>
        <source>Source discovery stopped: %1</source>
        <translation>Quellensuche angehalten: %1</translation>
    </message>
    <message>
        <source>%1: writing questions</source>
        <translation>%1: Fragen werden geschrieben</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <source>%1 stopped the run: %2</source>
        <translation>%1 hat den Durchlauf beendet: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>Regenerating %1 did not work (%2); the earlier questions are kept.</source>
        <translation>Das Neuerstellen von %1 hat nicht funktioniert (%2); die bisherigen Fragen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The resume “%1” has changed since this session was saved; start a new run instead of continuing.</source>
        <translation>Der Lebenslauf „%1“ hat sich seit dem Speichern dieser Sitzung geändert; starten Sie einen neuen Durchlauf, statt fortzufahren.</translation>
    </message>
    <message>
        <source>Skills from the cache (no request)</source>
        <translation>Fähigkeiten aus dem Zwischenspeicher (keine Anfrage)</translation>
    </message>
    <message numerus="yes">
        <source>Continuing: %n skill(s) still need questions</source>
        <translation>
            <numerusform>Fortsetzung: %Ln Fähigkeit braucht noch Fragen</numerusform>
            <numerusform>Fortsetzung: %Ln Fähigkeiten brauchen noch Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>This session does not say where its resume is; open the resume to start a new run.</source>
        <translation>Diese Sitzung gibt nicht an, wo ihr Lebenslauf liegt; öffnen Sie den Lebenslauf, um einen neuen Durchlauf zu starten.</translation>
    </message>
    <message>
        <source>%1: web notes for %2 from the cache (no request)</source>
        <translation>%1: Web-Notizen zu %2 aus dem Zwischenspeicher (keine Anfrage)</translation>
    </message>
    <message>
        <source>%1: questions for %2 from the cache (no request)</source>
        <translation>%1: Fragen zu %2 aus dem Zwischenspeicher (keine Anfrage)</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <source>Personal data kept out of what is sent: %1 (placeholders; the results show the originals)</source>
        <translation>Persönliche Daten nicht gesendet: %1 (Platzhalter; die Ergebnisse zeigen die Originale)</translation>
    </message>
    <message>
        <source>Reading page %1 of %2 (OCR)</source>
        <translation>Lese Seite %1 von %2 (OCR)</translation>
    </message>
    <message numerus="yes">
        <source>Text recognition (OCR) read %n page(s) of the resume, mean confidence %1 %.</source>
        <translation>
            <numerusform>Die Texterkennung (OCR) hat %n Seite des Lebenslaufs gelesen, mittlere Sicherheit %1 %.</numerusform>
            <numerusform>Die Texterkennung (OCR) hat %n Seiten des Lebenslaufs gelesen, mittlere Sicherheit %1 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the text recognition is not confident (%1 % &lt; %2 %); skills and questions may miss or misread words. A text PDF of the resume gives better results.</source>
        <translation>Warnung: Die Texterkennung ist unsicher (%1 % &lt; %2 %); Fähigkeiten und Fragen können Wörter übersehen oder falsch lesen. Ein Text-PDF des Lebenslaufs liefert bessere Ergebnisse.</translation>
    </message>
    <message>
        <source>Waiting for you to allow what is sent to %1</source>
        <translation>Wartet auf Ihre Freigabe dessen, was an %1 gesendet wird</translation>
    </message>
    <message>
        <source>Offline mode: no web research</source>
        <translation>Offline-Modus: keine Webrecherche</translation>
    </message>
    <message>
        <source>Offline mode: nothing leaves this computer (skills and questions from %1 on this computer, model %2; no web research)</source>
        <translation>Offline-Modus: Nichts verlässt diesen Computer (Fähigkeiten und Fragen von %1 auf diesem Computer, Modell %2; keine Webrecherche)</translation>
    </message>
    <message>
        <source>None of the skills given is a skill name.</source>
        <translation>Keine der angegebenen Fähigkeiten ist ein Fähigkeitsname.</translation>
    </message>
    <message>
        <source>Skills as given, none extracted (no request)</source>
        <translation>Fähigkeiten wie angegeben, keine ermittelt (keine Anfrage)</translation>
    </message>
    <message numerus="yes">
        <source>Writing questions for the %n skill(s) you chose</source>
        <translation>
            <numerusform>Fragen für die %n gewählte Fähigkeit werden geschrieben</numerusform>
            <numerusform>Fragen für die %n gewählten Fähigkeiten werden geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n skill(s); waiting for you to review them</source>
        <translation>
            <numerusform>%n Fähigkeit gefunden; wartet auf Ihre Prüfung</numerusform>
            <numerusform>%n Fähigkeiten gefunden; wartet auf Ihre Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the skills by the job description</source>
        <translation>Die Fähigkeiten werden nach der Stellenbeschreibung geordnet</translation>
    </message>
    <message>
        <source>Not shown on the resume, so not taken as the candidate&apos;s skills: %1</source>
        <translation>Nicht im Lebenslauf zu sehen, daher nicht als Fähigkeiten der Person übernommen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The job asks for %n skill(s) the resume does not show: %1</source>
        <translation>
            <numerusform>Die Stelle verlangt %n Fähigkeit, die der Lebenslauf nicht zeigt: %1</numerusform>
            <numerusform>Die Stelle verlangt %n Fähigkeiten, die der Lebenslauf nicht zeigt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing questions for the job&apos;s %n skill(s) not on the resume</source>
        <translation>
            <numerusform>Fragen zu %n Fähigkeit der Stelle, die nicht im Lebenslauf steht, werden geschrieben</numerusform>
            <numerusform>Fragen zu %n Fähigkeiten der Stelle, die nicht im Lebenslauf stehen, werden geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n question(s) that repeated another question of the run</source>
        <translation>
            <numerusform>%n Frage ausgelassen, die eine andere Frage des Laufs wiederholte</numerusform>
            <numerusform>%n Fragen ausgelassen, die andere Fragen des Laufs wiederholten</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for more questions for %1 did not work (%2); the questions it had are kept.</source>
        <translation>Weitere Fragen zu %1 konnten nicht geschrieben werden (%2); die bisherigen Fragen bleiben.</translation>
    </message>
    <message>
        <source>Harder questions for %1</source>
        <translation>Schwierigere Fragen zu %1</translation>
    </message>
    <message>
        <source>More questions for %1</source>
        <translation>Weitere Fragen zu %1</translation>
    </message>
    <message>
        <source>Asking for harder questions for %1</source>
        <translation>Schwierigere Fragen zu %1 werden angefordert</translation>
    </message>
    <message>
        <source>Asking for more questions for %1</source>
        <translation>Weitere Fragen zu %1 werden angefordert</translation>
    </message>
</context>
<context>
    <name>ip::JobDialog</name>
    <message>
        <source>Target a Job</source>
        <translation>Auf eine Stelle ausrichten</translation>
    </message>
    <message>
        <source>Paste the &amp;job description, or open or drop a file with it (.txt, .md or .pdf). The skills it asks for come first, and those your resume does not show get questions of their own.</source>
        <translation>Fügen Sie die &amp;Stellenbeschreibung ein, oder öffnen oder ziehen Sie eine Datei damit hierher (.txt, .md oder .pdf). Die verlangten Fähigkeiten kommen zuerst, und die, die Ihr Lebenslauf nicht zeigt, bekommen eigene Fragen.</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Stellenbeschreibung</translation>
    </message>
    <message>
        <source>The text of the job advertisement; a file dropped here is read into it</source>
        <translation>Der Text der Stellenanzeige; eine hier abgelegte Datei wird eingelesen</translation>
    </message>
    <message>
        <source>Paste the job description here</source>
        <translation>Stellenbeschreibung hier einfügen</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>Open a job description file</source>
        <translation>Eine Datei mit der Stellenbeschreibung öffnen</translation>
    </message>
    <message>
        <source>Read the job description from a .txt, .md or .pdf file</source>
        <translation>Die Stellenbeschreibung aus einer .txt-, .md- oder .pdf-Datei lesen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the job description</source>
        <translation>Die Stellenbeschreibung leeren</translation>
    </message>
    <message>
        <source>Job description message</source>
        <translation>Meldung zur Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Target This Job</source>
        <translation>Auf diese Stelle ausrichten</translation>
    </message>
    <message>
        <source>Target this job</source>
        <translation>Auf diese Stelle ausrichten</translation>
    </message>
    <message>
        <source>The next runs rank the skills by this job description</source>
        <translation>Die nächsten Läufe ordnen die Fähigkeiten nach dieser Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Paste the job description, or open a file with it, first.</source>
        <translation>Fügen Sie zuerst die Stellenbeschreibung ein oder öffnen Sie eine Datei damit.</translation>
    </message>
    <message>
        <source>Open a Job Description</source>
        <translation>Stellenbeschreibung öffnen</translation>
    </message>
    <message>
        <source>Job descriptions (*.txt *.md *.pdf)</source>
        <translation>Stellenbeschreibungen (*.txt *.md *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message>
        <source>“%1” is not a text or PDF file. Choose a .txt, .md or .pdf file.</source>
        <translation>„%1“ ist keine Text- oder PDF-Datei. Wählen Sie eine .txt-, .md- oder .pdf-Datei.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>„%1“ ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The file “%1” is too large for a job description (%2; at most %3).</source>
        <translation>Die Datei „%1“ ist zu groß für eine Stellenbeschreibung (%2; höchstens %3).</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file “%1” is not UTF-8 text.</source>
        <translation>Die Datei „%1“ ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>Die Datei „%1“ ist leer.</translation>
    </message>
    <message>
        <source>Read “%1”: only its first %2 characters are kept.</source>
        <translation>„%1“ gelesen: nur die ersten %2 Zeichen werden behalten.</translation>
    </message>
    <message>
        <source>Read “%1”.</source>
        <translation>„%1“ gelesen.</translation>
    </message>
    <message>
        <source>The file “%1” has no text.</source>
        <translation>Die Datei „%1“ enthält keinen Text.</translation>
    </message>
    <message>
        <source>A job description is at most %1 characters: the rest was cut.</source>
        <translation>Eine Stellenbeschreibung hat höchstens %1 Zeichen: der Rest wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>ip::JobGapSection</name>
    <message>
        <source>the questions for %1</source>
        <translation>die Fragen zu %1</translation>
    </message>
    <message>
        <source>Copy questions</source>
        <translation>Fragen kopieren</translation>
    </message>
    <message>
        <source>Copy the questions for %1</source>
        <translation>Die Fragen zu %1 kopieren</translation>
    </message>
    <message>
        <source>Puts all questions for this skill of the job on the clipboard</source>
        <translation>Legt alle Fragen zu dieser Fähigkeit der Stelle in die Zwischenablage</translation>
    </message>
    <message>
        <source>Closest on your resume</source>
        <translation>Am nächsten in Ihrem Lebenslauf</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>Wie antworten</translation>
    </message>
    <message>
        <source>Why no questions were written</source>
        <translation>Warum keine Fragen geschrieben wurden</translation>
    </message>
    <message>
        <source>question %1 for %2</source>
        <translation>Frage %1 zu %2</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on your resume</source>
        <translation>Nicht in Ihrem Lebenslauf</translation>
    </message>
    <message>
        <source>The job asks for this skill and your resume does not show it: the questions test what you know nearby</source>
        <translation>Die Stelle verlangt diese Fähigkeit, und Ihr Lebenslauf zeigt sie nicht: die Fragen prüfen, was Sie in der Nähe wissen</translation>
    </message>
    <message>
        <source>%1, asked for by the job, not on your resume</source>
        <translation>%1, von der Stelle verlangt, nicht in Ihrem Lebenslauf</translation>
    </message>
    <message>
        <source>Expanded. Press Space to collapse.</source>
        <translation>Ausgeklappt. Leertaste zum Einklappen.</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to expand.</source>
        <translation>Eingeklappt. Leertaste zum Ausklappen.</translation>
    </message>
    <message>
        <source>Hide the questions</source>
        <translation>Die Fragen ausblenden</translation>
    </message>
    <message>
        <source>Show the questions</source>
        <translation>Die Fragen anzeigen</translation>
    </message>
    <message>
        <source>Closest on your resume: nothing close was found.</source>
        <translation>Am nächsten in Ihrem Lebenslauf: nichts Nahes gefunden.</translation>
    </message>
    <message>
        <source>Closest on your resume: %1</source>
        <translation>Am nächsten in Ihrem Lebenslauf: %1</translation>
    </message>
    <message>
        <source>How to answer: %1</source>
        <translation>Wie antworten: %1</translation>
    </message>
    <message>
        <source>Writing questions…</source>
        <translation>Fragen werden geschrieben …</translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>Keine Fragen.</translation>
    </message>
</context>
<context>
    <name>ip::JobGapStage</name>
    <message>
        <source>The answer had no questions for this skill.</source>
        <translation>Die Antwort enthielt keine Fragen zu dieser Fähigkeit.</translation>
    </message>
    <message>
        <source>Could not write questions for the job&apos;s other skills: %1</source>
        <translation>Fragen zu den weiteren Fähigkeiten der Stelle konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ip::KeyStore</name>
    <message>
        <source>“%1” is not a valid provider name.</source>
        <translation>„%1“ ist kein gültiger Anbietername.</translation>
    </message>
    <message>
        <source>The key for %1 is empty.</source>
        <translation>Der Schlüssel für %1 ist leer.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME-Schlüsselbund / KWallet)</translation>
    </message>
    <message>
        <source>The key for %1 is kept in memory for this session only.</source>
        <translation>Der Schlüssel für %1 wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Could not store the key for %1: %2</source>
        <translation>Der Schlüssel für %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Enter the key for %1 again; it will be kept in memory for this session only.</source>
        <translation>Geben Sie den Schlüssel für %1 erneut ein; er wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Could not read the key for %1: %2</source>
        <translation>Der Schlüssel für %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the key for %1: %2</source>
        <translation>Der Schlüssel für %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Access to the system keychain (%1) was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems (%1) wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain (%1) refused access; it may be locked.</source>
        <translation>Der Schlüsselbund des Systems (%1) hat den Zugriff verweigert; vielleicht ist er gesperrt.</translation>
    </message>
    <message>
        <source>No system keychain is available: there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so the Secret Service (GNOME Keyring or KWallet) cannot be reached.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Es gibt keinen D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt), daher ist der Secret Service (GNOME-Schlüsselbund oder KWallet) nicht erreichbar.</translation>
    </message>
    <message>
        <source>No system keychain is available: the Secret Service (GNOME Keyring or KWallet) could not be reached over the D-Bus session bus. Install and unlock GNOME Keyring or KWallet to store keys permanently.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Der Secret Service (GNOME-Schlüsselbund oder KWallet) war über den D-Bus-Sitzungsbus nicht erreichbar. Installieren und entsperren Sie den GNOME-Schlüsselbund oder KWallet, um Schlüssel dauerhaft zu speichern.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1).</translation>
    </message>
    <message>
        <source>(Keychain said: %1)</source>
        <translation>(Meldung des Schlüsselbunds: %1)</translation>
    </message>
</context>
<context>
    <name>ip::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>The interface language changes the next time Interview Prep starts.</source>
        <translation>Die Sprache der Oberfläche ändert sich beim nächsten Start von Interview Prep.</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Wie die Oberfläche</translation>
    </message>
    <message>
        <source>Question language</source>
        <translation>Sprache der Fragen</translation>
    </message>
    <message>
        <source>The language the questions are written in; the prompts to the models stay in English</source>
        <translation>Die Sprache, in der die Fragen geschrieben werden; die Anweisungen an die Modelle bleiben englisch</translation>
    </message>
    <message>
        <source>&amp;Questions in:</source>
        <translation>Sprache der &amp;Fragen:</translation>
    </message>
    <message>
        <source>Scanned resumes and photos</source>
        <translation>Gescannte Lebensläufe und Fotos</translation>
    </message>
    <message>
        <source>&amp;Read scanned resumes and photos with text recognition</source>
        <translation>Gescannte Lebensläufe und Fotos mit Texterkennung &amp;lesen</translation>
    </message>
    <message>
        <source>Pages without a text layer, and PNG or JPEG resumes, are read on this computer (Tesseract); nothing is sent for it</source>
        <translation>Seiten ohne Textebene sowie PNG- oder JPEG-Lebensläufe werden auf diesem Computer gelesen (Tesseract); dafür wird nichts gesendet</translation>
    </message>
    <message>
        <source>The interface and question languages</source>
        <translation>Die Sprachen der Oberfläche und der Fragen</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Nur Englisch</translation>
    </message>
    <message>
        <source>Text recognition language besides English</source>
        <translation>Sprache der Texterkennung neben Englisch</translation>
    </message>
    <message>
        <source>English &amp;and:</source>
        <translation>Englisch &amp;und:</translation>
    </message>
</context>
<context>
    <name>ip::LevelChoice</name>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Mid-level</source>
        <translation>Mittlere Stufe</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
</context>
<context>
    <name>ip::LimitsPage</name>
    <message>
        <source>Each run</source>
        <translation>Jeder Durchlauf</translation>
    </message>
    <message>
        <source>&amp;Skills to pick:</source>
        <translation>Auszuwählende Fähig&amp;keiten:</translation>
    </message>
    <message>
        <source>How many skills are taken from the resume</source>
        <translation>Wie viele Fähigkeiten aus dem Lebenslauf übernommen werden</translation>
    </message>
    <message>
        <source>&amp;Questions per skill:</source>
        <translation>&amp;Fragen pro Fähigkeit:</translation>
    </message>
    <message>
        <source>How many questions are written for each skill</source>
        <translation>Wie viele Fragen zu jeder Fähigkeit geschrieben werden</translation>
    </message>
    <message>
        <source>Skills per &amp;batch:</source>
        <translation>Fähigkeiten pro Sta&amp;pel:</translation>
    </message>
    <message>
        <source>How many skills share one request</source>
        <translation>Wie viele Fähigkeiten sich eine Anfrage teilen</translation>
    </message>
    <message>
        <source>Batches at &amp;once:</source>
        <translation>Stapel g&amp;leichzeitig:</translation>
    </message>
    <message>
        <source>How many batches are worked on at the same time</source>
        <translation>Wie viele Stapel gleichzeitig bearbeitet werden</translation>
    </message>
    <message>
        <source>Source &amp;searches at once:</source>
        <translation>Q&amp;uellensuchen gleichzeitig:</translation>
    </message>
    <message>
        <source>How many web searches for sources run at the same time</source>
        <translation>Wie viele Websuchen nach Quellen gleichzeitig laufen</translation>
    </message>
    <message>
        <source>Provider limits</source>
        <translation>Grenzen der Anbieter</translation>
    </message>
    <message>
        <source>Groq requests per minute:</source>
        <translation>Groq-Anfragen pro Minute:</translation>
    </message>
    <message>
        <source>Requests sent to the skills and questions provider per minute</source>
        <translation>Anfragen pro Minute an den Anbieter für Fähigkeiten und Fragen</translation>
    </message>
    <message>
        <source>Groq tokens per minute:</source>
        <translation>Groq-Token pro Minute:</translation>
    </message>
    <message>
        <source>Gemini requests per minute:</source>
        <translation>Gemini-Anfragen pro Minute:</translation>
    </message>
    <message>
        <source>Requests sent to Gemini per minute</source>
        <translation>Anfragen pro Minute an Gemini</translation>
    </message>
    <message>
        <source>Gemini tokens per minute:</source>
        <translation>Gemini-Token pro Minute:</translation>
    </message>
    <message>
        <source>Token budget per minute of Gemini; Off for none</source>
        <translation>Token-Budget pro Minute von Gemini; Aus für keines</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Timeouts and input</source>
        <translation>Zeitlimits und Eingabe</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit pro Anfrage:</translation>
    </message>
    <message>
        <source>How long one request may take in total</source>
        <translation>Wie lange eine Anfrage insgesamt dauern darf</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for first answer:</source>
        <translation>Warten auf erste Antwort:</translation>
    </message>
    <message>
        <source>How long to wait for a provider to start answering</source>
        <translation>Wie lange auf den Beginn der Antwort eines Anbieters gewartet wird</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>How often a failed request is tried again</source>
        <translation>Wie oft eine fehlgeschlagene Anfrage wiederholt wird</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest resume file</source>
        <translation>Größte Lebenslaufdatei</translation>
    </message>
    <message>
        <source>Larger files are refused before reading</source>
        <translation>Größere Dateien werden vor dem Lesen abgelehnt</translation>
    </message>
    <message>
        <source>Largest resume &amp;file:</source>
        <translation>Größte Lebenslauf&amp;datei:</translation>
    </message>
    <message>
        <source>Most PDF &amp;pages:</source>
        <translation>Höchstens PDF-Seite&amp;n:</translation>
    </message>
    <message>
        <source>Longer PDFs are refused</source>
        <translation>Längere PDFs werden abgelehnt</translation>
    </message>
    <message>
        <source>Reasoning models (gpt-oss) think before they answer; the thinking counts against Groq&apos;s tokens per minute. Low is the fastest on the free tier.</source>
        <translation>Reasoning-Modelle (gpt-oss) denken nach, bevor sie antworten; das Nachdenken zählt gegen Groqs Tokens pro Minute. „Niedrig“ ist im kostenlosen Kontingent am schnellsten.</translation>
    </message>
    <message>
        <source>Thinking for s&amp;kills:</source>
        <translation>Nach&amp;denken bei Fähigkeiten:</translation>
    </message>
    <message>
        <source>Thinking for q&amp;uestions:</source>
        <translation>Nachdenken bei Fr&amp;agen:</translation>
    </message>
    <message>
        <source>Token budget per minute of each model of the skills and questions provider; Off for none</source>
        <translation>Token-Budget pro Minute jedes Modells des Anbieters für Fähigkeiten und Fragen; Aus für keines</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Role &amp;level:</source>
        <translation>&amp;Stufe der Stelle:</translation>
    </message>
    <message>
        <source>The level of the role you prepare for: junior questions stay with foundations, staff questions go to design across teams and long-term trade-offs</source>
        <translation>Die Stufe der Stelle, auf die Sie sich vorbereiten: Junior-Fragen bleiben bei den Grundlagen, Staff-Fragen gehen zu teamübergreifendem Design und langfristigen Abwägungen</translation>
    </message>
    <message>
        <source>Re&amp;view the skills before questions are written</source>
        <translation>Fähigkeiten p&amp;rüfen, bevor Fragen geschrieben werden</translation>
    </message>
    <message>
        <source>After the skills are found, the run waits while you rename, reorder, remove or add skills</source>
        <translation>Sind die Fähigkeiten gefunden, wartet der Lauf, während Sie Fähigkeiten umbenennen, umordnen, entfernen oder hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Key points with every question</source>
        <translation>&amp;Kernpunkte zu jeder Frage</translation>
    </message>
    <message>
        <source>Three points a strong answer covers, behind “Show key points” and in the reports. They make each question about half again as long to write: on Groq&apos;s free tier a run of nine skills then needs a second minute of its token budget</source>
        <translation>Drei Punkte, die eine starke Antwort abdeckt, hinter „Kernpunkte zeigen“ und in den Berichten. Mit ihnen ist jede Frage etwa anderthalbmal so lang zu schreiben: Im kostenlosen Kontingent von Groq braucht ein Durchlauf mit neun Fähigkeiten dann eine zweite Minute seines Token-Budgets</translation>
    </message>
</context>
<context>
    <name>ip::MainWindow</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Deep technical interview questions from a resume.</source>
        <translation>Tiefgehende technische Interviewfragen aus einem Lebenslauf.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Durch&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Resume…</source>
        <translation>Lebenslauf ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Choose a resume file (PDF, .txt or .md)</source>
        <translation>Lebenslaufdatei wählen (PDF, .txt oder .md)</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy All as Markdown</source>
        <translation>Alles als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>Put every skill&apos;s questions on the clipboard, as Markdown</source>
        <translation>Die Fragen aller Fähigkeiten als Markdown in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Die Anwendung schließen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Providers, API keys and limits</source>
        <translation>Anbieter, API-Schlüssel und Grenzen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Durchlauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the run and keep the questions written so far</source>
        <translation>Den Durchlauf anhalten und die bisher geschriebenen Fragen behalten</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>Show the questions of every skill</source>
        <translation>Die Fragen aller Fähigkeiten anzeigen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>Hide the questions of every skill</source>
        <translation>Die Fragen aller Fähigkeiten ausblenden</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the recently opened resumes</source>
        <translation>Die zuletzt geöffneten Lebensläufe vergessen</translation>
    </message>
    <message>
        <source>Getting &amp;API Keys</source>
        <translation>&amp;API-Schlüssel besorgen</translation>
    </message>
    <message>
        <source>What the app needs and where to get keys</source>
        <translation>Was die App braucht und woher Sie Schlüssel bekommen</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Resumes (%1)</source>
        <translation>Lebensläufe (%1)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt *.md *.markdown)</source>
        <translation>Text (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <source>Open resume</source>
        <translation>Lebenslauf öffnen</translation>
    </message>
    <message>
        <source>Replace the current run?</source>
        <translation>Aktuellen Durchlauf ersetzen?</translation>
    </message>
    <message>
        <source>Questions for “%1” are still being written. Stop that run and read “%2” instead? What was written so far is discarded unless you saved it.</source>
        <translation>Die Fragen zu „%1“ werden noch geschrieben. Diesen Durchlauf anhalten und stattdessen „%2“ lesen? Was bisher geschrieben wurde, geht verloren, sofern Sie es nicht gespeichert haben.</translation>
    </message>
    <message>
        <source>Done: 1 skill with questions.</source>
        <translation>Fertig: 1 Fähigkeit mit Fragen.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n skills with questions.</source>
        <translation>
            <numerusform>Fertig: %Ln Fähigkeit mit Fragen.</numerusform>
            <numerusform>Fertig: %Ln Fähigkeiten mit Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release to read “%1”</source>
        <translation>Loslassen, um „%1“ zu lesen</translation>
    </message>
    <message>
        <source>Read the same resume again (work already done comes from the cache; Regenerate asks anew)</source>
        <translation>Denselben Lebenslauf erneut lesen (bereits Erledigtes kommt aus dem Zwischenspeicher; „Neu erstellen“ fragt neu)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Saved runs: open, continue or delete them</source>
        <translation>Gespeicherte Durchläufe: öffnen, fortsetzen oder löschen</translation>
    </message>
    <message>
        <source>Co&amp;ntinue Run</source>
        <translation>Durchlauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Finish this run: only the skills without questions are requested</source>
        <translation>Diesen Durchlauf abschließen: Nur die Fähigkeiten ohne Fragen werden angefragt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>This run is not being saved: %1</source>
        <translation>Dieser Durchlauf wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Questions for “%1” are still being written. Stop that run (it stays in the history) and show the saved run of “%2” instead?</source>
        <translation>Die Fragen zu „%1“ werden noch geschrieben. Diesen Durchlauf anhalten (er bleibt im Verlauf) und stattdessen den gespeicherten Durchlauf von „%2“ anzeigen?</translation>
    </message>
    <message>
        <source>This run stopped before every skill had questions. Continue it to request only what is missing (Run ▸ Continue Run).</source>
        <translation>Dieser Durchlauf endete, bevor jede Fähigkeit Fragen hatte. Setzen Sie ihn fort, um nur das Fehlende anzufragen (Durchlauf ▸ Durchlauf fortsetzen).</translation>
    </message>
    <message>
        <source>Opened the saved run of “%1”.</source>
        <translation>Der gespeicherte Durchlauf von „%1“ wurde geöffnet.</translation>
    </message>
    <message>
        <source>Questions for “%1” are still being written. Stop that run (it stays in the history) and continue the saved run of “%2” instead?</source>
        <translation>Die Fragen zu „%1“ werden noch geschrieben. Diesen Durchlauf anhalten (er bleibt im Verlauf) und stattdessen den gespeicherten Durchlauf von „%2“ fortsetzen?</translation>
    </message>
    <message>
        <source>Scans and photos (*.png *.jpg *.jpeg)</source>
        <translation>Scans und Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>What Was &amp;Sent…</source>
        <translation>Was &amp;gesendet wurde…</translation>
    </message>
    <message>
        <source>Every request of this run, exactly as Groq and Gemini received it (personal data kept back)</source>
        <translation>Jede Anfrage dieses Laufs, genau so, wie Groq und Gemini sie erhalten haben (persönliche Daten zurückgehalten)</translation>
    </message>
    <message>
        <source>Offline: nothing leaves this computer</source>
        <translation>Offline: Nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Offline mode: skills and questions from the server on this computer, no web research (Settings ▸ Privacy)</source>
        <translation>Offline-Modus: Fähigkeiten und Fragen vom Server auf diesem Computer, keine Webrecherche (Einstellungen ▸ Datenschutz)</translation>
    </message>
    <message>
        <source>Target a &amp;Job…</source>
        <translation>Auf Stelle aus&amp;richten …</translation>
    </message>
    <message>
        <source>Paste or open a job description: the next runs rank the skills by it and ask about what it wants that the resume does not show</source>
        <translation>Eine Stellenbeschreibung einfügen oder öffnen: die nächsten Läufe ordnen die Fähigkeiten danach und fragen nach dem, was sie verlangt und der Lebenslauf nicht zeigt</translation>
    </message>
    <message>
        <source>The next runs target the job “%1”.</source>
        <translation>Die nächsten Läufe sind auf die Stelle „%1“ ausgerichtet.</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Üben</translation>
    </message>
    <message>
        <source>Practice &amp;Session…</source>
        <translation>Übungs&amp;runde…</translation>
    </message>
    <message>
        <source>Answer several questions in a row, graded one by one, then see what to work on</source>
        <translation>Mehrere Fragen nacheinander beantworten, einzeln bewerten lassen und dann sehen, woran du arbeiten solltest</translation>
    </message>
    <message>
        <source>Practice &amp;Progress</source>
        <translation>Übungs&amp;fortschritt</translation>
    </message>
    <message>
        <source>Your scores per skill over time, and every answer</source>
        <translation>Deine Punktzahlen je Fähigkeit im Zeitverlauf und jede Antwort</translation>
    </message>
    <message>
        <source>Save the questions as a text, Markdown, JSON or PDF report, or as Anki cards</source>
        <translation>Die Fragen als Text-, Markdown-, JSON- oder PDF-Bericht oder als Anki-Karten speichern</translation>
    </message>
    <message>
        <source>S&amp;tudy Deck…</source>
        <translation>&amp;Lernkartei…</translation>
    </message>
    <message>
        <source>Every saved run&apos;s questions as cards: review what is due today, export to PDF or Anki</source>
        <translation>Die Fragen jedes gespeicherten Laufs als Karten: wiederhole, was heute fällig ist, exportiere als PDF oder für Anki</translation>
    </message>
    <message>
        <source>Offline mode is on: skills and questions come from %1 on this computer (model %2) and nothing leaves this computer. Switch it off in Settings ▸ Privacy to use Groq and Gemini.</source>
        <extracomment>%1 a server&apos;s name (Ollama, LM Studio, …), %2 its model</extracomment>
        <translation>Der Offlinemodus ist an: Fähigkeiten und Fragen kommen von %1 auf diesem Computer (Modell %2), und nichts verlässt diesen Computer. Schalten Sie ihn unter Einstellungen ▸ Datenschutz aus, um Groq und Gemini zu nutzen.</translation>
    </message>
</context>
<context>
    <name>ip::OfflineMode</name>
    <message>
        <source>Offline mode uses a server on this computer only, and %1 is not one. Enter the address of a local server (such as http://localhost:11434/v1 for Ollama) in Settings ▸ Privacy.</source>
        <translation>Der Offline-Modus nutzt nur einen Server auf diesem Computer, und %1 ist keiner. Geben Sie unter Einstellungen ▸ Datenschutz die Adresse eines lokalen Servers ein (etwa http://localhost:11434/v1 für Ollama).</translation>
    </message>
    <message>
        <source>Offline mode needs a model of the server on this computer: choose one in Settings ▸ Privacy.</source>
        <translation>Der Offline-Modus braucht ein Modell des Servers auf diesem Computer: Wählen Sie eines unter Einstellungen ▸ Datenschutz.</translation>
    </message>
</context>
<context>
    <name>ip::OpenAiCompatibleProvider</name>
    <message>
        <source>No API key for %1 — enter one in Settings.</source>
        <translation>Kein API-Schlüssel für %1 – geben Sie einen in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>ip::PipelineStage</name>
    <message>
        <source>No provider is configured for this step.</source>
        <translation>Für diesen Schritt ist kein Anbieter eingerichtet.</translation>
    </message>
</context>
<context>
    <name>ip::Practice</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ip::PracticePanel</name>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Klarheit</translation>
    </message>
    <message>
        <source>Grading your answer…</source>
        <translation>Deine Antwort wird bewertet …</translation>
    </message>
    <message>
        <source>Another answer is being graded.</source>
        <translation>Eine andere Antwort wird gerade bewertet.</translation>
    </message>
    <message>
        <source>Grade My Answer</source>
        <translation>Antwort bewerten</translation>
    </message>
    <message>
        <source>Grades your answer against the key points and the sources (Ctrl+Enter)</source>
        <translation>Bewertet deine Antwort anhand der Kernpunkte und der Quellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Grade my answer to question %1</source>
        <translation>Meine Antwort auf Frage %1 bewerten</translation>
    </message>
    <message>
        <source>I Don&apos;t Know</source>
        <translation>Weiß ich nicht</translation>
    </message>
    <message>
        <source>Shows what a strong answer covers, scored 0 (no request is sent)</source>
        <translation>Zeigt, was eine starke Antwort abdeckt, mit 0 bewertet (es wird keine Anfrage gesendet)</translation>
    </message>
    <message>
        <source>I don&apos;t know the answer to question %1</source>
        <translation>Ich weiß die Antwort auf Frage %1 nicht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop grading</source>
        <translation>Bewertung stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes the practice of this question (Esc); your attempts stay saved</source>
        <translation>Schließt das Üben dieser Frage (Esc); deine Versuche bleiben gespeichert</translation>
    </message>
    <message>
        <source>Close the practice of question %1</source>
        <translation>Üben von Frage %1 schließen</translation>
    </message>
    <message>
        <source>Answer as you would in the interview. Ctrl+Enter grades it, Esc closes.</source>
        <translation>Antworte wie im Vorstellungsgespräch. Strg+Eingabe bewertet, Esc schließt.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Nachfrage: %1</translation>
    </message>
    <message>
        <source>Your answer (%1): I don&apos;t know</source>
        <translation>Deine Antwort (%1): Weiß ich nicht</translation>
    </message>
    <message>
        <source>Your answer (%1): %2</source>
        <translation>Deine Antwort (%1): %2</translation>
    </message>
    <message>
        <source>Being graded…</source>
        <translation>Wird bewertet …</translation>
    </message>
    <message>
        <source>Not graded yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Not graded: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Grade Again</source>
        <translation>Erneut bewerten</translation>
    </message>
    <message>
        <source>Grade this answer again</source>
        <translation>Diese Antwort erneut bewerten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>criterion name, then its score</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Score %1/10 · %2</source>
        <translation>Punktzahl %1/10 · %2</translation>
    </message>
    <message>
        <source>Score %1 out of 10</source>
        <translation>Punktzahl %1 von 10</translation>
    </message>
    <message>
        <source>What a strong answer covers:</source>
        <translation>Was eine starke Antwort abdeckt:</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gefehlt</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <comment>a verdict&apos;s source link</comment>
        <translation>(aus %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show a stronger answer</source>
        <translation>Stärkere Antwort zeigen</translation>
    </message>
    <message>
        <source>Your answer made stronger with only what your resume shows and the sources say</source>
        <translation>Deine Antwort, gestärkt nur mit dem, was dein Lebenslauf zeigt und die Quellen sagen</translation>
    </message>
    <message>
        <source>From your resume: “%1”</source>
        <translation>Aus deinem Lebenslauf: „%1“</translation>
    </message>
    <message>
        <source>No stronger answer: %1</source>
        <translation>Keine stärkere Antwort: %1</translation>
    </message>
    <message>
        <source>%1/10 on %2</source>
        <translation>%1/10 am %2</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Earlier answers: %1</source>
        <translation>Frühere Antworten: %1</translation>
    </message>
    <message>
        <source>Your answer to the follow-up</source>
        <translation>Deine Antwort auf die Nachfrage</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Answer again</source>
        <translation>Erneut antworten</translation>
    </message>
    <message>
        <source>Your answer to question %1</source>
        <translation>Deine Antwort auf Frage %1</translation>
    </message>
    <message>
        <source>Your recording: %1</source>
        <translation>Deine Aufnahme: %1</translation>
    </message>
</context>
<context>
    <name>ip::PracticeSessionDialog</name>
    <message>
        <source>Practice Session</source>
        <translation>Übungsrunde</translation>
    </message>
    <message>
        <source>&amp;Skills to practise:</source>
        <translation>&amp;Fähigkeiten zum Üben:</translation>
    </message>
    <message>
        <source>Skills to practise</source>
        <translation>Fähigkeiten zum Üben</translation>
    </message>
    <message>
        <source>&amp;Weakest first (the skills and questions you scored lowest on, or never answered)</source>
        <translation>&amp;Schwächste zuerst (die Fähigkeiten und Fragen mit deinen niedrigsten Punktzahlen oder noch nie beantwortet)</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>F&amp;ragen:</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Anzahl der Fragen</translation>
    </message>
    <message>
        <source>&amp;Time per answer:</source>
        <translation>&amp;Zeit je Antwort:</translation>
    </message>
    <message>
        <source>Time per answer</source>
        <translation>Zeit je Antwort</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the practice session</source>
        <translation>Übungsrunde starten</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Runde beenden</translation>
    </message>
    <message>
        <source>End the session and see the summary</source>
        <translation>Runde beenden und die Zusammenfassung sehen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Score per skill</source>
        <translation>Punktzahl je Fähigkeit</translation>
    </message>
    <message>
        <source>Your three weakest points</source>
        <translation>Deine drei schwächsten Punkte</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Was du lesen solltest</translation>
    </message>
    <message>
        <source>Practise Again</source>
        <translation>Erneut üben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose at least one skill with questions.</source>
        <translation>Wähle mindestens eine Fähigkeit mit Fragen.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3</source>
        <translation>Frage %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>Time left: %n second(s)</source>
        <translation>
            <numerusform>Verbleibende Zeit: %n Sekunde</numerusform>
            <numerusform>Verbleibende Zeit: %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>See Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>See the summary</source>
        <translation>Zusammenfassung sehen</translation>
    </message>
    <message>
        <source>No answer was graded in this session.</source>
        <translation>In dieser Runde wurde keine Antwort bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) graded, %1 out of 10 on average.</source>
        <translation>
            <numerusform>%n Antwort bewertet, im Schnitt %1 von 10.</numerusform>
            <numerusform>%n Antworten bewertet, im Schnitt %1 von 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%2; missed %n time(s))</source>
        <translation>
            <numerusform>• %1 (%2; einmal gefehlt)</numerusform>
            <numerusform>• %1 (%2; %n-mal gefehlt)</numerusform>
        </translation>
    </message>
    <message>
        <source>No key point was missed.</source>
        <translation>Kein Kernpunkt hat gefehlt.</translation>
    </message>
</context>
<context>
    <name>ip::Prices</name>
    <message>
        <source>$%1</source>
        <extracomment>An amount in US dollars; %1 is the number in the interface&apos;s format (&quot;0.0042&quot;, &quot;0,0042&quot;).</extracomment>
        <translation>%1 $</translation>
    </message>
</context>
<context>
    <name>ip::PricesPage</name>
    <message>
        <source>Enter the prices your providers list, in US dollars. The estimate before a run and the meter after it then show what a run costs; where a price is empty they show &quot;—&quot;. Interview Prep never guesses a price (a free tier costs 0).</source>
        <translation>Tragen Sie die Listenpreise Ihrer Anbieter in US-Dollar ein. Die Schätzung vor einem Lauf und die Anzeige danach zeigen dann, was ein Lauf kostet; wo ein Preis leer ist, zeigen sie „—“. Interview Prep rät nie einen Preis (eine kostenlose Stufe kostet 0).</translation>
    </message>
    <message>
        <source>Models in use</source>
        <translation>Verwendete Modelle</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Google-Suche (Grounding)</translation>
    </message>
    <message>
        <source>Price of Google Search grounding, US dollars per 1,000 requests</source>
        <translation>Preis der Google-Suche (Grounding), US-Dollar je 1.000 Anfragen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Empty: unknown (costs show &quot;—&quot;)</source>
        <translation>Leer: unbekannt (Kosten zeigen „—“)</translation>
    </message>
    <message>
        <source>Input price of %1, US dollars per million tokens</source>
        <translation>Eingabepreis von %1, US-Dollar je Million Tokens</translation>
    </message>
    <message>
        <source>Output price of %1, US dollars per million tokens</source>
        <translation>Ausgabepreis von %1, US-Dollar je Million Tokens</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>$ per 1,000 &amp;requests with a search:</source>
        <translation>$ je 1.000 &amp;Anfragen mit Suche:</translation>
    </message>
    <message>
        <source>Input, $ per 1M tokens</source>
        <translation>Eingabe, $ je 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Output, $ per 1M tokens</source>
        <translation>Ausgabe, $ je 1 Mio. Tokens</translation>
    </message>
</context>
<context>
    <name>ip::PrivacyPage</name>
    <message>
        <source>What is sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Keep my personal data out of what is sent (recommended)</source>
        <translation>Meine persönlichen Daten &amp;nicht mitsenden (empfohlen)</translation>
    </message>
    <message>
        <source>Before anything goes to Groq or Gemini, the name, e-mail addresses, phone numbers, postal addresses, profile links, date of birth and id numbers found in the resume are replaced by placeholders such as [NAME] and [EMAIL_1]. Employers, schools, technologies and the numbers that describe the work stay: they are what the questions are about. The window and the reports show the originals again. It is found on this computer, by rules, not by a model.</source>
        <translation>Bevor etwas an Groq oder Gemini geht, werden der Name, E-Mail-Adressen, Telefonnummern, Postanschriften, Profil-Links, das Geburtsdatum und Ausweisnummern aus dem Lebenslauf durch Platzhalter wie [NAME] und [EMAIL_1] ersetzt. Arbeitgeber, Schulen, Technologien und die Zahlen, die die Arbeit beschreiben, bleiben: um sie geht es in den Fragen. Das Fenster und die Berichte zeigen wieder die Originale. Gefunden wird das auf diesem Computer, nach Regeln, nicht von einem Modell.</translation>
    </message>
    <message>
        <source>Keep personal data out of what is sent</source>
        <translation>Persönliche Daten nicht mitsenden</translation>
    </message>
    <message>
        <source>&amp;Show me what will be sent before the first request to each provider</source>
        <translation>&amp;Zeigen, was gesendet wird, vor der ersten Anfrage an jeden Anbieter</translation>
    </message>
    <message>
        <source>The run waits until you choose Send or Cancel. Whatever this setting, Run ▸ What Was Sent shows every request of the run afterwards.</source>
        <translation>Der Lauf wartet, bis Sie „Senden“ oder „Abbrechen“ wählen. Unabhängig von dieser Einstellung zeigt Lauf ▸ Was gesendet wurde danach jede Anfrage des Laufs.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>&amp;Work offline: nothing leaves this computer</source>
        <translation>&amp;Offline arbeiten: Nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Skills and questions come from a server on this computer (Ollama, LM Studio or any OpenAI-compatible server), without a key; there is no web research, so questions are not grounded in web sources. Groq and Gemini receive nothing. The settings on the Providers page stay for when you switch it off.</source>
        <translation>Fähigkeiten und Fragen kommen von einem Server auf diesem Computer (Ollama, LM Studio oder ein anderer OpenAI-kompatibler Server), ohne Schlüssel; es gibt keine Webrecherche, daher stützen sich die Fragen nicht auf Webquellen. Groq und Gemini erhalten nichts. Die Einstellungen auf der Seite „Anbieter“ bleiben für später erhalten, wenn Sie ihn ausschalten.</translation>
    </message>
    <message>
        <source>Address of the server on this computer</source>
        <translation>Adresse des Servers auf diesem Computer</translation>
    </message>
    <message>
        <source>e.g. llama3.2</source>
        <translation>z. B. llama3.2</translation>
    </message>
    <message>
        <source>Model of the server on this computer</source>
        <translation>Modell des Servers auf diesem Computer</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Offline mode needs the address of a server on this computer, such as http://localhost:11434/v1 (Ollama) or http://127.0.0.1:1234/v1 (LM Studio).</source>
        <translation>Der Offline-Modus braucht die Adresse eines Servers auf diesem Computer, etwa http://localhost:11434/v1 (Ollama) oder http://127.0.0.1:1234/v1 (LM Studio).</translation>
    </message>
    <message>
        <source>Enter the model to use, as the server names it (for Ollama: ollama list).</source>
        <translation>Geben Sie das Modell so ein, wie der Server es nennt (bei Ollama: ollama list).</translation>
    </message>
    <message>
        <source>&amp;Find Servers on This Computer</source>
        <translation>Server auf diesem Computer &amp;suchen</translation>
    </message>
    <message>
        <source>Looks for Ollama, LM Studio, llama.cpp and other chat servers on their usual ports of this computer; nothing is sent elsewhere</source>
        <translation>Sucht Ollama, LM Studio, llama.cpp und andere Chat-Server auf ihren üblichen Ports dieses Computers; nichts wird anderswohin gesendet</translation>
    </message>
    <message>
        <source>Servers found on this computer</source>
        <translation>Auf diesem Computer gefundene Server</translation>
    </message>
    <message>
        <source>Looking for %1 on this computer…</source>
        <translation>Suche nach %1 auf diesem Computer …</translation>
    </message>
    <message>
        <source>No chat server answered on this computer (looked for %1 on their usual ports). Start one, or enter its address and model below.</source>
        <translation>Kein Chat-Server auf diesem Computer hat geantwortet (gesucht: %1 auf ihren üblichen Ports). Starten Sie einen, oder geben Sie unten Adresse und Modell ein.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Found %n chat servers on this computer; the address and model are filled in.</source>
        <translation>
            <numerusform>%n Chat-Server auf diesem Computer gefunden; Adresse und Modell sind eingetragen.</numerusform>
            <numerusform>%n Chat-Server auf diesem Computer gefunden; Adresse und Modell des ersten sind eingetragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::ProgressDialog</name>
    <message>
        <source>Correct %1 · Depth %2 · Trade-offs %3 · Clarity %4</source>
        <translation>Richtig %1 · Tiefe %2 · Abwägungen %3 · Klarheit %4</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) graded, average %1 out of 10.</source>
        <translation>
            <numerusform>%n Antwort bewertet, Durchschnitt %1 von 10.</numerusform>
            <numerusform>%n Antworten bewertet, Durchschnitt %1 von 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s), average %2</source>
        <translation>
            <numerusform>%1: %n Antwort, Durchschnitt %2</numerusform>
            <numerusform>%1: %n Antworten, Durchschnitt %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Weiß ich nicht</translation>
    </message>
    <message>
        <source>Practice Progress</source>
        <translation>Übungsfortschritt</translation>
    </message>
    <message>
        <source>Practice summary</source>
        <translation>Übungsübersicht</translation>
    </message>
    <message>
        <source>No graded answers yet: choose Practice under a question.</source>
        <translation>Noch keine bewerteten Antworten: wähle „Üben“ unter einer Frage.</translation>
    </message>
    <message>
        <source>No graded answers</source>
        <translation>Keine bewerteten Antworten</translation>
    </message>
    <message>
        <source>Score per skill over time</source>
        <translation>Punktzahl je Fähigkeit im Zeitverlauf</translation>
    </message>
    <message>
        <source>Graded answers, newest first</source>
        <translation>Bewertete Antworten, neueste zuerst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Chart and answers</source>
        <translation>Diagramm und Antworten</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ip::ProgressPanel</name>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>What the run is doing right now, newest line last</source>
        <translation>Was der Durchlauf gerade tut, neueste Zeile zuletzt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run and keep the questions written so far (Esc)</source>
        <translation>Den Durchlauf anhalten und die bisher geschriebenen Fragen behalten (Esc)</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Durchlauf abbrechen</translation>
    </message>
    <message>
        <source>Stops the run; questions written so far are kept</source>
        <translation>Hält den Durchlauf an; bisher geschriebene Fragen bleiben erhalten</translation>
    </message>
    <message>
        <source>Skills done</source>
        <translation>Erledigte Fähigkeiten</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Requests and tokens used</source>
        <translation>Verbrauchte Anfragen und Token</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Run outcome</source>
        <translation>Ergebnis des Durchlaufs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Reading resume</source>
        <translation>Lebenslauf lesen</translation>
    </message>
    <message>
        <source>Extracting skills</source>
        <translation>Fähigkeiten ermitteln</translation>
    </message>
    <message>
        <source>Finding sources</source>
        <translation>Quellen finden</translation>
    </message>
    <message>
        <source>Writing questions</source>
        <translation>Fragen schreiben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting for skills…</source>
        <translation>Warte auf Fähigkeiten …</translation>
    </message>
    <message>
        <source>No skills</source>
        <translation>Keine Fähigkeiten</translation>
    </message>
    <message>
        <source>%1 of 1 skill done</source>
        <translation>%1 von 1 Fähigkeit erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skills done</source>
        <translation>
            <numerusform>%1 von %Ln Fähigkeit erledigt</numerusform>
            <numerusform>%1 von %Ln Fähigkeiten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 request, %1 tokens</source>
        <translation>1 Anfrage, %1 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n requests, %1 tokens</source>
        <translation>
            <numerusform>%Ln Anfrage, %1 Token</numerusform>
            <numerusform>%Ln Anfragen, %1 Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Finished with gaps.</source>
        <translation>Mit Lücken fertig.</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>Der Durchlauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled. Questions written so far are kept.</source>
        <translation>Abgebrochen. Die bisher geschriebenen Fragen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <source>What the run is waiting for</source>
        <translation>Worauf der Lauf wartet</translation>
    </message>
    <message numerus="yes">
        <source>(%n calls waiting)</source>
        <translation>
            <numerusform>(%n Anfrage wartet)</numerusform>
            <numerusform>(%n Anfragen warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected time left</source>
        <translation>Voraussichtliche Restzeit</translation>
    </message>
    <message>
        <source>Requests and tokens per stage</source>
        <translation>Anfragen und Tokens pro Schritt</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <source>About %1 left — %2</source>
        <translation>Noch etwa %1 – %2</translation>
    </message>
    <message>
        <source>Waiting for your review of the skills</source>
        <translation>Wartet auf Ihre Prüfung der Fähigkeiten</translation>
    </message>
</context>
<context>
    <name>ip::ProviderBox</name>
    <message>
        <source>Grounded sources (Gemini)</source>
        <translation>Quellen aus dem Web (Gemini)</translation>
    </message>
    <message>
        <source>Skills and questions (Groq or any OpenAI-compatible server)</source>
        <translation>Fähigkeiten und Fragen (Groq oder ein OpenAI-kompatibler Server)</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>Gemini base URL</source>
        <translation>Gemini-Basis-URL</translation>
    </message>
    <message>
        <source>Skills and questions base URL</source>
        <translation>Basis-URL für Fähigkeiten und Fragen</translation>
    </message>
    <message>
        <source>The address of the provider&apos;s API, starting with https://</source>
        <translation>Die Adresse der API des Anbieters, beginnend mit https://</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq-API-Schlüssel</translation>
    </message>
    <message>
        <source>Stored in the system keychain; never shown again after saving</source>
        <translation>Im Schlüsselbund des Systems gespeichert; nach dem Speichern nie wieder angezeigt</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Schlüssel beim Tippen anzeigen</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Shows the characters typed in the key field</source>
        <translation>Zeigt die im Schlüsselfeld getippten Zeichen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete the stored key when the settings are saved</source>
        <translation>Den gespeicherten Schlüssel beim Speichern der Einstellungen löschen</translation>
    </message>
    <message>
        <source>Remove the Gemini key</source>
        <translation>Gemini-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the Groq key</source>
        <translation>Groq-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Deletes the stored key when the settings are saved</source>
        <translation>Löscht den gespeicherten Schlüssel beim Speichern der Einstellungen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the provider for its models with this URL and key</source>
        <translation>Den Anbieter mit dieser URL und diesem Schlüssel nach seinen Modellen fragen</translation>
    </message>
    <message>
        <source>Test the Gemini connection</source>
        <translation>Gemini-Verbindung testen</translation>
    </message>
    <message>
        <source>Test the Groq connection</source>
        <translation>Groq-Verbindung testen</translation>
    </message>
    <message>
        <source>Lists the provider&apos;s models to check the URL and the key</source>
        <translation>Listet die Modelle des Anbieters auf, um URL und Schlüssel zu prüfen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Where the key is stored</source>
        <translation>Wo der Schlüssel gespeichert ist</translation>
    </message>
    <message>
        <source>Pick from the provider&apos;s models or type a model id</source>
        <translation>Aus den Modellen des Anbieters wählen oder eine Modell-ID eingeben</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, e.g. %1</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein, z. B. %1</translation>
    </message>
    <message>
        <source>The stored key will be deleted when you press OK.</source>
        <translation>Der gespeicherte Schlüssel wird gelöscht, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>The new key will be stored in %1.</source>
        <translation>Der neue Schlüssel wird in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available, so the new key is kept for this session only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher wird der neue Schlüssel nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which overrides any stored key.</source>
        <translation>Durch die Umgebungsvariable %1 gesetzt, die jeden gespeicherten Schlüssel übersteuert.</translation>
    </message>
    <message>
        <source>A key is stored in %1.</source>
        <translation>Ein Schlüssel ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>A key is kept for this session only (no keychain).</source>
        <translation>Ein Schlüssel wird nur für diese Sitzung behalten (kein Schlüsselbund).</translation>
    </message>
    <message>
        <source>No key needed for a server on this computer.</source>
        <translation>Für einen Server auf diesem Computer ist kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>No key yet. Keys are stored in %1.</source>
        <translation>Noch kein Schlüssel. Schlüssel werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Paste the API key here</source>
        <translation>API-Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>•••••••• (stored; type to replace)</source>
        <translation>•••••••• (gespeichert; zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>Enter a valid base URL first.</source>
        <translation>Geben Sie zuerst eine gültige Basis-URL ein.</translation>
    </message>
    <message>
        <source>This provider cannot be reached from here.</source>
        <translation>Dieser Anbieter ist von hier aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>Verbunden: 1 Modell verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n models available.</source>
        <translation>
            <numerusform>Verbunden: %Ln Modell verfügbar.</numerusform>
            <numerusform>Verbunden: %Ln Modelle verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ip::ProviderCall</name>
    <message>
        <source>No model is set for %1 — choose one in Settings.</source>
        <translation>Für %1 ist kein Modell eingestellt – wählen Sie eines in den Einstellungen.</translation>
    </message>
    <message>
        <source>The request (about %1 tokens including the output budget) is larger than %2&apos;s limit of %3 tokens per minute — lower the output budget or split the work.</source>
        <translation>Die Anfrage (etwa %1 Token einschließlich des Ausgabebudgets) ist größer als die Grenze von %2 mit %3 Token pro Minute – senken Sie das Ausgabebudget oder teilen Sie die Arbeit auf.</translation>
    </message>
    <message>
        <source>%1 rate limit</source>
        <translation>Ratenlimit von %1</translation>
    </message>
    <message>
        <source>%1&apos;s answer was not the JSON that was asked for, even after a retry — try again or choose another model.</source>
        <translation>Die Antwort von %1 war auch nach einem erneuten Versuch nicht das angeforderte JSON – versuchen Sie es noch einmal oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>%1 is busy or unreachable, retrying</source>
        <translation>%1 ist ausgelastet oder nicht erreichbar; neuer Versuch</translation>
    </message>
</context>
<context>
    <name>ip::ProviderError</name>
    <message>
        <source>%1 reports this API key as leaked and no longer accepts it — create a new key and enter it in Settings.</source>
        <translation>%1 meldet diesen API-Schlüssel als öffentlich geworden und akzeptiert ihn nicht mehr – erstellen Sie einen neuen Schlüssel und geben Sie ihn in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>%1 received no API key — enter one in Settings.</source>
        <translation>%1 hat keinen API-Schlüssel erhalten – geben Sie einen in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>This API key may not use the %1 API — enable the API for the key&apos;s project, or enter another key in Settings.</source>
        <translation>Dieser API-Schlüssel darf die %1-API nicht nutzen – aktivieren Sie die API für das Projekt des Schlüssels oder geben Sie in den Einstellungen einen anderen Schlüssel ein.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403, blocked by its network front end) — check the API key in Settings, or try another network or VPN setting.</source>
        <translation>%1 hat den Zugriff verweigert (HTTP 403, von seinem Netzwerk-Frontend blockiert) – prüfen Sie den API-Schlüssel in den Einstellungen oder versuchen Sie ein anderes Netzwerk oder eine andere VPN-Einstellung.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403) — check the API key and its permissions in Settings.</source>
        <translation>%1 hat den Zugriff verweigert (HTTP 403) – prüfen Sie den API-Schlüssel und seine Berechtigungen in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 says the account has no quota or credit left — check your plan and billing, or use another key.</source>
        <translation>%1 meldet, dass das Konto kein Kontingent oder Guthaben mehr hat – prüfen Sie Ihren Tarif und die Abrechnung oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 does not offer the requested model — choose another model in Settings (%2).</source>
        <translation>%1 bietet das angeforderte Modell nicht an – wählen Sie in den Einstellungen ein anderes Modell (%2).</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found — check the base URL in Settings.</source>
        <translation>%1 antwortete mit 404 Not Found – prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected HTTP status %2 — check the base URL in Settings.</source>
        <translation>%1 antwortete mit dem unerwarteten HTTP-Status %2 – prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 does not know this endpoint — check the base URL in Settings (it usually ends in /v1).</source>
        <translation>%1 kennt diesen Endpunkt nicht – prüfen Sie die Basis-URL in den Einstellungen (sie endet meist auf /v1).</translation>
    </message>
    <message>
        <source>%1 blocked the prompt (%2) — rephrase the input or try another model.</source>
        <translation>%1 hat die Eingabe blockiert (%2) – formulieren Sie die Eingabe um oder versuchen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>%1 stopped the answer (%2) — rephrase the input or try another model.</source>
        <translation>%1 hat die Antwort abgebrochen (%2) – formulieren Sie die Eingabe um oder versuchen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>%1 used the whole output budget on thinking and wrote no answer — raise the output budget or lower the reasoning effort.</source>
        <translation>%1 hat das gesamte Ausgabebudget zum Nachdenken verbraucht und keine Antwort geschrieben – erhöhen Sie das Ausgabebudget oder senken Sie den Denkaufwand.</translation>
    </message>
    <message>
        <source>%1 used up the output token budget before answering (reasoning may have taken it all) — raise the output budget or lower the reasoning effort.</source>
        <translation>%1 hat das Token-Budget für die Ausgabe vor der Antwort aufgebraucht (vielleicht vollständig durch Nachdenken) – erhöhen Sie das Ausgabebudget oder senken Sie den Denkaufwand.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off — try again.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten – versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the API key — check it in Settings.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt – prüfen Sie ihn in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 rate limit reached — wait a minute and try again, or lower its requests per minute in Settings.</source>
        <translation>Ratenlimit von %1 erreicht – warten Sie eine Minute und versuchen Sie es erneut, oder senken Sie die Anfragen pro Minute in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 daily quota is used up — try again tomorrow, or use another key or plan.</source>
        <translation>Das Tageskontingent von %1 ist aufgebraucht – versuchen Sie es morgen erneut oder verwenden Sie einen anderen Schlüssel oder Tarif.</translation>
    </message>
    <message>
        <source>The request is larger than %1&apos;s tokens-per-minute budget — lower the output budget or split the work into smaller requests.</source>
        <translation>Die Anfrage ist größer als das Token-pro-Minute-Budget von %1 – senken Sie das Ausgabebudget oder teilen Sie die Arbeit in kleinere Anfragen auf.</translation>
    </message>
    <message>
        <source>The request is too long for the model&apos;s context window at %1 — split it into smaller parts.</source>
        <translation>Die Anfrage ist zu lang für das Kontextfenster des Modells bei %1 – teilen Sie sie in kleinere Teile auf.</translation>
    </message>
    <message>
        <source>%1 could not produce valid JSON for this request — try again.</source>
        <translation>%1 konnte für diese Anfrage kein gültiges JSON erzeugen – versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is overloaded or having trouble (HTTP %2) — try again in a few minutes.</source>
        <translation>%1 ist überlastet oder hat Probleme (HTTP %2) – versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 is overloaded or having trouble — try again in a few minutes.</source>
        <translation>%1 ist überlastet oder hat Probleme – versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2): %3</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 rejected the request.</source>
        <translation>%1 hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>%1 rejected the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 blocked the request with its safety filters — rephrase the input or try another model.</source>
        <translation>%1 hat die Anfrage mit seinen Sicherheitsfiltern blockiert – formulieren Sie die Eingabe um oder versuchen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Could not reach %1 — check your internet connection and the base URL in Settings.</source>
        <translation>%1 ist nicht erreichbar – prüfen Sie Ihre Internetverbindung und die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time — try again later, or raise the timeout in Settings.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet – versuchen Sie es später erneut oder erhöhen Sie das Zeitlimit in den Einstellungen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 returned an answer that could not be used — try again, or choose another model.</source>
        <translation>%1 hat eine unbrauchbare Antwort geliefert – versuchen Sie es erneut oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The %1 base URL uses plain http:// for %2 — HTTPS is required for hosts other than this computer; fix the base URL in Settings.</source>
        <translation>Die Basis-URL von %1 verwendet unverschlüsseltes http:// für %2 – für andere Rechner als diesen ist HTTPS nötig; korrigieren Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at %2 — is the server running? Check the base URL in Settings.</source>
        <translation>Keine Verbindung zu %1 unter %2 – läuft der Server? Prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Could not find %1 (%2) — check your internet connection and the base URL in Settings.</source>
        <translation>%1 (%2) wurde nicht gefunden – prüfen Sie Ihre Internetverbindung und die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed — check the system clock, proxy and network.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen – prüfen Sie Systemuhr, Proxy und Netzwerk.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted — try again.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen – versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ip::QnamReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after %2 of %3 bytes of the response.</source>
        <translation>Die Verbindung zu %1 wurde nach %2 von %3 Byte der Antwort geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not complete the response within %n second(s).</source>
        <translation>
            <numerusform>Der Server %1 hat die Antwort nicht innerhalb von %Ln Sekunde abgeschlossen.</numerusform>
            <numerusform>Der Server %1 hat die Antwort nicht innerhalb von %Ln Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server %1 hat nicht innerhalb von %Ln Sekunde geantwortet.</numerusform>
            <numerusform>Der Server %1 hat nicht innerhalb von %Ln Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server %1 stopped sending data for %n second(s).</source>
        <translation>
            <numerusform>Der Server %1 hat %Ln Sekunde lang keine Daten gesendet.</numerusform>
            <numerusform>Der Server %1 hat %Ln Sekunden lang keine Daten gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused.</source>
        <translation>Keine Verbindung zu %1: Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the response was complete.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the server answered.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor der Server antwortete.</translation>
    </message>
    <message>
        <source>The network proxy failed while connecting to %1: %2</source>
        <translation>Der Netzwerk-Proxy ist beim Verbinden mit %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
</context>
<context>
    <name>ip::QuestionRow</name>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Copy question %1</source>
        <translation>Frage %1 kopieren</translation>
    </message>
    <message>
        <source>Puts this question on the clipboard</source>
        <translation>Legt diese Frage in die Zwischenablage</translation>
    </message>
    <message>
        <source>Difficulty: %1</source>
        <translation>Schwierigkeit: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>From your resume: “%1”</source>
        <translation>Aus Ihrem Lebenslauf: „%1“</translation>
    </message>
    <message>
        <source>From your resume</source>
        <translation>Aus Ihrem Lebenslauf</translation>
    </message>
    <message>
        <source>The line of your resume this question asks you to back up</source>
        <translation>Die Zeile Ihres Lebenslaufs, die Sie bei dieser Frage belegen sollen</translation>
    </message>
    <message>
        <source>Show key points</source>
        <translation>Kernpunkte zeigen</translation>
    </message>
    <message>
        <source>What a strong answer covers</source>
        <translation>Was eine starke Antwort abdeckt</translation>
    </message>
    <message>
        <source>Show key points for question %1</source>
        <translation>Kernpunkte zu Frage %1 zeigen</translation>
    </message>
    <message>
        <source>1 point a strong answer covers</source>
        <translation>1 Punkt, den eine starke Antwort abdeckt</translation>
    </message>
    <message numerus="yes">
        <source>%n points a strong answer covers</source>
        <translation>
            <numerusform>%Ln Punkt, den eine starke Antwort abdeckt</numerusform>
            <numerusform>%Ln Punkte, die eine starke Antwort abdeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Key point %1: %2</source>
        <translation>Kernpunkt %1: %2</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <comment>a key point, then the link to its source</comment>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>From %1; opens it in the browser</source>
        <translation>Aus %1; öffnet die Seite im Browser</translation>
    </message>
    <message>
        <source>Practice · %1/10</source>
        <translation>Üben · %1/10</translation>
    </message>
    <message>
        <source>Your latest answer to this question scored %1 out of 10</source>
        <translation>Deine letzte Antwort auf diese Frage erhielt %1 von 10</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Answer this question and have the answer graded</source>
        <translation>Diese Frage beantworten und die Antwort bewerten lassen</translation>
    </message>
    <message>
        <source>Answer this question and have the answer graded against the key points and the sources</source>
        <translation>Diese Frage beantworten und die Antwort anhand der Kernpunkte und der Quellen bewerten lassen</translation>
    </message>
    <message>
        <source>Practice question %1</source>
        <translation>Frage %1 üben</translation>
    </message>
    <message>
        <source>Read question %1 aloud</source>
        <translation>Frage %1 vorlesen</translation>
    </message>
</context>
<context>
    <name>ip::Redaction</name>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n Telefonnummer</numerusform>
            <numerusform>%n Telefonnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Anschrift</numerusform>
            <numerusform>%n Anschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile name(s)</source>
        <translation>
            <numerusform>%n Profilname</numerusform>
            <numerusform>%n Profilnamen</numerusform>
        </translation>
    </message>
    <message>
        <source>your date of birth</source>
        <translation>Ihr Geburtsdatum</translation>
    </message>
    <message numerus="yes">
        <source>%n id number(s)</source>
        <translation>
            <numerusform>%n Ausweisnummer</numerusform>
            <numerusform>%n Ausweisnummern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::Report</name>
    <message>
        <source>grounded</source>
        <translation>mit Quellen</translation>
    </message>
    <message>
        <source>web sources: %1</source>
        <translation>Webquellen: %1</translation>
    </message>
    <message>
        <source>no web sources</source>
        <translation>keine Webquellen</translation>
    </message>
    <message>
        <source>no web sources: %1</source>
        <translation>keine Webquellen: %1</translation>
    </message>
    <message>
        <source>general knowledge</source>
        <translation>Allgemeinwissen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Interview preparation: %1</source>
        <translation>Interviewvorbereitung: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Für den Bericht wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(unnamed skill)</source>
        <translation>(unbenannte Fähigkeit)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>general knowledge — no web sources</source>
        <translation>Allgemeinwissen – keine Webquellen</translation>
    </message>
    <message>
        <source>general knowledge — no web sources: %1</source>
        <translation>Allgemeinwissen – keine Webquellen: %1</translation>
    </message>
    <message>
        <source>No skills were extracted.</source>
        <translation>Es wurden keine Fähigkeiten ermittelt.</translation>
    </message>
    <message>
        <source>no questions generated</source>
        <translation>keine Fragen erstellt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Closest on your resume:</source>
        <translation>Am nächsten in Ihrem Lebenslauf:</translation>
    </message>
    <message>
        <source>How to answer:</source>
        <translation>Wie antworten:</translation>
    </message>
    <message>
        <source>Target job: %1</source>
        <translation>Zielstelle: %1</translation>
    </message>
    <message>
        <source>Asked for by the job, not shown on the resume</source>
        <translation>Von der Stelle verlangt, nicht im Lebenslauf</translation>
    </message>
    <message>
        <source>Questions could not be written: %1</source>
        <translation>Fragen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Skills the job description asks for that the resume does not show. The questions start from what the resume does show.</source>
        <translation>Fähigkeiten, die die Stellenbeschreibung verlangt und der Lebenslauf nicht zeigt. Die Fragen gehen von dem aus, was der Lebenslauf zeigt.</translation>
    </message>
    <message>
        <source>foundations</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>how it works</source>
        <translation>wie es funktioniert</translation>
    </message>
    <message>
        <source>edge cases and trade-offs</source>
        <translation>Grenzfälle und Abwägungen</translation>
    </message>
    <message>
        <source>Difficulty %1 of %2 (%3)</source>
        <translation>Schwierigkeit %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Konzept</translation>
    </message>
    <message>
        <source>Internals</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Debugging &amp; operations</source>
        <translation>Fehlersuche &amp; Betrieb</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>Project deep-dive</source>
        <translation>Projekt im Detail</translation>
    </message>
    <message>
        <source>From the resume: “%1”</source>
        <translation>Aus dem Lebenslauf: „%1“</translation>
    </message>
    <message>
        <source>Claims you must be ready to defend</source>
        <translation>Aussagen, die Sie verteidigen können müssen</translation>
    </message>
    <message>
        <source>Claims you must be ready to defend:</source>
        <translation>Aussagen, die Sie verteidigen können müssen:</translation>
    </message>
    <message>
        <source>[source: %1]</source>
        <translation>[Quelle: %1]</translation>
    </message>
    <message>
        <source>Key points:</source>
        <translation>Kernpunkte:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Correct %1 · Depth %2 · Trade-offs %3 · Clarity %4 · Overall %5/%6</source>
        <translation>Richtig %1 · Tiefe %2 · Abwägungen %3 · Klarheit %4 · Gesamt %5/%6</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Not graded: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Nachfrage: %1</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gefehlt</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Rückmeldung:</translation>
    </message>
    <message>
        <source>Stronger answer</source>
        <translation>Stärkere Antwort</translation>
    </message>
    <message>
        <source>Stronger answer withheld: %1</source>
        <translation>Stärkere Antwort zurückgehalten: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Begründung</translation>
    </message>
    <message>
        <source>Follow-up question:</source>
        <translation>Nachfrage:</translation>
    </message>
    <message>
        <source>You said you did not know.</source>
        <translation>Du hast gesagt, dass du es nicht weißt.</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
</context>
<context>
    <name>ip::ReportExporter</name>
    <message>
        <source>Text report (*.txt)</source>
        <translation>Textbericht (*.txt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Copied every question to the clipboard, as Markdown.</source>
        <translation>Alle Fragen wurden als Markdown in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Anki cards (*.txt)</source>
        <translation>Anki-Karten (*.txt)</translation>
    </message>
</context>
<context>
    <name>ip::ResultCache</name>
    <message>
        <source>Could not delete the cached result %1: %2</source>
        <translation>Das zwischengespeicherte Ergebnis %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>ip::ResultsView</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Expand all skills</source>
        <translation>Alle Fähigkeiten ausklappen</translation>
    </message>
    <message>
        <source>Shows the questions of every skill</source>
        <translation>Zeigt die Fragen aller Fähigkeiten</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Collapse all skills</source>
        <translation>Alle Fähigkeiten einklappen</translation>
    </message>
    <message>
        <source>Hides the questions of every skill</source>
        <translation>Blendet die Fragen aller Fähigkeiten aus</translation>
    </message>
    <message>
        <source>Skills appear here as soon as they are found in the resume.</source>
        <translation>Fähigkeiten erscheinen hier, sobald sie im Lebenslauf gefunden werden.</translation>
    </message>
    <message>
        <source>Skills and questions</source>
        <translation>Fähigkeiten und Fragen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>1 skill</source>
        <translation>1 Fähigkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n skills</source>
        <translation>
            <numerusform>%Ln Fähigkeit</numerusform>
            <numerusform>%Ln Fähigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked for by the job, not shown on your resume</source>
        <translation>Von der Stelle verlangt, nicht in Ihrem Lebenslauf</translation>
    </message>
    <message>
        <source>Difficulty:</source>
        <translation>Schwierigkeit:</translation>
    </message>
    <message>
        <source>Filter questions by difficulty</source>
        <translation>Fragen nach Schwierigkeit filtern</translation>
    </message>
    <message>
        <source>Show only the questions of this level</source>
        <translation>Nur die Fragen dieser Stufe zeigen</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Filter questions by category</source>
        <translation>Fragen nach Kategorie filtern</translation>
    </message>
    <message>
        <source>Show only the questions of this kind</source>
        <translation>Nur die Fragen dieser Art zeigen</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Schwierigkeitsstufen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the question filters</source>
        <translation>Die Fragefilter zurücksetzen</translation>
    </message>
    <message>
        <source>Shows every question again</source>
        <translation>Zeigt wieder alle Fragen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 of 1 question</source>
        <translation>%1 von 1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions</source>
        <translation>
            <numerusform>%1 von %Ln Frage</numerusform>
            <numerusform>%1 von %Ln Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunController</name>
    <message>
        <source>Open or run a resume first.</source>
        <translation>Öffne zuerst einen Lebenslauf oder einen gespeicherten Lauf.</translation>
    </message>
</context>
<context>
    <name>ip::RunEstimate</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>limited by %1&apos;s %2 tokens a minute for %3</source>
        <translation>begrenzt durch %2 Tokens pro Minute von %1 für %3</translation>
    </message>
    <message>
        <source>limited by %1&apos;s %2 requests a minute</source>
        <translation>begrenzt durch %2 Anfragen pro Minute von %1</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>cost about %1</source>
        <translation>Kosten etwa %1</translation>
    </message>
    <message>
        <source>cost —</source>
        <translation>Kosten —</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), %2 tokens, cost %3</source>
        <translation>
            <numerusform>%1: %n Anfrage, %2 Tokens, Kosten %3</numerusform>
            <numerusform>%1: %n Anfragen, %2 Tokens, Kosten %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), about %1 tokens (%2), %3, about %4</source>
        <translation>
            <numerusform>%n Anfrage, etwa %1 Tokens (%2), %3, etwa %4</numerusform>
            <numerusform>%n Anfragen, etwa %1 Tokens (%2), %3, etwa %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunOutcome</name>
    <message numerus="yes">
        <source>Cancelled: %1 of %n skill(s) have questions.</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %Ln Fähigkeit hat Fragen.</numerusform>
            <numerusform>Abgebrochen: %1 von %Ln Fähigkeiten haben Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No skills to write questions for.</source>
        <translation>Keine Fähigkeiten, zu denen Fragen geschrieben werden könnten.</translation>
    </message>
    <message numerus="yes">
        <source>No questions could be written for any of the %n skill(s).</source>
        <translation>
            <numerusform>Zur einzigen Fähigkeit konnten keine Fragen geschrieben werden.</numerusform>
            <numerusform>Zu keiner der %Ln Fähigkeiten konnten Fragen geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Erster Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Questions for all %n skill(s).</source>
        <translation>
            <numerusform>Fragen zur einzigen Fähigkeit.</numerusform>
            <numerusform>Fragen zu allen %Ln Fähigkeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questions for %1 of %n skill(s); without questions: %2.</source>
        <translation>
            <numerusform>Fragen zu %1 von %Ln Fähigkeit; ohne Fragen: %2.</numerusform>
            <numerusform>Fragen zu %1 von %Ln Fähigkeiten; ohne Fragen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before any question was written.</source>
        <translation>Abgebrochen, bevor eine Frage geschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>ip::RunPage</name>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Opened from the history: the run of %1</source>
        <translation>Aus dem Verlauf geöffnet: Durchlauf von %1</translation>
    </message>
    <message>
        <source>Opened from the history</source>
        <translation>Aus dem Verlauf geöffnet</translation>
    </message>
    <message>
        <source>Review the skills, then choose Write Questions.</source>
        <translation>Prüfen Sie die Fähigkeiten und wählen Sie dann „Fragen schreiben“.</translation>
    </message>
    <message>
        <source>Here is what a strong answer covers.</source>
        <translation>Das deckt eine starke Antwort ab.</translation>
    </message>
    <message>
        <source>Your answer scored %1 out of 10.</source>
        <translation>Deine Antwort erhielt %1 von 10.</translation>
    </message>
    <message numerus="yes">
        <source>Grading waits about %n s for %1.</source>
        <translation>
            <numerusform>Die Bewertung wartet etwa %n s auf %1.</numerusform>
            <numerusform>Die Bewertung wartet etwa %n s auf %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunService</name>
    <message>
        <source>Offline mode sends nothing to the internet: spoken answers need a speech-to-text server on this computer, not %1 — change the speech address in Settings, or type the answer.</source>
        <translation>Der Offline-Modus sendet nichts ins Internet: Gesprochene Antworten brauchen einen Spracherkennungs-Server auf diesem Computer, nicht %1 – ändere die Sprachadresse in den Einstellungen oder tippe die Antwort.</translation>
    </message>
</context>
<context>
    <name>ip::RunWait</name>
    <message numerus="yes">
        <source>Waiting about %n s for the %1 rate limit</source>
        <translation>
            <numerusform>Warte etwa %n s auf das Ratenlimit von %1</numerusform>
            <numerusform>Warte etwa %n s auf das Ratenlimit von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting about %n s: %1</source>
        <translation>
            <numerusform>Warte etwa %n s: %1</numerusform>
            <numerusform>Warte etwa %n s: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SendPreviewDialog</name>
    <message>
        <source>What Will Be Sent to %1</source>
        <translation>Was an %1 gesendet wird</translation>
    </message>
    <message>
        <source>This is exactly what the run is about to send to %1. Nothing has been sent to it yet. Send lets this request and the run&apos;s later requests to %1 go.</source>
        <translation>Genau das wird der Lauf gleich an %1 senden. Bisher wurde nichts dorthin gesendet. „Senden“ lässt diese und die späteren Anfragen des Laufs an %1 hinaus.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
</context>
<context>
    <name>ip::SentLog</name>
    <message>
        <source>Instructions (system)</source>
        <translation>Anweisungen (system)</translation>
    </message>
    <message>
        <source>Earlier answer (assistant)</source>
        <translation>Frühere Antwort (assistant)</translation>
    </message>
    <message>
        <source>Message (user)</source>
        <translation>Nachricht (user)</translation>
    </message>
    <message>
        <source>=== To %1 (%2), %3 characters, %4</source>
        <translation>=== An %1 (%2), %3 Zeichen, %4</translation>
    </message>
    <message>
        <source>(the provider searches the web with this request)</source>
        <translation>(der Anbieter durchsucht mit dieser Anfrage das Web)</translation>
    </message>
    <message>
        <source>Kept back, replaced by placeholders: %1</source>
        <translation>Zurückgehalten, durch Platzhalter ersetzt: %1</translation>
    </message>
</context>
<context>
    <name>ip::SentLogDialog</name>
    <message>
        <source>What Was Sent</source>
        <translation>Was gesendet wurde</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Put the request shown on the clipboard, as text</source>
        <translation>Die angezeigte Anfrage als Text in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Nothing has been sent in this run yet.</source>
        <translation>In diesem Lauf wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in this run, %1 characters in all, exactly as the providers received them.</source>
        <translation>
            <numerusform>%n Anfrage in diesem Lauf gesendet, insgesamt %1 Zeichen, genau so, wie die Anbieter sie erhalten haben.</numerusform>
            <numerusform>%n Anfragen in diesem Lauf gesendet, insgesamt %1 Zeichen, genau so, wie die Anbieter sie erhalten haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SentRequestView</name>
    <message>
        <source>To &lt;b&gt;%1&lt;/b&gt;: %2, %3 characters.</source>
        <translation>An &lt;b&gt;%1&lt;/b&gt;: %2, %3 Zeichen.</translation>
    </message>
    <message>
        <source>The provider searches the web with it.</source>
        <translation>Der Anbieter durchsucht damit das Web.</translation>
    </message>
    <message>
        <source>No personal data of the resume is in it, or keeping it back is off (Settings ▸ Privacy).</source>
        <translation>Sie enthält keine persönlichen Daten des Lebenslaufs, oder das Zurückhalten ist aus (Einstellungen ▸ Datenschutz).</translation>
    </message>
    <message>
        <source>Personal data is replaced by the highlighted placeholders: %1.</source>
        <translation>Persönliche Daten sind durch die hervorgehobenen Platzhalter ersetzt: %1.</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>Gesendeter Text</translation>
    </message>
</context>
<context>
    <name>ip::SessionFile</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>“%1” should be %2</source>
        <translation>„%1“ sollte %2 sein</translation>
    </message>
    <message>
        <source>“%1” has an unknown value “%2”</source>
        <translation>„%1“ hat den unbekannten Wert „%2“</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>“%1” is out of range (%2)</source>
        <translation>„%1“ liegt außerhalb des Bereichs (%2)</translation>
    </message>
    <message>
        <source>The session file “%1” is damaged and cannot be opened: %2.</source>
        <translation>Die Sitzungsdatei „%1“ ist beschädigt und kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>format version %1 cannot be converted</source>
        <translation>Formatversion %1 lässt sich nicht umwandeln</translation>
    </message>
    <message>
        <source>it has an unknown format version %1</source>
        <translation>sie hat die unbekannte Formatversion %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a session file</source>
        <translation>sie ist keine Sitzungsdatei</translation>
    </message>
    <message>
        <source>it is not a session file (no “schema_version”)</source>
        <translation>sie ist keine Sitzungsdatei (kein „schema_version“)</translation>
    </message>
    <message>
        <source>The session file “%1” was made by a newer version of Interview Prep (session format %2; this version reads format %3 and older). Update the app to open it.</source>
        <translation>Die Sitzungsdatei „%1“ stammt von einer neueren Version von Interview Prep (Sitzungsformat %2; diese Version liest Format %3 und älter). Aktualisieren Sie die App, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Could not read the session file “%1”: %2.</source>
        <translation>Die Sitzungsdatei „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>text or an object</source>
        <translation>Text oder ein Objekt</translation>
    </message>
</context>
<context>
    <name>ip::SessionStore</name>
    <message>
        <source>There is no saved session “%1”.</source>
        <translation>Es gibt keine gespeicherte Sitzung „%1“.</translation>
    </message>
    <message>
        <source>The session has no valid name; it was not saved.</source>
        <translation>Die Sitzung hat keinen gültigen Namen; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not delete the session “%1”: %2</source>
        <translation>Die Sitzung „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>ip::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>S&amp;kills model:</source>
        <translation>Modell für &amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>&amp;Questions model:</source>
        <translation>Modell für F&amp;ragen:</translation>
    </message>
    <message>
        <source>Sources &amp;model:</source>
        <translation>Modell für &amp;Quellen:</translation>
    </message>
    <message>
        <source>&amp;Find sources with Google Search (grounding)</source>
        <translation>Quellen mit der Google-Suche finden (Groun&amp;ding)</translation>
    </message>
    <message>
        <source>Questions are based on web sources found for each skill; without it they are written from the model&apos;s general knowledge</source>
        <translation>Die Fragen stützen sich auf Webquellen, die zu jeder Fähigkeit gefunden werden; ohne diese Option entstehen sie aus dem Allgemeinwissen des Modells</translation>
    </message>
    <message>
        <source>Find sources with Google Search</source>
        <translation>Quellen mit der Google-Suche finden</translation>
    </message>
    <message>
        <source>Where API keys are stored</source>
        <translation>Wo API-Schlüssel gespeichert werden</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Put every setting on this page back to its default (keys are kept)</source>
        <translation>Alle Einstellungen dieser Seite auf ihre Standardwerte zurücksetzen (Schlüssel bleiben erhalten)</translation>
    </message>
    <message>
        <source>API keys are stored in %1, never in the settings file.</source>
        <translation>API-Schlüssel werden in %1 gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No keychain is available: %1 Keys you enter are kept for this session only and must be entered again after a restart.</source>
        <translation>Kein Schlüsselbund verfügbar: %1 Eingegebene Schlüssel gelten nur für diese Sitzung und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Pri&amp;ces</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message>
        <source>Stora&amp;ge</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>V&amp;oice</source>
        <translation>St&amp;imme</translation>
    </message>
</context>
<context>
    <name>ip::SkillExtractionStage</name>
    <message>
        <source>The resume was shortened to %1 of %2 characters to fit the token limit of %3.</source>
        <translation>Der Lebenslauf wurde auf %1 von %2 Zeichen gekürzt, damit er in die Token-Grenze von %3 passt.</translation>
    </message>
    <message>
        <source>The token limit (%1) is too small to ask for the resume&apos;s skills.</source>
        <translation>Die Token-Grenze (%1) ist zu klein, um nach den Fähigkeiten des Lebenslaufs zu fragen.</translation>
    </message>
    <message>
        <source>No technical skills were found in the resume.</source>
        <translation>Im Lebenslauf wurden keine technischen Fähigkeiten gefunden.</translation>
    </message>
    <message>
        <source>Could not extract skills: %1</source>
        <translation>Fähigkeiten konnten nicht ermittelt werden: %1</translation>
    </message>
</context>
<context>
    <name>ip::SkillReviewPanel</name>
    <message>
        <source>Review the skills before questions are written</source>
        <translation>Fähigkeiten prüfen, bevor Fragen geschrieben werden</translation>
    </message>
    <message>
        <source>Questions are written for this list, in this order. Rename a skill with a double-click or F2, drag it or use Move Up and Move Down (Alt+Up, Alt+Down), remove it with Delete, or add one below.</source>
        <translation>Fragen werden für diese Liste geschrieben, in dieser Reihenfolge. Benennen Sie eine Fähigkeit per Doppelklick oder F2 um, ziehen Sie sie oder nutzen Sie „Nach oben“ und „Nach unten“ (Alt+Auf, Alt+Ab), entfernen Sie sie mit Entf oder fügen Sie unten eine hinzu.</translation>
    </message>
    <message>
        <source>Skills to write questions for</source>
        <translation>Fähigkeiten, für die Fragen geschrieben werden</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the skill up</source>
        <translation>Fähigkeit nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the skill down</source>
        <translation>Fähigkeit nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the skill</source>
        <translation>Fähigkeit entfernen</translation>
    </message>
    <message>
        <source>Add a skill, e.g. Kubernetes</source>
        <translation>Eine Fähigkeit hinzufügen, z. B. Kubernetes</translation>
    </message>
    <message>
        <source>Skill to add</source>
        <translation>Hinzuzufügende Fähigkeit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the skill</source>
        <translation>Fähigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Why the skill was not taken</source>
        <translation>Warum die Fähigkeit nicht übernommen wurde</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>&amp;Write Questions</source>
        <translation>Fragen &amp;schreiben</translation>
    </message>
    <message>
        <source>Write questions for these skills</source>
        <translation>Fragen für diese Fähigkeiten schreiben</translation>
    </message>
    <message>
        <source>“%1” is not a skill name.</source>
        <translation>„%1“ ist kein Name einer Fähigkeit.</translation>
    </message>
    <message>
        <source>“%1” is already in the list (as “%2”).</source>
        <translation>„%1“ steht schon in der Liste (als „%2“).</translation>
    </message>
    <message numerus="yes">
        <source>At most %n skills can be asked about in one run.</source>
        <translation>
            <numerusform>Höchstens %n Fähigkeit kann in einem Lauf abgefragt werden.</numerusform>
            <numerusform>Höchstens %n Fähigkeiten können in einem Lauf abgefragt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A skill needs a name; “%1” is kept.</source>
        <translation>Eine Fähigkeit braucht einen Namen; „%1“ bleibt.</translation>
    </message>
    <message>
        <source>“%1” is already in the list (as “%2”); “%3” is kept.</source>
        <translation>„%1“ steht schon in der Liste (als „%2“); „%3“ bleibt.</translation>
    </message>
    <message>
        <source>Add at least one skill to write questions for.</source>
        <translation>Fügen Sie mindestens eine Fähigkeit hinzu, für die Fragen geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n Fähigkeit</numerusform>
            <numerusform>%n Fähigkeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SkillSectionWidget</name>
    <message>
        <source>the questions for %1</source>
        <translation>die Fragen zu %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 erneut versuchen</translation>
    </message>
    <message>
        <source>Runs this skill again</source>
        <translation>Führt diese Fähigkeit erneut aus</translation>
    </message>
    <message>
        <source>Copy questions</source>
        <translation>Fragen kopieren</translation>
    </message>
    <message>
        <source>Copy the questions for %1</source>
        <translation>Die Fragen zu %1 kopieren</translation>
    </message>
    <message>
        <source>Puts all questions of this skill on the clipboard</source>
        <translation>Legt alle Fragen dieser Fähigkeit in die Zwischenablage</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>Write new questions for this skill only</source>
        <translation>Nur für diese Fähigkeit neue Fragen schreiben</translation>
    </message>
    <message>
        <source>Regenerate %1</source>
        <translation>%1 neu erstellen</translation>
    </message>
    <message>
        <source>Writes new questions for this skill only</source>
        <translation>Schreibt nur für diese Fähigkeit neue Fragen</translation>
    </message>
    <message>
        <source>Why this skill failed</source>
        <translation>Warum diese Fähigkeit fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Where the questions come from</source>
        <translation>Woher die Fragen stammen</translation>
    </message>
    <message>
        <source>question %1 for %2</source>
        <translation>Frage %1 zu %2</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>sucht</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>schreibt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>grounded</source>
        <translation>mit Quellen</translation>
    </message>
    <message>
        <source>general knowledge</source>
        <translation>Allgemeinwissen</translation>
    </message>
    <message>
        <source>Questions are based on sources found on the web</source>
        <translation>Die Fragen stützen sich auf Quellen aus dem Web</translation>
    </message>
    <message>
        <source>Questions are written from the model&apos;s general knowledge</source>
        <translation>Die Fragen entstehen aus dem Allgemeinwissen des Modells</translation>
    </message>
    <message>
        <source>Written from general knowledge: %1</source>
        <translation>Aus Allgemeinwissen geschrieben: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Expanded. Press Space to collapse.</source>
        <translation>Ausgeklappt. Leertaste zum Einklappen.</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to expand.</source>
        <translation>Eingeklappt. Leertaste zum Ausklappen.</translation>
    </message>
    <message>
        <source>Hide the questions</source>
        <translation>Fragen ausblenden</translation>
    </message>
    <message>
        <source>Show the questions</source>
        <translation>Fragen anzeigen</translation>
    </message>
    <message>
        <source>This skill failed.</source>
        <translation>Diese Fähigkeit ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Waiting for its turn…</source>
        <translation>Wartet, bis sie an der Reihe ist …</translation>
    </message>
    <message>
        <source>Searching the web for sources…</source>
        <translation>Sucht im Web nach Quellen …</translation>
    </message>
    <message>
        <source>Writing questions…</source>
        <translation>Schreibt Fragen …</translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>Keine Fragen.</translation>
    </message>
    <message>
        <source>More Questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <source>Ask for new questions on this skill that repeat none it has (nor those of earlier runs of this resume)</source>
        <translation>Neue Fragen zu dieser Fähigkeit anfordern, die keine vorhandene wiederholen (auch nicht die früherer Durchläufe dieses Lebenslaufs)</translation>
    </message>
    <message>
        <source>More questions on %1</source>
        <translation>Weitere Fragen zu %1</translation>
    </message>
    <message>
        <source>Adds new questions after these, repeating none of them</source>
        <translation>Fügt neue Fragen hinter diesen an, ohne eine davon zu wiederholen</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwieriger</translation>
    </message>
    <message>
        <source>Ask for harder questions on this skill: edge cases, failure modes and trade-offs</source>
        <translation>Schwierigere Fragen zu dieser Fähigkeit anfordern: Grenzfälle, Fehlerbilder und Abwägungen</translation>
    </message>
    <message>
        <source>Harder questions on %1</source>
        <translation>Schwierigere Fragen zu %1</translation>
    </message>
    <message>
        <source>Adds harder questions after these, repeating none of them</source>
        <translation>Fügt schwierigere Fragen hinter diesen an, ohne eine davon zu wiederholen</translation>
    </message>
    <message>
        <source>No question matches the filters</source>
        <translation>Keine Frage passt zu den Filtern</translation>
    </message>
    <message>
        <source>Claims you must be ready to defend</source>
        <translation>Aussagen, die Sie verteidigen können müssen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Aussage %1</translation>
    </message>
    <message>
        <source>%1 of 1 question</source>
        <translation>%1 von 1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions</source>
        <translation>
            <numerusform>%1 von %Ln Frage</numerusform>
            <numerusform>%1 von %Ln Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SourceList</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Öffnet %1 im Browser</translation>
    </message>
</context>
<context>
    <name>ip::Speaker</name>
    <message>
        <source>No text-to-speech engine is installed (on Debian: qt6-speech-flite-plugin or speech-dispatcher).</source>
        <translation>Keine Sprachausgabe ist installiert (unter Debian: qt6-speech-flite-plugin oder speech-dispatcher).</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” is not installed (on Debian: qt6-speech-flite-plugin or speech-dispatcher).</source>
        <translation>Die Sprachausgabe „%1“ ist nicht installiert (unter Debian: qt6-speech-flite-plugin oder speech-dispatcher).</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” does not work.</source>
        <translation>Die Sprachausgabe „%1“ funktioniert nicht.</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” does not work: %2</source>
        <translation>Die Sprachausgabe „%1“ funktioniert nicht: %2</translation>
    </message>
    <message>
        <source>Text-to-speech stopped working.</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Text-to-speech stopped working: %1</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr: %1</translation>
    </message>
    <message>
        <source>No sound output device was found, so the text cannot be read aloud.</source>
        <translation>Es wurde kein Tonausgabegerät gefunden, daher kann der Text nicht vorgelesen werden.</translation>
    </message>
    <message>
        <source>The text could not be read aloud.</source>
        <translation>Der Text konnte nicht vorgelesen werden.</translation>
    </message>
    <message>
        <source>The text could not be read aloud: %1</source>
        <translation>Der Text konnte nicht vorgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ip::StoragePage</name>
    <message>
        <source>Nothing stored</source>
        <translation>Nichts gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n file(s)</source>
        <translation>
            <numerusform>%1, %n Datei</numerusform>
            <numerusform>%1, %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>What this app keeps on this computer. API keys are not in these files: they are in the system keychain.</source>
        <translation>Was diese App auf diesem Computer aufbewahrt. API-Schlüssel sind nicht in diesen Dateien: Sie liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Stored on this computer</source>
        <translation>Auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>&amp;Delete everything this app stored…</source>
        <translation>Alles &amp;löschen, was diese App gespeichert hat…</translation>
    </message>
    <message>
        <source>Remove the runs, the result cache and the logs, and reset every setting</source>
        <translation>Die Läufe, den Ergebnis-Cache und die Protokolle entfernen und alle Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>Delete everything this app stored</source>
        <translation>Alles löschen, was diese App gespeichert hat</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Nothing is stored in files by this app.</source>
        <translation>Diese App speichert nichts in Dateien.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of: %1</source>
        <translation>Den Ordner öffnen von: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete everything this app stored?</source>
        <translation>Alles löschen, was diese App gespeichert hat?</translation>
    </message>
    <message>
        <source>These go:</source>
        <translation>Das wird entfernt:</translation>
    </message>
    <message>
        <source>Every setting goes back to its default. The API keys stay in the keychain unless you tick the box below. This cannot be undone.</source>
        <translation>Alle Einstellungen kehren zu ihren Standardwerten zurück. Die API-Schlüssel bleiben im Schlüsselbund, sofern Sie das Kästchen unten nicht ankreuzen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Also remove the API &amp;keys from the keychain</source>
        <translation>Auch die API-&amp;Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) (%1).</source>
        <translation>
            <numerusform>%n Datei entfernt (%1).</numerusform>
            <numerusform>%n Dateien entfernt (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every setting is back to its default.</source>
        <translation>Alle Einstellungen sind wieder auf ihren Standardwerten.</translation>
    </message>
    <message>
        <source>The API keys were kept.</source>
        <translation>Die API-Schlüssel wurden behalten.</translation>
    </message>
    <message>
        <source>The API keys were removed from the keychain.</source>
        <translation>Die API-Schlüssel wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Could not remove the API keys of %1: %2</source>
        <translation>Die API-Schlüssel von %1 konnten nicht entfernt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n file(s): %1</source>
        <translation>
            <numerusform>%n Datei konnte nicht entfernt werden: %1</numerusform>
            <numerusform>%n Dateien konnten nicht entfernt werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoredData</name>
    <message>
        <source>Runs (history)</source>
        <translation>Läufe (Verlauf)</translation>
    </message>
    <message>
        <source>Result cache</source>
        <translation>Ergebnis-Cache</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>No key store is available.</source>
        <translation>Kein Schlüsselspeicher verfügbar.</translation>
    </message>
    <message>
        <source>Study deck</source>
        <translation>Lernkartei</translation>
    </message>
</context>
<context>
    <name>ip::StudyDialog</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing the deck up to date with your saved runs…</source>
        <translation>Die Lernkartei wird mit deinen gespeicherten Läufen abgeglichen …</translation>
    </message>
    <message>
        <source>Some saved runs could not be read and were left out: %1</source>
        <translation>Einige gespeicherte Läufe ließen sich nicht lesen und wurden ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) from your saved runs</source>
        <translation>
            <numerusform>%n neue Karte aus deinen gespeicherten Läufen</numerusform>
            <numerusform>%n neue Karten aus deinen gespeicherten Läufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n card(s) of deleted runs left the deck</source>
        <translation>
            <numerusform>; %n Karte gelöschter Läufe hat die Lernkartei verlassen</numerusform>
            <numerusform>; %n Karten gelöschter Läufe haben die Lernkartei verlassen</numerusform>
        </translation>
    </message>
    <message>
        <source>The study deck could not be opened.</source>
        <translation>Die Lernkartei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: %2 due, %3 new, %4 cards</source>
        <translation>%1: %2 fällig, %3 neu, %4 Karten</translation>
    </message>
    <message>
        <source>Your deck is empty: every question of every saved run becomes a card. Run a resume first.</source>
        <translation>Deine Lernkartei ist leer: Jede Frage jedes gespeicherten Laufs wird zu einer Karte. Starte zuerst einen Lauf mit einem Lebenslauf.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due today. %n card(s) in the deck.</source>
        <translation>
            <numerusform>Heute ist nichts fällig. %n Karte in der Lernkartei.</numerusform>
            <numerusform>Heute ist nichts fällig. %n Karten in der Lernkartei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today: %1 · New: %2 · In the deck: %3</source>
        <translation>Heute fällig: %1 · Neu: %2 · In der Lernkartei: %3</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %n Card(s)</source>
        <translation>
            <numerusform>%n Karte &amp;wiederholen</numerusform>
            <numerusform>%n Karten &amp;wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Card %1 of %2 · %3</source>
        <translation>Karte %1 von %2 · %3</translation>
    </message>
    <message>
        <source> · new</source>
        <translation> · neu</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2 · %3</source>
        <translation>&amp;%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1: the card comes back %2</source>
        <translation>%1: Die Karte kommt %2 wieder</translation>
    </message>
    <message>
        <source>This question has no key points (it was written before runs named them). Rate how well you could answer it.</source>
        <translation>Diese Frage hat keine Kernpunkte (sie entstand, bevor Läufe sie nannten). Bewerte, wie gut du sie beantworten konntest.</translation>
    </message>
    <message>
        <source>A strong answer covers:</source>
        <translation>Eine starke Antwort deckt ab:</translation>
    </message>
    <message>
        <source>From your resume:</source>
        <translation>Aus deinem Lebenslauf:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>Die Wiederholung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n card(s). Each comes back when its rating said.</source>
        <translation>
            <numerusform>%n Karte wiederholt. Sie kommt wieder, wann ihre Bewertung es sagt.</numerusform>
            <numerusform>%n Karten wiederholt. Jede kommt wieder, wann ihre Bewertung es sagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Anki cards (*.txt)</source>
        <translation>Anki-Karten (*.txt)</translation>
    </message>
    <message>
        <source>Export the deck as PDF</source>
        <translation>Die Lernkartei als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the deck for Anki</source>
        <translation>Die Lernkartei für Anki exportieren</translation>
    </message>
    <message>
        <source>Study deck</source>
        <translation>Lernkartei</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1</source>
        <translation>
            <numerusform>%n Karte nach %1 exportiert</numerusform>
            <numerusform>%n Karten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Study deck backup (*.sqlite)</source>
        <translation>Sicherung der Lernkartei (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up the study deck</source>
        <translation>Die Lernkartei sichern</translation>
    </message>
    <message>
        <source>Backed up the deck to %1</source>
        <translation>Die Lernkartei wurde nach %1 gesichert</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore the study deck</source>
        <translation>Die Lernkartei wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the deck?</source>
        <translation>Die Lernkartei ersetzen?</translation>
    </message>
    <message>
        <source>Replace your study deck with the backup “%1”? Reviews made since that backup are lost.</source>
        <translation>Deine Lernkartei durch die Sicherung „%1“ ersetzen? Wiederholungen seit dieser Sicherung gehen verloren.</translation>
    </message>
    <message>
        <source>Restored the deck from %1</source>
        <translation>Die Lernkartei wurde aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Cards per skill</source>
        <translation>Karten pro Fähigkeit</translation>
    </message>
    <message>
        <source>What is due today</source>
        <translation>Was heute fällig ist</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export for &amp;Anki…</source>
        <translation>Für &amp;Anki exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Restore the study deck from a backup</source>
        <translation>Die Lernkartei aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Show Answer (Space)</source>
        <translation>Antwort &amp;zeigen (Leertaste)</translation>
    </message>
    <message>
        <source>Show the key points</source>
        <translation>Die Kernpunkte zeigen</translation>
    </message>
    <message>
        <source>&amp;End Review</source>
        <translation>Wiederholung &amp;beenden</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Review shows the cards due today first, then new ones. Select skills to review only theirs.</source>
        <translation>Beim Wiederholen kommen zuerst die heute fälligen Karten, dann neue. Wähle Fähigkeiten aus, um nur deren Karten zu wiederholen.</translation>
    </message>
</context>
<context>
    <name>ip::StudySheet</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>A PDF can only be written with fonts available (no GUI).</source>
        <translation>Ein PDF lässt sich nur mit verfügbaren Schriften schreiben (keine grafische Oberfläche).</translation>
    </message>
    <message>
        <source>Could not make the PDF.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>General knowledge — no web sources</source>
        <translation>Allgemeinwissen – keine Webquellen</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <translation>Interviewfragen</translation>
    </message>
    <message>
        <source>Interview questions — %1</source>
        <translation>Interviewfragen – %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>ip::Transcription</name>
    <message>
        <source>The recording is not a WAV file.</source>
        <translation>Die Aufnahme ist keine WAV-Datei.</translation>
    </message>
    <message>
        <source>The recording is not plain PCM audio, so it cannot be cut into parts.</source>
        <translation>Die Aufnahme ist kein einfaches PCM-Audio und lässt sich daher nicht in Teile schneiden.</translation>
    </message>
    <message>
        <source>The WAV file&apos;s audio format is damaged.</source>
        <translation>Das Audioformat der WAV-Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The transcription is not JSON.</source>
        <translation>Die Transkription ist kein JSON.</translation>
    </message>
    <message>
        <source>The transcription server answered with an error: %1</source>
        <translation>Der Transkriptionsserver antwortete mit einem Fehler: %1</translation>
    </message>
    <message>
        <source>The transcription has no text.</source>
        <translation>Die Transkription enthält keinen Text.</translation>
    </message>
    <message>
        <source>The transcription&apos;s segments are not a list.</source>
        <translation>Die Segmente der Transkription sind keine Liste.</translation>
    </message>
    <message>
        <source>The upload limit is too small for any audio.</source>
        <translation>Das Upload-Limit ist für jedes Audio zu klein.</translation>
    </message>
</context>
<context>
    <name>ip::UrlPolicy</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Adresse „%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Refusing to send data over unencrypted http:// to %1. Use an https:// address (plain http is only allowed for servers on this computer).</source>
        <translation>Daten werden nicht über unverschlüsseltes http:// an %1 gesendet. Verwenden Sie eine https://-Adresse (reines http ist nur für Server auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot; (use https://).</source>
        <translation>Nicht unterstütztes Adressschema „%1“ (verwenden Sie https://).</translation>
    </message>
</context>
<context>
    <name>ip::VoiceAnswer</name>
    <message>
        <source>Transcription stopped.</source>
        <translation>Transkription angehalten.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Recording… speak your answer; press again to stop.</source>
        <translation>Aufnahme … sprich deine Antwort; zum Beenden erneut drücken.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>Could not transcribe the recording: %1</source>
        <translation>Die Aufnahme konnte nicht transkribiert werden: %1</translation>
    </message>
    <message>
        <source>Transcribing %1 of speech…</source>
        <translation>%1 Sprache wird transkribiert …</translation>
    </message>
    <message>
        <source>Transcribing… part %1 of %2</source>
        <translation>Transkription … Teil %1 von %2</translation>
    </message>
    <message>
        <source>The recording had no words in it. Try again closer to the microphone, or type.</source>
        <translation>Die Aufnahme enthielt keine Wörter. Versuche es näher am Mikrofon noch einmal oder tippe.</translation>
    </message>
    <message>
        <source>Transcribed: edit it if needed, then Ctrl+Enter grades.</source>
        <translation>Transkribiert: bei Bedarf bearbeiten, dann bewertet Strg+Eingabe.</translation>
    </message>
    <message>
        <source>The recording is kept in %1.</source>
        <translation>Die Aufnahme wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Stop &amp;Recording</source>
        <translation>Aufnahme &amp;beenden</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>Aufnahme beenden und transkribieren</translation>
    </message>
    <message>
        <source>Stop Transcribing</source>
        <translation>Transkription anhalten</translation>
    </message>
    <message>
        <source>Stop transcribing</source>
        <translation>Transkription anhalten</translation>
    </message>
    <message>
        <source>&amp;Record Answer</source>
        <translation>Antwort &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Record your answer with the microphone</source>
        <translation>Deine Antwort mit dem Mikrofon aufnehmen</translation>
    </message>
    <message>
        <source>Speak your answer (Ctrl+M); the transcript goes into the box to edit before grading</source>
        <translation>Sprich deine Antwort (Strg+M); die Transkription kommt ins Feld, damit du sie vor dem Bewerten bearbeiten kannst</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation>Aufnahmedauer</translation>
    </message>
</context>
<context>
    <name>ip::VoicePage</name>
    <message>
        <source>Spoken answers</source>
        <translation>Gesprochene Antworten</translation>
    </message>
    <message>
        <source>Address of the speech-to-text server</source>
        <translation>Adresse des Spracherkennungs-Servers</translation>
    </message>
    <message>
        <source>Speech-to-text model</source>
        <translation>Spracherkennungsmodell</translation>
    </message>
    <message>
        <source>&amp;Keep my recordings (with the saved runs)</source>
        <translation>Meine Aufnahmen &amp;behalten (bei den gespeicherten Läufen)</translation>
    </message>
    <message>
        <source>Otherwise a recording is kept in memory only until it is transcribed.</source>
        <translation>Andernfalls bleibt eine Aufnahme nur im Arbeitsspeicher, bis sie transkribiert ist.</translation>
    </message>
    <message>
        <source>Speech-to-text &amp;server:</source>
        <translation>Spracherkennungs-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Record Answer (Ctrl+M) under a practice question sends the recording to this OpenAI-compatible /audio/transcriptions endpoint — Groq&apos;s, with your Groq key, or a server on this computer, which needs no key (offline mode allows only that) — and puts the transcript in the box to edit before grading. It goes nowhere else.</source>
        <translation>„Antwort aufnehmen“ (Strg+M) unter einer Übungsfrage sendet die Aufnahme an diesen OpenAI-kompatiblen Endpunkt /audio/transcriptions – den von Groq mit deinem Groq-Schlüssel oder einen Server auf diesem Computer, der keinen Schlüssel braucht (der Offline-Modus erlaubt nur diesen) – und setzt die Transkription ins Feld, damit du sie vor dem Bewerten bearbeiten kannst. Sie geht nirgendwo sonst hin.</translation>
    </message>
    <message>
        <source>Questions read aloud</source>
        <translation>Vorgelesene Fragen</translation>
    </message>
    <message>
        <source>&amp;Read each practice question aloud when it appears</source>
        <translation>Jede Übungsfrage beim Erscheinen &amp;vorlesen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right</source>
        <translation>Links langsamer, rechts schneller</translation>
    </message>
    <message>
        <source>&amp;Test Voice</source>
        <translation>Stimme &amp;testen</translation>
    </message>
    <message>
        <source>This is how the questions will sound.</source>
        <translation>So werden die Fragen klingen.</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>Stimm&amp;e:</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>Tem&amp;po:</translation>
    </message>
    <message>
        <source>Read Aloud beside every question reads it at any time.</source>
        <translation>„Vorlesen“ neben jeder Frage liest sie jederzeit vor.</translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation>Standard der Sprachausgabe</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://api.groq.com/openai/v1 or http://localhost:8000/v1.</source>
        <translation>Gib die Adresse des Servers ein, etwa https://api.groq.com/openai/v1 oder http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: answers can still be typed.</source>
        <translation>Auf diesem Computer wurde kein Mikrofon gefunden: Antworten lassen sich weiterhin tippen.</translation>
    </message>
</context>
<context>
    <name>ip::WavFile</name>
    <message>
        <source>This is not a WAV file.</source>
        <translation>Das ist keine WAV-Datei.</translation>
    </message>
    <message>
        <source>The WAV file&apos;s header is cut short.</source>
        <translation>Der Kopf der WAV-Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The WAV file does not hold plain PCM samples (compressed or floating-point audio).</source>
        <translation>Die WAV-Datei enthält keine einfachen PCM-Samples (komprimiertes oder Gleitkomma-Audio).</translation>
    </message>
    <message>
        <source>The WAV file&apos;s sample format is not supported.</source>
        <translation>Das Sampleformat der WAV-Datei wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The WAV file has no format before its samples.</source>
        <translation>Die WAV-Datei hat vor ihren Samples kein Format.</translation>
    </message>
    <message>
        <source>The WAV file holds no samples.</source>
        <translation>Die WAV-Datei enthält keine Samples.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No stored API keys.</source>
        <translation>Keine gespeicherten API-Schlüssel.</translation>
    </message>
    <message>
        <source>Deleted the stored API keys: %1.</source>
        <translation>Die gespeicherten API-Schlüssel wurden gelöscht: %1.</translation>
    </message>
    <message>
        <source>interview-prep: error: %1</source>
        <translation>interview-prep: Fehler: %1</translation>
    </message>
    <message>
        <source>Interview Prep: deep technical interview questions from a resume.</source>
        <translation>Interview Prep: tiefgehende technische Interviewfragen aus einem Lebenslauf.</translation>
    </message>
    <message>
        <source>Run without a window: progress on stderr, the report on stdout (or --output). Exit code 0 = every skill has questions, 2 = partial, 1 = nothing produced.</source>
        <translation>Ohne Fenster ausführen: Fortschritt auf stderr, der Bericht auf stdout (oder --output). Rückgabewert 0 = jede Fähigkeit hat Fragen, 2 = teilweise, 1 = nichts erzeugt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the questions in &lt;language&gt;: a code such as de or pt_BR, or an English name such as German (headless; default: the setting, else the interface language).</source>
        <translation>Die Fragen in &lt;sprache&gt; schreiben: ein Code wie de oder pt_BR oder ein englischer Name wie German (ohne Fenster; Standard: die Einstellung, sonst die Sprache der Oberfläche).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Log debug messages too.</source>
        <translation>Auch Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <source>Delete every API key stored in the system keychain.</source>
        <translation>Alle im Schlüsselbund des Systems gespeicherten API-Schlüssel löschen.</translation>
    </message>
    <message>
        <source>interview-prep: error: unknown language &quot;%1&quot; (use a code such as de, or a name such as German).</source>
        <translation>interview-prep: Fehler: unbekannte Sprache „%1“ (verwenden Sie einen Code wie de oder einen Namen wie German).</translation>
    </message>
    <message>
        <source>Continue a saved run (headless): a session id or file; only missing work is requested.</source>
        <translation>Einen gespeicherten Durchlauf fortsetzen (ohne Fenster): eine Sitzungs-ID oder -Datei; nur Fehlendes wird angefragt.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sitzung</translation>
    </message>
    <message>
        <source>Ask the providers again instead of reusing cached results (headless).</source>
        <translation>Die Anbieter erneut fragen, statt zwischengespeicherte Ergebnisse zu verwenden (ohne Fenster).</translation>
    </message>
    <message>
        <source>interview-prep: error: --resume continues a session; give no resume file.</source>
        <translation>interview-prep: Fehler: --resume setzt eine Sitzung fort; geben Sie keine Lebenslaufdatei an.</translation>
    </message>
    <message>
        <source>A resume (PDF, .txt or .md) to open; with --headless, one or more.</source>
        <translation>Ein zu öffnender Lebenslauf (PDF, .txt oder .md); mit --headless einer oder mehrere.</translation>
    </message>
    <message>
        <source>Write the report to &lt;file&gt; (headless); with several resumes, a folder for one report each.</source>
        <translation>Den Bericht in &lt;datei&gt; schreiben (ohne Fenster); bei mehreren Lebensläufen ein Ordner für je einen Bericht.</translation>
    </message>
    <message>
        <source>interview-prep: error: --headless needs a resume file.</source>
        <translation>interview-prep: Fehler: --headless braucht eine Lebenslaufdatei.</translation>
    </message>
    <message>
        <source>Print what a run of each resume would take under the configured limits (requests, tokens, time) and send nothing.</source>
        <translation>Ausgeben, was ein Lauf für jeden Lebenslauf unter den eingestellten Grenzen bräuchte (Anfragen, Tokens, Zeit), ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>interview-prep: error: --estimate needs a resume file.</source>
        <translation>interview-prep: Fehler: --estimate braucht eine Lebenslaufdatei.</translation>
    </message>
    <message>
        <source>Send the resume&apos;s personal data (name, contact details, date of birth, ids) as it is instead of placeholders (headless).</source>
        <translation>Die persönlichen Daten des Lebenslaufs (Name, Kontaktdaten, Geburtsdatum, Ausweisnummern) unverändert statt als Platzhalter senden (headless).</translation>
    </message>
    <message>
        <source>Print every request to stderr as it is sent, exactly as the provider receives it (headless).</source>
        <translation>Jede Anfrage beim Senden auf stderr ausgeben, genau so, wie der Anbieter sie erhält (headless).</translation>
    </message>
    <message>
        <source>Offline mode for this run: skills and questions from the server on this computer set in Settings ▸ Privacy, no web research; nothing leaves this computer (headless).</source>
        <translation>Offline-Modus für diesen Lauf: Fähigkeiten und Fragen vom Server auf diesem Computer, der unter Einstellungen ▸ Datenschutz eingestellt ist, keine Webrecherche; nichts verlässt diesen Computer (headless).</translation>
    </message>
    <message>
        <source>Write questions for these skills (comma-separated) instead of extracting them from the resume (headless).</source>
        <translation>Fragen zu diesen Fähigkeiten (durch Kommas getrennt) schreiben, statt sie aus dem Lebenslauf zu ermitteln (headless).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>interview-prep: error: --skills starts a new run; it cannot continue one (--resume).</source>
        <translation>interview-prep: Fehler: --skills beginnt einen neuen Lauf; es kann keinen fortsetzen (--resume).</translation>
    </message>
    <message>
        <source>interview-prep: error: --skills needs at least one skill, e.g. --skills &quot;Go, SQL&quot;.</source>
        <translation>interview-prep: Fehler: --skills braucht mindestens eine Fähigkeit, z. B. --skills &quot;Go, SQL&quot;.</translation>
    </message>
    <message>
        <source>The level of the role: junior, mid, senior or staff; shapes the questions&apos; depth (headless; default: the setting).</source>
        <translation>Die Stufe der Stelle: junior, mid, senior oder staff; bestimmt die Tiefe der Fragen (headless; Standard: die Einstellung).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>stufe</translation>
    </message>
    <message>
        <source>interview-prep: error: unknown level &quot;%1&quot; (use junior, mid, senior or staff).</source>
        <translation>interview-prep: Fehler: unbekannte Stufe „%1“ (junior, mid, senior oder staff verwenden).</translation>
    </message>
    <message>
        <source>Target the job described in &lt;file&gt; (.txt, .md or .pdf): skills ranked by it, and questions for the skills it asks for that the resume does not show (headless).</source>
        <translation>Auf die in &lt;file&gt; beschriebene Stelle ausrichten (.txt, .md oder .pdf): Fähigkeiten danach geordnet, und Fragen zu den verlangten Fähigkeiten, die der Lebenslauf nicht zeigt (headless).</translation>
    </message>
    <message>
        <source>interview-prep: error: --job starts a new run; continuing one (--resume) keeps its job.</source>
        <translation>interview-prep: Fehler: --job beginnt einen neuen Lauf; ein fortgesetzter Lauf (--resume) behält seine Stelle.</translation>
    </message>
    <message>
        <source>interview-prep: error: --job ranks the skills found in the resume; with --skills none are looked for.</source>
        <translation>interview-prep: Fehler: --job ordnet die im Lebenslauf gefundenen Fähigkeiten; mit --skills wird nach keinen gesucht.</translation>
    </message>
    <message>
        <source>Report format: txt, md, json, pdf or anki (Anki cards to import) (headless).</source>
        <translation>Berichtsformat: txt, md, json, pdf oder anki (Anki-Karten zum Importieren) (ohne Fenster).</translation>
    </message>
    <message>
        <source>interview-prep: error: unknown report format &quot;%1&quot; (use txt, md, json, pdf or anki).</source>
        <translation>interview-prep: Fehler: unbekanntes Berichtsformat „%1“ (txt, md, json, pdf oder anki verwenden).</translation>
    </message>
</context>
</TS>
