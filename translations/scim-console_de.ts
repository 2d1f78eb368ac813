<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiResult</name>
    <message>
        <source>Check that the engine is running and reachable; the console reconnects automatically.</source>
        <translation>Prüfen Sie, ob die Engine läuft und erreichbar ist; die Konsole verbindet sich automatisch neu.</translation>
    </message>
    <message>
        <source>The admin token was rejected: use Engine › Connect to engine… to enter a valid one.</source>
        <translation>Das Admin-Token wurde abgelehnt: Geben Sie unter Engine › Mit Engine verbinden… ein gültiges ein.</translation>
    </message>
    <message>
        <source>It may have been deleted elsewhere: refresh the list (F5).</source>
        <translation>Es wurde möglicherweise an anderer Stelle gelöscht: Aktualisieren Sie die Liste (F5).</translation>
    </message>
    <message>
        <source>Resolve the conflict and try again.</source>
        <translation>Beheben Sie den Konflikt und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The engine failed; see its log and try again.</source>
        <translation>Die Engine ist gescheitert; sehen Sie in ihr Protokoll und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation>Korrigieren Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Review the engine&apos;s certificate with Engine › Connect to engine… before trusting it.</source>
        <translation>Prüfen Sie das Zertifikat der Engine unter Engine › Mit Engine verbinden…, bevor Sie ihm vertrauen.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The certificate is self-signed: no authority this computer trusts vouches for it.</source>
        <translation>Das Zertifikat ist selbstsigniert: Keine Zertifizierungsstelle, der dieser Computer vertraut, bürgt dafür.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation>Das Zertifikat wurde von einer Zertifizierungsstelle ausgestellt, die dieser Computer nicht kennt.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Das Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate is not issued for the host name %1.</source>
        <translation>Das Zertifikat ist nicht für den Hostnamen %1 ausgestellt.</translation>
    </message>
</context>
<context>
    <name>CheckCapabilities</name>
    <message>
        <source>/ServiceProviderConfig could not be read (%1), so %2 is not advertised.</source>
        <translation>/ServiceProviderConfig konnte nicht gelesen werden (%1), daher wird %2 nicht angeboten.</translation>
    </message>
    <message>
        <source>/ServiceProviderConfig does not advertise %1 (%1.supported is not true).</source>
        <translation>/ServiceProviderConfig bietet %1 nicht an (%1.supported ist nicht true).</translation>
    </message>
    <message>
        <source>/ResourceTypes lists no resource type with the endpoint /%1.</source>
        <translation>/ResourceTypes führt keinen Ressourcentyp mit dem Endpunkt /%1.</translation>
    </message>
    <message>
        <source>The User resource type does not list the enterprise extension (%1) in schemaExtensions.</source>
        <translation>Der Ressourcentyp User führt die Enterprise-Erweiterung (%1) nicht unter schemaExtensions.</translation>
    </message>
    <message>
        <source>/Schemas declares userName with caseExact true.</source>
        <translation>/Schemas deklariert userName mit caseExact true.</translation>
    </message>
    <message>
        <source>/Schemas could not be read (%1), so the User attribute groups is not declared.</source>
        <translation>/Schemas konnte nicht gelesen werden (%1), daher ist das User-Attribut groups nicht deklariert.</translation>
    </message>
    <message>
        <source>/Schemas does not declare the User attribute groups.</source>
        <translation>/Schemas deklariert das User-Attribut groups nicht.</translation>
    </message>
    <message>
        <source>%1 is not a known capability.</source>
        <translation>%1 ist keine bekannte Fähigkeit.</translation>
    </message>
    <message>
        <source>The server advertises %1, and this check is about servers that do not.</source>
        <translation>Der Server bietet %1 an, und diese Prüfung gilt Servern, die das nicht tun.</translation>
    </message>
</context>
<context>
    <name>CheckExpectation</name>
    <message>
        <source>%1 is %2; expected %3.</source>
        <translation>%1 ist %2; erwartet: %3.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>empty or absent</source>
        <translation>leer oder nicht vorhanden</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <source>anything but %1</source>
        <translation>alles außer %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>ohne %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>%1 matches %2, which no element may.</source>
        <translation>%1 entspricht %2, was kein Element darf.</translation>
    </message>
    <message>
        <source>present (%1 %2)</source>
        <translation>vorhanden (%1 %2)</translation>
    </message>
    <message>
        <source>%1 in any case</source>
        <translation>%1 in beliebiger Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>a JSON %1</source>
        <translation>ein JSON-Wert vom Typ %1</translation>
    </message>
    <message>
        <source>a string matching /%1/</source>
        <translation>eine Zeichenkette passend zu /%1/</translation>
    </message>
    <message>
        <source>a string starting with %1</source>
        <translation>eine Zeichenkette, die mit %1 beginnt</translation>
    </message>
    <message>
        <source>something containing %1</source>
        <translation>ein Wert, der %1 enthält</translation>
    </message>
    <message>
        <source>of length %1</source>
        <translation>mit der Länge %1</translation>
    </message>
    <message>
        <source>of length at least %1</source>
        <translation>mit einer Länge von mindestens %1</translation>
    </message>
    <message>
        <source>of length at most %1</source>
        <translation>mit einer Länge von höchstens %1</translation>
    </message>
    <message>
        <source>a number ≥ %1</source>
        <translation>eine Zahl ≥ %1</translation>
    </message>
    <message>
        <source>a number ≤ %1</source>
        <translation>eine Zahl ≤ %1</translation>
    </message>
    <message>
        <source>an element matching %1</source>
        <translation>ein Element passend zu %1</translation>
    </message>
    <message>
        <source>%1.%2.%3 is absent, so the order cannot be checked.</source>
        <translation>%1.%2.%3 ist nicht vorhanden, daher kann die Reihenfolge nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 is not sorted %2 by %3: %4 comes before %5.</source>
        <translation>%1 ist nicht %2 nach %3 sortiert: %4 steht vor %5.</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <source>%1 does not conform to the server&apos;s /Schemas: %2</source>
        <translation>%1 entspricht nicht den /Schemas des Servers: %2</translation>
    </message>
    <message>
        <source>the %1 header (%2)</source>
        <translation>der Header %1 (%2)</translation>
    </message>
    <message>
        <source>equal to the body&apos;s %1 (%2)</source>
        <translation>gleich dem Wert %1 im Body (%2)</translation>
    </message>
    <message>
        <source>%1 must be an object of path: matcher.</source>
        <translation>%1 muss ein Objekt aus Pfad: Matcher sein.</translation>
    </message>
    <message>
        <source>%1 has no matcher (write {&quot;equals&quot;: {}} for an empty object).</source>
        <translation>%1 hat keinen Matcher (für ein leeres Objekt {&quot;equals&quot;: {}} schreiben).</translation>
    </message>
    <message>
        <source>%1: unknown matcher &quot;%2&quot;.</source>
        <translation>%1: unbekannter Matcher „%2“.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss einer der Werte %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be an array.</source>
        <translation>%1 muss ein Array sein.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression.</source>
        <translation>%1 ist kein gültiger regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>%1 needs &quot;by&quot;: the attribute to compare.</source>
        <translation>%1 braucht „by“: das zu vergleichende Attribut.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: unbekanntes Feld „%2“.</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Die Antwort hat keinen Body.</translation>
    </message>
    <message>
        <source>The server said: %1%2</source>
        <translation>Der Server sagte: %1%2</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>expect: unknown field &quot;%1&quot;.</source>
        <translation>expect: unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>expect.status must be a status code, a list of them, or a class such as &quot;2xx&quot;.</source>
        <translation>expect.status muss ein Statuscode, eine Liste davon oder eine Klasse wie „2xx“ sein.</translation>
    </message>
    <message>
        <source>expect.error must be true, a scimType, or a list of scimTypes.</source>
        <translation>expect.error muss true, ein scimType oder eine Liste von scimTypes sein.</translation>
    </message>
    <message>
        <source>expect.captures must be an object of name: path.</source>
        <translation>expect.captures muss ein Objekt aus Name: Pfad sein.</translation>
    </message>
    <message>
        <source>expect.captures.%1 must be a JSON path, {&quot;json&quot;: path} or {&quot;header&quot;: name}.</source>
        <translation>expect.captures.%1 muss ein JSON-Pfad, {&quot;json&quot;: path} oder {&quot;header&quot;: name} sein.</translation>
    </message>
    <message>
        <source>No response: %1.</source>
        <translation>Keine Antwort: %1.</translation>
    </message>
    <message>
        <source>Expected status %1, got %2. %3</source>
        <translation>Status %1 erwartet, %2 erhalten. %3</translation>
    </message>
    <message>
        <source>Expected a SCIM Error body (RFC 7644 §3.12), got no JSON object. %1</source>
        <translation>Einen SCIM-Error-Body erwartet (RFC 7644 §3.12), aber kein JSON-Objekt erhalten. %1</translation>
    </message>
    <message>
        <source>The error body&apos;s schemas does not contain %1 (RFC 7644 §3.12).</source>
        <translation>schemas im Fehler-Body enthält %1 nicht (RFC 7644 §3.12).</translation>
    </message>
    <message>
        <source>The error body&apos;s status is %1; RFC 7644 §3.12 requires the HTTP status as a JSON string (&quot;%2&quot;).</source>
        <translation>status im Fehler-Body ist %1; RFC 7644 §3.12 verlangt den HTTP-Status als JSON-Zeichenkette („%2“).</translation>
    </message>
    <message>
        <source>The error body&apos;s status is %1 but the HTTP status is %2.</source>
        <translation>status im Fehler-Body ist %1, der HTTP-Status aber %2.</translation>
    </message>
    <message>
        <source>The error&apos;s scimType is %1; expected %2 (RFC 7644 §3.12). %3</source>
        <translation>scimType des Fehlers ist %1; erwartet: %2 (RFC 7644 §3.12). %3</translation>
    </message>
    <message>
        <source>The %1 header</source>
        <translation>Der Header %1</translation>
    </message>
    <message>
        <source>Expected a JSON body, got one that does not parse. %1</source>
        <translation>Einen JSON-Body erwartet, aber einen nicht lesbaren erhalten. %1</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>der Header %1</translation>
    </message>
    <message>
        <source>the body&apos;s %1</source>
        <translation>der Wert %1 im Body</translation>
    </message>
    <message>
        <source>Cannot capture %1: %2 is absent.</source>
        <translation>%1 kann nicht erfasst werden: %2 ist nicht vorhanden.</translation>
    </message>
</context>
<context>
    <name>CheckLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1 uses {{%2}}, which no earlier step captures.</source>
        <translation>%1 verwendet {{%2}}, was kein früherer Schritt erfasst.</translation>
    </message>
    <message>
        <source>%1 uses the unknown template filter &quot;%2&quot; (upper and lower exist).</source>
        <translation>%1 verwendet den unbekannten Vorlagenfilter „%2“ (es gibt upper und lower).</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 muss ein Array aus Zeichenketten sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: unbekanntes Feld „%2“.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot;.</source>
        <translation>%1 braucht einen „name“.</translation>
    </message>
    <message>
        <source>%1: &quot;method&quot; must be one of %2.</source>
        <translation>%1: „method“ muss einer der Werte %2 sein.</translation>
    </message>
    <message>
        <source>%1 needs either a &quot;path&quot; (below the base URL, starting with /) or a &quot;url&quot;.</source>
        <translation>%1 braucht entweder einen „path“ (unterhalb der Basis-URL, beginnend mit /) oder eine „url“.</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be a string starting with /.</source>
        <translation>%1: „path“ muss eine Zeichenkette sein, die mit / beginnt.</translation>
    </message>
    <message>
        <source>%1: &quot;url&quot; must be a non-empty string.</source>
        <translation>%1: „url“ muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1: &quot;query&quot; must be an object of parameter: value.</source>
        <translation>%1: „query“ muss ein Objekt aus Parameter: Wert sein.</translation>
    </message>
    <message>
        <source>%1: query parameter %2 must be a string, number, boolean or null.</source>
        <translation>%1: Der Abfrageparameter %2 muss eine Zeichenkette, eine Zahl, ein Wahrheitswert oder null sein.</translation>
    </message>
    <message>
        <source>%1: &quot;headers&quot; must be an object of name: value.</source>
        <translation>%1: „headers“ muss ein Objekt aus Name: Wert sein.</translation>
    </message>
    <message>
        <source>%1: header %2 must be a string.</source>
        <translation>%1: Der Header %2 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1: &quot;rawBody&quot; must be a string.</source>
        <translation>%1: „rawBody“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1 has both &quot;body&quot; and &quot;rawBody&quot;.</source>
        <translation>%1 hat sowohl „body“ als auch „rawBody“.</translation>
    </message>
    <message>
        <source>%1: &quot;auth&quot; must be token, none or invalid.</source>
        <translation>%1: „auth“ muss token, none oder invalid sein.</translation>
    </message>
    <message>
        <source>%1.requires: unknown capability &quot;%2&quot; (known: %3).</source>
        <translation>%1.requires: unbekannte Fähigkeit „%2“ (bekannt: %3).</translation>
    </message>
    <message>
        <source>%1: &quot;scope&quot; must look like verb:resource (patch:users).</source>
        <translation>%1: „scope“ muss die Form verb:resource haben (patch:users).</translation>
    </message>
    <message>
        <source>%1 needs an &quot;expect&quot; object.</source>
        <translation>%1 braucht ein „expect“-Objekt.</translation>
    </message>
    <message>
        <source>%1 captures into %2, a built-in variable.</source>
        <translation>%1 erfasst in %2, eine eingebaute Variable.</translation>
    </message>
    <message>
        <source>The check id &quot;%1&quot; must be lower-case letters, digits, dots and hyphens.</source>
        <translation>Die Prüfungs-ID „%1“ darf nur Kleinbuchstaben, Ziffern, Punkte und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The check needs a &quot;title&quot;.</source>
        <translation>Die Prüfung braucht einen „title“.</translation>
    </message>
    <message>
        <source>&quot;profile&quot; must be one of %1.</source>
        <translation>„profile“ muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <source>The check needs a &quot;reference&quot; (an RFC section or an IdP documentation URL).</source>
        <translation>Die Prüfung braucht eine „reference“ (einen RFC-Abschnitt oder eine URL der IdP-Dokumentation).</translation>
    </message>
    <message>
        <source>requires: &quot;%1&quot; is neither a known capability (%2) nor a scope (verb:resource).</source>
        <translation>requires: „%1“ ist weder eine bekannte Fähigkeit (%2) noch ein Scope (verb:resource).</translation>
    </message>
    <message>
        <source>The check needs a non-empty &quot;steps&quot; array.</source>
        <translation>Die Prüfung braucht ein nicht leeres Array „steps“.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>Kein gültiges JSON bei %1: %2.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object (one check, or a group with &quot;checks&quot;).</source>
        <translation>Die Datei muss ein JSON-Objekt enthalten (eine Prüfung oder eine Gruppe mit „checks“).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the group.</source>
        <translation>Unbekanntes Feld „%1“ in der Gruppe.</translation>
    </message>
    <message>
        <source>&quot;checks&quot; must be an array of checks.</source>
        <translation>„checks“ muss ein Array aus Prüfungen sein.</translation>
    </message>
    <message>
        <source>Check %1 is not a JSON object.</source>
        <translation>Prüfung %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The check directory does not exist.</source>
        <translation>Das Verzeichnis der Prüfungen existiert nicht.</translation>
    </message>
    <message>
        <source>The check directory has no *.json files.</source>
        <translation>Das Verzeichnis der Prüfungen enthält keine *.json-Dateien.</translation>
    </message>
    <message>
        <source>Another check file already defines the id %1.</source>
        <translation>Eine andere Prüfungsdatei definiert die ID %1 bereits.</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>SCIM conformance: %1</source>
        <translation>SCIM-Konformität: %1</translation>
    </message>
    <message>
        <source>Started %1 · profile %2 · prefix %3</source>
        <translation>Gestartet %1 · Profil %2 · Präfix %3</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Aufräumen</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n resource(s) (--keep).</source>
        <translation>
            <numerusform>%n Ressource behalten (--keep).</numerusform>
            <numerusform>%n Ressourcen behalten (--keep).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s).</source>
        <translation>
            <numerusform>%n Ressource gelöscht.</numerusform>
            <numerusform>%n Ressourcen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery requests</source>
        <translation>Erkundungsanfragen</translation>
    </message>
