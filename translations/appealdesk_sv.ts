<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot move the database %1 to %2.</source>
        <translation>Kan inte flytta databasen %1 till %2.</translation>
    </message>
    <message>
        <source>The database %1 was moved to %2, the one default file.</source>
        <translation>Databasen %1 flyttades till %2, den enda standardfilen.</translation>
    </message>
    <message>
        <source>There is no database at %1. This command only reads one and never creates it; the window&apos;s first start, appealdesk import and appealdesk demo create a database.</source>
        <translation>Det finns ingen databas i %1. Det här kommandot läser bara en databas och skapar den aldrig; fönstrets första start, appealdesk import och appealdesk demo skapar en databas.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>The cryptography library (libsodium) cannot start</source>
        <translation>Kryptobiblioteket (libsodium) kan inte starta</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for this kind of file</source>
        <translation>%1 är för stor för den här sortens fil</translation>
    </message>
    <message>
        <source>%1 is not an AppealDesk audit key (appealdesk audit keygen makes one)</source>
        <translation>%1 är ingen granskningsnyckel för AppealDesk (appealdesk audit keygen skapar en)</translation>
    </message>
    <message>
        <source>%1 is not an AppealDesk audit checkpoint</source>
        <translation>%1 är ingen kontrollpunkt för AppealDesks granskningslogg</translation>
    </message>
    <message>
        <source>The signature of the checkpoint %1 is not valid: the file was changed</source>
        <translation>Kontrollpunktens signatur i %1 är ogiltig: filen har ändrats</translation>
    </message>
    <message>
        <source>the chain has %1 entries, fewer than the %2 of the checkpoint of %3: entries were removed</source>
        <translation>kedjan har %1 poster, färre än de %2 i kontrollpunkten från %3: poster har tagits bort</translation>
    </message>
    <message>
        <source>audit entry %1 is not the one the checkpoint of %2 signed: the chain was rewritten</source>
        <translation>granskningspost %1 är inte den som kontrollpunkten från %2 signerade: kedjan har skrivits om</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit entry %1 is missing</source>
        <translation>granskningspost %1 saknas</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow the entry before it</source>
        <translation>granskningspost %1 följer inte på posten före den</translation>
    </message>
    <message>
        <source>audit entry %1 was changed: its content does not match its hash</source>
        <translation>granskningspost %1 har ändrats: innehållet stämmer inte med dess hash</translation>
    </message>
    <message numerus="yes">
        <source>audit entry %1 is missing: the chain&apos;s head record counts %n entries</source>
        <translation>
            <numerusform>granskningspost %1 saknas: kedjans huvudpost räknar %n post</numerusform>
            <numerusform>granskningspost %1 saknas: kedjans huvudpost räknar %n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>audit entry %1 is not in the chain&apos;s head record</source>
        <translation>granskningspost %1 finns inte i kedjans huvudpost</translation>
    </message>
    <message>
        <source>audit entry %1 does not match the chain&apos;s head record</source>
        <translation>granskningspost %1 stämmer inte med kedjans huvudpost</translation>
    </message>
