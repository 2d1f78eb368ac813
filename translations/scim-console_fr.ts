<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApiResult</name>
    <message>
        <source>Check that the engine is running and reachable; the console reconnects automatically.</source>
        <translation>Vérifiez que le moteur fonctionne et qu’il est joignable&#xa0;; la console se reconnecte automatiquement.</translation>
    </message>
    <message>
        <source>The admin token was rejected: use Engine › Connect to engine… to enter a valid one.</source>
        <translation>Le jeton d’administration a été refusé&#xa0;: saisissez-en un valide via Moteur › Se connecter à un moteur….</translation>
    </message>
    <message>
        <source>It may have been deleted elsewhere: refresh the list (F5).</source>
        <translation>Il a peut-être été supprimé ailleurs&#xa0;: actualisez la liste (F5).</translation>
    </message>
    <message>
        <source>Resolve the conflict and try again.</source>
        <translation>Résolvez le conflit et réessayez.</translation>
    </message>
    <message>
        <source>The engine failed; see its log and try again.</source>
        <translation>Le moteur a échoué&#xa0;; consultez son journal et réessayez.</translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation>Corrigez la saisie et réessayez.</translation>
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
        <translation>Vérifiez le certificat du moteur via Moteur › Se connecter à un moteur… avant de lui faire confiance.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The certificate is self-signed: no authority this computer trusts vouches for it.</source>
        <translation>Le certificat est auto-signé&#xa0;: aucune autorité de confiance de cet ordinateur ne le garantit.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation>Le certificat a été émis par une autorité que cet ordinateur ne connaît pas.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Le certificat a expiré.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Le certificat n’est pas encore valide.</translation>
    </message>
    <message>
        <source>The certificate is not issued for the host name %1.</source>
        <translation>Le certificat n’est pas émis pour le nom d’hôte %1.</translation>
    </message>
</context>
<context>
    <name>CheckCapabilities</name>
    <message>
        <source>/ServiceProviderConfig could not be read (%1), so %2 is not advertised.</source>
        <translation>/ServiceProviderConfig n’a pas pu être lu (%1)&#xa0;; %2 n’est donc pas annoncé.</translation>
    </message>
    <message>
        <source>/ServiceProviderConfig does not advertise %1 (%1.supported is not true).</source>
        <translation>/ServiceProviderConfig n’annonce pas %1 (%1.supported ne vaut pas true).</translation>
    </message>
    <message>
        <source>/ResourceTypes lists no resource type with the endpoint /%1.</source>
        <translation>/ResourceTypes ne liste aucun type de ressource avec le point de terminaison /%1.</translation>
    </message>
    <message>
        <source>The User resource type does not list the enterprise extension (%1) in schemaExtensions.</source>
        <translation>Le type de ressource User ne liste pas l’extension entreprise (%1) dans schemaExtensions.</translation>
    </message>
    <message>
        <source>/Schemas declares userName with caseExact true.</source>
        <translation>/Schemas déclare userName avec caseExact true.</translation>
    </message>
    <message>
        <source>/Schemas could not be read (%1), so the User attribute groups is not declared.</source>
        <translation>/Schemas n’a pas pu être lu (%1)&#xa0;; l’attribut groups de User n’est donc pas déclaré.</translation>
    </message>
    <message>
        <source>/Schemas does not declare the User attribute groups.</source>
        <translation>/Schemas ne déclare pas l’attribut groups de User.</translation>
    </message>
    <message>
        <source>%1 is not a known capability.</source>
        <translation>%1 n’est pas une capacité connue.</translation>
    </message>
    <message>
        <source>The server advertises %1, and this check is about servers that do not.</source>
        <translation>Le serveur annonce %1, et ce contrôle concerne les serveurs qui ne le font pas.</translation>
    </message>
</context>
<context>
    <name>CheckExpectation</name>
    <message>
        <source>%1 is %2; expected %3.</source>
        <translation>%1 vaut %2&#xa0;; attendu&#xa0;: %3.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>empty or absent</source>
        <translation>vide ou absent</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>non vide</translation>
    </message>
    <message>
        <source>anything but %1</source>
        <translation>tout sauf %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>sans %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>%1 matches %2, which no element may.</source>
        <translation>%1 correspond à %2, ce qu’aucun élément ne doit faire.</translation>
    </message>
    <message>
        <source>present (%1 %2)</source>
        <translation>présent (%1 %2)</translation>
    </message>
    <message>
        <source>%1 in any case</source>
        <translation>%1 sans tenir compte de la casse</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>a JSON %1</source>
        <translation>une valeur JSON de type %1</translation>
    </message>
    <message>
        <source>a string matching /%1/</source>
        <translation>une chaîne correspondant à /%1/</translation>
    </message>
    <message>
        <source>a string starting with %1</source>
        <translation>une chaîne commençant par %1</translation>
    </message>
    <message>
        <source>something containing %1</source>
        <translation>une valeur contenant %1</translation>
    </message>
    <message>
        <source>of length %1</source>
        <translation>de longueur %1</translation>
    </message>
    <message>
        <source>of length at least %1</source>
        <translation>de longueur %1 au minimum</translation>
    </message>
    <message>
        <source>of length at most %1</source>
        <translation>de longueur %1 au maximum</translation>
    </message>
    <message>
        <source>a number ≥ %1</source>
        <translation>un nombre ≥ %1</translation>
    </message>
    <message>
        <source>a number ≤ %1</source>
        <translation>un nombre ≤ %1</translation>
    </message>
    <message>
        <source>an element matching %1</source>
        <translation>un élément correspondant à %1</translation>
    </message>
    <message>
        <source>%1.%2.%3 is absent, so the order cannot be checked.</source>
        <translation>%1.%2.%3 est absent&#xa0;; l’ordre ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>%1 is not sorted %2 by %3: %4 comes before %5.</source>
        <translation>%1 n’est pas trié par ordre %2 selon %3&#xa0;: %4 vient avant %5.</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>décroissant</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>croissant</translation>
    </message>
    <message>
        <source>%1 does not conform to the server&apos;s /Schemas: %2</source>
        <translation>%1 n’est pas conforme aux /Schemas du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>the %1 header (%2)</source>
        <translation>l’en-tête %1 (%2)</translation>
    </message>
    <message>
        <source>equal to the body&apos;s %1 (%2)</source>
        <translation>égal à la valeur %1 du corps (%2)</translation>
    </message>
    <message>
        <source>%1 must be an object of path: matcher.</source>
        <translation>%1 doit être un objet chemin&#xa0;: matcher.</translation>
    </message>
    <message>
        <source>%1 has no matcher (write {&quot;equals&quot;: {}} for an empty object).</source>
        <translation>%1 n’a pas de matcher (écrivez {&quot;equals&quot;: {}} pour un objet vide).</translation>
    </message>
    <message>
        <source>%1: unknown matcher &quot;%2&quot;.</source>
        <translation>%1&#xa0;: matcher inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 doit être l’une des valeurs %2.</translation>
    </message>
    <message>
        <source>%1 must be an array.</source>
        <translation>%1 doit être un tableau.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 doit être une chaîne.</translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression.</source>
        <translation>%1 n’est pas une expression régulière valide.</translation>
    </message>
    <message>
        <source>%1 needs &quot;by&quot;: the attribute to compare.</source>
        <translation>%1 a besoin de «&#xa0;by&#xa0;»&#xa0;: l’attribut à comparer.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>La réponse n’a pas de corps.</translation>
    </message>
    <message>
        <source>The server said: %1%2</source>
        <translation>Le serveur a répondu&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Corps&#xa0;: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>expect: unknown field &quot;%1&quot;.</source>
        <translation>expect&#xa0;: champ inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>expect.status must be a status code, a list of them, or a class such as &quot;2xx&quot;.</source>
        <translation>expect.status doit être un code de statut, une liste de codes ou une classe comme «&#xa0;2xx&#xa0;».</translation>
    </message>
    <message>
        <source>expect.error must be true, a scimType, or a list of scimTypes.</source>
        <translation>expect.error doit valoir true, un scimType ou une liste de scimTypes.</translation>
    </message>
    <message>
        <source>expect.captures must be an object of name: path.</source>
        <translation>expect.captures doit être un objet nom&#xa0;: chemin.</translation>
    </message>
    <message>
        <source>expect.captures.%1 must be a JSON path, {&quot;json&quot;: path} or {&quot;header&quot;: name}.</source>
        <translation>expect.captures.%1 doit être un chemin JSON, {&quot;json&quot;: path} ou {&quot;header&quot;: name}.</translation>
    </message>
    <message>
        <source>No response: %1.</source>
        <translation>Aucune réponse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Expected status %1, got %2. %3</source>
        <translation>Statut %1 attendu, %2 reçu. %3</translation>
    </message>
    <message>
        <source>Expected a SCIM Error body (RFC 7644 §3.12), got no JSON object. %1</source>
        <translation>Corps d’erreur SCIM attendu (RFC 7644 §3.12), aucun objet JSON reçu. %1</translation>
    </message>
    <message>
        <source>The error body&apos;s schemas does not contain %1 (RFC 7644 §3.12).</source>
        <translation>schemas du corps d’erreur ne contient pas %1 (RFC 7644 §3.12).</translation>
    </message>
    <message>
        <source>The error body&apos;s status is %1; RFC 7644 §3.12 requires the HTTP status as a JSON string (&quot;%2&quot;).</source>
        <translation>status du corps d’erreur vaut %1&#xa0;; la RFC 7644 §3.12 exige le statut HTTP sous forme de chaîne JSON («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The error body&apos;s status is %1 but the HTTP status is %2.</source>
        <translation>status du corps d’erreur vaut %1 mais le statut HTTP est %2.</translation>
    </message>
    <message>
        <source>The error&apos;s scimType is %1; expected %2 (RFC 7644 §3.12). %3</source>
        <translation>Le scimType de l’erreur est %1&#xa0;; attendu&#xa0;: %2 (RFC 7644 §3.12). %3</translation>
    </message>
    <message>
        <source>The %1 header</source>
        <translation>L’en-tête %1</translation>
    </message>
    <message>
        <source>Expected a JSON body, got one that does not parse. %1</source>
        <translation>Corps JSON attendu, reçu un corps illisible. %1</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>l’en-tête %1</translation>
    </message>
    <message>
        <source>the body&apos;s %1</source>
        <translation>la valeur %1 du corps</translation>
    </message>
    <message>
        <source>Cannot capture %1: %2 is absent.</source>
        <translation>Impossible de capturer %1&#xa0;: %2 est absent.</translation>
    </message>
</context>
<context>
    <name>CheckLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1 uses {{%2}}, which no earlier step captures.</source>
        <translation>%1 utilise {{%2}}, qu’aucune étape précédente ne capture.</translation>
    </message>
    <message>
        <source>%1 uses the unknown template filter &quot;%2&quot; (upper and lower exist).</source>
        <translation>%1 utilise le filtre de modèle inconnu «&#xa0;%2&#xa0;» (upper et lower existent).</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 doit être un tableau de chaînes.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 doit être un objet.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot;.</source>
        <translation>%1 a besoin d’un «&#xa0;name&#xa0;».</translation>
    </message>
    <message>
        <source>%1: &quot;method&quot; must be one of %2.</source>
        <translation>%1&#xa0;: «&#xa0;method&#xa0;» doit être l’une des valeurs %2.</translation>
    </message>
    <message>
        <source>%1 needs either a &quot;path&quot; (below the base URL, starting with /) or a &quot;url&quot;.</source>
        <translation>%1 a besoin soit d’un «&#xa0;path&#xa0;» (sous l’URL de base, commençant par /), soit d’une «&#xa0;url&#xa0;».</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be a string starting with /.</source>
        <translation>%1&#xa0;: «&#xa0;path&#xa0;» doit être une chaîne commençant par /.</translation>
    </message>
    <message>
        <source>%1: &quot;url&quot; must be a non-empty string.</source>
        <translation>%1&#xa0;: «&#xa0;url&#xa0;» doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>%1: &quot;query&quot; must be an object of parameter: value.</source>
        <translation>%1&#xa0;: «&#xa0;query&#xa0;» doit être un objet paramètre&#xa0;: valeur.</translation>
    </message>
    <message>
        <source>%1: query parameter %2 must be a string, number, boolean or null.</source>
        <translation>%1&#xa0;: le paramètre de requête %2 doit être une chaîne, un nombre, un booléen ou null.</translation>
    </message>
    <message>
        <source>%1: &quot;headers&quot; must be an object of name: value.</source>
        <translation>%1&#xa0;: «&#xa0;headers&#xa0;» doit être un objet nom&#xa0;: valeur.</translation>
    </message>
    <message>
        <source>%1: header %2 must be a string.</source>
        <translation>%1&#xa0;: l’en-tête %2 doit être une chaîne.</translation>
    </message>
    <message>
        <source>%1: &quot;rawBody&quot; must be a string.</source>
        <translation>%1&#xa0;: «&#xa0;rawBody&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>%1 has both &quot;body&quot; and &quot;rawBody&quot;.</source>
        <translation>%1 a à la fois «&#xa0;body&#xa0;» et «&#xa0;rawBody&#xa0;».</translation>
    </message>
    <message>
        <source>%1: &quot;auth&quot; must be token, none or invalid.</source>
        <translation>%1&#xa0;: «&#xa0;auth&#xa0;» doit valoir token, none ou invalid.</translation>
    </message>
    <message>
        <source>%1.requires: unknown capability &quot;%2&quot; (known: %3).</source>
        <translation>%1.requires&#xa0;: capacité inconnue «&#xa0;%2&#xa0;» (connues&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1: &quot;scope&quot; must look like verb:resource (patch:users).</source>
        <translation>%1&#xa0;: «&#xa0;scope&#xa0;» doit avoir la forme verb:resource (patch:users).</translation>
    </message>
    <message>
        <source>%1 needs an &quot;expect&quot; object.</source>
        <translation>%1 a besoin d’un objet «&#xa0;expect&#xa0;».</translation>
    </message>
    <message>
        <source>%1 captures into %2, a built-in variable.</source>
        <translation>%1 capture dans %2, une variable prédéfinie.</translation>
    </message>
    <message>
        <source>The check id &quot;%1&quot; must be lower-case letters, digits, dots and hyphens.</source>
        <translation>L’identifiant de contrôle «&#xa0;%1&#xa0;» ne doit contenir que des minuscules, des chiffres, des points et des traits d’union.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The check needs a &quot;title&quot;.</source>
        <translation>Le contrôle a besoin d’un «&#xa0;title&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;profile&quot; must be one of %1.</source>
        <translation>«&#xa0;profile&#xa0;» doit être l’une des valeurs %1.</translation>
    </message>
    <message>
        <source>The check needs a &quot;reference&quot; (an RFC section or an IdP documentation URL).</source>
        <translation>Le contrôle a besoin d’une «&#xa0;reference&#xa0;» (une section de RFC ou l’URL d’une documentation d’IdP).</translation>
    </message>
    <message>
        <source>requires: &quot;%1&quot; is neither a known capability (%2) nor a scope (verb:resource).</source>
        <translation>requires&#xa0;: «&#xa0;%1&#xa0;» n’est ni une capacité connue (%2) ni une portée (verb:resource).</translation>
    </message>
    <message>
        <source>The check needs a non-empty &quot;steps&quot; array.</source>
        <translation>Le contrôle a besoin d’un tableau «&#xa0;steps&#xa0;» non vide.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>JSON non valide à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object (one check, or a group with &quot;checks&quot;).</source>
        <translation>Le fichier doit contenir un objet JSON (un contrôle, ou un groupe avec «&#xa0;checks&#xa0;»).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the group.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;» dans le groupe.</translation>
    </message>
    <message>
        <source>&quot;checks&quot; must be an array of checks.</source>
        <translation>«&#xa0;checks&#xa0;» doit être un tableau de contrôles.</translation>
    </message>
    <message>
        <source>Check %1 is not a JSON object.</source>
        <translation>Le contrôle %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>contrôle %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The check directory does not exist.</source>
        <translation>Le répertoire des contrôles n’existe pas.</translation>
    </message>
    <message>
        <source>The check directory has no *.json files.</source>
        <translation>Le répertoire des contrôles ne contient aucun fichier *.json.</translation>
    </message>
    <message>
        <source>Another check file already defines the id %1.</source>
        <translation>Un autre fichier de contrôles définit déjà l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>No response: %1</source>
        <translation>Aucune réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>SCIM conformance: %1</source>
        <translation>Conformité SCIM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started %1 · profile %2 · prefix %3</source>
        <translation>Lancé le %1 · profil %2 · préfixe %3</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L’exécution s’est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Capacités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Nettoyage</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n resource(s) (--keep).</source>
        <translation>
            <numerusform>%n ressource conservée (--keep).</numerusform>
            <numerusform>%n ressources conservées (--keep).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s).</source>
        <translation>
            <numerusform>%n ressource supprimée.</numerusform>
            <numerusform>%n ressources supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery requests</source>
        <translation>Requêtes de découverte</translation>
    </message>