</context>
<context>
    <name>CheckSchemaConformance</name>
    <message>
        <source>%1 is &quot;%2&quot;, which is not an xsd:dateTime (RFC 7643 §2.3.5).</source>
        <translation>%1 ist „%2“, das ist kein xsd:dateTime (RFC 7643 §2.3.5).</translation>
    </message>
    <message>
        <source>%1 is a JSON %2, but /Schemas declares it with type %3.</source>
        <translation>%1 ist ein JSON-Wert vom Typ %2, aber /Schemas deklariert ihn mit dem Typ %3.</translation>
    </message>
    <message>
        <source>%1 is returned, but /Schemas declares it with returned &quot;never&quot;.</source>
        <translation>%1 wird zurückgegeben, aber /Schemas deklariert es mit returned „never“.</translation>
    </message>
    <message>
        <source>%1 is a JSON %2, but /Schemas declares it multi-valued (an array).</source>
        <translation>%1 ist ein JSON-Wert vom Typ %2, aber /Schemas deklariert es als mehrwertig (ein Array).</translation>
    </message>
    <message>
        <source>%1 is an array, but /Schemas declares it single-valued.</source>
        <translation>%1 ist ein Array, aber /Schemas deklariert es als einwertig.</translation>
    </message>
    <message>
        <source>%1 is not a declared sub-attribute.</source>
        <translation>%1 ist kein deklariertes Unterattribut.</translation>
    </message>
    <message>
        <source>%1 is not declared in the resource&apos;s schemas.</source>
        <translation>%1 ist in den Schemas der Ressource nicht deklariert.</translation>
    </message>
    <message>
        <source>%1 is missing, but /Schemas declares it required.</source>
        <translation>%1 fehlt, aber /Schemas deklariert es als erforderlich.</translation>
    </message>
    <message>
        <source>meta is a JSON %1, not an object (RFC 7643 §3.1).</source>
        <translation>meta ist ein JSON-Wert vom Typ %1, kein Objekt (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>meta.%1 is not an xsd:dateTime string (RFC 7643 §3.1).</source>
        <translation>meta.%1 ist keine xsd:dateTime-Zeichenkette (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>meta.%1 is a JSON %2, not a string (RFC 7643 §3.1).</source>
        <translation>meta.%1 ist ein JSON-Wert vom Typ %2, keine Zeichenkette (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>schemas is missing or not a non-empty array (RFC 7643 §3).</source>
        <translation>schemas fehlt oder ist kein nicht leeres Array (RFC 7643 §3).</translation>
    </message>
    <message>
        <source>id is missing or not a non-empty string (RFC 7643 §3.1).</source>
        <translation>id fehlt oder ist keine nicht leere Zeichenkette (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>externalId is a JSON %1, not a string (RFC 7643 §3.1).</source>
        <translation>externalId ist ein JSON-Wert vom Typ %1, keine Zeichenkette (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>%1 is a JSON %2, not an object.</source>
        <translation>%1 ist ein JSON-Wert vom Typ %2, kein Objekt.</translation>
    </message>
    <message>
        <source>%1 is not a schema listed by /Schemas.</source>
        <translation>%1 ist kein Schema, das /Schemas führt.</translation>
    </message>
    <message>
        <source>%1 is present but not listed in schemas (RFC 7643 §3).</source>
        <translation>%1 ist vorhanden, aber nicht in schemas aufgeführt (RFC 7643 §3).</translation>
    </message>
</context>
<context>
    <name>CheckTemplate</name>
    <message>
        <source>/ServiceProviderConfig has no %1.</source>
        <translation>/ServiceProviderConfig hat kein %1.</translation>
    </message>
    <message>
        <source>The template variable %1 has no value.</source>
        <translation>Die Vorlagenvariable %1 hat keinen Wert.</translation>
    </message>
</context>
<context>
    <name>DeliveryTestResult</name>
    <message>
        <source>Not delivered: %1 (after %2 ms).</source>
        <extracomment>%1: the network error, %2: milliseconds</extracomment>
        <translation>Nicht zugestellt: %1 (nach %2 ms).</translation>
    </message>
    <message>
        <source>Delivered: the receiver answered HTTP %1 in %2 ms.</source>
        <extracomment>%1: HTTP status code, %2: milliseconds</extracomment>
        <translation>Zugestellt: Der Empfänger antwortete in %2 ms mit HTTP %1.</translation>
    </message>
    <message>
        <source>Not delivered: the receiver answered HTTP %1 in %2 ms.</source>
        <extracomment>%1: HTTP status code, %2: milliseconds</extracomment>
        <translation>Nicht zugestellt: Der Empfänger antwortete in %2 ms mit HTTP %1.</translation>
    </message>
    <message>
        <source>%1 Its answer: %2</source>
        <extracomment>%1: the sentence above, %2: the start of the receiver&apos;s answer</extracomment>
        <translation>%1 Seine Antwort: %2</translation>
    </message>
</context>
<context>
    <name>EmbeddedEngineSettings</name>
    <message>
        <source>The listen address %1 is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface).</source>
        <extracomment>%1: what the admin typed</extracomment>
        <translation>Die Listen-Adresse %1 ist keine IP-Adresse (z. B. 127.0.0.1, oder 0.0.0.0 für alle Schnittstellen).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, or 0 to choose a free one.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen, oder 0, um einen freien zu wählen.</translation>
    </message>
    <message>
        <source>The public URL must be an absolute http or https URL, e.g. https://scim.example.com.</source>
        <translation>Die öffentliche URL muss eine absolute http- oder https-URL sein, z. B. https://scim.example.com.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key.</source>
        <translation>TLS braucht sowohl ein Zertifikat als auch seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1: a file path</extracomment>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The log retention cannot be negative.</source>
        <translation>Die Aufbewahrungsdauer des Protokolls kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>MappingCommands</name>
    <message>
        <source>Map %1 → %2</source>
        <extracomment>Undo text: a pair added to the attribute map (SCIM attribute → profile attribute)</extracomment>
        <translation>Zuordnen %1 → %2</translation>
    </message>
    <message>
        <source>Remove %1 → %2</source>
        <extracomment>Undo text: a pair removed from the attribute map</extracomment>
        <translation>Entfernen %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n pair(s)</source>
        <translation>
            <numerusform>%n Zuordnung entfernen</numerusform>
            <numerusform>%n Zuordnungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 → %2 with %3</source>
        <extracomment>Undo text: %1 → %2 is the pair replaced, %3 the new SCIM attribute for the same profile attribute</extracomment>
        <translation>%1 → %2 durch %3 ersetzen</translation>
    </message>
    <message>
        <source>Set user_id_attribute to %1</source>
        <extracomment>Undo text; user_id_attribute is the API&apos;s field name, keep it</extracomment>
        <translation>user_id_attribute auf %1 setzen</translation>
    </message>
    <message>
        <source>Add SCIM entry %1</source>
        <extracomment>Undo text: a custom filtered SCIM entry added to the list of SCIM attributes</extracomment>
        <translation>SCIM-Eintrag %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add profile key %1</source>
        <extracomment>Undo text: an app_metadata / user_metadata key added to the list of profile attributes</extracomment>
        <translation>Profilschlüssel %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>MappingRules</name>
    <message>
        <source>Both the SCIM attribute and the profile attribute must be filled in.</source>
        <translation>SCIM-Attribut und Profilattribut müssen beide ausgefüllt sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an attribute of this connection&apos;s schemas or has a malformed filter: %2</source>
        <translation>„%1“ ist kein Attribut der Schemas dieser Verbindung oder hat einen fehlerhaften Filter: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a whole schema extension; map its attributes one by one.</source>
        <translation>„%1“ bezeichnet eine ganze Schemaerweiterung; ordnen Sie ihre Attribute einzeln zu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be mapped: id, meta, password and groups are never part of a profile.</source>
        <translation>„%1“ kann nicht zugeordnet werden: id, meta, password und groups gehören nie zu einem Profil.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: mapping filters may only use &apos;eq&apos; (joined by &apos;and&apos;).</source>
        <translation>„%1“: Zuordnungsfilter dürfen nur „eq“ verwenden (verknüpft mit „and“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped (entry %2); each SCIM attribute maps to one profile attribute.</source>
        <translation>„%1“ ist bereits zugeordnet (Eintrag %2); jedes SCIM-Attribut wird genau einem Profilattribut zugeordnet.</translation>
    </message>
    <message>
        <source>&apos;active&apos; can only be mapped to &apos;blocked&apos; (stored inverted).</source>
        <translation>„active“ kann nur „blocked“ zugeordnet werden (invertiert gespeichert).</translation>
    </message>
    <message>
        <source>&apos;blocked&apos; can only be fed from &apos;active&apos;.</source>
        <translation>„blocked“ kann nur aus „active“ gespeist werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by the engine and cannot be a mapping target.</source>
        <translation>„%1“ wird von der Engine gesetzt und kann kein Zuordnungsziel sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a profile root attribute nor app_metadata.&lt;key&gt; / user_metadata.&lt;key&gt;.</source>
        <translation>„%1“ ist weder ein Profil-Stammattribut noch app_metadata.&lt;key&gt; / user_metadata.&lt;key&gt;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the target of entry %2; each profile attribute has one source.</source>
        <translation>„%1“ ist bereits das Ziel von Eintrag %2; jedes Profilattribut hat genau eine Quelle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; overlaps &apos;%2&apos; (entry %3): one would overwrite the other.</source>
        <translation>„%1“ überschneidet sich mit „%2“ (Eintrag %3): Das eine würde das andere überschreiben.</translation>
    </message>
    <message>
        <source>&apos;userName&apos; must stay mapped.</source>
        <translation>„userName“ muss zugeordnet bleiben.</translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; is not an attribute of this connection&apos;s schemas.</source>
        <translation>user_id_attribute „%1“ ist kein Attribut der Schemas dieser Verbindung.</translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; must be a single-valued attribute.</source>
        <translation>user_id_attribute „%1“ muss ein einwertiges Attribut sein.</translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; must itself be mapped.</source>
        <translation>user_id_attribute „%1“ muss selbst zugeordnet sein.</translation>
    </message>
    <message>
        <source>the engine sent no User schema</source>
        <translation>die Engine hat kein User-Schema gesendet</translation>
    </message>
    <message>
        <source>the first schema (%1) is not a User schema</source>
        <translation>das erste Schema (%1) ist kein User-Schema</translation>
    </message>
    <message>
        <source>Type a SCIM attribute path.</source>
        <translation>Geben Sie einen SCIM-Attributpfad ein.</translation>
    </message>
    <message>
        <source>(assigned by the engine)</source>
        <translation>(von der Engine vergeben)</translation>
    </message>
</context>
<context>
    <name>SchemaCommands</name>
    <message>
        <source>Add attribute %1</source>
        <translation>Attribut %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Attribut %1 entfernen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>%1: a characteristic such as caseExact, %2: the attribute&apos;s name</extracomment>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Import the schema file</source>
        <translation>Schemadatei importieren</translation>
    </message>
    <message>
        <source>Rename the schema</source>
        <translation>Schema umbenennen</translation>
    </message>
    <message>
        <source>Change the schema&apos;s description</source>
        <translation>Beschreibung des Schemas ändern</translation>
    </message>
</context>
<context>
    <name>SinkTypes</name>
    <message>
        <source>Webhook (request log events)</source>
        <translation>Webhook (Ereignisse des Anfrageprotokolls)</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>https://siem.example.com/ingest</source>
        <translation>https://siem.example.com/ingest</translation>
    </message>
    <message>
        <source>&amp;Authorization header:</source>
        <translation>&amp;Authorization-Header:</translation>
    </message>
    <message>
        <source>Sent as it is, e.g. Bearer …</source>
        <translation>Wird unverändert gesendet, z. B. Bearer …</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>JSONLINES: one event per line; JSONARRAY: one array per batch; JSONOBJECT: one event per request</source>
        <translation>JSONLINES: ein Ereignis pro Zeile; JSONARRAY: ein Array pro Stapel; JSONOBJECT: ein Ereignis pro Anfrage</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>&amp;Content-Type:</translation>
    </message>
    <message>
        <source>application/json</source>
        <translation>application/json</translation>
    </message>
    <message>
        <source>Security events (RFC 9967 SETs)</source>
        <translation>Sicherheitsereignisse (RFC-9967-SETs)</translation>
    </message>
    <message>
        <source>&amp;Receiver URL:</source>
        <translation>Empfänge&amp;r-URL:</translation>
    </message>
    <message>
        <source>https://app.example.com/events</source>
        <translation>https://app.example.com/events</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>A&amp;udience:</translation>
    </message>
    <message>
        <source>The aud claim the receiver expects, e.g. https://app.example.com</source>
        <translation>Der aud-Claim, den der Empfänger erwartet, z. B. https://app.example.com</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>ES256: the engine&apos;s key, published as a JWKS; HS256: a secret shared with the receiver</source>
        <translation>ES256: der Schlüssel der Engine, als JWKS veröffentlicht; HS256: ein mit dem Empfänger geteiltes Geheimnis</translation>
    </message>
    <message>
        <source>Shared s&amp;ecret:</source>
        <translation>Gemeinsames Geheimn&amp;is:</translation>
    </message>
    <message>
        <source>At least 32 characters, shared with the receiver</source>
        <translation>Mindestens 32 Zeichen, mit dem Empfänger geteilt</translation>
    </message>
    <message>
        <source>E&amp;vents carry:</source>
        <translation>Ereignisse ent&amp;halten:</translation>
    </message>
    <message>
        <source>notice: the names of the changed attributes; full: the resource&apos;s data</source>
        <translation>notice: die Namen der geänderten Attribute; full: die Daten der Ressource</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>Okta Workforce</source>
        <translation>Okta Workforce</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Any SAML 2.0 identity provider (OneLogin, JumpCloud, Google, PingFederate…). Users are matched on userName.</source>
        <translation>Jeder SAML-2.0-Identitätsanbieter (OneLogin, JumpCloud, Google, PingFederate…). Benutzer werden über userName abgeglichen.</translation>
    </message>
    <message>
        <source>Any OpenID Connect identity provider. Users are matched on externalId.</source>
        <translation>Jeder OpenID-Connect-Identitätsanbieter. Benutzer werden über externalId abgeglichen.</translation>
    </message>
    <message>
        <source>Okta Workforce Identity with its SCIM 2.0 provisioning app. Users are matched on externalId.</source>
        <translation>Okta Workforce Identity mit seiner SCIM-2.0-Bereitstellungs-App. Benutzer werden über externalId abgeglichen.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) enterprise application provisioning. Users are matched on externalId.</source>
        <translation>Bereitstellung über eine Unternehmensanwendung in Microsoft Entra ID (Azure AD). Benutzer werden über externalId abgeglichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entra ID:&lt;/b&gt; paste the endpoint URL as the &lt;i&gt;Tenant URL&lt;/i&gt; and &lt;b&gt;append &lt;code&gt;?aadOptscim062020&lt;/code&gt;&lt;/b&gt; so that Entra sends RFC-conformant PATCH requests; paste the token as the &lt;i&gt;Secret Token&lt;/i&gt;.</source>
        <extracomment>The names in &lt;i&gt;…&lt;/i&gt; are Entra&apos;s own field names; use those of the Entra admin center in your language</extracomment>
        <translation>&lt;b&gt;Entra ID:&lt;/b&gt; Fügen Sie die Endpunkt-URL als &lt;i&gt;Mandanten-URL&lt;/i&gt; ein und &lt;b&gt;hängen Sie &lt;code&gt;?aadOptscim062020&lt;/code&gt; an&lt;/b&gt;, damit Entra RFC-konforme PATCH-Anfragen sendet; fügen Sie das Token als &lt;i&gt;Geheimes Token&lt;/i&gt; ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your IdP:&lt;/b&gt; use the endpoint URL as the SCIM base URL and send the token as &lt;code&gt;Authorization: Bearer …&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Ihr IdP:&lt;/b&gt; Verwenden Sie die Endpunkt-URL als SCIM-Basis-URL und senden Sie das Token als &lt;code&gt;Authorization: Bearer …&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Okta:&lt;/b&gt; in the app&apos;s Provisioning tab, paste the endpoint URL as the &lt;i&gt;SCIM connector base URL&lt;/i&gt; &lt;b&gt;without a trailing slash&lt;/b&gt;, set &lt;i&gt;Unique identifier field for users&lt;/i&gt; to &lt;code&gt;userName&lt;/code&gt; (Okta requires it there) and authentication to &lt;i&gt;HTTP Header&lt;/i&gt; with the token. Okta sends its own user id as &lt;code&gt;externalId&lt;/code&gt;, which this connection matches users on.</source>
        <extracomment>The names in &lt;i&gt;…&lt;/i&gt; are Okta&apos;s own field names; use those of Okta&apos;s interface in your language</extracomment>
        <translation>&lt;b&gt;Okta:&lt;/b&gt; Fügen Sie im Reiter &lt;i&gt;Provisioning&lt;/i&gt; der App die Endpunkt-URL als &lt;i&gt;SCIM connector base URL&lt;/i&gt; ein, &lt;b&gt;ohne abschließenden Schrägstrich&lt;/b&gt;, setzen Sie &lt;i&gt;Unique identifier field for users&lt;/i&gt; auf &lt;code&gt;userName&lt;/code&gt; (Okta verlangt es dort) und die Authentifizierung auf &lt;i&gt;HTTP Header&lt;/i&gt; mit dem Token. Okta sendet seine eigene Benutzer-ID als &lt;code&gt;externalId&lt;/code&gt;; daran erkennt diese Verbindung die Benutzer.</translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Expires: the token never expires</extracomment>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the expiry date and time, %2 the time left (&quot;in 3 days&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A token lifetime must be at least %1 seconds (15 minutes); %2 s is too short.</source>
        <translation>Die Gültigkeitsdauer eines Tokens muss mindestens %1 Sekunden (15 Minuten) betragen; %2 s ist zu kurz.</translation>
    </message>
    <message>
        <source>A token lifetime must be at most 100 years.</source>
        <translation>Die Gültigkeitsdauer eines Tokens darf höchstens 100 Jahre betragen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop admin console for the SCIM engine</source>
        <translation>Desktop-Verwaltungskonsole für die SCIM-Engine</translation>
    </message>
    <message>
        <source>Embedded engine database (default: in the data directory).</source>
        <translation>Datenbank der eingebetteten Engine (Standard: im Datenverzeichnis).</translation>
    </message>
    <message>
        <source>path</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;path&gt;</extracomment>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Do not use the OS keychain for admin tokens.</source>
        <translation>Den Schlüsselbund des Systems nicht für Admin-Tokens verwenden.</translation>
    </message>
    <message>
        <source>Interface language for this run: en, de or fr (default: the one chosen in Preferences, or the system&apos;s).</source>
        <translation>Sprache der Oberfläche für diesen Start: en, de oder fr (Standard: die in den Einstellungen gewählte oder die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;code&gt;</extracomment>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Appearance for this run: light, dark or system (default: the one chosen in Preferences).</source>
        <translation>Darstellung für diesen Start: light, dark oder system (Standard: die in den Einstellungen gewählte).</translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;mode&gt;</extracomment>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Print the start-up time and quit once the window is usable (benchmark).</source>
        <translation>Startzeit ausgeben und beenden, sobald das Fenster bedienbar ist (Benchmark).</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, de or fr.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie en, de oder fr.</translation>
    </message>
    <message>
        <source>Unknown appearance &apos;%1&apos;: use light, dark or system.</source>
        <translation>Unbekannte Darstellung „%1“: Verwenden Sie light, dark oder system.</translation>
    </message>
</context>
<context>
    <name>scim::ActivityStats</name>
    <message>
        <source>Could not load the request statistics: %1.</source>
        <translation>Die Anfragestatistik konnte nicht geladen werden: %1.</translation>
    </message>
</context>
<context>
    <name>scim::CertificateDialog</name>
    <message>
        <source>The engine&apos;s certificate has changed</source>
        <translation>Das Zertifikat der Engine hat sich geändert</translation>
    </message>
    <message>
        <source>Trust the engine&apos;s certificate?</source>
        <translation>Dem Zertifikat der Engine vertrauen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the engine at %1 presents a different certificate from the one you trusted. This is expected when its certificate was renewed, but it can also mean that someone is intercepting the connection. Trust the new certificate only if the engine&apos;s administrator confirms its fingerprint.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Die Engine unter %1 legt ein anderes Zertifikat vor als das, dem Sie vertraut haben. Das ist zu erwarten, wenn ihr Zertifikat erneuert wurde, kann aber auch bedeuten, dass jemand die Verbindung abfängt. Vertrauen Sie dem neuen Zertifikat nur, wenn der Administrator der Engine seinen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>The engine at %1 presents a certificate that this computer does not trust. Compare its fingerprint with the one the engine&apos;s administrator gives you (scim-engine prints it at start) before you trust it.</source>
        <translation>Die Engine unter %1 legt ein Zertifikat vor, dem dieser Computer nicht vertraut. Vergleichen Sie seinen Fingerabdruck mit dem, den Ihnen der Administrator der Engine nennt (scim-engine gibt ihn beim Start aus), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Fingerprint trusted before</source>
        <translation>Bisher vertrauter Fingerabdruck</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>scim::CheckPage</name>
    <message>
        <source>Create a temporary token for the run</source>
        <translation>Für den Lauf ein temporäres Token erstellen</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Prüfungen starten</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Connection to check</source>
        <translation>Zu prüfende Verbindung</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>SCIM-Basis-URL</translation>
    </message>
    <message>
        <source>https://app.example.com/scim/v2</source>
        <translation>https://app.example.com/scim/v2</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>The token the identity provider would use</source>
        <translation>Das Token, das der Identitätsanbieter verwenden würde</translation>
    </message>
    <message>
        <source>Creates a token with every scope that expires after 15 minutes, and revokes it when the run ends. A connection has at most two active tokens.</source>
        <translation>Erstellt ein Token mit allen Scopes, das nach 15 Minuten abläuft, und widerruft es am Ende des Laufs. Eine Verbindung hat höchstens zwei aktive Tokens.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>RFC 7644 core</source>
        <translation>RFC-7644-Kern</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Erledigte Prüfungen</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Requests and responses of the selected check</source>
        <translation>Anfragen und Antworten der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Bearer-Token:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Check an endpoint</source>
        <translation>Endpunkt prüfen</translation>
    </message>
    <message>
        <source>Runs the conformance checks of scim-check against a SCIM endpoint: this engine&apos;s or any other. The checks create users and groups whose names start with scimcheck- and delete them at the end.</source>
        <translation>Führt die Konformitätsprüfungen von scim-check gegen einen SCIM-Endpunkt aus: den dieser Engine oder einen beliebigen anderen. Die Prüfungen legen Benutzer und Gruppen an, deren Namen mit scimcheck- beginnen, und löschen sie am Ende wieder.</translation>
    </message>
    <message>
        <source>Another endpoint</source>
        <extracomment>The first choice of the connection list: check a SCIM server that is not one of this engine&apos;s connections</extracomment>
        <translation>Anderer Endpunkt</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <extracomment>Progress of a run: %v checks done of %m</extracomment>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>Creating a temporary token…</source>
        <translation>Temporäres Token wird erstellt…</translation>
    </message>
    <message>
        <source>Running: %1 passed, %2 failed, %3 skipped so far.</source>
        <translation>Läuft: bisher %1 bestanden, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped.</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <source>The run did not complete: %1</source>
        <translation>Der Lauf wurde nicht abgeschlossen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) could not be deleted; see the report.</source>
        <translation>
            <numerusform>%n Ressource konnte nicht gelöscht werden; siehe Bericht.</numerusform>
            <numerusform>%n Ressourcen konnten nicht gelöscht werden; siehe Bericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) selected.</source>
        <translation>
            <numerusform>%n Prüfung ausgewählt.</numerusform>
            <numerusform>%n Prüfungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary token for the check: %1. Enter a token of the connection instead.</source>
        <translation>Das temporäre Token für die Prüfung konnte nicht erstellt werden: %1. Geben Sie stattdessen ein Token der Verbindung ein.</translation>
    </message>
    <message>
        <source>%1 (decisive)</source>
        <extracomment>Marks the request that decided a check&apos;s result; %1 is the step&apos;s name</extracomment>
        <translation>%1 (entscheidend)</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Response %1 after %2 ms</source>
        <translation>Antwort %1 nach %2 ms</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>This check sent no request.</source>
        <translation>Diese Prüfung hat keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Export check report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
</context>
<context>
    <name>scim::CheckResultsModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A conformance check that has not run yet</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Milliseconds a check took</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>scim::CheckRunner</name>
    <message>
        <source>Malformed check file %1</source>
        <translation>Fehlerhafte Prüfungsdatei %1</translation>
    </message>
    <message>
        <source>The base URL %1 is not an http or https URL.</source>
        <translation>Die Basis-URL %1 ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>cleanup cancelled</source>
        <translation>Aufräumen abgebrochen</translation>
    </message>
    <message>
        <source>The cleanup was cancelled.</source>
        <translation>Das Aufräumen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation>Vor der Ausführung abgebrochen.</translation>
    </message>
    <message>
        <source>discovery: GET %1</source>
        <translation>Erkundung: GET %1</translation>
    </message>
    <message>
        <source>The server refused the token (401 on %1).</source>
        <translation>Der Server hat das Token abgelehnt (401 bei %1).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>der Body ist kein JSON</translation>
    </message>
    <message>
        <source>The token lacks the scope %1 (found by %2).</source>
        <translation>Dem Token fehlt der Scope %1 (festgestellt von %2).</translation>
    </message>
    <message>
        <source>Step %1 (%2) left out: %3</source>
        <translation>Schritt %1 (%2) ausgelassen: %3</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled while it ran.</source>
        <translation>Während der Ausführung abgebrochen.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>The token lacks the scope %1: %2 got 403.</source>
        <translation>Dem Token fehlt der Scope %1: %2 erhielt 403.</translation>
    </message>
    <message>
        <source>The token lacks the scope %1: operation %2 of %3 got 403.</source>
        <translation>Dem Token fehlt der Scope %1: Operation %2 von %3 erhielt 403.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>cleanup</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>the token lacks the scope %1</source>
        <translation>dem Token fehlt der Scope %1</translation>
    </message>
    <message>
        <source>cleanup: look for leftovers</source>
        <translation>Aufräumen: nach Resten suchen</translation>
    </message>
    <message>
        <source>cancelled while waiting for the server&apos;s rate limit</source>
        <translation>abgebrochen beim Warten auf das Ratenlimit des Servers</translation>
    </message>
</context>
<context>
    <name>scim::ConnectDialog</name>
    <message>
        <source>&amp;Remember the token in the keychain</source>
        <translation>Token im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>No keychain available: store it in a &amp;file readable only by me</source>
        <translation>Kein Schlüsselbund verfügbar: in einer nur für mich lesbaren &amp;Datei speichern</translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation>Mit Engine verbinden</translation>
    </message>
    <message>
        <source>Engine URL</source>
        <translation>Engine-URL</translation>
    </message>
    <message>
        <source>https://scim.example.com</source>
        <extracomment>An example engine address; keep it a valid URL</extracomment>
        <translation>https://scim.example.com</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Admin-Token</translation>
    </message>
    <message>
        <source>Plain text, permissions 0600. Only used when no secret service runs.</source>
        <translation>Klartext, Berechtigungen 0600. Nur verwendet, wenn kein Secret Service läuft.</translation>
    </message>
    <message>
        <source>Engine &amp;URL:</source>
        <translation>Engine-&amp;URL:</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Admin-&amp;Token:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Use &amp;embedded engine</source>
        <translation>&amp;Eingebettete Engine verwenden</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s URL, for example http://127.0.0.1:8080.</source>
        <translation>Geben Sie die URL der Engine ein, zum Beispiel http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s admin token (SCIM_ENGINE_ADMIN_TOKEN or its admin-token file).</source>
        <translation>Geben Sie das Admin-Token der Engine ein (SCIM_ENGINE_ADMIN_TOKEN oder ihre Datei admin-token).</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the token file</source>
        <translation>Token in der Token-Datei &amp;merken</translation>
    </message>
    <message>
        <source>No keychain is available. Allow the token file to remember the token.</source>
        <translation>Kein Schlüsselbund verfügbar. Erlauben Sie die Token-Datei, um das Token zu merken.</translation>
    </message>
</context>
<context>
    <name>scim::ConnectionCard</name>
    <message>
        <source>Generate replacement token…</source>
        <translation>Ersatz-Token erzeugen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Requests in the last 24 hours</source>
        <extracomment>Accessible name of a connection card&apos;s chart</extracomment>
        <translation>Anfragen der letzten 24 Stunden</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Noch keine Anfragen.</translation>
    </message>
    <message>
        <source>Open connection %1</source>
        <translation>Verbindung %1 öffnen</translation>
    </message>
    <message>
        <source>%1 · SCIM is off</source>
        <extracomment>%1: the strategy (&quot;Okta Workforce&quot;)</extracomment>
        <translation>%1 · SCIM ist aus</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Users: unknown</source>
        <translation>Benutzer: unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: unknown</source>
        <translation>Gruppen: unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 &quot;12 users&quot;, %2 &quot;3 groups&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ The SCIM token expires %1; provisioning stops then unless a replacement is in place.</source>
        <extracomment>%1: &quot;2026-12-01 14:00 (in 3 days)&quot;</extracomment>
        <translation>⚠ Das SCIM-Token läuft %1 ab; danach stoppt die Bereitstellung, sofern kein Ersatz eingerichtet ist.</translation>
    </message>
    <message>
        <source>Last 24 hours: %1 succeeded, %2 failed.</source>
        <extracomment>%1 successful requests, %2 failed requests</extracomment>
        <translation>Letzte 24 Stunden: %1 erfolgreich, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Last request %1: %2 (%3).</source>
        <extracomment>%1 time, %2 action (&quot;create-user&quot;), %3 HTTP status</extracomment>
        <translation>Letzte Anfrage %1: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>scim::ConnectionDetailsWidget</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Delete connection…</source>
        <translation>Verbindung löschen…</translation>
    </message>
    <message>
        <source>SCIM tokens</source>
        <translation>SCIM-Tokens</translation>
    </message>
    <message>
        <source>Generate token…</source>
        <translation>Token erzeugen…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>SCIM endpoint URL</source>
        <translation>URL des SCIM-Endpunkts</translation>
    </message>
    <message>
        <source>Copy SCIM endpoint URL</source>
        <translation>URL des SCIM-Endpunkts kopieren</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>SCIM endpoint:</source>
        <translation>SCIM-Endpunkt:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation>Keine Verbindung ausgewählt</translation>
    </message>
    <message>
        <source>Select a connection, or create one with Connection › New.</source>
        <translation>Wählen Sie eine Verbindung aus oder legen Sie mit Verbindung › Neu eine an.</translation>
    </message>
    <message>
        <source>Enable SCIM to get the endpoint URL</source>
        <translation>Aktivieren Sie SCIM, um die Endpunkt-URL zu erhalten</translation>
    </message>
    <message>
        <source>Disable SCIM…</source>
        <translation>SCIM deaktivieren…</translation>
    </message>
    <message>
        <source>Enable SCIM</source>
        <translation>SCIM aktivieren</translation>
    </message>
    <message>
        <source>This connection already has two active tokens, the maximum. Revoke one to generate another (two allow rotation without downtime).</source>
        <translation>Diese Verbindung hat bereits zwei aktive Tokens, das Maximum. Widerrufen Sie eines, um ein weiteres zu erzeugen (zwei erlauben den Wechsel ohne Ausfallzeit).</translation>
    </message>
    <message>
        <source>Could not enable SCIM: %1.</source>
        <translation>SCIM konnte nicht aktiviert werden: %1.</translation>
    </message>
    <message>
        <source>Disable SCIM</source>
        <translation>SCIM deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disable SCIM for “%1”?

Its %n active token(s) are revoked at once and its identity provider can no longer provision users. The attribute map is removed; provisioned users are kept.</source>
        <translation>
            <numerusform>SCIM für „%1“ deaktivieren?

Ihr %n aktives Token wird sofort widerrufen, und ihr Identitätsanbieter kann keine Benutzer mehr bereitstellen. Die Attributzuordnung wird entfernt; bereitgestellte Benutzer bleiben erhalten.</numerusform>
            <numerusform>SCIM für „%1“ deaktivieren?

Ihre %n aktiven Tokens werden sofort widerrufen, und ihr Identitätsanbieter kann keine Benutzer mehr bereitstellen. Die Attributzuordnung wird entfernt; bereitgestellte Benutzer bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disable SCIM</source>
        <translation>SCIM &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Could not disable SCIM: %1.</source>
        <translation>SCIM konnte nicht deaktiviert werden: %1.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation>Die Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its identity provider will get errors. This cannot be undone.</source>
        <translation>Ihr Identitätsanbieter erhält dann Fehler. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Could not delete the connection: %1.</source>
        <translation>Die Verbindung konnte nicht gelöscht werden: %1.</translation>
    </message>
    <message>
        <source>Could not generate the token: %1.</source>
        <translation>Das Token konnte nicht erzeugt werden: %1.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token %1?

The identity provider using it gets 401 errors from now on until it is given another token.</source>
        <translation>Das Token %1 widerrufen?

Der Identitätsanbieter, der es verwendet, erhält ab sofort 401-Fehler, bis er ein anderes Token bekommt.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Could not revoke the token: %1.</source>
        <translation>Das Token konnte nicht widerrufen werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This deletes its SCIM configuration, its attribute map and its %n active token(s).</source>
        <translation>
            <numerusform>Damit werden ihre SCIM-Konfiguration, ihre Attributzuordnung und ihr %n aktives Token gelöscht.</numerusform>
            <numerusform>Damit werden ihre SCIM-Konfiguration, ihre Attributzuordnung und ihre %n aktiven Tokens gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also deletes its %n provisioned user(s).</source>
        <translation>
            <numerusform>Auch ihr %n bereitgestellter Benutzer wird gelöscht.</numerusform>
            <numerusform>Auch ihre %n bereitgestellten Benutzer werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>It also deletes all its provisioned users.</source>
        <translation>Auch alle ihre bereitgestellten Benutzer werden gelöscht.</translation>
    </message>
    <message>
        <source>Generate replacement token…</source>
        <translation>Ersatz-Token erzeugen…</translation>
    </message>
    <message>
        <source>⚠ Token %1 expires %2. Provisioning stops then unless its identity provider has a replacement token.</source>
        <extracomment>%1: the token id, %2: &quot;2026-12-01 14:00 (in 3 days)&quot;</extracomment>
        <translation>⚠ Token %1 läuft %2 ab. Danach stoppt die Bereitstellung, sofern der Identitätsanbieter kein Ersatz-Token hat.</translation>
    </message>
    <message>
        <source>&amp;Generate token…</source>
        <translation>Token &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Copy token &amp;id</source>
        <translation>Token-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Revoke token…</source>
        <translation>Token &amp;widerrufen…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n active token(s) of this connection were issued for %1, not for the endpoint above. Give the identity provider the new URL, or generate a new token for it.</source>
        <extracomment>%n: how many tokens, %1: the URL they were issued for</extracomment>
        <translation>
            <numerusform>⚠ %n aktives Token dieser Verbindung wurde für %1 ausgegeben, nicht für den Endpunkt oben. Geben Sie dem Identitätsanbieter die neue URL oder erzeugen Sie ein neues Token für ihn.</numerusform>
            <numerusform>⚠ %n aktive Tokens dieser Verbindung wurden für %1 ausgegeben, nicht für den Endpunkt oben. Geben Sie dem Identitätsanbieter die neue URL oder erzeugen Sie ein neues Token für ihn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::ConnectionSettingsPage</name>
    <message>
        <source>Send test &amp;logout</source>
        <translation>Test-&amp;Logout senden</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The connection&apos;s identifier: letters and digits, optionally separated by hyphens.</source>
        <translation>Die Kennung der Verbindung: Buchstaben und Ziffern, optional durch Bindestriche getrennt.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Shown instead of the name</source>
        <translation>Wird anstelle des Namens angezeigt</translation>
    </message>
    <message>
        <source>Back-channel logout URL</source>
        <translation>Back-Channel-Logout-URL</translation>
    </message>
    <message>
        <source>https://app.example.com/backchannel-logout</source>
        <translation>https://app.example.com/backchannel-logout</translation>
    </message>
    <message>
        <source>Logout token audience</source>
        <translation>Audience des Logout-Tokens</translation>
    </message>
    <message>
        <source>Default: the connection id</source>
        <translation>Standard: die Verbindungs-ID</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signatur-Geheimnis</translation>
    </message>
    <message>
        <source>The HS256 key that signs the logout token, at least 32 bytes. It is never shown again after it is saved.</source>
        <translation>Der HS256-Schlüssel, der das Logout-Token signiert, mindestens 32 Bytes. Nach dem Speichern wird er nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Sends one signed logout token for a test user to the URL above, with the settings as they are in the form, and shows what the receiver answered.</source>
        <translation>Sendet ein signiertes Logout-Token für einen Testbenutzer an die obige URL, mit den Einstellungen, wie sie im Formular stehen, und zeigt, was der Empfänger geantwortet hat.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Default (%1 requests per second, bursts of %2)</source>
        <extracomment>%1: requests per second, %2: burst size</extracomment>
        <translation>Standard (%1 Anfragen pro Sekunde, Bursts von %2)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>How many SCIM requests this connection&apos;s identity provider may send; more get HTTP 429 with Retry-After.</source>
        <translation>Wie viele SCIM-Anfragen der Identitätsanbieter dieser Verbindung senden darf; weitere erhalten HTTP 429 mit Retry-After.</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Twice the rate</source>
        <translation>Doppelte Rate</translation>
    </message>
    <message>
        <source>How many requests may arrive at once before the rate applies.</source>
        <translation>Wie viele Anfragen auf einmal eintreffen dürfen, bevor die Rate greift.</translation>
    </message>
    <message>
        <source>Undeclared attributes</source>
        <translation>Nicht deklarierte Attribute</translation>
    </message>
    <message>
        <source>Keep them as sent</source>
        <translation>Wie gesendet behalten</translation>
    </message>
    <message>
        <source>Ignore them</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Die Anfrage ablehnen</translation>
    </message>
    <message>
        <source>What SCIM writes do with attributes under an extension schema that no schema of this connection declares.</source>
        <translation>Was SCIM-Schreibvorgänge mit Attributen unter einem Erweiterungsschema tun, das kein Schema dieser Verbindung deklariert.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzei&amp;gename:</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategie:</translation>
    </message>
    <message>
        <source>Back-channel logout</source>
        <translation>Back-Channel-Logout</translation>
    </message>
    <message>
        <source>When the identity provider deactivates a user, the engine posts an OpenID Connect back-channel logout token to this URL so that the application ends the user&apos;s sessions.</source>
        <translation>Wenn der Identitätsanbieter einen Benutzer deaktiviert, sendet die Engine ein OpenID-Connect-Back-Channel-Logout-Token an diese URL, damit die Anwendung die Sitzungen des Benutzers beendet.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Aud&amp;ience:</source>
        <translation>Aud&amp;ience:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Signatur-Gehei&amp;mnis:</translation>
    </message>
    <message>
        <source>Limits and schemas</source>
        <translation>Grenzen und Schemas</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>Re&amp;quests per second:</source>
        <translation>Anfragen pro Se&amp;kunde:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>Burs&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Policy for undeclared attributes:</source>
        <translation>Umgang mit nicht &amp;deklarierten Attributen:</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes. Discard them?</source>
        <translation>Die Einstellungen von %1 haben nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s settings: %1.</source>
        <translation>Die Einstellungen der Verbindung konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>A secret ending in %1 is stored; type a new one to replace it</source>
        <translation>Ein Geheimnis, das auf %1 endet, ist gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>At least 32 characters</source>
        <translation>Mindestens 32 Zeichen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>No connection yet: create one on the Connections page.</source>
        <translation>Noch keine Verbindung: Legen Sie eine auf der Seite Verbindungen an.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1.</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Sending a test logout…</source>
        <translation>Test-Logout wird gesendet…</translation>
    </message>
    <message>
        <source>The test logout was not sent: %1.</source>
        <translation>Das Test-Logout wurde nicht gesendet: %1.</translation>
    </message>
</context>
<context>
    <name>scim::ConnectionsModel</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The engine does not report user counts (needs GET /api/v2/users).</source>
        <translation>Die Engine meldet keine Benutzerzahlen (dazu ist GET /api/v2/users nötig).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>SCIM</source>
        <translation>SCIM</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Could not load the connections: %1.</source>
        <translation>Die Verbindungen konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Could not reload the connection: %1.</source>
        <translation>Die Verbindung konnte nicht neu geladen werden: %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the connection&apos;s name (identifier), %2 its id</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>scim::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>scim::CredentialStore</name>
    <message>
        <source>No secret service (keychain) is available.</source>
        <translation>Es ist kein Secret Service (Schlüsselbund) verfügbar.</translation>
    </message>
    <message>
        <source>No secret service (keychain) is available (%1).</source>
        <translation>Es ist kein Secret Service (Schlüsselbund) verfügbar (%1).</translation>
    </message>
    <message>
        <source>The admin token can only be kept for this session, or — if you opt in — in a file readable only by you.</source>
        <translation>Das Admin-Token kann nur für diese Sitzung aufbewahrt werden oder – wenn Sie zustimmen – in einer nur für Sie lesbaren Datei.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The token file %1 is readable by other users; it was not used. Restrict it with &apos;chmod 600 %1&apos; or delete it.</source>
        <translation>Die Token-Datei %1 ist für andere Benutzer lesbar; sie wurde nicht verwendet. Schränken Sie sie mit „chmod 600 %1“ ein oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>scim::DeclareAttributesDialog</name>
    <message>
        <source>Declare seen attributes</source>
        <translation>Gesehene Attribute deklarieren</translation>
    </message>
    <message>
        <source>Attributes under extension URNs that IdPs sent and no schema of this connection declares. Declare one to add it, with the type inferred from its values, to its schema; check it, then save the schema.</source>
        <translation>Attribute unter Erweiterungs-URNs, die IdPs gesendet haben und die kein Schema dieser Verbindung deklariert. Deklarieren Sie eines, um es mit dem aus seinen Werten abgeleiteten Typ seinem Schema hinzuzufügen; prüfen Sie es und speichern Sie dann das Schema.</translation>
    </message>
    <message>
        <source>Undeclared attributes</source>
        <translation>Nicht deklarierte Attribute</translation>
    </message>
    <message>
        <source>Looking for undeclared attributes…</source>
        <translation>Nicht deklarierte Attribute werden gesucht…</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Deklarieren</translation>
    </message>
    <message>
        <source>Add the chosen attribute to its schema in the editor</source>
        <translation>Das gewählte Attribut im Editor seinem Schema hinzufügen</translation>
    </message>
    <message>
        <source>Could not survey the connection&apos;s resources: %1.</source>
        <translation>Die Ressourcen der Verbindung konnten nicht untersucht werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared attribute(s) found in %1 stored users and groups.</source>
        <extracomment>%n: the number of undeclared attributes found, %1: the number of users and groups looked at</extracomment>
        <translation>
            <numerusform>%n nicht deklariertes Attribut in %1 gespeicherten Benutzern und Gruppen gefunden.</numerusform>
            <numerusform>%n nicht deklarierte Attribute in %1 gespeicherten Benutzern und Gruppen gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::DropHint</name>
    <message>
        <source>Drop feedback</source>
        <translation>Hinweis zum Ablegen</translation>
    </message>
</context>
<context>
    <name>scim::EngineSession</name>
    <message>
        <source>not connected</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <source>connected</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>unreachable, reconnecting…</source>
        <translation>nicht erreichbar, neue Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No admin token is stored for %1.</source>
        <translation>Für %1 ist kein Admin-Token gespeichert.</translation>
    </message>
    <message>
        <source>The embedded engine uses a token valid for this session.</source>
        <translation>Die eingebettete Engine verwendet ein Token, das nur für diese Sitzung gilt.</translation>
    </message>
    <message>
        <source>The embedded engine could not start: %1</source>
        <translation>Die eingebettete Engine konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <extracomment>%1 the engine URL, %2 the reason</extracomment>
        <translation>Verbindung mit %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Could not use the engine: %1.</source>
        <translation>Die Engine kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>The certificate of the engine at %1 is not trusted.</source>
        <translation>Dem Zertifikat der Engine unter %1 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Not connected to %1: its certificate was not trusted.</source>
        <translation>Nicht mit %1 verbunden: Seinem Zertifikat wurde nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>scim::EngineSettingsDialog</name>
    <message>
        <source>Embedded engine settings</source>
        <translation>Einstellungen der eingebetteten Engine</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Listen-Adresse</translation>
    </message>
    <message>
        <source>127.0.0.1: only this computer. 0.0.0.0: every network interface, so that identity providers can reach the engine; the Management API then stays on 127.0.0.1.</source>
        <translation>127.0.0.1: nur dieser Computer. 0.0.0.0: alle Netzwerkschnittstellen, damit Identitätsanbieter die Engine erreichen; die Management API bleibt dann auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Choose a free port once</source>
        <translation>Einmal einen freien Port wählen</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>e.g. https://scim.example.com, behind a reverse proxy or tunnel</source>
        <translation>z. B. https://scim.example.com, hinter einem Reverse Proxy oder Tunnel</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>PEM file; empty: plain HTTP</source>
        <translation>PEM-Datei; leer: einfaches HTTP</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation>PEM-Datei</translation>
    </message>
    <message>
        <source>Request log retention</source>
        <translation>Aufbewahrung des Anfrageprotokolls</translation>
    </message>
    <message>
        <source>Keep events</source>
        <translation>Ereignisse behalten</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>The suffix of the log retention in days, with a leading space</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Apply and restart</source>
        <translation>&amp;Übernehmen und neu starten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation>&amp;Listen-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Public U&amp;RL:</source>
        <translation>Öffentliche U&amp;RL:</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Keep request log &amp;events for:</source>
        <translation>Ereignisse des Anfrageprotokolls &amp;behalten für:</translation>
    </message>
    <message>
        <source>The engine runs with the new settings.</source>
        <translation>Die Engine läuft mit den neuen Einstellungen.</translation>
    </message>
    <message>
        <source>SCIM endpoints are under %1.</source>
        <translation>SCIM-Endpunkte liegen unter %1.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restarting the embedded engine…</source>
        <translation>Die eingebettete Engine wird neu gestartet…</translation>
    </message>
    <message>
        <source>The endpoint changed from %1 to %2. Identity providers configured with the old URL cannot reach this engine until you give them the new one; the Connections page names the tokens issued for the old URL.</source>
        <extracomment>%1: the endpoint before the restart, %2: the current one</extracomment>
        <translation>Der Endpunkt hat sich von %1 zu %2 geändert. Identitätsanbieter, die mit der alten URL eingerichtet sind, erreichen diese Engine erst, wenn Sie ihnen die neue geben; die Seite Verbindungen nennt die Tokens, die für die alte URL ausgegeben wurden.</translation>
    </message>
</context>
<context>
    <name>scim::EngineStatusWidget</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Embedded engine</source>
        <translation>Eingebettete Engine</translation>
    </message>
    <message>
        <source>Remote engine</source>
        <translation>Entfernte Engine</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <extracomment>%1 is the engine&apos;s PostgreSQL database as the engine names it, e.g. &quot;PostgreSQL scim@db1:5432/scim&quot;.</extracomment>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Database: SQLite %1</source>
        <extracomment>%1 is the path of the engine&apos;s SQLite database file.</extracomment>
        <translation>Datenbank: SQLite %1</translation>
    </message>
    <message>
        <source>Instance: %1 (leader)</source>
        <extracomment>%1 is the name of the engine instance; the leader is the one of several instances that does the work that must happen once (log streams, retention).</extracomment>
        <translation>Instanz: %1 (führend)</translation>
    </message>
    <message>
        <source>Instance: %1 (follower)</source>
        <extracomment>%1 is the name of the engine instance; a follower serves requests while another instance leads.</extracomment>
        <translation>Instanz: %1 (nachgeordnet)</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <extracomment>%1 is the name of the engine instance (--instance-name, by default host:port).</extracomment>
        <translation>Instanz: %1</translation>
    </message>
</context>
<context>
    <name>scim::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>scim::GenerateTokenDialog</name>
    <message>
        <source>get:users: read and list users</source>
        <translation>get:users: Benutzer lesen und auflisten</translation>
    </message>
    <message>
        <source>post:users: create users</source>
        <translation>post:users: Benutzer anlegen</translation>
    </message>
    <message>
        <source>put:users: replace users</source>
        <translation>put:users: Benutzer ersetzen</translation>
    </message>
    <message>
        <source>patch:users: update and deactivate users</source>
        <translation>patch:users: Benutzer ändern und deaktivieren</translation>
    </message>
    <message>
        <source>delete:users: delete users</source>
        <translation>delete:users: Benutzer löschen</translation>
    </message>
    <message>
        <source>get:groups: read and list groups</source>
        <translation>get:groups: Gruppen lesen und auflisten</translation>
    </message>
    <message>
        <source>post:groups: create groups</source>
        <translation>post:groups: Gruppen anlegen</translation>
    </message>
    <message>
        <source>put:groups: replace groups</source>
        <translation>put:groups: Gruppen ersetzen</translation>
    </message>
    <message>
        <source>patch:groups: update groups and their members</source>
        <translation>patch:groups: Gruppen und ihre Mitglieder ändern</translation>
    </message>
    <message>
        <source>delete:groups: delete groups</source>
        <translation>delete:groups: Gruppen löschen</translation>
    </message>
    <message>
        <source>Generate SCIM token</source>
        <translation>SCIM-Token erzeugen</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <source>&amp;Okta</source>
        <extracomment>Preset button: the scopes Okta needs (product name)</extracomment>
        <translation>&amp;Okta</translation>
    </message>
    <message>
        <source>E&amp;ntra ID</source>
        <extracomment>Preset button: the scopes Microsoft Entra ID needs (product name)</extracomment>
        <translation>E&amp;ntra ID</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <extracomment>Preset button: every scope</extracomment>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>Select at least one scope.</source>
        <translation>Wählen Sie mindestens einen Scope aus.</translation>
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation>Benutzerdefinierte Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation>Einheit der benutzerdefinierten Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>scim::GroupMembersModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group member: %1 user name, %2 user id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not load the group&apos;s members: %1.</source>
        <translation>Die Mitglieder der Gruppe konnten nicht geladen werden: %1.</translation>
    </message>
</context>
<context>
    <name>scim::GroupsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Could not load the groups: %1.</source>
        <translation>Die Gruppen konnten nicht geladen werden: %1.</translation>
    </message>
</context>
<context>
    <name>scim::GroupsPage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Search by name or external id…</source>
        <translation>Nach Name oder externer ID suchen…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the user.</source>
        <translation>Doppelklicken oder Eingabe drücken, um den Benutzer zu öffnen.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message numerus="yes">
        <source>Members of %1 (%n)</source>
        <extracomment>%1 group name, %n members</extracomment>
        <translation>
            <numerusform>Mitglieder von %1 (%n)</numerusform>
            <numerusform>Mitglieder von %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a connection to see the groups its identity provider pushed.</source>
        <translation>Wählen Sie eine Verbindung, um die Gruppen zu sehen, die ihr Identitätsanbieter übertragen hat.</translation>
    </message>
    <message>
        <source>No groups. Groups appear when the identity provider pushes them (Okta: Push Groups; Entra ID: assign groups to the application).</source>
        <translation>Keine Gruppen. Gruppen erscheinen, sobald der Identitätsanbieter sie überträgt (Okta: Push Groups; Entra ID: Gruppen der Anwendung zuweisen).</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n Gruppe.</numerusform>
            <numerusform>%n Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy group &amp;id</source>
        <translation>Gruppen-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;external id</source>
        <translation>&amp;Externe ID kopieren</translation>
    </message>
</context>
<context>
    <name>scim::LogDetailWidget</name>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Log event JSON</source>
        <translation>Protokolleintrag als JSON</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Copy a curl command that replays the request; it reads the bearer token from the SCIM_TOKEN environment variable.</source>
        <translation>Einen curl-Befehl kopieren, der die Anfrage wiederholt; er liest das Bearer-Token aus der Umgebungsvariablen SCIM_TOKEN.</translation>
    </message>
    <message>
        <source>Copy the whole log event as JSON.</source>
        <translation>Den ganzen Protokolleintrag als JSON kopieren.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the log event: %1.</source>
        <translation>Der Protokolleintrag konnte nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Select a log event to see the request and the response.</source>
        <translation>Wählen Sie einen Protokolleintrag aus, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>✕ Failure: %1</source>
        <extracomment>%1: the engine&apos;s description of the request (English, as recorded)</extracomment>
        <translation>✕ Fehler: %1</translation>
    </message>
    <message>
        <source>✓ Success: %1</source>
        <translation>✓ Erfolg: %1</translation>
    </message>
    <message>
        <source>%1 %2&lt;br&gt;%3 · %4 ms · %5 · log %6</source>
        <extracomment>%1 method, %2 path, %3 date and time, %4 duration in ms, %5 client IP address, %6 log event id</extracomment>
        <translation>%1 %2&lt;br&gt;%3 · %4 ms · %5 · Eintrag %6</translation>
    </message>
    <message>
        <source>Connection: &lt;a href=&quot;connection:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Verbindung: &lt;a href=&quot;connection:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>User: &lt;a href=&quot;user:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Benutzer: &lt;a href=&quot;user:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>(no headers recorded)</source>
        <translation>(keine Header aufgezeichnet)</translation>
    </message>
    <message>
        <source>Request and response of the event</source>
        <translation>Protokolleintrag: Anfrage und Antwort</translation>
    </message>
    <message>
        <source>(no body)</source>
        <extracomment>Shown instead of a request or response body when the request had none (e.g. a GET)</extracomment>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Kopiert</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation>Der curl-Befehl ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The log event&apos;s JSON is on the clipboard.</source>
        <translation>Das JSON des Protokolleintrags ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>scim::LogExporter</name>
    <message>
        <source>The log view was closed.</source>
        <translation>Die Protokollansicht wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>scim::LogModel</name>
    <message>
        <source>Success</source>
        <extracomment>Result column: the SCIM request succeeded</extracomment>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <extracomment>Result column: the SCIM request failed</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>sscim: the SCIM request succeeded</source>
        <extracomment>sscim and fscim are the log event types, keep them</extracomment>
        <translation>sscim: Die SCIM-Anfrage war erfolgreich</translation>
    </message>
    <message>
        <source>fscim: the SCIM request failed</source>
        <extracomment>sscim and fscim are the log event types, keep them</extracomment>
        <translation>fscim: Die SCIM-Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>HTTP status code column</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Could not load the logs: this engine has no logs endpoint (GET /api/v2/logs). Update the engine.</source>
        <translation>Das Protokoll konnte nicht geladen werden: Diese Engine hat keinen Protokoll-Endpunkt (GET /api/v2/logs). Aktualisieren Sie die Engine.</translation>
    </message>
    <message>
        <source>Could not load the logs: %1.</source>
        <translation>Das Protokoll konnte nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Could not load older log events: %1.</source>
        <translation>Ältere Protokolleinträge konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <extracomment>Request duration in milliseconds, in the language&apos;s number format</extracomment>
        <translation>%L1 ms</translation>
    </message>
</context>
<context>
    <name>scim::LogStreamDialog</name>
    <message>
        <source>Edit log stream</source>
        <translation>Log-Stream bearbeiten</translation>
    </message>
    <message>
        <source>New log stream</source>
        <translation>Neuer Log-Stream</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. siem</source>
        <translation>z. B. siem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Erste&amp;llen</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Stored; type a new value to replace it</source>
        <translation>Gespeichert; geben Sie einen neuen Wert ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Receivers verify ES256 signatures with the engine&apos;s public key, published at %1.</source>
        <extracomment>%1: the URL of the engine&apos;s JSON Web Key Set</extracomment>
        <translation>Empfänger prüfen ES256-Signaturen mit dem öffentlichen Schlüssel der Engine, veröffentlicht unter %1.</translation>
    </message>
    <message>
        <source>The log stream was not saved: %1.</source>
        <translation>Der Log-Stream wurde nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>scim::LogStreamsModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Security events (SET)</source>
        <translation>Sicherheitsereignisse (SET)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation>Stellt zu an</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Could not load the log streams: %1.</source>
        <translation>Die Log-Streams konnten nicht geladen werden: %1.</translation>
    </message>
</context>
<context>
    <name>scim::LogStreamsPage</name>
    <message>
        <source>New &amp;stream…</source>
        <translation>Neuer &amp;Stream…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <source>Sends one test event to the stream&apos;s receiver, whatever the stream&apos;s status, and shows what it answered. No delivery state changes.</source>
        <translation>Sendet ein Testereignis an den Empfänger des Streams, unabhängig vom Status des Streams, und zeigt, was er geantwortet hat. Der Zustellstatus ändert sich nicht.</translation>
    </message>
    <message>
        <source>Log streams</source>
        <translation>Log-Streams</translation>
    </message>
    <message>
        <source>No log streams. A webhook stream forwards every request-log event to a SIEM or another collector; a security event stream tells an application what provisioning changed (RFC 9967). Choose New stream to create one.</source>
        <translation>Keine Log-Streams. Ein Webhook-Stream leitet jedes Ereignis des Anfrageprotokolls an ein SIEM oder einen anderen Sammler weiter; ein Security-Event-Stream teilt einer Anwendung mit, was die Bereitstellung geändert hat (RFC 9967). Wählen Sie Neuer Stream, um einen anzulegen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resumes delivery from where the stream stopped, with a fresh series of retries.</source>
        <translation>Setzt die Zustellung dort fort, wo der Stream aufgehört hat, mit einer neuen Reihe von Wiederholungen.</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <extracomment>%1: the engine&apos;s reason, e.g. &quot;Suspended after 10 consecutive failed deliveries; the last one: HTTP 503&quot;</extracomment>
        <translation>Ausgesetzt: %1</translation>
    </message>
    <message>
        <source>The last delivery failed: %1</source>
        <extracomment>%1: the last delivery error, e.g. &quot;HTTP 503&quot;</extracomment>
        <translation>Die letzte Zustellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 stream “%2”, delivering to %3.</source>
        <translation>%1-Stream „%2“, stellt an %3 zu.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be delivered.</source>
        <translation>
            <numerusform>%n Änderung wartet auf Zustellung.</numerusform>
            <numerusform>%n Änderungen warten auf Zustellung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed with the engine&apos;s ES256 key, published at %1.</source>
        <extracomment>%1: the URL of the engine&apos;s JSON Web Key Set</extracomment>
        <translation>Signiert mit dem ES256-Schlüssel der Engine, veröffentlicht unter %1.</translation>
    </message>
    <message>
        <source>Could not pause the log stream: %1.</source>
        <translation>Der Log-Stream konnte nicht angehalten werden: %1.</translation>
    </message>
    <message>
        <source>Could not resume the log stream: %1.</source>
        <translation>Der Log-Stream konnte nicht fortgesetzt werden: %1.</translation>
    </message>
    <message>
        <source>Delete log stream</source>
        <translation>Log-Stream löschen</translation>
    </message>
    <message>
        <source>Delete the log stream %1? Its receiver gets no more events, and its delivery position is lost.</source>
        <translation>Den Log-Stream %1 löschen? Sein Empfänger erhält keine Ereignisse mehr, und seine Zustellposition geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Could not delete the log stream: %1.</source>
        <translation>Der Log-Stream konnte nicht gelöscht werden: %1.</translation>
    </message>
    <message>
        <source>Sending a test event…</source>
        <translation>Testereignis wird gesendet…</translation>
    </message>
    <message>
        <source>The test event was not sent: %1.</source>
        <translation>Das Testereignis wurde nicht gesendet: %1.</translation>
    </message>
</context>
<context>
    <name>scim::LogsPage</name>
    <message>
        <source>Connection filter</source>
        <translation>Filter nach Verbindung</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Filter nach Ergebnis</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>HTTP status filter</source>
        <translation>Filter nach HTTP-Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Statuscodes</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx Umleitung</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filter nach Aktion</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Letzte Minute</numerusform>
            <numerusform>Letzte %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Letzte Stunde</numerusform>
            <numerusform>Letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Neuen Einträgen folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view (End)</source>
        <translation>Den neuesten Eintrag im Blick behalten (Ende)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause the live view</source>
        <translation>Live-Ansicht anhalten</translation>
    </message>
    <message>
        <source>Freeze the view; new events are collected and shown on resume</source>
        <translation>Ansicht einfrieren; neue Einträge werden gesammelt und beim Fortsetzen angezeigt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the filtered events</source>
        <translation>Die gefilterten Einträge exportieren</translation>
    </message>
    <message>
        <source>Export as JSON Lines…</source>
        <translation>Als JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Log events</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Could not export the log: %1</source>
        <translation>Das Protokoll konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filter nach Benutzer</translation>
    </message>
    <message>
        <source>User name prefix or id</source>
        <translation>Benutzername (Anfang) oder ID</translation>
    </message>
    <message>
        <source>Search paths, users, actions, ids…</source>
        <translation>Pfade, Benutzer, Aktionen, IDs durchsuchen…</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Live (polling)</source>
        <translation>Live (Abfrage)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>loading older events…</source>
        <translation>ältere Einträge werden geladen…</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>vollständig seit Beginn</translation>
    </message>
    <message numerus="yes">
        <source>Paused · %Ln new event(s) waiting</source>
        <translation>
            <numerusform>Angehalten · %Ln neuer Eintrag wartet</numerusform>
            <numerusform>Angehalten · %Ln neue Einträge warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export log events</source>
        <translation>Protokolleinträge exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.ndjson)</source>
        <translation>JSON-Lines-Dateien (*.jsonl *.ndjson)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln event(s)…</source>
        <translation>
            <numerusform>%Ln Eintrag wird exportiert…</numerusform>
            <numerusform>%Ln Einträge werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Shows the events of users whose name starts with this text, or of the user with this id.</source>
        <translation>Zeigt die Einträge der Benutzer, deren Name mit diesem Text beginnt, oder des Benutzers mit dieser ID.</translation>
    </message>
    <message>
        <source>Shows the events whose path, user, action or ids contain all of these words.</source>
        <translation>Zeigt die Einträge, deren Pfad, Benutzer, Aktion oder IDs alle diese Wörter enthalten.</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Als &amp;cURL kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
</context>
<context>
    <name>scim::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Attribute map</source>
        <translation>Attributzuordnung</translation>
    </message>
    <message>
        <source>To keep admin tokens in a file instead, enable Engine › Store admin tokens in a file.</source>
        <translation>Um Admin-Tokens stattdessen in einer Datei aufzubewahren, aktivieren Sie Engine › Admin-Tokens in einer Datei speichern.</translation>
    </message>
    <message>
        <source>Enter the admin token for %1.</source>
        <translation>Geben Sie das Admin-Token für %1 ein.</translation>
    </message>
    <message>
        <source>The admin token was not remembered.</source>
        <translation>Das Admin-Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not store the admin token: %1</source>
        <translation>Das Admin-Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Connect to engine…</source>
        <translation>Mit Engine &amp;verbinden…</translation>
    </message>
    <message>
        <source>Use &amp;embedded engine</source>
        <translation>&amp;Eingebettete Engine verwenden</translation>
    </message>
    <message>
        <source>Store admin tokens in a &amp;file when no keychain is available</source>
        <translation>Admin-Tokens in einer &amp;Datei speichern, wenn kein Schlüsselbund verfügbar ist</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>&lt;loaded map&gt;</source>
        <extracomment>The first entry of the undo history: the attribute map as loaded, before any change</extracomment>
        <translation>&lt;geladene Attributzuordnung&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete connection…</source>
        <translation>Verbindung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Generate token…</source>
        <translation>Token &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Edit attribute &amp;map</source>
        <translation>Attribut&amp;zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Attribute map</source>
        <translation>Attribut&amp;zuordnung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SCIM Console</source>
        <translation>&amp;Über SCIM Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Could not create the connection: %1.</source>
        <translation>Die Verbindung konnte nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>Could not enable SCIM for the new connection: %1.</source>
        <translation>SCIM konnte für die neue Verbindung nicht aktiviert werden: %1.</translation>
    </message>
    <message>
        <source>About SCIM Console</source>
        <translation>Über SCIM Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCIM Console %1&lt;/h3&gt;&lt;p&gt;Accept user provisioning from enterprise identity providers over SCIM 2.0, and run it from your desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SCIM Console %1&lt;/h3&gt;&lt;p&gt;Nehmen Sie die Benutzerbereitstellung durch Identitätsanbieter von Unternehmen über SCIM 2.0 entgegen und verwalten Sie sie vom Desktop aus.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restart SCIM Console</source>
        <translation>SCIM Console neu starten</translation>
    </message>
    <message>
        <source>SCIM Console shows the new language after a restart. Restart now?</source>
        <translation>SCIM Console zeigt die neue Sprache nach einem Neustart. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Unsaved attribute map</source>
        <translation>Nicht gespeicherte Attributzuordnung</translation>
    </message>
    <message>
        <source>The attribute map has unsaved changes. Quit without saving them?</source>
        <translation>Die Attributzuordnung hat nicht gespeicherte Änderungen. Beenden, ohne sie zu speichern?</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Beenden ohne Speichern</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1: what is undone, e.g. &quot;Map userName → email&quot;</extracomment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1: what is redone, e.g. &quot;Map userName → email&quot;</extracomment>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>E&amp;ngine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Edit &amp;schemas</source>
        <translation>&amp;Schemas bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>&amp;Schemas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Log streams</source>
        <translation>Log-Streams</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Where the embedded engine listens, its public URL, TLS and log retention.</source>
        <translation>Wo die eingebettete Engine lauscht, ihre öffentliche URL, TLS und Protokollaufbewahrung.</translation>
    </message>
    <message>
        <source>Connection se&amp;ttings</source>
        <translation>Verbindungseins&amp;tellungen</translation>
    </message>
    <message>
        <source>Log st&amp;reams</source>
        <translation>Log-St&amp;reams</translation>
    </message>
    <message>
        <source>Check endpoint</source>
        <extracomment>The navigation entry of the page that runs conformance checks against a SCIM endpoint</extracomment>
        <translation>Endpunkt prüfen</translation>
    </message>
    <message>
        <source>Chec&amp;k an endpoint</source>
        <translation>E&amp;ndpunkt prüfen</translation>
    </message>
    <message>
        <source>The console is still connected to the embedded engine.</source>
        <translation>Die Konsole bleibt mit der eingebetteten Engine verbunden.</translation>
    </message>
    <message>
        <source>The console is still connected to %1.</source>
        <translation>Die Konsole bleibt mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a toolbar button: %1 what it does, %2 its keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show the &amp;toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>%1 page</source>
        <extracomment>A group in the keyboard shortcuts list: %1 is a page (e.g. &quot;Logs&quot;)</extracomment>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <extracomment>The window title: %1 is the page shown; [*] is where Qt shows the unsaved-changes mark, keep it</extracomment>
        <translation>%1[*]</translation>
    </message>
    <message numerus="yes">
        <source>%n active token(s) were issued for an earlier SCIM endpoint URL of their connection: identity providers configured with the old URL cannot reach this engine. Give them the new URL shown on the Connections page, or generate a new token.</source>
        <extracomment>%n: how many tokens</extracomment>
        <translation>
            <numerusform>%n aktives Token wurde für eine frühere SCIM-Endpunkt-URL seiner Verbindung ausgegeben: Identitätsanbieter, die mit der alten URL eingerichtet sind, erreichen diese Engine nicht. Geben Sie ihnen die neue URL von der Seite Verbindungen oder erzeugen Sie ein neues Token.</numerusform>
            <numerusform>%n aktive Tokens wurden für eine frühere SCIM-Endpunkt-URL ihrer Verbindung ausgegeben: Identitätsanbieter, die mit der alten URL eingerichtet sind, erreichen diese Engine nicht. Geben Sie ihnen die neue URL von der Seite Verbindungen oder erzeugen Sie ein neues Token.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes. Save them before closing?</source>
        <extracomment>%1: the connection&apos;s name</extracomment>
        <translation>Die Einstellungen von %1 haben nicht gespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>scim::ManagementClient</name>
    <message>
        <source>The engine at %1 could not be reached (%2)</source>
        <extracomment>%1 the engine URL, %2 the network error</extracomment>
        <translation>Die Engine unter %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>The certificate of the engine at %1 is not trusted.</source>
        <translation>Dem Zertifikat der Engine unter %1 wird nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>scim::MappingEditorPage</name>
    <message>
        <source>Add</source>
        <extracomment>Button beside the custom SCIM entry field
----------
Button beside the custom profile key field</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this filtered entry to the SCIM attributes</source>
        <translation>Diesen gefilterten Eintrag zu den SCIM-Attributen hinzufügen</translation>
    </message>
    <message>
        <source>Add this app_metadata / user_metadata key</source>
        <translation>Diesen app_metadata- / user_metadata-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Map ⏎</source>
        <translation>Zuordnen ⏎</translation>
    </message>
    <message>
        <source>Map the selected SCIM attribute to the selected profile attribute (Enter)</source>
        <translation>Das ausgewählte SCIM-Attribut dem ausgewählten Profilattribut zuordnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected pairs (Delete)</source>
        <translation>Die ausgewählten Zuordnungen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Send the map to the engine (Ctrl+S)</source>
        <translation>Die Attributzuordnung an die Engine senden (Strg+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard unsaved changes: back to the map the engine has</source>
        <translation>Nicht gespeicherte Änderungen verwerfen: zurück zur Attributzuordnung, die die Engine hat</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>The strategy&apos;s default map (undoable)</source>
        <translation>Die Standardzuordnung der Strategie (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Load a mapping file ({user_id_attribute, mapping})</source>
        <translation>Eine Zuordnungsdatei laden ({user_id_attribute, mapping})</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the map as a mapping file</source>
        <translation>Die Attributzuordnung als Zuordnungsdatei speichern</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>user_id_attribute: the attribute that identifies the user</source>
        <extracomment>Accessible name of the user_id_attribute chooser; user_id_attribute is the API&apos;s field name</extracomment>
        <translation>user_id_attribute: das Attribut, das den Benutzer identifiziert</translation>
    </message>
    <message>
        <source>The attribute whose value identifies the user towards the connection (identities[0].user_id). Single-valued, and mapped itself.</source>
        <translation>Das Attribut, dessen Wert den Benutzer gegenüber der Verbindung identifiziert (identities[0].user_id). Einwertig und selbst zugeordnet.</translation>
    </message>
    <message>
        <source>SCIM attributes</source>
        <translation>SCIM-Attribute</translation>
    </message>
    <message>
        <source>Custom filtered SCIM entry</source>
        <translation>Eigener gefilterter SCIM-Eintrag</translation>
    </message>
    <message>
        <source>Custom entry, e.g. emails[type eq &quot;school&quot;].value</source>
        <translation>Eigener Eintrag, z. B. emails[type eq &quot;school&quot;].value</translation>
    </message>
    <message>
        <source>Filter pairs</source>
        <translation>Zuordnungen filtern</translation>
    </message>
    <message>
        <source>Filter pairs…</source>
        <translation>Zuordnungen filtern…</translation>
    </message>
    <message>
        <source>Mapping pairs</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>Profile attributes</source>
        <translation>Profilattribute</translation>
    </message>
    <message>
        <source>Custom profile key</source>
        <translation>Eigener Profilschlüssel</translation>
    </message>
    <message>
        <source>app_metadata.&lt;key&gt; or user_metadata.&lt;key&gt;</source>
        <translation>app_metadata.&lt;key&gt; oder user_metadata.&lt;key&gt;</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>user_id_attribute:</source>
        <extracomment>Label of the user_id_attribute chooser; user_id_attribute is the API&apos;s field name, keep it</extracomment>
        <translation>user_id_attribute:</translation>
    </message>
    <message>
        <source>Mapping (SCIM → profile)</source>
        <translation>Zuordnungen (SCIM → Profil)</translation>
    </message>
    <message>
        <source>Replace the mapping</source>
        <translation>Zuordnung ersetzen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mapped from &apos;%2&apos;. Map it from &apos;%3&apos; instead?</source>
        <translation>„%1“ wird aus „%2“ gespeist. Stattdessen aus „%3“ zuordnen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Choose a connection to edit its attribute map.</source>
        <translation>Wählen Sie eine Verbindung, um ihre Attributzuordnung zu bearbeiten.</translation>
    </message>
    <message>
        <source>Unsaved attribute map</source>
        <translation>Nicht gespeicherte Attributzuordnung</translation>
    </message>
    <message>
        <source>The attribute map of %1 has unsaved changes. Discard them?</source>
        <translation>Die Attributzuordnung von %1 hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Loading the attribute map of %1…</source>
        <translation>Attributzuordnung von %1 wird geladen…</translation>
    </message>
    <message>
        <source>SCIM is not enabled for %1: enable it on the Connections page to edit its attribute map.</source>
        <translation>SCIM ist für %1 nicht aktiviert: Aktivieren Sie es auf der Seite Verbindungen, um die Attributzuordnung zu bearbeiten.</translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s schemas: %1.</source>
        <translation>Die Schemas der Verbindung konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Could not read the connection&apos;s schemas: %1.</source>
        <translation>Die Schemas der Verbindung konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Could not load the attribute map: %1.</source>
        <translation>Die Attributzuordnung konnte nicht geladen werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s). Drag a SCIM attribute onto a profile attribute, or select both and press Enter.</source>
        <translation>
            <numerusform>%n Zuordnung. Ziehen Sie ein SCIM-Attribut auf ein Profilattribut oder wählen Sie beide aus und drücken Sie die Eingabetaste.</numerusform>
            <numerusform>%n Zuordnungen. Ziehen Sie ein SCIM-Attribut auf ein Profilattribut oder wählen Sie beide aus und drücken Sie die Eingabetaste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute map</source>
        <translation>Attributzuordnung</translation>
    </message>
    <message>
        <source>Attribute map — %1</source>
        <translation>Attributzuordnung — %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) break a rule (marked in the table).</source>
        <translation>
            <numerusform>%n Zuordnung verstößt gegen eine Regel (in der Tabelle markiert).</numerusform>
            <numerusform>%n Zuordnungen verstoßen gegen eine Regel (in der Tabelle markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drop to remove %n pair(s) from the map</source>
        <translation>
            <numerusform>Ablegen, um die Zuordnung zu entfernen</numerusform>
            <numerusform>Ablegen, um %n Zuordnungen zu entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop onto a profile attribute to map %1 there</source>
        <translation>Auf einem Profilattribut ablegen, um %1 dorthin zuzuordnen</translation>
    </message>
    <message>
        <source>Map %1 → %2</source>
        <translation>Zuordnen %1 → %2</translation>
    </message>
    <message>
        <source>%1 is mapped from %2: drop to choose whether to replace it</source>
        <translation>%1 wird aus %2 gespeist: Ablegen, um zu entscheiden, ob ersetzt wird</translation>
    </message>
    <message>
        <source>Select a SCIM attribute on the left and a profile attribute on the right, then press Enter or Map.</source>
        <translation>Wählen Sie links ein SCIM-Attribut und rechts ein Profilattribut aus und drücken Sie dann die Eingabetaste oder Zuordnen.</translation>
    </message>
    <message>
        <source>Mapped %1 → %2.</source>
        <translation>Zugeordnet: %1 → %2.</translation>
    </message>
    <message>
        <source>Saving the attribute map of %1…</source>
        <translation>Attributzuordnung von %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: the engine refused the map.</source>
        <translation>Nicht gespeichert: Die Engine hat die Attributzuordnung abgelehnt.</translation>
    </message>
    <message>
        <source>Could not save the attribute map: %1.</source>
        <translation>Die Attributzuordnung konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Saved. The engine recomputes the profiles of %1 with the new map.</source>
        <translation>Gespeichert. Die Engine berechnet die Profile von %1 mit der neuen Attributzuordnung neu.</translation>
    </message>
    <message>
        <source>Could not read the saved attribute map: %1.</source>
        <translation>Die gespeicherte Attributzuordnung konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Zurück zum gespeicherten Stand</translation>
    </message>
    <message>
        <source>Reverted to the saved map.</source>
        <translation>Zurück beim gespeicherten Stand.</translation>
    </message>
    <message>
        <source>Could not read the default attribute map: %1.</source>
        <translation>Die Standard-Attributzuordnung konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Reset to the defaults (not saved yet; Undo brings your map back).</source>
        <translation>Auf Standard zurückgesetzt (noch nicht gespeichert; Rückgängig stellt Ihre Attributzuordnung wieder her).</translation>
    </message>
    <message>
        <source>Could not import %1: %2. Choose a mapping file as Export writes it.</source>
        <translation>%1 konnte nicht importiert werden: %2. Wählen Sie eine Zuordnungsdatei, wie Exportieren sie schreibt.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo text: import of a mapping file; %1 is its file name</extracomment>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s) from %1 (not saved yet).</source>
        <translation>
            <numerusform>%n Zuordnung aus %1 importiert (noch nicht gespeichert).</numerusform>
            <numerusform>%n Zuordnungen aus %1 importiert (noch nicht gespeichert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pair(s) to %1.</source>
        <translation>
            <numerusform>%n Zuordnung nach %1 exportiert.</numerusform>
            <numerusform>%n Zuordnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Choose another folder.</source>
        <translation>Export nach %1 nicht möglich: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Import a mapping file</source>
        <translation>Zuordnungsdatei importieren</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Zuordnungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the mapping file</source>
        <translation>Zuordnungsdatei exportieren</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Preview on real users…</source>
        <translation>Vorschau mit echten Benutzern…</translation>
    </message>
    <message>
        <source>See what the edited map would change in the profiles of this connection&apos;s users, without saving it</source>
        <translation>Ansehen, was die bearbeitete Zuordnung an den Profilen der Benutzer dieser Verbindung ändern würde, ohne sie zu speichern</translation>
    </message>
</context>
<context>
    <name>scim::MappingModel</name>
    <message>
        <source>inverted</source>
        <extracomment>Notes column: active → blocked is stored inverted</extracomment>
        <translation>invertiert</translation>
    </message>
    <message>
        <source>Stored inverted: blocked is true when active is false.</source>
        <translation>Invertiert gespeichert: blocked ist true, wenn active false ist.</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>SCIM-Attribut</translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation>Profilattribut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <extracomment>Why a mapping file was refused; %1 the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>a mapping file is an object with &apos;user_id_attribute&apos; (a string) and &apos;mapping&apos; (an array)</source>
        <translation>eine Zuordnungsdatei ist ein Objekt mit „user_id_attribute“ (eine Zeichenkette) und „mapping“ (ein Array)</translation>
    </message>
    <message>
        <source>every &apos;mapping&apos; entry needs string &apos;scim&apos; and &apos;auth0&apos; properties</source>
        <translation>jeder Eintrag in „mapping“ braucht die Zeichenketten-Eigenschaften „scim“ und „auth0“</translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation>Die Schemas der Verbindung sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped to &apos;%2&apos;.</source>
        <translation>„%1“ ist bereits „%2“ zugeordnet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped to &apos;%2&apos;: each SCIM attribute maps once. Remove that pair first.</source>
        <translation>„%1“ ist bereits „%2“ zugeordnet: Jedes SCIM-Attribut wird nur einmal zugeordnet. Entfernen Sie zuerst diese Zuordnung.</translation>
    </message>
    <message>
        <source>Replaces &apos;%1&apos; → &apos;%2&apos;.</source>
        <translation>Ersetzt „%1“ → „%2“.</translation>
    </message>
    <message>
        <source>Maps &apos;%1&apos; → &apos;%2&apos;.</source>
        <translation>Ordnet „%1“ → „%2“ zu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped from &apos;%2&apos;.</source>
        <translation>„%1“ wird bereits aus „%2“ gespeist.</translation>
    </message>
</context>
<context>
    <name>scim::MappingPreview</name>
    <message>
        <source>The payload is not JSON: %1 at offset %2.</source>
        <translation>Die Nutzdaten sind kein JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The payload must be a JSON object (a SCIM User).</source>
        <translation>Die Nutzdaten müssen ein JSON-Objekt sein (ein SCIM-User).</translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation>Die Schemas der Verbindung sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>The payload is not a valid SCIM User: %1</source>
        <extracomment>%1: the engine&apos;s own reason (English, as the engine reports it to IdPs)</extracomment>
        <translation>Die Nutzdaten sind kein gültiger SCIM-User: %1</translation>
    </message>
</context>
<context>
    <name>scim::MappingPreviewPanel</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Sample payload</source>
        <translation>Beispiel-Nutzdaten</translation>
    </message>
    <message>
        <source>Okta user (sample)</source>
        <translation>Okta-Benutzer (Beispiel)</translation>
    </message>
    <message>
        <source>Entra ID user (sample)</source>
        <translation>Entra-ID-Benutzer (Beispiel)</translation>
    </message>
    <message>
        <source>Custom payload</source>
        <translation>Eigene Nutzdaten</translation>
    </message>
    <message>
        <source>Open a SCIM payload file</source>
        <translation>Eine Datei mit SCIM-Nutzdaten öffnen</translation>
    </message>
    <message>
        <source>SCIM payload</source>
        <translation>SCIM-Nutzdaten</translation>
    </message>
    <message>
        <source>Paste a SCIM User payload (JSON)…</source>
        <translation>SCIM-User-Nutzdaten (JSON) einfügen…</translation>
    </message>
    <message>
        <source>Resulting profile</source>
        <translation>Resultierendes Profil</translation>
    </message>
    <message>
        <source>Not in the profile</source>
        <translation>Nicht im Profil</translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation>Vorschau mit:</translation>
    </message>
    <message>
        <source>Changes show before you save.</source>
        <translation>Änderungen erscheinen schon vor dem Speichern.</translation>
    </message>
    <message>
        <source>Profile it would produce</source>
        <translation>Profil, das daraus entstünde</translation>
    </message>
    <message>
        <source>Open a SCIM payload</source>
        <translation>SCIM-Nutzdaten öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>scim::NewConnectionWizard</name>
    <message>
        <source>&amp;Enable SCIM provisioning now</source>
        <translation>SCIM-Bereitstellung jetzt &amp;aktivieren</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>One connection per enterprise customer and identity provider.</source>
        <translation>Eine Verbindung je Unternehmenskunde und Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. acme-okta</source>
        <extracomment>Example connection name: letters, digits and single hyphens only</extracomment>
        <translation>z. B. acme-okta</translation>
    </message>
    <message>
        <source>Identity provider strategy</source>
        <translation>Strategie des Identitätsanbieters</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>Use 1–128 letters and digits, optionally separated by single hyphens (no spaces, no leading or trailing hyphen).</source>
        <translation>Verwenden Sie 1–128 Buchstaben und Ziffern, wahlweise durch einzelne Bindestriche getrennt (keine Leerzeichen, kein Bindestrich am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>SCIM provisioning</source>
        <translation>SCIM-Bereitstellung</translation>
    </message>
    <message>
        <source>Enabling SCIM stores the strategy&apos;s default attribute map and gives the connection its endpoint URL.</source>
        <translation>Das Aktivieren von SCIM speichert die Standard-Attributzuordnung der Strategie und gibt der Verbindung ihre Endpunkt-URL.</translation>
    </message>
    <message>
        <source>User id attribute</source>
        <translation>Attribut für die Benutzer-ID</translation>
    </message>
    <message>
        <source>The SCIM attribute that identifies a user across updates.</source>
        <translation>Das SCIM-Attribut, das einen Benutzer über Aktualisierungen hinweg identifiziert.</translation>
    </message>
    <message>
        <source>&amp;User id attribute:</source>
        <translation>Attribut für die &amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Acme Corporation (Okta)</source>
        <extracomment>Example display name: any text people read, e.g. the customer&apos;s name</extracomment>
        <translation>z.&#xa0;B. Acme Corporation (Okta)</translation>
    </message>
    <message>
        <source>What the console shows for this connection; the name above is its identifier.</source>
        <translation>Was die Konsole für diese Verbindung anzeigt; der Name darüber ist ihre Kennung.</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
</context>
<context>
    <name>scim::OverviewPage</name>
    <message>
        <source>No failed requests recently.</source>
        <translation>Zuletzt keine fehlgeschlagenen Anfragen.</translation>
    </message>
    <message>
        <source>Create a connection…</source>
        <translation>Verbindung anlegen…</translation>
    </message>
    <message>
        <source>No requests yet. On the Connections page, copy a connection&apos;s SCIM endpoint URL and generate a token, then enter both in your identity provider&apos;s provisioning settings (Okta: Provisioning › Integration; Entra ID: Provisioning › Admin credentials).</source>
        <translation>Noch keine Anfragen. Kopieren Sie auf der Seite „Verbindungen“ die SCIM-Endpunkt-URL einer Verbindung, erzeugen Sie ein Token und tragen Sie beides in den Bereitstellungseinstellungen Ihres Identitätsanbieters ein (Okta: Provisioning › Integration; Entra ID: Provisioning › Admin credentials).</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <extracomment>Axis title of the live chart: minutes before now (negative numbers)</extracomment>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Requests per minute in the last hour, all connections</source>
        <translation>Anfragen pro Minute in der letzten Stunde, alle Verbindungen</translation>
    </message>
    <message>
        <source>Recent failures</source>
        <translation>Letzte Fehlschläge</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the event in Logs.</source>
        <translation>Doppelklicken oder Eingabe drücken, um den Eintrag im Protokoll zu öffnen.</translation>
    </message>
    <message>
        <source>There is no connection yet. A connection is one identity provider (Okta, Entra ID, …) provisioning users into this engine. Create one to get its SCIM endpoint URL and a token.</source>
        <translation>Es gibt noch keine Verbindung. Eine Verbindung ist ein Identitätsanbieter (Okta, Entra ID, …), der Benutzer in diese Engine bereitstellt. Legen Sie eine an, um ihre SCIM-Endpunkt-URL und ein Token zu erhalten.</translation>
    </message>
    <message>
        <source>Requests per minute, all connections (this minute: %1)</source>
        <extracomment>The live chart&apos;s title</extracomment>
        <translation>Anfragen pro Minute, alle Verbindungen (diese Minute: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s). Last 24 hours: %1 requests succeeded, %2 failed.</source>
        <extracomment>%n connections; %1 successful and %2 failed requests over 24 hours</extracomment>
        <translation>
            <numerusform>%n Verbindung. Letzte 24 Stunden: %1 Anfragen erfolgreich, %2 fehlgeschlagen.</numerusform>
            <numerusform>%n Verbindungen. Letzte 24 Stunden: %1 Anfragen erfolgreich, %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1: the language the system default stands for on this computer, in its own name (&quot;Deutsch&quot;)</extracomment>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>System (dem Desktop folgen)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new language takes effect when SCIM Console restarts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von SCIM Console wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>scim::ProfileAttributeModel</name>
    <message>
        <source>← %1 (inverted)</source>
        <extracomment>Mapped from: active, stored inverted</extracomment>
        <translation>← %1 (invertiert)</translation>
    </message>
    <message>
        <source>blocked is fed only from active, stored inverted.</source>
        <translation>blocked wird nur aus active gespeist, invertiert gespeichert.</translation>
    </message>
    <message>
        <source>%1: not mapped</source>
        <translation>%1: nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 is mapped from %2</source>
        <translation>%1 wird aus %2 gespeist</translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation>Profilattribut</translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation>Gespeist aus</translation>
    </message>
    <message>
        <source>Use app_metadata.&lt;key&gt; or user_metadata.&lt;key&gt;; keys are letters, digits, _ and -.</source>
        <translation>Verwenden Sie app_metadata.&lt;key&gt; oder user_metadata.&lt;key&gt;; Schlüssel bestehen aus Buchstaben, Ziffern, _ und -.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed.</source>
        <translation>„%1“ ist bereits aufgeführt.</translation>
    </message>
</context>
<context>
    <name>scim::RealUsersPreview</name>
    <message>
        <source>the answer ended before the result</source>
        <translation>die Antwort endete vor dem Ergebnis</translation>
    </message>
    <message>
        <source>The preview on real users failed: %1.</source>
        <translation>Die Vorschau mit echten Benutzern ist fehlgeschlagen: %1.</translation>
    </message>
</context>
<context>
    <name>scim::RealUsersPreviewDialog</name>
    <message>
        <source>&amp;Run preview</source>
        <translation>Vorschau &amp;starten</translation>
    </message>
    <message>
        <source>Preview on real users: %1</source>
        <translation>Vorschau mit echten Benutzern: %1</translation>
    </message>
    <message>
        <source>Computes what the edited map would do to the profiles of the users of %1. Nothing is saved.</source>
        <translation>Berechnet, was die bearbeitete Zuordnung an den Profilen der Benutzer von %1 ändern würde. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>All users</source>
        <extracomment>Shown in the sample-size box when its value is 0</extracomment>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Users to examine</source>
        <translation>Zu prüfende Benutzer</translation>
    </message>
    <message>
        <source>For a large connection, examine a random sample of this many users.</source>
        <translation>Bei einer großen Verbindung eine Zufallsstichprobe mit so vielen Benutzern prüfen.</translation>
    </message>
    <message>
        <source>Run preview</source>
        <translation>Vorschau starten</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Fortschritt der Vorschau</translation>
    </message>
    <message>
        <source>Attributes that would change</source>
        <translation>Attribute, die sich ändern würden</translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation>Profilattribut</translation>
    </message>
    <message>
        <source>Would appear</source>
        <translation>Käme hinzu</translation>
    </message>
    <message>
        <source>Would disappear</source>
        <translation>Fiele weg</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Würde sich ändern</translation>
    </message>
    <message>
        <source>Examples of changed profiles</source>
        <translation>Beispiele geänderter Profile</translation>
    </message>
    <message>
        <source>&amp;Users to examine:</source>
        <translation>Zu prüfende Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>&amp;Examples (profile before and after):</source>
        <translation>&amp;Beispiele (Profil vorher und nachher):</translation>
    </message>
    <message>
        <source>Examined %1 of %2 users…</source>
        <translation>%1 von %2 Benutzern geprüft…</translation>
    </message>
    <message>
        <source>Computing the profiles…</source>
        <translation>Die Profile werden berechnet…</translation>
    </message>
    <message>
        <source>The connection has no users yet: nothing to compare.</source>
        <translation>Die Verbindung hat noch keine Benutzer: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) would change, of %1 examined.</source>
        <translation>
            <numerusform>%n Profil würde sich ändern, von %1 geprüften.</numerusform>
            <numerusform>%n Profile würden sich ändern, von %1 geprüften.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a random sample of the connection&apos;s %1 users.</source>
        <translation>Dies ist eine Zufallsstichprobe aus den %1 Benutzern der Verbindung.</translation>
    </message>
</context>
<context>
    <name>scim::RecentFailuresModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>One recent failure: %1 time, %2 connection name, %3 what failed (&quot;Create user failed (409): …&quot;)</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Could not load the recent failures: %1.</source>
        <translation>Die letzten Fehlschläge konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Press Enter to open this event in Logs: %1</source>
        <extracomment>Tooltip of a recent failure; %1: what failed, as the engine describes it</extracomment>
        <translation>Eingabe öffnet diesen Eintrag im Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>scim::SchemaAttributesModel</name>
    <message>
        <source>An attribute name starts with a letter and contains only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Ein Attributname beginnt mit einem Buchstaben und enthält nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <source>This schema already has an attribute named %1.</source>
        <translation>Dieses Schema hat bereits ein Attribut namens %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Multi-valued</source>
        <translation>Mehrwertig</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Case exact</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Mutability</source>
        <translation>Änderbarkeit</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>Eindeutigkeit</translation>
    </message>
    <message>
        <source>Only a complex attribute has sub-attributes: set the type of %1 to complex first.</source>
        <translation>Nur ein komplexes Attribut hat Unterattribute: Setzen Sie zuerst den Typ von %1 auf complex.</translation>
    </message>
    <message>
        <source>The attribute %1 already has a sub-attribute named %2.</source>
        <translation>Das Attribut %1 hat bereits ein Unterattribut namens %2.</translation>
    </message>
    <message>
        <source>Canonical values</source>
        <translation>Kanonische Werte</translation>
    </message>
    <message>
        <source>Reference types</source>
        <translation>Referenztypen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>scim::SchemaEditorPage</name>
    <message>
        <source>New schema</source>
        <translation>Neues Schema</translation>
    </message>
    <message>
        <source>Declare a schema with this URN for the chosen resource type</source>
        <translation>Ein Schema mit dieser URN für den gewählten Ressourcentyp deklarieren</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Add a string attribute with this name</source>
        <translation>Ein Zeichenketten-Attribut mit diesem Namen hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Remove the selected attribute</source>
        <translation>Das ausgewählte Attribut entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to this schema</source>
        <translation>Die letzte Änderung an diesem Schema rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Send the schema to the engine</source>
        <translation>Das Schema an die Engine senden</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard unsaved changes: back to the schema the engine has</source>
        <translation>Ungespeicherte Änderungen verwerfen: zurück zum Schema der Engine</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>URN of the new schema</source>
        <translation>URN des neuen Schemas</translation>
    </message>
    <message>
        <source>e.g. urn:example:params:scim:schemas:extension:acme:2.0:User</source>
        <extracomment>Placeholder of the new schema&apos;s URN field; keep the URN as it is</extracomment>
        <translation>z. B. urn:example:params:scim:schemas:extension:acme:2.0:User</translation>
    </message>
    <message>
        <source>Resource type of the new schema</source>
        <translation>Ressourcentyp des neuen Schemas</translation>
    </message>
    <message>
        <source>Attributes of the schema</source>
        <translation>Attribute des Schemas</translation>
    </message>
    <message>
        <source>Name of the new attribute</source>
        <translation>Name des neuen Attributs</translation>
    </message>
    <message>
        <source>Schemas of the connection</source>
        <translation>Schemas der Verbindung</translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s schemas: %1.</source>
        <translation>Die Schemas der Verbindung konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <extracomment>A schema in the list: %1 its resource type (User or Group), %2 its name, %3 its URN</extracomment>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>A schema&apos;s id is a URN, such as urn:example:params:scim:schemas:extension:acme:2.0:User.</source>
        <translation>Die ID eines Schemas ist eine URN, etwa urn:example:params:scim:schemas:extension:acme:2.0:User.</translation>
    </message>
    <message>
        <source>The connection already has the schema %1.</source>
        <translation>Die Verbindung hat das Schema %1 bereits.</translation>
    </message>
    <message>
        <source>Add attributes, then save the schema.</source>
        <translation>Fügen Sie Attribute hinzu und speichern Sie dann das Schema.</translation>
    </message>
    <message>
        <source>The engine refused the schema: %1.</source>
        <translation>Die Engine hat das Schema abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Saved the schema %1.</source>
        <translation>Schema %1 gespeichert.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>A SCIM resource type in the new schema&apos;s resource type chooser</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>A SCIM resource type in the new schema&apos;s resource type chooser</extracomment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Declare seen attributes…</source>
        <translation>Gesehene Attribute deklarieren…</translation>
    </message>
    <message>
        <source>Declare attributes that IdPs sent and no schema declares</source>
        <translation>Attribute deklarieren, die IdPs gesendet haben und die kein Schema deklariert</translation>
    </message>
    <message>
        <source>Add sub-attribute</source>
        <translation>Unterattribut hinzufügen</translation>
    </message>
    <message>
        <source>Add a string sub-attribute with this name to the selected complex attribute</source>
        <translation>Dem ausgewählten komplexen Attribut ein Zeichenketten-Unterattribut mit diesem Namen hinzufügen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Load an RFC 7643 schema file</source>
        <translation>Eine Schemadatei nach RFC 7643 laden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the schema as edited to an RFC 7643 schema file</source>
        <translation>Das Schema wie bearbeitet in einer Schemadatei nach RFC 7643 speichern</translation>
    </message>
    <message>
        <source>Undeclared extension attributes</source>
        <translation>Nicht deklarierte Erweiterungsattribute</translation>
    </message>
    <message>
        <source>What SCIM writes do with attributes under extension URNs that no schema of this connection declares</source>
        <translation>Was SCIM-Schreibvorgänge mit Attributen unter Erweiterungs-URNs tun, die kein Schema dieser Verbindung deklariert</translation>
    </message>
    <message>
        <source>Keep as sent</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation>Wie gesendet behalten</translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Sample resource with this schema</source>
        <translation>Beispielressource mit diesem Schema</translation>
    </message>
    <message>
        <source>A sample resource with this schema, as an IdP reads it:</source>
        <translation>Eine Beispielressource mit diesem Schema, wie ein IdP sie liest:</translation>
    </message>
    <message>
        <source>Undeclared extension attributes:</source>
        <translation>Nicht deklarierte Erweiterungsattribute:</translation>
    </message>
    <message>
        <source>Select the complex attribute that gets the sub-attribute.</source>
        <translation>Wählen Sie das komplexe Attribut aus, das das Unterattribut erhält.</translation>
    </message>
    <message>
        <source>Import a schema file</source>
        <translation>Schemadatei importieren</translation>
    </message>
    <message>
        <source>Schema files (*.json);;All files (*)</source>
        <translation>Schemadateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the schema file</source>
        <translation>Schemadatei exportieren</translation>
    </message>
    <message>
        <source>Schema files (*.json)</source>
        <translation>Schemadateien (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Exported the schema to %1.</source>
        <translation>Das Schema wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON schema file: %2.</source>
        <translation>%1 ist keine JSON-Schemadatei: %2.</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The schema in %1 has no id: a schema&apos;s id is its URN.</source>
        <translation>Das Schema in %1 hat keine id: Die id eines Schemas ist seine URN.</translation>
    </message>
    <message>
        <source>%1 is a standard schema: it cannot be declared.</source>
        <translation>%1 ist ein Standardschema: Es kann nicht deklariert werden.</translation>
    </message>
    <message>
        <source>Imported the schema %1: the engine accepts it. Save it to apply it.</source>
        <translation>Das Schema %1 wurde importiert: Die Engine akzeptiert es. Speichern Sie es, um es anzuwenden.</translation>
    </message>
    <message>
        <source>Imported the schema, but the engine would refuse it: %1.</source>
        <translation>Das Schema wurde importiert, aber die Engine würde es ablehnen: %1.</translation>
    </message>
    <message>
        <source>This schema already has an attribute named %1.</source>
        <translation>Dieses Schema hat bereits ein Attribut namens %1.</translation>
    </message>
    <message>
        <source>Added %1 with the type inferred from the values IdPs sent: check it, then save the schema.</source>
        <translation>%1 wurde mit dem aus den gesendeten Werten der IdPs abgeleiteten Typ hinzugefügt: Prüfen Sie es und speichern Sie dann das Schema.</translation>
    </message>
    <message>
        <source>Could not change the policy for undeclared attributes: %1.</source>
        <translation>Die Richtlinie für nicht deklarierte Attribute konnte nicht geändert werden: %1.</translation>
    </message>
    <message>
        <source>Saved the policy for undeclared extension attributes: %1.</source>
        <translation>Die Richtlinie für nicht deklarierte Erweiterungsattribute wurde gespeichert: %1.</translation>
    </message>
    <message>
        <source>%1
A declared schema: editable</source>
        <extracomment>Tooltip of a schema in the list: %1 its URN, shown whole</extracomment>
        <translation>%1
Ein deklariertes Schema: bearbeitbar</translation>
    </message>
    <message>
        <source>%1
A standard schema: read-only</source>
        <translation>%1
Ein Standardschema: schreibgeschützt</translation>
    </message>
    <message>
        <source>The sample user&apos;s profile</source>
        <translation>Das Profil des Beispielbenutzers</translation>
    </message>
    <message>
        <source>Name of the schema</source>
        <translation>Name des Schemas</translation>
    </message>
    <message>
        <source>Description of the schema</source>
        <translation>Beschreibung des Schemas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Its profile, as the connection&apos;s attribute map makes it:</source>
        <translation>Sein Profil, wie die Attributzuordnung der Verbindung es erzeugt:</translation>
    </message>
    <message>
        <source>Groups have no profile: the attribute map applies to users.</source>
        <translation>Gruppen haben kein Profil: Die Attributzuordnung gilt für Benutzer.</translation>
    </message>
    <message>
        <source>The engine cannot map the sample user: %1.</source>
        <translation>Die Engine kann den Beispielbenutzer nicht zuordnen: %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A pair of the attribute map: %1 the SCIM attribute, %2 the profile attribute</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The attribute map reads what this schema no longer declares (%1): saving it would be refused until the map changes.</source>
        <translation>Die Attributzuordnung liest, was dieses Schema nicht mehr deklariert (%1): Das Speichern wird abgelehnt, bis die Zuordnung geändert ist.</translation>
    </message>
    <message>
        <source>Not in the profile, as the map has no pair for them: %1.</source>
        <translation>Nicht im Profil, da die Zuordnung kein Paar für sie enthält: %1.</translation>
    </message>
</context>
<context>
    <name>scim::SchemaValueDelegate</name>
    <message>
        <source>Canonical values, one per line</source>
        <translation>Kanonische Werte, einer pro Zeile</translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation>Ein Wert pro Zeile</translation>
    </message>
</context>
<context>
    <name>scim::ScimAttributeTreeModel</name>
    <message>
        <source>Not mappable: id, meta, password and groups are never part of a profile (rule not_mappable).</source>
        <extracomment>not_mappable is the rule&apos;s name in the engine&apos;s error reports, keep it</extracomment>
        <translation>Nicht zuordenbar: id, meta, password und groups gehören nie zu einem Profil (Regel not_mappable).</translation>
    </message>
    <message>
        <source>Core User</source>
        <extracomment>Heading of the core User schema&apos;s attributes</extracomment>
        <translation>Core User</translation>
    </message>
    <message>
        <source>%1 extension</source>
        <extracomment>Heading of a schema extension&apos;s attributes; %1 is the schema&apos;s name (&quot;EnterpriseUser&quot;)</extracomment>
        <translation>Erweiterung %1</translation>
    </message>
    <message>
        <source>A whole schema extension cannot be mapped; map its attributes one by one.</source>
        <translation>Eine ganze Schemaerweiterung kann nicht zugeordnet werden; ordnen Sie ihre Attribute einzeln zu.</translation>
    </message>
    <message>
        <source>Filtered entries</source>
        <translation>Gefilterte Einträge</translation>
    </message>
    <message>
        <source>One element of a multi-valued attribute, chosen with an eq filter.</source>
        <translation>Ein Element eines mehrwertigen Attributs, ausgewählt mit einem eq-Filter.</translation>
    </message>
    <message>
        <source>%1, multi-valued</source>
        <extracomment>%1 a SCIM attribute type (string, complex, dateTime, …), shown as SCIM names it</extracomment>
        <translation>%1, mehrwertig</translation>
    </message>
    <message>
        <source>%1 · inverted, → blocked only</source>
        <extracomment>The type column of &quot;active&quot;: %1 its type; it maps only to blocked, stored inverted</extracomment>
        <translation>%1 · invertiert, nur → blocked</translation>
    </message>
    <message>
        <source>required</source>
        <extracomment>Required column: the schema requires the attribute</extracomment>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Mapped to %1</source>
        <translation>Zugeordnet zu %1</translation>
    </message>
    <message>
        <source>Maps only to blocked, stored inverted.</source>
        <translation>Nur blocked zuordenbar, invertiert gespeichert.</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>SCIM-Attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Column header: whether the schema requires the attribute</extracomment>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation>Die Schemas der Verbindung sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed.</source>
        <translation>„%1“ ist bereits aufgeführt.</translation>
    </message>
</context>
<context>
    <name>scim::SecretDialog</name>
    <message>
        <source>New SCIM token</source>
        <translation>Neues SCIM-Token</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this token now.&lt;/b&gt; It is shown only once: the engine keeps only its hash and cannot show it again. If it is lost, revoke it and generate a new one.</source>
        <translation>&lt;b&gt;Kopieren Sie dieses Token jetzt.&lt;/b&gt; Es wird nur einmal angezeigt: Die Engine bewahrt nur seinen Hash auf und kann es nicht erneut anzeigen. Geht es verloren, widerrufen Sie es und erzeugen Sie ein neues.</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Geheimnis des Tokens</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy token to clipboard</source>
        <translation>Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Endpoint: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Endpunkt: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Token not copied</source>
        <translation>Token nicht kopiert</translation>
    </message>
    <message>
        <source>You have not copied the token. It cannot be shown again once this window is closed. Close it anyway?</source>
        <translation>Sie haben das Token nicht kopiert. Nach dem Schließen dieses Fensters kann es nicht mehr angezeigt werden. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>&amp;Close without copying</source>
        <translation>Ohne Kopieren &amp;schließen</translation>
    </message>
</context>
<context>
    <name>scim::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1</source>
        <comment>shortcut keys</comment>
        <extracomment>The keys of an action, as Qt names them in this language, e.g. &quot;Ctrl+Z or Alt+Backspace&quot;; keep %1</extracomment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>scim::TokensModel</name>
    <message>
        <source>never</source>
        <extracomment>Last used: the token has not been used yet</extracomment>
        <translation>nie</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Could not load the tokens: %1.</source>
        <translation>Die Tokens konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>%1: &quot;2026-12-01 14:00 (in 3 days)&quot;; the sign marks a token that expires soon or has expired</extracomment>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>scim::UndeclaredAttributesModel</name>
    <message>
        <source>%1, multi-valued</source>
        <extracomment>The inferred type of a multi-valued attribute, e.g. &quot;string, multi-valued&quot;</extracomment>
        <translation>%1, mehrwertig</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Inferred type</source>
        <translation>Abgeleiteter Typ</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>scim::UsersModel</name>
    <message>
        <source>Blocked</source>
        <extracomment>A user&apos;s state in the Blocked column</extracomment>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Username / email</source>
        <translation>Benutzername / E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>column</comment>
        <extracomment>Column header</extracomment>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Could not load the users: this engine has no users endpoint (GET /api/v2/users). Update the engine.</source>
        <translation>Die Benutzer konnten nicht geladen werden: Diese Engine hat keinen Benutzer-Endpunkt (GET /api/v2/users). Aktualisieren Sie die Engine.</translation>
    </message>
    <message>
        <source>Could not load the users: %1.</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1.</translation>
    </message>
</context>
<context>
    <name>scim::UsersPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Search by username, email or name…</source>
        <translation>Nach Benutzername, E-Mail oder Name suchen…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>User profile JSON</source>
        <translation>Benutzerprofil als JSON</translation>
    </message>
    <message>
        <source>Select a user to see the profile.</source>
        <translation>Wählen Sie einen Benutzer aus, um das Profil zu sehen.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %Ln user(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %Ln Benutzer</numerusform>
            <numerusform>Seite %1 von %2 · %Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the user&apos;s profile: %1.</source>
        <translation>Das Profil des Benutzers konnte nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Show in Logs</source>
        <translation>Im Protokoll zeigen</translation>
    </message>
    <message>
        <source>SCIM resource JSON</source>
        <translation>JSON der SCIM-Ressource</translation>
    </message>
    <message>
        <source>Select a user to see the SCIM resource its identity provider reads.</source>
        <translation>Wählen Sie einen Benutzer, um die SCIM-Ressource zu sehen, die sein Identitätsanbieter liest.</translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation>Gruppen des Benutzers</translation>
    </message>
    <message>
        <source>Recent events of the user</source>
        <translation>Letzte Protokolleinträge des Benutzers</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the event in Logs.</source>
        <translation>Doppelklicken oder Eingabe drücken, um den Eintrag im Protokoll zu öffnen.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>SCIM resource</source>
        <translation>SCIM-Ressource</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Einträge</translation>
    </message>
    <message>
        <source>Could not load the SCIM resource: %1.</source>
        <translation>Die SCIM-Ressource konnte nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s groups: %1.</source>
        <translation>Die Gruppen des Benutzers konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>The user is in no group.</source>
        <translation>Der Benutzer ist in keiner Gruppe.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s events: %1.</source>
        <translation>Die Protokolleinträge des Benutzers konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>One event of a user: %1 time, %2 what happened (&quot;Create user&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No events of this user in the request log.</source>
        <translation>Keine Einträge dieses Benutzers im Anfrageprotokoll.</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>Show in &amp;Logs</source>
        <translation>Im &amp;Protokoll zeigen</translation>
    </message>
    <message>
        <source>Copy user &amp;id</source>
        <translation>Benutzer-&amp;ID kopieren</translation>
    </message>
</context>
</TS>