</context>
<context>
    <name>AuditReconciler</name>
    <message>
        <source>the decision on case %1 has no audit entry</source>
        <translation>beslutet i ärende %1 saknar granskningspost</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, the log says &quot;%3&quot;</source>
        <translation>%1 är &quot;%2&quot;, loggen säger &quot;%3&quot;</translation>
    </message>
    <message>
        <source>strike %1 on case %2 differs from its decision&apos;s audit entry (time or agent)</source>
        <translation>prick %1 i ärende %2 skiljer sig från beslutets granskningspost (tid eller handläggare)</translation>
    </message>
    <message>
        <source>strike %1 on case %2 was voided (audit entry %3) but counts again</source>
        <translation>prick %1 i ärende %2 upphävdes (granskningspost %3) men räknas igen</translation>
    </message>
    <message>
        <source>strike %1 on case %2 is voided without an audit entry</source>
        <translation>prick %1 i ärende %2 är upphävd utan granskningspost</translation>
    </message>
    <message>
        <source>the void of strike %1 on case %2 differs from its audit entry %3</source>
        <translation>upphävandet av prick %1 i ärende %2 skiljer sig från granskningspost %3</translation>
    </message>
    <message>
        <source>its strikes (%1) are not the logged ones (%2)</source>
        <translation>dess prickar (%1) är inte de loggade (%2)</translation>
    </message>
    <message>
        <source>its sanctions (%1) are not the logged ones (%2)</source>
        <translation>dess sanktioner (%1) är inte de loggade (%2)</translation>
    </message>
    <message>
        <source>the decision on case %1 differs from its audit entry %2: %3</source>
        <translation>beslutet i ärende %1 skiljer sig från granskningspost %2: %3</translation>
    </message>
    <message>
        <source>strike %1 of user %2 has no decision and no audit entry</source>
        <translation>prick %1 för användare %2 saknar beslut och granskningspost</translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) of a case without a decision have no audit entry</source>
        <translation>
            <numerusform>%n sanktion i ett ärende utan beslut saknar granskningspost</numerusform>
            <numerusform>%n sanktioner i ett ärende utan beslut saknar granskningspost</numerusform>
        </translation>
    </message>
    <message>
        <source>the setting %1 is &quot;%2&quot;, its audit entry %3 says &quot;%4&quot;</source>
        <translation>inställningen %1 är &quot;%2&quot;, granskningspost %3 säger &quot;%4&quot;</translation>
    </message>
    <message>
        <source>the policy settings were changed without an audit entry</source>
        <translation>policyinställningarna ändrades utan granskningspost</translation>
    </message>
    <message>
        <source>a sanction on case ref %1 is voided without a reopen</source>
        <translation>en sanktion i ärenderad %1 är upphävd utan återöppning</translation>
    </message>
    <message>
        <source>strike %1 of a reopened decision differs from its audit entry %2</source>
        <translation>prick %1 i ett återöppnat beslut skiljer sig från sin granskningspost %2</translation>
    </message>
    <message>
        <source>sanction %1 of a reopened decision differs from its audit entry %2</source>
        <translation>sanktion %1 i ett återöppnat beslut skiljer sig från sin granskningspost %2</translation>
    </message>
    <message>
        <source>the reopened decision on case %1 has no audit entry</source>
        <translation>det återöppnade beslutet i ärende %1 saknar granskningspost</translation>
    </message>
    <message>
        <source>its voided strikes are not the logged ones</source>
        <translation>dess upphävda prickar är inte de loggade</translation>
    </message>
    <message>
        <source>its voided sanctions are not the logged ones</source>
        <translation>dess upphävda sanktioner är inte de loggade</translation>
    </message>
    <message>
        <source>the reopened decision on case %1 differs from its audit entry %2: %3</source>
        <translation>det återöppnade beslutet i ärende %1 skiljer sig från sin granskningspost %2: %3</translation>
    </message>
    <message>
        <source>the reopen of audit entry %1 has no reopened decision</source>
        <translation>återöppningen i granskningspost %1 saknar återöppnat beslut</translation>
    </message>
    <message>
        <source>strikes or sanctions point at reopened decision %1, which does not exist</source>
        <translation>prickar eller sanktioner pekar på återöppnat beslut %1, som inte finns</translation>
    </message>
    <message>
        <source>the review of the decision of %1 on case %2 has no audit entry</source>
        <translation>granskningen av beslutet %1 i ärende %2 saknar granskningspost</translation>
    </message>
    <message>
        <source>the review of case %1 differs from its audit entry %2: &quot;%3&quot;, the log says &quot;%4&quot;</source>
        <translation>granskningen av ärende %1 skiljer sig från sin granskningspost %2: ”%3”, loggen säger ”%4”</translation>
    </message>
    <message>
        <source>the review of audit entry %1 is missing</source>
        <translation>granskningen i granskningspost %1 saknas</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>null</source>
        <translation>ett null-värde</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ett booleskt värde</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>ärende %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>obligatoriskt fält saknas</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>måste vara %1, inte %2</translation>
    </message>
    <message>
        <source>%1 is not a valid id (1 to 64 printable characters)</source>
        <translation>%1 är inget giltigt id (1 till 64 skrivbara tecken)</translation>
    </message>
    <message>
        <source>a time string</source>
        <translation>en tidssträng</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time with a zone, like 2026-11-20T09:15:00Z</source>
        <translation>%1 är ingen ISO 8601-tid med tidszon, till exempel 2026-11-20T09:15:00Z</translation>
    </message>
    <message>
        <source>must be a decimal string like &quot;1500.00&quot;, not a JSON number</source>
        <translation>måste vara en decimalsträng som &quot;1500.00&quot;, inte ett JSON-tal</translation>
    </message>
    <message>
        <source>a decimal string</source>
        <translation>en decimalsträng</translation>
    </message>
    <message>
        <source>%1 is not a decimal amount</source>
        <translation>%1 är inget decimalbelopp</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 får inte vara negativt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>%1 is not a non-negative integer</source>
        <translation>%1 är inget icke-negativt heltal</translation>
    </message>
    <message>
        <source>%1 is not an integer of at least %2</source>
        <translation>%1 är inget heltal som är minst %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 är inte något av %2</translation>
    </message>
    <message>
        <source>a case must be a JSON object, not %1</source>
        <translation>ett ärende måste vara ett JSON-objekt, inte %1</translation>
    </message>
    <message>
        <source>duplicate case id, first at %1:%2:%3</source>
        <translation>ärende-id förekommer två gånger, första gången på %1:%2:%3</translation>
    </message>
    <message>
        <source>%1 is not a reason (B1 to B6, S1 to S4)</source>
        <translation>%1 är inget skäl (B1 till B6, S1 till S4)</translation>
    </message>
    <message>
        <source>%1 is not one of impersonation, compromised, urgent, other</source>
        <translation>%1 är inte något av impersonation, compromised, urgent, other</translation>
    </message>
    <message>
        <source>%1 is not a language code like &quot;sv&quot;</source>
        <translation>%1 är ingen språkkod som &quot;sv&quot;</translation>
    </message>
    <message>
        <source>must list at least one party</source>
        <translation>måste ange minst en part</translation>
    </message>
    <message>
        <source>refers to message %1 but the case has %2 messages</source>
        <translation>hänvisar till meddelande %1 men ärendet har %2 meddelanden</translation>
    </message>
    <message>
        <source>%1 is not an asset code like &quot;USDT&quot;</source>
        <translation>%1 är ingen tillgångskod som &quot;USDT&quot;</translation>
    </message>
    <message>
        <source>%1 is not a currency code like &quot;SEK&quot;</source>
        <translation>%1 är ingen valutakod som &quot;SEK&quot;</translation>
    </message>
    <message>
        <source>%1 is not a valid user id (1 to 64 printable characters)</source>
        <translation>%1 är inget giltigt användar-id (1 till 64 skrivbara tecken)</translation>
    </message>
    <message>
        <source>an object of strike counts</source>
        <translation>ett objekt med antal prickar</translation>
    </message>
    <message>
        <source>%1 is not a strike kind (one of %2)</source>
        <translation>%1 är ingen typ av prick (en av %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan inte läsa filen: %1</translation>
    </message>
    <message>
        <source>case larger than 16 MB</source>
        <translation>ärendet är större än 16 MB</translation>
    </message>
    <message>
        <source>unexpected data after the case (one case per line)</source>
        <translation>oväntade data efter ärendet (ett ärende per rad)</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>oväntat filslut</translation>
    </message>
    <message>
        <source>expected a bundle object {&quot;format&quot;: &quot;%1&quot;, &quot;cases&quot;: [...]}</source>
        <translation>väntade ett paketobjekt {&quot;format&quot;: &quot;%1&quot;, &quot;cases&quot;: [...]}</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a bundle member</source>
        <translation>väntade &apos;,&apos; eller &apos;}&apos; efter en medlem i paketet</translation>
    </message>
    <message>
        <source>trailing comma is not allowed</source>
        <translation>avslutande kommatecken är inte tillåtet</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>väntade ett medlemsnamn inom dubbla citattecken</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>nyckeln &quot;%1&quot; förekommer två gånger</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>väntade &apos;:&apos; efter ett medlemsnamn</translation>
    </message>
    <message>
        <source>&quot;cases&quot; must be an array, not %1</source>
        <translation>&quot;cases&quot; måste vara en array, inte %1</translation>
    </message>
    <message>
        <source>unsupported format %1, expected &quot;%2&quot;</source>
        <translation>formatet %1 stöds inte, väntade &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a case</source>
        <translation>väntade &apos;,&apos; eller &apos;]&apos; efter ett ärende</translation>
    </message>
    <message>
        <source>unexpected data after the bundle object</source>
        <translation>oväntade data efter paketobjektet</translation>
    </message>
    <message>
        <source>the bundle has no &quot;format&quot; member</source>
        <translation>paketet saknar medlemmen &quot;format&quot;</translation>
    </message>
    <message>
        <source>the bundle has no &quot;cases&quot; member</source>
        <translation>paketet saknar medlemmen &quot;cases&quot;</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan inte öppna filen: %1</translation>
    </message>
    <message>
        <source>value larger than 16 MB</source>
        <translation>värdet är större än 16 MB</translation>
    </message>
    <message>
        <source>more than %1 values in one case</source>
        <translation>fler än %1 värden i ett ärende</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>nästlat djupare än %1 nivåer</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>väntade &apos;,&apos; eller &apos;}&apos; efter en objektmedlem</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>väntade &apos;,&apos; eller &apos;]&apos; efter ett arrayelement</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>strängen avslutas inte</translation>
    </message>
    <message>
        <source>string longer than 1 MB</source>
        <translation>strängen är längre än 1 MB</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ogiltig escape-sekvens</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos;</source>
        <translation>ogiltig escape-sekvens &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u måste följas av fyra hexadecimala siffror</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate in \u escape</source>
        <translation>oparat UTF-16-surrogat i \u-escape</translation>
    </message>
    <message>
        <source>NUL character (\u0000) is not allowed</source>
        <translation>NUL-tecknet (\u0000) är inte tillåtet</translation>
    </message>
    <message>
        <source>NUL byte is not allowed</source>
        <translation>NUL-byte är inte tillåten</translation>
    </message>
    <message>
        <source>raw control character %1 in a string (it must be escaped)</source>
        <translation>oskyddat styrtecken %1 i en sträng (det måste skrivas som escape)</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ogiltig UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ogiltigt tal</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>ogiltigt tal: inledande nollor är inte tillåtna</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>ogiltigt tal: siffror måste följa decimaltecknet</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>ogiltigt tal: siffror måste följa exponenten</translation>
    </message>
    <message>
        <source>unexpected end of line</source>
        <translation>oväntat radslut</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>oväntat tecken &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected control character %1</source>
        <translation>oväntat styrtecken %1</translation>
    </message>
    <message>
        <source>comments are not allowed</source>
        <translation>kommentarer är inte tillåtna</translation>
    </message>
    <message>
        <source>%1 is not a plausible time (years 2000 to 2099)</source>
        <translation>%1 är ingen rimlig tidpunkt (år 2000 till 2099)</translation>
    </message>
    <message>
        <source>%1 is too large for an amount</source>
        <translation>%1 är för stort för ett belopp</translation>
    </message>
    <message>
        <source>is not in Unicode normal form C</source>
        <translation>är inte i Unicode-normalform C</translation>
    </message>
    <message>
        <source>contains an invisible or blank character (U+%1)</source>
        <translation>innehåller ett osynligt eller tomt tecken (U+%1)</translation>
    </message>
    <message>
        <source>mixes letters of different scripts</source>
        <translation>blandar bokstäver från olika skriftsystem</translation>
    </message>
    <message>
        <source>mixes Latin letters with Cyrillic or Greek ones, which look the same</source>
        <translation>blandar latinska bokstäver med kyrilliska eller grekiska, som ser likadana ut</translation>
    </message>
    <message>
        <source>is written in letters that look like Latin ones but are not (Cyrillic or Greek)</source>
        <translation>är skrivet med bokstäver som ser latinska ut men inte är det (kyrilliska eller grekiska)</translation>
    </message>
    <message>
        <source>the id %1 %2: it could pass for another id</source>
        <translation>id:t %1 %2: det kan förväxlas med ett annat id</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Case %1 does not exist</source>
        <translation>Ärende %1 finns inte</translation>
    </message>
    <message>
        <source>Case %1 is decided and cannot be replaced</source>
        <translation>Ärende %1 är avgjort och kan inte ersättas</translation>
    </message>
    <message>
        <source>Case %1 does not exist or is already decided</source>
        <translation>Ärende %1 finns inte eller är redan avgjort</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Unknown case %1</source>
        <translation>Okänt ärende %1</translation>
    </message>
    <message>
        <source>A decision needs the agent&apos;s name</source>
        <translation>Ett beslut kräver handläggarens namn</translation>
    </message>
    <message>
        <source>A decision cannot be made inside another write transaction</source>
        <translation>Ett beslut kan inte fattas inuti en annan skrivtransaktion</translation>
    </message>
    <message>
        <source>Case %1 was already decided by %2 at %3; the decision was not changed</source>
        <translation>Ärende %1 avgjordes redan av %2 %3; beslutet ändrades inte</translation>
    </message>
    <message>
        <source>The policy&apos;s suggestion for case %1 changed since it was shown (now %2): nothing was recorded; look at the new suggestion and confirm again</source>
        <translation>Policyns förslag för ärende %1 har ändrats sedan det visades (nu %2): inget registrerades; titta på det nya förslaget och bekräfta igen</translation>
    </message>
    <message>
        <source>The policy suggests %1 for case %2: deciding %3 is an override and needs a note</source>
        <translation>Policyn föreslår %1 för ärende %2: att besluta %3 är ett avvikande beslut och kräver en anteckning</translation>
    </message>
    <message>
        <source>Voiding a strike needs who voids it and why</source>
        <translation>Att stryka en prick kräver vem som stryker den och varför</translation>
    </message>
    <message>
        <source>Strike %1 does not exist</source>
        <translation>Prick %1 finns inte</translation>
    </message>
    <message>
        <source>A claim lasts at least a minute</source>
        <translation>En reservation varar minst en minut</translation>
    </message>
    <message>
        <source>Case %1 is decided: only payment and refund proofs and notes are recorded on it</source>
        <translation>Ärende %1 är avgjort: bara betalnings- och återbetalningsbevis och anteckningar registreras på det</translation>
    </message>
    <message>
        <source>%1 is not an event an agent records on case %2</source>
        <translation>%1 är ingen händelse som en handläggare registrerar på ärende %2</translation>
    </message>
    <message>
        <source>A note needs its text</source>
        <translation>En anteckning behöver sin text</translation>
    </message>
    <message>
        <source>A purge needs the name of who purges</source>
        <translation>En rensning kräver namnet på den som rensar</translation>
    </message>
    <message>
        <source>Case %1 is not decidable before %2: nothing was recorded</source>
        <translation>Ärende %1 kan inte avgöras före %2: inget registrerades</translation>
    </message>
    <message>
        <source>Closing case %1 without an outcome needs a note</source>
        <translation>Att avsluta ärende %1 utan utfall kräver en anteckning</translation>
    </message>
    <message>
        <source>%1 The login %2 is an agent.</source>
        <translation>%1 Inloggningen %2 är en handläggare.</translation>
    </message>
    <message>
        <source>Reopening a case needs who reopens it and why</source>
        <translation>Att återöppna ett ärende kräver vem som gör det och varför</translation>
    </message>
    <message>
        <source>Case %1 is not decided</source>
        <translation>Ärende %1 är inte avgjort</translation>
    </message>
    <message>
        <source>A review needs the reviewer&apos;s name</source>
        <translation>En granskning kräver granskarens namn</translation>
    </message>
    <message>
        <source>A disagreement needs a note saying why</source>
        <translation>En invändning kräver en anteckning om varför</translation>
    </message>
    <message>
        <source>Only a disagreement reopens the case</source>
        <translation>Endast en invändning återöppnar ärendet</translation>
    </message>
    <message>
        <source>A review cannot be recorded inside another write transaction</source>
        <translation>En granskning kan inte registreras inuti en annan skrivtransaktion</translation>
    </message>
    <message>
        <source>Case %1 is not decided: there is nothing to review</source>
        <translation>Ärende %1 är inte avgjort: det finns inget att granska</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
    <message>
        <source>Case %1 does not exist</source>
        <translation>Ärende %1 finns inte</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Godta förslaget</translation>
    </message>
    <message>
        <source>Record the suggested outcome, after a confirmation</source>
        <translation>Registrera det föreslagna utfallet, efter en bekräftelse</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Avvikande &amp;beslut…</translation>
    </message>
    <message>
        <source>Record another outcome, with a note</source>
        <translation>Registrera ett annat utfall, med en anteckning</translation>
    </message>
    <message>
        <source>Record an event the policy asks for; the suggestion updates at once</source>
        <translation>Registrera en händelse som policyn kräver; förslaget uppdateras direkt</translation>
    </message>
    <message>
        <source>Confirm abuse on this message…</source>
        <translation>Bekräfta kränkning i det här meddelandet…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>&amp;Suggestion</source>
        <translation>&amp;Förslag</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parter</translation>
    </message>
    <message>
        <source>Select a case in the queue.</source>
        <translation>Välj ett ärende i kön.</translation>
    </message>
    <message>
        <source>Case %1 could not be opened: %2</source>
        <translation>Ärende %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>Suggestion not saved</source>
        <translation>Förslaget sparades inte</translation>
    </message>
    <message>
        <source>The queue could not be updated for case %1: %2</source>
        <translation>Kön kunde inte uppdateras för ärende %1: %2</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Beslutet registrerades inte</translation>
    </message>
    <message>
        <source>The decision on case %1 was not recorded: %2</source>
        <translation>Beslutet i ärende %1 registrerades inte: %2</translation>
    </message>
    <message>
        <source>Event not recorded</source>
        <translation>Händelsen registrerades inte</translation>
    </message>
    <message>
        <source>The event could not be recorded on case %1: %2</source>
        <translation>Händelsen kunde inte registreras i ärende %1: %2</translation>
    </message>
    <message>
        <source>Case %1, %2</source>
        <translation>Ärende %1, %2</translation>
    </message>
    <message>
        <source>Strike not voided</source>
        <translation>Pricken ströks inte</translation>
    </message>
    <message>
        <source>The strike could not be voided: %1</source>
        <translation>Pricken kunde inte strykas: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>The policy settings could not be saved: %1</source>
        <translation>Policyinställningarna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The policy suggests no outcome yet.</source>
        <translation>Policyn föreslår inget utfall ännu.</translation>
    </message>
    <message>
        <source>The case needs a person&apos;s review: decide it with Override and a note.</source>
        <translation>Ärendet måste granskas av en människa: avgör det med Avvikande beslut och en anteckning.</translation>
    </message>
    <message>
        <source>The case becomes decidable at %1.</source>
        <translation>Ärendet kan avgöras från %1.</translation>
    </message>
    <message>
        <source>Nothing to accept</source>
        <translation>Inget att godta</translation>
    </message>
    <message>
        <source>Recor&amp;d event…</source>
        <translation>Reg&amp;istrera händelse…</translation>
    </message>
    <message>
        <source>The suggestion changed</source>
        <translation>Förslaget har ändrats</translation>
    </message>
    <message>
        <source>While you confirmed, the policy&apos;s suggestion for case %1 changed. Nothing was recorded: look at the new suggestion and confirm again.</source>
        <translation>Medan du bekräftade ändrades policyns förslag för ärende %1. Inget registrerades: titta på det nya förslaget och bekräfta igen.</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Släpp äre&amp;ndet</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>Ta äre&amp;ndet</translation>
    </message>
    <message>
        <source>End your claim: other agents may take the case</source>
        <translation>Avsluta ditt anspråk: andra handläggare kan ta ärendet</translation>
    </message>
    <message numerus="yes">
        <source>Mark the case as being worked by you for %n minute(s)</source>
        <translation>
            <numerusform>Markera ärendet som ditt i %n minut</numerusform>
            <numerusform>Markera ärendet som ditt i %n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working on this case until %1.</source>
        <translation>Du arbetar med det här ärendet till %1.</translation>
    </message>
    <message>
        <source>Being worked by %1 until %2.</source>
        <translation>%1 arbetar med ärendet till %2.</translation>
    </message>
    <message>
        <source>Claim not ended</source>
        <translation>Anspråket avslutades inte</translation>
    </message>
    <message>
        <source>Case not claimed</source>
        <translation>Ärendet togs inte</translation>
    </message>
    <message>
        <source>Co&amp;nversation</source>
        <translation>&amp;Chatten</translation>
    </message>
    <message>
        <source>%1 decided this case at %2 while you had it open.</source>
        <translation>%1 avgjorde ärendet %2 medan du hade det öppet.</translation>
    </message>
    <message>
        <source>%1 claimed this case while you had it open.</source>
        <translation>%1 tog ärendet medan du hade det öppet.</translation>
    </message>
    <message>
        <source>Case not reopened</source>
        <translation>Ärendet återöppnades inte</translation>
    </message>
    <message>
        <source>Case %1 could not be reopened: %2</source>
        <translation>Ärende %1 kunde inte återöppnas: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database (default: %1).</source>
        <translation>Databasen (standard: %1).</translation>
    </message>
    <message>
        <source>Language of messages: en, sv, bg or th (default: the system&apos;s).</source>
        <translation>Meddelandenas språk: en, sv, bg eller th (standard: systemets).</translation>
    </message>
    <message>
        <source>Try: appealdesk --help</source>
        <translation>Prova: appealdesk --help</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <source>Case bundles to import.</source>
        <translation>Ärendepaket att importera.</translation>
    </message>
    <message>
        <source>Replace cases already stored (never a decided one).</source>
        <translation>Ersätt ärenden som redan är lagrade (aldrig ett avgjort).</translation>
    </message>
    <message>
        <source>Store the valid cases of a file with invalid ones.</source>
        <translation>Lagra de giltiga ärendena i en fil som även har ogiltiga.</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Visa förloppet på stderr även när det inte är en terminal.</translation>
    </message>
    <message>
        <source>A case bundle (or use --case).</source>
        <translation>Ett ärendepaket (eller använd --case).</translation>
    </message>
    <message>
        <source>A stored case.</source>
        <translation>Ett lagrat ärende.</translation>
    </message>
    <message>
        <source>The instant (ISO 8601 with a zone; default: now).</source>
        <translation>Tidpunkten (ISO 8601 med tidszon; standard: nu).</translation>
    </message>
    <message>
        <source>The decision: %1.</source>
        <translation>Beslutet: %1.</translation>
    </message>
    <message>
        <source>The deciding agent.</source>
        <translation>Handläggaren som beslutar.</translation>
    </message>
    <message>
        <source>Only this user.</source>
        <translation>Endast den här användaren.</translation>
    </message>
    <message>
        <source>Sanctions active at this instant (default: now).</source>
        <translation>Sanktioner som gäller vid den här tidpunkten (standard: nu).</translation>
    </message>
    <message>
        <source>How many cases.</source>
        <translation>Hur många ärenden.</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Generatorns startvärde (standard 1).</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;now&quot; (ISO 8601 with a zone; default: a fixed instant, so a seed always gives the same cases).</source>
        <translation>Demons &quot;nu&quot; (ISO 8601 med tidszon; standard: en fast tidpunkt, så att ett startvärde alltid ger samma ärenden).</translation>
    </message>
    <message>
        <source>Write the cases to this bundle file instead of the database.</source>
        <translation>Skriv ärendena till den här paketfilen i stället för till databasen.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>inget kommando angavs</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO 8601 time with a zone (e.g. 2026-11-20T09:15:00Z)</source>
        <translation>--at: &quot;%1&quot; är ingen ISO 8601-tid med tidszon (t.ex. 2026-11-20T09:15:00Z)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>ingen fil att importera</translation>
    </message>
    <message>
        <source>%1: imported %2, replaced %3, skipped %4, rejected %5</source>
        <translation>%1: importerade %2, ersatte %3, hoppade över %4, avvisade %5</translation>
    </message>
    <message>
        <source>give one bundle file or --case ID</source>
        <translation>ange en paketfil eller --case ID</translation>
    </message>
    <message>
        <source>unknown case %1</source>
        <translation>okänt ärende %1</translation>
    </message>
    <message>
        <source>--case, --outcome and --agent are required</source>
        <translation>--case, --outcome och --agent krävs</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>oväntat argument %1</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot; (one of: %2)</source>
        <translation>okänt utfall &quot;%1&quot; (ett av: %2)</translation>
    </message>
    <message>
        <source>the policy suggests %1 for case %2: deciding %3 is an override and needs --note</source>
        <translation>policyn föreslår %1 för ärende %2: att besluta %3 är ett avvikande beslut och kräver --note</translation>
    </message>
    <message>
        <source>--cases needs a number from 1 to %1</source>
        <translation>--cases kräver ett tal från 1 till %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed kräver ett heltal</translation>
    </message>
    <message>
        <source>The case to claim.</source>
        <translation>Ärendet som ska reserveras.</translation>
    </message>
    <message>
        <source>The agent working on it.</source>
        <translation>Handläggaren som arbetar med det.</translation>
    </message>
    <message>
        <source>How long the claim holds (default 30).</source>
        <translation>Hur länge reservationen gäller (standard 30).</translation>
    </message>
    <message>
        <source>End the agent&apos;s claim instead.</source>
        <translation>Avsluta handläggarens reservation i stället.</translation>
    </message>
    <message>
        <source>The new backup file (never overwritten).</source>
        <translation>Den nya säkerhetskopian (skrivs aldrig över).</translation>
    </message>
    <message>
        <source>Decided cases opened before this date (YYYY-MM-DD, UTC) or time (ISO 8601 with a zone).</source>
        <translation>Avgjorda ärenden som öppnades före detta datum (ÅÅÅÅ-MM-DD, UTC) eller denna tidpunkt (ISO 8601 med tidszon).</translation>
    </message>
    <message>
        <source>Who purges (default: the system user).</source>
        <translation>Vem som rensar (standard: systemets användare).</translation>
    </message>
    <message>
        <source>--minutes needs a number from 1 to %1</source>
        <translation>--minutes kräver ett tal från 1 till %1</translation>
    </message>
    <message>
        <source>case %1 released by %2</source>
        <translation>ärende %1 lämnades tillbaka av %2</translation>
    </message>
    <message>
        <source>case %1 claimed by %2 until %3</source>
        <translation>ärende %1 reserverat av %2 till %3</translation>
    </message>
    <message>
        <source>no backup file given</source>
        <translation>ingen fil för säkerhetskopian angavs</translation>
    </message>
    <message>
        <source>%1: backup written, integrity ok</source>
        <translation>%1: säkerhetskopian skriven, integriteten är i ordning</translation>
    </message>
    <message>
        <source>--before is required</source>
        <translation>--before krävs</translation>
    </message>
    <message>
        <source>--before: &quot;%1&quot; is not a date (YYYY-MM-DD) or an ISO 8601 time with a zone</source>
        <translation>--before: &quot;%1&quot; är inget datum (ÅÅÅÅ-MM-DD) eller ISO 8601-tid med tidszon</translation>
    </message>
    <message>
        <source>audit: broken: %1</source>
        <translation>audit: kedjan är bruten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: wrote %n demo case(s) (seed %2)</source>
        <translation>
            <numerusform>%1: skrev %n demoärende (startvärde %2)</numerusform>
            <numerusform>%1: skrev %n demoärenden (startvärde %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>purge: %n decided case(s) opened before %1 purged</source>
        <translation>
            <numerusform>purge: %n avgjort ärende som öppnades före %1 har rensats</numerusform>
            <numerusform>purge: %n avgjorda ärenden som öppnades före %1 har rensats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit: ok, %n entries, head %1</source>
        <translation>
            <numerusform>audit: i ordning, %n post, huvud %1</numerusform>
            <numerusform>audit: i ordning, %n poster, huvud %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome the policy suggested when you looked: if it suggests another now, nothing is recorded and both are printed.</source>
        <translation>Utfallet som policyn föreslog när du tittade: föreslår den ett annat nu registreras inget och båda skrivs ut.</translation>
    </message>
    <message>
        <source>On an override, keep all of the policy&apos;s strikes and sanctions (default: none).</source>
        <translation>Vid ett avvikande beslut: behåll alla policyns prickar och sanktioner (standard: inga).</translation>
    </message>
    <message>
        <source>On an override, keep the policy&apos;s strikes of this kind or sanctions of this scope (repeatable; USER:KIND_OR_SCOPE for one user&apos;s).</source>
        <translation>Vid ett avvikande beslut: behåll policyns prickar av detta slag eller sanktioner med detta omfång (kan upprepas; USER:KIND_OR_SCOPE för en enskild användares).</translation>
    </message>
    <message>
        <source>%1 takes no --at: commands that write use the real clock</source>
        <translation>%1 tar inget --at: kommandon som skriver använder den verkliga klockan</translation>
    </message>
    <message>
        <source>backup FILE</source>
        <extracomment>Top-level --help: the command word stays &quot;backup&quot;.</extracomment>
        <translation>backup FIL</translation>
    </message>
    <message>
        <source>write a checked copy of the database to a new file</source>
        <translation>skriv en kontrollerad kopia av databasen till en ny fil</translation>
    </message>
    <message>
        <source>mark a case as being worked by an agent</source>
        <translation>markera att en handläggare arbetar med ett ärende</translation>
    </message>
    <message>
        <source>AppealDesk: appeals of a P2P crypto desk.
Without a command it opens the window; with one it runs without a display.

Commands:</source>
        <translation>AppealDesk: överklaganden för en P2P-kryptodesk.
Utan kommando öppnas fönstret; med ett kommando körs programmet utan skärm.

Kommandon:</translation>
    </message>
    <message>
        <source>record a decision</source>
        <translation>registrera ett beslut</translation>
    </message>
    <message>
        <source>fill the database with demo cases</source>
        <translation>fyll databasen med demoärenden</translation>
    </message>
    <message>
        <source>import FILE...</source>
        <extracomment>Top-level --help: the command word stays &quot;import&quot;.</extracomment>
        <translation>import FIL...</translation>
    </message>
    <message>
        <source>import case bundles (.json, .jsonl)</source>
        <translation>importera ärendepaket (.json, .jsonl)</translation>
    </message>
    <message>
        <source>purge --before DATE</source>
        <extracomment>Top-level --help: &quot;purge --before&quot; stays as it is.</extracomment>
        <translation>purge --before DATUM</translation>
    </message>
    <message>
        <source>remove transcripts and personal data of old decided cases</source>
        <translation>ta bort chattloggar och personuppgifter i gamla avgjorda ärenden</translation>
    </message>
    <message>
        <source>the team lead&apos;s report (appealdesk report --help)</source>
        <translation>teamledarens rapport (appealdesk report --help)</translation>
    </message>
    <message>
        <source>strike counts and active sanctions</source>
        <translation>antal prickar och aktiva sanktioner</translation>
    </message>
    <message>
        <source>suggest FILE</source>
        <extracomment>Top-level --help: the command word stays &quot;suggest&quot;.</extracomment>
        <translation>suggest FIL</translation>
    </message>
    <message>
        <source>the policy&apos;s suggestion for every case in FILE</source>
        <translation>policyns förslag för varje ärende i FIL</translation>
    </message>
    <message>
        <source>the suggestion for a stored case</source>
        <translation>förslaget för ett lagrat ärende</translation>
    </message>
    <message>
        <source>record an event on a case (a payment or refund proof, a contact)</source>
        <translation>registrera en händelse i ett ärende (ett betalnings- eller återbetalningsbevis, en kontakt)</translation>
    </message>
    <message>
        <source>The case.</source>
        <translation>Ärendet.</translation>
    </message>
    <message>
        <source>The event: %1.</source>
        <translation>Händelsen: %1.</translation>
    </message>
    <message>
        <source>What was seen (required for a note).</source>
        <translation>Vad som sågs (krävs för en anteckning).</translation>
    </message>
    <message>
        <source>Who records it (default: the system user).</source>
        <translation>Vem som registrerar den (standard: systemanvändaren).</translation>
    </message>
    <message>
        <source>--case and --type are required</source>
        <translation>--case och --type krävs</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>okänd händelsetyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 names a party or a message: record it in the window</source>
        <translation>%1 anger en part eller ett meddelande: registrera den i fönstret</translation>
    </message>
    <message>
        <source>a note needs --note</source>
        <translation>en anteckning kräver --note</translation>
    </message>
    <message>
        <source>case %1: %2 recorded by %3</source>
        <translation>ärende %1: %2 registrerad av %3</translation>
    </message>
    <message>
        <source>closing case %1 without an outcome needs --note</source>
        <translation>att avsluta ärende %1 utan utfall kräver --note</translation>
    </message>
    <message>
        <source>settings --list | --set K=V</source>
        <extracomment>Top-level --help: &quot;settings --list&quot; and &quot;--set&quot; stay as they are.</extracomment>
        <translation>settings --list | --set NYCKEL=VÄRDE</translation>
    </message>
    <message>
        <source>show or change the policy settings (a team lead&apos;s change is audited)</source>
        <translation>visa eller ändra policyinställningarna (en teamledares ändring loggas i granskningsloggen)</translation>
    </message>
    <message>
        <source>Print every policy setting as KEY=VALUE.</source>
        <translation>Skriv ut varje policyinställning som NYCKEL=VÄRDE.</translation>
    </message>
    <message>
        <source>Change one setting (repeatable); all are checked before any is saved.</source>
        <translation>Ändra en inställning (kan upprepas); alla kontrolleras innan någon sparas.</translation>
    </message>
    <message>
        <source>Who changes them (default: the system user).</source>
        <translation>Vem som ändrar dem (standard: systemanvändaren).</translation>
    </message>
    <message>
        <source>give either --list or one or more --set KEY=VALUE</source>
        <translation>ange antingen --list eller ett eller flera --set NYCKEL=VÄRDE</translation>
    </message>
    <message numerus="yes">
        <source>settings: saved %n change(s)</source>
        <translation>
            <numerusform>settings: sparade %n ändring</numerusform>
            <numerusform>settings: sparade %n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <source>whatif --set K=V ...</source>
        <extracomment>Top-level --help: &quot;whatif --set&quot; stays as it is.</extracomment>
        <translation>whatif --set NYCKEL=VÄRDE ...</translation>
    </message>
    <message>
        <source>what changed policy settings would suggest, before saving them</source>
        <translation>vad ändrade policyinställningar skulle föreslå, innan de sparas</translation>
    </message>
    <message>
        <source>A proposed setting (repeatable; see settings --list).</source>
        <translation>En föreslagen inställning (kan upprepas; se settings --list).</translation>
    </message>
    <message>
        <source>First day of the past decisions to judge again (YYYY-MM-DD, UTC; default: 30 days before --to).</source>
        <translation>Första dagen för tidigare beslut som bedöms på nytt (ÅÅÅÅ-MM-DD, UTC; standard: 30 dagar före --to).</translation>
    </message>
    <message>
        <source>Last day of those decisions, inclusive (default: today, UTC).</source>
        <translation>Sista dagen för dessa beslut, inklusive (standard: i dag, UTC).</translation>
    </message>
    <message>
        <source>Judge the open cases at this instant (default: now).</source>
        <translation>Bedöm de öppna ärendena vid denna tidpunkt (standard: nu).</translation>
    </message>
    <message>
        <source>give at least one --set KEY=VALUE</source>
        <translation>ange minst ett --set NYCKEL=VÄRDE</translation>
    </message>
    <message>
        <source>--to: not a date (YYYY-MM-DD): %1</source>
        <translation>--to: inget datum (ÅÅÅÅ-MM-DD): %1</translation>
    </message>
    <message>
        <source>--from: not a date (YYYY-MM-DD): %1</source>
        <translation>--from: inget datum (ÅÅÅÅ-MM-DD): %1</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to ligger före --from</translation>
    </message>
    <message>
        <source>check the audit trail against its hash chain, the live records and a signed checkpoint</source>
        <translation>kontrollera granskningsloggen mot dess hashkedja, de aktuella posterna och en signerad kontrollpunkt</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain, that the decisions, strikes and settings match it, and that it extends a signed checkpoint</source>
        <translation>kontrollera granskningsloggens hashkedja, att besluten, prickarna och inställningarna stämmer med den och att den fortsätter en signerad kontrollpunkt</translation>
    </message>
    <message>
        <source>make the team lead&apos;s signing key (kept outside the database)</source>
        <translation>skapa teamledarens signeringsnyckel (förvaras utanför databasen)</translation>
    </message>
    <message>
        <source>sign the audit trail&apos;s head</source>
        <translation>signera granskningsloggens senaste post</translation>
    </message>
    <message>
        <source>verify: check the audit trail; keygen: make a signing key; checkpoint: sign the trail&apos;s head.</source>
        <translation>verify: kontrollera granskningsloggen; keygen: skapa en signeringsnyckel; checkpoint: signera loggens senaste post.</translation>
    </message>
    <message>
        <source>The file to write (keygen, checkpoint).</source>
        <translation>Filen som skrivs (keygen, checkpoint).</translation>
    </message>
    <message>
        <source>The signing key file (checkpoint).</source>
        <translation>Signeringsnyckelns fil (checkpoint).</translation>
    </message>
    <message>
        <source>A signed checkpoint the trail must still extend (verify).</source>
        <translation>En signerad kontrollpunkt som loggen fortfarande måste fortsätta (verify).</translation>
    </message>
    <message>
        <source>verify: the checkpoint must be signed by this key (a key file or its .pub file).</source>
        <translation>verify: kontrollpunkten måste vara signerad med den här nyckeln (en nyckelfil eller dess .pub-fil).</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Ersätt utdatafilen om den finns.</translation>
    </message>
    <message>
        <source>the audit command is: audit verify, audit keygen or audit checkpoint</source>
        <translation>granskningskommandot är: audit verify, audit keygen eller audit checkpoint</translation>
    </message>
    <message>
        <source>audit keygen needs -o KEYFILE</source>
        <translation>audit keygen behöver -o NYCKELFIL</translation>
    </message>
    <message>
        <source>%1: signing key written (keep it outside the database and the repository); public key %2, fingerprint %3</source>
        <translation>%1: signeringsnyckeln skriven (förvara den utanför databasen och kodförrådet); publik nyckel %2, fingeravtryck %3</translation>
    </message>
    <message>
        <source>audit checkpoint needs --key KEYFILE and -o FILE</source>
        <translation>audit checkpoint behöver --key NYCKELFIL och -o FIL</translation>
    </message>
    <message numerus="yes">
        <source>%1: checkpoint of %n entries, head %2, signed by %3</source>
        <translation>
            <numerusform>%1: kontrollpunkt med %n post, senaste %2, signerad av %3</numerusform>
            <numerusform>%1: kontrollpunkt med %n poster, senaste %2, signerad av %3</numerusform>
        </translation>
    </message>
    <message>
        <source>audit: broken: the checkpoint was signed by key %1, not by %2</source>
        <translation>audit: bruten: kontrollpunkten signerades med nyckel %1, inte med %2</translation>
    </message>
    <message numerus="yes">
        <source>audit: %n more difference(s)</source>
        <translation>
            <numerusform>audit: %n skillnad till</numerusform>
            <numerusform>audit: %n skillnader till</numerusform>
        </translation>
    </message>
    <message>
        <source>audit: %1 decisions and %2 strikes match the audit trail</source>
        <translation>audit: %1 beslut och %2 prickar stämmer med granskningsloggen</translation>
    </message>
    <message numerus="yes">
        <source>audit: extends the checkpoint of %1 (%n entries), signed by key %2</source>
        <translation>
            <numerusform>audit: fortsätter kontrollpunkten från %1 (%n post), signerad med nyckel %2</numerusform>
            <numerusform>audit: fortsätter kontrollpunkten från %1 (%n poster), signerad med nyckel %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Created a new database: %1</source>
        <translation>Skapade en ny databas: %1</translation>
    </message>
    <message>
        <source>Nothing was written. Do not decide cases in it: restore a backup.</source>
        <translation>Ingenting skrevs. Fatta inga beslut i den: återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>With --out: replace the file if it exists.</source>
        <translation>Med --out: ersätt filen om den finns.</translation>
    </message>
    <message>
        <source>the queue as the window shows it, one line per case</source>
        <translation>kön som fönstret visar den, en rad per ärende</translation>
    </message>
    <message>
        <source>open (default; a waiting case past its deadline is open), waiting, decided or all.</source>
        <translation>open (standard; ett väntande ärende efter sin tidsgräns är öppet), waiting, decided eller all.</translation>
    </message>
    <message>
        <source>Only cases of this kind.</source>
        <translation>Endast ärenden av denna typ.</translation>
    </message>
    <message>
        <source>Only cases whose suggestion cites this clause.</source>
        <translation>Endast ärenden vars förslag hänvisar till denna klausul.</translation>
    </message>
    <message>
        <source>Only cases assigned to this agent.</source>
        <translation>Endast ärenden tilldelade denna handläggare.</translation>
    </message>
    <message>
        <source>Only cases whose id, order number, user, nickname or chat contains this text.</source>
        <translation>Endast ärenden vars id, ordernummer, användare, smeknamn eller chatt innehåller denna text.</translation>
    </message>
    <message>
        <source>At most N cases (default: all).</source>
        <translation>Högst N ärenden (standard: alla).</translation>
    </message>
    <message>
        <source>json (one object a line, default) or tsv.</source>
        <translation>json (ett objekt per rad, standard) eller tsv.</translation>
    </message>
    <message>
        <source>The queue as it is at this instant (default: now).</source>
        <translation>Kön som den är vid denna tidpunkt (standard: nu).</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not open, waiting, decided or all</source>
        <translation>--status: &quot;%1&quot; är inte open, waiting, decided eller all</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a case kind</source>
        <translation>--kind: &quot;%1&quot; är ingen ärendetyp</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit kräver ett positivt tal</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not json or tsv</source>
        <translation>--format: &quot;%1&quot; är varken json eller tsv</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Kön kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>%1: backup written: %2</source>
        <translation>%1: säkerhetskopian skriven: %2</translation>
    </message>
    <message>
        <source>Claim the next open case nobody holds (deadline first), instead of --case; exit 1 when none is free.</source>
        <translation>Ta nästa öppna ärende som ingen har (tidigaste tidsgräns först) i stället för --case; avslutar med 1 när inget är ledigt.</translation>
    </message>
    <message>
        <source>--next takes neither --case nor --release</source>
        <translation>--next tar varken --case eller --release</translation>
    </message>
    <message>
        <source>--case (or --next) and --agent are required</source>
        <translation>--case (eller --next) och --agent krävs</translation>
    </message>
    <message>
        <source>no open case is free to claim</source>
        <translation>inget öppet ärende är ledigt att ta</translation>
    </message>
    <message>
        <source>migrate --to postgresql://... [--from FILE]</source>
        <extracomment>Top-level --help: the command word and the option names stay as they are.</extracomment>
        <translation>migrate --to postgresql://... [--from FIL]</translation>
    </message>
    <message>
        <source>copy a local desk onto an empty desk on a PostgreSQL server</source>
        <translation>kopiera en lokal desk till en tom desk på en PostgreSQL-server</translation>
    </message>
    <message>
        <source>The server&apos;s empty desk, a postgresql:// URI (the password comes from PGPASSWORD, ~/.pgpass or a service file, never from the URI).</source>
        <translation>Serverns tomma desk, en postgresql://-URI (lösenordet kommer från PGPASSWORD, ~/.pgpass eller en tjänstefil, aldrig från URI:n).</translation>
    </message>
    <message>
        <source>The desk file to copy (default: --db, or the default database).</source>
        <translation>Deskfilen som ska kopieras (standard: --db, eller standarddatabasen).</translation>
    </message>
    <message>
        <source>--to needs a postgresql:// URI</source>
        <translation>--to behöver en postgresql://-URI</translation>
    </message>
    <message>
        <source>--from needs a desk file</source>
        <translation>--from behöver en deskfil</translation>
    </message>
    <message>
        <source>migrate: %1 cases, %2 decisions, %3 strikes, %4 sanctions, %5 audit entries copied to %6</source>
        <translation>migrate: %1 ärenden, %2 beslut, %3 prickar, %4 sanktioner, %5 granskningsposter kopierade till %6</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail does not verify: %1</source>
        <translation>Kopians granskningslogg går inte att verifiera: %1</translation>
    </message>
    <message>
        <source>audit: ok on the copy</source>
        <translation>audit: ok på kopian</translation>
    </message>
    <message>
        <source>reopen CASE --reason TEXT</source>
        <extracomment>Top-level --help: the command word stays &quot;reopen&quot;.</extracomment>
        <translation>reopen ÄRENDE --reason TEXT</translation>
    </message>
    <message>
        <source>reopen a decided case as a team lead, voiding its strikes and sanctions</source>
        <translation>återöppna ett avgjort ärende som teamledare och upphäv dess prickar och sanktioner</translation>
    </message>
    <message>
        <source>The decided case to reopen.</source>
        <translation>Det avgjorda ärende som ska återöppnas.</translation>
    </message>
    <message>
        <source>Why it is reopened (required; kept in the audit log).</source>
        <translation>Varför det återöppnas (krävs; sparas i granskningsloggen).</translation>
    </message>
    <message>
        <source>The team lead who reopens it (default: the system user).</source>
        <translation>Teamledaren som återöppnar det (standard: systemanvändaren).</translation>
    </message>
    <message>
        <source>reopen needs the case: appealdesk reopen CASE --reason TEXT</source>
        <translation>reopen behöver ärendet: appealdesk reopen ÄRENDE --reason TEXT</translation>
    </message>
    <message>
        <source>--reason is required: say why the case is reopened</source>
        <translation>--reason krävs: säg varför ärendet återöppnas</translation>
    </message>
    <message>
        <source>the decisions a team lead reviews again: every override and needs_review, N more per agent and week</source>
        <translation>besluten en teamledare granskar igen: varje avvikande beslut och needs_review, N till per handläggare och vecka</translation>
    </message>
    <message>
        <source>record a team lead&apos;s review of a decision; --reopen with --disagree reopens the case</source>
        <translation>registrera en teamledares granskning av ett beslut; --reopen med --disagree återöppnar ärendet</translation>
    </message>
    <message>
        <source>the reviews made, or their agreement per agent and clause</source>
        <translation>gjorda granskningar, eller hur ofta de instämde per handläggare och klausul</translation>
    </message>
    <message>
        <source>Print the decisions to review, one JSON line each.</source>
        <translation>Skriv ut besluten att granska, en JSON-rad vardera.</translation>
    </message>
    <message>
        <source>Print the reviews made, one JSON line each.</source>
        <translation>Skriv ut gjorda granskningar, en JSON-rad vardera.</translation>
    </message>
    <message>
        <source>Print the agreement rate per agent and per clause.</source>
        <translation>Skriv ut andelen instämmanden per handläggare och per klausul.</translation>
    </message>
    <message>
        <source>The decided case to review.</source>
        <translation>Det avgjorda ärende som ska granskas.</translation>
    </message>
    <message>
        <source>The reviewer agrees with the decision.</source>
        <translation>Granskaren instämmer i beslutet.</translation>
    </message>
    <message>
        <source>The reviewer disagrees (needs --note).</source>
        <translation>Granskaren invänder (kräver --note).</translation>
    </message>
    <message>
        <source>The reviewer&apos;s note.</source>
        <translation>Granskarens anteckning.</translation>
    </message>
    <message>
        <source>With --disagree: reopen the case, the note as the reason.</source>
        <translation>Med --disagree: återöppna ärendet, med anteckningen som skäl.</translation>
    </message>
    <message>
        <source>The reviewing team lead (default: the system user).</source>
        <translation>Den granskande teamledaren (standard: systemanvändaren).</translation>
    </message>
    <message>
        <source>First day of the decisions or reviews (YYYY-MM-DD, UTC; default: 6 days before --to).</source>
        <translation>Första dagen för besluten eller granskningarna (ÅÅÅÅ-MM-DD, UTC; standard: 6 dagar före --to).</translation>
    </message>
    <message>
        <source>Last day, inclusive (default: today, UTC).</source>
        <translation>Sista dagen, inklusive (standard: i dag, UTC).</translation>
    </message>
    <message>
        <source>Decisions drawn at random per agent and week (default 2).</source>
        <translation>Beslut som dras slumpvis per handläggare och vecka (standard 2).</translation>
    </message>
    <message>
        <source>The seed of the random draw (default 1): the same seed, the same sample.</source>
        <translation>Startvärdet för slumpdragningen (standard 1): samma startvärde, samma urval.</translation>
    </message>
    <message>
        <source>give one of --sample, --list, --stats or --case ID</source>
        <translation>ange en av --sample, --list, --stats eller --case ID</translation>
    </message>
    <message>
        <source>--case needs either --agree or --disagree</source>
        <translation>--case kräver antingen --agree eller --disagree</translation>
    </message>
    <message>
        <source>--disagree needs --note saying why</source>
        <translation>--disagree kräver --note som säger varför</translation>
    </message>
    <message>
        <source>--reopen goes with --disagree</source>
        <translation>--reopen hör ihop med --disagree</translation>
    </message>
    <message>
        <source>--per-agent needs a number from 0 to 1000</source>
        <translation>--per-agent kräver ett tal från 0 till 1000</translation>
    </message>
    <message>
        <source>setup-roles --db URI</source>
        <extracomment>Top-level --help: &quot;setup-roles --db&quot; stays as it is.</extracomment>
        <translation>setup-roles --db ADRESS</translation>
    </message>
    <message>
        <source>create the agent and team lead roles on a PostgreSQL server and grant them</source>
        <translation>skapa rollerna handläggare och teamledare på en PostgreSQL-server och ge dem behörigheter</translation>
    </message>
    <message>
        <source>Make this existing login an agent (repeatable).</source>
        <translation>Gör denna befintliga inloggning till handläggare (kan upprepas).</translation>
    </message>
    <message>
        <source>Make this existing login a team lead (repeatable).</source>
        <translation>Gör denna befintliga inloggning till teamledare (kan upprepas).</translation>
    </message>
    <message>
        <source>setup-roles needs --db postgresql://…: on a SQLite file the one local user is a team lead</source>
        <translation>setup-roles behöver --db postgresql://…: i en SQLite-fil är den enda lokala användaren teamledare</translation>
    </message>
    <message>
        <source>setup-roles failed: %1: %2</source>
        <translation>setup-roles misslyckades: %1: %2</translation>
    </message>
    <message>
        <source>the roles could not be granted (run it as the owner of the desk&apos;s tables)</source>
        <translation>rollerna kunde inte ges behörigheter (kör kommandot som ägare av deskens tabeller)</translation>
    </message>
    <message>
        <source>Why (required for an override, and for the outcome none).</source>
        <translation>Varför (krävs för en avvikelse och för utfallet none).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>Anslut till en teamserver</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com, eller en socketmapp</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Anv&amp;ändare:</translation>
    </message>
    <message>
        <source>The password is read from PGPASSWORD, PGPASSFILE or ~/.pgpass; when none has it, you are asked once, and it is never saved.</source>
        <translation>Lösenordet läses från PGPASSWORD, PGPASSFILE eller ~/.pgpass; om inget av dem har det får du frågan en gång, och det sparas aldrig.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>abuse confirmed</source>
        <translation>kränkning bekräftad</translation>
    </message>
    <message>
        <source>after the suggestion&apos;s instant</source>
        <translation>efter förslagets tidpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s): select to read all</source>
        <translation>
            <numerusform>%n tecken till: markera för att läsa allt</numerusform>
            <numerusform>%n tecken till: markera för att läsa allt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>Threat</source>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>Kränkande språk</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>Känsligt ord</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>flaggat: %1</translation>
    </message>
    <message>
        <source>abuse confirmed</source>
        <translation>kränkning bekräftad</translation>
    </message>
    <message>
        <source>after the suggestion&apos;s instant</source>
        <translation>efter förslagets tidpunkt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>”%1”: %2</translation>
    </message>
    <message>
        <source>After the suggestion&apos;s instant: the policy did not use it.</source>
        <translation>Efter förslagets tidpunkt: policyn använde det inte.</translation>
    </message>