</context>
<context>
    <name>CheckSchemaConformance</name>
    <message>
        <source>%1 is &quot;%2&quot;, which is not an xsd:dateTime (RFC 7643 §2.3.5).</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», qui n’est pas un xsd:dateTime (RFC 7643 §2.3.5).</translation>
    </message>
    <message>
        <source>%1 is a JSON %2, but /Schemas declares it with type %3.</source>
        <translation>%1 est une valeur JSON de type %2, mais /Schemas le déclare de type %3.</translation>
    </message>
    <message>
        <source>%1 is returned, but /Schemas declares it with returned &quot;never&quot;.</source>
        <translation>%1 est renvoyé, mais /Schemas le déclare avec returned «&#xa0;never&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a JSON %2, but /Schemas declares it multi-valued (an array).</source>
        <translation>%1 est une valeur JSON de type %2, mais /Schemas le déclare multivalué (un tableau).</translation>
    </message>
    <message>
        <source>%1 is an array, but /Schemas declares it single-valued.</source>
        <translation>%1 est un tableau, mais /Schemas le déclare à valeur unique.</translation>
    </message>
    <message>
        <source>%1 is not a declared sub-attribute.</source>
        <translation>%1 n’est pas un sous-attribut déclaré.</translation>
    </message>
    <message>
        <source>%1 is not declared in the resource&apos;s schemas.</source>
        <translation>%1 n’est pas déclaré dans les schémas de la ressource.</translation>
    </message>
    <message>
        <source>%1 is missing, but /Schemas declares it required.</source>
        <translation>%1 est absent, mais /Schemas le déclare obligatoire.</translation>
    </message>
    <message>
        <source>meta is a JSON %1, not an object (RFC 7643 §3.1).</source>
        <translation>meta est une valeur JSON de type %1, pas un objet (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>meta.%1 is not an xsd:dateTime string (RFC 7643 §3.1).</source>
        <translation>meta.%1 n’est pas une chaîne xsd:dateTime (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>meta.%1 is a JSON %2, not a string (RFC 7643 §3.1).</source>
        <translation>meta.%1 est une valeur JSON de type %2, pas une chaîne (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>schemas is missing or not a non-empty array (RFC 7643 §3).</source>
        <translation>schemas est absent ou n’est pas un tableau non vide (RFC 7643 §3).</translation>
    </message>
    <message>
        <source>id is missing or not a non-empty string (RFC 7643 §3.1).</source>
        <translation>id est absent ou n’est pas une chaîne non vide (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>externalId is a JSON %1, not a string (RFC 7643 §3.1).</source>
        <translation>externalId est une valeur JSON de type %1, pas une chaîne (RFC 7643 §3.1).</translation>
    </message>
    <message>
        <source>%1 is a JSON %2, not an object.</source>
        <translation>%1 est une valeur JSON de type %2, pas un objet.</translation>
    </message>
    <message>
        <source>%1 is not a schema listed by /Schemas.</source>
        <translation>%1 n’est pas un schéma listé par /Schemas.</translation>
    </message>
    <message>
        <source>%1 is present but not listed in schemas (RFC 7643 §3).</source>
        <translation>%1 est présent mais ne figure pas dans schemas (RFC 7643 §3).</translation>
    </message>
</context>
<context>
    <name>CheckTemplate</name>
    <message>
        <source>/ServiceProviderConfig has no %1.</source>
        <translation>/ServiceProviderConfig n’a pas de %1.</translation>
    </message>
    <message>
        <source>The template variable %1 has no value.</source>
        <translation>La variable de modèle %1 n’a pas de valeur.</translation>
    </message>
</context>
<context>
    <name>DeliveryTestResult</name>
    <message>
        <source>Not delivered: %1 (after %2 ms).</source>
        <extracomment>%1: the network error, %2: milliseconds</extracomment>
        <translation>Non livré&#xa0;: %1 (après %2&#xa0;ms).</translation>
    </message>
    <message>
        <source>Delivered: the receiver answered HTTP %1 in %2 ms.</source>
        <extracomment>%1: HTTP status code, %2: milliseconds</extracomment>
        <translation>Livré&#xa0;: le destinataire a répondu HTTP %1 en %2&#xa0;ms.</translation>
    </message>
    <message>
        <source>Not delivered: the receiver answered HTTP %1 in %2 ms.</source>
        <extracomment>%1: HTTP status code, %2: milliseconds</extracomment>
        <translation>Non livré&#xa0;: le destinataire a répondu HTTP %1 en %2&#xa0;ms.</translation>
    </message>
    <message>
        <source>%1 Its answer: %2</source>
        <extracomment>%1: the sentence above, %2: the start of the receiver&apos;s answer</extracomment>
        <translation>%1 Sa réponse&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EmbeddedEngineSettings</name>
    <message>
        <source>The listen address %1 is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface).</source>
        <extracomment>%1: what the admin typed</extracomment>
        <translation>L’adresse d’écoute %1 n’est pas une adresse IP (p. ex. 127.0.0.1, ou 0.0.0.0 pour toutes les interfaces).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, or 0 to choose a free one.</source>
        <translation>Le port doit être compris entre 1 et 65535, ou 0 pour en choisir un libre.</translation>
    </message>
    <message>
        <source>The public URL must be an absolute http or https URL, e.g. https://scim.example.com.</source>
        <translation>L’URL publique doit être une URL http ou https absolue, p. ex. https://scim.example.com.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key.</source>
        <translation>TLS nécessite un certificat et sa clé privée.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1: a file path</extracomment>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The log retention cannot be negative.</source>
        <translation>La durée de conservation du journal ne peut pas être négative.</translation>
    </message>
</context>
<context>
    <name>MappingCommands</name>
    <message>
        <source>Map %1 → %2</source>
        <extracomment>Undo text: a pair added to the attribute map (SCIM attribute → profile attribute)</extracomment>
        <translation>Mapper %1 → %2</translation>
    </message>
    <message>
        <source>Remove %1 → %2</source>
        <extracomment>Undo text: a pair removed from the attribute map</extracomment>
        <translation>Retirer %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n pair(s)</source>
        <translation>
            <numerusform>Retirer %n paire</numerusform>
            <numerusform>Retirer %n paires</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 → %2 with %3</source>
        <extracomment>Undo text: %1 → %2 is the pair replaced, %3 the new SCIM attribute for the same profile attribute</extracomment>
        <translation>Remplacer %1 → %2 par %3</translation>
    </message>
    <message>
        <source>Set user_id_attribute to %1</source>
        <extracomment>Undo text; user_id_attribute is the API&apos;s field name, keep it</extracomment>
        <translation>Définir user_id_attribute sur %1</translation>
    </message>
    <message>
        <source>Add SCIM entry %1</source>
        <extracomment>Undo text: a custom filtered SCIM entry added to the list of SCIM attributes</extracomment>
        <translation>Ajouter l’entrée SCIM %1</translation>
    </message>
    <message>
        <source>Add profile key %1</source>
        <extracomment>Undo text: an app_metadata / user_metadata key added to the list of profile attributes</extracomment>
        <translation>Ajouter la clé de profil %1</translation>
    </message>
</context>
<context>
    <name>MappingRules</name>
    <message>
        <source>Both the SCIM attribute and the profile attribute must be filled in.</source>
        <translation>L’attribut SCIM et l’attribut de profil doivent tous deux être renseignés.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an attribute of this connection&apos;s schemas or has a malformed filter: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un attribut des schémas de cette connexion ou son filtre est mal formé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a whole schema extension; map its attributes one by one.</source>
        <translation>«&#xa0;%1&#xa0;» désigne une extension de schéma entière&#xa0;; mappez ses attributs un par un.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be mapped: id, meta, password and groups are never part of a profile.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être mappé&#xa0;: id, meta, password et groups ne font jamais partie d’un profil.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: mapping filters may only use &apos;eq&apos; (joined by &apos;and&apos;).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les filtres de mappage ne peuvent utiliser que «&#xa0;eq&#xa0;» (reliés par «&#xa0;and&#xa0;»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped (entry %2); each SCIM attribute maps to one profile attribute.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà mappé (entrée %2)&#xa0;; chaque attribut SCIM est mappé vers un seul attribut de profil.</translation>
    </message>
    <message>
        <source>&apos;active&apos; can only be mapped to &apos;blocked&apos; (stored inverted).</source>
        <translation>«&#xa0;active&#xa0;» ne peut être mappé que vers «&#xa0;blocked&#xa0;» (stocké inversé).</translation>
    </message>
    <message>
        <source>&apos;blocked&apos; can only be fed from &apos;active&apos;.</source>
        <translation>«&#xa0;blocked&#xa0;» ne peut être alimenté que par «&#xa0;active&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by the engine and cannot be a mapping target.</source>
        <translation>«&#xa0;%1&#xa0;» est défini par le moteur et ne peut pas être une cible de mappage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a profile root attribute nor app_metadata.&lt;key&gt; / user_metadata.&lt;key&gt;.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un attribut racine du profil ni app_metadata.&lt;key&gt; / user_metadata.&lt;key&gt;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the target of entry %2; each profile attribute has one source.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà la cible de l’entrée %2&#xa0;; chaque attribut de profil a une seule source.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; overlaps &apos;%2&apos; (entry %3): one would overwrite the other.</source>
        <translation>«&#xa0;%1&#xa0;» chevauche «&#xa0;%2&#xa0;» (entrée %3)&#xa0;: l’un écraserait l’autre.</translation>
    </message>
    <message>
        <source>&apos;userName&apos; must stay mapped.</source>
        <translation>«&#xa0;userName&#xa0;» doit rester mappé.</translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; is not an attribute of this connection&apos;s schemas.</source>
        <translation>user_id_attribute «&#xa0;%1&#xa0;» n’est pas un attribut des schémas de cette connexion.</translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; must be a single-valued attribute.</source>
        <translation>user_id_attribute «&#xa0;%1&#xa0;» doit être un attribut à valeur unique.</translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; must itself be mapped.</source>
        <translation>user_id_attribute «&#xa0;%1&#xa0;» doit lui-même être mappé.</translation>
    </message>
    <message>
        <source>the engine sent no User schema</source>
        <translation>le moteur n’a envoyé aucun schéma User</translation>
    </message>
    <message>
        <source>the first schema (%1) is not a User schema</source>
        <translation>le premier schéma (%1) n’est pas un schéma User</translation>
    </message>
    <message>
        <source>Type a SCIM attribute path.</source>
        <translation>Saisissez le chemin d’un attribut SCIM.</translation>
    </message>
    <message>
        <source>(assigned by the engine)</source>
        <translation>(attribué par le moteur)</translation>
    </message>
</context>
<context>
    <name>SchemaCommands</name>
    <message>
        <source>Add attribute %1</source>
        <translation>Ajouter l’attribut %1</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Retirer l’attribut %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>%1: a characteristic such as caseExact, %2: the attribute&apos;s name</extracomment>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Import the schema file</source>
        <translation>Importer le fichier de schéma</translation>
    </message>
    <message>
        <source>Rename the schema</source>
        <translation>Renommer le schéma</translation>
    </message>
    <message>
        <source>Change the schema&apos;s description</source>
        <translation>Modifier la description du schéma</translation>
    </message>
</context>
<context>
    <name>SinkTypes</name>
    <message>
        <source>Webhook (request log events)</source>
        <translation>Webhook (événements du journal des requêtes)</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;URL du point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>https://siem.example.com/ingest</source>
        <translation>https://siem.example.com/ingest</translation>
    </message>
    <message>
        <source>&amp;Authorization header:</source>
        <translation>En-tête &amp;Authorization&#xa0;:</translation>
    </message>
    <message>
        <source>Sent as it is, e.g. Bearer …</source>
        <translation>Envoyé tel quel, p. ex. Bearer …</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>JSONLINES: one event per line; JSONARRAY: one array per batch; JSONOBJECT: one event per request</source>
        <translation>JSONLINES&#xa0;: un événement par ligne&#xa0;; JSONARRAY&#xa0;: un tableau par lot&#xa0;; JSONOBJECT&#xa0;: un événement par requête</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>Type de &amp;contenu&#xa0;:</translation>
    </message>
    <message>
        <source>application/json</source>
        <translation>application/json</translation>
    </message>
    <message>
        <source>Security events (RFC 9967 SETs)</source>
        <translation>Événements de sécurité (SET RFC&#xa0;9967)</translation>
    </message>
    <message>
        <source>&amp;Receiver URL:</source>
        <translation>URL du réce&amp;pteur&#xa0;:</translation>
    </message>
    <message>
        <source>https://app.example.com/events</source>
        <translation>https://app.example.com/events</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>A&amp;udience&#xa0;:</translation>
    </message>
    <message>
        <source>The aud claim the receiver expects, e.g. https://app.example.com</source>
        <translation>La revendication aud attendue par le destinataire, p. ex. https://app.example.com</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>ES256: the engine&apos;s key, published as a JWKS; HS256: a secret shared with the receiver</source>
        <translation>ES256&#xa0;: la clé du moteur, publiée sous forme de JWKS&#xa0;; HS256&#xa0;: un secret partagé avec le destinataire</translation>
    </message>
    <message>
        <source>Shared s&amp;ecret:</source>
        <translation>S&amp;ecret partagé&#xa0;:</translation>
    </message>
    <message>
        <source>At least 32 characters, shared with the receiver</source>
        <translation>Au moins 32&#xa0;caractères, partagé avec le destinataire</translation>
    </message>
    <message>
        <source>E&amp;vents carry:</source>
        <translation>Les é&amp;vénements contiennent&#xa0;:</translation>
    </message>
    <message>
        <source>notice: the names of the changed attributes; full: the resource&apos;s data</source>
        <translation>notice&#xa0;: les noms des attributs modifiés&#xa0;; full&#xa0;: les données de la ressource</translation>
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
        <translation>Tout fournisseur d’identité SAML 2.0 (OneLogin, JumpCloud, Google, PingFederate…). Les utilisateurs sont rapprochés par userName.</translation>
    </message>
    <message>
        <source>Any OpenID Connect identity provider. Users are matched on externalId.</source>
        <translation>Tout fournisseur d’identité OpenID Connect. Les utilisateurs sont rapprochés par externalId.</translation>
    </message>
    <message>
        <source>Okta Workforce Identity with its SCIM 2.0 provisioning app. Users are matched on externalId.</source>
        <translation>Okta Workforce Identity avec son application de provisionnement SCIM 2.0. Les utilisateurs sont rapprochés par externalId.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) enterprise application provisioning. Users are matched on externalId.</source>
        <translation>Provisionnement par une application d’entreprise Microsoft Entra ID (Azure AD). Les utilisateurs sont rapprochés par externalId.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entra ID:&lt;/b&gt; paste the endpoint URL as the &lt;i&gt;Tenant URL&lt;/i&gt; and &lt;b&gt;append &lt;code&gt;?aadOptscim062020&lt;/code&gt;&lt;/b&gt; so that Entra sends RFC-conformant PATCH requests; paste the token as the &lt;i&gt;Secret Token&lt;/i&gt;.</source>
        <extracomment>The names in &lt;i&gt;…&lt;/i&gt; are Entra&apos;s own field names; use those of the Entra admin center in your language</extracomment>
        <translation>&lt;b&gt;Entra ID&#xa0;:&lt;/b&gt; collez l’URL du point de terminaison comme &lt;i&gt;URL du locataire&lt;/i&gt; et &lt;b&gt;ajoutez &lt;code&gt;?aadOptscim062020&lt;/code&gt;&lt;/b&gt; pour qu’Entra envoie des requêtes PATCH conformes à la RFC&#xa0;; collez le jeton comme &lt;i&gt;Jeton secret&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your IdP:&lt;/b&gt; use the endpoint URL as the SCIM base URL and send the token as &lt;code&gt;Authorization: Bearer …&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Votre IdP&#xa0;:&lt;/b&gt; utilisez l’URL du point de terminaison comme URL de base SCIM et envoyez le jeton sous la forme &lt;code&gt;Authorization: Bearer …&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Okta:&lt;/b&gt; in the app&apos;s Provisioning tab, paste the endpoint URL as the &lt;i&gt;SCIM connector base URL&lt;/i&gt; &lt;b&gt;without a trailing slash&lt;/b&gt;, set &lt;i&gt;Unique identifier field for users&lt;/i&gt; to &lt;code&gt;userName&lt;/code&gt; (Okta requires it there) and authentication to &lt;i&gt;HTTP Header&lt;/i&gt; with the token. Okta sends its own user id as &lt;code&gt;externalId&lt;/code&gt;, which this connection matches users on.</source>
        <extracomment>The names in &lt;i&gt;…&lt;/i&gt; are Okta&apos;s own field names; use those of Okta&apos;s interface in your language</extracomment>
        <translation>&lt;b&gt;Okta&#xa0;:&lt;/b&gt; dans l’onglet &lt;i&gt;Provisioning&lt;/i&gt; de l’application, collez l’URL du point de terminaison comme &lt;i&gt;SCIM connector base URL&lt;/i&gt; &lt;b&gt;sans barre oblique finale&lt;/b&gt;, réglez &lt;i&gt;Unique identifier field for users&lt;/i&gt; sur &lt;code&gt;userName&lt;/code&gt; (Okta l’exige à cet endroit) et l’authentification sur &lt;i&gt;HTTP Header&lt;/i&gt; avec le jeton. Okta envoie son propre identifiant d’utilisateur comme &lt;code&gt;externalId&lt;/code&gt;, sur lequel cette connexion reconnaît les utilisateurs.</translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Expires: the token never expires</extracomment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the expiry date and time, %2 the time left (&quot;in 3 days&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A token lifetime must be at least %1 seconds (15 minutes); %2 s is too short.</source>
        <translation>La durée de vie d’un jeton doit être d’au moins %1 secondes (15 minutes)&#xa0;; %2 s est trop court.</translation>
    </message>
    <message>
        <source>A token lifetime must be at most 100 years.</source>
        <translation>La durée de vie d’un jeton ne peut pas dépasser 100 ans.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop admin console for the SCIM engine</source>
        <translation>Console d’administration de bureau pour le moteur SCIM</translation>
    </message>
    <message>
        <source>Embedded engine database (default: in the data directory).</source>
        <translation>Base de données du moteur intégré (par défaut&#xa0;: dans le répertoire de données).</translation>
    </message>
    <message>
        <source>path</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;path&gt;</extracomment>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Do not use the OS keychain for admin tokens.</source>
        <translation>Ne pas utiliser le trousseau du système pour les jetons d’administration.</translation>
    </message>
    <message>
        <source>Interface language for this run: en, de or fr (default: the one chosen in Preferences, or the system&apos;s).</source>
        <translation>Langue de l’interface pour cette exécution&#xa0;: en, de ou fr (par défaut&#xa0;: celle choisie dans les Préférences, ou celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;code&gt;</extracomment>
        <translation>code</translation>
    </message>
    <message>
        <source>Appearance for this run: light, dark or system (default: the one chosen in Preferences).</source>
        <translation>Apparence pour cette exécution&#xa0;: light, dark ou system (par défaut&#xa0;: celle choisie dans les Préférences).</translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;mode&gt;</extracomment>
        <translation>mode</translation>
    </message>
    <message>
        <source>Print the start-up time and quit once the window is usable (benchmark).</source>
        <translation>Afficher le temps de démarrage et quitter dès que la fenêtre est utilisable (banc d’essai).</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, de or fr.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en, de ou fr.</translation>
    </message>
    <message>
        <source>Unknown appearance &apos;%1&apos;: use light, dark or system.</source>
        <translation>Apparence inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez light, dark ou system.</translation>
    </message>
</context>
<context>
    <name>scim::ActivityStats</name>
    <message>
        <source>Could not load the request statistics: %1.</source>
        <translation>Impossible de charger les statistiques des requêtes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::CertificateDialog</name>
    <message>
        <source>The engine&apos;s certificate has changed</source>
        <translation>Le certificat du moteur a changé</translation>
    </message>
    <message>
        <source>Trust the engine&apos;s certificate?</source>
        <translation>Faire confiance au certificat du moteur&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the engine at %1 presents a different certificate from the one you trusted. This is expected when its certificate was renewed, but it can also mean that someone is intercepting the connection. Trust the new certificate only if the engine&apos;s administrator confirms its fingerprint.</source>
        <translation>&lt;b&gt;Attention&#xa0;:&lt;/b&gt; le moteur à l’adresse %1 présente un certificat différent de celui auquel vous avez fait confiance. C’est normal si son certificat a été renouvelé, mais cela peut aussi signifier que quelqu’un intercepte la connexion. Ne faites confiance au nouveau certificat que si l’administrateur du moteur en confirme l’empreinte.</translation>
    </message>
    <message>
        <source>The engine at %1 presents a certificate that this computer does not trust. Compare its fingerprint with the one the engine&apos;s administrator gives you (scim-engine prints it at start) before you trust it.</source>
        <translation>Le moteur à l’adresse %1 présente un certificat auquel cet ordinateur ne fait pas confiance. Comparez son empreinte avec celle que vous donne l’administrateur du moteur (scim-engine l’affiche au démarrage) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire le&#xa0;:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint trusted before</source>
        <translation>Empreinte approuvée auparavant</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Approuvée auparavant&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>scim::CheckPage</name>
    <message>
        <source>Create a temporary token for the run</source>
        <translation>Créer un jeton temporaire pour l’exécution</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Connection to check</source>
        <translation>Connexion à vérifier</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>URL de base SCIM</translation>
    </message>
    <message>
        <source>https://app.example.com/scim/v2</source>
        <translation>https://app.example.com/scim/v2</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>The token the identity provider would use</source>
        <translation>Le jeton qu’utiliserait le fournisseur d’identité</translation>
    </message>
    <message>
        <source>Creates a token with every scope that expires after 15 minutes, and revokes it when the run ends. A connection has at most two active tokens.</source>
        <translation>Crée un jeton avec toutes les portées, qui expire après 15 minutes, et le révoque à la fin de l’exécution. Une connexion a au plus deux jetons actifs.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>RFC 7644 core</source>
        <translation>Noyau RFC 7644</translation>
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
        <translation>Vérifications terminées</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Requests and responses of the selected check</source>
        <translation>Requêtes et réponses de la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Jeton Bearer&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Check an endpoint</source>
        <translation>Vérifier un point de terminaison</translation>
    </message>
    <message>
        <source>Runs the conformance checks of scim-check against a SCIM endpoint: this engine&apos;s or any other. The checks create users and groups whose names start with scimcheck- and delete them at the end.</source>
        <translation>Exécute les vérifications de conformité de scim-check sur un point de terminaison SCIM&#xa0;: celui de ce moteur ou un autre. Les vérifications créent des utilisateurs et des groupes dont le nom commence par scimcheck- et les suppriment à la fin.</translation>
    </message>
    <message>
        <source>Another endpoint</source>
        <extracomment>The first choice of the connection list: check a SCIM server that is not one of this engine&apos;s connections</extracomment>
        <translation>Autre point de terminaison</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <extracomment>Progress of a run: %v checks done of %m</extracomment>
        <translation>%v vérifications sur %m</translation>
    </message>
    <message>
        <source>Creating a temporary token…</source>
        <translation>Création d’un jeton temporaire…</translation>
    </message>
    <message>
        <source>Running: %1 passed, %2 failed, %3 skipped so far.</source>
        <translation>En cours&#xa0;: jusqu’ici %1 réussies, %2 échouées, %3 ignorées.</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped.</source>
        <translation>%1 réussies, %2 échouées, %3 ignorées.</translation>
    </message>
    <message>
        <source>The run did not complete: %1</source>
        <translation>L’exécution ne s’est pas terminée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) could not be deleted; see the report.</source>
        <translation>
            <numerusform>%n ressource n’a pas pu être supprimée&#xa0;; voir le rapport.</numerusform>
            <numerusform>%n ressources n’ont pas pu être supprimées&#xa0;; voir le rapport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) selected.</source>
        <translation>
            <numerusform>%n vérification sélectionnée.</numerusform>
            <numerusform>%n vérifications sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary token for the check: %1. Enter a token of the connection instead.</source>
        <translation>Impossible de créer un jeton temporaire pour la vérification&#xa0;: %1. Saisissez plutôt un jeton de la connexion.</translation>
    </message>
    <message>
        <source>%1 (decisive)</source>
        <extracomment>Marks the request that decided a check&apos;s result; %1 is the step&apos;s name</extracomment>
        <translation>%1 (déterminante)</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Aucune réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Response %1 after %2 ms</source>
        <translation>Réponse %1 après %2 ms</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>This check sent no request.</source>
        <translation>Cette vérification n’a envoyé aucune requête.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2.</source>
        <translation>Impossible d’écrire le rapport dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Export check report</source>
        <translation>Exporter le rapport de vérification</translation>
    </message>
</context>
<context>
    <name>scim::CheckResultsModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A conformance check that has not run yet</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Milliseconds a check took</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>scim::CheckRunner</name>
    <message>
        <source>Malformed check file %1</source>
        <translation>Fichier de contrôles mal formé %1</translation>
    </message>
    <message>
        <source>The base URL %1 is not an http or https URL.</source>
        <translation>L’URL de base %1 n’est pas une URL http ou https.</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Non exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>cleanup cancelled</source>
        <translation>nettoyage annulé</translation>
    </message>
    <message>
        <source>The cleanup was cancelled.</source>
        <translation>Le nettoyage a été annulé.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L’exécution a été annulée.</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1&#xa0;ms</translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation>Annulé avant son exécution.</translation>
    </message>
    <message>
        <source>discovery: GET %1</source>
        <translation>découverte&#xa0;: GET %1</translation>
    </message>
    <message>
        <source>The server refused the token (401 on %1).</source>
        <translation>Le serveur a refusé le jeton (401 sur %1).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>Impossible de joindre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>le corps n’est pas du JSON</translation>
    </message>
    <message>
        <source>The token lacks the scope %1 (found by %2).</source>
        <translation>Il manque au jeton la portée %1 (constaté par %2).</translation>
    </message>
    <message>
        <source>Step %1 (%2) left out: %3</source>
        <translation>Étape %1 (%2) omise&#xa0;: %3</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Étape %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Étape %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled while it ran.</source>
        <translation>Annulé pendant son exécution.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>The token lacks the scope %1: %2 got 403.</source>
        <translation>Il manque au jeton la portée %1&#xa0;: %2 a reçu 403.</translation>
    </message>
    <message>
        <source>The token lacks the scope %1: operation %2 of %3 got 403.</source>
        <translation>Il manque au jeton la portée %1&#xa0;: l’opération %2 de %3 a reçu 403.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>cleanup</source>
        <translation>nettoyage</translation>
    </message>
    <message>
        <source>the token lacks the scope %1</source>
        <translation>il manque au jeton la portée %1</translation>
    </message>
    <message>
        <source>cleanup: look for leftovers</source>
        <translation>nettoyage&#xa0;: recherche de restes</translation>
    </message>
    <message>
        <source>cancelled while waiting for the server&apos;s rate limit</source>
        <translation>annulé pendant l’attente imposée par la limite de débit du serveur</translation>
    </message>
</context>
<context>
    <name>scim::ConnectDialog</name>
    <message>
        <source>&amp;Remember the token in the keychain</source>
        <translation>&amp;Mémoriser le jeton dans le trousseau</translation>
    </message>
    <message>
        <source>No keychain available: store it in a &amp;file readable only by me</source>
        <translation>Aucun trousseau disponible&#xa0;: l’enregistrer dans un &amp;fichier lisible par moi seul</translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation>Se connecter à un moteur</translation>
    </message>
    <message>
        <source>Engine URL</source>
        <translation>URL du moteur</translation>
    </message>
    <message>
        <source>https://scim.example.com</source>
        <extracomment>An example engine address; keep it a valid URL</extracomment>
        <translation>https://scim.example.com</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Jeton d’administration</translation>
    </message>
    <message>
        <source>Plain text, permissions 0600. Only used when no secret service runs.</source>
        <translation>Texte en clair, permissions 0600. Utilisé uniquement si aucun service de secrets ne fonctionne.</translation>
    </message>
    <message>
        <source>Engine &amp;URL:</source>
        <translation>&amp;URL du moteur&#xa0;:</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>&amp;Jeton d’administration&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Use &amp;embedded engine</source>
        <translation>Utiliser le moteur &amp;intégré</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s URL, for example http://127.0.0.1:8080.</source>
        <translation>Saisissez l’URL du moteur, par exemple http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s admin token (SCIM_ENGINE_ADMIN_TOKEN or its admin-token file).</source>
        <translation>Saisissez le jeton d’administration du moteur (SCIM_ENGINE_ADMIN_TOKEN ou son fichier admin-token).</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the token file</source>
        <translation>&amp;Mémoriser le jeton dans le fichier de jetons</translation>
    </message>
    <message>
        <source>No keychain is available. Allow the token file to remember the token.</source>
        <translation>Aucun trousseau n’est disponible. Autorisez le fichier de jetons pour mémoriser le jeton.</translation>
    </message>
</context>
<context>
    <name>scim::ConnectionCard</name>
    <message>
        <source>Generate replacement token…</source>
        <translation>Générer un jeton de remplacement…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Requests in the last 24 hours</source>
        <extracomment>Accessible name of a connection card&apos;s chart</extracomment>
        <translation>Requêtes des dernières 24 heures</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Aucune requête pour l’instant.</translation>
    </message>
    <message>
        <source>Open connection %1</source>
        <translation>Ouvrir la connexion %1</translation>
    </message>
    <message>
        <source>%1 · SCIM is off</source>
        <extracomment>%1: the strategy (&quot;Okta Workforce&quot;)</extracomment>
        <translation>%1 · SCIM désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Users: unknown</source>
        <translation>Utilisateurs&#xa0;: inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: unknown</source>
        <translation>Groupes&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 &quot;12 users&quot;, %2 &quot;3 groups&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ The SCIM token expires %1; provisioning stops then unless a replacement is in place.</source>
        <extracomment>%1: &quot;2026-12-01 14:00 (in 3 days)&quot;</extracomment>
        <translation>⚠ Le jeton SCIM expire %1&#xa0;; le provisionnement s’arrêtera alors si aucun remplaçant n’est en place.</translation>
    </message>
    <message>
        <source>Last 24 hours: %1 succeeded, %2 failed.</source>
        <extracomment>%1 successful requests, %2 failed requests</extracomment>
        <translation>Dernières 24 heures&#xa0;: %1 réussies, %2 échouées.</translation>
    </message>
    <message>
        <source>Last request %1: %2 (%3).</source>
        <extracomment>%1 time, %2 action (&quot;create-user&quot;), %3 HTTP status</extracomment>
        <translation>Dernière requête %1&#xa0;: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>scim::ConnectionDetailsWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Delete connection…</source>
        <translation>Supprimer la connexion…</translation>
    </message>
    <message>
        <source>SCIM tokens</source>
        <translation>Jetons SCIM</translation>
    </message>
    <message>
        <source>Generate token…</source>
        <translation>Générer un jeton…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>SCIM endpoint URL</source>
        <translation>URL du point de terminaison SCIM</translation>
    </message>
    <message>
        <source>Copy SCIM endpoint URL</source>
        <translation>Copier l’URL du point de terminaison SCIM</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>SCIM endpoint:</source>
        <translation>Point de terminaison SCIM&#xa0;:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation>Aucune connexion sélectionnée</translation>
    </message>
    <message>
        <source>Select a connection, or create one with Connection › New.</source>
        <translation>Sélectionnez une connexion ou créez-en une avec Connexion › Nouvelle.</translation>
    </message>
    <message>
        <source>Enable SCIM to get the endpoint URL</source>
        <translation>Activez SCIM pour obtenir l’URL du point de terminaison</translation>
    </message>
    <message>
        <source>Disable SCIM…</source>
        <translation>Désactiver SCIM…</translation>
    </message>
    <message>
        <source>Enable SCIM</source>
        <translation>Activer SCIM</translation>
    </message>
    <message>
        <source>This connection already has two active tokens, the maximum. Revoke one to generate another (two allow rotation without downtime).</source>
        <translation>Cette connexion a déjà deux jetons actifs, le maximum. Révoquez-en un pour en générer un autre (deux permettent une rotation sans interruption).</translation>
    </message>
    <message>
        <source>Could not enable SCIM: %1.</source>
        <translation>Impossible d’activer SCIM&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Disable SCIM</source>
        <translation>Désactiver SCIM</translation>
    </message>
    <message numerus="yes">
        <source>Disable SCIM for “%1”?

Its %n active token(s) are revoked at once and its identity provider can no longer provision users. The attribute map is removed; provisioned users are kept.</source>
        <translation>
            <numerusform>Désactiver SCIM pour «&#xa0;%1&#xa0;»&#xa0;?

%n jeton actif est révoqué immédiatement et son fournisseur d’identité ne peut plus provisionner d’utilisateurs. Le mappage des attributs est supprimé&#xa0;; les utilisateurs provisionnés sont conservés.</numerusform>
            <numerusform>Désactiver SCIM pour «&#xa0;%1&#xa0;»&#xa0;?

Ses %n jetons actifs sont révoqués immédiatement et son fournisseur d’identité ne peut plus provisionner d’utilisateurs. Le mappage des attributs est supprimé&#xa0;; les utilisateurs provisionnés sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disable SCIM</source>
        <translation>&amp;Désactiver SCIM</translation>
    </message>
    <message>
        <source>Could not disable SCIM: %1.</source>
        <translation>Impossible de désactiver SCIM&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its identity provider will get errors. This cannot be undone.</source>
        <translation>Son fournisseur d’identité recevra des erreurs. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Could not delete the connection: %1.</source>
        <translation>Impossible de supprimer la connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not generate the token: %1.</source>
        <translation>Impossible de générer le jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke the token %1?

The identity provider using it gets 401 errors from now on until it is given another token.</source>
        <translation>Révoquer le jeton %1&#xa0;?

Le fournisseur d’identité qui l’utilise reçoit désormais des erreurs 401 jusqu’à ce qu’on lui donne un autre jeton.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Could not revoke the token: %1.</source>
        <translation>Impossible de révoquer le jeton&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This deletes its SCIM configuration, its attribute map and its %n active token(s).</source>
        <translation>
            <numerusform>Cela supprime sa configuration SCIM, son mappage des attributs et %n jeton actif.</numerusform>
            <numerusform>Cela supprime sa configuration SCIM, son mappage des attributs et ses %n jetons actifs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also deletes its %n provisioned user(s).</source>
        <translation>
            <numerusform>%n utilisateur provisionné est aussi supprimé.</numerusform>
            <numerusform>%n utilisateurs provisionnés sont aussi supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>It also deletes all its provisioned users.</source>
        <translation>Cela supprime aussi tous ses utilisateurs provisionnés.</translation>
    </message>
    <message>
        <source>Generate replacement token…</source>
        <translation>Générer un jeton de remplacement…</translation>
    </message>
    <message>
        <source>⚠ Token %1 expires %2. Provisioning stops then unless its identity provider has a replacement token.</source>
        <extracomment>%1: the token id, %2: &quot;2026-12-01 14:00 (in 3 days)&quot;</extracomment>
        <translation>⚠ Le jeton %1 expire %2. Le provisionnement s’arrêtera alors si le fournisseur d’identité n’a pas de jeton de remplacement.</translation>
    </message>
    <message>
        <source>&amp;Generate token…</source>
        <translation>&amp;Générer un jeton…</translation>
    </message>
    <message>
        <source>Copy token &amp;id</source>
        <translation>Copier l’&amp;ID du jeton</translation>
    </message>
    <message>
        <source>&amp;Revoke token…</source>
        <translation>&amp;Révoquer le jeton…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n active token(s) of this connection were issued for %1, not for the endpoint above. Give the identity provider the new URL, or generate a new token for it.</source>
        <extracomment>%n: how many tokens, %1: the URL they were issued for</extracomment>
        <translation>
            <numerusform>⚠ %n jeton actif de cette connexion a été émis pour %1, et non pour le point de terminaison ci-dessus. Donnez la nouvelle URL au fournisseur d’identité, ou générez-lui un nouveau jeton.</numerusform>
            <numerusform>⚠ %n jetons actifs de cette connexion ont été émis pour %1, et non pour le point de terminaison ci-dessus. Donnez la nouvelle URL au fournisseur d’identité, ou générez-lui un nouveau jeton.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::ConnectionSettingsPage</name>
    <message>
        <source>Send test &amp;logout</source>
        <translation>Envoyer une déconnexion de &amp;test</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The connection&apos;s identifier: letters and digits, optionally separated by hyphens.</source>
        <translation>L’identifiant de la connexion&#xa0;: lettres et chiffres, éventuellement séparés par des traits d’union.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>Shown instead of the name</source>
        <translation>Affiché à la place du nom</translation>
    </message>
    <message>
        <source>Back-channel logout URL</source>
        <translation>URL de déconnexion back-channel</translation>
    </message>
    <message>
        <source>https://app.example.com/backchannel-logout</source>
        <translation>https://app.example.com/backchannel-logout</translation>
    </message>
    <message>
        <source>Logout token audience</source>
        <translation>Audience du jeton de déconnexion</translation>
    </message>
    <message>
        <source>Default: the connection id</source>
        <translation>Par défaut&#xa0;: l’identifiant de la connexion</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>The HS256 key that signs the logout token, at least 32 bytes. It is never shown again after it is saved.</source>
        <translation>La clé HS256 qui signe le jeton de déconnexion, d’au moins 32&#xa0;octets. Elle n’est plus jamais affichée une fois enregistrée.</translation>
    </message>
    <message>
        <source>Sends one signed logout token for a test user to the URL above, with the settings as they are in the form, and shows what the receiver answered.</source>
        <translation>Envoie un jeton de déconnexion signé pour un utilisateur de test à l’URL ci-dessus, avec les paramètres tels qu’ils sont dans le formulaire, et affiche ce que le destinataire a répondu.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Default (%1 requests per second, bursts of %2)</source>
        <extracomment>%1: requests per second, %2: burst size</extracomment>
        <translation>Par défaut (%1 requêtes par seconde, rafales de %2)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>How many SCIM requests this connection&apos;s identity provider may send; more get HTTP 429 with Retry-After.</source>
        <translation>Combien de requêtes SCIM le fournisseur d’identité de cette connexion peut envoyer&#xa0;; les suivantes reçoivent HTTP 429 avec Retry-After.</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <source>Twice the rate</source>
        <translation>Deux fois le débit</translation>
    </message>
    <message>
        <source>How many requests may arrive at once before the rate applies.</source>
        <translation>Combien de requêtes peuvent arriver d’un coup avant que le débit s’applique.</translation>
    </message>
    <message>
        <source>Undeclared attributes</source>
        <translation>Attributs non déclarés</translation>
    </message>
    <message>
        <source>Keep them as sent</source>
        <translation>Les conserver tels qu’envoyés</translation>
    </message>
    <message>
        <source>Ignore them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Refuser la requête</translation>
    </message>
    <message>
        <source>What SCIM writes do with attributes under an extension schema that no schema of this connection declares.</source>
        <translation>Ce que font les écritures SCIM des attributs d’un schéma d’extension qu’aucun schéma de cette connexion ne déclare.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d’a&amp;ffichage&#xa0;:</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>Back-channel logout</source>
        <translation>Déconnexion back-channel</translation>
    </message>
    <message>
        <source>When the identity provider deactivates a user, the engine posts an OpenID Connect back-channel logout token to this URL so that the application ends the user&apos;s sessions.</source>
        <translation>Lorsque le fournisseur d’identité désactive un utilisateur, le moteur envoie un jeton de déconnexion back-channel OpenID Connect à cette URL afin que l’application mette fin aux sessions de l’utilisateur.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Aud&amp;ience:</source>
        <translation>Aud&amp;ience&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Secret de si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>Limits and schemas</source>
        <translation>Limites et schémas</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quests per second:</source>
        <translation>Re&amp;quêtes par seconde&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>Rafale (&amp;burst)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Policy for undeclared attributes:</source>
        <translation>&amp;Politique des attributs non déclarés&#xa0;:</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes. Discard them?</source>
        <translation>Les paramètres de %1 contiennent des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s settings: %1.</source>
        <translation>Impossible de charger les paramètres de la connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A secret ending in %1 is stored; type a new one to replace it</source>
        <translation>Un secret se terminant par %1 est enregistré&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>At least 32 characters</source>
        <translation>Au moins 32&#xa0;caractères</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>No connection yet: create one on the Connections page.</source>
        <translation>Aucune connexion pour l’instant&#xa0;: créez-en une sur la page Connexions.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1.</source>
        <translation>Les paramètres n’ont pas été enregistrés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sending a test logout…</source>
        <translation>Envoi d’une déconnexion de test…</translation>
    </message>
    <message>
        <source>The test logout was not sent: %1.</source>
        <translation>La déconnexion de test n’a pas été envoyée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::ConnectionsModel</name>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>The engine does not report user counts (needs GET /api/v2/users).</source>
        <translation>Le moteur n’indique pas le nombre d’utilisateurs (il faut GET /api/v2/users).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>SCIM</source>
        <translation>SCIM</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Could not load the connections: %1.</source>
        <translation>Impossible de charger les connexions&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not reload the connection: %1.</source>
        <translation>Impossible de recharger la connexion&#xa0;: %1.</translation>
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
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>scim::CredentialStore</name>
    <message>
        <source>No secret service (keychain) is available.</source>
        <translation>Aucun service de secrets (trousseau) n’est disponible.</translation>
    </message>
    <message>
        <source>No secret service (keychain) is available (%1).</source>
        <translation>Aucun service de secrets (trousseau) n’est disponible (%1).</translation>
    </message>
    <message>
        <source>The admin token can only be kept for this session, or — if you opt in — in a file readable only by you.</source>
        <translation>Le jeton d’administration ne peut être conservé que pour cette session ou, si vous l’acceptez, dans un fichier lisible par vous seul.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token file %1 is readable by other users; it was not used. Restrict it with &apos;chmod 600 %1&apos; or delete it.</source>
        <translation>Le fichier de jetons %1 est lisible par d’autres utilisateurs&#xa0;; il n’a pas été utilisé. Restreignez-le avec «&#xa0;chmod 600 %1&#xa0;» ou supprimez-le.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Impossible de lire le fichier de jetons %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the token file %1: %2</source>
        <translation>Impossible d’écrire le fichier de jetons %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>scim::DeclareAttributesDialog</name>
    <message>
        <source>Declare seen attributes</source>
        <translation>Déclarer les attributs reçus</translation>
    </message>
    <message>
        <source>Attributes under extension URNs that IdPs sent and no schema of this connection declares. Declare one to add it, with the type inferred from its values, to its schema; check it, then save the schema.</source>
        <translation>Attributs sous des URN d’extension que des IdP ont envoyés et qu’aucun schéma de cette connexion ne déclare. Déclarez-en un pour l’ajouter à son schéma, avec le type déduit de ses valeurs&#xa0;; vérifiez-le, puis enregistrez le schéma.</translation>
    </message>
    <message>
        <source>Undeclared attributes</source>
        <translation>Attributs non déclarés</translation>
    </message>
    <message>
        <source>Looking for undeclared attributes…</source>
        <translation>Recherche des attributs non déclarés…</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Déclarer</translation>
    </message>
    <message>
        <source>Add the chosen attribute to its schema in the editor</source>
        <translation>Ajouter l’attribut choisi à son schéma dans l’éditeur</translation>
    </message>
    <message>
        <source>Could not survey the connection&apos;s resources: %1.</source>
        <translation>Impossible d’examiner les ressources de la connexion&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared attribute(s) found in %1 stored users and groups.</source>
        <extracomment>%n: the number of undeclared attributes found, %1: the number of users and groups looked at</extracomment>
        <translation>
            <numerusform>%n attribut non déclaré trouvé dans %1 utilisateurs et groupes enregistrés.</numerusform>
            <numerusform>%n attributs non déclarés trouvés dans %1 utilisateurs et groupes enregistrés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::DropHint</name>
    <message>
        <source>Drop feedback</source>
        <translation>Indication de dépôt</translation>
    </message>
</context>
<context>
    <name>scim::EngineSession</name>
    <message>
        <source>not connected</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation>connecté</translation>
    </message>
    <message>
        <source>unreachable, reconnecting…</source>
        <translation>injoignable, reconnexion…</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation>échec</translation>
    </message>
    <message>
        <source>No admin token is stored for %1.</source>
        <translation>Aucun jeton d’administration n’est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The embedded engine uses a token valid for this session.</source>
        <translation>Le moteur intégré utilise un jeton valable pour cette session.</translation>
    </message>
    <message>
        <source>The embedded engine could not start: %1</source>
        <translation>Le moteur intégré n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <extracomment>%1 the engine URL, %2 the reason</extracomment>
        <translation>Impossible de se connecter à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not use the engine: %1.</source>
        <translation>Impossible d’utiliser le moteur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The certificate of the engine at %1 is not trusted.</source>
        <translation>Le certificat du moteur à l’adresse %1 n’est pas approuvé.</translation>
    </message>
    <message>
        <source>Not connected to %1: its certificate was not trusted.</source>
        <translation>Non connecté à %1&#xa0;: son certificat n’a pas été approuvé.</translation>
    </message>
</context>
<context>
    <name>scim::EngineSettingsDialog</name>
    <message>
        <source>Embedded engine settings</source>
        <translation>Paramètres du moteur intégré</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <source>127.0.0.1: only this computer. 0.0.0.0: every network interface, so that identity providers can reach the engine; the Management API then stays on 127.0.0.1.</source>
        <translation>127.0.0.1&#xa0;: cet ordinateur uniquement. 0.0.0.0&#xa0;: toutes les interfaces réseau, pour que les fournisseurs d’identité puissent joindre le moteur&#xa0;; l’API de gestion reste alors sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Choose a free port once</source>
        <translation>Choisir une fois un port libre</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source>e.g. https://scim.example.com, behind a reverse proxy or tunnel</source>
        <translation>p. ex. https://scim.example.com, derrière un proxy inverse ou un tunnel</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>PEM file; empty: plain HTTP</source>
        <translation>Fichier PEM&#xa0;; vide&#xa0;: HTTP simple</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clé privée TLS</translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation>Fichier PEM</translation>
    </message>
    <message>
        <source>Request log retention</source>
        <translation>Conservation du journal des requêtes</translation>
    </message>
    <message>
        <source>Keep events</source>
        <translation>Conserver les événements</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>The suffix of the log retention in days, with a leading space</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Apply and restart</source>
        <translation>&amp;Appliquer et redémarrer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation>Adresse d’&amp;écoute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Public U&amp;RL:</source>
        <translation>U&amp;RL publique&#xa0;:</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificat TLS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>Clé TL&amp;S&#xa0;:</translation>
    </message>
    <message>
        <source>Keep request log &amp;events for:</source>
        <translation>Conser&amp;ver les événements du journal des requêtes pendant&#xa0;:</translation>
    </message>
    <message>
        <source>The engine runs with the new settings.</source>
        <translation>Le moteur fonctionne avec les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>SCIM endpoints are under %1.</source>
        <translation>Les points de terminaison SCIM se trouvent sous %1.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restarting the embedded engine…</source>
        <translation>Redémarrage du moteur intégré…</translation>
    </message>
    <message>
        <source>The endpoint changed from %1 to %2. Identity providers configured with the old URL cannot reach this engine until you give them the new one; the Connections page names the tokens issued for the old URL.</source>
        <extracomment>%1: the endpoint before the restart, %2: the current one</extracomment>
        <translation>Le point de terminaison est passé de %1 à %2. Les fournisseurs d’identité configurés avec l’ancienne URL ne peuvent pas joindre ce moteur tant que vous ne leur avez pas donné la nouvelle&#xa0;; la page Connexions indique les jetons émis pour l’ancienne URL.</translation>
    </message>
</context>
<context>
    <name>scim::EngineStatusWidget</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Embedded engine</source>
        <translation>Moteur intégré</translation>
    </message>
    <message>
        <source>Remote engine</source>
        <translation>Moteur distant</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <extracomment>%1 is the engine&apos;s PostgreSQL database as the engine names it, e.g. &quot;PostgreSQL scim@db1:5432/scim&quot;.</extracomment>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: SQLite %1</source>
        <extracomment>%1 is the path of the engine&apos;s SQLite database file.</extracomment>
        <translation>Base de données&#xa0;: SQLite %1</translation>
    </message>
    <message>
        <source>Instance: %1 (leader)</source>
        <extracomment>%1 is the name of the engine instance; the leader is the one of several instances that does the work that must happen once (log streams, retention).</extracomment>
        <translation>Instance&#xa0;: %1 (principale)</translation>
    </message>
    <message>
        <source>Instance: %1 (follower)</source>
        <extracomment>%1 is the name of the engine instance; a follower serves requests while another instance leads.</extracomment>
        <translation>Instance&#xa0;: %1 (secondaire)</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <extracomment>%1 is the name of the engine instance (--instance-name, by default host:port).</extracomment>
        <translation>Instance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>scim::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>scim::GenerateTokenDialog</name>
    <message>
        <source>get:users: read and list users</source>
        <translation>get:users&#xa0;: lire et lister les utilisateurs</translation>
    </message>
    <message>
        <source>post:users: create users</source>
        <translation>post:users&#xa0;: créer des utilisateurs</translation>
    </message>
    <message>
        <source>put:users: replace users</source>
        <translation>put:users&#xa0;: remplacer des utilisateurs</translation>
    </message>
    <message>
        <source>patch:users: update and deactivate users</source>
        <translation>patch:users&#xa0;: modifier et désactiver des utilisateurs</translation>
    </message>
    <message>
        <source>delete:users: delete users</source>
        <translation>delete:users&#xa0;: supprimer des utilisateurs</translation>
    </message>
    <message>
        <source>get:groups: read and list groups</source>
        <translation>get:groups&#xa0;: lire et lister les groupes</translation>
    </message>
    <message>
        <source>post:groups: create groups</source>
        <translation>post:groups&#xa0;: créer des groupes</translation>
    </message>
    <message>
        <source>put:groups: replace groups</source>
        <translation>put:groups&#xa0;: remplacer des groupes</translation>
    </message>
    <message>
        <source>patch:groups: update groups and their members</source>
        <translation>patch:groups&#xa0;: modifier les groupes et leurs membres</translation>
    </message>
    <message>
        <source>delete:groups: delete groups</source>
        <translation>delete:groups&#xa0;: supprimer des groupes</translation>
    </message>
    <message>
        <source>Generate SCIM token</source>
        <translation>Générer un jeton SCIM</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N’expire jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Expire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée de vie&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Préréglages&#xa0;:</translation>
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
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>aucune expiration</translation>
    </message>
    <message>
        <source>Select at least one scope.</source>
        <translation>Sélectionnez au moins une portée.</translation>
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation>Durée de vie personnalisée</translation>
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation>Unité de la durée de vie personnalisée</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
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
        <translation>Impossible de charger les membres du groupe&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::GroupsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Could not load the groups: %1.</source>
        <translation>Impossible de charger les groupes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::GroupsPage</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Rechercher des groupes</translation>
    </message>
    <message>
        <source>Search by name or external id…</source>
        <translation>Rechercher par nom ou ID externe…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the user.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l’utilisateur.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Members of %1 (%n)</source>
        <extracomment>%1 group name, %n members</extracomment>
        <translation>
            <numerusform>Membres de %1 (%n)</numerusform>
            <numerusform>Membres de %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a connection to see the groups its identity provider pushed.</source>
        <translation>Choisissez une connexion pour voir les groupes que son fournisseur d’identité a envoyés.</translation>
    </message>
    <message>
        <source>No groups. Groups appear when the identity provider pushes them (Okta: Push Groups; Entra ID: assign groups to the application).</source>
        <translation>Aucun groupe. Les groupes apparaissent quand le fournisseur d’identité les envoie (Okta&#xa0;: Push Groups&#xa0;; Entra ID&#xa0;: attribuez des groupes à l’application).</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n groupe.</numerusform>
            <numerusform>%n groupes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy group &amp;id</source>
        <translation>Copier l’&amp;ID du groupe</translation>
    </message>
    <message>
        <source>Copy &amp;external id</source>
        <translation>Copier l’ID &amp;externe</translation>
    </message>
</context>
<context>
    <name>scim::LogDetailWidget</name>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Log event JSON</source>
        <translation>Événement de journal en JSON</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copier en cURL</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Copy a curl command that replays the request; it reads the bearer token from the SCIM_TOKEN environment variable.</source>
        <translation>Copier une commande curl qui rejoue la requête&#xa0;; elle lit le jeton porteur dans la variable d’environnement SCIM_TOKEN.</translation>
    </message>
    <message>
        <source>Copy the whole log event as JSON.</source>
        <translation>Copier l’événement de journal complet en JSON.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Could not load the log event: %1.</source>
        <translation>Impossible de charger l’événement de journal&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Select a log event to see the request and the response.</source>
        <translation>Sélectionnez un événement de journal pour voir la requête et la réponse.</translation>
    </message>
    <message>
        <source>✕ Failure: %1</source>
        <extracomment>%1: the engine&apos;s description of the request (English, as recorded)</extracomment>
        <translation>✕ Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Success: %1</source>
        <translation>✓ Succès&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2&lt;br&gt;%3 · %4 ms · %5 · log %6</source>
        <extracomment>%1 method, %2 path, %3 date and time, %4 duration in ms, %5 client IP address, %6 log event id</extracomment>
        <translation>%1 %2&lt;br&gt;%3 · %4 ms · %5 · événement %6</translation>
    </message>
    <message>
        <source>Connection: &lt;a href=&quot;connection:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Connexion&#xa0;: &lt;a href=&quot;connection:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>User: &lt;a href=&quot;user:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Utilisateur&#xa0;: &lt;a href=&quot;user:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no headers recorded)</source>
        <translation>(aucun en-tête enregistré)</translation>
    </message>
    <message>
        <source>Request and response of the event</source>
        <translation>Requête et réponse de l’événement</translation>
    </message>
    <message>
        <source>(no body)</source>
        <extracomment>Shown instead of a request or response body when the request had none (e.g. a GET)</extracomment>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copié</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation>La commande curl est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The log event&apos;s JSON is on the clipboard.</source>
        <translation>Le JSON de l’événement du journal est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>scim::LogExporter</name>
    <message>
        <source>The log view was closed.</source>
        <translation>La vue du journal a été fermée.</translation>
    </message>
</context>
<context>
    <name>scim::LogModel</name>
    <message>
        <source>Success</source>
        <extracomment>Result column: the SCIM request succeeded</extracomment>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <extracomment>Result column: the SCIM request failed</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>sscim: the SCIM request succeeded</source>
        <extracomment>sscim and fscim are the log event types, keep them</extracomment>
        <translation>sscim&#xa0;: la requête SCIM a réussi</translation>
    </message>
    <message>
        <source>fscim: the SCIM request failed</source>
        <extracomment>sscim and fscim are the log event types, keep them</extracomment>
        <translation>fscim&#xa0;: la requête SCIM a échoué</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>HTTP status code column</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Could not load the logs: this engine has no logs endpoint (GET /api/v2/logs). Update the engine.</source>
        <translation>Impossible de charger les journaux&#xa0;: ce moteur n’a pas de point de terminaison de journaux (GET /api/v2/logs). Mettez le moteur à jour.</translation>
    </message>
    <message>
        <source>Could not load the logs: %1.</source>
        <translation>Impossible de charger les journaux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not load older log events: %1.</source>
        <translation>Impossible de charger les événements plus anciens&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <extracomment>Request duration in milliseconds, in the language&apos;s number format</extracomment>
        <translation>%L1&#xa0;ms</translation>
    </message>
</context>
<context>
    <name>scim::LogStreamDialog</name>
    <message>
        <source>Edit log stream</source>
        <translation>Modifier le flux de journaux</translation>
    </message>
    <message>
        <source>New log stream</source>
        <translation>Nouveau flux de journaux</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. siem</source>
        <translation>p. ex. siem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Stored; type a new value to replace it</source>
        <translation>Enregistré&#xa0;; saisissez une nouvelle valeur pour le remplacer</translation>
    </message>
    <message>
        <source>Receivers verify ES256 signatures with the engine&apos;s public key, published at %1.</source>
        <extracomment>%1: the URL of the engine&apos;s JSON Web Key Set</extracomment>
        <translation>Les destinataires vérifient les signatures ES256 avec la clé publique du moteur, publiée à %1.</translation>
    </message>
    <message>
        <source>The log stream was not saved: %1.</source>
        <translation>Le flux de journaux n’a pas été enregistré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::LogStreamsModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Security events (SET)</source>
        <translation>Événements de sécurité (SET)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation>Livre à</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Dernière livraison</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Could not load the log streams: %1.</source>
        <translation>Impossible de charger les flux de journaux&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::LogStreamsPage</name>
    <message>
        <source>New &amp;stream…</source>
        <translation>Nouveau &amp;flux…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>Envoyer un événement de &amp;test</translation>
    </message>
    <message>
        <source>Sends one test event to the stream&apos;s receiver, whatever the stream&apos;s status, and shows what it answered. No delivery state changes.</source>
        <translation>Envoie un événement de test au destinataire du flux, quel que soit l’état du flux, et affiche ce qu’il a répondu. L’état de livraison ne change pas.</translation>
    </message>
    <message>
        <source>Log streams</source>
        <translation>Flux de journaux</translation>
    </message>
    <message>
        <source>No log streams. A webhook stream forwards every request-log event to a SIEM or another collector; a security event stream tells an application what provisioning changed (RFC 9967). Choose New stream to create one.</source>
        <translation>Aucun flux de journaux. Un flux webhook transmet chaque événement du journal des requêtes à un SIEM ou à un autre collecteur&#xa0;; un flux d’événements de sécurité indique à une application ce que le provisionnement a modifié (RFC&#xa0;9967). Choisissez Nouveau flux pour en créer un.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resumes delivery from where the stream stopped, with a fresh series of retries.</source>
        <translation>Reprend la livraison là où le flux s’est arrêté, avec une nouvelle série de tentatives.</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <extracomment>%1: the engine&apos;s reason, e.g. &quot;Suspended after 10 consecutive failed deliveries; the last one: HTTP 503&quot;</extracomment>
        <translation>Suspendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The last delivery failed: %1</source>
        <extracomment>%1: the last delivery error, e.g. &quot;HTTP 503&quot;</extracomment>
        <translation>La dernière livraison a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 stream “%2”, delivering to %3.</source>
        <translation>Flux %1 «&#xa0;%2&#xa0;», livré à %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be delivered.</source>
        <translation>
            <numerusform>%n modification en attente de livraison.</numerusform>
            <numerusform>%n modifications en attente de livraison.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed with the engine&apos;s ES256 key, published at %1.</source>
        <extracomment>%1: the URL of the engine&apos;s JSON Web Key Set</extracomment>
        <translation>Signé avec la clé ES256 du moteur, publiée à %1.</translation>
    </message>
    <message>
        <source>Could not pause the log stream: %1.</source>
        <translation>Impossible de mettre le flux de journaux en pause&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not resume the log stream: %1.</source>
        <translation>Impossible de reprendre le flux de journaux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Delete log stream</source>
        <translation>Supprimer le flux de journaux</translation>
    </message>
    <message>
        <source>Delete the log stream %1? Its receiver gets no more events, and its delivery position is lost.</source>
        <translation>Supprimer le flux de journaux %1&#xa0;? Son destinataire ne reçoit plus d’événements et sa position de livraison est perdue.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Could not delete the log stream: %1.</source>
        <translation>Impossible de supprimer le flux de journaux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sending a test event…</source>
        <translation>Envoi d’un événement de test…</translation>
    </message>
    <message>
        <source>The test event was not sent: %1.</source>
        <translation>L’événement de test n’a pas été envoyé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::LogsPage</name>
    <message>
        <source>Connection filter</source>
        <translation>Filtre par connexion</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Filtre par résultat</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>HTTP status filter</source>
        <translation>Filtre par statut HTTP</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx succès</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx redirection</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx erreur client</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx erreur serveur</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre par action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Dernière minute</numerusform>
            <numerusform>%n dernières minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Dernière heure</numerusform>
            <numerusform>%n dernières heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Suivre les nouveaux événements</translation>
    </message>
    <message>
        <source>Keep the newest event in view (End)</source>
        <translation>Garder le dernier événement visible (Fin)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the live view</source>
        <translation>Mettre la vue en direct en pause</translation>
    </message>
    <message>
        <source>Freeze the view; new events are collected and shown on resume</source>
        <translation>Figer la vue&#xa0;; les nouveaux événements sont recueillis et affichés à la reprise</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the filtered events</source>
        <translation>Exporter les événements filtrés</translation>
    </message>
    <message>
        <source>Export as JSON Lines…</source>
        <translation>Exporter en JSON Lines…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Log events</source>
        <translation>Événements du journal</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Could not export the log: %1</source>
        <translation>Impossible d’exporter le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filtre par utilisateur</translation>
    </message>
    <message>
        <source>User name prefix or id</source>
        <translation>Début du nom ou identifiant</translation>
    </message>
    <message>
        <source>Search paths, users, actions, ids…</source>
        <translation>Rechercher chemins, utilisateurs, actions, identifiants…</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>Live (polling)</source>
        <translation>En direct (interrogation)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 sur %Ln événement</numerusform>
            <numerusform>%1 sur %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>loading older events…</source>
        <translation>chargement des événements plus anciens…</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>depuis le début</translation>
    </message>
    <message numerus="yes">
        <source>Paused · %Ln new event(s) waiting</source>
        <translation>
            <numerusform>En pause · %Ln nouvel événement en attente</numerusform>
            <numerusform>En pause · %Ln nouveaux événements en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Export log events</source>
        <translation>Exporter les événements du journal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.ndjson)</source>
        <translation>Fichiers JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln event(s)…</source>
        <translation>
            <numerusform>Exportation de %Ln événement…</numerusform>
            <numerusform>Exportation de %Ln événements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Shows the events of users whose name starts with this text, or of the user with this id.</source>
        <translation>Affiche les événements des utilisateurs dont le nom commence par ce texte, ou de l’utilisateur ayant cet identifiant.</translation>
    </message>
    <message>
        <source>Shows the events whose path, user, action or ids contain all of these words.</source>
        <translation>Affiche les événements dont le chemin, l’utilisateur, l’action ou les identifiants contiennent tous ces mots.</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copier en &amp;cURL</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
</context>
<context>
    <name>scim::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Attribute map</source>
        <translation>Mappage des attributs</translation>
    </message>
    <message>
        <source>To keep admin tokens in a file instead, enable Engine › Store admin tokens in a file.</source>
        <translation>Pour conserver plutôt les jetons d’administration dans un fichier, activez Moteur › Enregistrer les jetons d’administration dans un fichier.</translation>
    </message>
    <message>
        <source>Enter the admin token for %1.</source>
        <translation>Saisissez le jeton d’administration de %1.</translation>
    </message>
    <message>
        <source>The admin token was not remembered.</source>
        <translation>Le jeton d’administration n’a pas été mémorisé.</translation>
    </message>
    <message>
        <source>Could not store the admin token: %1</source>
        <translation>Impossible d’enregistrer le jeton d’administration&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Connect to engine…</source>
        <translation>Se &amp;connecter à un moteur…</translation>
    </message>
    <message>
        <source>Use &amp;embedded engine</source>
        <translation>Utiliser le moteur &amp;intégré</translation>
    </message>
    <message>
        <source>Store admin tokens in a &amp;file when no keychain is available</source>
        <translation>Enregistrer les jetons d’administration dans un &amp;fichier en l’absence de trousseau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>&lt;loaded map&gt;</source>
        <extracomment>The first entry of the undo history: the attribute map as loaded, before any change</extracomment>
        <translation>&lt;mappage chargé&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Delete connection…</source>
        <translation>&amp;Supprimer la connexion…</translation>
    </message>
    <message>
        <source>&amp;Generate token…</source>
        <translation>&amp;Générer un jeton…</translation>
    </message>
    <message>
        <source>Edit attribute &amp;map</source>
        <translation>Modifier le &amp;mappage des attributs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <source>&amp;Attribute map</source>
        <translation>&amp;Mappage des attributs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About SCIM Console</source>
        <translation>À &amp;propos de SCIM Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Could not create the connection: %1.</source>
        <translation>Impossible de créer la connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not enable SCIM for the new connection: %1.</source>
        <translation>Impossible d’activer SCIM pour la nouvelle connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>About SCIM Console</source>
        <translation>À propos de SCIM Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCIM Console %1&lt;/h3&gt;&lt;p&gt;Accept user provisioning from enterprise identity providers over SCIM 2.0, and run it from your desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SCIM Console %1&lt;/h3&gt;&lt;p&gt;Acceptez le provisionnement des utilisateurs par les fournisseurs d’identité des entreprises via SCIM 2.0, et pilotez-le depuis votre bureau.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restart SCIM Console</source>
        <translation>Redémarrer SCIM Console</translation>
    </message>
    <message>
        <source>SCIM Console shows the new language after a restart. Restart now?</source>
        <translation>SCIM Console affiche la nouvelle langue après un redémarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Unsaved attribute map</source>
        <translation>Mappage des attributs non enregistré</translation>
    </message>
    <message>
        <source>The attribute map has unsaved changes. Quit without saving them?</source>
        <translation>Le mappage des attributs contient des modifications non enregistrées. Quitter sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1: what is undone, e.g. &quot;Map userName → email&quot;</extracomment>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1: what is redone, e.g. &quot;Map userName → email&quot;</extracomment>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>E&amp;ngine</source>
        <translation>&amp;Moteur</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>Edit &amp;schemas</source>
        <translation>Modifier les &amp;schémas</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>&amp;Schémas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Log streams</source>
        <translation>Flux de journaux</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Where the embedded engine listens, its public URL, TLS and log retention.</source>
        <translation>Où le moteur intégré écoute, son URL publique, TLS et la conservation du journal.</translation>
    </message>
    <message>
        <source>Connection se&amp;ttings</source>
        <translation>Paramètres de co&amp;nnexion</translation>
    </message>
    <message>
        <source>Log st&amp;reams</source>
        <translation>&amp;Flux de journaux</translation>
    </message>
    <message>
        <source>Check endpoint</source>
        <extracomment>The navigation entry of the page that runs conformance checks against a SCIM endpoint</extracomment>
        <translation>Vérifier un point de terminaison</translation>
    </message>
    <message>
        <source>Chec&amp;k an endpoint</source>
        <translation>Vérifier un &amp;point de terminaison</translation>
    </message>
    <message>
        <source>The console is still connected to the embedded engine.</source>
        <translation>La console reste connectée au moteur intégré.</translation>
    </message>
    <message>
        <source>The console is still connected to %1.</source>
        <translation>La console reste connectée à %1.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a toolbar button: %1 what it does, %2 its keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show the &amp;toolbar</source>
        <translation>Afficher la barre d’&amp;outils</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>%1 page</source>
        <extracomment>A group in the keyboard shortcuts list: %1 is a page (e.g. &quot;Logs&quot;)</extracomment>
        <translation>Page %1</translation>
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
            <numerusform>%n jeton actif a été émis pour une ancienne URL de point de terminaison SCIM de sa connexion&#xa0;: les fournisseurs d’identité configurés avec l’ancienne URL ne peuvent pas joindre ce moteur. Donnez-leur la nouvelle URL affichée sur la page Connexions, ou générez un nouveau jeton.</numerusform>
            <numerusform>%n jetons actifs ont été émis pour une ancienne URL de point de terminaison SCIM de leur connexion&#xa0;: les fournisseurs d’identité configurés avec l’ancienne URL ne peuvent pas joindre ce moteur. Donnez-leur la nouvelle URL affichée sur la page Connexions, ou générez un nouveau jeton.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes. Save them before closing?</source>
        <extracomment>%1: the connection&apos;s name</extracomment>
        <translation>Les paramètres de %1 contiennent des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>scim::ManagementClient</name>
    <message>
        <source>The engine at %1 could not be reached (%2)</source>
        <extracomment>%1 the engine URL, %2 the network error</extracomment>
        <translation>Le moteur à l’adresse %1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>The certificate of the engine at %1 is not trusted.</source>
        <translation>Le certificat du moteur à l’adresse %1 n’est pas approuvé.</translation>
    </message>
</context>
<context>
    <name>scim::MappingEditorPage</name>
    <message>
        <source>Add</source>
        <extracomment>Button beside the custom SCIM entry field
----------
Button beside the custom profile key field</extracomment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add this filtered entry to the SCIM attributes</source>
        <translation>Ajouter cette entrée filtrée aux attributs SCIM</translation>
    </message>
    <message>
        <source>Add this app_metadata / user_metadata key</source>
        <translation>Ajouter cette clé app_metadata / user_metadata</translation>
    </message>
    <message>
        <source>Map ⏎</source>
        <translation>Mapper ⏎</translation>
    </message>
    <message>
        <source>Map the selected SCIM attribute to the selected profile attribute (Enter)</source>
        <translation>Mapper l’attribut SCIM sélectionné vers l’attribut de profil sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected pairs (Delete)</source>
        <translation>Retirer les paires sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Send the map to the engine (Ctrl+S)</source>
        <translation>Envoyer le mappage au moteur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard unsaved changes: back to the map the engine has</source>
        <translation>Abandonner les modifications non enregistrées&#xa0;: revenir au mappage que le moteur possède</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>The strategy&apos;s default map (undoable)</source>
        <translation>Le mappage par défaut de la stratégie (annulable)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Load a mapping file ({user_id_attribute, mapping})</source>
        <translation>Charger un fichier de mappage ({user_id_attribute, mapping})</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the map as a mapping file</source>
        <translation>Enregistrer le mappage dans un fichier de mappage</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>user_id_attribute: the attribute that identifies the user</source>
        <extracomment>Accessible name of the user_id_attribute chooser; user_id_attribute is the API&apos;s field name</extracomment>
        <translation>user_id_attribute&#xa0;: l’attribut qui identifie l’utilisateur</translation>
    </message>
    <message>
        <source>The attribute whose value identifies the user towards the connection (identities[0].user_id). Single-valued, and mapped itself.</source>
        <translation>L’attribut dont la valeur identifie l’utilisateur auprès de la connexion (identities[0].user_id). À valeur unique et lui-même mappé.</translation>
    </message>
    <message>
        <source>SCIM attributes</source>
        <translation>Attributs SCIM</translation>
    </message>
    <message>
        <source>Custom filtered SCIM entry</source>
        <translation>Entrée SCIM filtrée personnalisée</translation>
    </message>
    <message>
        <source>Custom entry, e.g. emails[type eq &quot;school&quot;].value</source>
        <translation>Entrée personnalisée, p.&#xa0;ex. emails[type eq &quot;school&quot;].value</translation>
    </message>
    <message>
        <source>Filter pairs</source>
        <translation>Filtrer les paires</translation>
    </message>
    <message>
        <source>Filter pairs…</source>
        <translation>Filtrer les paires…</translation>
    </message>
    <message>
        <source>Mapping pairs</source>
        <translation>Paires de mappage</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Retirer la paire</translation>
    </message>
    <message>
        <source>Profile attributes</source>
        <translation>Attributs de profil</translation>
    </message>
    <message>
        <source>Custom profile key</source>
        <translation>Clé de profil personnalisée</translation>
    </message>
    <message>
        <source>app_metadata.&lt;key&gt; or user_metadata.&lt;key&gt;</source>
        <translation>app_metadata.&lt;key&gt; ou user_metadata.&lt;key&gt;</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>user_id_attribute:</source>
        <extracomment>Label of the user_id_attribute chooser; user_id_attribute is the API&apos;s field name, keep it</extracomment>
        <translation>user_id_attribute&#xa0;:</translation>
    </message>
    <message>
        <source>Mapping (SCIM → profile)</source>
        <translation>Mappage (SCIM → profil)</translation>
    </message>
    <message>
        <source>Replace the mapping</source>
        <translation>Remplacer le mappage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mapped from &apos;%2&apos;. Map it from &apos;%3&apos; instead?</source>
        <translation>«&#xa0;%1&#xa0;» est alimenté par «&#xa0;%2&#xa0;». Le mapper plutôt depuis «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Choose a connection to edit its attribute map.</source>
        <translation>Choisissez une connexion pour modifier son mappage des attributs.</translation>
    </message>
    <message>
        <source>Unsaved attribute map</source>
        <translation>Mappage des attributs non enregistré</translation>
    </message>
    <message>
        <source>The attribute map of %1 has unsaved changes. Discard them?</source>
        <translation>Le mappage des attributs de %1 contient des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Loading the attribute map of %1…</source>
        <translation>Chargement du mappage des attributs de %1…</translation>
    </message>
    <message>
        <source>SCIM is not enabled for %1: enable it on the Connections page to edit its attribute map.</source>
        <translation>SCIM n’est pas activé pour %1&#xa0;: activez-le dans la page Connexions pour modifier son mappage des attributs.</translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s schemas: %1.</source>
        <translation>Impossible de charger les schémas de la connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not read the connection&apos;s schemas: %1.</source>
        <translation>Impossible de lire les schémas de la connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not load the attribute map: %1.</source>
        <translation>Impossible de charger le mappage des attributs&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s). Drag a SCIM attribute onto a profile attribute, or select both and press Enter.</source>
        <translation>
            <numerusform>%n paire. Faites glisser un attribut SCIM sur un attribut de profil, ou sélectionnez les deux et appuyez sur Entrée.</numerusform>
            <numerusform>%n paires. Faites glisser un attribut SCIM sur un attribut de profil, ou sélectionnez les deux et appuyez sur Entrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute map</source>
        <translation>Mappage des attributs</translation>
    </message>
    <message>
        <source>Attribute map — %1</source>
        <translation>Mappage des attributs — %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) break a rule (marked in the table).</source>
        <translation>
            <numerusform>%n paire enfreint une règle (signalée dans le tableau).</numerusform>
            <numerusform>%n paires enfreignent une règle (signalées dans le tableau).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drop to remove %n pair(s) from the map</source>
        <translation>
            <numerusform>Déposer pour retirer la paire du mappage</numerusform>
            <numerusform>Déposer pour retirer %n paires du mappage</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop onto a profile attribute to map %1 there</source>
        <translation>Déposer sur un attribut de profil pour y mapper %1</translation>
    </message>
    <message>
        <source>Map %1 → %2</source>
        <translation>Mapper %1 → %2</translation>
    </message>
    <message>
        <source>%1 is mapped from %2: drop to choose whether to replace it</source>
        <translation>%1 est alimenté par %2&#xa0;: déposez pour choisir de le remplacer ou non</translation>
    </message>
    <message>
        <source>Select a SCIM attribute on the left and a profile attribute on the right, then press Enter or Map.</source>
        <translation>Sélectionnez un attribut SCIM à gauche et un attribut de profil à droite, puis appuyez sur Entrée ou Mapper.</translation>
    </message>
    <message>
        <source>Mapped %1 → %2.</source>
        <translation>Mappé&#xa0;: %1 → %2.</translation>
    </message>
    <message>
        <source>Saving the attribute map of %1…</source>
        <translation>Enregistrement du mappage des attributs de %1…</translation>
    </message>
    <message>
        <source>Not saved: the engine refused the map.</source>
        <translation>Non enregistré&#xa0;: le moteur a refusé le mappage.</translation>
    </message>
    <message>
        <source>Could not save the attribute map: %1.</source>
        <translation>Impossible d’enregistrer le mappage des attributs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved. The engine recomputes the profiles of %1 with the new map.</source>
        <translation>Enregistré. Le moteur recalcule les profils de %1 avec le nouveau mappage.</translation>
    </message>
    <message>
        <source>Could not read the saved attribute map: %1.</source>
        <translation>Impossible de lire le mappage des attributs enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Retour à la version enregistrée</translation>
    </message>
    <message>
        <source>Reverted to the saved map.</source>
        <translation>Retour au mappage enregistré.</translation>
    </message>
    <message>
        <source>Could not read the default attribute map: %1.</source>
        <translation>Impossible de lire le mappage des attributs par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reset to the defaults (not saved yet; Undo brings your map back).</source>
        <translation>Valeurs par défaut rétablies (pas encore enregistrées&#xa0;; Annuler restaure votre mappage).</translation>
    </message>
    <message>
        <source>Could not import %1: %2. Choose a mapping file as Export writes it.</source>
        <translation>Impossible d’importer %1&#xa0;: %2. Choisissez un fichier de mappage tel qu’Exporter l’écrit.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo text: import of a mapping file; %1 is its file name</extracomment>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s) from %1 (not saved yet).</source>
        <translation>
            <numerusform>%n paire importée depuis %1 (pas encore enregistrée).</numerusform>
            <numerusform>%n paires importées depuis %1 (pas encore enregistrées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pair(s) to %1.</source>
        <translation>
            <numerusform>%n paire exportée vers %1.</numerusform>
            <numerusform>%n paires exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Choose another folder.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Import a mapping file</source>
        <translation>Importer un fichier de mappage</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Fichiers de mappage (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the mapping file</source>
        <translation>Exporter le fichier de mappage</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Fichiers de mappage (*.json)</translation>
    </message>
    <message>
        <source>Preview on real users…</source>
        <translation>Aperçu sur les utilisateurs réels…</translation>
    </message>
    <message>
        <source>See what the edited map would change in the profiles of this connection&apos;s users, without saving it</source>
        <translation>Voir ce que le mappage modifié changerait dans les profils des utilisateurs de cette connexion, sans l’enregistrer</translation>
    </message>
</context>
<context>
    <name>scim::MappingModel</name>
    <message>
        <source>inverted</source>
        <extracomment>Notes column: active → blocked is stored inverted</extracomment>
        <translation>inversé</translation>
    </message>
    <message>
        <source>Stored inverted: blocked is true when active is false.</source>
        <translation>Stocké inversé&#xa0;: blocked vaut true quand active vaut false.</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>Attribut SCIM</translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation>Attribut de profil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <extracomment>Why a mapping file was refused; %1 the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <source>a mapping file is an object with &apos;user_id_attribute&apos; (a string) and &apos;mapping&apos; (an array)</source>
        <translation>un fichier de mappage est un objet avec «&#xa0;user_id_attribute&#xa0;» (une chaîne) et «&#xa0;mapping&#xa0;» (un tableau)</translation>
    </message>
    <message>
        <source>every &apos;mapping&apos; entry needs string &apos;scim&apos; and &apos;auth0&apos; properties</source>
        <translation>chaque entrée de «&#xa0;mapping&#xa0;» doit avoir les propriétés de type chaîne «&#xa0;scim&#xa0;» et «&#xa0;auth0&#xa0;»</translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation>Les schémas de la connexion ne sont pas encore chargés.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped to &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà mappé vers «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped to &apos;%2&apos;: each SCIM attribute maps once. Remove that pair first.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà mappé vers «&#xa0;%2&#xa0;»&#xa0;: chaque attribut SCIM n’est mappé qu’une fois. Retirez d’abord cette paire.</translation>
    </message>
    <message>
        <source>Replaces &apos;%1&apos; → &apos;%2&apos;.</source>
        <translation>Remplace «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Maps &apos;%1&apos; → &apos;%2&apos;.</source>
        <translation>Mappe «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped from &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà alimenté par «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>scim::MappingPreview</name>
    <message>
        <source>The payload is not JSON: %1 at offset %2.</source>
        <translation>Les données ne sont pas du JSON&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The payload must be a JSON object (a SCIM User).</source>
        <translation>Les données doivent être un objet JSON (un User SCIM).</translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation>Les schémas de la connexion ne sont pas encore chargés.</translation>
    </message>
    <message>
        <source>The payload is not a valid SCIM User: %1</source>
        <extracomment>%1: the engine&apos;s own reason (English, as the engine reports it to IdPs)</extracomment>
        <translation>Les données ne sont pas un User SCIM valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>scim::MappingPreviewPanel</name>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Sample payload</source>
        <translation>Données d’exemple</translation>
    </message>
    <message>
        <source>Okta user (sample)</source>
        <translation>Utilisateur Okta (exemple)</translation>
    </message>
    <message>
        <source>Entra ID user (sample)</source>
        <translation>Utilisateur Entra ID (exemple)</translation>
    </message>
    <message>
        <source>Custom payload</source>
        <translation>Données personnalisées</translation>
    </message>
    <message>
        <source>Open a SCIM payload file</source>
        <translation>Ouvrir un fichier de données SCIM</translation>
    </message>
    <message>
        <source>SCIM payload</source>
        <translation>Données SCIM</translation>
    </message>
    <message>
        <source>Paste a SCIM User payload (JSON)…</source>
        <translation>Collez les données d’un User SCIM (JSON)…</translation>
    </message>
    <message>
        <source>Resulting profile</source>
        <translation>Profil obtenu</translation>
    </message>
    <message>
        <source>Not in the profile</source>
        <translation>Absent du profil</translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation>Aperçu avec&#xa0;:</translation>
    </message>
    <message>
        <source>Changes show before you save.</source>
        <translation>Les modifications apparaissent avant l’enregistrement.</translation>
    </message>
    <message>
        <source>Profile it would produce</source>
        <translation>Profil qui en résulterait</translation>
    </message>
    <message>
        <source>Open a SCIM payload</source>
        <translation>Ouvrir des données SCIM</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>scim::NewConnectionWizard</name>
    <message>
        <source>&amp;Enable SCIM provisioning now</source>
        <translation>&amp;Activer le provisionnement SCIM maintenant</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>One connection per enterprise customer and identity provider.</source>
        <translation>Une connexion par client entreprise et fournisseur d’identité.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>e.g. acme-okta</source>
        <extracomment>Example connection name: letters, digits and single hyphens only</extracomment>
        <translation>p.&#xa0;ex. acme-okta</translation>
    </message>
    <message>
        <source>Identity provider strategy</source>
        <translation>Stratégie du fournisseur d’identité</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>S&amp;tratégie&#xa0;:</translation>
    </message>
    <message>
        <source>Use 1–128 letters and digits, optionally separated by single hyphens (no spaces, no leading or trailing hyphen).</source>
        <translation>Utilisez 1 à 128 lettres et chiffres, éventuellement séparés par des traits d’union simples (sans espaces, sans trait d’union au début ni à la fin).</translation>
    </message>
    <message>
        <source>SCIM provisioning</source>
        <translation>Provisionnement SCIM</translation>
    </message>
    <message>
        <source>Enabling SCIM stores the strategy&apos;s default attribute map and gives the connection its endpoint URL.</source>
        <translation>Activer SCIM enregistre le mappage des attributs par défaut de la stratégie et donne à la connexion l’URL de son point de terminaison.</translation>
    </message>
    <message>
        <source>User id attribute</source>
        <translation>Attribut d’identifiant utilisateur</translation>
    </message>
    <message>
        <source>The SCIM attribute that identifies a user across updates.</source>
        <translation>L’attribut SCIM qui identifie un utilisateur d’une mise à jour à l’autre.</translation>
    </message>
    <message>
        <source>&amp;User id attribute:</source>
        <translation>Attribut d’identifiant &amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>e.g. Acme Corporation (Okta)</source>
        <extracomment>Example display name: any text people read, e.g. the customer&apos;s name</extracomment>
        <translation>p.&#xa0;ex. Acme Corporation (Okta)</translation>
    </message>
    <message>
        <source>What the console shows for this connection; the name above is its identifier.</source>
        <translation>Ce que la console affiche pour cette connexion&#xa0;; le nom ci-dessus est son identifiant.</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
</context>
<context>
    <name>scim::OverviewPage</name>
    <message>
        <source>No failed requests recently.</source>
        <translation>Aucune requête échouée récemment.</translation>
    </message>
    <message>
        <source>Create a connection…</source>
        <translation>Créer une connexion…</translation>
    </message>
    <message>
        <source>No requests yet. On the Connections page, copy a connection&apos;s SCIM endpoint URL and generate a token, then enter both in your identity provider&apos;s provisioning settings (Okta: Provisioning › Integration; Entra ID: Provisioning › Admin credentials).</source>
        <translation>Aucune requête pour l’instant. Sur la page Connexions, copiez l’URL du point de terminaison SCIM d’une connexion et générez un jeton, puis saisissez-les dans les réglages de provisionnement de votre fournisseur d’identité (Okta&#xa0;: Provisioning › Integration&#xa0;; Entra ID&#xa0;: Provisioning › Admin credentials).</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Minutes</source>
        <extracomment>Axis title of the live chart: minutes before now (negative numbers)</extracomment>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Requests per minute in the last hour, all connections</source>
        <translation>Requêtes par minute sur la dernière heure, toutes connexions</translation>
    </message>
    <message>
        <source>Recent failures</source>
        <translation>Échecs récents</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the event in Logs.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l’événement dans le journal.</translation>
    </message>
    <message>
        <source>There is no connection yet. A connection is one identity provider (Okta, Entra ID, …) provisioning users into this engine. Create one to get its SCIM endpoint URL and a token.</source>
        <translation>Il n’y a pas encore de connexion. Une connexion est un fournisseur d’identité (Okta, Entra ID, …) qui provisionne des utilisateurs dans ce moteur. Créez-en une pour obtenir l’URL de son point de terminaison SCIM et un jeton.</translation>
    </message>
    <message>
        <source>Requests per minute, all connections (this minute: %1)</source>
        <extracomment>The live chart&apos;s title</extracomment>
        <translation>Requêtes par minute, toutes connexions (cette minute&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s). Last 24 hours: %1 requests succeeded, %2 failed.</source>
        <extracomment>%n connections; %1 successful and %2 failed requests over 24 hours</extracomment>
        <translation>
            <numerusform>%n connexion. Dernières 24 heures&#xa0;: %1 requêtes réussies, %2 échouées.</numerusform>
            <numerusform>%n connexions. Dernières 24 heures&#xa0;: %1 requêtes réussies, %2 échouées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1: the language the system default stands for on this computer, in its own name (&quot;Deutsch&quot;)</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>Système (suivre le bureau)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A new language takes effect when SCIM Console restarts.</source>
        <translation>Une nouvelle langue prend effet au redémarrage de SCIM Console.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>scim::ProfileAttributeModel</name>
    <message>
        <source>← %1 (inverted)</source>
        <extracomment>Mapped from: active, stored inverted</extracomment>
        <translation>← %1 (inversé)</translation>
    </message>
    <message>
        <source>blocked is fed only from active, stored inverted.</source>
        <translation>blocked n’est alimenté que par active, stocké inversé.</translation>
    </message>
    <message>
        <source>%1: not mapped</source>
        <translation>%1&#xa0;: non mappé</translation>
    </message>
    <message>
        <source>%1 is mapped from %2</source>
        <translation>%1 est alimenté par %2</translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation>Attribut de profil</translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation>Alimenté par</translation>
    </message>
    <message>
        <source>Use app_metadata.&lt;key&gt; or user_metadata.&lt;key&gt;; keys are letters, digits, _ and -.</source>
        <translation>Utilisez app_metadata.&lt;key&gt; ou user_metadata.&lt;key&gt;&#xa0;; les clés se composent de lettres, de chiffres, de _ et de -.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>scim::RealUsersPreview</name>
    <message>
        <source>the answer ended before the result</source>
        <translation>la réponse s’est terminée avant le résultat</translation>
    </message>
    <message>
        <source>The preview on real users failed: %1.</source>
        <translation>L’aperçu sur les utilisateurs réels a échoué&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::RealUsersPreviewDialog</name>
    <message>
        <source>&amp;Run preview</source>
        <translation>&amp;Lancer l’aperçu</translation>
    </message>
    <message>
        <source>Preview on real users: %1</source>
        <translation>Aperçu sur les utilisateurs réels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computes what the edited map would do to the profiles of the users of %1. Nothing is saved.</source>
        <translation>Calcule ce que le mappage modifié ferait aux profils des utilisateurs de %1. Rien n’est enregistré.</translation>
    </message>
    <message>
        <source>All users</source>
        <extracomment>Shown in the sample-size box when its value is 0</extracomment>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Users to examine</source>
        <translation>Utilisateurs à examiner</translation>
    </message>
    <message>
        <source>For a large connection, examine a random sample of this many users.</source>
        <translation>Pour une grande connexion, examiner un échantillon aléatoire de ce nombre d’utilisateurs.</translation>
    </message>
    <message>
        <source>Run preview</source>
        <translation>Lancer l’aperçu</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Progression de l’aperçu</translation>
    </message>
    <message>
        <source>Attributes that would change</source>
        <translation>Attributs qui changeraient</translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation>Attribut de profil</translation>
    </message>
    <message>
        <source>Would appear</source>
        <translation>Apparaîtrait</translation>
    </message>
    <message>
        <source>Would disappear</source>
        <translation>Disparaîtrait</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Changerait</translation>
    </message>
    <message>
        <source>Examples of changed profiles</source>
        <translation>Exemples de profils modifiés</translation>
    </message>
    <message>
        <source>&amp;Users to examine:</source>
        <translation>&amp;Utilisateurs à examiner&#xa0;:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Examples (profile before and after):</source>
        <translation>&amp;Exemples (profil avant et après)&#xa0;:</translation>
    </message>
    <message>
        <source>Examined %1 of %2 users…</source>
        <translation>%1 utilisateurs examinés sur %2…</translation>
    </message>
    <message>
        <source>Computing the profiles…</source>
        <translation>Calcul des profils…</translation>
    </message>
    <message>
        <source>The connection has no users yet: nothing to compare.</source>
        <translation>La connexion n’a pas encore d’utilisateurs&#xa0;: rien à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) would change, of %1 examined.</source>
        <translation>
            <numerusform>%n profil changerait, sur %1 examinés.</numerusform>
            <numerusform>%n profils changeraient, sur %1 examinés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a random sample of the connection&apos;s %1 users.</source>
        <translation>Il s’agit d’un échantillon aléatoire des %1 utilisateurs de la connexion.</translation>
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
        <translation>Impossible de charger les échecs récents&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Press Enter to open this event in Logs: %1</source>
        <extracomment>Tooltip of a recent failure; %1: what failed, as the engine describes it</extracomment>
        <translation>Entrée ouvre cet événement dans le journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>scim::SchemaAttributesModel</name>
    <message>
        <source>An attribute name starts with a letter and contains only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Un nom d’attribut commence par une lettre et ne contient que des lettres, des chiffres, &apos;-&apos; et &apos;_&apos;.</translation>
    </message>
    <message>
        <source>This schema already has an attribute named %1.</source>
        <translation>Ce schéma a déjà un attribut nommé %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Multi-valued</source>
        <translation>Multivalué</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Case exact</source>
        <translation>Sensible à la casse</translation>
    </message>
    <message>
        <source>Mutability</source>
        <translation>Mutabilité</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>Unicité</translation>
    </message>
    <message>
        <source>Only a complex attribute has sub-attributes: set the type of %1 to complex first.</source>
        <translation>Seul un attribut complexe a des sous-attributs&#xa0;: définissez d’abord le type de %1 sur complex.</translation>
    </message>
    <message>
        <source>The attribute %1 already has a sub-attribute named %2.</source>
        <translation>L’attribut %1 a déjà un sous-attribut nommé %2.</translation>
    </message>
    <message>
        <source>Canonical values</source>
        <translation>Valeurs canoniques</translation>
    </message>
    <message>
        <source>Reference types</source>
        <translation>Types de référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>scim::SchemaEditorPage</name>
    <message>
        <source>New schema</source>
        <translation>Nouveau schéma</translation>
    </message>
    <message>
        <source>Declare a schema with this URN for the chosen resource type</source>
        <translation>Déclarer un schéma avec cette URN pour le type de ressource choisi</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Add a string attribute with this name</source>
        <translation>Ajouter un attribut de type chaîne avec ce nom</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Retirer l’attribut</translation>
    </message>
    <message>
        <source>Remove the selected attribute</source>
        <translation>Retirer l’attribut sélectionné</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change to this schema</source>
        <translation>Annuler la dernière modification de ce schéma</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Send the schema to the engine</source>
        <translation>Envoyer le schéma au moteur</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard unsaved changes: back to the schema the engine has</source>
        <translation>Abandonner les modifications non enregistrées&#xa0;: retour au schéma du moteur</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>URN of the new schema</source>
        <translation>URN du nouveau schéma</translation>
    </message>
    <message>
        <source>e.g. urn:example:params:scim:schemas:extension:acme:2.0:User</source>
        <extracomment>Placeholder of the new schema&apos;s URN field; keep the URN as it is</extracomment>
        <translation>p. ex. urn:example:params:scim:schemas:extension:acme:2.0:User</translation>
    </message>
    <message>
        <source>Resource type of the new schema</source>
        <translation>Type de ressource du nouveau schéma</translation>
    </message>
    <message>
        <source>Attributes of the schema</source>
        <translation>Attributs du schéma</translation>
    </message>
    <message>
        <source>Name of the new attribute</source>
        <translation>Nom du nouvel attribut</translation>
    </message>
    <message>
        <source>Schemas of the connection</source>
        <translation>Schémas de la connexion</translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s schemas: %1.</source>
        <translation>Impossible de charger les schémas de la connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <extracomment>A schema in the list: %1 its resource type (User or Group), %2 its name, %3 its URN</extracomment>
        <translation>%1&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>A schema&apos;s id is a URN, such as urn:example:params:scim:schemas:extension:acme:2.0:User.</source>
        <translation>L’identifiant d’un schéma est une URN, par exemple urn:example:params:scim:schemas:extension:acme:2.0:User.</translation>
    </message>
    <message>
        <source>The connection already has the schema %1.</source>
        <translation>La connexion a déjà le schéma %1.</translation>
    </message>
    <message>
        <source>Add attributes, then save the schema.</source>
        <translation>Ajoutez des attributs, puis enregistrez le schéma.</translation>
    </message>
    <message>
        <source>The engine refused the schema: %1.</source>
        <translation>Le moteur a refusé le schéma&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved the schema %1.</source>
        <translation>Schéma %1 enregistré.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>A SCIM resource type in the new schema&apos;s resource type chooser</extracomment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>A SCIM resource type in the new schema&apos;s resource type chooser</extracomment>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Declare seen attributes…</source>
        <translation>Déclarer les attributs reçus…</translation>
    </message>
    <message>
        <source>Declare attributes that IdPs sent and no schema declares</source>
        <translation>Déclarer des attributs que des IdP ont envoyés et qu’aucun schéma ne déclare</translation>
    </message>
    <message>
        <source>Add sub-attribute</source>
        <translation>Ajouter un sous-attribut</translation>
    </message>
    <message>
        <source>Add a string sub-attribute with this name to the selected complex attribute</source>
        <translation>Ajouter à l’attribut complexe sélectionné un sous-attribut de type chaîne portant ce nom</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Load an RFC 7643 schema file</source>
        <translation>Charger un fichier de schéma RFC 7643</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the schema as edited to an RFC 7643 schema file</source>
        <translation>Enregistrer le schéma tel que modifié dans un fichier de schéma RFC 7643</translation>
    </message>
    <message>
        <source>Undeclared extension attributes</source>
        <translation>Attributs d’extension non déclarés</translation>
    </message>
    <message>
        <source>What SCIM writes do with attributes under extension URNs that no schema of this connection declares</source>
        <translation>Ce que font les écritures SCIM des attributs sous des URN d’extension qu’aucun schéma de cette connexion ne déclare</translation>
    </message>
    <message>
        <source>Keep as sent</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation>Conserver tels qu’envoyés</translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Sample resource with this schema</source>
        <translation>Ressource d’exemple avec ce schéma</translation>
    </message>
    <message>
        <source>A sample resource with this schema, as an IdP reads it:</source>
        <translation>Une ressource d’exemple avec ce schéma, telle qu’un IdP la lit&#xa0;:</translation>
    </message>
    <message>
        <source>Undeclared extension attributes:</source>
        <translation>Attributs d’extension non déclarés&#xa0;:</translation>
    </message>
    <message>
        <source>Select the complex attribute that gets the sub-attribute.</source>
        <translation>Sélectionnez l’attribut complexe qui reçoit le sous-attribut.</translation>
    </message>
    <message>
        <source>Import a schema file</source>
        <translation>Importer un fichier de schéma</translation>
    </message>
    <message>
        <source>Schema files (*.json);;All files (*)</source>
        <translation>Fichiers de schéma (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the schema file</source>
        <translation>Exporter le fichier de schéma</translation>
    </message>
    <message>
        <source>Schema files (*.json)</source>
        <translation>Fichiers de schéma (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Exported the schema to %1.</source>
        <translation>Schéma exporté vers %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON schema file: %2.</source>
        <translation>%1 n’est pas un fichier de schéma JSON&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>il ne contient aucun objet JSON</translation>
    </message>
    <message>
        <source>The schema in %1 has no id: a schema&apos;s id is its URN.</source>
        <translation>Le schéma de %1 n’a pas d’id&#xa0;: l’id d’un schéma est son URN.</translation>
    </message>
    <message>
        <source>%1 is a standard schema: it cannot be declared.</source>
        <translation>%1 est un schéma standard&#xa0;: il ne peut pas être déclaré.</translation>
    </message>
    <message>
        <source>Imported the schema %1: the engine accepts it. Save it to apply it.</source>
        <translation>Schéma %1 importé&#xa0;: le moteur l’accepte. Enregistrez-le pour l’appliquer.</translation>
    </message>
    <message>
        <source>Imported the schema, but the engine would refuse it: %1.</source>
        <translation>Schéma importé, mais le moteur le refuserait&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This schema already has an attribute named %1.</source>
        <translation>Ce schéma a déjà un attribut nommé %1.</translation>
    </message>
    <message>
        <source>Added %1 with the type inferred from the values IdPs sent: check it, then save the schema.</source>
        <translation>%1 ajouté avec le type déduit des valeurs envoyées par les IdP&#xa0;: vérifiez-le, puis enregistrez le schéma.</translation>
    </message>
    <message>
        <source>Could not change the policy for undeclared attributes: %1.</source>
        <translation>Impossible de modifier la règle pour les attributs non déclarés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved the policy for undeclared extension attributes: %1.</source>
        <translation>Règle pour les attributs d’extension non déclarés enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1
A declared schema: editable</source>
        <extracomment>Tooltip of a schema in the list: %1 its URN, shown whole</extracomment>
        <translation>%1
Un schéma déclaré&#xa0;: modifiable</translation>
    </message>
    <message>
        <source>%1
A standard schema: read-only</source>
        <translation>%1
Un schéma standard&#xa0;: en lecture seule</translation>
    </message>
    <message>
        <source>The sample user&apos;s profile</source>
        <translation>Le profil de l’utilisateur d’exemple</translation>
    </message>
    <message>
        <source>Name of the schema</source>
        <translation>Nom du schéma</translation>
    </message>
    <message>
        <source>Description of the schema</source>
        <translation>Description du schéma</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Its profile, as the connection&apos;s attribute map makes it:</source>
        <translation>Son profil, tel que le mappage des attributs de la connexion le construit&#xa0;:</translation>
    </message>
    <message>
        <source>Groups have no profile: the attribute map applies to users.</source>
        <translation>Les groupes n’ont pas de profil&#xa0;: le mappage des attributs s’applique aux utilisateurs.</translation>
    </message>
    <message>
        <source>The engine cannot map the sample user: %1.</source>
        <translation>Le moteur ne peut pas mapper l’utilisateur d’exemple&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A pair of the attribute map: %1 the SCIM attribute, %2 the profile attribute</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The attribute map reads what this schema no longer declares (%1): saving it would be refused until the map changes.</source>
        <translation>Le mappage des attributs lit ce que ce schéma ne déclare plus (%1)&#xa0;: son enregistrement sera refusé tant que le mappage n’aura pas changé.</translation>
    </message>
    <message>
        <source>Not in the profile, as the map has no pair for them: %1.</source>
        <translation>Absents du profil, faute de paire dans le mappage&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::SchemaValueDelegate</name>
    <message>
        <source>Canonical values, one per line</source>
        <translation>Valeurs canoniques, une par ligne</translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation>Une valeur par ligne</translation>
    </message>
</context>
<context>
    <name>scim::ScimAttributeTreeModel</name>
    <message>
        <source>Not mappable: id, meta, password and groups are never part of a profile (rule not_mappable).</source>
        <extracomment>not_mappable is the rule&apos;s name in the engine&apos;s error reports, keep it</extracomment>
        <translation>Non mappable&#xa0;: id, meta, password et groups ne font jamais partie d’un profil (règle not_mappable).</translation>
    </message>
    <message>
        <source>Core User</source>
        <extracomment>Heading of the core User schema&apos;s attributes</extracomment>
        <translation>Core User</translation>
    </message>
    <message>
        <source>%1 extension</source>
        <extracomment>Heading of a schema extension&apos;s attributes; %1 is the schema&apos;s name (&quot;EnterpriseUser&quot;)</extracomment>
        <translation>Extension %1</translation>
    </message>
    <message>
        <source>A whole schema extension cannot be mapped; map its attributes one by one.</source>
        <translation>Une extension de schéma entière ne peut pas être mappée&#xa0;; mappez ses attributs un par un.</translation>
    </message>
    <message>
        <source>Filtered entries</source>
        <translation>Entrées filtrées</translation>
    </message>
    <message>
        <source>One element of a multi-valued attribute, chosen with an eq filter.</source>
        <translation>Un élément d’un attribut multivalué, choisi avec un filtre eq.</translation>
    </message>
    <message>
        <source>%1, multi-valued</source>
        <extracomment>%1 a SCIM attribute type (string, complex, dateTime, …), shown as SCIM names it</extracomment>
        <translation>%1, multivalué</translation>
    </message>
    <message>
        <source>%1 · inverted, → blocked only</source>
        <extracomment>The type column of &quot;active&quot;: %1 its type; it maps only to blocked, stored inverted</extracomment>
        <translation>%1 · inversé, → blocked uniquement</translation>
    </message>
    <message>
        <source>required</source>
        <extracomment>Required column: the schema requires the attribute</extracomment>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Mapped to %1</source>
        <translation>Mappé vers %1</translation>
    </message>
    <message>
        <source>Maps only to blocked, stored inverted.</source>
        <translation>Mappable uniquement vers blocked, stocké inversé.</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>Attribut SCIM</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Column header: whether the schema requires the attribute</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Mappé vers</translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation>Les schémas de la connexion ne sont pas encore chargés.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>scim::SecretDialog</name>
    <message>
        <source>New SCIM token</source>
        <translation>Nouveau jeton SCIM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this token now.&lt;/b&gt; It is shown only once: the engine keeps only its hash and cannot show it again. If it is lost, revoke it and generate a new one.</source>
        <translation>&lt;b&gt;Copiez ce jeton maintenant.&lt;/b&gt; Il n’est affiché qu’une fois&#xa0;: le moteur n’en conserve que l’empreinte et ne peut plus l’afficher. S’il est perdu, révoquez-le et générez-en un nouveau.</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secret du jeton</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy token to clipboard</source>
        <translation>Copier le jeton dans le presse-papiers</translation>
    </message>
    <message>
        <source>Endpoint: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Point de terminaison&#xa0;: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Token not copied</source>
        <translation>Jeton non copié</translation>
    </message>
    <message>
        <source>You have not copied the token. It cannot be shown again once this window is closed. Close it anyway?</source>
        <translation>Vous n’avez pas copié le jeton. Il ne pourra plus être affiché une fois cette fenêtre fermée. La fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Close without copying</source>
        <translation>&amp;Fermer sans copier</translation>
    </message>
</context>
<context>
    <name>scim::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Identifiant du jeton</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Could not load the tokens: %1.</source>
        <translation>Impossible de charger les jetons&#xa0;: %1.</translation>
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
        <translation>%1, multivalué</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Inferred type</source>
        <translation>Type déduit</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>scim::UsersModel</name>
    <message>
        <source>Blocked</source>
        <extracomment>A user&apos;s state in the Blocked column</extracomment>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Username / email</source>
        <translation>Nom d’utilisateur / e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>column</comment>
        <extracomment>Column header</extracomment>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Could not load the users: this engine has no users endpoint (GET /api/v2/users). Update the engine.</source>
        <translation>Impossible de charger les utilisateurs&#xa0;: ce moteur n’a pas de point de terminaison d’utilisateurs (GET /api/v2/users). Mettez le moteur à jour.</translation>
    </message>
    <message>
        <source>Could not load the users: %1.</source>
        <translation>Impossible de charger les utilisateurs&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>scim::UsersPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Search by username, email or name…</source>
        <translation>Rechercher par nom d’utilisateur, e-mail ou nom…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>User profile JSON</source>
        <translation>Profil de l’utilisateur en JSON</translation>
    </message>
    <message>
        <source>Select a user to see the profile.</source>
        <translation>Sélectionnez un utilisateur pour voir son profil.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %Ln user(s)</source>
        <translation>
            <numerusform>Page %1 sur %2 · %Ln utilisateur</numerusform>
            <numerusform>Page %1 sur %2 · %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the user&apos;s profile: %1.</source>
        <translation>Impossible de charger le profil de l’utilisateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Show in Logs</source>
        <translation>Afficher dans le journal</translation>
    </message>
    <message>
        <source>SCIM resource JSON</source>
        <translation>JSON de la ressource SCIM</translation>
    </message>
    <message>
        <source>Select a user to see the SCIM resource its identity provider reads.</source>
        <translation>Sélectionnez un utilisateur pour voir la ressource SCIM que lit son fournisseur d’identité.</translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation>Groupes de l’utilisateur</translation>
    </message>
    <message>
        <source>Recent events of the user</source>
        <translation>Événements récents de l’utilisateur</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the event in Logs.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l’événement dans le journal.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>SCIM resource</source>
        <translation>Ressource SCIM</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <source>Could not load the SCIM resource: %1.</source>
        <translation>Impossible de charger la ressource SCIM&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s groups: %1.</source>
        <translation>Impossible de charger les groupes de l’utilisateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The user is in no group.</source>
        <translation>L’utilisateur n’est dans aucun groupe.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s events: %1.</source>
        <translation>Impossible de charger les événements de l’utilisateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>One event of a user: %1 time, %2 what happened (&quot;Create user&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No events of this user in the request log.</source>
        <translation>Aucun événement de cet utilisateur dans le journal des requêtes.</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Détails de l’utilisateur</translation>
    </message>
    <message>
        <source>Show in &amp;Logs</source>
        <translation>Afficher dans le &amp;journal</translation>
    </message>
    <message>
        <source>Copy user &amp;id</source>
        <translation>Copier l’&amp;ID de l’utilisateur</translation>
    </message>
</context>
</TS>
