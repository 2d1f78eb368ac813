<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApiResult</name>
    <message>
        <source>Check that the engine is running and reachable; the console reconnects automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin token was rejected: use Engine › Connect to engine… to enter a valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted elsewhere: refresh the list (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflict and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine failed; see its log and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the engine&apos;s certificate with Engine › Connect to engine… before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The certificate is self-signed: no authority this computer trusts vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not issued for the host name %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCapabilities</name>
    <message>
        <source>/ServiceProviderConfig could not be read (%1), so %2 is not advertised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ServiceProviderConfig does not advertise %1 (%1.supported is not true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ResourceTypes lists no resource type with the endpoint /%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The User resource type does not list the enterprise extension (%1) in schemaExtensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Schemas declares userName with caseExact true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Schemas could not be read (%1), so the User attribute groups is not declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Schemas does not declare the User attribute groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server advertises %1, and this check is about servers that do not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckExpectation</name>
    <message>
        <source>%1 is %2; expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty or absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2, which no element may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string matching /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string starting with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something containing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of length at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of length at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2.%3 is absent, so the order cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sorted %2 by %3: %4 comes before %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not conform to the server&apos;s /Schemas: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 header (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal to the body&apos;s %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object of path: matcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no matcher (write {&quot;equals&quot;: {}} for an empty object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown matcher &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;by&quot;: the attribute to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect: unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect.status must be a status code, a list of them, or a class such as &quot;2xx&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect.error must be true, a scimType, or a list of scimTypes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect.captures must be an object of name: path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect.captures.%1 must be a JSON path, {&quot;json&quot;: path} or {&quot;header&quot;: name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected status %1, got %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a SCIM Error body (RFC 7644 §3.12), got no JSON object. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error body&apos;s schemas does not contain %1 (RFC 7644 §3.12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error body&apos;s status is %1; RFC 7644 §3.12 requires the HTTP status as a JSON string (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error body&apos;s status is %1 but the HTTP status is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error&apos;s scimType is %1; expected %2 (RFC 7644 §3.12). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON body, got one that does not parse. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot capture %1: %2 is absent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses {{%2}}, which no earlier step captures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the unknown template filter &quot;%2&quot; (upper and lower exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;method&quot; must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs either a &quot;path&quot; (below the base URL, starting with /) or a &quot;url&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be a string starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;url&quot; must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;query&quot; must be an object of parameter: value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: query parameter %2 must be a string, number, boolean or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;headers&quot; must be an object of name: value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header %2 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;rawBody&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both &quot;body&quot; and &quot;rawBody&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;auth&quot; must be token, none or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.requires: unknown capability &quot;%2&quot; (known: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;scope&quot; must look like verb:resource (patch:users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an &quot;expect&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 captures into %2, a built-in variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check id &quot;%1&quot; must be lower-case letters, digits, dots and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check needs a &quot;title&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profile&quot; must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check needs a &quot;reference&quot; (an RFC section or an IdP documentation URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires: &quot;%1&quot; is neither a known capability (%2) nor a scope (verb:resource).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check needs a non-empty &quot;steps&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold a JSON object (one check, or a group with &quot;checks&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;checks&quot; must be an array of checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check directory does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check directory has no *.json files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another check file already defines the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM conformance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 · profile %2 · prefix %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %n resource(s) (--keep).</source>
        <translation>
            <numerusform>Kept %n resource (--keep).</numerusform>
            <numerusform>Kept %n resources (--keep).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n resource(s).</source>
        <translation>
            <numerusform>Deleted %n resource.</numerusform>
            <numerusform>Deleted %n resources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSchemaConformance</name>
    <message>
        <source>%1 is &quot;%2&quot;, which is not an xsd:dateTime (RFC 7643 §2.3.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JSON %2, but /Schemas declares it with type %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is returned, but /Schemas declares it with returned &quot;never&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JSON %2, but /Schemas declares it multi-valued (an array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an array, but /Schemas declares it single-valued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a declared sub-attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not declared in the resource&apos;s schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing, but /Schemas declares it required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta is a JSON %1, not an object (RFC 7643 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta.%1 is not an xsd:dateTime string (RFC 7643 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta.%1 is a JSON %2, not a string (RFC 7643 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemas is missing or not a non-empty array (RFC 7643 §3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id is missing or not a non-empty string (RFC 7643 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>externalId is a JSON %1, not a string (RFC 7643 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JSON %2, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a schema listed by /Schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is present but not listed in schemas (RFC 7643 §3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckTemplate</name>
    <message>
        <source>/ServiceProviderConfig has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template variable %1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryTestResult</name>
    <message>
        <source>Not delivered: %1 (after %2 ms).</source>
        <extracomment>%1: the network error, %2: milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: the receiver answered HTTP %1 in %2 ms.</source>
        <extracomment>%1: HTTP status code, %2: milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: the receiver answered HTTP %1 in %2 ms.</source>
        <extracomment>%1: HTTP status code, %2: milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its answer: %2</source>
        <extracomment>%1: the sentence above, %2: the start of the receiver&apos;s answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedEngineSettings</name>
    <message>
        <source>The listen address %1 is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface).</source>
        <extracomment>%1: what the admin typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, or 0 to choose a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL must be an absolute http or https URL, e.g. https://scim.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1: a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log retention cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingCommands</name>
    <message>
        <source>Map %1 → %2</source>
        <extracomment>Undo text: a pair added to the attribute map (SCIM attribute → profile attribute)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 → %2</source>
        <extracomment>Undo text: a pair removed from the attribute map</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n pair(s)</source>
        <translation>
            <numerusform>Remove %n pair</numerusform>
            <numerusform>Remove %n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 → %2 with %3</source>
        <extracomment>Undo text: %1 → %2 is the pair replaced, %3 the new SCIM attribute for the same profile attribute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set user_id_attribute to %1</source>
        <extracomment>Undo text; user_id_attribute is the API&apos;s field name, keep it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SCIM entry %1</source>
        <extracomment>Undo text: a custom filtered SCIM entry added to the list of SCIM attributes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile key %1</source>
        <extracomment>Undo text: an app_metadata / user_metadata key added to the list of profile attributes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingRules</name>
    <message>
        <source>Both the SCIM attribute and the profile attribute must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an attribute of this connection&apos;s schemas or has a malformed filter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a whole schema extension; map its attributes one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be mapped: id, meta, password and groups are never part of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: mapping filters may only use &apos;eq&apos; (joined by &apos;and&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped (entry %2); each SCIM attribute maps to one profile attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;active&apos; can only be mapped to &apos;blocked&apos; (stored inverted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;blocked&apos; can only be fed from &apos;active&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by the engine and cannot be a mapping target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a profile root attribute nor app_metadata.&lt;key&gt; / user_metadata.&lt;key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the target of entry %2; each profile attribute has one source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; overlaps &apos;%2&apos; (entry %3): one would overwrite the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;userName&apos; must stay mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; is not an attribute of this connection&apos;s schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; must be a single-valued attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id_attribute &apos;%1&apos; must itself be mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine sent no User schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first schema (%1) is not a User schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a SCIM attribute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(assigned by the engine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCommands</name>
    <message>
        <source>Add attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>%1: a characteristic such as caseExact, %2: the attribute&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the schema file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the schema&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SinkTypes</name>
    <message>
        <source>Webhook (request log events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://siem.example.com/ingest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorization header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as it is, e.g. Bearer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONLINES: one event per line; JSONARRAY: one array per batch; JSONOBJECT: one event per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security events (RFC 9967 SETs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiver URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com/events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aud claim the receiver expects, e.g. https://app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ES256: the engine&apos;s key, published as a JWKS; HS256: a secret shared with the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 32 characters, shared with the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents carry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: the names of the changed attributes; full: the resource&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <source>SAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SAML 2.0 identity provider (OneLogin, JumpCloud, Google, PingFederate…). Users are matched on userName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any OpenID Connect identity provider. Users are matched on externalId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta Workforce Identity with its SCIM 2.0 provisioning app. Users are matched on externalId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) enterprise application provisioning. Users are matched on externalId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Entra ID:&lt;/b&gt; paste the endpoint URL as the &lt;i&gt;Tenant URL&lt;/i&gt; and &lt;b&gt;append &lt;code&gt;?aadOptscim062020&lt;/code&gt;&lt;/b&gt; so that Entra sends RFC-conformant PATCH requests; paste the token as the &lt;i&gt;Secret Token&lt;/i&gt;.</source>
        <extracomment>The names in &lt;i&gt;…&lt;/i&gt; are Entra&apos;s own field names; use those of the Entra admin center in your language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your IdP:&lt;/b&gt; use the endpoint URL as the SCIM base URL and send the token as &lt;code&gt;Authorization: Bearer …&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Okta:&lt;/b&gt; in the app&apos;s Provisioning tab, paste the endpoint URL as the &lt;i&gt;SCIM connector base URL&lt;/i&gt; &lt;b&gt;without a trailing slash&lt;/b&gt;, set &lt;i&gt;Unique identifier field for users&lt;/i&gt; to &lt;code&gt;userName&lt;/code&gt; (Okta requires it there) and authentication to &lt;i&gt;HTTP Header&lt;/i&gt; with the token. Okta sends its own user id as &lt;code&gt;externalId&lt;/code&gt;, which this connection matches users on.</source>
        <extracomment>The names in &lt;i&gt;…&lt;/i&gt; are Okta&apos;s own field names; use those of Okta&apos;s interface in your language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Expires: the token never expires</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the expiry date and time, %2 the time left (&quot;in 3 days&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token lifetime must be at least %1 seconds (15 minutes); %2 s is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token lifetime must be at most 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop admin console for the SCIM engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded engine database (default: in the data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;path&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the OS keychain for admin tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: en, de or fr (default: the one chosen in Preferences, or the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;code&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance for this run: light, dark or system (default: the one chosen in Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>Placeholder of a command-line value, shown as &lt;mode&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the start-up time and quit once the window is usable (benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown appearance &apos;%1&apos;: use light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ActivityStats</name>
    <message>
        <source>Could not load the request statistics: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::CertificateDialog</name>
    <message>
        <source>The engine&apos;s certificate has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the engine&apos;s certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the engine at %1 presents a different certificate from the one you trusted. This is expected when its certificate was renewed, but it can also mean that someone is intercepting the connection. Trust the new certificate only if the engine&apos;s administrator confirms its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at %1 presents a certificate that this computer does not trust. Compare its fingerprint with the one the engine&apos;s administrator gives you (scim-engine prints it at start) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint trusted before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::CheckPage</name>
    <message>
        <source>Create a temporary token for the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com/scim/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token the identity provider would use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a token with every scope that expires after 15 minutes, and revokes it when the run ends. A connection has at most two active tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7644 core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and responses of the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the conformance checks of scim-check against a SCIM endpoint: this engine&apos;s or any other. The checks create users and groups whose names start with scimcheck- and delete them at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another endpoint</source>
        <extracomment>The first choice of the connection list: check a SCIM server that is not one of this engine&apos;s connections</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <extracomment>Progress of a run: %v checks done of %m</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a temporary token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 passed, %2 failed, %3 skipped so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) could not be deleted; see the report.</source>
        <translation>
            <numerusform>%n resource could not be deleted; see the report.</numerusform>
            <numerusform>%n resources could not be deleted; see the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) selected.</source>
        <translation>
            <numerusform>%n check selected.</numerusform>
            <numerusform>%n checks selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary token for the check: %1. Enter a token of the connection instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (decisive)</source>
        <extracomment>Marks the request that decided a check&apos;s result; %1 is the step&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check sent no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export check report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::CheckResultsModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A conformance check that has not run yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Milliseconds a check took</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::CheckRunner</name>
    <message>
        <source>Malformed check file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery: GET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token (401 on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the scope %1 (found by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the scope %1: %2 got 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the scope %1: operation %2 of %3 got 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token lacks the scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup: look for leftovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while waiting for the server&apos;s rate limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ConnectDialog</name>
    <message>
        <source>&amp;Remember the token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available: store it in a &amp;file readable only by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://scim.example.com</source>
        <extracomment>An example engine address; keep it a valid URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text, permissions 0600. Only used when no secret service runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;embedded engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the engine&apos;s URL, for example http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the engine&apos;s admin token (SCIM_ENGINE_ADMIN_TOKEN or its admin-token file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the token in the token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. Allow the token file to remember the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ConnectionCard</name>
    <message>
        <source>Generate replacement token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in the last 24 hours</source>
        <extracomment>Accessible name of a connection card&apos;s chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · SCIM is off</source>
        <extracomment>%1: the strategy (&quot;Okta Workforce&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Users: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 &quot;12 users&quot;, %2 &quot;3 groups&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The SCIM token expires %1; provisioning stops then unless a replacement is in place.</source>
        <extracomment>%1: &quot;2026-12-01 14:00 (in 3 days)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours: %1 succeeded, %2 failed.</source>
        <extracomment>%1 successful requests, %2 failed requests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request %1: %2 (%3).</source>
        <extracomment>%1 time, %2 action (&quot;create-user&quot;), %3 HTTP status</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ConnectionDetailsWidget</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SCIM endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection, or create one with Connection › New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable SCIM to get the endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable SCIM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable SCIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection already has two active tokens, the maximum. Revoke one to generate another (two allow rotation without downtime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not enable SCIM: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable SCIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable SCIM for “%1”?

Its %n active token(s) are revoked at once and its identity provider can no longer provision users. The attribute map is removed; provisioned users are kept.</source>
        <translation>
            <numerusform>Disable SCIM for “%1”?

Its %n active token is revoked at once and its identity provider can no longer provision users. The attribute map is removed; provisioned users are kept.</numerusform>
            <numerusform>Disable SCIM for “%1”?

Its %n active tokens are revoked at once and its identity provider can no longer provision users. The attribute map is removed; provisioned users are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disable SCIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disable SCIM: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its identity provider will get errors. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the connection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate the token: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token %1?

The identity provider using it gets 401 errors from now on until it is given another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke the token: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This deletes its SCIM configuration, its attribute map and its %n active token(s).</source>
        <translation>
            <numerusform>This deletes its SCIM configuration, its attribute map and its %n active token.</numerusform>
            <numerusform>This deletes its SCIM configuration, its attribute map and its %n active tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also deletes its %n provisioned user(s).</source>
        <translation>
            <numerusform>It also deletes its %n provisioned user.</numerusform>
            <numerusform>It also deletes its %n provisioned users.</numerusform>
        </translation>
    </message>
    <message>
        <source>It also deletes all its provisioned users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate replacement token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Token %1 expires %2. Provisioning stops then unless its identity provider has a replacement token.</source>
        <extracomment>%1: the token id, %2: &quot;2026-12-01 14:00 (in 3 days)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n active token(s) of this connection were issued for %1, not for the endpoint above. Give the identity provider the new URL, or generate a new token for it.</source>
        <extracomment>%n: how many tokens, %1: the URL they were issued for</extracomment>
        <translation>
            <numerusform>⚠ %n active token of this connection was issued for %1, not for the endpoint above. Give the identity provider the new URL, or generate a new token for it.</numerusform>
            <numerusform>⚠ %n active tokens of this connection were issued for %1, not for the endpoint above. Give the identity provider the new URL, or generate a new token for it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::ConnectionSettingsPage</name>
    <message>
        <source>Send test &amp;logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s identifier: letters and digits, optionally separated by hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown instead of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-channel logout URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com/backchannel-logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout token audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the connection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HS256 key that signs the logout token, at least 32 bytes. It is never shown again after it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one signed logout token for a test user to the URL above, with the settings as they are in the form, and shows what the receiver answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1 requests per second, bursts of %2)</source>
        <extracomment>%1: requests per second, %2: burst size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many SCIM requests this connection&apos;s identity provider may send; more get HTTP 429 with Retry-After.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests may arrive at once before the rate applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SCIM writes do with attributes under an extension schema that no schema of this connection declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-channel logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the identity provider deactivates a user, the engine posts an OpenID Connect back-channel logout token to this URL so that the application ends the user&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aud&amp;ience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits and schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy for undeclared attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s settings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret ending in %1 is stored; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection yet: create one on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test logout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test logout was not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ConnectionsModel</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine does not report user counts (needs GET /api/v2/users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the connections: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reload the connection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the connection&apos;s name (identifier), %2 its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::CredentialStore</name>
    <message>
        <source>No secret service (keychain) is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service (keychain) is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin token can only be kept for this session, or — if you opt in — in a file readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is readable by other users; it was not used. Restrict it with &apos;chmod 600 %1&apos; or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::DeclareAttributesDialog</name>
    <message>
        <source>Declare seen attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes under extension URNs that IdPs sent and no schema of this connection declares. Declare one to add it, with the type inferred from its values, to its schema; check it, then save the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for undeclared attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen attribute to its schema in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not survey the connection&apos;s resources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared attribute(s) found in %1 stored users and groups.</source>
        <extracomment>%n: the number of undeclared attributes found, %1: the number of users and groups looked at</extracomment>
        <translation>
            <numerusform>%n undeclared attribute found in %1 stored users and groups.</numerusform>
            <numerusform>%n undeclared attributes found in %1 stored users and groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::DropHint</name>
    <message>
        <source>Drop feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::EngineSession</name>
    <message>
        <source>not connected</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Engine state in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin token is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded engine uses a token valid for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded engine could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <extracomment>%1 the engine URL, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use the engine: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the engine at %1 is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: its certificate was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::EngineSettingsDialog</name>
    <message>
        <source>Embedded engine settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1: only this computer. 0.0.0.0: every network interface, so that identity providers can reach the engine; the Management API then stays on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a free port once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://scim.example.com, behind a reverse proxy or tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file; empty: plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>The suffix of the log retention in days, with a leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep request log &amp;events for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine runs with the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM endpoints are under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the embedded engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint changed from %1 to %2. Identity providers configured with the old URL cannot reach this engine until you give them the new one; the Connections page names the tokens issued for the old URL.</source>
        <extracomment>%1: the endpoint before the restart, %2: the current one</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::EngineStatusWidget</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <extracomment>%1 is the engine&apos;s PostgreSQL database as the engine names it, e.g. &quot;PostgreSQL scim@db1:5432/scim&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: SQLite %1</source>
        <extracomment>%1 is the path of the engine&apos;s SQLite database file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance: %1 (leader)</source>
        <extracomment>%1 is the name of the engine instance; the leader is the one of several instances that does the work that must happen once (log streams, retention).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance: %1 (follower)</source>
        <extracomment>%1 is the name of the engine instance; a follower serves requests while another instance leads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <extracomment>%1 is the name of the engine instance (--instance-name, by default host:port).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::GenerateTokenDialog</name>
    <message>
        <source>get:users: read and list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post:users: create users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put:users: replace users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch:users: update and deactivate users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete:users: delete users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get:groups: read and list groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post:groups: create groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put:groups: replace groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch:groups: update groups and their members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete:groups: delete groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate SCIM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Okta</source>
        <extracomment>Preset button: the scopes Okta needs (product name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntra ID</source>
        <extracomment>Preset button: the scopes Microsoft Entra ID needs (product name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <extracomment>Preset button: every scope</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::GroupMembersModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group member: %1 user name, %2 user id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the group&apos;s members: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::GroupsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the groups: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::GroupsPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or external id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members of %1 (%n)</source>
        <extracomment>%1 group name, %n members</extracomment>
        <translation>
            <numerusform>Members of %1 (%n)</numerusform>
            <numerusform>Members of %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a connection to see the groups its identity provider pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups. Groups appear when the identity provider pushes them (Okta: Push Groups; Entra ID: assign groups to the application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy group &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;external id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::LogDetailWidget</name>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log event JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that replays the request; it reads the bearer token from the SCIM_TOKEN environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole log event as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the log event: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a log event to see the request and the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Failure: %1</source>
        <extracomment>%1: the engine&apos;s description of the request (English, as recorded)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2&lt;br&gt;%3 · %4 ms · %5 · log %6</source>
        <extracomment>%1 method, %2 path, %3 date and time, %4 duration in ms, %5 client IP address, %6 log event id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: &lt;a href=&quot;connection:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: &lt;a href=&quot;user:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headers recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <extracomment>Shown instead of a request or response body when the request had none (e.g. a GET)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log event&apos;s JSON is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::LogExporter</name>
    <message>
        <source>The log view was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::LogModel</name>
    <message>
        <source>Success</source>
        <extracomment>Result column: the SCIM request succeeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <extracomment>Result column: the SCIM request failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sscim: the SCIM request succeeded</source>
        <extracomment>sscim and fscim are the log event types, keep them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fscim: the SCIM request failed</source>
        <extracomment>sscim and fscim are the log event types, keep them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>HTTP status code column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the logs: this engine has no logs endpoint (GET /api/v2/logs). Update the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the logs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load older log events: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <extracomment>Request duration in milliseconds, in the language&apos;s number format</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::LogStreamDialog</name>
    <message>
        <source>Edit log stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New log stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. siem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored; type a new value to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers verify ES256 signatures with the engine&apos;s public key, published at %1.</source>
        <extracomment>%1: the URL of the engine&apos;s JSON Web Key Set</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::LogStreamsModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security events (SET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the log streams: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::LogStreamsPage</name>
    <message>
        <source>New &amp;stream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one test event to the stream&apos;s receiver, whatever the stream&apos;s status, and shows what it answered. No delivery state changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log streams. A webhook stream forwards every request-log event to a SIEM or another collector; a security event stream tells an application what provisioning changed (RFC 9967). Choose New stream to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes delivery from where the stream stopped, with a fresh series of retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <extracomment>%1: the engine&apos;s reason, e.g. &quot;Suspended after 10 consecutive failed deliveries; the last one: HTTP 503&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last delivery failed: %1</source>
        <extracomment>%1: the last delivery error, e.g. &quot;HTTP 503&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stream “%2”, delivering to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be delivered.</source>
        <translation>
            <numerusform>%n change waiting to be delivered.</numerusform>
            <numerusform>%n changes waiting to be delivered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed with the engine&apos;s ES256 key, published at %1.</source>
        <extracomment>%1: the URL of the engine&apos;s JSON Web Key Set</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pause the log stream: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume the log stream: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete log stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the log stream %1? Its receiver gets no more events, and its delivery position is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the log stream: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test event was not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::LogsPage</name>
    <message>
        <source>Connection filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Last minute</numerusform>
            <numerusform>Last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Last hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest event in view (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the live view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the view; new events are collected and shown on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name prefix or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search paths, users, actions, ids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (polling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>loading older events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused · %Ln new event(s) waiting</source>
        <translation>
            <numerusform>Paused · %Ln new event waiting</numerusform>
            <numerusform>Paused · %Ln new events waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Export log events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln event(s)…</source>
        <translation>
            <numerusform>Exporting %Ln event…</numerusform>
            <numerusform>Exporting %Ln events…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the events of users whose name starts with this text, or of the user with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the events whose path, user, action or ids contain all of these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep admin tokens in a file instead, enable Engine › Store admin tokens in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the admin token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin token was not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the admin token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;embedded engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store admin tokens in a &amp;file when no keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;loaded map&gt;</source>
        <extracomment>The first entry of the undo history: the attribute map as loaded, before any change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attribute &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SCIM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the connection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not enable SCIM for the new connection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SCIM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCIM Console %1&lt;/h3&gt;&lt;p&gt;Accept user provisioning from enterprise identity providers over SCIM 2.0, and run it from your desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart SCIM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM Console shows the new language after a restart. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved attribute map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute map has unsaved changes. Quit without saving them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1: what is undone, e.g. &quot;Map userName → email&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1: what is redone, e.g. &quot;Map userName → email&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the embedded engine listens, its public URL, TLS and log retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log st&amp;reams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check endpoint</source>
        <extracomment>The navigation entry of the page that runs conformance checks against a SCIM endpoint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is still connected to the embedded engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is still connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a toolbar button: %1 what it does, %2 its keyboard shortcut</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page</source>
        <extracomment>A group in the keyboard shortcuts list: %1 is a page (e.g. &quot;Logs&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*]</source>
        <extracomment>The window title: %1 is the page shown; [*] is where Qt shows the unsaved-changes mark, keep it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active token(s) were issued for an earlier SCIM endpoint URL of their connection: identity providers configured with the old URL cannot reach this engine. Give them the new URL shown on the Connections page, or generate a new token.</source>
        <extracomment>%n: how many tokens</extracomment>
        <translation>
            <numerusform>%n active token was issued for an earlier SCIM endpoint URL of its connection: identity providers configured with the old URL cannot reach this engine. Give them the new URL shown on the Connections page, or generate a new token.</numerusform>
            <numerusform>%n active tokens were issued for an earlier SCIM endpoint URL of their connection: identity providers configured with the old URL cannot reach this engine. Give them the new URL shown on the Connections page, or generate a new token.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes. Save them before closing?</source>
        <extracomment>%1: the connection&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ManagementClient</name>
    <message>
        <source>The engine at %1 could not be reached (%2)</source>
        <extracomment>%1 the engine URL, %2 the network error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the engine at %1 is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::MappingEditorPage</name>
    <message>
        <source>Add</source>
        <extracomment>Button beside the custom SCIM entry field
----------
Button beside the custom profile key field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this filtered entry to the SCIM attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this app_metadata / user_metadata key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the selected SCIM attribute to the selected profile attribute (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected pairs (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the map to the engine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes: back to the map the engine has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy&apos;s default map (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping file ({user_id_attribute, mapping})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id_attribute: the attribute that identifies the user</source>
        <extracomment>Accessible name of the user_id_attribute chooser; user_id_attribute is the API&apos;s field name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute whose value identifies the user towards the connection (identities[0].user_id). Single-valued, and mapped itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom filtered SCIM entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom entry, e.g. emails[type eq &quot;school&quot;].value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom profile key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app_metadata.&lt;key&gt; or user_metadata.&lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id_attribute:</source>
        <extracomment>Label of the user_id_attribute chooser; user_id_attribute is the API&apos;s field name, keep it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (SCIM → profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mapped from &apos;%2&apos;. Map it from &apos;%3&apos; instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection to edit its attribute map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved attribute map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute map of %1 has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the attribute map of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM is not enabled for %1: enable it on the Connections page to edit its attribute map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s schemas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the connection&apos;s schemas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the attribute map: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s). Drag a SCIM attribute onto a profile attribute, or select both and press Enter.</source>
        <translation>
            <numerusform>%n pair. Drag a SCIM attribute onto a profile attribute, or select both and press Enter.</numerusform>
            <numerusform>%n pairs. Drag a SCIM attribute onto a profile attribute, or select both and press Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute map — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) break a rule (marked in the table).</source>
        <translation>
            <numerusform>%n pair breaks a rule (marked in the table).</numerusform>
            <numerusform>%n pairs break a rule (marked in the table).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drop to remove %n pair(s) from the map</source>
        <translation>
            <numerusform>Drop to remove the pair from the map</numerusform>
            <numerusform>Drop to remove %n pairs from the map</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop onto a profile attribute to map %1 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped from %2: drop to choose whether to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a SCIM attribute on the left and a profile attribute on the right, then press Enter or Map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the attribute map of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the engine refused the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the attribute map: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The engine recomputes the profiles of %1 with the new map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the saved attribute map: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted to the saved map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the default attribute map: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the defaults (not saved yet; Undo brings your map back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1: %2. Choose a mapping file as Export writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo text: import of a mapping file; %1 is its file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s) from %1 (not saved yet).</source>
        <translation>
            <numerusform>Imported %n pair from %1 (not saved yet).</numerusform>
            <numerusform>Imported %n pairs from %1 (not saved yet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pair(s) to %1.</source>
        <translation>
            <numerusform>Exported %n pair to %1.</numerusform>
            <numerusform>Exported %n pairs to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on real users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what the edited map would change in the profiles of this connection&apos;s users, without saving it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::MappingModel</name>
    <message>
        <source>inverted</source>
        <extracomment>Notes column: active → blocked is stored inverted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored inverted: blocked is true when active is false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <extracomment>Why a mapping file was refused; %1 the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping file is an object with &apos;user_id_attribute&apos; (a string) and &apos;mapping&apos; (an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every &apos;mapping&apos; entry needs string &apos;scim&apos; and &apos;auth0&apos; properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped to &apos;%2&apos;: each SCIM attribute maps once. Remove that pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces &apos;%1&apos; → &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps &apos;%1&apos; → &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already mapped from &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::MappingPreview</name>
    <message>
        <source>The payload is not JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object (a SCIM User).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not a valid SCIM User: %1</source>
        <extracomment>%1: the engine&apos;s own reason (English, as the engine reports it to IdPs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::MappingPreviewPanel</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta user (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID user (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SCIM payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a SCIM User payload (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resulting profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes show before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile it would produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SCIM payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::NewConnectionWizard</name>
    <message>
        <source>&amp;Enable SCIM provisioning now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One connection per enterprise customer and identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme-okta</source>
        <extracomment>Example connection name: letters, digits and single hyphens only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1–128 letters and digits, optionally separated by single hyphens (no spaces, no leading or trailing hyphen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling SCIM stores the strategy&apos;s default attribute map and gives the connection its endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCIM attribute that identifies a user across updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Corporation (Okta)</source>
        <extracomment>Example display name: any text people read, e.g. the customer&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the console shows for this connection; the name above is its identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::OverviewPage</name>
    <message>
        <source>No failed requests recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. On the Connections page, copy a connection&apos;s SCIM endpoint URL and generate a token, then enter both in your identity provider&apos;s provisioning settings (Okta: Provisioning › Integration; Entra ID: Provisioning › Admin credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <extracomment>Axis title of the live chart: minutes before now (negative numbers)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute in the last hour, all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the event in Logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection yet. A connection is one identity provider (Okta, Entra ID, …) provisioning users into this engine. Create one to get its SCIM endpoint URL and a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute, all connections (this minute: %1)</source>
        <extracomment>The live chart&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s). Last 24 hours: %1 requests succeeded, %2 failed.</source>
        <extracomment>%n connections; %1 successful and %2 failed requests over 24 hours</extracomment>
        <translation>
            <numerusform>%n connection. Last 24 hours: %1 requests succeeded, %2 failed.</numerusform>
            <numerusform>%n connections. Last 24 hours: %1 requests succeeded, %2 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1: the language the system default stands for on this computer, in its own name (&quot;Deutsch&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when SCIM Console restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ProfileAttributeModel</name>
    <message>
        <source>← %1 (inverted)</source>
        <extracomment>Mapped from: active, stored inverted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked is fed only from active, stored inverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use app_metadata.&lt;key&gt; or user_metadata.&lt;key&gt;; keys are letters, digits, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::RealUsersPreview</name>
    <message>
        <source>the answer ended before the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview on real users failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::RealUsersPreviewDialog</name>
    <message>
        <source>&amp;Run preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on real users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes what the edited map would do to the profiles of the users of %1. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <extracomment>Shown in the sample-size box when its value is 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to examine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a large connection, examine a random sample of this many users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes that would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would disappear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples of changed profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users to examine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples (profile before and after):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examined %1 of %2 users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no users yet: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) would change, of %1 examined.</source>
        <translation>
            <numerusform>%n profile would change, of %1 examined.</numerusform>
            <numerusform>%n profiles would change, of %1 examined.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a random sample of the connection&apos;s %1 users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::RecentFailuresModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>One recent failure: %1 time, %2 connection name, %3 what failed (&quot;Create user failed (409): …&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the recent failures: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open this event in Logs: %1</source>
        <extracomment>Tooltip of a recent failure; %1: what failed, as the engine describes it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::SchemaAttributesModel</name>
    <message>
        <source>An attribute name starts with a letter and contains only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schema already has an attribute named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-valued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a complex attribute has sub-attributes: set the type of %1 to complex first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute %1 already has a sub-attribute named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::SchemaEditorPage</name>
    <message>
        <source>New schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a schema with this URN for the chosen resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a string attribute with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to this schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the schema to the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes: back to the schema the engine has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN of the new schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. urn:example:params:scim:schemas:extension:acme:2.0:User</source>
        <extracomment>Placeholder of the new schema&apos;s URN field; keep the URN as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type of the new schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas of the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the connection&apos;s schemas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <extracomment>A schema in the list: %1 its resource type (User or Group), %2 its name, %3 its URN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema&apos;s id is a URN, such as urn:example:params:scim:schemas:extension:acme:2.0:User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection already has the schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attributes, then save the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the schema: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>A SCIM resource type in the new schema&apos;s resource type chooser</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>A SCIM resource type in the new schema&apos;s resource type chooser</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare seen attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare attributes that IdPs sent and no schema declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a string sub-attribute with this name to the selected complex attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an RFC 7643 schema file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the schema as edited to an RFC 7643 schema file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared extension attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SCIM writes do with attributes under extension URNs that no schema of this connection declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as sent</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Policy for undeclared extension attributes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample resource with this schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample resource with this schema, as an IdP reads it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared extension attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the complex attribute that gets the sub-attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a schema file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the schema file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the schema to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON schema file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema in %1 has no id: a schema&apos;s id is its URN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a standard schema: it cannot be declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the schema %1: the engine accepts it. Save it to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the schema, but the engine would refuse it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schema already has an attribute named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 with the type inferred from the values IdPs sent: check it, then save the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the policy for undeclared attributes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the policy for undeclared extension attributes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
A declared schema: editable</source>
        <extracomment>Tooltip of a schema in the list: %1 its URN, shown whole</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
A standard schema: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample user&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its profile, as the connection&apos;s attribute map makes it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups have no profile: the attribute map applies to users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine cannot map the sample user: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A pair of the attribute map: %1 the SCIM attribute, %2 the profile attribute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute map reads what this schema no longer declares (%1): saving it would be refused until the map changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the profile, as the map has no pair for them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::SchemaValueDelegate</name>
    <message>
        <source>Canonical values, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ScimAttributeTreeModel</name>
    <message>
        <source>Not mappable: id, meta, password and groups are never part of a profile (rule not_mappable).</source>
        <extracomment>not_mappable is the rule&apos;s name in the engine&apos;s error reports, keep it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core User</source>
        <extracomment>Heading of the core User schema&apos;s attributes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extension</source>
        <extracomment>Heading of a schema extension&apos;s attributes; %1 is the schema&apos;s name (&quot;EnterpriseUser&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole schema extension cannot be mapped; map its attributes one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One element of a multi-valued attribute, chosen with an eq filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, multi-valued</source>
        <extracomment>%1 a SCIM attribute type (string, complex, dateTime, …), shown as SCIM names it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · inverted, → blocked only</source>
        <extracomment>The type column of &quot;active&quot;: %1 its type; it maps only to blocked, stored inverted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <extracomment>Required column: the schema requires the attribute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps only to blocked, stored inverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Column header: whether the schema requires the attribute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s schemas have not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::SecretDialog</name>
    <message>
        <source>New SCIM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this token now.&lt;/b&gt; It is shown only once: the engine keeps only its hash and cannot show it again. If it is lost, revoke it and generate a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied the token. It cannot be shown again once this window is closed. Close it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close without copying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>shortcut keys</comment>
        <extracomment>The keys of an action, as Qt names them in this language, e.g. &quot;Ctrl+Z or Alt+Backspace&quot;; keep %1</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::TokensModel</name>
    <message>
        <source>never</source>
        <extracomment>Last used: the token has not been used yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the tokens: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>%1: &quot;2026-12-01 14:00 (in 3 days)&quot;; the sign marks a token that expires soon or has expired</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::UndeclaredAttributesModel</name>
    <message>
        <source>%1, multi-valued</source>
        <extracomment>The inferred type of a multi-valued attribute, e.g. &quot;string, multi-valued&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::UsersModel</name>
    <message>
        <source>Blocked</source>
        <extracomment>A user&apos;s state in the Blocked column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username / email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>column</comment>
        <extracomment>Column header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the users: this engine has no users endpoint (GET /api/v2/users). Update the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the users: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::UsersPage</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by username, email or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User profile JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %Ln user(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %Ln user</numerusform>
            <numerusform>Page %1 of %2 · %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the user&apos;s profile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM resource JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see the SCIM resource its identity provider reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the event in Logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the SCIM resource: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the user&apos;s groups: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is in no group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the user&apos;s events: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>One event of a user: %1 time, %2 what happened (&quot;Create user&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of this user in the request log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy user &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