</context>
<context>
    <name>CountSpinBox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n arbetsdag</numerusform>
            <numerusform>%n arbetsdagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 är ingen databasfil</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan inte öppna databasen %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or not a database: %2</source>
        <translation>Databasen %1 är skadad eller ingen databas: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>Databasen %1 är skadad: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer AppealDesk (schema %2; this version knows up to %3)</source>
        <translation>Databasen %1 skrevs av en nyare AppealDesk (schema %2; den här versionen känner till upp till %3)</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Migreringen till schema %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Databasfel i &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>A write transaction is already open</source>
        <translation>En skrivtransaktion är redan öppen</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation>Kan inte börja skriva till databasen: %1</translation>
    </message>
    <message>
        <source>No write transaction is open</source>
        <translation>Ingen skrivtransaktion är öppen</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>Databasen är inte öppen</translation>
    </message>
    <message>
        <source>Cannot back up during a write transaction</source>
        <translation>Kan inte säkerhetskopiera under en skrivtransaktion</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the PostgreSQL driver of Qt (libqt6sql6-psql) is not installed</source>
        <translation>Kan inte öppna databasen %1: Qt:s PostgreSQL-drivrutin (libqt6sql6-psql) är inte installerad</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>Kan inte ansluta till databasservern %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Kan inte läsa schemaversionen för %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the database %1: the disk is full</source>
        <translation>Kan inte använda databasen %1: disken är full</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: the disk is full</source>
        <translation>Kan inte skriva till databasen %1: disken är full</translation>
    </message>
    <message>
        <source>Cannot roll back an interrupted import: %1</source>
        <translation>Kan inte återställa en avbruten import: %1</translation>
    </message>
    <message>
        <source>a pg_dump archive (restore it with pg_restore)</source>
        <translation>ett pg_dump-arkiv (återställ det med pg_restore)</translation>
    </message>
    <message>
        <source>a SQLite desk exported from the server (restore it with appealdesk migrate --from FILE --to URI)</source>
        <translation>en SQLite-desk exporterad från servern (återställ den med appealdesk migrate --from FIL --to URI)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost, so nothing was recorded; check that the server runs, then connect again (File → Connect to a team server…)</source>
        <translation>anslutningen till databasservern bröts, så inget registrerades; kontrollera att servern körs och anslut sedan igen (Arkiv → Anslut till en teamserver…)</translation>
    </message>
    <message>
        <source>Cannot tell the other windows about the change: %1</source>
        <translation>Kan inte meddela de andra fönstren om ändringen: %1</translation>
    </message>
    <message>
        <source>The write transaction was ended by an error; nothing was written</source>
        <translation>Skrivtransaktionen avbröts av ett fel; inget skrevs</translation>
    </message>
    <message>
        <source>Cannot lock case %1: %2</source>
        <translation>Kan inte låsa ärendet %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>A database URI must not contain a password; libpq reads it from PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>En databas-URI får inte innehålla ett lösenord; libpq läser det från PGPASSWORD, ~/.pgpass eller en tjänstfil</translation>
    </message>
    <message>
        <source>The database URI has an invalid port</source>
        <translation>Databas-URI:n har en ogiltig port</translation>
    </message>
    <message>
        <source>The database URI has a parameter without a value</source>
        <translation>Databas-URI:n har en parameter utan värde</translation>
    </message>
    <message>
        <source>The database URI parameter %1 has a value that cannot be passed on</source>
        <translation>Databas-URI:ns parameter %1 har ett värde som inte kan skickas vidare</translation>
    </message>
    <message>
        <source>The database URI has an unknown parameter %1</source>
        <translation>Databas-URI:n har en okänd parameter %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Accept the suggestion</source>
        <translation>Godta förslaget</translation>
    </message>
    <message>
        <source>Override the suggestion</source>
        <translation>Avvik från förslaget</translation>
    </message>
    <message>
        <source>Case %1. This will be recorded:</source>
        <translation>Ärende %1. Detta registreras:</translation>
    </message>
    <message>
        <source>Why the suggestion does not fit this case (required)</source>
        <translation>Varför förslaget inte passar det här ärendet (krävs)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrera beslut</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Keep from the suggestion</source>
        <translation>Behåll från förslaget</translation>
    </message>
    <message>
        <source>No action (close the case without an outcome)</source>
        <translation>Ingen åtgärd (stäng ärendet utan utfall)</translation>
    </message>
    <message>
        <source>The case is closed with no action: no crypto or money moves on the exchange&apos;s side.</source>
        <translation>Ärendet stängs utan åtgärd: ingen kryptovaluta eller inga pengar flyttas från börsens sida.</translation>
    </message>
    <message>
        <source>Recorded by %1 at %2, in the audit log.</source>
        <translation>Registreras av %1 %2, i granskningsloggen.</translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>The decision on case %1 does not match the suggestion it was made on</source>
        <translation>Beslutet i ärende %1 stämmer inte med förslaget det fattades på</translation>
    </message>
    <message>
        <source>An override of the suggestion needs a note</source>
        <translation>Ett avvikande beslut kräver en anteckning</translation>
    </message>
    <message>
        <source>A decision needs the agent&apos;s name</source>
        <translation>Ett beslut kräver handläggarens namn</translation>
    </message>
    <message>
        <source>A decision needs a time</source>
        <translation>Ett beslut kräver en tidpunkt</translation>
    </message>
    <message>
        <source>Case %1 does not exist</source>
        <translation>Ärende %1 finns inte</translation>
    </message>
    <message>
        <source>Case %1 was already decided by %2 at %3; the decision was not changed</source>
        <translation>Ärende %1 avgjordes redan av %2 %3; beslutet ändrades inte</translation>
    </message>
    <message>
        <source>Case %1 is being worked by %2 until %3</source>
        <translation>Ärende %1 handläggs av %2 till %3</translation>
    </message>
    <message>
        <source>Case %1 changed meanwhile; try again</source>
        <translation>Ärende %1 har ändrats under tiden; försök igen</translation>
    </message>
    <message>
        <source>A claim needs the agent&apos;s name</source>
        <translation>En reservation kräver handläggarens namn</translation>
    </message>
    <message>
        <source>A claim must end in the future</source>
        <translation>En reservation måste sluta i framtiden</translation>
    </message>
    <message>
        <source>Reopening a case needs who reopens it and why</source>
        <translation>Att återöppna ett ärende kräver vem som gör det och varför</translation>
    </message>
    <message>
        <source>A reopen needs a time</source>
        <translation>En återöppning kräver en tidpunkt</translation>
    </message>
    <message>
        <source>Case %1 is not decided: there is nothing to reopen</source>
        <translation>Ärende %1 är inte avgjort: det finns inget att återöppna</translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Strike &quot;%1&quot; for %2 (clause %3)</source>
        <translation>Prick &quot;%1&quot; för %2 (klausul %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>a length the team sets</source>
        <translation>en längd som teamet bestämmer</translation>
    </message>
    <message>
        <source>Sanction &quot;%1&quot; for %2, %3 (clause %4)</source>
        <translation>Sanktion &quot;%1&quot; för %2, %3 (klausul %4)</translation>
    </message>
    <message>
        <source>Price far below the market price</source>
        <translation>Priset ligger långt under marknadspriset</translation>
    </message>
    <message>
        <source>Sensitive words in a payment remark</source>
        <translation>Känsliga ord i ett betalningsmeddelande</translation>
    </message>
    <message>
        <source>Possible abusive language in the transcript (confirm on the message)</source>
        <translation>Möjligt ovett i chattloggen (bekräfta i meddelandet)</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Beslut: %1</translation>
    </message>
    <message>
        <source>Clauses: %1</source>
        <translation>Klausuler: %1</translation>
    </message>
    <message>
        <source>Overrides the suggestion: %1</source>
        <translation>Avviker från förslaget: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>No strikes and no sanctions.</source>
        <translation>Inga prickar och inga sanktioner.</translation>
    </message>
    <message>
        <source>Not recorded (dropped by the override): %1</source>
        <translation>Registreras inte (utelämnas av det avvikande beslutet): %1</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Demo cases stored: %1 (P2P appeals: %2, live chat abuse: %3, suspension appeals: %4); decided: %5, overrides: %6</source>
        <translation>Demoärenden lagrade: %1 (P2P-överklaganden: %2, kränkning i livechatten: %3, överklaganden av avstängning: %4); avgjorda: %5, avvikande beslut: %6</translation>
    </message>
    <message>
        <source>skipped (already in the database): %1</source>
        <translation>överhoppade (finns redan i databasen): %1</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 0 and %1</source>
        <translation>Antalet demoärenden måste vara mellan 0 och %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds imported cases: demo cases are only added to a new database or one with demo cases only. Use another --db for the demo.</source>
        <translation>Databasen %1 innehåller importerade ärenden: demoärenden läggs bara till i en ny databas eller en med enbart demoärenden. Använd en annan --db för demon.</translation>
    </message>
</context>
<context>
    <name>DeskChangeFeed</name>
    <message>
        <source>Cannot watch the database for changes: %1</source>
        <translation>Kan inte bevaka databasen efter ändringar: %1</translation>
    </message>
    <message>
        <source>Live updates stopped: the database server cannot be reached (%1)</source>
        <translation>Direktuppdateringarna har stoppats: databasservern kan inte nås (%1)</translation>
    </message>
</context>
<context>
    <name>DeskCopier</name>
    <message>
        <source>The two desks are at different schema versions (%1 and %2)</source>
        <translation>De två deskarna har olika schemaversioner (%1 och %2)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an empty desk (its table %2 has rows): a desk is moved only into an empty database, and nothing was written</source>
        <translation>%1 är ingen tom desk (dess tabell %2 har rader): en desk flyttas bara till en tom databas, och inget skrevs</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Kan inte läsa tabellen %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation>Kan inte kopiera tabellen %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy a row of the table %1: %2</source>
        <translation>Kan inte kopiera en rad i tabellen %1: %2</translation>
    </message>
    <message>
        <source>The copy of the table %1 does not have its %2 rows</source>
        <translation>Kopian av tabellen %1 har inte sina %2 rader</translation>
    </message>
    <message>
        <source>Cannot read the search rows: %1</source>
        <translation>Kan inte läsa sökraderna: %1</translation>
    </message>
    <message>
        <source>Cannot copy the search rows: %1</source>
        <translation>Kan inte kopiera sökraderna: %1</translation>
    </message>
</context>
<context>
    <name>DeskFileActions</name>
    <message>
        <source>Import cases</source>
        <translation>Importera ärenden</translation>
    </message>
    <message>
        <source>Case bundles (*.json *.jsonl);;All files (*)</source>
        <translation>Ärendepaket (*.json *.jsonl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Back up the case database</source>
        <translation>Säkerhetskopiera ärendedatabasen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>SQLite-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Säkerhetskopian är skriven och kontrollerad: %1</translation>
    </message>
</context>
<context>
    <name>FileBackup</name>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Säkerhetskopieringen till %1 misslyckades: %2</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>AppealDesk</source>
        <translation>AppealDesk</translation>
    </message>
    <message>
        <source>The case database %1 cannot be opened.</source>
        <translation>Ärendedatabasen %1 kan inte öppnas.</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Öppna en annan…</translation>
    </message>
    <message>
        <source>Case database</source>
        <translation>Ärendedatabas</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>SQLite-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>The appeal desk of the P2P market.</source>
        <translation>Överklagandedesken för P2P-marknaden.</translation>
    </message>
    <message>
        <source>Open the window on this case.</source>
        <translation>Öppna fönstret på det här ärendet.</translation>
    </message>
    <message>
        <source>Print the start-up time in milliseconds and quit.</source>
        <translation>Skriv ut starttiden i millisekunder och avsluta.</translation>
    </message>
    <message>
        <source>The language of the window: en, sv, bg, th.</source>
        <translation>Fönstrets språk: en, sv, bg, th.</translation>
    </message>
    <message>
        <source>Loading the demo cases failed: %1</source>
        <translation>Det gick inte att läsa in demoärendena: %1</translation>
    </message>
    <message>
        <source>The queue cannot be read.</source>
        <translation>Kön kan inte läsas.</translation>
    </message>
    <message>
        <source>The case database is damaged. Do not decide cases in it: quit and restore a backup.</source>
        <translation>Ärendedatabasen är skadad. Avgör inga ärenden i den: avsluta och återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The case database (default: %1).</source>
        <translation>Ärendedatabasen (standard: %1).</translation>
    </message>
    <message>
        <source>Demo cases loaded. %1</source>
        <translation>Demoärenden har lästs in. %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cases</source>
        <translation>Importera ärenden</translation>
    </message>
    <message>
        <source>Rejected cases are listed here.</source>
        <translation>Avvisade ärenden listas här.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importerar %1 (%2 av %3)</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importen avbröts.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing stored</source>
        <translation>%1: avbruten, inget lagrat</translation>
    </message>
    <message>
        <source>%1: rejected, nothing stored</source>
        <translation>%1: avvisad, inget lagrat</translation>
    </message>
    <message>
        <source>%1: %L2 imported, %L3 replaced, %L4 already present, %L5 invalid</source>
        <translation>%1: %L2 importerade, %L3 ersatta, %L4 fanns redan, %L5 ogiltiga</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>Kan inte låsa %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1: case %2: already decided, never replaced</source>
        <translation>%1: ärende %2: redan avgjort, ersätts aldrig</translation>
    </message>
    <message>
        <source>%1: import cancelled, nothing of this file was stored</source>
        <translation>%1: importen avbröts, inget från filen lagrades</translation>
    </message>
    <message>
        <source>%1: not imported: the file has errors, nothing of it was stored</source>
        <translation>%1: inte importerad: filen innehåller fel, inget från den lagrades</translation>
    </message>
    <message>
        <source>%1: case %2: already imported, left unchanged (--replace replaces it)</source>
        <translation>%1: ärende %2: redan importerat, lämnas oförändrat (--replace ersätter det)</translation>
    </message>
    <message>
        <source>%1: not imported: %2; nothing of this file was stored (files imported before it stay)</source>
        <translation>%1: inte importerad: %2; ingenting från filen sparades (filer som importerats före den finns kvar)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1: %n case(s) of this file were decided by an agent while it was imported and stay stored</source>
        <translation>
            <numerusform>%1: %n ärende i filen avgjordes av en handläggare under importen och ligger kvar</numerusform>
            <numerusform>%1: %n ärenden i filen avgjordes av en handläggare under importen och ligger kvar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AppealDesk</source>
        <translation>AppealDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Importera ärenden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>&amp;Sök i kön</translation>
    </message>
    <message>
        <source>Find in &amp;transcript</source>
        <translation>Sök i &amp;chattloggen</translation>
    </message>
    <message>
        <source>&amp;Agent name…</source>
        <translation>&amp;Handläggarnamn…</translation>
    </message>
    <message>
        <source>&amp;Policy settings…</source>
        <translation>&amp;Policyinställningar…</translation>
    </message>
    <message>
        <source>&amp;Refresh the queue</source>
        <translation>&amp;Uppdatera kön</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Rensa sökning och filter</translation>
    </message>
    <message>
        <source>S&amp;witch pane</source>
        <translation>&amp;Växla panel</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>&amp;Nästa ärende</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>&amp;Föregående ärende</translation>
    </message>
    <message>
        <source>&amp;Accept the suggestion…</source>
        <translation>&amp;Godta förslaget…</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Avvikande beslut…</translation>
    </message>
    <message>
        <source>&amp;Record an event…</source>
        <translation>&amp;Registrera en händelse…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>A&amp;bout AppealDesk</source>
        <translation>&amp;Om AppealDesk</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Kön kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Case %1 decided.</source>
        <translation>Ärende %1 avgjort.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Det finns inget ärende %1.</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Handläggarnamn</translation>
    </message>
    <message>
        <source>The name recorded with your decisions:</source>
        <translation>Namnet som registreras med dina beslut:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported.</source>
        <translation>
            <numerusform>%Ln ärende importerat.</numerusform>
            <numerusform>%Ln ärenden importerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>About AppealDesk</source>
        <translation>Om AppealDesk</translation>
    </message>
    <message>
        <source>AppealDesk %1</source>
        <translation>AppealDesk %1</translation>
    </message>
    <message>
        <source>The appeal desk for agents of the P2P market: queue, case view, policy suggestions, decisions and strikes.
Built with Qt %1.</source>
        <translation>Överklagandedesken för handläggare på P2P-marknaden: kö, ärendevy, policyförslag, beslut och prickar.
Byggd med Qt %1.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Rapp&amp;orter</translation>
    </message>
    <message>
        <source>&amp;Case report…</source>
        <translation>&amp;Ärenderapport…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Säkerhetskopiera databasen…</translation>
    </message>
    <message>
        <source>Updating the queue for the new settings: %L1 of %L2 cases…</source>
        <translation>Uppdaterar kön för de nya inställningarna: %L1 av %L2 ärenden…</translation>
    </message>
    <message>
        <source>The queue is up to date with the new settings.</source>
        <translation>Kön är uppdaterad för de nya inställningarna.</translation>
    </message>
    <message>
        <source>The queue could not be updated for the new settings: %1</source>
        <translation>Kön kunde inte uppdateras för de nya inställningarna: %1</translation>
    </message>
    <message>
        <source>C&amp;laim or release the case</source>
        <translation>&amp;Ta eller släpp ärendet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Confirm a&amp;buse on the selected message…</source>
        <translation>Bekräfta &amp;kränkning i det valda meddelandet…</translation>
    </message>
    <message>
        <source>&amp;Void the selected strike…</source>
        <translation>&amp;Stryk den valda pricken…</translation>
    </message>
    <message>
        <source>Show the &amp;timeline</source>
        <translation>Visa tids&amp;linjen</translation>
    </message>
    <message>
        <source>Show the tran&amp;script</source>
        <translation>Visa &amp;chattloggen</translation>
    </message>
    <message>
        <source>Show the s&amp;uggestion</source>
        <translation>Visa förslag&amp;et</translation>
    </message>
    <message>
        <source>Show the parti&amp;es</source>
        <translation>Visa &amp;parterna</translation>
    </message>
    <message>
        <source>Tea&amp;m lead</source>
        <translation>Teamle&amp;dare</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a team server…</source>
        <translation>A&amp;nslut till en teamserver…</translation>
    </message>
    <message>
        <source>Re&amp;open the decided case…</source>
        <translation>Å&amp;teröppna det avgjorda ärendet…</translation>
    </message>
    <message>
        <source>&amp;Second review of decisions…</source>
        <translation>Ande&amp;ra granskning av beslut…</translation>
    </message>
    <message>
        <source>&amp;Consistency and charts…</source>
        <translation>&amp;Konsekvens och diagram…</translation>
    </message>
</context>
<context>
    <name>MarketHolidaysEditor</name>
    <message>
        <source>Holidays by market (payments do not settle)</source>
        <translation>Helgdagar per marknad (betalningar avvecklas inte)</translation>
    </message>
    <message>
        <source>SEK: Swedish bank holidays</source>
        <translation>SEK: svenska bankfria dagar</translation>
    </message>
    <message>
        <source>BGN: Bulgarian public holidays</source>
        <translation>BGN: bulgariska allmänna helgdagar</translation>
    </message>
    <message>
        <source>THB: Bank of Thailand financial-institution holidays</source>
        <translation>THB: Bank of Thailands helgdagar för finansinstitut</translation>
    </message>
    <message>
        <source>EUR: TARGET2 closing days</source>
        <translation>EUR: TARGET2:s stängningsdagar</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Lägg till dag</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Ta bort dag</translation>
    </message>
    <message>
        <source>Restore the shipped list</source>
        <translation>Återställ den medföljande listan</translation>
    </message>
    <message>
        <source>The list shipped with AppealDesk for 2020–2035, with its source named in resources/holidays</source>
        <translation>Listan som följer med AppealDesk för 2020–2035, med sin källa angiven i resources/holidays</translation>
    </message>
</context>
<context>
    <name>OrderFactsPanel</name>
    <message>
        <source>%1 against market %2 (%3%)</source>
        <translation>%1 mot marknadens %2 (%3 %)</translation>
    </message>
    <message>
        <source>P2P appeal by the seller</source>
        <translation>P2P-överklagande från säljaren</translation>
    </message>
    <message>
        <source>P2P appeal by the buyer</source>
        <translation>P2P-överklagande från köparen</translation>
    </message>
    <message>
        <source>Live chat abuse report</source>
        <translation>Anmälan om kränkning i livechatten</translation>
    </message>
    <message>
        <source>Appeal against a live chat suspension</source>
        <translation>Överklagande av avstängning från livechatten</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Ärende:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>%1, stated reason %2</source>
        <translation>%1, angivet skäl %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordernummer:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Belopp:</translation>
    </message>
    <message>
        <source>%1 %2 for %3 %4</source>
        <translation>%1 %2 för %3 %4</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <source>%1 (no market price)</source>
        <translation>%1 (inget marknadspris)</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Betalningsmetod:</translation>
    </message>
    <message>
        <source>%1 (real-time)</source>
        <translation>%1 (i realtid)</translation>
    </message>
    <message>
        <source>%1 (not real-time)</source>
        <translation>%1 (inte i realtid)</translation>
    </message>
    <message>
        <source>Seller account:</source>
        <translation>Säljarens konto:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Marked paid</source>
        <translation>Markerad som betald</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Frigjord</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Orderstatus:</translation>
    </message>
    <message>
        <source>Suspension:</source>
        <translation>Avstängning:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from %1</source>
        <translation>
            <numerusform>%n dag från %1</numerusform>
            <numerusform>%n dagar från %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no verified name</source>
        <translation>inget verifierat namn</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2), verified name: %3</source>
        <translation>%1 (%2), verifierat namn: %3</translation>
    </message>
    <message>
        <source>Ended on %1: there is nothing to lift</source>
        <translation>Upphörde %1: det finns inget att häva</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Upphör %1</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No output file was given</source>
        <translation>Ingen utdatafil angavs</translation>
    </message>
    <message>
        <source>%1 is the open database (or one of its files); an output never replaces it</source>
        <translation>%1 är den öppna databasen (eller en av dess filer); en utdatafil ersätter den aldrig</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; an output is never written through one</source>
        <translation>%1 är en symbolisk länk; utdata skrivs aldrig genom en sådan</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file</source>
        <translation>%1 finns och är ingen vanlig fil</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is (--force replaces it)</source>
        <translation>%1 finns redan och lämnades orörd (--force ersätter den)</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>Kan inte skriva %1: mappen %2 finns inte</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>Kan inte göra %1 privat: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it was not opened</source>
        <translation>Kan inte skriva %1: den öppnades inte</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>No strikes recorded on this desk.</source>
        <translation>Inga prickar registrerade på den här desken.</translation>
    </message>
    <message>
        <source>Void strike…</source>
        <translation>Stryk prick…</translation>
    </message>
    <message>
        <source>Team leads: void the selected strike, with a reason</source>
        <translation>Teamledare: stryk den valda pricken, med ett skäl</translation>
    </message>
    <message>
        <source>Strikes:</source>
        <translation>Prickar:</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>tills den hävs</translation>
    </message>
    <message>
        <source>%1, %2 (case %3, clause %4)</source>
        <translation>%1, %2 (ärende %3, klausul %4)</translation>
    </message>
    <message>
        <source>No active sanctions.</source>
        <translation>Inga aktiva sanktioner.</translation>
    </message>
    <message>
        <source>Active sanctions:</source>
        <translation>Aktiva sanktioner:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier cases.</source>
        <translation>Inga tidigare ärenden.</translation>
    </message>
    <message>
        <source>Earlier cases (click to open):</source>
        <translation>Tidigare ärenden (klicka för att öppna):</translation>
    </message>
    <message>
        <source>Earlier cases, the latest %1 of %2 (click to open):</source>
        <translation>Tidigare ärenden, de senaste %1 av %2 (klicka för att öppna):</translation>
    </message>
    <message>
        <source>Imported with the case (history): %1</source>
        <translation>Importerade med ärendet (historik): %1</translation>
    </message>
    <message>
        <source>Strikes from before this desk, as the case bundle gives them. The policy counts them with the strikes recorded here.</source>
        <translation>Prickar från tiden före den här desken, som ärendepaketet anger dem. Policyn räknar dem tillsammans med prickarna som registrerats här.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>CNY trades are outside the P2P rules: a person must judge</source>
        <translation>Affärer i CNY ligger utanför P2P-reglerna: en människa måste bedöma</translation>
    </message>
    <message>
        <source>An uncooperative user may be suspended at the agent&apos;s discretion</source>
        <translation>En användare som inte samarbetar kan stängas av efter handläggarens bedömning</translation>
    </message>
    <message>
        <source>Order cancelled after the buyer paid: the seller is asked to refund</source>
        <translation>Ordern avbröts efter att köparen betalat: säljaren ombeds återbetala</translation>
    </message>
    <message>
        <source>Buyer paid more than the order amount: the excess is refunded</source>
        <translation>Köparen betalade mer än orderbeloppet: överskottet återbetalas</translation>
    </message>
    <message>
        <source>Seller has not released in time: release after 15 minutes (real-time) or 2 business days (non-instant)</source>
        <translation>Säljaren har inte frigjort i tid: frigör efter 15 minuter (realtid) eller 2 arbetsdagar (inte omedelbar)</translation>
    </message>
    <message>
        <source>Seller wants a higher price: release, unless the price is at or below 90 % of the market price</source>
        <translation>Säljaren vill ha ett högre pris: frigör, om inte priset är högst 90 % av marknadspriset</translation>
    </message>
    <message>
        <source>Sensitive words in the payment remark: the seller releases or refunds, refund fees on the buyer</source>
        <translation>Känsliga ord i betalningsmeddelandet: säljaren frigör eller återbetalar, köparen står för återbetalningsavgifter</translation>
    </message>
    <message>
        <source>Abusive language: a strike, and a partial sanction from the 2nd</source>
        <translation>Ovett: en prick, och en partiell sanktion från och med den 2:a</translation>
    </message>
    <message>
        <source>Buyer marked paid but did not pay: cancel, with a strike; partial sanction from the 3rd</source>
        <translation>Köparen markerade som betald men betalade inte: avbryt, med en prick; partiell sanktion från och med den 3:e</translation>
    </message>
    <message>
        <source>Paid to the wrong account: cancel, no refund guaranteed; a strike</source>
        <translation>Betalt till fel konto: avbryt, ingen återbetalning garanteras; en prick</translation>
    </message>
    <message>
        <source>Payer name differs from the buyer&apos;s verified name: full refund; a strike</source>
        <translation>Betalarens namn skiljer sig från köparens verifierade namn: full återbetalning; en prick</translation>
    </message>
    <message>
        <source>Buyer paid less, not released: the buyer pays the remainder or the seller refunds</source>
        <translation>Köparen betalade för lite, inte frigjort: köparen betalar resten eller säljaren återbetalar</translation>
    </message>
    <message>
        <source>Buyer paid less, already released: the buyer is asked for the remainder</source>
        <translation>Köparen betalade för lite, redan frigjort: köparen ombeds betala resten</translation>
    </message>
    <message>
        <source>Seller released before confirming the payment: the seller&apos;s risk</source>
        <translation>Säljaren frigjorde innan betalningen bekräftats: på säljarens risk</translation>
    </message>
    <message>
        <source>Abuse of a support agent: live-chat suspension by the ladder</source>
        <translation>Kränkning av kundtjänstpersonal: avstängning från livechatten enligt trappan</translation>
    </message>
    <message>
        <source>Appeal against a live-chat suspension: lift, uphold or review by its grounds</source>
        <translation>Överklagande av avstängning från livechatten: häv, stå fast vid eller granska efter grunden</translation>
    </message>
    <message>
        <source>The case has no %1</source>
        <translation>Ärendet har ingen %1</translation>
    </message>
    <message>
        <source>A sanction lasts at least one day</source>
        <translation>En sanktion varar minst en dag</translation>
    </message>
    <message>
        <source>This revision of the rules allows only a suspension of a set length</source>
        <translation>Den här versionen av reglerna tillåter bara en avstängning med fast längd</translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <source>No decision yet</source>
        <translation>Inget beslut ännu</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Frigör</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetala</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt ordern</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Stäng av</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>Häv avstängningen</translation>
    </message>
    <message>
        <source>Uphold suspension</source>
        <translation>Stå fast vid avstängningen</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Order skapad</translation>
    </message>
    <message>
        <source>Marked paid</source>
        <translation>Markerad som betald</translation>
    </message>
    <message>
        <source>Payment proof</source>
        <translation>Betalningsbevis</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Frigjord</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Appeal opened</source>
        <translation>Överklagande öppnat</translation>
    </message>
    <message>
        <source>Seller contacted</source>
        <translation>Säljaren kontaktad</translation>
    </message>
    <message>
        <source>Buyer contacted</source>
        <translation>Köparen kontaktad</translation>
    </message>
    <message>
        <source>Party unresponsive</source>
        <translation>Parten svarar inte</translation>
    </message>
    <message>
        <source>Seller reported payment not received</source>
        <translation>Säljaren meddelade att betalningen inte kommit fram</translation>
    </message>
    <message>
        <source>Seller confirmed receipt</source>
        <translation>Säljaren bekräftade mottagandet</translation>
    </message>
    <message>
        <source>Remainder requested</source>
        <translation>Resten begärd</translation>
    </message>
    <message>
        <source>Remainder paid</source>
        <translation>Resten betald</translation>
    </message>
    <message>
        <source>Buyer refused to pay the remainder</source>
        <translation>Köparen vägrade betala resten</translation>
    </message>
    <message>
        <source>Refund proof</source>
        <translation>Återbetalningsbevis</translation>
    </message>
    <message>
        <source>Refund confirmed</source>
        <translation>Återbetalning bekräftad</translation>
    </message>
    <message>
        <source>Abuse confirmed</source>
        <translation>Kränkning bekräftad</translation>
    </message>
    <message>
        <source>Impersonation confirmed</source>
        <translation>Identitetsintrång bekräftat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>Ovett</translation>
    </message>
    <message>
        <source>Non-payment cancellation</source>
        <translation>Avbruten order utan betalning</translation>
    </message>
    <message>
        <source>Wrong account payment</source>
        <translation>Betalning till fel konto</translation>
    </message>
    <message>
        <source>KYC name mismatch</source>
        <translation>KYC-namnet stämmer inte</translation>
    </message>
    <message>
        <source>Live chat abuse</source>
        <translation>Kränkning i livechatten</translation>
    </message>
    <message>
        <source>P2P trading</source>
        <translation>P2P-handel</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Whole account</source>
        <translation>Hela kontot</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Livechatten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemet</translation>
    </message>
    <message>
        <source>Order chat</source>
        <translation>Orderchatt</translation>
    </message>
    <message>
        <source>Order comment</source>
        <translation>Orderkommentar</translation>
    </message>
    <message>
        <source>P2P appeal</source>
        <translation>P2P-överklagande</translation>
    </message>
    <message>
        <source>Live chat appeal</source>
        <translation>Överklagande av livechattavstängning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
</context>
<context>
    <name>PolicySettingsDialog</name>
    <message>
        <source>Fixed length</source>
        <translation>Fast längd</translation>
    </message>
    <message>
        <source>Policy settings</source>
        <translation>Policyinställningar</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Tidsgränser</translation>
    </message>
    <message>
        <source>&amp;Response window:</source>
        <translation>Svars&amp;tid:</translation>
    </message>
    <message>
        <source>Real-time release (B3):</source>
        <translation>Frigörande vid realtidsbetalning (B3):</translation>
    </message>
    <message>
        <source>Non-instant release (B3, S1):</source>
        <translation>Frigörande vid fördröjd betalning (B3, S1):</translation>
    </message>
    <message>
        <source>Queue SLA without a policy deadline:</source>
        <translation>Köns SLA utan policyfrist:</translation>
    </message>
    <message>
        <source>Thresholds and sanctions</source>
        <translation>Gränsvärden och sanktioner</translation>
    </message>
    <message>
        <source>Price anomaly at or below (B4):</source>
        <translation>Prisavvikelse vid högst (B4):</translation>
    </message>
    <message>
        <source>Partial sanction at non-payment strike (S1):</source>
        <translation>Partiell sanktion vid prick nr (obetald order, S1):</translation>
    </message>
    <message>
        <source>Account sanction at wrong-account strike (S2a):</source>
        <translation>Kontosanktion vid prick nr (fel konto, S2a):</translation>
    </message>
    <message>
        <source>Wrong-account sanction length (S2a):</source>
        <translation>Sanktionslängd vid fel konto (S2a):</translation>
    </message>
    <message>
        <source>KYC mismatch sanction length (S2b):</source>
        <translation>Sanktionslängd när KYC-namnet inte stämmer (S2b):</translation>
    </message>
    <message>
        <source>Partial sanction at abusive-language strike (B6, S4):</source>
        <translation>Partiell sanktion vid prick nr (ovett, B6, S4):</translation>
    </message>
    <message>
        <source>Partial sanction length:</source>
        <translation>Längd på partiell sanktion:</translation>
    </message>
    <message>
        <source>e.g. 1, 7, 30</source>
        <translation>t.ex. 1, 7, 30</translation>
    </message>
    <message>
        <source>Days of the live chat suspension for the 1st, 2nd, … strike; the last applies from then on</source>
        <translation>Dagar av avstängning från livechatten vid 1:a, 2:a, … pricken; den sista gäller därefter</translation>
    </message>
    <message>
        <source>Live chat &amp;ladder (LC1), days:</source>
        <translation>A&amp;vstängningstrappa för livechatten (LC1), dagar:</translation>
    </message>
    <message>
        <source>Holidays (not business days in any market)</source>
        <translation>Helgdagar (inte arbetsdagar på någon marknad)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a percentage: &quot;90%&quot; in English, &quot;90 %&quot; in Swedish</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation>&amp;Förhandsgranska ändringar</translation>
    </message>
    <message>
        <source>What the values above would change on the open cases and on the last 30 days&apos; decisions, before anything is saved</source>
        <translation>Vad värdena ovan skulle ändra för de öppna ärendena och de senaste 30 dagarnas beslut, innan något sparas</translation>
    </message>
    <message>
        <source>Cancel &amp;preview</source>
        <translation>Avbryt &amp;förhandsgranskning</translation>
    </message>
</context>
<context>
    <name>PolicySettingsKeys</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1: ”%2” är inte ett heltal från %3 till %4</translation>
    </message>
    <message>
        <source>%1: at most %2 steps</source>
        <translation>%1: högst %2 steg</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD, 2000 to 2099)</source>
        <translation>%1: ”%2” är inget datum (ÅÅÅÅ-MM-DD, 2000 till 2099)</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the settings are: %2</source>
        <translation>Okänd inställning ”%1”; inställningarna är: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE</source>
        <translation>”%1” är inte NYCKEL=VÄRDE</translation>
    </message>
</context>
<context>
    <name>Purger</name>
    <message>
        <source>A purge needs a date, the agent&apos;s name and a time</source>
        <translation>En rensning kräver ett datum, handläggarens namn och en tidpunkt</translation>
    </message>
    <message>
        <source>Cannot purge inside another write transaction</source>
        <translation>Kan inte rensa inuti en annan skrivtransaktion</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Genväg</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Visar hjälp om kommandoradens alternativ.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Visar hjälp inklusive Qt-specifika alternativ.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionsinformation.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänt alternativ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Okända alternativ: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer av typen:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljerad vy</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ändringsdatum</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>Search case, order, user, nickname or chat text</source>
        <translation>Sök ärende, order, användare, smeknamn eller chattext</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ärendestatus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Suggested clause</source>
        <translation>Föreslagen klausul</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Fiat currency</source>
        <translation>Fiatvaluta</translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation>Tilldelad handläggare</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Only cases assigned to me</source>
        <translation>Endast ärenden som tilldelats mig</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Rensa sökningen och filtren</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Any clause</source>
        <translation>Alla klausuler</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Any fiat</source>
        <translation>Alla fiatvalutor</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>%L1+ matches, first %L1 shown</source>
        <translation>%L1+ träffar, de första %L1 visas</translation>
    </message>
    <message>
        <source>The search found more cases than the queue lists. Refine the search or the filters.</source>
        <translation>Sökningen hittade fler ärenden än kön visar. Förfina sökningen eller filtren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln ärende</numerusform>
            <numerusform>%Ln ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in other statuses</source>
        <translation>
            <numerusform>%Ln till i andra statusar</numerusform>
            <numerusform>%Ln till i andra statusar</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the matches of every status</source>
        <translation>Visa träffarna i alla statusar</translation>
    </message>
    <message>
        <source>%L1+ cases, counting…</source>
        <translation>%L1+ ärenden, räknar…</translation>
    </message>
    <message>
        <source>The queue shows the first cases while it counts the rest.</source>
        <translation>Kön visar de första ärendena medan den räknar resten.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 tim</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 tim %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Buyer %1</source>
        <translation>Köpare %1</translation>
    </message>
    <message>
        <source>Seller %1</source>
        <translation>Säljare %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>Klagande</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Försenat sedan %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>%1 holds no claim on the case: anyone may take it</source>
        <translation>%1 har ingen reservation på ärendet: vem som helst kan ta det</translation>
    </message>
    <message>
        <source>%1&apos;s claim ran out %2: anyone may take the case</source>
        <translation>Reservationen för %1 gick ut %2: vem som helst kan ta ärendet</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>Reserverat av %1 till %2</translation>
    </message>
</context>
<context>
    <name>QueueQuery</name>
    <message>
        <source>The case %1 has an unknown status &quot;%2&quot;</source>
        <translation>Ärendet %1 har en okänd status &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>Skäl (krävs)</translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <source>Record event</source>
        <translation>Registrera händelse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Valfri anteckning</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meddelande:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Select the abusive message in the transcript first.</source>
        <translation>Välj först det kränkande meddelandet i chattloggen.</translation>
    </message>
    <message>
        <source>#%1 from %2: %3</source>
        <translation>#%1 från %2: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Anteckning (krävs)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen case %1</source>
        <translation>Återöppna ärende %1</translation>
    </message>
    <message>
        <source>Decided %1 by %2 on %3.</source>
        <translation>Avgjort %1 av %2 den %3.</translation>
    </message>
    <message numerus="yes">
        <source>Reopening voids the %n strike(s) this decision recorded.</source>
        <translation>
            <numerusform>Återöppningen upphäver den %n prick som beslutet registrerade.</numerusform>
            <numerusform>Återöppningen upphäver de %n prickar som beslutet registrerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also voids its %n sanction(s).</source>
        <translation>
            <numerusform>Den upphäver också dess %n sanktion.</numerusform>
            <numerusform>Den upphäver också dess %n sanktioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case goes back to the queue and is decided again. The decision stays in the case&apos;s history, and the reopen in the audit log.</source>
        <translation>Ärendet går tillbaka till kön och avgörs igen. Beslutet finns kvar i ärendets historik och återöppningen i granskningsloggen.</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Återöppna ärendet</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Öppnat (UTC)</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Avgjort (UTC)</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Frist (UTC)</translation>
    </message>
    <message>
        <source>Minutes to decision</source>
        <translation>Minuter till beslut</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Avgjort sent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Suggested outcome</source>
        <translation>Föreslaget utfall</translation>
    </message>
    <message>
        <source>Decided outcome</source>
        <translation>Beslutat utfall</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Avvikande beslut</translation>
    </message>
    <message>
        <source>Override note</source>
        <translation>Anteckning om avvikelse</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klausuler</translation>
    </message>
    <message>
        <source>Policy revision</source>
        <translation>Policyversion</translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanktioner</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Fiatvaluta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <source>Buyer nickname</source>
        <translation>Köparens smeknamn</translation>
    </message>
    <message>
        <source>Buyer verified name</source>
        <translation>Köparens verifierade namn</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>Seller nickname</source>
        <translation>Säljarens smeknamn</translation>
    </message>
    <message>
        <source>Seller verified name</source>
        <translation>Säljarens verifierade namn</translation>
    </message>
    <message>
        <source>Seller account</source>
        <translation>Säljarens konto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>Användarens smeknamn</translation>
    </message>
    <message>
        <source>User verified name</source>
        <translation>Användarens verifierade namn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Cannot start the PDF document.</source>
        <translation>Kan inte påbörja PDF-dokumentet.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
    <message>
        <source>Cannot finish the PDF document.</source>
        <translation>Kan inte slutföra PDF-dokumentet.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Rapporten avbröts.</translation>
    </message>
    <message>
        <source>The period is invalid: it needs a start and an end date, the end not before the start.</source>
        <translation>Perioden är ogiltig: den behöver ett start- och ett slutdatum, och slutet får inte ligga före starten.</translation>
    </message>
    <message>
        <source>(no clause)</source>
        <translation>(ingen klausul)</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>(ingen handläggare)</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Avvikande beslut</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Andel avvikande beslut</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Mediantid till beslut</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90:e percentilen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Ärenderapport</translation>
    </message>
    <message>
        <source>No cases were decided in this period with these filters.</source>
        <translation>Inga ärenden avgjordes under perioden med de här filtren.</translation>
    </message>
    <message>
        <source>Summary only: the per-case table was left out of this report.</source>
        <translation>Endast sammanfattning: tabellen per ärende är utelämnad i den här rapporten.</translation>
    </message>
    <message>
        <source>Period (decided)</source>
        <translation>Period (avgjorda)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Policy revisions</source>
        <translation>Policyversioner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Settings in force</source>
        <translation>Gällande inställningar</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>standardvärden</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>masked (initials, last 4 digits of accounts)</source>
        <translation>maskerade (initialer, kontonas sista 4 siffror)</translation>
    </message>
    <message>
        <source>not masked (recorded in the audit log)</source>
        <translation>inte maskerade (registrerat i granskningsloggen)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Granskningskedjans senaste post</translation>
    </message>
    <message>
        <source>empty audit log</source>
        <translation>tom granskningslogg</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Cases by outcome</source>
        <translation>Ärenden per utfall</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Cases by kind</source>
        <translation>Ärenden per typ</translation>
    </message>
    <message>
        <source>By clause (the clause that gave the suggestion)</source>
        <translation>Per klausul (klausulen som gav förslaget)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Per handläggare</translation>
    </message>
    <message>
        <source>Deadlines (SLA)</source>
        <translation>Frister (SLA)</translation>
    </message>
    <message>
        <source>Cases with a deadline</source>
        <translation>Ärenden med frist</translation>
    </message>
    <message>
        <source>Decided after the deadline</source>
        <translation>Avgjorda efter fristen</translation>
    </message>
    <message>
        <source>Strikes issued by kind</source>
        <translation>Utfärdade prickar per typ</translation>
    </message>
    <message>
        <source>Sanctions issued by scope</source>
        <translation>Utfärdade sanktioner per omfattning</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Users with most strikes</source>
        <translation>Användare med flest prickar</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Smeknamn</translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation>Verifierat namn</translation>
    </message>
    <message>
        <source>Override rate by clause</source>
        <translation>Andel avvikande beslut per klausul</translation>
    </message>
    <message>
        <source>Override rate by agent</source>
        <translation>Andel avvikande beslut per handläggare</translation>
    </message>
    <message>
        <source>Median time to decision by clause</source>
        <translation>Mediantid till beslut per klausul</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Tid till beslut</translation>
    </message>
    <message>
        <source>Strikes and sanctions</source>
        <translation>Prickar och sanktioner</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>late</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Frigör</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetala</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt ordern</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Stäng av</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Häv</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Stå fast</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Inget utfall</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 tim %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 tim</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 till %2 (UTC)</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>handläggare %1</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>klausul %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>typ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>length open</source>
        <translation>längd ej fastställd</translation>
    </message>
    <message>
        <source>This period has %1 decided cases, too many to list in a PDF: the per-case table is left out. Export CSV or HTML for every case, or narrow the period or the filters.</source>
        <translation>Perioden har %1 avgjorda ärenden, för många för att listas i en PDF: tabellen per ärende är utelämnad. Exportera CSV eller HTML för alla ärenden, eller begränsa perioden eller filtren.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: &quot;7.1%&quot; in English, &quot;7,1 %&quot; in Swedish</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Team&apos;s rate</source>
        <translation>Teamets andel</translation>
    </message>
    <message>
        <source>Most overridden to</source>
        <translation>Oftast ändrat till</translation>
    </message>
    <message>
        <source>Far from the team</source>
        <translation>Långt från teamet</translation>
    </message>
    <message>
        <source>overrides more</source>
        <translation>avviker oftare</translation>
    </message>
    <message>
        <source>overrides less</source>
        <translation>avviker mer sällan</translation>
    </message>
    <message>
        <source>Overrides by clause and agent</source>
        <translation>Avvikande beslut per klausul och handläggare</translation>
    </message>
    <message>
        <source>SLA breaches per day</source>
        <translation>SLA-överträdelser per dag</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Alla granskningar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Granskade</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Instämde</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Andel instämmanden</translation>
    </message>
    <message>
        <source>Second review: agreement by agent</source>
        <translation>Andra granskning: instämmanden per handläggare</translation>
    </message>
    <message>
        <source>Second review: agreement by clause</source>
        <translation>Andra granskning: instämmanden per klausul</translation>
    </message>
    <message>
        <source>Consistency across agents (outliers first)</source>
        <translation>Konsekvens mellan handläggare (avvikare först)</translation>
    </message>
    <message>
        <source>Cannot write a temporary file for the report: %1</source>
        <translation>Det går inte att skriva en temporär fil för rapporten: %1</translation>
    </message>
    <message>
        <source>The report&apos;s temporary file ends in a record.</source>
        <translation>Rapportens temporära fil tar slut mitt i en post.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The team lead&apos;s case report.</source>
        <translation>Teamledarens ärenderapport.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Periodens första dag (ÅÅÅÅ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD, UTC), inclusive.</source>
        <translation>Periodens sista dag (ÅÅÅÅ-MM-DD, UTC), inräknad.</translation>
    </message>
    <message>
        <source>csv, pdf or html.</source>
        <translation>csv, pdf eller html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Only decisions of this agent.</source>
        <translation>Endast beslut av den här handläggaren.</translation>
    </message>
    <message>
        <source>Only decisions under this clause (G0, B1 ... LC2).</source>
        <translation>Endast beslut enligt den här klausulen (G0, B1 ... LC2).</translation>
    </message>
    <message>
        <source>Only cases of this kind (%1).</source>
        <translation>Endast ärenden av den här typen (%1).</translation>
    </message>
    <message>
        <source>Report language: en, sv, bg or th.</source>
        <translation>Rapportens språk: en, sv, bg eller th.</translation>
    </message>
    <message>
        <source>Do not mask verified names and account numbers (recorded in the audit log).</source>
        <translation>Maskera inte verifierade namn och kontonummer (registreras i granskningsloggen).</translation>
    </message>
    <message>
        <source>Who asks for the report, for the audit log (default: $USER).</source>
        <translation>Vem som begär rapporten, för granskningsloggen (standard: $USER).</translation>
    </message>
    <message>
        <source>Start a CSV file with a BOM (Excel).</source>
        <translation>Inled en CSV-fil med en BOM (Excel).</translation>
    </message>
    <message>
        <source>PDF paper: a4 (default) or letter.</source>
        <translation>PDF-papper: a4 (standard) eller letter.</translation>
    </message>
    <message>
        <source>PDF/HTML: the summary and charts without the per-case table.</source>
        <translation>PDF/HTML: sammanfattningen och diagrammen utan tabellen per ärende.</translation>
    </message>
    <message>
        <source>The database (opened by the caller).</source>
        <translation>Databasen (öppnad av anroparen).</translation>
    </message>
    <message>
        <source>Try: appealdesk report --help</source>
        <translation>Prova: appealdesk report --help</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>oväntat argument %1</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 krävs</translation>
    </message>
    <message>
        <source>--format must be csv, pdf or html, not %1</source>
        <translation>--format måste vara csv, pdf eller html, inte %1</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o kräver ett filnamn</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind måste vara något av %1</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper måste vara a4 eller letter</translation>
    </message>
    <message>
        <source>--pdf-max-rows needs a whole number</source>
        <translation>--pdf-max-rows kräver ett heltal</translation>
    </message>
    <message>
        <source>No cases were decided in this period with these filters.</source>
        <translation>Inga ärenden avgjordes under perioden med de här filtren.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Ersätt utdatafilen om den finns.</translation>
    </message>
    <message>
        <source>Also write FILE.checkpoint: the audit chain&apos;s head signed with this key (appealdesk audit keygen).</source>
        <translation>Skriv även FILE.checkpoint: granskningskedjans senaste post signerad med den här nyckeln (appealdesk audit keygen).</translation>
    </message>
    <message>
        <source>PDF: list the cases only up to this many (default: all); over it the PDF has the summary and charts.</source>
        <translation>PDF: lista ärendena bara upp till så här många (standard: alla); över det innehåller PDF:en sammanfattningen och diagrammen.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>All clauses</source>
        <translation>Alla klausuler</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>PDF (summary, charts, cases)</source>
        <translation>PDF (sammanfattning, diagram, ärenden)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (en fristående fil)</translation>
    </message>
    <message>
        <source>CSV (one row per case)</source>
        <translation>CSV (en rad per ärende)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (USA)</translation>
    </message>
    <message>
        <source>Start with a &amp;BOM (for Excel)</source>
        <translation>Börja med en BOM (för &amp;Excel)</translation>
    </message>
    <message>
        <source>Su&amp;mmary and charts only (for long periods)</source>
        <translation>Endast sa&amp;mmanfattning och diagram (för långa perioder)</translation>
    </message>
    <message>
        <source>Mask personal &amp;data (verified names, account numbers)</source>
        <translation>Maskera person&amp;uppgifter (verifierade namn, kontonummer)</translation>
    </message>
    <message>
        <source>An unmasked export is recorded in the audit log with your name.</source>
        <translation>En export utan maskering registreras i granskningsloggen med ditt namn.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>C&amp;lause:</source>
        <translation>K&amp;lausul:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Filf&amp;ormat:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Papper:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Förhands&amp;granska</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Spa&amp;ra…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutet: ingen fil skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n case(s).</source>
        <translation>
            <numerusform>Förhandsgranskning av %n ärende.</numerusform>
            <numerusform>Förhandsgranskning av %n ärenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1.</source>
        <translation>
            <numerusform>Sparade %n ärende i %1.</numerusform>
            <numerusform>Sparade %n ärenden i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-filer (*.%2)</translation>
    </message>
    <message>
        <source>Too many cases for a PDF table: the PDF has the summary and charts; export CSV or HTML for the per-case rows.</source>
        <translation>För många ärenden för en PDF-tabell: PDF:en innehåller sammanfattningen och diagrammen; exportera CSV eller HTML för raderna per ärende.</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <comment>stops a running report; its accelerator differs from Close&apos;s</comment>
        <translation>Av&amp;bryt</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Latin and Cyrillic</source>
        <translation>latinsk och kyrillisk skrift</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thailändsk skrift</translation>
    </message>
    <message>
        <source>The report font for %1, &quot;%2&quot;, is not installed (Debian package %3): &quot;%4&quot; is used instead, so text may wrap differently.</source>
        <translation>Rapportens typsnitt för %1, &quot;%2&quot;, är inte installerat (Debianpaketet %3): &quot;%4&quot; används i stället, så texten kan radbrytas annorlunda.</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>A review needs the reviewer, the decision&apos;s time and its own</source>
        <translation>En granskning kräver granskaren, beslutets tidpunkt och sin egen</translation>
    </message>
    <message>
        <source>The decision of %1 on case %2 was already reviewed</source>
        <translation>Beslutet %1 i ärende %2 är redan granskat</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Agree with the decision</source>
        <translation>&amp;Instäm i beslutet</translation>
    </message>
    <message>
        <source>&amp;Disagree</source>
        <translation>I&amp;nvänd</translation>
    </message>
    <message>
        <source>Re&amp;open the case (the note is the reason)</source>
        <translation>Åt&amp;eröppna ärendet (anteckningen är skälet)</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Registrera granskning</translation>
    </message>
    <message>
        <source>Open in the &amp;queue</source>
        <translation>Öppna i &amp;kön</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>Andra granskning</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>&amp;Dra urval</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Random per agent and week</source>
        <translation>Slumpvis per handläggare och vecka</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startvärde</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <source>Why sampled</source>
        <translation>Varför i urvalet</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>The settings changed since this decision: the steps below are today&apos;s judgement of the same facts; the outcome and clauses the agent saw are in the line above.</source>
        <translation>Inställningarna har ändrats sedan beslutet: stegen nedan är dagens bedömning av samma fakta; utfallet och klausulerna som handläggaren såg står på raden ovan.</translation>
    </message>
    <message>
        <source>Suggestion then</source>
        <translation>Förslaget då</translation>
    </message>
    <message>
        <source>Conversation then</source>
        <translation>Konversationen då</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orderuppgifter</translation>
    </message>
    <message>
        <source>Note (required to disagree)</source>
        <translation>Anteckning (krävs för att invända)</translation>
    </message>
    <message>
        <source>override</source>
        <translation>avvikande beslut</translation>
    </message>
    <message>
        <source>needed review</source>
        <translation>krävde granskning</translation>
    </message>
    <message>
        <source>random</source>
        <translation>slumpvis</translation>
    </message>
    <message>
        <source>Sample not read</source>
        <translation>Urvalet lästes inte</translation>
    </message>
    <message>
        <source>The decisions could not be read: %1</source>
        <translation>Besluten kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>instämde</translation>
    </message>
    <message>
        <source>disagreed</source>
        <translation>invände</translation>
    </message>
    <message>
        <source>No decision in this sample.</source>
        <translation>Inget beslut i detta urval.</translation>
    </message>
    <message>
        <source>Case %1 is no longer decided (reopened).</source>
        <translation>Ärende %1 är inte längre avgjort (återöppnat).</translation>
    </message>
    <message>
        <source>%1: %2 decided %3 on %4, overriding the suggested %5. Note: %6</source>
        <translation>%1: %2 beslutade %3 den %4, med avvikelse från föreslaget %5. Anteckning: %6</translation>
    </message>
    <message>
        <source>%1: %2 accepted the suggested %3 on %4 (clauses %5).</source>
        <translation>%1: %2 godtog föreslaget %3 den %4 (klausuler %5).</translation>
    </message>
    <message>
        <source>Review not recorded</source>
        <translation>Granskningen registrerades inte</translation>
    </message>
    <message>
        <source>The review of case %1 was not recorded: %2</source>
        <translation>Granskningen av ärende %1 registrerades inte: %2</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 finns redan; en säkerhetskopia skriver aldrig över en fil</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Säkerhetskopieringen till %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump misslyckades: %1</translation>
    </message>
    <message>
        <source>pg_dump wrote nothing</source>
        <translation>pg_dump skrev ingenting</translation>
    </message>
    <message>
        <source>Cannot read the desk&apos;s schema: %1</source>
        <translation>Kan inte läsa deskens schema: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>StrikeHistoryModel</name>
    <message>
        <source>Counts</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3</source>
        <translation>Struken av %1 den %2: %3</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>Prick</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Giltighet</translation>
    </message>
</context>
<context>
    <name>StrikeLedger</name>
    <message>
        <source>Strike %1 does not exist or is already voided</source>
        <translation>Prick %1 finns inte eller är redan struken</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Decided: %1</source>
        <translation>Beslutat: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Föreslaget: %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>behöver granskas</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Beslutat av:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Registrerat:</translation>
    </message>
    <message>
        <source>Decidable:</source>
        <translation>Kan avgöras:</translation>
    </message>
    <message>
        <source>Needs review because:</source>
        <translation>Behöver granskas eftersom:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Klausuler:</translation>
    </message>
    <message>
        <source>Rules revision:</source>
        <translation>Regelversion:</translation>
    </message>
    <message>
        <source>Decided by these facts:</source>
        <translation>Avgjort av dessa fakta:</translation>
    </message>
    <message>
        <source>Stated reason:</source>
        <translation>Angivet skäl:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <source>Would record:</source>
        <translation>Skulle registrera:</translation>
    </message>
    <message>
        <source>No strikes and no sanctions.</source>
        <translation>Inga prickar och inga sanktioner.</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>in %1 (at %2)</source>
        <translation>om %1 (kl. %2)</translation>
    </message>
    <message>
        <source>now (deadline %1 passed)</source>
        <translation>nu (fristen %1 har passerat)</translation>
    </message>
    <message>
        <source>The seller&apos;s proof of the refund: recorded on %1</source>
        <translation>Säljarens bevis på återbetalningen: registrerat %1</translation>
    </message>
    <message>
        <source>The seller&apos;s proof of the refund: not recorded yet</source>
        <translation>Säljarens bevis på återbetalningen: inte registrerat än</translation>
    </message>
    <message>
        <source>The buyer&apos;s confirmation of the refund: recorded on %1</source>
        <translation>Köparens bekräftelse av återbetalningen: registrerad %1</translation>
    </message>
    <message>
        <source>The buyer&apos;s confirmation of the refund: not recorded yet</source>
        <translation>Köparens bekräftelse av återbetalningen: inte registrerad än</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Uppföljning:</translation>
    </message>
    <message>
        <source>message %1 from %2</source>
        <translation>meddelande %1 från %2</translation>
    </message>
    <message>
        <source>remark of payment %1</source>
        <translation>meddelandet till betalning %1</translation>
    </message>
    <message>
        <source>%1: “%2” in %3</source>
        <translation>%1: ”%2” i %3</translation>
    </message>
    <message>
        <source>Flagged words:</source>
        <translation>Flaggade ord:</translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <source>Users who do not cooperate during the appeal may be suspended (G1)</source>
        <translation>Användare som inte samarbetar under överklagandet kan stängas av (G1)</translation>
    </message>
    <message numerus="yes">
        <source>The %1 %2 now has %n %3 strike(s), this case included</source>
        <translation>
            <numerusform>Prickar för %3 hos %1 %2: nu %n, detta ärende inräknat</numerusform>
            <numerusform>Prickar för %3 hos %1 %2: nu %n, detta ärende inräknat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %1 (%2) from %3 for %n day(s)</source>
        <translation>
            <numerusform>Stäng av %1 (%2) från %3 i %n dygn</numerusform>
            <numerusform>Stäng av %1 (%2) från %3 i %n dygn</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend %1 (%2) from %3 for a period the team sets</source>
        <translation>Stäng av %1 (%2) från %3 under en period som teamet bestämmer</translation>
    </message>
    <message>
        <source>Release the crypto to the buyer</source>
        <translation>Frigör kryptovalutan till köparen</translation>
    </message>
    <message>
        <source>Release the crypto: the seller confirmed receipt of the payment</source>
        <translation>Frigör kryptovalutan: säljaren har bekräftat att betalningen kommit fram</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Avbryt ordern</translation>
    </message>
    <message>
        <source>Fees are borne by the buyer</source>
        <translation>Avgifterna betalas av köparen</translation>
    </message>
    <message>
        <source>The buyer has paid the remainder</source>
        <translation>Köparen har betalat resten</translation>
    </message>
    <message>
        <source>The buyer refused to pay the remainder</source>
        <translation>Köparen vägrade betala resten</translation>
    </message>
    <message>
        <source>Ask the seller to refund the %1 received to the buyer</source>
        <translation>Be säljaren att återbetala de mottagna %1 till köparen</translation>
    </message>
    <message>
        <source>The buyer paid %1 of the order amount %2</source>
        <translation>Köparen betalade %1 av orderbeloppet %2</translation>
    </message>
    <message>
        <source>The order&apos;s fiat currency is CNY → G0</source>
        <translation>Orderns fiatvaluta är CNY → G0</translation>
    </message>
    <message>
        <source>The P2P appeal rules do not cover trades in CNY</source>
        <translation>P2P-reglerna för överklaganden omfattar inte affärer i CNY</translation>
    </message>
    <message>
        <source>Payment from &apos;%1&apos; does not match the buyer&apos;s verified name &apos;%2&apos; → S2b</source>
        <translation>Betalningen från &apos;%1&apos; stämmer inte med köparens verifierade namn &apos;%2&apos; → S2b</translation>
    </message>
    <message>
        <source>Ask the seller to refund %1 to the buyer and upload proof</source>
        <translation>Be säljaren att återbetala %1 till köparen och ladda upp bevis</translation>
    </message>
    <message>
        <source>Cancel the order once the seller has shown proof of the refund and the buyer has confirmed receiving it</source>
        <translation>Avbryt ordern när säljaren har visat bevis på återbetalningen och köparen har bekräftat att den kommit fram</translation>
    </message>
    <message>
        <source>The crypto is not released</source>
        <translation>Kryptovalutan frigörs inte</translation>
    </message>
    <message>
        <source>Fees of the refund are borne by the buyer</source>
        <translation>Avgifterna för återbetalningen betalas av köparen</translation>
    </message>
    <message>
        <source>The payer name &apos;%1&apos; and the buyer&apos;s verified name &apos;%2&apos; are in different scripts and no common transliteration makes them equal</source>
        <translation>Betalarens namn &apos;%1&apos; och köparens verifierade namn &apos;%2&apos; är skrivna med olika skriftsystem och ingen vanlig translitterering gör dem lika</translation>
    </message>
    <message>
        <source>The payer name &apos;%1&apos; or the buyer&apos;s verified name &apos;%2&apos; has only one part</source>
        <translation>Betalarens namn &apos;%1&apos; eller köparens verifierade namn &apos;%2&apos; har bara en del</translation>
    </message>
    <message>
        <source>Compare the payer name with the buyer&apos;s verified name on the documents: if they differ, S2b applies (refund)</source>
        <translation>Jämför betalarens namn med köparens verifierade namn i handlingarna: skiljer de sig åt gäller S2b (återbetalning)</translation>
    </message>
    <message>
        <source>A payment of %1 went to an account other than the seller&apos;s listed &apos;%2&apos; → S2a</source>
        <translation>En betalning på %1 gick till ett annat konto än säljarens angivna &apos;%2&apos; → S2a</translation>
    </message>
    <message>
        <source>The exchange is not liable for the loss and a refund is not guaranteed</source>
        <translation>Börsen ansvarar inte för förlusten och en återbetalning garanteras inte</translation>
    </message>
    <message>
        <source>The buyer paid the remainder on %1, after the deadline of %2</source>
        <translation>Köparen betalade resten %1, efter tidsfristen %2</translation>
    </message>
    <message>
        <source>Release the crypto if the seller confirms receiving the full %1</source>
        <translation>Frigör kryptovalutan om säljaren bekräftar att hela %1 har tagits emot</translation>
    </message>
    <message>
        <source>Otherwise ask the seller to refund what was received to the buyer</source>
        <translation>Annars be säljaren att återbetala det mottagna beloppet till köparen</translation>
    </message>
    <message>
        <source>Ask the buyer to pay the remaining %1 within %2 minutes, and record the request</source>
        <translation>Be köparen att betala återstående %1 inom %2 minuter, och registrera begäran</translation>
    </message>
    <message>
        <source>Wait for the buyer to pay the remaining %1</source>
        <translation>Vänta på att köparen betalar återstående %1</translation>
    </message>
    <message>
        <source>The buyer did not pay the remainder within %1 minutes of the request</source>
        <translation>Köparen betalade inte resten inom %1 minuter efter begäran</translation>
    </message>
    <message>
        <source>The seller released the crypto before receiving the full payment</source>
        <translation>Säljaren frigjorde kryptovalutan innan hela betalningen kommit fram</translation>
    </message>
    <message>
        <source>Close the case: the remainder has been paid</source>
        <translation>Stäng ärendet: resten har betalats</translation>
    </message>
    <message>
        <source>The seller bears the loss; the exchange is not liable</source>
        <translation>Säljaren står för förlusten; börsen ansvarar inte</translation>
    </message>
    <message>
        <source>Ask the buyer to pay the remaining %1</source>
        <translation>Be köparen att betala återstående %1</translation>
    </message>
    <message>
        <source>If the buyer refuses, the seller bears the loss</source>
        <translation>Om köparen vägrar står säljaren för förlusten</translation>
    </message>
    <message numerus="yes">
        <source>Marked paid %1; %n business day(s) later is %2</source>
        <translation>
            <numerusform>Markerad som betald %1; %n arbetsdag senare är %2</numerusform>
            <numerusform>Markerad som betald %1; %n arbetsdagar senare är %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the seller to release the crypto, or to report that the payment has not arrived, before %1</source>
        <translation>Be säljaren att frigöra kryptovalutan, eller att meddela att betalningen inte har kommit fram, före %1</translation>
    </message>
    <message>
        <source>The seller reported on %1 that the payment has not arrived</source>
        <translation>Säljaren meddelade %1 att betalningen inte har kommit fram</translation>
    </message>
    <message>
        <source>Check the seller&apos;s evidence that the payment has not arrived</source>
        <translation>Granska säljarens bevis på att betalningen inte har kommit fram</translation>
    </message>
    <message>
        <source>The seller did not report non-arrival by %1: the payment counts as received</source>
        <translation>Säljaren meddelade inte före %1 att betalningen uteblivit: betalningen räknas som mottagen</translation>
    </message>
    <message>
        <source>the order was not cancelled</source>
        <translation>ordern avbröts inte</translation>
    </message>
    <message>
        <source>no payment by the buyer is recorded</source>
        <translation>ingen betalning från köparen är registrerad</translation>
    </message>
    <message>
        <source>the buyer paid %1, not more than the order amount %2</source>
        <translation>köparen betalade %1, inte mer än orderbeloppet %2</translation>
    </message>
    <message>
        <source>the seller has already released the crypto</source>
        <translation>säljaren har redan frigjort kryptovalutan</translation>
    </message>
    <message>
        <source>the buyer has not marked the order paid</source>
        <translation>köparen har inte markerat ordern som betald</translation>
    </message>
    <message>
        <source>the buyer paid %1, not the order amount %2</source>
        <translation>köparen betalade %1, inte orderbeloppet %2</translation>
    </message>
    <message>
        <source>no payment remark contains a sensitive word</source>
        <translation>inget betalningsmeddelande innehåller ett känsligt ord</translation>
    </message>
    <message>
        <source>the crypto has not been released</source>
        <translation>kryptovalutan har inte frigjorts</translation>
    </message>
    <message>
        <source>the seller confirmed receipt of the payment before releasing</source>
        <translation>säljaren bekräftade betalningen innan kryptovalutan frigjordes</translation>
    </message>
    <message>
        <source>the payments went to the listed account, from the buyer&apos;s own name, and cover the order amount</source>
        <translation>betalningarna gick till det angivna kontot, från köparens eget namn, och täcker orderbeloppet</translation>
    </message>
    <message>
        <source>The order was cancelled after the buyer paid %1</source>
        <translation>Ordern avbröts efter att köparen betalat %1</translation>
    </message>
    <message>
        <source>Ask the seller to return the %1 paid to the buyer (best effort)</source>
        <translation>Be säljaren att betala tillbaka de inbetalda %1 till köparen (efter bästa förmåga)</translation>
    </message>
    <message>
        <source>If the seller refuses to refund, the exchange is not liable for the loss</source>
        <translation>Om säljaren vägrar återbetala ansvarar börsen inte för förlusten</translation>
    </message>
    <message>
        <source>The buyer paid %1 for an order of %2: %3 too much</source>
        <translation>Köparen betalade %1 för en order på %2: %3 för mycket</translation>
    </message>
    <message>
        <source>Ask the seller to refund the excess of %1 to the buyer</source>
        <translation>Be säljaren att återbetala överskottet på %1 till köparen</translation>
    </message>
    <message>
        <source>If the seller refuses to refund the excess, the buyer bears the loss</source>
        <translation>Om säljaren vägrar återbetala överskottet står köparen för förlusten</translation>
    </message>
    <message>
        <source>Real-time payment method; marked paid %1 UTC</source>
        <translation>Betalningsmetod i realtid; markerad som betald %1 UTC</translation>
    </message>
    <message>
        <source>Wait until %1 minutes have passed since the order was marked paid</source>
        <translation>Vänta tills %1 minuter har gått sedan ordern markerades som betald</translation>
    </message>
    <message>
        <source>Contact the seller to release the crypto</source>
        <translation>Kontakta säljaren för att få kryptovalutan frigjord</translation>
    </message>
    <message>
        <source>If the seller does not answer within %1 minutes, release the crypto manually</source>
        <translation>Om säljaren inte svarar inom %1 minuter, frigör kryptovalutan manuellt</translation>
    </message>
    <message>
        <source>The buyer paid the order amount %1 from an account in the buyer&apos;s own name</source>
        <translation>Köparen betalade orderbeloppet %1 från ett konto i eget namn</translation>
    </message>
    <message>
        <source>The market price at order time is unknown: check that the price was not abnormally low before releasing</source>
        <translation>Marknadspriset vid ordertillfället är okänt: kontrollera att priset inte var onormalt lågt innan kryptovalutan frigörs</translation>
    </message>
    <message>
        <source>The order price %1 is %2% of the market price %3</source>
        <translation>Orderpriset %1 är %2 % av marknadspriset %3</translation>
    </message>
    <message>
        <source>The price is abnormally low (at or below %1% of the market price)</source>
        <translation>Priset är onormalt lågt (högst %1 % av marknadspriset)</translation>
    </message>
    <message>
        <source>Ask the seller to refund %1 to the buyer</source>
        <translation>Be säljaren att återbetala %1 till köparen</translation>
    </message>
    <message>
        <source>The buyer&apos;s payment remark mentions %1</source>
        <translation>Köparens betalningsmeddelande nämner %1</translation>
    </message>
    <message>
        <source>Sensitive words in the payment remark: %1</source>
        <translation>Känsliga ord i betalningsmeddelandet: %1</translation>
    </message>
    <message>
        <source>This holds even where the seller&apos;s terms asked buyers not to write such words</source>
        <translation>Detta gäller även om säljarens villkor bad köpare att inte skriva sådana ord</translation>
    </message>
    <message>
        <source>Release the crypto: the seller confirmed receipt of the funds</source>
        <translation>Frigör kryptovalutan: säljaren har bekräftat att pengarna kommit fram</translation>
    </message>
    <message>
        <source>Ask the seller to release the crypto if the funds arrived, otherwise to refund %1</source>
        <translation>Be säljaren att frigöra kryptovalutan om pengarna har kommit fram, annars att återbetala %1</translation>
    </message>
    <message>
        <source>Any fee of the refund is borne by the buyer</source>
        <translation>Eventuella avgifter för återbetalningen betalas av köparen</translation>
    </message>
    <message>
        <source>No payment and no proof of payment by the buyer is recorded</source>
        <translation>Ingen betalning och inget betalningsbevis från köparen är registrerat</translation>
    </message>
    <message>
        <source>The buyer cannot be reached and no payment is recorded</source>
        <translation>Köparen går inte att nå och ingen betalning är registrerad</translation>
    </message>
    <message>
        <source>The buyer paid, but the seller says the payment has not arrived</source>
        <translation>Köparen har betalat, men säljaren säger att betalningen inte har kommit fram</translation>
    </message>
    <message>
        <source>The seller released the crypto without confirming the payment</source>
        <translation>Säljaren frigjorde kryptovalutan utan att bekräfta betalningen</translation>
    </message>
    <message>
        <source>Record the seller&apos;s report</source>
        <translation>Registrera säljarens anmälan</translation>
    </message>
    <message>
        <source>Advise the seller to report the case to the police</source>
        <translation>Råd säljaren att polisanmäla ärendet</translation>
    </message>
    <message>
        <source>The seller bears full responsibility; recovery of the funds is not guaranteed</source>
        <translation>Säljaren bär hela ansvaret; det är inte säkert att pengarna kan återfås</translation>
    </message>
    <message>
        <source>An agent confirmed abusive language by the %1</source>
        <translation>En handläggare har bekräftat ovett från parten (%1)</translation>
    </message>
    <message>
        <source>Record the strike; no sanction follows yet</source>
        <translation>Registrera pricken; ingen sanktion följer ännu</translation>
    </message>
    <message>
        <source>Read the transcript and confirm the abusive language, naming the party</source>
        <translation>Läs chattloggen och bekräfta ovettet, med angiven part</translation>
    </message>
    <message>
        <source>Possible threat in the chat: %1</source>
        <translation>Möjligt hot i chatten: %1</translation>
    </message>
    <message>
        <source>The case names no user</source>
        <translation>Ärendet anger ingen användare</translation>
    </message>
    <message>
        <source>While suspended the user can reach only the support bot</source>
        <translation>Under avstängningen kan användaren bara nå kundtjänstroboten</translation>
    </message>
    <message>
        <source>Grounds of the appeal: %1</source>
        <translation>Grund för överklagandet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Live-chat suspension of %1 since %2 for %n day(s)</source>
        <translation>
            <numerusform>Avstängning av livechatten för %1 sedan %2 i %n dygn</numerusform>
            <numerusform>Avstängning av livechatten för %1 sedan %2 i %n dygn</numerusform>
        </translation>
    </message>
    <message>
        <source>The suspension ended on %1: there is nothing to lift</source>
        <translation>Avstängningen upphörde %1: det finns inget att häva</translation>
    </message>
    <message>
        <source>Lift the live-chat suspension</source>
        <translation>Häv avstängningen av livechatten</translation>
    </message>
    <message>
        <source>Hand the account to the security team</source>
        <translation>Lämna över kontot till säkerhetsteamet</translation>
    </message>
    <message>
        <source>An agent confirmed that someone else wrote the abusive messages</source>
        <translation>En handläggare har bekräftat att någon annan skrev de kränkande meddelandena</translation>
    </message>
    <message>
        <source>Check whether someone else used the account, and record it if confirmed</source>
        <translation>Kontrollera om någon annan använde kontot, och registrera det om det bekräftas</translation>
    </message>
    <message>
        <source>Route the urgent matter to a human agent at once: the suspension does not block it</source>
        <translation>Skicka det brådskande ärendet till kundtjänstpersonal direkt: avstängningen hindrar inte det</translation>
    </message>
    <message>
        <source>Read the appeal and decide whether to lift the suspension</source>
        <translation>Läs överklagandet och besluta om avstängningen ska hävas</translation>
    </message>
    <message>
        <source>The stated reason %1 was not applied: the P2P rules do not cover trades in CNY</source>
        <translation>Det angivna skälet %1 tillämpades inte: P2P-reglerna omfattar inte affärer i CNY</translation>
    </message>
    <message>
        <source>The stated reason %1 does not apply: %2</source>
        <translation>Det angivna skälet %1 är inte tillämpligt: %2</translation>
    </message>
    <message>
        <source>The stated reason &apos;%1&apos; is not a clause of the P2P rules</source>
        <translation>Det angivna skälet &apos;%1&apos; är ingen klausul i P2P-reglerna</translation>
    </message>
    <message>
        <source>The stated reason %1 was not applied: the facts match %2, which comes first</source>
        <translation>Det angivna skälet %1 tillämpades inte: fakta motsvarar %2, som går före</translation>
    </message>
    <message>
        <source>The case has no order</source>
        <translation>Ärendet har ingen order</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>köpare</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>säljare</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>abusive language</source>
        <translation>ovett</translation>
    </message>
    <message>
        <source>non-payment cancellation</source>
        <translation>avbruten order utan betalning</translation>
    </message>
    <message>
        <source>wrong-account payment</source>
        <translation>betalning till fel konto</translation>
    </message>
    <message>
        <source>payer name mismatch</source>
        <translation>betalarens namn stämmer inte</translation>
    </message>
    <message>
        <source>live-chat abuse</source>
        <translation>kränkning i livechatten</translation>
    </message>
    <message>
        <source>P2P trading</source>
        <translation>P2P-handel</translation>
    </message>
    <message>
        <source>part of the account&apos;s functions</source>
        <translation>en del av kontots funktioner</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>hela kontot</translation>
    </message>
    <message>
        <source>the live chat with human agents (the support bot stays available)</source>
        <translation>livechatten med kundtjänstpersonal (kundtjänstroboten är fortfarande tillgänglig)</translation>
    </message>
</context>
<context>
    <name>TeamFiguresView</name>
    <message>
        <source>Consistency and charts</source>
        <translation>Konsekvens och diagram</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Decided from</source>
        <translation>Avgjorda från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Select a line to list its cases; open one with a double click.</source>
        <translation>Välj en rad för att lista dess ärenden; öppna ett med dubbelklick.</translation>
    </message>
    <message>
        <source>Consistency across agents</source>
        <translation>Konsekvens mellan handläggare</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Cases of %1 on %2: overrides first</source>
        <translation>Ärenden för %1 med %2: avvikande beslut först</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (avvikande beslut)</translation>
    </message>
    <message>
        <source>Figures not read</source>
        <translation>Siffrorna lästes inte</translation>
    </message>
    <message>
        <source>The decisions of the period could not be read: %1</source>
        <translation>Periodens beslut kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Cannot read the role of this login: %1</source>
        <translation>Kan inte läsa rollen för denna inloggning: %1</translation>
    </message>
    <message>
        <source>Only a team lead voids strikes.</source>
        <translation>Endast en teamledare stryker prickar.</translation>
    </message>
    <message>
        <source>Only a team lead changes the policy settings.</source>
        <translation>Endast en teamledare ändrar policyinställningarna.</translation>
    </message>
    <message>
        <source>Only a team lead purges cases.</source>
        <translation>Endast en teamledare rensar ärenden.</translation>
    </message>
    <message>
        <source>Only a team lead writes reports with names and accounts unmasked.</source>
        <translation>Endast en teamledare skriver rapporter med namn och konton omaskerade.</translation>
    </message>
    <message>
        <source>Only a team lead reopens a decided case.</source>
        <translation>Endast en teamledare öppnar ett avgjort ärende igen.</translation>
    </message>
    <message>
        <source>Only a team lead reviews decisions.</source>
        <translation>Endast en teamledare granskar beslut.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Servern frågar efter lösenordet för %1.</translation>
    </message>
    <message>
        <source>The server refused the password of %1.</source>
        <translation>Servern godtog inte lösenordet för %1.</translation>
    </message>
    <message>
        <source>No database server answers at %1. Check the host and the port, and that the server runs.

%2</source>
        <translation>Ingen databasserver svarar på %1. Kontrollera värden och porten, och att servern körs.

%2</translation>
    </message>
    <message>
        <source>the default address</source>
        <translation>standardadressen</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>party: %1</source>
        <translation>part: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>orsak: %1</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>meddelande #%1</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>handläggare: %1</translation>
    </message>
    <message>
        <source>marked paid</source>
        <translation>markeringen som betald</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>to the listed account</source>
        <translation>till det angivna kontot</translation>
    </message>
    <message>
        <source>to another account</source>
        <translation>till ett annat konto</translation>
    </message>
    <message>
        <source>remark: %1</source>
        <translation>meddelande: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Policy deadline</source>
        <translation>Policyfrist</translation>
    </message>
    <message>
        <source>the case becomes decidable</source>
        <translation>ärendet kan avgöras</translation>
    </message>
    <message>
        <source>order created</source>
        <translation>orderns skapande</translation>
    </message>
    <message>
        <source>appeal opened</source>
        <translation>överklagandets öppnande</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 tim %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 tim</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 tim</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>vid %1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 efter %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 före %2</translation>
    </message>
    <message>
        <source>Market time (%1)</source>
        <translation>Marknadstid (%1)</translation>
    </message>
    <message>
        <source>Your time (%1)</source>
        <translation>Din tid (%1)</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>After the suggestion&apos;s instant: the policy did not use it.</source>
        <translation>Efter förslagets tidpunkt: policyn använde det inte.</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Select a message to read it in full.</source>
        <translation>Välj ett meddelande för att läsa det i sin helhet.</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Sök i chattloggen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Föregående träff (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nästa träff (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Chatten</translation>
    </message>
</context>
<context>
    <name>VoidStrikeDialog</name>
    <message>
        <source>Void strike</source>
        <translation>Stryk prick</translation>
    </message>
    <message>
        <source>A voided strike no longer counts and stays visible in the history.</source>
        <translation>En struken prick räknas inte längre men syns kvar i historiken.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to AppealDesk</source>
        <translation>Välkommen till AppealDesk</translation>
    </message>
    <message>
        <source>&amp;Fill the empty case database with demo cases to try the desk</source>
        <translation>&amp;Fyll den tomma ärendedatabasen med demoärenden för att prova</translation>
    </message>
    <message>
        <source>Made-up appeals, chats and decisions. Leave this off for a database you will work in.</source>
        <translation>Påhittade överklaganden, chattar och beslut. Låt rutan vara tom för en databas som du ska arbeta i.</translation>
    </message>
    <message>
        <source>Your name is recorded with every decision, claim and event you record.</source>
        <translation>Ditt namn registreras med varje beslut, varje ärende du tar och varje händelse du registrerar.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Clause</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Judging the open cases and the last 30 days&apos; decisions under the values above…</source>
        <translation>Bedömer de öppna ärendena och de senaste 30 dagarnas beslut med värdena ovan…</translation>
    </message>
    <message>
        <source>These are the saved settings: nothing would change.</source>
        <translation>Detta är de sparade inställningarna: inget skulle ändras.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open case(s) would get another suggestion.</source>
        <translation>
            <numerusform>%1 av %n öppet ärende skulle få ett annat förslag.</numerusform>
            <numerusform>%1 av %n öppna ärenden skulle få ett annat förslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n decision(s) in the last 30 days, %1 would be suggested otherwise and %2 would differ from the agent&apos;s outcome; sanctions: %3 added, %4 removed.</source>
        <translation>
            <numerusform>Av %n beslut de senaste 30 dagarna skulle %1 föreslås annorlunda och %2 skilja sig från handläggarens utfall; sanktioner: %3 tillagda, %4 borttagna.</numerusform>
            <numerusform>Av %n beslut de senaste 30 dagarna skulle %1 föreslås annorlunda och %2 skilja sig från handläggarens utfall; sanktioner: %3 tillagda, %4 borttagna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Förhandsgranskningen avbröts.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Förhandsgranskningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>Decisions of the last 30 days</source>
        <translation>Beslut de senaste 30 dagarna</translation>
    </message>
</context>
</TS>
