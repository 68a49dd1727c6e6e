<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot move the database %1 to %2.</source>
        <translation>Базата данни %1 не може да бъде преместена в %2.</translation>
    </message>
    <message>
        <source>The database %1 was moved to %2, the one default file.</source>
        <translation>Базата данни %1 беше преместена в %2, единствения файл по подразбиране.</translation>
    </message>
    <message>
        <source>There is no database at %1. This command only reads one and never creates it; the window&apos;s first start, appealdesk import and appealdesk demo create a database.</source>
        <translation>Няма база данни в %1. Тази команда само чете база данни и никога не я създава; първото стартиране на прозореца, appealdesk import и appealdesk demo създават база данни.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>The cryptography library (libsodium) cannot start</source>
        <translation>Криптографската библиотека (libsodium) не може да стартира</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не може да се прочете %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for this kind of file</source>
        <translation>%1 е твърде голям за този вид файл</translation>
    </message>
    <message>
        <source>%1 is not an AppealDesk audit key (appealdesk audit keygen makes one)</source>
        <translation>%1 не е одитен ключ на AppealDesk (appealdesk audit keygen създава такъв)</translation>
    </message>
    <message>
        <source>%1 is not an AppealDesk audit checkpoint</source>
        <translation>%1 не е контролна точка на одитния дневник на AppealDesk</translation>
    </message>
    <message>
        <source>The signature of the checkpoint %1 is not valid: the file was changed</source>
        <translation>Подписът на контролната точка %1 е невалиден: файлът е променен</translation>
    </message>
    <message>
        <source>the chain has %1 entries, fewer than the %2 of the checkpoint of %3: entries were removed</source>
        <translation>веригата има %1 записа, по-малко от %2 в контролната точка от %3: записи са премахнати</translation>
    </message>
    <message>
        <source>audit entry %1 is not the one the checkpoint of %2 signed: the chain was rewritten</source>
        <translation>одитен запис %1 не е този, подписан в контролната точка от %2: веригата е пренаписана</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit entry %1 is missing</source>
        <translation>записът за одит %1 липсва</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow the entry before it</source>
        <translation>записът за одит %1 не следва предходния запис</translation>
    </message>
    <message>
        <source>audit entry %1 was changed: its content does not match its hash</source>
        <translation>записът за одит %1 е променен: съдържанието му не съвпада с хеша</translation>
    </message>
    <message numerus="yes">
        <source>audit entry %1 is missing: the chain&apos;s head record counts %n entries</source>
        <translation>
            <numerusform>записът за одит %1 липсва: началният запис на веригата отчита %n запис</numerusform>
            <numerusform>записът за одит %1 липсва: началният запис на веригата отчита %n записа</numerusform>
        </translation>
    </message>
    <message>
        <source>audit entry %1 is not in the chain&apos;s head record</source>
        <translation>записът за одит %1 не е в началния запис на веригата</translation>
    </message>
    <message>
        <source>audit entry %1 does not match the chain&apos;s head record</source>
        <translation>записът за одит %1 не съвпада с началния запис на веригата</translation>
    </message>
</context>
<context>
    <name>AuditReconciler</name>
    <message>
        <source>the decision on case %1 has no audit entry</source>
        <translation>решението по случай %1 няма одитен запис</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, the log says &quot;%3&quot;</source>
        <translation>%1 е &quot;%2&quot;, дневникът казва &quot;%3&quot;</translation>
    </message>
    <message>
        <source>strike %1 on case %2 differs from its decision&apos;s audit entry (time or agent)</source>
        <translation>нарушение %1 по случай %2 се различава от одитния запис на решението (време или агент)</translation>
    </message>
    <message>
        <source>strike %1 on case %2 was voided (audit entry %3) but counts again</source>
        <translation>нарушение %1 по случай %2 е анулирано (одитен запис %3), но отново се брои</translation>
    </message>
    <message>
        <source>strike %1 on case %2 is voided without an audit entry</source>
        <translation>нарушение %1 по случай %2 е анулирано без одитен запис</translation>
    </message>
    <message>
        <source>the void of strike %1 on case %2 differs from its audit entry %3</source>
        <translation>анулирането на нарушение %1 по случай %2 се различава от одитен запис %3</translation>
    </message>
    <message>
        <source>its strikes (%1) are not the logged ones (%2)</source>
        <translation>нарушенията му (%1) не са записаните в дневника (%2)</translation>
    </message>
    <message>
        <source>its sanctions (%1) are not the logged ones (%2)</source>
        <translation>санкциите му (%1) не са записаните в дневника (%2)</translation>
    </message>
    <message>
        <source>the decision on case %1 differs from its audit entry %2: %3</source>
        <translation>решението по случай %1 се различава от одитен запис %2: %3</translation>
    </message>
    <message>
        <source>strike %1 of user %2 has no decision and no audit entry</source>
        <translation>нарушение %1 на потребител %2 няма решение и одитен запис</translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) of a case without a decision have no audit entry</source>
        <translation>
            <numerusform>%n санкция по случай без решение няма одитен запис</numerusform>
            <numerusform>%n санкции по случай без решение нямат одитен запис</numerusform>
        </translation>
    </message>
    <message>
        <source>the setting %1 is &quot;%2&quot;, its audit entry %3 says &quot;%4&quot;</source>
        <translation>настройката %1 е &quot;%2&quot;, одитен запис %3 казва &quot;%4&quot;</translation>
    </message>
    <message>
        <source>the policy settings were changed without an audit entry</source>
        <translation>настройките на политиката са променени без одитен запис</translation>
    </message>
    <message>
        <source>a sanction on case ref %1 is voided without a reopen</source>
        <translation>санкция по случай с ред %1 е анулирана без повторно отваряне</translation>
    </message>
    <message>
        <source>strike %1 of a reopened decision differs from its audit entry %2</source>
        <translation>нарушение %1 от повторно отворено решение се различава от одитния си запис %2</translation>
    </message>
    <message>
        <source>sanction %1 of a reopened decision differs from its audit entry %2</source>
        <translation>санкция %1 от повторно отворено решение се различава от одитния си запис %2</translation>
    </message>
    <message>
        <source>the reopened decision on case %1 has no audit entry</source>
        <translation>повторно отвореното решение по случай %1 няма одитен запис</translation>
    </message>
    <message>
        <source>its voided strikes are not the logged ones</source>
        <translation>анулираните му нарушения не са записаните в дневника</translation>
    </message>
    <message>
        <source>its voided sanctions are not the logged ones</source>
        <translation>анулираните му санкции не са записаните в дневника</translation>
    </message>
    <message>
        <source>the reopened decision on case %1 differs from its audit entry %2: %3</source>
        <translation>повторно отвореното решение по случай %1 се различава от одитния си запис %2: %3</translation>
    </message>
    <message>
        <source>the reopen of audit entry %1 has no reopened decision</source>
        <translation>повторното отваряне в одитен запис %1 няма повторно отворено решение</translation>
    </message>
    <message>
        <source>strikes or sanctions point at reopened decision %1, which does not exist</source>
        <translation>нарушения или санкции сочат към повторно отворено решение %1, което не съществува</translation>
    </message>
    <message>
        <source>the review of the decision of %1 on case %2 has no audit entry</source>
        <translation>прегледът на решението от %1 по случай %2 няма одитен запис</translation>
    </message>
    <message>
        <source>the review of case %1 differs from its audit entry %2: &quot;%3&quot;, the log says &quot;%4&quot;</source>
        <translation>прегледът на случай %1 се различава от одитния си запис %2: „%3“, а дневникът казва „%4“</translation>
    </message>
    <message>
        <source>the review of audit entry %1 is missing</source>
        <translation>прегледът от одитен запис %1 липсва</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>null</source>
        <translation>стойност null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>булева стойност</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>низ</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>масив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>обект</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>случай %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>липсва задължително поле</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>трябва да е %1, а не %2</translation>
    </message>
    <message>
        <source>%1 is not a valid id (1 to 64 printable characters)</source>
        <translation>%1 не е валиден идентификатор (от 1 до 64 печатни знака)</translation>
    </message>
    <message>
        <source>a time string</source>
        <translation>низ с време</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time with a zone, like 2026-11-20T09:15:00Z</source>
        <translation>%1 не е време по ISO 8601 с часова зона, например 2026-11-20T09:15:00Z</translation>
    </message>
    <message>
        <source>must be a decimal string like &quot;1500.00&quot;, not a JSON number</source>
        <translation>трябва да е десетичен низ като &quot;1500.00&quot;, а не число в JSON</translation>
    </message>
    <message>
        <source>a decimal string</source>
        <translation>десетичен низ</translation>
    </message>
    <message>
        <source>%1 is not a decimal amount</source>
        <translation>%1 не е десетична сума</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 не може да е отрицателно</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>цяло число</translation>
    </message>
    <message>
        <source>%1 is not a non-negative integer</source>
        <translation>%1 не е неотрицателно цяло число</translation>
    </message>
    <message>
        <source>%1 is not an integer of at least %2</source>
        <translation>%1 не е цяло число, поне %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 не е някое от %2</translation>
    </message>
    <message>
        <source>a case must be a JSON object, not %1</source>
        <translation>случаят трябва да е обект в JSON, а не %1</translation>
    </message>
    <message>
        <source>duplicate case id, first at %1:%2:%3</source>
        <translation>повторен идентификатор на случай, за първи път на %1:%2:%3</translation>
    </message>
    <message>
        <source>%1 is not a reason (B1 to B6, S1 to S4)</source>
        <translation>%1 не е основание (от B1 до B6, от S1 до S4)</translation>
    </message>
    <message>
        <source>%1 is not one of impersonation, compromised, urgent, other</source>
        <translation>%1 не е някое от impersonation, compromised, urgent, other</translation>
    </message>
    <message>
        <source>%1 is not a language code like &quot;sv&quot;</source>
        <translation>%1 не е езиков код като &quot;sv&quot;</translation>
    </message>
    <message>
        <source>must list at least one party</source>
        <translation>трябва да посочва поне една страна</translation>
    </message>
    <message>
        <source>refers to message %1 but the case has %2 messages</source>
        <translation>сочи към съобщение %1, а случаят има %2 съобщения</translation>
    </message>
    <message>
        <source>%1 is not an asset code like &quot;USDT&quot;</source>
        <translation>%1 не е код на актив като &quot;USDT&quot;</translation>
    </message>
    <message>
        <source>%1 is not a currency code like &quot;SEK&quot;</source>
        <translation>%1 не е код на валута като &quot;SEK&quot;</translation>
    </message>
    <message>
        <source>%1 is not a valid user id (1 to 64 printable characters)</source>
        <translation>%1 не е валиден потребителски идентификатор (от 1 до 64 печатни знака)</translation>
    </message>
    <message>
        <source>an object of strike counts</source>
        <translation>обект с броя на нарушенията</translation>
    </message>
    <message>
        <source>%1 is not a strike kind (one of %2)</source>
        <translation>%1 не е вид нарушение (едно от %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>файлът не може да бъде прочетен: %1</translation>
    </message>
    <message>
        <source>case larger than 16 MB</source>
        <translation>случаят е по-голям от 16 MB</translation>
    </message>
    <message>
        <source>unexpected data after the case (one case per line)</source>
        <translation>неочаквани данни след случая (по един случай на ред)</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>неочакван край на файла</translation>
    </message>
    <message>
        <source>expected a bundle object {&quot;format&quot;: &quot;%1&quot;, &quot;cases&quot;: [...]}</source>
        <translation>очаква се обект пакет {&quot;format&quot;: &quot;%1&quot;, &quot;cases&quot;: [...]}</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a bundle member</source>
        <translation>очаква се &apos;,&apos; или &apos;}&apos; след член на пакета</translation>
    </message>
    <message>
        <source>trailing comma is not allowed</source>
        <translation>не се допуска запетая накрая</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>очаква се име на член в двойни кавички</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>повторен ключ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>очаква се &apos;:&apos; след име на член</translation>
    </message>
    <message>
        <source>&quot;cases&quot; must be an array, not %1</source>
        <translation>&quot;cases&quot; трябва да е масив, а не %1</translation>
    </message>
    <message>
        <source>unsupported format %1, expected &quot;%2&quot;</source>
        <translation>неподдържан формат %1, очаква се &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a case</source>
        <translation>очаква се &apos;,&apos; или &apos;]&apos; след случай</translation>
    </message>
    <message>
        <source>unexpected data after the bundle object</source>
        <translation>неочаквани данни след обекта на пакета</translation>
    </message>
    <message>
        <source>the bundle has no &quot;format&quot; member</source>
        <translation>пакетът няма член &quot;format&quot;</translation>
    </message>
    <message>
        <source>the bundle has no &quot;cases&quot; member</source>
        <translation>пакетът няма член &quot;cases&quot;</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>файлът не може да бъде отворен: %1</translation>
    </message>
    <message>
        <source>value larger than 16 MB</source>
        <translation>стойността е по-голяма от 16 MB</translation>
    </message>
    <message>
        <source>more than %1 values in one case</source>
        <translation>повече от %1 стойности в един случай</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>вложено на повече от %1 нива</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>очаква се &apos;,&apos; или &apos;}&apos; след член на обект</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>очаква се &apos;,&apos; или &apos;]&apos; след елемент на масив</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>незавършен низ</translation>
    </message>
    <message>
        <source>string longer than 1 MB</source>
        <translation>низът е по-дълъг от 1 MB</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>невалидна екранираща последователност</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos;</source>
        <translation>невалидна екранираща последователност &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>след \u трябва да има четири шестнадесетични цифри</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate in \u escape</source>
        <translation>несдвоен сурогат на UTF-16 в екраниране \u</translation>
    </message>
    <message>
        <source>NUL character (\u0000) is not allowed</source>
        <translation>знакът NUL (\u0000) не се допуска</translation>
    </message>
    <message>
        <source>NUL byte is not allowed</source>
        <translation>байтът NUL не се допуска</translation>
    </message>
    <message>
        <source>raw control character %1 in a string (it must be escaped)</source>
        <translation>неекраниран управляващ знак %1 в низ (трябва да бъде екраниран)</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>невалиден UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>невалидно число</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>невалидно число: не се допускат водещи нули</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>невалидно число: след десетичната точка трябва да има цифри</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>невалидно число: след степенния показател трябва да има цифри</translation>
    </message>
    <message>
        <source>unexpected end of line</source>
        <translation>неочакван край на реда</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>неочакван знак &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected control character %1</source>
        <translation>неочакван управляващ знак %1</translation>
    </message>
    <message>
        <source>comments are not allowed</source>
        <translation>коментарите не се допускат</translation>
    </message>
    <message>
        <source>%1 is not a plausible time (years 2000 to 2099)</source>
        <translation>%1 не е правдоподобен момент (години от 2000 до 2099)</translation>
    </message>
    <message>
        <source>%1 is too large for an amount</source>
        <translation>%1 е твърде голямо за сума</translation>
    </message>
    <message>
        <source>is not in Unicode normal form C</source>
        <translation>не е в нормална форма C на Unicode</translation>
    </message>
    <message>
        <source>contains an invisible or blank character (U+%1)</source>
        <translation>съдържа невидим или празен знак (U+%1)</translation>
    </message>
    <message>
        <source>mixes letters of different scripts</source>
        <translation>смесва букви от различни писмености</translation>
    </message>
    <message>
        <source>mixes Latin letters with Cyrillic or Greek ones, which look the same</source>
        <translation>смесва латински букви с кирилски или гръцки, които изглеждат еднакво</translation>
    </message>
    <message>
        <source>is written in letters that look like Latin ones but are not (Cyrillic or Greek)</source>
        <translation>е написан с букви, които изглеждат като латински, но не са (кирилица или гръцки)</translation>
    </message>
    <message>
        <source>the id %1 %2: it could pass for another id</source>
        <translation>идентификаторът %1 %2: може да бъде объркан с друг</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Case %1 does not exist</source>
        <translation>Случай %1 не съществува</translation>
    </message>
    <message>
        <source>Case %1 is decided and cannot be replaced</source>
        <translation>Случай %1 е решен и не може да бъде заменен</translation>
    </message>
    <message>
        <source>Case %1 does not exist or is already decided</source>
        <translation>Случай %1 не съществува или вече е решен</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Unknown case %1</source>
        <translation>Неизвестен случай %1</translation>
    </message>
    <message>
        <source>A decision needs the agent&apos;s name</source>
        <translation>Решението изисква името на агента</translation>
    </message>
    <message>
        <source>A decision cannot be made inside another write transaction</source>
        <translation>Решение не може да се вземе в друга транзакция за запис</translation>
    </message>
    <message>
        <source>Case %1 was already decided by %2 at %3; the decision was not changed</source>
        <translation>Случай %1 вече е решен от %2 в %3; решението не е променено</translation>
    </message>
    <message>
        <source>The policy&apos;s suggestion for case %1 changed since it was shown (now %2): nothing was recorded; look at the new suggestion and confirm again</source>
        <translation>Предложението на политиката за случай %1 се промени, откакто беше показано (сега %2): нищо не е записано; прегледайте новото предложение и потвърдете отново</translation>
    </message>
    <message>
        <source>The policy suggests %1 for case %2: deciding %3 is an override and needs a note</source>
        <translation>Политиката предлага %1 за случай %2: решение %3 се отклонява от предложението и изисква бележка</translation>
    </message>
    <message>
        <source>Voiding a strike needs who voids it and why</source>
        <translation>Анулирането на нарушение изисква кой го анулира и защо</translation>
    </message>
    <message>
        <source>Strike %1 does not exist</source>
        <translation>Нарушение %1 не съществува</translation>
    </message>
    <message>
        <source>A claim lasts at least a minute</source>
        <translation>Поемането трае поне една минута</translation>
    </message>
    <message>
        <source>Case %1 is decided: only payment and refund proofs and notes are recorded on it</source>
        <translation>Случай %1 е решен: по него се записват само доказателства за плащане и възстановяване и бележки</translation>
    </message>
    <message>
        <source>%1 is not an event an agent records on case %2</source>
        <translation>%1 не е събитие, което агент записва по случай %2</translation>
    </message>
    <message>
        <source>A note needs its text</source>
        <translation>Бележката изисква текст</translation>
    </message>
    <message>
        <source>A purge needs the name of who purges</source>
        <translation>Изчистването изисква името на този, който го извършва</translation>
    </message>
    <message>
        <source>Case %1 is not decidable before %2: nothing was recorded</source>
        <translation>Случай %1 не може да бъде решен преди %2: нищо не е записано</translation>
    </message>
    <message>
        <source>Closing case %1 without an outcome needs a note</source>
        <translation>Приключването на случай %1 без резултат изисква бележка</translation>
    </message>
    <message>
        <source>%1 The login %2 is an agent.</source>
        <translation>%1 Потребителят %2 е агент.</translation>
    </message>
    <message>
        <source>Reopening a case needs who reopens it and why</source>
        <translation>Повторното отваряне на случай изисква кой го отваря и защо</translation>
    </message>
    <message>
        <source>Case %1 is not decided</source>
        <translation>Случай %1 не е решен</translation>
    </message>
    <message>
        <source>A review needs the reviewer&apos;s name</source>
        <translation>Прегледът изисква името на проверяващия</translation>
    </message>
    <message>
        <source>A disagreement needs a note saying why</source>
        <translation>Несъгласието изисква бележка защо</translation>
    </message>
    <message>
        <source>Only a disagreement reopens the case</source>
        <translation>Само несъгласие отваря случая повторно</translation>
    </message>
    <message>
        <source>A review cannot be recorded inside another write transaction</source>
        <translation>Преглед не може да се запише в друга транзакция за запис</translation>
    </message>
    <message>
        <source>Case %1 is not decided: there is nothing to review</source>
        <translation>Случай %1 не е решен: няма какво да се преглежда</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Грешка в базата данни: %1</translation>
    </message>
    <message>
        <source>Case %1 does not exist</source>
        <translation>Случай %1 не съществува</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>Прие&amp;мане на предложението</translation>
    </message>
    <message>
        <source>Record the suggested outcome, after a confirmation</source>
        <translation>Записване на предложения изход след потвърждение</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>От&amp;клоняващо се решение…</translation>
    </message>
    <message>
        <source>Record another outcome, with a note</source>
        <translation>Записване на друг изход с бележка</translation>
    </message>
    <message>
        <source>Record an event the policy asks for; the suggestion updates at once</source>
        <translation>Записване на събитие, което правилата изискват; предложението се обновява веднага</translation>
    </message>
    <message>
        <source>Confirm abuse on this message…</source>
        <translation>Потвърждаване на обиден език в това съобщение…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Suggestion</source>
        <translation>Пре&amp;дложение</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>С&amp;трани</translation>
    </message>
    <message>
        <source>Select a case in the queue.</source>
        <translation>Изберете случай от опашката.</translation>
    </message>
    <message>
        <source>Case %1 could not be opened: %2</source>
        <translation>Случай %1 не можа да бъде отворен: %2</translation>
    </message>
    <message>
        <source>Suggestion not saved</source>
        <translation>Предложението не е запазено</translation>
    </message>
    <message>
        <source>The queue could not be updated for case %1: %2</source>
        <translation>Опашката не можа да бъде обновена за случай %1: %2</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Решението не е записано</translation>
    </message>
    <message>
        <source>The decision on case %1 was not recorded: %2</source>
        <translation>Решението по случай %1 не беше записано: %2</translation>
    </message>
    <message>
        <source>Event not recorded</source>
        <translation>Събитието не е записано</translation>
    </message>
    <message>
        <source>The event could not be recorded on case %1: %2</source>
        <translation>Събитието не можа да бъде записано в случай %1: %2</translation>
    </message>
    <message>
        <source>Case %1, %2</source>
        <translation>Случай %1, %2</translation>
    </message>
    <message>
        <source>Strike not voided</source>
        <translation>Нарушението не е анулирано</translation>
    </message>
    <message>
        <source>The strike could not be voided: %1</source>
        <translation>Нарушението не можа да бъде анулирано: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройките не са запазени</translation>
    </message>
    <message>
        <source>The policy settings could not be saved: %1</source>
        <translation>Настройките на правилата не можаха да бъдат запазени: %1</translation>
    </message>
    <message>
        <source>The policy suggests no outcome yet.</source>
        <translation>Правилата все още не предлагат изход.</translation>
    </message>
    <message>
        <source>The case needs a person&apos;s review: decide it with Override and a note.</source>
        <translation>Случаят изисква преглед от човек: решете го с „Отклоняващо се решение“ и бележка.</translation>
    </message>
    <message>
        <source>The case becomes decidable at %1.</source>
        <translation>Случаят може да бъде решен от %1</translation>
    </message>
    <message>
        <source>Nothing to accept</source>
        <translation>Няма какво да се приеме</translation>
    </message>
    <message>
        <source>Recor&amp;d event…</source>
        <translation>&amp;Записване на събитие…</translation>
    </message>
    <message>
        <source>The suggestion changed</source>
        <translation>Предложението се промени</translation>
    </message>
    <message>
        <source>While you confirmed, the policy&apos;s suggestion for case %1 changed. Nothing was recorded: look at the new suggestion and confirm again.</source>
        <translation>Докато потвърждавахте, предложението на политиката за случай %1 се промени. Нищо не е записано: прегледайте новото предложение и потвърдете отново.</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Осво&amp;бождаване</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>По&amp;емане</translation>
    </message>
    <message>
        <source>End your claim: other agents may take the case</source>
        <translation>Прекратете поемането си: други агенти могат да поемат случая</translation>
    </message>
    <message numerus="yes">
        <source>Mark the case as being worked by you for %n minute(s)</source>
        <translation>
            <numerusform>Отбелязване на случая като поет от вас за %n минута</numerusform>
            <numerusform>Отбелязване на случая като поет от вас за %n минути</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working on this case until %1.</source>
        <translation>Вие работите по този случай до %1</translation>
    </message>
    <message>
        <source>Being worked by %1 until %2.</source>
        <translation>%1 работи по случая до %2</translation>
    </message>
    <message>
        <source>Claim not ended</source>
        <translation>Поемането не е прекратено</translation>
    </message>
    <message>
        <source>Case not claimed</source>
        <translation>Случаят не е поет</translation>
    </message>
    <message>
        <source>Co&amp;nversation</source>
        <translation>Разговор в &amp;чата</translation>
    </message>
    <message>
        <source>%1 decided this case at %2 while you had it open.</source>
        <translation>%1 реши този случай в %2, докато го бяхте отворили.</translation>
    </message>
    <message>
        <source>%1 claimed this case while you had it open.</source>
        <translation>%1 пое този случай, докато го бяхте отворили.</translation>
    </message>
    <message>
        <source>Case not reopened</source>
        <translation>Случаят не е отворен повторно</translation>
    </message>
    <message>
        <source>Case %1 could not be reopened: %2</source>
        <translation>Случай %1 не можа да бъде отворен повторно: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database (default: %1).</source>
        <translation>Базата данни (по подразбиране: %1).</translation>
    </message>
    <message>
        <source>Language of messages: en, sv, bg or th (default: the system&apos;s).</source>
        <translation>Език на съобщенията: en, sv, bg или th (по подразбиране: този на системата).</translation>
    </message>
    <message>
        <source>Try: appealdesk --help</source>
        <translation>Опитайте: appealdesk --help</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Командата за изпълнение.</translation>
    </message>
    <message>
        <source>Case bundles to import.</source>
        <translation>Пакети със случаи за импортиране.</translation>
    </message>
    <message>
        <source>Replace cases already stored (never a decided one).</source>
        <translation>Заменя вече записани случаи (никога решен случай).</translation>
    </message>
    <message>
        <source>Store the valid cases of a file with invalid ones.</source>
        <translation>Записва валидните случаи от файл, в който има и невалидни.</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Показва напредъка в stderr, дори когато той не е терминал.</translation>
    </message>
    <message>
        <source>A case bundle (or use --case).</source>
        <translation>Пакет със случаи (или използвайте --case).</translation>
    </message>
    <message>
        <source>A stored case.</source>
        <translation>Записан случай.</translation>
    </message>
    <message>
        <source>The instant (ISO 8601 with a zone; default: now).</source>
        <translation>Моментът (ISO 8601 с часова зона; по подразбиране: сега).</translation>
    </message>
    <message>
        <source>The decision: %1.</source>
        <translation>Решението: %1.</translation>
    </message>
    <message>
        <source>The deciding agent.</source>
        <translation>Агентът, който взема решението.</translation>
    </message>
    <message>
        <source>Only this user.</source>
        <translation>Само този потребител.</translation>
    </message>
    <message>
        <source>Sanctions active at this instant (default: now).</source>
        <translation>Санкции, действащи в този момент (по подразбиране: сега).</translation>
    </message>
    <message>
        <source>How many cases.</source>
        <translation>Колко случая.</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Начална стойност на генератора (по подразбиране 1).</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;now&quot; (ISO 8601 with a zone; default: a fixed instant, so a seed always gives the same cases).</source>
        <translation>„Сега“ на демонстрацията (ISO 8601 с часова зона; по подразбиране: фиксиран момент, така че една начална стойност винаги дава едни и същи случаи).</translation>
    </message>
    <message>
        <source>Write the cases to this bundle file instead of the database.</source>
        <translation>Записва случаите в този файл с пакет вместо в базата данни.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не е зададена команда</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO 8601 time with a zone (e.g. 2026-11-20T09:15:00Z)</source>
        <translation>--at: &quot;%1&quot; не е време по ISO 8601 с часова зона (напр. 2026-11-20T09:15:00Z)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>няма файл за импортиране</translation>
    </message>
    <message>
        <source>%1: imported %2, replaced %3, skipped %4, rejected %5</source>
        <translation>%1: импортирани %2, заменени %3, пропуснати %4, отхвърлени %5</translation>
    </message>
    <message>
        <source>give one bundle file or --case ID</source>
        <translation>посочете един файл с пакет или --case ID</translation>
    </message>
    <message>
        <source>unknown case %1</source>
        <translation>неизвестен случай %1</translation>
    </message>
    <message>
        <source>--case, --outcome and --agent are required</source>
        <translation>--case, --outcome и --agent са задължителни</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>неочакван аргумент %1</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot; (one of: %2)</source>
        <translation>неизвестен изход &quot;%1&quot; (едно от: %2)</translation>
    </message>
    <message>
        <source>the policy suggests %1 for case %2: deciding %3 is an override and needs --note</source>
        <translation>правилата предлагат %1 за случай %2: решение %3 се отклонява от предложението и изисква --note</translation>
    </message>
    <message>
        <source>--cases needs a number from 1 to %1</source>
        <translation>--cases изисква число от 1 до %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed изисква цяло число</translation>
    </message>
    <message>
        <source>The case to claim.</source>
        <translation>Случаят, който се поема.</translation>
    </message>
    <message>
        <source>The agent working on it.</source>
        <translation>Агентът, който работи по него.</translation>
    </message>
    <message>
        <source>How long the claim holds (default 30).</source>
        <translation>Колко дълго важи поемането (по подразбиране 30).</translation>
    </message>
    <message>
        <source>End the agent&apos;s claim instead.</source>
        <translation>Вместо това прекратява поемането от агента.</translation>
    </message>
    <message>
        <source>The new backup file (never overwritten).</source>
        <translation>Новият файл с резервно копие (никога не се презаписва).</translation>
    </message>
    <message>
        <source>Decided cases opened before this date (YYYY-MM-DD, UTC) or time (ISO 8601 with a zone).</source>
        <translation>Решени случаи, открити преди тази дата (ГГГГ-ММ-ДД, UTC) или този момент (ISO 8601 с часова зона).</translation>
    </message>
    <message>
        <source>Who purges (default: the system user).</source>
        <translation>Кой извършва изчистването (по подразбиране: потребителят на системата).</translation>
    </message>
    <message>
        <source>--minutes needs a number from 1 to %1</source>
        <translation>--minutes изисква число от 1 до %1</translation>
    </message>
    <message>
        <source>case %1 released by %2</source>
        <translation>случай %1 е върнат от %2</translation>
    </message>
    <message>
        <source>case %1 claimed by %2 until %3</source>
        <translation>случай %1 е поет от %2 до %3</translation>
    </message>
    <message>
        <source>no backup file given</source>
        <translation>не е посочен файл за резервното копие</translation>
    </message>
    <message>
        <source>%1: backup written, integrity ok</source>
        <translation>%1: резервното копие е записано, целостта е наред</translation>
    </message>
    <message>
        <source>--before is required</source>
        <translation>--before е задължителен</translation>
    </message>
    <message>
        <source>--before: &quot;%1&quot; is not a date (YYYY-MM-DD) or an ISO 8601 time with a zone</source>
        <translation>--before: &quot;%1&quot; не е дата (ГГГГ-ММ-ДД) или време по ISO 8601 с часова зона</translation>
    </message>
    <message>
        <source>audit: broken: %1</source>
        <translation>audit: веригата е нарушена: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: wrote %n demo case(s) (seed %2)</source>
        <translation>
            <numerusform>%1: записан %n демонстрационен случай (начална стойност %2)</numerusform>
            <numerusform>%1: записани %n демонстрационни случая (начална стойност %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>purge: %n decided case(s) opened before %1 purged</source>
        <translation>
            <numerusform>purge: изчистен е %n решен случай, открит преди %1</numerusform>
            <numerusform>purge: изчистени са %n решени случая, открити преди %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit: ok, %n entries, head %1</source>
        <translation>
            <numerusform>audit: наред, %n запис, начало %1</numerusform>
            <numerusform>audit: наред, %n записа, начало %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome the policy suggested when you looked: if it suggests another now, nothing is recorded and both are printed.</source>
        <translation>Резултатът, който политиката предлагаше, когато погледнахте: ако сега предлага друг, нищо не се записва и се отпечатват и двата.</translation>
    </message>
    <message>
        <source>On an override, keep all of the policy&apos;s strikes and sanctions (default: none).</source>
        <translation>При отклоняващо се решение: запазване на всички нарушения и санкции на политиката (по подразбиране: никои).</translation>
    </message>
    <message>
        <source>On an override, keep the policy&apos;s strikes of this kind or sanctions of this scope (repeatable; USER:KIND_OR_SCOPE for one user&apos;s).</source>
        <translation>При отклоняващо се решение: запазване на нарушенията от този вид или санкциите с този обхват (може да се повтаря; USER:KIND_OR_SCOPE за тези на един потребител).</translation>
    </message>
    <message>
        <source>%1 takes no --at: commands that write use the real clock</source>
        <translation>%1 не приема --at: командите, които записват, използват истинския часовник</translation>
    </message>
    <message>
        <source>backup FILE</source>
        <extracomment>Top-level --help: the command word stays &quot;backup&quot;.</extracomment>
        <translation>backup ФАЙЛ</translation>
    </message>
    <message>
        <source>write a checked copy of the database to a new file</source>
        <translation>записване на проверено копие на базата данни в нов файл</translation>
    </message>
    <message>
        <source>mark a case as being worked by an agent</source>
        <translation>отбелязване, че агент работи по случай</translation>
    </message>
    <message>
        <source>AppealDesk: appeals of a P2P crypto desk.
Without a command it opens the window; with one it runs without a display.

Commands:</source>
        <translation>AppealDesk: обжалвания на P2P бюро за криптовалута.
Без команда отваря прозореца; с команда работи без екран.

Команди:</translation>
    </message>
    <message>
        <source>record a decision</source>
        <translation>записване на решение</translation>
    </message>
    <message>
        <source>fill the database with demo cases</source>
        <translation>попълване на базата данни с демонстрационни случаи</translation>
    </message>
    <message>
        <source>import FILE...</source>
        <extracomment>Top-level --help: the command word stays &quot;import&quot;.</extracomment>
        <translation>import ФАЙЛ...</translation>
    </message>
    <message>
        <source>import case bundles (.json, .jsonl)</source>
        <translation>импортиране на пакети със случаи (.json, .jsonl)</translation>
    </message>
    <message>
        <source>purge --before DATE</source>
        <extracomment>Top-level --help: &quot;purge --before&quot; stays as it is.</extracomment>
        <translation>purge --before ДАТА</translation>
    </message>
    <message>
        <source>remove transcripts and personal data of old decided cases</source>
        <translation>изтриване на записите на чата и личните данни от стари решени случаи</translation>
    </message>
    <message>
        <source>the team lead&apos;s report (appealdesk report --help)</source>
        <translation>отчетът на ръководителя на екип (appealdesk report --help)</translation>
    </message>
    <message>
        <source>strike counts and active sanctions</source>
        <translation>брой нарушения и действащи санкции</translation>
    </message>
    <message>
        <source>suggest FILE</source>
        <extracomment>Top-level --help: the command word stays &quot;suggest&quot;.</extracomment>
        <translation>suggest ФАЙЛ</translation>
    </message>
    <message>
        <source>the policy&apos;s suggestion for every case in FILE</source>
        <translation>предложението на правилата за всеки случай във ФАЙЛ</translation>
    </message>
    <message>
        <source>the suggestion for a stored case</source>
        <translation>предложението за записан случай</translation>
    </message>
    <message>
        <source>record an event on a case (a payment or refund proof, a contact)</source>
        <translation>записване на събитие по случай (доказателство за плащане или възстановяване, контакт)</translation>
    </message>
    <message>
        <source>The case.</source>
        <translation>Случаят.</translation>
    </message>
    <message>
        <source>The event: %1.</source>
        <translation>Събитието: %1.</translation>
    </message>
    <message>
        <source>What was seen (required for a note).</source>
        <translation>Какво е установено (задължително за бележка).</translation>
    </message>
    <message>
        <source>Who records it (default: the system user).</source>
        <translation>Кой го записва (по подразбиране: системният потребител).</translation>
    </message>
    <message>
        <source>--case and --type are required</source>
        <translation>--case и --type са задължителни</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>неизвестен вид събитие „%1“</translation>
    </message>
    <message>
        <source>%1 names a party or a message: record it in the window</source>
        <translation>%1 посочва страна или съобщение: запишете го в прозореца</translation>
    </message>
    <message>
        <source>a note needs --note</source>
        <translation>бележката изисква --note</translation>
    </message>
    <message>
        <source>case %1: %2 recorded by %3</source>
        <translation>случай %1: %2 записано от %3</translation>
    </message>
    <message>
        <source>closing case %1 without an outcome needs --note</source>
        <translation>приключването на случай %1 без резултат изисква --note</translation>
    </message>
    <message>
        <source>settings --list | --set K=V</source>
        <extracomment>Top-level --help: &quot;settings --list&quot; and &quot;--set&quot; stay as they are.</extracomment>
        <translation>settings --list | --set КЛЮЧ=СТОЙНОСТ</translation>
    </message>
    <message>
        <source>show or change the policy settings (a team lead&apos;s change is audited)</source>
        <translation>показва или променя настройките на политиката (промяната от ръководител на екип се записва в одита)</translation>
    </message>
    <message>
        <source>Print every policy setting as KEY=VALUE.</source>
        <translation>Извежда всяка настройка на политиката като КЛЮЧ=СТОЙНОСТ.</translation>
    </message>
    <message>
        <source>Change one setting (repeatable); all are checked before any is saved.</source>
        <translation>Променя една настройка (може да се повтаря); всички се проверяват, преди да се запише която и да е.</translation>
    </message>
    <message>
        <source>Who changes them (default: the system user).</source>
        <translation>Кой ги променя (по подразбиране: системният потребител).</translation>
    </message>
    <message>
        <source>give either --list or one or more --set KEY=VALUE</source>
        <translation>задайте или --list, или едно или повече --set КЛЮЧ=СТОЙНОСТ</translation>
    </message>
    <message numerus="yes">
        <source>settings: saved %n change(s)</source>
        <translation>
            <numerusform>settings: записана е %n промяна</numerusform>
            <numerusform>settings: записани са %n промени</numerusform>
        </translation>
    </message>
    <message>
        <source>whatif --set K=V ...</source>
        <extracomment>Top-level --help: &quot;whatif --set&quot; stays as it is.</extracomment>
        <translation>whatif --set КЛЮЧ=СТОЙНОСТ ...</translation>
    </message>
    <message>
        <source>what changed policy settings would suggest, before saving them</source>
        <translation>какво биха предложили променените настройки на политиката, преди да бъдат записани</translation>
    </message>
    <message>
        <source>A proposed setting (repeatable; see settings --list).</source>
        <translation>Предложена настройка (може да се повтаря; вижте settings --list).</translation>
    </message>
    <message>
        <source>First day of the past decisions to judge again (YYYY-MM-DD, UTC; default: 30 days before --to).</source>
        <translation>Първи ден на минали решения за повторна преценка (ГГГГ-ММ-ДД, UTC; по подразбиране: 30 дни преди --to).</translation>
    </message>
    <message>
        <source>Last day of those decisions, inclusive (default: today, UTC).</source>
        <translation>Последен ден на тези решения, включително (по подразбиране: днес, UTC).</translation>
    </message>
    <message>
        <source>Judge the open cases at this instant (default: now).</source>
        <translation>Преценява отворените случаи към този момент (по подразбиране: сега).</translation>
    </message>
    <message>
        <source>give at least one --set KEY=VALUE</source>
        <translation>задайте поне едно --set КЛЮЧ=СТОЙНОСТ</translation>
    </message>
    <message>
        <source>--to: not a date (YYYY-MM-DD): %1</source>
        <translation>--to: не е дата (ГГГГ-ММ-ДД): %1</translation>
    </message>
    <message>
        <source>--from: not a date (YYYY-MM-DD): %1</source>
        <translation>--from: не е дата (ГГГГ-ММ-ДД): %1</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to е преди --from</translation>
    </message>
    <message>
        <source>check the audit trail against its hash chain, the live records and a signed checkpoint</source>
        <translation>проверява одитния дневник спрямо хеш веригата, текущите записи и подписана контролна точка</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain, that the decisions, strikes and settings match it, and that it extends a signed checkpoint</source>
        <translation>проверява хеш веригата на одитния дневник, че решенията, нарушенията и настройките съответстват на нея и че тя продължава подписана контролна точка</translation>
    </message>
    <message>
        <source>make the team lead&apos;s signing key (kept outside the database)</source>
        <translation>създава ключа за подписване на ръководителя на екипа (пази се извън базата данни)</translation>
    </message>
    <message>
        <source>sign the audit trail&apos;s head</source>
        <translation>подписва последния запис на одитния дневник</translation>
    </message>
    <message>
        <source>verify: check the audit trail; keygen: make a signing key; checkpoint: sign the trail&apos;s head.</source>
        <translation>verify: проверява одитния дневник; keygen: създава ключ за подписване; checkpoint: подписва последния запис.</translation>
    </message>
    <message>
        <source>The file to write (keygen, checkpoint).</source>
        <translation>Файлът за запис (keygen, checkpoint).</translation>
    </message>
    <message>
        <source>The signing key file (checkpoint).</source>
        <translation>Файлът с ключа за подписване (checkpoint).</translation>
    </message>
    <message>
        <source>A signed checkpoint the trail must still extend (verify).</source>
        <translation>Подписана контролна точка, която дневникът трябва да продължава (verify).</translation>
    </message>
    <message>
        <source>verify: the checkpoint must be signed by this key (a key file or its .pub file).</source>
        <translation>verify: контролната точка трябва да е подписана с този ключ (файл с ключ или неговия .pub файл).</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Заменя изходния файл, ако съществува.</translation>
    </message>
    <message>
        <source>the audit command is: audit verify, audit keygen or audit checkpoint</source>
        <translation>одитната команда е: audit verify, audit keygen или audit checkpoint</translation>
    </message>
    <message>
        <source>audit keygen needs -o KEYFILE</source>
        <translation>audit keygen изисква -o KEYFILE</translation>
    </message>
    <message>
        <source>%1: signing key written (keep it outside the database and the repository); public key %2, fingerprint %3</source>
        <translation>%1: ключът за подписване е записан (пазете го извън базата данни и хранилището); публичен ключ %2, отпечатък %3</translation>
    </message>
    <message>
        <source>audit checkpoint needs --key KEYFILE and -o FILE</source>
        <translation>audit checkpoint изисква --key KEYFILE и -o FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: checkpoint of %n entries, head %2, signed by %3</source>
        <translation>
            <numerusform>%1: контролна точка с %n запис, последен %2, подписана от %3</numerusform>
            <numerusform>%1: контролна точка с %n записа, последен %2, подписана от %3</numerusform>
        </translation>
    </message>
    <message>
        <source>audit: broken: the checkpoint was signed by key %1, not by %2</source>
        <translation>audit: нарушен: контролната точка е подписана с ключ %1, а не с %2</translation>
    </message>
    <message numerus="yes">
        <source>audit: %n more difference(s)</source>
        <translation>
            <numerusform>audit: още %n разлика</numerusform>
            <numerusform>audit: още %n разлики</numerusform>
        </translation>
    </message>
    <message>
        <source>audit: %1 decisions and %2 strikes match the audit trail</source>
        <translation>audit: %1 решения и %2 нарушения съответстват на одитния дневник</translation>
    </message>
    <message numerus="yes">
        <source>audit: extends the checkpoint of %1 (%n entries), signed by key %2</source>
        <translation>
            <numerusform>audit: продължава контролната точка от %1 (%n запис), подписана с ключ %2</numerusform>
            <numerusform>audit: продължава контролната точка от %1 (%n записа), подписана с ключ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Created a new database: %1</source>
        <translation>Създадена е нова база данни: %1</translation>
    </message>
    <message>
        <source>Nothing was written. Do not decide cases in it: restore a backup.</source>
        <translation>Нищо не е записано. Не решавайте случаи в нея: възстановете резервно копие.</translation>
    </message>
    <message>
        <source>With --out: replace the file if it exists.</source>
        <translation>С --out: заменя файла, ако съществува.</translation>
    </message>
    <message>
        <source>the queue as the window shows it, one line per case</source>
        <translation>опашката, както я показва прозорецът, по един ред на случай</translation>
    </message>
    <message>
        <source>open (default; a waiting case past its deadline is open), waiting, decided or all.</source>
        <translation>open (по подразбиране; чакащ случай след крайния си срок е отворен), waiting, decided или all.</translation>
    </message>
    <message>
        <source>Only cases of this kind.</source>
        <translation>Само случаи от този вид.</translation>
    </message>
    <message>
        <source>Only cases whose suggestion cites this clause.</source>
        <translation>Само случаи, чието предложение цитира тази клауза.</translation>
    </message>
    <message>
        <source>Only cases assigned to this agent.</source>
        <translation>Само случаи, възложени на този агент.</translation>
    </message>
    <message>
        <source>Only cases whose id, order number, user, nickname or chat contains this text.</source>
        <translation>Само случаи, чийто номер, номер на поръчка, потребител, псевдоним или чат съдържа този текст.</translation>
    </message>
    <message>
        <source>At most N cases (default: all).</source>
        <translation>Най-много N случая (по подразбиране: всички).</translation>
    </message>
    <message>
        <source>json (one object a line, default) or tsv.</source>
        <translation>json (по един обект на ред, по подразбиране) или tsv.</translation>
    </message>
    <message>
        <source>The queue as it is at this instant (default: now).</source>
        <translation>Опашката, каквато е в този момент (по подразбиране: сега).</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not open, waiting, decided or all</source>
        <translation>--status: „%1“ не е open, waiting, decided или all</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a case kind</source>
        <translation>--kind: „%1“ не е вид случай</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit изисква положително число</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not json or tsv</source>
        <translation>--format: „%1“ не е json или tsv</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Опашката не можа да бъде прочетена: %1</translation>
    </message>
    <message>
        <source>%1: backup written: %2</source>
        <translation>%1: резервното копие е записано: %2</translation>
    </message>
    <message>
        <source>Claim the next open case nobody holds (deadline first), instead of --case; exit 1 when none is free.</source>
        <translation>Поема следващия отворен случай, който никой не държи (първо най-ранният срок), вместо --case; изход 1, когато няма свободен.</translation>
    </message>
    <message>
        <source>--next takes neither --case nor --release</source>
        <translation>--next не приема нито --case, нито --release</translation>
    </message>
    <message>
        <source>--case (or --next) and --agent are required</source>
        <translation>--case (или --next) и --agent са задължителни</translation>
    </message>
    <message>
        <source>no open case is free to claim</source>
        <translation>няма свободен отворен случай за поемане</translation>
    </message>
    <message>
        <source>migrate --to postgresql://... [--from FILE]</source>
        <extracomment>Top-level --help: the command word and the option names stay as they are.</extracomment>
        <translation>migrate --to postgresql://... [--from ФАЙЛ]</translation>
    </message>
    <message>
        <source>copy a local desk onto an empty desk on a PostgreSQL server</source>
        <translation>копира локално бюро в празно бюро на PostgreSQL сървър</translation>
    </message>
    <message>
        <source>The server&apos;s empty desk, a postgresql:// URI (the password comes from PGPASSWORD, ~/.pgpass or a service file, never from the URI).</source>
        <translation>Празното бюро на сървъра, postgresql:// URI (паролата идва от PGPASSWORD, ~/.pgpass или сервизен файл, никога от URI).</translation>
    </message>
    <message>
        <source>The desk file to copy (default: --db, or the default database).</source>
        <translation>Файлът на бюрото за копиране (по подразбиране: --db или базата по подразбиране).</translation>
    </message>
    <message>
        <source>--to needs a postgresql:// URI</source>
        <translation>--to изисква postgresql:// URI</translation>
    </message>
    <message>
        <source>--from needs a desk file</source>
        <translation>--from изисква файл на бюро</translation>
    </message>
    <message>
        <source>migrate: %1 cases, %2 decisions, %3 strikes, %4 sanctions, %5 audit entries copied to %6</source>
        <translation>migrate: %1 случая, %2 решения, %3 нарушения, %4 санкции, %5 одитни записа са копирани в %6</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail does not verify: %1</source>
        <translation>Одитната следа на копието не се потвърждава: %1</translation>
    </message>
    <message>
        <source>audit: ok on the copy</source>
        <translation>audit: наред в копието</translation>
    </message>
    <message>
        <source>reopen CASE --reason TEXT</source>
        <extracomment>Top-level --help: the command word stays &quot;reopen&quot;.</extracomment>
        <translation>reopen СЛУЧАЙ --reason ТЕКСТ</translation>
    </message>
    <message>
        <source>reopen a decided case as a team lead, voiding its strikes and sanctions</source>
        <translation>повторно отваряне на решен случай от ръководител на екип, с анулиране на нарушенията и санкциите му</translation>
    </message>
    <message>
        <source>The decided case to reopen.</source>
        <translation>Решеният случай, който да се отвори повторно.</translation>
    </message>
    <message>
        <source>Why it is reopened (required; kept in the audit log).</source>
        <translation>Защо се отваря повторно (задължително; пази се в одитния дневник).</translation>
    </message>
    <message>
        <source>The team lead who reopens it (default: the system user).</source>
        <translation>Ръководителят на екип, който го отваря повторно (по подразбиране: системният потребител).</translation>
    </message>
    <message>
        <source>reopen needs the case: appealdesk reopen CASE --reason TEXT</source>
        <translation>reopen изисква случая: appealdesk reopen СЛУЧАЙ --reason ТЕКСТ</translation>
    </message>
    <message>
        <source>--reason is required: say why the case is reopened</source>
        <translation>--reason е задължителен: кажете защо случаят се отваря повторно</translation>
    </message>
    <message>
        <source>the decisions a team lead reviews again: every override and needs_review, N more per agent and week</source>
        <translation>решенията, които ръководителят на екип преглежда повторно: всяко отклоняващо се и needs_review, и още N на агент и седмица</translation>
    </message>
    <message>
        <source>record a team lead&apos;s review of a decision; --reopen with --disagree reopens the case</source>
        <translation>записва преглед на решение от ръководител на екип; --reopen с --disagree отваря случая повторно</translation>
    </message>
    <message>
        <source>the reviews made, or their agreement per agent and clause</source>
        <translation>направените прегледи или съгласието им по агент и клауза</translation>
    </message>
    <message>
        <source>Print the decisions to review, one JSON line each.</source>
        <translation>Извежда решенията за преглед, по един ред JSON.</translation>
    </message>
    <message>
        <source>Print the reviews made, one JSON line each.</source>
        <translation>Извежда направените прегледи, по един ред JSON.</translation>
    </message>
    <message>
        <source>Print the agreement rate per agent and per clause.</source>
        <translation>Извежда дела на съгласие по агент и по клауза.</translation>
    </message>
    <message>
        <source>The decided case to review.</source>
        <translation>Решеният случай за преглед.</translation>
    </message>
    <message>
        <source>The reviewer agrees with the decision.</source>
        <translation>Проверяващият е съгласен с решението.</translation>
    </message>
    <message>
        <source>The reviewer disagrees (needs --note).</source>
        <translation>Проверяващият не е съгласен (изисква --note).</translation>
    </message>
    <message>
        <source>The reviewer&apos;s note.</source>
        <translation>Бележката на проверяващия.</translation>
    </message>
    <message>
        <source>With --disagree: reopen the case, the note as the reason.</source>
        <translation>С --disagree: отваря случая повторно, с бележката като причина.</translation>
    </message>
    <message>
        <source>The reviewing team lead (default: the system user).</source>
        <translation>Проверяващият ръководител на екип (по подразбиране: системният потребител).</translation>
    </message>
    <message>
        <source>First day of the decisions or reviews (YYYY-MM-DD, UTC; default: 6 days before --to).</source>
        <translation>Първият ден на решенията или прегледите (ГГГГ-ММ-ДД, UTC; по подразбиране: 6 дни преди --to).</translation>
    </message>
    <message>
        <source>Last day, inclusive (default: today, UTC).</source>
        <translation>Последният ден, включително (по подразбиране: днес, UTC).</translation>
    </message>
    <message>
        <source>Decisions drawn at random per agent and week (default 2).</source>
        <translation>Решения, изтеглени на случаен принцип на агент и седмица (по подразбиране 2).</translation>
    </message>
    <message>
        <source>The seed of the random draw (default 1): the same seed, the same sample.</source>
        <translation>Началната стойност на случайното теглене (по подразбиране 1): същата стойност, същата извадка.</translation>
    </message>
    <message>
        <source>give one of --sample, --list, --stats or --case ID</source>
        <translation>задайте едно от --sample, --list, --stats или --case ID</translation>
    </message>
    <message>
        <source>--case needs either --agree or --disagree</source>
        <translation>--case изисква --agree или --disagree</translation>
    </message>
    <message>
        <source>--disagree needs --note saying why</source>
        <translation>--disagree изисква --note, която казва защо</translation>
    </message>
    <message>
        <source>--reopen goes with --disagree</source>
        <translation>--reopen се използва с --disagree</translation>
    </message>
    <message>
        <source>--per-agent needs a number from 0 to 1000</source>
        <translation>--per-agent изисква число от 0 до 1000</translation>
    </message>
    <message>
        <source>setup-roles --db URI</source>
        <extracomment>Top-level --help: &quot;setup-roles --db&quot; stays as it is.</extracomment>
        <translation>setup-roles --db АДРЕС</translation>
    </message>
    <message>
        <source>create the agent and team lead roles on a PostgreSQL server and grant them</source>
        <translation>създава ролите агент и ръководител на екип на сървър PostgreSQL и им дава права</translation>
    </message>
    <message>
        <source>Make this existing login an agent (repeatable).</source>
        <translation>Прави този съществуващ потребител агент (може да се повтаря).</translation>
    </message>
    <message>
        <source>Make this existing login a team lead (repeatable).</source>
        <translation>Прави този съществуващ потребител ръководител на екип (може да се повтаря).</translation>
    </message>
    <message>
        <source>setup-roles needs --db postgresql://…: on a SQLite file the one local user is a team lead</source>
        <translation>setup-roles изисква --db postgresql://…: във файл на SQLite единственият локален потребител е ръководител на екип</translation>
    </message>
    <message>
        <source>setup-roles failed: %1: %2</source>
        <translation>setup-roles не успя: %1: %2</translation>
    </message>
    <message>
        <source>the roles could not be granted (run it as the owner of the desk&apos;s tables)</source>
        <translation>правата на ролите не можаха да бъдат дадени (изпълнете командата като собственик на таблиците на бюрото)</translation>
    </message>
    <message>
        <source>Why (required for an override, and for the outcome none).</source>
        <translation>Защо (задължително при отклонение от предложението и при изход none).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>Свързване със сървър на екипа</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com или папка на сокет</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;рола:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Свързване</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данни:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;требител:</translation>
    </message>
    <message>
        <source>The password is read from PGPASSWORD, PGPASSFILE or ~/.pgpass; when none has it, you are asked once, and it is never saved.</source>
        <translation>Паролата се чете от PGPASSWORD, PGPASSFILE или ~/.pgpass; ако я няма там, ще бъдете попитани веднъж и тя никога не се запазва.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>abuse confirmed</source>
        <translation>обидата е потвърдена</translation>
    </message>
    <message>
        <source>after the suggestion&apos;s instant</source>
        <translation>след момента на предложението</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s): select to read all</source>
        <translation>
            <numerusform>Още %n знак: изберете, за да прочетете всичко</numerusform>
            <numerusform>Още %n знака: изберете, за да прочетете всичко</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>Threat</source>
        <translation>Заплаха</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>Обиден език</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>Чувствителна дума</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>отбелязано: %1</translation>
    </message>
    <message>
        <source>abuse confirmed</source>
        <translation>обидата е потвърдена</translation>
    </message>
    <message>
        <source>after the suggestion&apos;s instant</source>
        <translation>след момента на предложението</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>After the suggestion&apos;s instant: the policy did not use it.</source>
        <translation>След момента на предложението: политиката не го е взела предвид.</translation>
    </message>
</context>
<context>
    <name>CountSpinBox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минути</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n работен ден</numerusform>
            <numerusform>%n работни дни</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 не е файл с база данни</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Базата данни %1 не може да бъде отворена: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or not a database: %2</source>
        <translation>Базата данни %1 е повредена или не е база данни: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>Базата данни %1 е повредена: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer AppealDesk (schema %2; this version knows up to %3)</source>
        <translation>Базата данни %1 е записана от по-нова версия на AppealDesk (схема %2; тази версия познава до %3)</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Преминаването към схема %1 не успя: %2</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Грешка в базата данни при &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>A write transaction is already open</source>
        <translation>Вече има отворена транзакция за запис</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation>Записът в базата данни не може да започне: %1</translation>
    </message>
    <message>
        <source>No write transaction is open</source>
        <translation>Няма отворена транзакция за запис</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>Базата данни не е отворена</translation>
    </message>
    <message>
        <source>Cannot back up during a write transaction</source>
        <translation>Не може да се създаде резервно копие по време на транзакция за запис</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the PostgreSQL driver of Qt (libqt6sql6-psql) is not installed</source>
        <translation>Базата данни %1 не може да се отвори: драйверът на Qt за PostgreSQL (libqt6sql6-psql) не е инсталиран</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>Няма връзка със сървъра на базата данни %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Версията на схемата на %1 не може да се прочете: %2</translation>
    </message>
    <message>
        <source>Cannot use the database %1: the disk is full</source>
        <translation>Базата данни %1 не може да се използва: дискът е пълен</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дискът е пълен</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: the disk is full</source>
        <translation>Не може да се пише в базата данни %1: дискът е пълен</translation>
    </message>
    <message>
        <source>Cannot roll back an interrupted import: %1</source>
        <translation>Прекъснатото импортиране не може да бъде отменено: %1</translation>
    </message>
    <message>
        <source>a pg_dump archive (restore it with pg_restore)</source>
        <translation>архив на pg_dump (възстановява се с pg_restore)</translation>
    </message>
    <message>
        <source>a SQLite desk exported from the server (restore it with appealdesk migrate --from FILE --to URI)</source>
        <translation>SQLite бюро, изнесено от сървъра (възстановява се с appealdesk migrate --from ФАЙЛ --to URI)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost, so nothing was recorded; check that the server runs, then connect again (File → Connect to a team server…)</source>
        <translation>връзката със сървъра на базата данни беше загубена, затова нищо не беше записано; проверете дали сървърът работи и се свържете отново (Файл → Свързване със сървър на екипа…)</translation>
    </message>
    <message>
        <source>Cannot tell the other windows about the change: %1</source>
        <translation>Другите прозорци не могат да бъдат уведомени за промяната: %1</translation>
    </message>
    <message>
        <source>The write transaction was ended by an error; nothing was written</source>
        <translation>Транзакцията за запис беше прекратена от грешка; нищо не е записано</translation>
    </message>
    <message>
        <source>Cannot lock case %1: %2</source>
        <translation>Случаят %1 не може да бъде заключен: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>A database URI must not contain a password; libpq reads it from PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>URI на база данни не бива да съдържа парола; libpq я чете от PGPASSWORD, ~/.pgpass или файл за услуги</translation>
    </message>
    <message>
        <source>The database URI has an invalid port</source>
        <translation>URI на базата данни съдържа невалиден порт</translation>
    </message>
    <message>
        <source>The database URI has a parameter without a value</source>
        <translation>URI на базата данни съдържа параметър без стойност</translation>
    </message>
    <message>
        <source>The database URI parameter %1 has a value that cannot be passed on</source>
        <translation>Параметърът %1 в URI на базата данни има стойност, която не може да се предаде</translation>
    </message>
    <message>
        <source>The database URI has an unknown parameter %1</source>
        <translation>URI на базата данни съдържа непознат параметър %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Accept the suggestion</source>
        <translation>Приемане на предложението</translation>
    </message>
    <message>
        <source>Override the suggestion</source>
        <translation>Отклоняване от предложението</translation>
    </message>
    <message>
        <source>Case %1. This will be recorded:</source>
        <translation>Случай %1. Ще бъде записано следното:</translation>
    </message>
    <message>
        <source>Why the suggestion does not fit this case (required)</source>
        <translation>Защо предложението не е подходящо за този случай (задължително)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Бележка:</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Записване на решението</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Изход:</translation>
    </message>
    <message>
        <source>Keep from the suggestion</source>
        <translation>Запазване от предложението</translation>
    </message>
    <message>
        <source>No action (close the case without an outcome)</source>
        <translation>Без действие (случаят се затваря без изход)</translation>
    </message>
    <message>
        <source>The case is closed with no action: no crypto or money moves on the exchange&apos;s side.</source>
        <translation>Случаят се затваря без действие: борсата не движи нито криптовалута, нито пари.</translation>
    </message>
    <message>
        <source>Recorded by %1 at %2, in the audit log.</source>
        <translation>Записва се от %1 в %2, в одитния дневник.</translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>The decision on case %1 does not match the suggestion it was made on</source>
        <translation>Решението по случай %1 не съответства на предложението, въз основа на което е взето</translation>
    </message>
    <message>
        <source>An override of the suggestion needs a note</source>
        <translation>Решението, което се отклонява от предложението, изисква бележка</translation>
    </message>
    <message>
        <source>A decision needs the agent&apos;s name</source>
        <translation>Решението изисква името на агента</translation>
    </message>
    <message>
        <source>A decision needs a time</source>
        <translation>Решението изисква час</translation>
    </message>
    <message>
        <source>Case %1 does not exist</source>
        <translation>Случай %1 не съществува</translation>
    </message>
    <message>
        <source>Case %1 was already decided by %2 at %3; the decision was not changed</source>
        <translation>Случай %1 вече е решен от %2 в %3; решението не е променено</translation>
    </message>
    <message>
        <source>Case %1 is being worked by %2 until %3</source>
        <translation>Случай %1 се обработва от %2 до %3</translation>
    </message>
    <message>
        <source>Case %1 changed meanwhile; try again</source>
        <translation>Случай %1 междувременно е променен; опитайте отново</translation>
    </message>
    <message>
        <source>A claim needs the agent&apos;s name</source>
        <translation>Поемането на случай изисква името на агента</translation>
    </message>
    <message>
        <source>A claim must end in the future</source>
        <translation>Поемането трябва да изтича в бъдещето</translation>
    </message>
    <message>
        <source>Reopening a case needs who reopens it and why</source>
        <translation>Повторното отваряне на случай изисква кой го отваря и защо</translation>
    </message>
    <message>
        <source>A reopen needs a time</source>
        <translation>Повторното отваряне изисква време</translation>
    </message>
    <message>
        <source>Case %1 is not decided: there is nothing to reopen</source>
        <translation>Случай %1 не е решен: няма какво да се отваря повторно</translation>
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
        <translation>Нарушение &quot;%1&quot; за %2 (клауза %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>a length the team sets</source>
        <translation>срок, определен от екипа</translation>
    </message>
    <message>
        <source>Sanction &quot;%1&quot; for %2, %3 (clause %4)</source>
        <translation>Санкция &quot;%1&quot; за %2, %3 (клауза %4)</translation>
    </message>
    <message>
        <source>Price far below the market price</source>
        <translation>Цената е далеч под пазарната</translation>
    </message>
    <message>
        <source>Sensitive words in a payment remark</source>
        <translation>Чувствителни думи в забележка за превода</translation>
    </message>
    <message>
        <source>Possible abusive language in the transcript (confirm on the message)</source>
        <translation>Възможен обиден език в записа на чата (потвърдете в съобщението)</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Решение: %1</translation>
    </message>
    <message>
        <source>Clauses: %1</source>
        <translation>Клаузи: %1</translation>
    </message>
    <message>
        <source>Overrides the suggestion: %1</source>
        <translation>Отклонява се от предложението: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Бележка: %1</translation>
    </message>
    <message>
        <source>No strikes and no sanctions.</source>
        <translation>Няма нарушения и санкции.</translation>
    </message>
    <message>
        <source>Not recorded (dropped by the override): %1</source>
        <translation>Не се записва (отпада с отклоняващото се решение): %1</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Demo cases stored: %1 (P2P appeals: %2, live chat abuse: %3, suspension appeals: %4); decided: %5, overrides: %6</source>
        <translation>Записани демонстрационни случаи: %1 (обжалвания на P2P: %2, обиден език в чата на живо: %3, обжалвания на спиране: %4); решени: %5, отклоняващи се решения: %6</translation>
    </message>
    <message>
        <source>skipped (already in the database): %1</source>
        <translation>пропуснати (вече в базата данни): %1</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 0 and %1</source>
        <translation>Броят на демонстрационните случаи трябва да е между 0 и %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
    <message>
        <source>The database %1 holds imported cases: demo cases are only added to a new database or one with demo cases only. Use another --db for the demo.</source>
        <translation>Базата данни %1 съдържа импортирани случаи: демонстрационни случаи се добавят само в нова база данни или в такава само с демонстрационни случаи. Използвайте друга --db за демонстрацията.</translation>
    </message>
</context>
<context>
    <name>DeskChangeFeed</name>
    <message>
        <source>Cannot watch the database for changes: %1</source>
        <translation>Промените в базата данни не могат да бъдат следени: %1</translation>
    </message>
    <message>
        <source>Live updates stopped: the database server cannot be reached (%1)</source>
        <translation>Обновяването на живо спря: сървърът на базата данни е недостъпен (%1)</translation>
    </message>
</context>
<context>
    <name>DeskCopier</name>
    <message>
        <source>The two desks are at different schema versions (%1 and %2)</source>
        <translation>Двете бюра са с различни версии на схемата (%1 и %2)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не може да се прочете %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an empty desk (its table %2 has rows): a desk is moved only into an empty database, and nothing was written</source>
        <translation>%1 не е празно бюро (таблицата му %2 има редове): бюро се премества само в празна база данни и нищо не е записано</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Не може да се прочете таблицата %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation>Не може да се копира таблицата %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy a row of the table %1: %2</source>
        <translation>Не може да се копира ред от таблицата %1: %2</translation>
    </message>
    <message>
        <source>The copy of the table %1 does not have its %2 rows</source>
        <translation>Копието на таблицата %1 няма своите %2 реда</translation>
    </message>
    <message>
        <source>Cannot read the search rows: %1</source>
        <translation>Не могат да се прочетат редовете за търсене: %1</translation>
    </message>
    <message>
        <source>Cannot copy the search rows: %1</source>
        <translation>Не могат да се копират редовете за търсене: %1</translation>
    </message>
</context>
<context>
    <name>DeskFileActions</name>
    <message>
        <source>Import cases</source>
        <translation>Импортиране на случаи</translation>
    </message>
    <message>
        <source>Case bundles (*.json *.jsonl);;All files (*)</source>
        <translation>Пакети със случаи (*.json *.jsonl);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Back up the case database</source>
        <translation>Резервно копие на базата данни със случаи</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>Бази данни SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Резервното копие е записано и проверено: %1</translation>
    </message>
</context>
<context>
    <name>FileBackup</name>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Резервното копие в %1 не успя: %2</translation>
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
        <translation>Базата данни със случаи %1 не може да бъде отворена.</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Отваряне на друга…</translation>
    </message>
    <message>
        <source>Case database</source>
        <translation>База данни със случаи</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>Бази данни SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>The appeal desk of the P2P market.</source>
        <translation>Бюрото за обжалвания на P2P пазара.</translation>
    </message>
    <message>
        <source>Open the window on this case.</source>
        <translation>Отваря прозореца на този случай.</translation>
    </message>
    <message>
        <source>Print the start-up time in milliseconds and quit.</source>
        <translation>Извежда времето за стартиране в милисекунди и излиза.</translation>
    </message>
    <message>
        <source>The language of the window: en, sv, bg, th.</source>
        <translation>Езикът на прозореца: en, sv, bg, th.</translation>
    </message>
    <message>
        <source>Loading the demo cases failed: %1</source>
        <translation>Зареждането на демонстрационните случаи не успя: %1</translation>
    </message>
    <message>
        <source>The queue cannot be read.</source>
        <translation>Опашката не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>The case database is damaged. Do not decide cases in it: quit and restore a backup.</source>
        <translation>Базата данни със случаи е повредена. Не решавайте случаи в нея: излезте и възстановете резервно копие.</translation>
    </message>
    <message>
        <source>The case database (default: %1).</source>
        <translation>Базата данни със случаи (по подразбиране: %1).</translation>
    </message>
    <message>
        <source>Demo cases loaded. %1</source>
        <translation>Заредени са демонстрационни случаи. %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cases</source>
        <translation>Импортиране на случаи</translation>
    </message>
    <message>
        <source>Rejected cases are listed here.</source>
        <translation>Отхвърлените случаи се изброяват тук.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Импортиране на %1 (%2 от %3)</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Импортирането е прекъснато.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импортирането завърши.</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing stored</source>
        <translation>%1: прекъснато, нищо не е записано</translation>
    </message>
    <message>
        <source>%1: rejected, nothing stored</source>
        <translation>%1: отхвърлен, нищо не е записано</translation>
    </message>
    <message>
        <source>%1: %L2 imported, %L3 replaced, %L4 already present, %L5 invalid</source>
        <translation>%1: %L2 импортирани, %L3 заменени, %L4 вече налични, %L5 невалидни</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Прекъсване…</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 не може да бъде заключен: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1: case %2: already decided, never replaced</source>
        <translation>%1: случай %2: вече е решен, никога не се заменя</translation>
    </message>
    <message>
        <source>%1: import cancelled, nothing of this file was stored</source>
        <translation>%1: импортирането е прекъснато, нищо от този файл не е записано</translation>
    </message>
    <message>
        <source>%1: not imported: the file has errors, nothing of it was stored</source>
        <translation>%1: не е импортиран: файлът съдържа грешки, нищо от него не е записано</translation>
    </message>
    <message>
        <source>%1: case %2: already imported, left unchanged (--replace replaces it)</source>
        <translation>%1: случай %2: вече е импортиран, оставен без промяна (--replace го заменя)</translation>
    </message>
    <message>
        <source>%1: not imported: %2; nothing of this file was stored (files imported before it stay)</source>
        <translation>%1: не е импортиран: %2; нищо от този файл не е записано (файловете, импортирани преди него, остават)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1: %n case(s) of this file were decided by an agent while it was imported and stay stored</source>
        <translation>
            <numerusform>%1: %n случай от този файл беше решен от агент по време на импортирането и остава записан</numerusform>
            <numerusform>%1: %n случая от този файл бяха решени от агент по време на импортирането и остават записани</numerusform>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Случай</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Импортиране на случаи…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>&amp;Търсене в опашката</translation>
    </message>
    <message>
        <source>Find in &amp;transcript</source>
        <translation>Търсене в &amp;записа на чата</translation>
    </message>
    <message>
        <source>&amp;Agent name…</source>
        <translation>&amp;Име на агента…</translation>
    </message>
    <message>
        <source>&amp;Policy settings…</source>
        <translation>&amp;Настройки на правилата…</translation>
    </message>
    <message>
        <source>&amp;Refresh the queue</source>
        <translation>&amp;Опресняване на опашката</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Изчистване на търсенето и филтрите</translation>
    </message>
    <message>
        <source>S&amp;witch pane</source>
        <translation>&amp;Смяна на панела</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>&amp;Следващ случай</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>&amp;Предишен случай</translation>
    </message>
    <message>
        <source>&amp;Accept the suggestion…</source>
        <translation>П&amp;риемане на предложението…</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Отклоняващо се решение…</translation>
    </message>
    <message>
        <source>&amp;Record an event…</source>
        <translation>&amp;Записване на събитие…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавишни комбинации</translation>
    </message>
    <message>
        <source>A&amp;bout AppealDesk</source>
        <translation>&amp;За AppealDesk</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Опашката не можа да бъде прочетена: %1</translation>
    </message>
    <message>
        <source>Case %1 decided.</source>
        <translation>Случай %1 е решен.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Няма случай %1.</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Име на агента</translation>
    </message>
    <message>
        <source>The name recorded with your decisions:</source>
        <translation>Името, което се записва с решенията ви:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported.</source>
        <translation>
            <numerusform>%Ln случай е импортиран.</numerusform>
            <numerusform>%Ln случая са импортирани.</numerusform>
        </translation>
    </message>
    <message>
        <source>About AppealDesk</source>
        <translation>За AppealDesk</translation>
    </message>
    <message>
        <source>AppealDesk %1</source>
        <translation>AppealDesk %1</translation>
    </message>
    <message>
        <source>The appeal desk for agents of the P2P market: queue, case view, policy suggestions, decisions and strikes.
Built with Qt %1.</source>
        <translation>Бюрото за обжалвания за агентите на P2P пазара: опашка, изглед на случая, предложения по правилата, решения и нарушения.
Създадено с Qt %1.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчети</translation>
    </message>
    <message>
        <source>&amp;Case report…</source>
        <translation>&amp;Отчет за случаите…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервно копие на базата данни…</translation>
    </message>
    <message>
        <source>Updating the queue for the new settings: %L1 of %L2 cases…</source>
        <translation>Опашката се обновява според новите настройки: %L1 от %L2 случая…</translation>
    </message>
    <message>
        <source>The queue is up to date with the new settings.</source>
        <translation>Опашката е обновена според новите настройки.</translation>
    </message>
    <message>
        <source>The queue could not be updated for the new settings: %1</source>
        <translation>Опашката не можа да бъде обновена според новите настройки: %1</translation>
    </message>
    <message>
        <source>C&amp;laim or release the case</source>
        <translation>По&amp;емане или освобождаване на случая</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <source>Confirm a&amp;buse on the selected message…</source>
        <translation>Потвърждаване на оби&amp;ден език в избраното съобщение…</translation>
    </message>
    <message>
        <source>&amp;Void the selected strike…</source>
        <translation>&amp;Анулиране на избраното нарушение…</translation>
    </message>
    <message>
        <source>Show the &amp;timeline</source>
        <translation>Показване на &amp;хронологията</translation>
    </message>
    <message>
        <source>Show the tran&amp;script</source>
        <translation>Показване на записа на &amp;чата</translation>
    </message>
    <message>
        <source>Show the s&amp;uggestion</source>
        <translation>Показване на предло&amp;жението</translation>
    </message>
    <message>
        <source>Show the parti&amp;es</source>
        <translation>Показване на с&amp;траните</translation>
    </message>
    <message>
        <source>Tea&amp;m lead</source>
        <translation>Ръко&amp;водител</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a team server…</source>
        <translation>Св&amp;ързване със сървър на екипа…</translation>
    </message>
    <message>
        <source>Re&amp;open the decided case…</source>
        <translation>&amp;Повторно отваряне на решения случай…</translation>
    </message>
    <message>
        <source>&amp;Second review of decisions…</source>
        <translation>&amp;Втори преглед на решения…</translation>
    </message>
    <message>
        <source>&amp;Consistency and charts…</source>
        <translation>Последователност и &amp;диаграми…</translation>
    </message>
</context>
<context>
    <name>MarketHolidaysEditor</name>
    <message>
        <source>Holidays by market (payments do not settle)</source>
        <translation>Празници по пазари (плащанията не се обработват)</translation>
    </message>
    <message>
        <source>SEK: Swedish bank holidays</source>
        <translation>SEK: шведски банкови празници</translation>
    </message>
    <message>
        <source>BGN: Bulgarian public holidays</source>
        <translation>BGN: официални празници в България</translation>
    </message>
    <message>
        <source>THB: Bank of Thailand financial-institution holidays</source>
        <translation>THB: празници на финансовите институции според Bank of Thailand</translation>
    </message>
    <message>
        <source>EUR: TARGET2 closing days</source>
        <translation>EUR: неработни дни на TARGET2</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Добави ден</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Премахни ден</translation>
    </message>
    <message>
        <source>Restore the shipped list</source>
        <translation>Възстанови доставения списък</translation>
    </message>
    <message>
        <source>The list shipped with AppealDesk for 2020–2035, with its source named in resources/holidays</source>
        <translation>Списъкът, доставен с AppealDesk за 2020–2035 г., с посочен източник в resources/holidays</translation>
    </message>
</context>
<context>
    <name>OrderFactsPanel</name>
    <message>
        <source>%1 against market %2 (%3%)</source>
        <translation>%1 при пазарна цена %2 (%3 %)</translation>
    </message>
    <message>
        <source>P2P appeal by the seller</source>
        <translation>Обжалване на P2P от продавача</translation>
    </message>
    <message>
        <source>P2P appeal by the buyer</source>
        <translation>Обжалване на P2P от купувача</translation>
    </message>
    <message>
        <source>Live chat abuse report</source>
        <translation>Сигнал за обиден език в чата на живо</translation>
    </message>
    <message>
        <source>Appeal against a live chat suspension</source>
        <translation>Обжалване на спиране на чата на живо</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Случай:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>%1, stated reason %2</source>
        <translation>%1, посочено основание %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Поръчка:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <source>%1 %2 for %3 %4</source>
        <translation>%1 %2 за %3 %4</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <source>%1 (no market price)</source>
        <translation>%1 (няма пазарна цена)</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Метод на плащане:</translation>
    </message>
    <message>
        <source>%1 (real-time)</source>
        <translation>%1 (в реално време)</translation>
    </message>
    <message>
        <source>%1 (not real-time)</source>
        <translation>%1 (не в реално време)</translation>
    </message>
    <message>
        <source>Seller account:</source>
        <translation>Сметка на продавача:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадена</translation>
    </message>
    <message>
        <source>Marked paid</source>
        <translation>Маркирана като платена</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освободена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Анулирана</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Състояние:</translation>
    </message>
    <message>
        <source>Suspension:</source>
        <translation>Спиране:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from %1</source>
        <translation>
            <numerusform>%n ден от %1</numerusform>
            <numerusform>%n дни от %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no verified name</source>
        <translation>няма потвърдено от KYC име</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2), verified name: %3</source>
        <translation>%1 (%2), потвърдено име: %3</translation>
    </message>
    <message>
        <source>Ended on %1: there is nothing to lift</source>
        <translation>Изтекло на %1: няма какво да се отменя</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Изтича на %1</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No output file was given</source>
        <translation>Не е зададен изходен файл</translation>
    </message>
    <message>
        <source>%1 is the open database (or one of its files); an output never replaces it</source>
        <translation>%1 е отворената база данни (или един от нейните файлове); изходен файл никога не я заменя</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; an output is never written through one</source>
        <translation>%1 е символна връзка; изходни данни никога не се записват през такава</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file</source>
        <translation>%1 съществува и не е обикновен файл</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is (--force replaces it)</source>
        <translation>%1 вече съществува и е оставен непроменен (--force го заменя)</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>Не може да се запише %1: папката %2 не съществува</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не може да се запише %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>%1 не може да стане личен: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it was not opened</source>
        <translation>Не може да се запише %1: не е отворен</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>No strikes recorded on this desk.</source>
        <translation>Няма записани нарушения в това бюро.</translation>
    </message>
    <message>
        <source>Void strike…</source>
        <translation>Анулиране на нарушение…</translation>
    </message>
    <message>
        <source>Team leads: void the selected strike, with a reason</source>
        <translation>Ръководители на екип: анулиране на избраното нарушение с причина</translation>
    </message>
    <message>
        <source>Strikes:</source>
        <translation>Нарушения:</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>до отмяна</translation>
    </message>
    <message>
        <source>%1, %2 (case %3, clause %4)</source>
        <translation>%1, %2 (случай %3, клауза %4)</translation>
    </message>
    <message>
        <source>No active sanctions.</source>
        <translation>Няма действащи санкции.</translation>
    </message>
    <message>
        <source>Active sanctions:</source>
        <translation>Действащи санкции:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открит</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier cases.</source>
        <translation>Няма предишни случаи.</translation>
    </message>
    <message>
        <source>Earlier cases (click to open):</source>
        <translation>Предишни случаи (щракнете, за да отворите):</translation>
    </message>
    <message>
        <source>Earlier cases, the latest %1 of %2 (click to open):</source>
        <translation>Предишни случаи, последните %1 от %2 (щракнете, за да отворите):</translation>
    </message>
    <message>
        <source>Imported with the case (history): %1</source>
        <translation>Внесени със случая (история): %1</translation>
    </message>
    <message>
        <source>Strikes from before this desk, as the case bundle gives them. The policy counts them with the strikes recorded here.</source>
        <translation>Нарушения отпреди това бюро, както ги дава пакетът на случая. Политиката ги брои заедно с нарушенията, записани тук.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>CNY trades are outside the P2P rules: a person must judge</source>
        <translation>Сделките в CNY са извън правилата на P2P: трябва да прецени човек</translation>
    </message>
    <message>
        <source>An uncooperative user may be suspended at the agent&apos;s discretion</source>
        <translation>Потребител, който не сътрудничи, може да бъде спрян по преценка на агента</translation>
    </message>
    <message>
        <source>Order cancelled after the buyer paid: the seller is asked to refund</source>
        <translation>Поръчката е анулирана, след като купувачът е платил: от продавача се иска да възстанови сумата</translation>
    </message>
    <message>
        <source>Buyer paid more than the order amount: the excess is refunded</source>
        <translation>Купувачът е платил повече от сумата на поръчката: надплатеното се възстановява</translation>
    </message>
    <message>
        <source>Seller has not released in time: release after 15 minutes (real-time) or 2 business days (non-instant)</source>
        <translation>Продавачът не е освободил навреме: освобождаване след 15 минути (в реално време) или 2 работни дни (не мигновено)</translation>
    </message>
    <message>
        <source>Seller wants a higher price: release, unless the price is at or below 90 % of the market price</source>
        <translation>Продавачът иска по-висока цена: освобождаване, освен ако цената е не повече от 90 % от пазарната</translation>
    </message>
    <message>
        <source>Sensitive words in the payment remark: the seller releases or refunds, refund fees on the buyer</source>
        <translation>Чувствителни думи в забележката за превода: продавачът освобождава или възстановява сумата, таксите са за купувача</translation>
    </message>
    <message>
        <source>Abusive language: a strike, and a partial sanction from the 2nd</source>
        <translation>Обиден език: нарушение и частична санкция от 2-рото нататък</translation>
    </message>
    <message>
        <source>Buyer marked paid but did not pay: cancel, with a strike; partial sanction from the 3rd</source>
        <translation>Купувачът маркира като платено, но не плати: анулиране с нарушение; частична санкция от 3-тото нататък</translation>
    </message>
    <message>
        <source>Paid to the wrong account: cancel, no refund guaranteed; a strike</source>
        <translation>Платено по грешна сметка: анулиране, без гарантирано възстановяване; нарушение</translation>
    </message>
    <message>
        <source>Payer name differs from the buyer&apos;s verified name: full refund; a strike</source>
        <translation>Името на платеца се различава от потвърденото име на купувача: пълно възстановяване; нарушение</translation>
    </message>
    <message>
        <source>Buyer paid less, not released: the buyer pays the remainder or the seller refunds</source>
        <translation>Купувачът плати по-малко, не е освободено: купувачът доплаща или продавачът възстановява сумата</translation>
    </message>
    <message>
        <source>Buyer paid less, already released: the buyer is asked for the remainder</source>
        <translation>Купувачът плати по-малко, вече е освободено: от купувача се иска остатъкът</translation>
    </message>
    <message>
        <source>Seller released before confirming the payment: the seller&apos;s risk</source>
        <translation>Продавачът освободи, преди да потвърди плащането: на риск на продавача</translation>
    </message>
    <message>
        <source>Abuse of a support agent: live-chat suspension by the ladder</source>
        <translation>Обиден език към агент: спиране на чата на живо по скалата</translation>
    </message>
    <message>
        <source>Appeal against a live-chat suspension: lift, uphold or review by its grounds</source>
        <translation>Обжалване на спиране на чата на живо: отмяна, потвърждаване или преглед според основанието</translation>
    </message>
    <message>
        <source>The case has no %1</source>
        <translation>Случаят няма %1</translation>
    </message>
    <message>
        <source>A sanction lasts at least one day</source>
        <translation>Санкцията трае поне един ден</translation>
    </message>
    <message>
        <source>This revision of the rules allows only a suspension of a set length</source>
        <translation>Тази редакция на правилата допуска само спиране с определен срок</translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <source>No decision yet</source>
        <translation>Все още няма решение</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освобождаване</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Възстановяване на сумата</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Анулиране</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Спиране</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>Отмяна на спирането</translation>
    </message>
    <message>
        <source>Uphold suspension</source>
        <translation>Потвърждаване на спирането</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Поръчката е създадена</translation>
    </message>
    <message>
        <source>Marked paid</source>
        <translation>Маркирана като платена</translation>
    </message>
    <message>
        <source>Payment proof</source>
        <translation>Доказателство за плащане</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освободена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Анулирана</translation>
    </message>
    <message>
        <source>Appeal opened</source>
        <translation>Обжалването е открито</translation>
    </message>
    <message>
        <source>Seller contacted</source>
        <translation>Продавачът е потърсен</translation>
    </message>
    <message>
        <source>Buyer contacted</source>
        <translation>Купувачът е потърсен</translation>
    </message>
    <message>
        <source>Party unresponsive</source>
        <translation>Страната не отговаря</translation>
    </message>
    <message>
        <source>Seller reported payment not received</source>
        <translation>Продавачът съобщи, че плащането не е получено</translation>
    </message>
    <message>
        <source>Seller confirmed receipt</source>
        <translation>Продавачът потвърди получаването</translation>
    </message>
    <message>
        <source>Remainder requested</source>
        <translation>Остатъкът е поискан</translation>
    </message>
    <message>
        <source>Remainder paid</source>
        <translation>Остатъкът е платен</translation>
    </message>
    <message>
        <source>Buyer refused to pay the remainder</source>
        <translation>Купувачът отказа да плати остатъка</translation>
    </message>
    <message>
        <source>Refund proof</source>
        <translation>Доказателство за възстановяване</translation>
    </message>
    <message>
        <source>Refund confirmed</source>
        <translation>Възстановяването е потвърдено</translation>
    </message>
    <message>
        <source>Abuse confirmed</source>
        <translation>Обидният език е потвърден</translation>
    </message>
    <message>
        <source>Impersonation confirmed</source>
        <translation>Представянето за друг е потвърдено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>Обиден език</translation>
    </message>
    <message>
        <source>Non-payment cancellation</source>
        <translation>Анулиране поради неплащане</translation>
    </message>
    <message>
        <source>Wrong account payment</source>
        <translation>Плащане по грешна сметка</translation>
    </message>
    <message>
        <source>KYC name mismatch</source>
        <translation>Несъответствие с името от KYC</translation>
    </message>
    <message>
        <source>Live chat abuse</source>
        <translation>Обиден език в чата на живо</translation>
    </message>
    <message>
        <source>P2P trading</source>
        <translation>P2P търговия</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Whole account</source>
        <translation>Целият акаунт</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Чат на живо</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Купувач</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Продавач</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Потребител</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Бот</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Order chat</source>
        <translation>Чат на поръчката</translation>
    </message>
    <message>
        <source>Order comment</source>
        <translation>Коментар към поръчката</translation>
    </message>
    <message>
        <source>P2P appeal</source>
        <translation>Обжалване на P2P</translation>
    </message>
    <message>
        <source>Live chat appeal</source>
        <translation>Обжалване за чата на живо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Чакащ</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решен</translation>
    </message>
</context>
<context>
    <name>PolicySettingsDialog</name>
    <message>
        <source>Fixed length</source>
        <translation>Фиксиран срок</translation>
    </message>
    <message>
        <source>Policy settings</source>
        <translation>Настройки на правилата</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Срокове</translation>
    </message>
    <message>
        <source>&amp;Response window:</source>
        <translation>&amp;Срок за отговор:</translation>
    </message>
    <message>
        <source>Real-time release (B3):</source>
        <translation>Освобождаване при плащане в реално време (B3):</translation>
    </message>
    <message>
        <source>Non-instant release (B3, S1):</source>
        <translation>Освобождаване при немигновено плащане (B3, S1):</translation>
    </message>
    <message>
        <source>Queue SLA without a policy deadline:</source>
        <translation>SLA на опашката без срок по правилата:</translation>
    </message>
    <message>
        <source>Thresholds and sanctions</source>
        <translation>Прагове и санкции</translation>
    </message>
    <message>
        <source>Price anomaly at or below (B4):</source>
        <translation>Необичайна цена при не повече от (B4):</translation>
    </message>
    <message>
        <source>Partial sanction at non-payment strike (S1):</source>
        <translation>Частична санкция при нарушение № (неплащане, S1):</translation>
    </message>
    <message>
        <source>Account sanction at wrong-account strike (S2a):</source>
        <translation>Санкция на акаунта при нарушение № (грешна сметка, S2a):</translation>
    </message>
    <message>
        <source>Wrong-account sanction length (S2a):</source>
        <translation>Срок на санкцията за грешна сметка (S2a):</translation>
    </message>
    <message>
        <source>KYC mismatch sanction length (S2b):</source>
        <translation>Срок на санкцията за несъответствие с KYC (S2b):</translation>
    </message>
    <message>
        <source>Partial sanction at abusive-language strike (B6, S4):</source>
        <translation>Частична санкция при нарушение № (обиден език, B6, S4):</translation>
    </message>
    <message>
        <source>Partial sanction length:</source>
        <translation>Срок на частичната санкция:</translation>
    </message>
    <message>
        <source>e.g. 1, 7, 30</source>
        <translation>напр. 1, 7, 30</translation>
    </message>
    <message>
        <source>Days of the live chat suspension for the 1st, 2nd, … strike; the last applies from then on</source>
        <translation>Дни спиране на чата на живо при 1-вото, 2-рото, … нарушение; последното важи и за всички следващи</translation>
    </message>
    <message>
        <source>Live chat &amp;ladder (LC1), days:</source>
        <translation>С&amp;кала за чата на живо (LC1), дни:</translation>
    </message>
    <message>
        <source>Holidays (not business days in any market)</source>
        <translation>Празници (неработни дни на всички пазари)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавяне</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a percentage: &quot;90%&quot; in English, &quot;90 %&quot; in Swedish</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation>&amp;Преглед на промените</translation>
    </message>
    <message>
        <source>What the values above would change on the open cases and on the last 30 days&apos; decisions, before anything is saved</source>
        <translation>Какво биха променили стойностите по-горе в отворените случаи и в решенията от последните 30 дни, преди нещо да бъде записано</translation>
    </message>
    <message>
        <source>Cancel &amp;preview</source>
        <translation>Отказ от &amp;прегледа</translation>
    </message>
</context>
<context>
    <name>PolicySettingsKeys</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1: „%2“ не е цяло число от %3 до %4</translation>
    </message>
    <message>
        <source>%1: at most %2 steps</source>
        <translation>%1: най-много %2 стъпки</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD, 2000 to 2099)</source>
        <translation>%1: „%2“ не е дата (ГГГГ-ММ-ДД, от 2000 до 2099)</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the settings are: %2</source>
        <translation>Непозната настройка „%1“; настройките са: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE</source>
        <translation>„%1“ не е КЛЮЧ=СТОЙНОСТ</translation>
    </message>
</context>
<context>
    <name>Purger</name>
    <message>
        <source>A purge needs a date, the agent&apos;s name and a time</source>
        <translation>Изчистването изисква дата, името на агента и час</translation>
    </message>
    <message>
        <source>Cannot purge inside another write transaction</source>
        <translation>Изчистването не може да се извърши в друга транзакция за запис</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Пряк път</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Употреба: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[опции]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Опции:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументи:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Показва помощ за опциите на командния ред.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Показва помощ, включително опциите, специфични за Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Показва информация за версията.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Непозната опция &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Непознати опции: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Липсва стойност след &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Неочаквана стойност след &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Добре</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отваряне</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Запазване като</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Из&amp;биране</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Име на &amp;файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлове от тип:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Преглед на:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Горна папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Създаване на нова папка</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Компактен списък</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробен списък</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 вече съществува.
Искате ли да го замените?</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименуване</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтриване</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показване на &amp;скритите файлове</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова папка</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата на промяна</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компютър</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Добре</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отказ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Затваряне</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Затваряне без запазване</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>По&amp;втаряне</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Изрязване</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Поставяне</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избиране на всичко</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Подробности…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>По-малко…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Добре</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Запазване на всичко</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;всички</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за всички</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекъсване</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторен опит</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пренебрегване</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отхвърляне</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Прилагане</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Нулиране</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По подразбиране</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>По&amp;втаряне</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Изрязване</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копиране на &amp;адреса на връзката</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Поставяне</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избиране на всичко</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>Search case, order, user, nickname or chat text</source>
        <translation>Търсене на случай, поръчка, потребител, псевдоним или текст от чата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Suggested clause</source>
        <translation>Предложена клауза</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Fiat currency</source>
        <translation>Фиатна валута</translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation>Отговорен агент</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моите</translation>
    </message>
    <message>
        <source>Only cases assigned to me</source>
        <translation>Само случаите, възложени на мен</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Изчистване на търсенето и филтрите</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Всяко състояние</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Всеки вид</translation>
    </message>
    <message>
        <source>Any clause</source>
        <translation>Всяка клауза</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Всеки език</translation>
    </message>
    <message>
        <source>Any fiat</source>
        <translation>Всяка фиатна валута</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Всеки агент</translation>
    </message>
    <message>
        <source>%L1+ matches, first %L1 shown</source>
        <translation>%L1+ съвпадения, показани са първите %L1</translation>
    </message>
    <message>
        <source>The search found more cases than the queue lists. Refine the search or the filters.</source>
        <translation>Търсенето откри повече случаи, отколкото опашката показва. Уточнете търсенето или филтрите.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln случай</numerusform>
            <numerusform>%Ln случая</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in other statuses</source>
        <translation>
            <numerusform>още %Ln в други състояния</numerusform>
            <numerusform>още %Ln в други състояния</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the matches of every status</source>
        <translation>Показване на съвпаденията във всяко състояние</translation>
    </message>
    <message>
        <source>%L1+ cases, counting…</source>
        <translation>%L1+ случая, преброяване…</translation>
    </message>
    <message>
        <source>The queue shows the first cases while it counts the rest.</source>
        <translation>Опашката показва първите случаи, докато преброява останалите.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Buyer %1</source>
        <translation>Купувач %1</translation>
    </message>
    <message>
        <source>Seller %1</source>
        <translation>Продавач %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Клауза</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>Жалбоподател</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Фиат</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Давност</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Просрочен от %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок %1</translation>
    </message>
    <message>
        <source>%1 holds no claim on the case: anyone may take it</source>
        <translation>%1 не е поел случая: всеки може да го поеме</translation>
    </message>
    <message>
        <source>%1&apos;s claim ran out %2: anyone may take the case</source>
        <translation>Поемането от %1 изтече на %2: всеки може да поеме случая</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>Поет от %1 до %2</translation>
    </message>
</context>
<context>
    <name>QueueQuery</name>
    <message>
        <source>The case %1 has an unknown status &quot;%2&quot;</source>
        <translation>Случаят %1 има неизвестно състояние &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (задължително)</translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <source>Record event</source>
        <translation>Записване на събитие</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Бележка (по желание)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Събитие:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>С&amp;трана:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Съобщение:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Бележка:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записване</translation>
    </message>
    <message>
        <source>Select the abusive message in the transcript first.</source>
        <translation>Първо изберете обидното съобщение в записа на чата.</translation>
    </message>
    <message>
        <source>#%1 from %2: %3</source>
        <translation>#%1 от %2: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Бележка (задължително)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen case %1</source>
        <translation>Повторно отваряне на случай %1</translation>
    </message>
    <message>
        <source>Decided %1 by %2 on %3.</source>
        <translation>Решено: %1, от %2 на %3</translation>
    </message>
    <message numerus="yes">
        <source>Reopening voids the %n strike(s) this decision recorded.</source>
        <translation>
            <numerusform>Повторното отваряне анулира %n нарушение, записано с това решение.</numerusform>
            <numerusform>Повторното отваряне анулира %n нарушения, записани с това решение.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also voids its %n sanction(s).</source>
        <translation>
            <numerusform>Анулира и %n негова санкция.</numerusform>
            <numerusform>Анулира и %n негови санкции.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case goes back to the queue and is decided again. The decision stays in the case&apos;s history, and the reopen in the audit log.</source>
        <translation>Случаят се връща в опашката и се решава отново. Решението остава в историята на случая, а повторното отваряне — в одитния дневник.</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Повторно отваряне</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Открит (UTC)</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Решен (UTC)</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Срок (UTC)</translation>
    </message>
    <message>
        <source>Minutes to decision</source>
        <translation>Минути до решение</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Решен със закъснение</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Suggested outcome</source>
        <translation>Предложен изход</translation>
    </message>
    <message>
        <source>Decided outcome</source>
        <translation>Решен изход</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Отклоняващо се решение</translation>
    </message>
    <message>
        <source>Override note</source>
        <translation>Бележка за отклонението</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Клаузи</translation>
    </message>
    <message>
        <source>Policy revision</source>
        <translation>Редакция на правилата</translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Санкции</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Фиат</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Купувач</translation>
    </message>
    <message>
        <source>Buyer nickname</source>
        <translation>Псевдоним на купувача</translation>
    </message>
    <message>
        <source>Buyer verified name</source>
        <translation>Потвърдено име на купувача</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Продавач</translation>
    </message>
    <message>
        <source>Seller nickname</source>
        <translation>Псевдоним на продавача</translation>
    </message>
    <message>
        <source>Seller verified name</source>
        <translation>Потвърдено име на продавача</translation>
    </message>
    <message>
        <source>Seller account</source>
        <translation>Сметка на продавача</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Потребител</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>Псевдоним на потребителя</translation>
    </message>
    <message>
        <source>User verified name</source>
        <translation>Потвърдено име на потребителя</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграми</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Cannot start the PDF document.</source>
        <translation>PDF документът не може да бъде започнат.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>Cannot finish the PDF document.</source>
        <translation>PDF документът не може да бъде завършен.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Отчетът е прекъснат.</translation>
    </message>
    <message>
        <source>The period is invalid: it needs a start and an end date, the end not before the start.</source>
        <translation>Периодът е невалиден: нужни са начална и крайна дата, като крайната не може да е преди началната.</translation>
    </message>
    <message>
        <source>(no clause)</source>
        <translation>(без клауза)</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>(без агент)</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Отклоняващи се решения</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Дял на отклоняващите се решения</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Медианно време до решение</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-и персентил</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Брой</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Дял</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Отчет за случаите</translation>
    </message>
    <message>
        <source>No cases were decided in this period with these filters.</source>
        <translation>През този период няма решени случаи с тези филтри.</translation>
    </message>
    <message>
        <source>Summary only: the per-case table was left out of this report.</source>
        <translation>Само обобщение: таблицата по случаи е пропусната в този отчет.</translation>
    </message>
    <message>
        <source>Period (decided)</source>
        <translation>Период (решени)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Филтри</translation>
    </message>
    <message>
        <source>Policy revisions</source>
        <translation>Редакции на правилата</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Settings in force</source>
        <translation>Действащи настройки</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>стойности по подразбиране</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Лични данни</translation>
    </message>
    <message>
        <source>masked (initials, last 4 digits of accounts)</source>
        <translation>маскирани (инициали, последните 4 цифри на сметките)</translation>
    </message>
    <message>
        <source>not masked (recorded in the audit log)</source>
        <translation>немаскирани (записано в журнала за одит)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Създаден</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Начало на веригата за одит</translation>
    </message>
    <message>
        <source>empty audit log</source>
        <translation>празен журнал за одит</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Всички случаи</translation>
    </message>
    <message>
        <source>Cases by outcome</source>
        <translation>Случаи по изход</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>Cases by kind</source>
        <translation>Случаи по вид</translation>
    </message>
    <message>
        <source>By clause (the clause that gave the suggestion)</source>
        <translation>По клауза (клаузата, довела до предложението)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Клауза</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>По агент</translation>
    </message>
    <message>
        <source>Deadlines (SLA)</source>
        <translation>Срокове (SLA)</translation>
    </message>
    <message>
        <source>Cases with a deadline</source>
        <translation>Случаи със срок</translation>
    </message>
    <message>
        <source>Decided after the deadline</source>
        <translation>Решени след срока</translation>
    </message>
    <message>
        <source>Strikes issued by kind</source>
        <translation>Наложени нарушения по вид</translation>
    </message>
    <message>
        <source>Sanctions issued by scope</source>
        <translation>Наложени санкции по обхват</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Обхват</translation>
    </message>
    <message>
        <source>Users with most strikes</source>
        <translation>Потребители с най-много нарушения</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation>Потвърдено име</translation>
    </message>
    <message>
        <source>Override rate by clause</source>
        <translation>Дял на отклоняващите се решения по клауза</translation>
    </message>
    <message>
        <source>Override rate by agent</source>
        <translation>Дял на отклоняващите се решения по агент</translation>
    </message>
    <message>
        <source>Median time to decision by clause</source>
        <translation>Медианно време до решение по клауза</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открит</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решен</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Време до решение</translation>
    </message>
    <message>
        <source>Strikes and sanctions</source>
        <translation>Нарушения и санкции</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Страни</translation>
    </message>
    <message>
        <source>late</source>
        <translation>закъснял</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освобождаване</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Възстановяване на сумата</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Анулиране</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Спиране</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Отмяна</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Потвърждаване</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Без изход</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>от %1 до %2 (UTC)</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>агент %1</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>клауза %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>вид %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>length open</source>
        <translation>без определен срок</translation>
    </message>
    <message>
        <source>This period has %1 decided cases, too many to list in a PDF: the per-case table is left out. Export CSV or HTML for every case, or narrow the period or the filters.</source>
        <translation>Периодът има %1 решени случая – твърде много за списък в PDF: таблицата по случаи е пропусната. Експортирайте CSV или HTML за всички случаи или стеснете периода или филтрите.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: &quot;7.1%&quot; in English, &quot;7,1 %&quot; in Swedish</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Team&apos;s rate</source>
        <translation>Дял на екипа</translation>
    </message>
    <message>
        <source>Most overridden to</source>
        <translation>Най-често променяно на</translation>
    </message>
    <message>
        <source>Far from the team</source>
        <translation>Далеч от екипа</translation>
    </message>
    <message>
        <source>overrides more</source>
        <translation>отклонява се по-често</translation>
    </message>
    <message>
        <source>overrides less</source>
        <translation>отклонява се по-рядко</translation>
    </message>
    <message>
        <source>Overrides by clause and agent</source>
        <translation>Отклоняващи се решения по клауза и агент</translation>
    </message>
    <message>
        <source>SLA breaches per day</source>
        <translation>Нарушения на SLA по дни</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Всички прегледи</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Прегледани</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Дял на съгласие</translation>
    </message>
    <message>
        <source>Second review: agreement by agent</source>
        <translation>Втори преглед: съгласие по агент</translation>
    </message>
    <message>
        <source>Second review: agreement by clause</source>
        <translation>Втори преглед: съгласие по клауза</translation>
    </message>
    <message>
        <source>Consistency across agents (outliers first)</source>
        <translation>Последователност между агентите (отклоненията първо)</translation>
    </message>
    <message>
        <source>Cannot write a temporary file for the report: %1</source>
        <translation>Не може да се запише временен файл за отчета: %1</translation>
    </message>
    <message>
        <source>The report&apos;s temporary file ends in a record.</source>
        <translation>Временният файл на отчета свършва по средата на запис.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The team lead&apos;s case report.</source>
        <translation>Отчетът за случаите на ръководителя на екип.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показва тази помощ.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Първият ден от периода (ГГГГ-ММ-ДД, UTC).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD, UTC), inclusive.</source>
        <translation>Последният ден от периода (ГГГГ-ММ-ДД, UTC), включително.</translation>
    </message>
    <message>
        <source>csv, pdf or html.</source>
        <translation>csv, pdf или html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файлът за запис.</translation>
    </message>
    <message>
        <source>Only decisions of this agent.</source>
        <translation>Само решенията на този агент.</translation>
    </message>
    <message>
        <source>Only decisions under this clause (G0, B1 ... LC2).</source>
        <translation>Само решенията по тази клауза (G0, B1 ... LC2).</translation>
    </message>
    <message>
        <source>Only cases of this kind (%1).</source>
        <translation>Само случаите от този вид (%1).</translation>
    </message>
    <message>
        <source>Report language: en, sv, bg or th.</source>
        <translation>Език на отчета: en, sv, bg или th.</translation>
    </message>
    <message>
        <source>Do not mask verified names and account numbers (recorded in the audit log).</source>
        <translation>Без маскиране на потвърдените имена и номерата на сметки (записва се в журнала за одит).</translation>
    </message>
    <message>
        <source>Who asks for the report, for the audit log (default: $USER).</source>
        <translation>Кой иска отчета, за журнала за одит (по подразбиране: $USER).</translation>
    </message>
    <message>
        <source>Start a CSV file with a BOM (Excel).</source>
        <translation>CSV файлът започва с BOM (Excel).</translation>
    </message>
    <message>
        <source>PDF paper: a4 (default) or letter.</source>
        <translation>Хартия за PDF: a4 (по подразбиране) или letter.</translation>
    </message>
    <message>
        <source>PDF/HTML: the summary and charts without the per-case table.</source>
        <translation>PDF/HTML: обобщението и диаграмите без таблицата по случаи.</translation>
    </message>
    <message>
        <source>The database (opened by the caller).</source>
        <translation>Базата данни (отворена от извикващия).</translation>
    </message>
    <message>
        <source>Try: appealdesk report --help</source>
        <translation>Опитайте: appealdesk report --help</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>неочакван аргумент %1</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 е задължителен</translation>
    </message>
    <message>
        <source>--format must be csv, pdf or html, not %1</source>
        <translation>--format трябва да е csv, pdf или html, а не %1</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o изисква име на файл</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind трябва да е едно от %1</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper трябва да е a4 или letter</translation>
    </message>
    <message>
        <source>--pdf-max-rows needs a whole number</source>
        <translation>--pdf-max-rows изисква цяло число</translation>
    </message>
    <message>
        <source>No cases were decided in this period with these filters.</source>
        <translation>През този период няма решени случаи с тези филтри.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Заменя изходния файл, ако съществува.</translation>
    </message>
    <message>
        <source>Also write FILE.checkpoint: the audit chain&apos;s head signed with this key (appealdesk audit keygen).</source>
        <translation>Записва и FILE.checkpoint: последния запис на одитната верига, подписан с този ключ (appealdesk audit keygen).</translation>
    </message>
    <message>
        <source>PDF: list the cases only up to this many (default: all); over it the PDF has the summary and charts.</source>
        <translation>PDF: изброява случаите само до толкова (по подразбиране: всички); над този брой PDF съдържа обобщението и диаграмите.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Всички агенти</translation>
    </message>
    <message>
        <source>All clauses</source>
        <translation>Всички клаузи</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Всички видове</translation>
    </message>
    <message>
        <source>PDF (summary, charts, cases)</source>
        <translation>PDF (обобщение, диаграми, случаи)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (един самостоятелен файл)</translation>
    </message>
    <message>
        <source>CSV (one row per case)</source>
        <translation>CSV (по един ред за случай)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (САЩ)</translation>
    </message>
    <message>
        <source>Start with a &amp;BOM (for Excel)</source>
        <translation>Запо&amp;чване с BOM (за Excel)</translation>
    </message>
    <message>
        <source>Su&amp;mmary and charts only (for long periods)</source>
        <translation>Само обо&amp;бщение и диаграми (за дълги периоди)</translation>
    </message>
    <message>
        <source>Mask personal &amp;data (verified names, account numbers)</source>
        <translation>&amp;Маскиране на личните данни (потвърдени имена, номера на сметки)</translation>
    </message>
    <message>
        <source>An unmasked export is recorded in the audit log with your name.</source>
        <translation>Експортът без маскиране се записва в журнала за одит с вашето име.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>О&amp;т:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Агент:</translation>
    </message>
    <message>
        <source>C&amp;lause:</source>
        <translation>&amp;Клауза:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>&amp;Хартия:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Преглед</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Запазван&amp;е…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Прекъснато: не е записан файл.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n case(s).</source>
        <translation>
            <numerusform>Преглед на %n случай.</numerusform>
            <numerusform>Преглед на %n случая.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1.</source>
        <translation>
            <numerusform>%n случай е записан в %1.</numerusform>
            <numerusform>%n случая са записани в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Запазване на отчета</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлове %1 (*.%2)</translation>
    </message>
    <message>
        <source>Too many cases for a PDF table: the PDF has the summary and charts; export CSV or HTML for the per-case rows.</source>
        <translation>Твърде много случаи за таблица в PDF: PDF файлът съдържа обобщението и диаграмите; експортирайте CSV или HTML за редовете по случаи.</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <comment>stops a running report; its accelerator differs from Close&apos;s</comment>
        <translation>&amp;Отказ</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Latin and Cyrillic</source>
        <translation>латиница и кирилица</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>тайска писменост</translation>
    </message>
    <message>
        <source>The report font for %1, &quot;%2&quot;, is not installed (Debian package %3): &quot;%4&quot; is used instead, so text may wrap differently.</source>
        <translation>Шрифтът на отчета за %1, „%2“, не е инсталиран (пакет на Debian %3): вместо него се използва „%4“, затова редовете може да се пренасят различно.</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>A review needs the reviewer, the decision&apos;s time and its own</source>
        <translation>Прегледът изисква проверяващия, времето на решението и собственото си време</translation>
    </message>
    <message>
        <source>The decision of %1 on case %2 was already reviewed</source>
        <translation>Решението от %1 по случай %2 вече е прегледано</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Agree with the decision</source>
        <translation>&amp;Съгласен съм с решението</translation>
    </message>
    <message>
        <source>&amp;Disagree</source>
        <translation>&amp;Не съм съгласен</translation>
    </message>
    <message>
        <source>Re&amp;open the case (the note is the reason)</source>
        <translation>&amp;Повторно отваряне (бележката е причината)</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>Записване на пре&amp;гледа</translation>
    </message>
    <message>
        <source>Open in the &amp;queue</source>
        <translation>Отваряне в &amp;опашката</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>Втори преглед</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>&amp;Извадка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Random per agent and week</source>
        <translation>Случайни на агент и седмица</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Начална стойност</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Клауза</translation>
    </message>
    <message>
        <source>Why sampled</source>
        <translation>Защо е избрано</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>The settings changed since this decision: the steps below are today&apos;s judgement of the same facts; the outcome and clauses the agent saw are in the line above.</source>
        <translation>Настройките са променени след това решение: стъпките по-долу са днешната преценка на същите факти; резултатът и клаузите, които агентът е видял, са на реда по-горе.</translation>
    </message>
    <message>
        <source>Suggestion then</source>
        <translation>Предложението тогава</translation>
    </message>
    <message>
        <source>Conversation then</source>
        <translation>Разговорът тогава</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Поръчка</translation>
    </message>
    <message>
        <source>Note (required to disagree)</source>
        <translation>Бележка (задължителна при несъгласие)</translation>
    </message>
    <message>
        <source>override</source>
        <translation>отклоняващо се решение</translation>
    </message>
    <message>
        <source>needed review</source>
        <translation>изисквало преглед</translation>
    </message>
    <message>
        <source>random</source>
        <translation>случайно</translation>
    </message>
    <message>
        <source>Sample not read</source>
        <translation>Извадката не е прочетена</translation>
    </message>
    <message>
        <source>The decisions could not be read: %1</source>
        <translation>Решенията не можаха да бъдат прочетени: %1</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>съгласен</translation>
    </message>
    <message>
        <source>disagreed</source>
        <translation>несъгласен</translation>
    </message>
    <message>
        <source>No decision in this sample.</source>
        <translation>Няма решение в тази извадка.</translation>
    </message>
    <message>
        <source>Case %1 is no longer decided (reopened).</source>
        <translation>Случай %1 вече не е решен (отворен повторно).</translation>
    </message>
    <message>
        <source>%1: %2 decided %3 on %4, overriding the suggested %5. Note: %6</source>
        <translation>%1: %2 реши „%3“ на %4, отклонявайки се от предложеното „%5“. Бележка: %6</translation>
    </message>
    <message>
        <source>%1: %2 accepted the suggested %3 on %4 (clauses %5).</source>
        <translation>%1: %2 прие предложеното „%3“ на %4 (клаузи %5).</translation>
    </message>
    <message>
        <source>Review not recorded</source>
        <translation>Прегледът не е записан</translation>
    </message>
    <message>
        <source>The review of case %1 was not recorded: %2</source>
        <translation>Прегледът на случай %1 не е записан: %2</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 вече съществува; резервното копие никога не презаписва файл</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Резервното копие в %1 не успя: %2</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump не успя: %1</translation>
    </message>
    <message>
        <source>pg_dump wrote nothing</source>
        <translation>pg_dump не записа нищо</translation>
    </message>
    <message>
        <source>Cannot read the desk&apos;s schema: %1</source>
        <translation>Схемата на бюрото не може да бъде прочетена: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавишни комбинации</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
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
        <translation>Брой</translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3</source>
        <translation>Анулирано от %1 на %2: %3</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Клауза</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
</context>
<context>
    <name>StrikeLedger</name>
    <message>
        <source>Strike %1 does not exist or is already voided</source>
        <translation>Нарушение %1 не съществува или вече е анулирано</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Decided: %1</source>
        <translation>Решено: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Предложено: %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>нужен е преглед</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Решено от:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Записано:</translation>
    </message>
    <message>
        <source>Decidable:</source>
        <translation>Може да се реши:</translation>
    </message>
    <message>
        <source>Needs review because:</source>
        <translation>Нужен е преглед, защото:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Клаузи:</translation>
    </message>
    <message>
        <source>Rules revision:</source>
        <translation>Редакция на правилата:</translation>
    </message>
    <message>
        <source>Decided by these facts:</source>
        <translation>Решено въз основа на тези факти:</translation>
    </message>
    <message>
        <source>Stated reason:</source>
        <translation>Посочено основание:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Стъпки:</translation>
    </message>
    <message>
        <source>Would record:</source>
        <translation>Ще бъде записано:</translation>
    </message>
    <message>
        <source>No strikes and no sanctions.</source>
        <translation>Няма нарушения и санкции.</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Бележки:</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>in %1 (at %2)</source>
        <translation>след %1 (в %2)</translation>
    </message>
    <message>
        <source>now (deadline %1 passed)</source>
        <translation>сега (срокът %1 е изтекъл)</translation>
    </message>
    <message>
        <source>The seller&apos;s proof of the refund: recorded on %1</source>
        <translation>Доказателството на продавача за възстановяването: записано на %1</translation>
    </message>
    <message>
        <source>The seller&apos;s proof of the refund: not recorded yet</source>
        <translation>Доказателството на продавача за възстановяването: още не е записано</translation>
    </message>
    <message>
        <source>The buyer&apos;s confirmation of the refund: recorded on %1</source>
        <translation>Потвърждението на купувача за възстановяването: записано на %1</translation>
    </message>
    <message>
        <source>The buyer&apos;s confirmation of the refund: not recorded yet</source>
        <translation>Потвърждението на купувача за възстановяването: още не е записано</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Проследяване:</translation>
    </message>
    <message>
        <source>message %1 from %2</source>
        <translation>съобщение %1 от %2</translation>
    </message>
    <message>
        <source>remark of payment %1</source>
        <translation>основанието на плащане %1</translation>
    </message>
    <message>
        <source>%1: “%2” in %3</source>
        <translation>%1: „%2“ в %3</translation>
    </message>
    <message>
        <source>Flagged words:</source>
        <translation>Отбелязани думи:</translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <source>Users who do not cooperate during the appeal may be suspended (G1)</source>
        <translation>Потребители, които не сътрудничат по време на обжалването, могат да бъдат спрени (G1)</translation>
    </message>
    <message numerus="yes">
        <source>The %1 %2 now has %n %3 strike(s), this case included</source>
        <translation>
            <numerusform>Нарушения от вида „%3“ на %1 %2: вече %n, включително този случай</numerusform>
            <numerusform>Нарушения от вида „%3“ на %1 %2: вече %n, включително този случай</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %1 (%2) from %3 for %n day(s)</source>
        <translation>
            <numerusform>Спрете достъпа на %1 (%2) до %3 за %n ден</numerusform>
            <numerusform>Спрете достъпа на %1 (%2) до %3 за %n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend %1 (%2) from %3 for a period the team sets</source>
        <translation>Спрете достъпа на %1 (%2) до %3 за срок, определен от екипа</translation>
    </message>
    <message>
        <source>Release the crypto to the buyer</source>
        <translation>Освободете криптовалутата на купувача</translation>
    </message>
    <message>
        <source>Release the crypto: the seller confirmed receipt of the payment</source>
        <translation>Освободете криптовалутата: продавачът потвърди получаването на плащането</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Анулирайте поръчката</translation>
    </message>
    <message>
        <source>Fees are borne by the buyer</source>
        <translation>Таксите са за сметка на купувача</translation>
    </message>
    <message>
        <source>The buyer has paid the remainder</source>
        <translation>Купувачът плати остатъка</translation>
    </message>
    <message>
        <source>The buyer refused to pay the remainder</source>
        <translation>Купувачът отказа да плати остатъка</translation>
    </message>
    <message>
        <source>Ask the seller to refund the %1 received to the buyer</source>
        <translation>Помолете продавача да възстанови получените %1 на купувача</translation>
    </message>
    <message>
        <source>The buyer paid %1 of the order amount %2</source>
        <translation>Купувачът плати %1 от сумата на поръчката %2</translation>
    </message>
    <message>
        <source>The order&apos;s fiat currency is CNY → G0</source>
        <translation>Фиатната валута на поръчката е CNY → G0</translation>
    </message>
    <message>
        <source>The P2P appeal rules do not cover trades in CNY</source>
        <translation>Правилата за обжалване на P2P не важат за сделки в CNY</translation>
    </message>
    <message>
        <source>Payment from &apos;%1&apos; does not match the buyer&apos;s verified name &apos;%2&apos; → S2b</source>
        <translation>Плащането от &apos;%1&apos; не съвпада с потвърденото от KYC име на купувача &apos;%2&apos; → S2b</translation>
    </message>
    <message>
        <source>Ask the seller to refund %1 to the buyer and upload proof</source>
        <translation>Помолете продавача да възстанови %1 на купувача и да качи доказателство</translation>
    </message>
    <message>
        <source>Cancel the order once the seller has shown proof of the refund and the buyer has confirmed receiving it</source>
        <translation>Анулирайте поръчката, след като продавачът покаже доказателство за възстановяването и купувачът потвърди, че е получил сумата</translation>
    </message>
    <message>
        <source>The crypto is not released</source>
        <translation>Криптовалутата не се освобождава</translation>
    </message>
    <message>
        <source>Fees of the refund are borne by the buyer</source>
        <translation>Таксите за възстановяването на сумата са за сметка на купувача</translation>
    </message>
    <message>
        <source>The payer name &apos;%1&apos; and the buyer&apos;s verified name &apos;%2&apos; are in different scripts and no common transliteration makes them equal</source>
        <translation>Името на платеца „%1“ и потвърденото име на купувача „%2“ са написани с различни писмености и никоя обичайна транслитерация не ги прави еднакви</translation>
    </message>
    <message>
        <source>The payer name &apos;%1&apos; or the buyer&apos;s verified name &apos;%2&apos; has only one part</source>
        <translation>Името на платеца „%1“ или потвърденото име на купувача „%2“ се състои само от една част</translation>
    </message>
    <message>
        <source>Compare the payer name with the buyer&apos;s verified name on the documents: if they differ, S2b applies (refund)</source>
        <translation>Сравнете името на платеца с потвърденото име на купувача по документите: ако се различават, се прилага S2b (възстановяване)</translation>
    </message>
    <message>
        <source>A payment of %1 went to an account other than the seller&apos;s listed &apos;%2&apos; → S2a</source>
        <translation>Плащане от %1 е отишло по сметка, различна от посочената от продавача &apos;%2&apos; → S2a</translation>
    </message>
    <message>
        <source>The exchange is not liable for the loss and a refund is not guaranteed</source>
        <translation>Борсата не носи отговорност за загубата и възстановяването на сумата не е гарантирано</translation>
    </message>
    <message>
        <source>The buyer paid the remainder on %1, after the deadline of %2</source>
        <translation>Купувачът плати остатъка на %1, след крайния срок %2</translation>
    </message>
    <message>
        <source>Release the crypto if the seller confirms receiving the full %1</source>
        <translation>Освободете криптовалутата, ако продавачът потвърди, че е получил пълните %1</translation>
    </message>
    <message>
        <source>Otherwise ask the seller to refund what was received to the buyer</source>
        <translation>В противен случай помолете продавача да възстанови полученото на купувача</translation>
    </message>
    <message>
        <source>Ask the buyer to pay the remaining %1 within %2 minutes, and record the request</source>
        <translation>Помолете купувача да плати оставащите %1 в рамките на %2 минути и запишете искането</translation>
    </message>
    <message>
        <source>Wait for the buyer to pay the remaining %1</source>
        <translation>Изчакайте купувача да плати оставащите %1</translation>
    </message>
    <message>
        <source>The buyer did not pay the remainder within %1 minutes of the request</source>
        <translation>Купувачът не плати остатъка в рамките на %1 минути след искането</translation>
    </message>
    <message>
        <source>The seller released the crypto before receiving the full payment</source>
        <translation>Продавачът освободи криптовалутата, преди да получи цялото плащане</translation>
    </message>
    <message>
        <source>Close the case: the remainder has been paid</source>
        <translation>Приключете случая: остатъкът е платен</translation>
    </message>
    <message>
        <source>The seller bears the loss; the exchange is not liable</source>
        <translation>Продавачът поема загубата; борсата не носи отговорност</translation>
    </message>
    <message>
        <source>Ask the buyer to pay the remaining %1</source>
        <translation>Помолете купувача да плати оставащите %1</translation>
    </message>
    <message>
        <source>If the buyer refuses, the seller bears the loss</source>
        <translation>Ако купувачът откаже, продавачът поема загубата</translation>
    </message>
    <message numerus="yes">
        <source>Marked paid %1; %n business day(s) later is %2</source>
        <translation>
            <numerusform>Маркирана като платена на %1; %n работен ден по-късно е %2</numerusform>
            <numerusform>Маркирана като платена на %1; %n работни дни по-късно е %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the seller to release the crypto, or to report that the payment has not arrived, before %1</source>
        <translation>Помолете продавача да освободи криптовалутата или да съобщи, че плащането не е пристигнало, преди %1</translation>
    </message>
    <message>
        <source>The seller reported on %1 that the payment has not arrived</source>
        <translation>На %1 продавачът съобщи, че плащането не е пристигнало</translation>
    </message>
    <message>
        <source>Check the seller&apos;s evidence that the payment has not arrived</source>
        <translation>Проверете доказателствата на продавача, че плащането не е пристигнало</translation>
    </message>
    <message>
        <source>The seller did not report non-arrival by %1: the payment counts as received</source>
        <translation>Продавачът не съобщи до %1, че плащането не е пристигнало: плащането се счита за получено</translation>
    </message>
    <message>
        <source>the order was not cancelled</source>
        <translation>поръчката не е анулирана</translation>
    </message>
    <message>
        <source>no payment by the buyer is recorded</source>
        <translation>няма записано плащане от купувача</translation>
    </message>
    <message>
        <source>the buyer paid %1, not more than the order amount %2</source>
        <translation>купувачът плати %1, не повече от сумата на поръчката %2</translation>
    </message>
    <message>
        <source>the seller has already released the crypto</source>
        <translation>продавачът вече е освободил криптовалутата</translation>
    </message>
    <message>
        <source>the buyer has not marked the order paid</source>
        <translation>купувачът не е маркирал поръчката като платена</translation>
    </message>
    <message>
        <source>the buyer paid %1, not the order amount %2</source>
        <translation>купувачът плати %1, а не сумата на поръчката %2</translation>
    </message>
    <message>
        <source>no payment remark contains a sensitive word</source>
        <translation>никоя забележка за превода не съдържа чувствителна дума</translation>
    </message>
    <message>
        <source>the crypto has not been released</source>
        <translation>криптовалутата не е освободена</translation>
    </message>
    <message>
        <source>the seller confirmed receipt of the payment before releasing</source>
        <translation>продавачът потвърди получаването на плащането, преди да освободи криптовалутата</translation>
    </message>
    <message>
        <source>the payments went to the listed account, from the buyer&apos;s own name, and cover the order amount</source>
        <translation>плащанията са по посочената сметка, от името на самия купувач, и покриват сумата на поръчката</translation>
    </message>
    <message>
        <source>The order was cancelled after the buyer paid %1</source>
        <translation>Поръчката е анулирана, след като купувачът плати %1</translation>
    </message>
    <message>
        <source>Ask the seller to return the %1 paid to the buyer (best effort)</source>
        <translation>Помолете продавача да върне платените %1 на купувача (при полагане на най-добрите усилия)</translation>
    </message>
    <message>
        <source>If the seller refuses to refund, the exchange is not liable for the loss</source>
        <translation>Ако продавачът откаже да възстанови сумата, борсата не носи отговорност за загубата</translation>
    </message>
    <message>
        <source>The buyer paid %1 for an order of %2: %3 too much</source>
        <translation>Купувачът плати %1 за поръчка от %2: %3 повече</translation>
    </message>
    <message>
        <source>Ask the seller to refund the excess of %1 to the buyer</source>
        <translation>Помолете продавача да възстанови надплатените %1 на купувача</translation>
    </message>
    <message>
        <source>If the seller refuses to refund the excess, the buyer bears the loss</source>
        <translation>Ако продавачът откаже да възстанови надплатената сума, купувачът поема загубата</translation>
    </message>
    <message>
        <source>Real-time payment method; marked paid %1 UTC</source>
        <translation>Метод на плащане в реално време; маркирана като платена в %1 UTC</translation>
    </message>
    <message>
        <source>Wait until %1 minutes have passed since the order was marked paid</source>
        <translation>Изчакайте да минат %1 минути, откакто поръчката е маркирана като платена</translation>
    </message>
    <message>
        <source>Contact the seller to release the crypto</source>
        <translation>Свържете се с продавача за освобождаване на криптовалутата</translation>
    </message>
    <message>
        <source>If the seller does not answer within %1 minutes, release the crypto manually</source>
        <translation>Ако продавачът не отговори в рамките на %1 минути, освободете криптовалутата ръчно</translation>
    </message>
    <message>
        <source>The buyer paid the order amount %1 from an account in the buyer&apos;s own name</source>
        <translation>Купувачът плати сумата на поръчката %1 от сметка на свое име</translation>
    </message>
    <message>
        <source>The market price at order time is unknown: check that the price was not abnormally low before releasing</source>
        <translation>Пазарната цена към момента на поръчката е неизвестна: проверете дали цената не е била необичайно ниска, преди да освободите криптовалутата</translation>
    </message>
    <message>
        <source>The order price %1 is %2% of the market price %3</source>
        <translation>Цената на поръчката %1 е %2 % от пазарната цена %3</translation>
    </message>
    <message>
        <source>The price is abnormally low (at or below %1% of the market price)</source>
        <translation>Цената е необичайно ниска (не повече от %1 % от пазарната цена)</translation>
    </message>
    <message>
        <source>Ask the seller to refund %1 to the buyer</source>
        <translation>Помолете продавача да възстанови %1 на купувача</translation>
    </message>
    <message>
        <source>The buyer&apos;s payment remark mentions %1</source>
        <translation>Забележката за превода на купувача споменава %1</translation>
    </message>
    <message>
        <source>Sensitive words in the payment remark: %1</source>
        <translation>Чувствителни думи в забележката за превода: %1</translation>
    </message>
    <message>
        <source>This holds even where the seller&apos;s terms asked buyers not to write such words</source>
        <translation>Това важи, дори ако условията на продавача са молели купувачите да не пишат такива думи</translation>
    </message>
    <message>
        <source>Release the crypto: the seller confirmed receipt of the funds</source>
        <translation>Освободете криптовалутата: продавачът потвърди получаването на средствата</translation>
    </message>
    <message>
        <source>Ask the seller to release the crypto if the funds arrived, otherwise to refund %1</source>
        <translation>Помолете продавача да освободи криптовалутата, ако средствата са пристигнали, а в противен случай да възстанови %1</translation>
    </message>
    <message>
        <source>Any fee of the refund is borne by the buyer</source>
        <translation>Всички такси за възстановяването на сумата са за сметка на купувача</translation>
    </message>
    <message>
        <source>No payment and no proof of payment by the buyer is recorded</source>
        <translation>Няма записано плащане или доказателство за плащане от купувача</translation>
    </message>
    <message>
        <source>The buyer cannot be reached and no payment is recorded</source>
        <translation>Купувачът не може да бъде открит и няма записано плащане</translation>
    </message>
    <message>
        <source>The buyer paid, but the seller says the payment has not arrived</source>
        <translation>Купувачът е платил, но продавачът казва, че плащането не е пристигнало</translation>
    </message>
    <message>
        <source>The seller released the crypto without confirming the payment</source>
        <translation>Продавачът освободи криптовалутата, без да потвърди плащането</translation>
    </message>
    <message>
        <source>Record the seller&apos;s report</source>
        <translation>Запишете сигнала на продавача</translation>
    </message>
    <message>
        <source>Advise the seller to report the case to the police</source>
        <translation>Посъветвайте продавача да подаде сигнал в полицията</translation>
    </message>
    <message>
        <source>The seller bears full responsibility; recovery of the funds is not guaranteed</source>
        <translation>Продавачът носи пълна отговорност; възстановяването на средствата не е гарантирано</translation>
    </message>
    <message>
        <source>An agent confirmed abusive language by the %1</source>
        <translation>Агент потвърди обиден език от страна на %1</translation>
    </message>
    <message>
        <source>Record the strike; no sanction follows yet</source>
        <translation>Запишете нарушението; засега не следва санкция</translation>
    </message>
    <message>
        <source>Read the transcript and confirm the abusive language, naming the party</source>
        <translation>Прочетете записа на чата и потвърдете обидния език, като посочите страната</translation>
    </message>
    <message>
        <source>Possible threat in the chat: %1</source>
        <translation>Възможна заплаха в чата: %1</translation>
    </message>
    <message>
        <source>The case names no user</source>
        <translation>В случая не е посочен потребител</translation>
    </message>
    <message>
        <source>While suspended the user can reach only the support bot</source>
        <translation>Докато е спрян, потребителят може да се свърже само с бота за поддръжка</translation>
    </message>
    <message>
        <source>Grounds of the appeal: %1</source>
        <translation>Основание на обжалването: %1</translation>
    </message>
    <message numerus="yes">
        <source>Live-chat suspension of %1 since %2 for %n day(s)</source>
        <translation>
            <numerusform>Спиране на чата на живо за %1 от %2 за %n ден</numerusform>
            <numerusform>Спиране на чата на живо за %1 от %2 за %n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>The suspension ended on %1: there is nothing to lift</source>
        <translation>Спирането приключи на %1: няма какво да се отменя</translation>
    </message>
    <message>
        <source>Lift the live-chat suspension</source>
        <translation>Отменете спирането на чата на живо</translation>
    </message>
    <message>
        <source>Hand the account to the security team</source>
        <translation>Предайте акаунта на екипа по сигурността</translation>
    </message>
    <message>
        <source>An agent confirmed that someone else wrote the abusive messages</source>
        <translation>Агент потвърди, че обидните съобщения са написани от друг човек</translation>
    </message>
    <message>
        <source>Check whether someone else used the account, and record it if confirmed</source>
        <translation>Проверете дали друг човек е използвал акаунта и го запишете, ако се потвърди</translation>
    </message>
    <message>
        <source>Route the urgent matter to a human agent at once: the suspension does not block it</source>
        <translation>Насочете спешния въпрос към агент веднага: спирането не го блокира</translation>
    </message>
    <message>
        <source>Read the appeal and decide whether to lift the suspension</source>
        <translation>Прочетете обжалването и решете дали да отмените спирането</translation>
    </message>
    <message>
        <source>The stated reason %1 was not applied: the P2P rules do not cover trades in CNY</source>
        <translation>Посоченото основание %1 не е приложено: правилата на P2P не важат за сделки в CNY</translation>
    </message>
    <message>
        <source>The stated reason %1 does not apply: %2</source>
        <translation>Посоченото основание %1 не е приложимо: %2</translation>
    </message>
    <message>
        <source>The stated reason &apos;%1&apos; is not a clause of the P2P rules</source>
        <translation>Посоченото основание &apos;%1&apos; не е клауза от правилата на P2P</translation>
    </message>
    <message>
        <source>The stated reason %1 was not applied: the facts match %2, which comes first</source>
        <translation>Посоченото основание %1 не е приложено: фактите отговарят на %2, която е с предимство</translation>
    </message>
    <message>
        <source>The case has no order</source>
        <translation>Случаят няма поръчка</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>купувач</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>продавач</translation>
    </message>
    <message>
        <source>user</source>
        <translation>потребител</translation>
    </message>
    <message>
        <source>abusive language</source>
        <translation>обиден език</translation>
    </message>
    <message>
        <source>non-payment cancellation</source>
        <translation>анулиране поради неплащане</translation>
    </message>
    <message>
        <source>wrong-account payment</source>
        <translation>плащане по грешна сметка</translation>
    </message>
    <message>
        <source>payer name mismatch</source>
        <translation>несъответствие в името на платеца</translation>
    </message>
    <message>
        <source>live-chat abuse</source>
        <translation>обиден език в чата на живо</translation>
    </message>
    <message>
        <source>P2P trading</source>
        <translation>P2P търговията</translation>
    </message>
    <message>
        <source>part of the account&apos;s functions</source>
        <translation>част от функциите на акаунта</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>целия акаунт</translation>
    </message>
    <message>
        <source>the live chat with human agents (the support bot stays available)</source>
        <translation>чата на живо с агенти (ботът за поддръжка остава достъпен)</translation>
    </message>
</context>
<context>
    <name>TeamFiguresView</name>
    <message>
        <source>Consistency and charts</source>
        <translation>Последователност и диаграми</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>П&amp;оказване</translation>
    </message>
    <message>
        <source>Decided from</source>
        <translation>Решени от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Select a line to list its cases; open one with a double click.</source>
        <translation>Изберете ред, за да видите случаите му; отворете случай с двойно щракване.</translation>
    </message>
    <message>
        <source>Consistency across agents</source>
        <translation>Последователност между агентите</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграми</translation>
    </message>
    <message>
        <source>Cases of %1 on %2: overrides first</source>
        <translation>Случаи на %1 по %2: първо отклоняващите се</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (отклоняващо се)</translation>
    </message>
    <message>
        <source>Figures not read</source>
        <translation>Данните не са прочетени</translation>
    </message>
    <message>
        <source>The decisions of the period could not be read: %1</source>
        <translation>Решенията за периода не можаха да бъдат прочетени: %1</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Cannot read the role of this login: %1</source>
        <translation>Ролята на този потребител не може да бъде прочетена: %1</translation>
    </message>
    <message>
        <source>Only a team lead voids strikes.</source>
        <translation>Само ръководител на екип анулира нарушения.</translation>
    </message>
    <message>
        <source>Only a team lead changes the policy settings.</source>
        <translation>Само ръководител на екип променя настройките на правилата.</translation>
    </message>
    <message>
        <source>Only a team lead purges cases.</source>
        <translation>Само ръководител на екип изчиства случаи.</translation>
    </message>
    <message>
        <source>Only a team lead writes reports with names and accounts unmasked.</source>
        <translation>Само ръководител на екип създава отчети с немаскирани имена и сметки.</translation>
    </message>
    <message>
        <source>Only a team lead reopens a decided case.</source>
        <translation>Само ръководител на екип отваря отново решен случай.</translation>
    </message>
    <message>
        <source>Only a team lead reviews decisions.</source>
        <translation>Само ръководител на екип преглежда решения.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Сървърът иска паролата на %1.</translation>
    </message>
    <message>
        <source>The server refused the password of %1.</source>
        <translation>Сървърът отказа паролата на %1.</translation>
    </message>
    <message>
        <source>No database server answers at %1. Check the host and the port, and that the server runs.

%2</source>
        <translation>Никакъв сървър на база данни не отговаря на %1. Проверете хоста и порта и дали сървърът работи.

%2</translation>
    </message>
    <message>
        <source>the default address</source>
        <translation>адреса по подразбиране</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>by %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>party: %1</source>
        <translation>страна: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>съобщение #%1</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>агент: %1</translation>
    </message>
    <message>
        <source>marked paid</source>
        <translation>маркирането като платено</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>to the listed account</source>
        <translation>по посочената сметка</translation>
    </message>
    <message>
        <source>to another account</source>
        <translation>по друга сметка</translation>
    </message>
    <message>
        <source>remark: %1</source>
        <translation>забележка: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Плащане</translation>
    </message>
    <message>
        <source>Policy deadline</source>
        <translation>Срок по правилата</translation>
    </message>
    <message>
        <source>the case becomes decidable</source>
        <translation>случаят може да бъде решен</translation>
    </message>
    <message>
        <source>order created</source>
        <translation>създаването на поръчката</translation>
    </message>
    <message>
        <source>appeal opened</source>
        <translation>откриването на обжалването</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>при %1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 след %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 преди %2</translation>
    </message>
    <message>
        <source>Market time (%1)</source>
        <translation>Пазарно време (%1)</translation>
    </message>
    <message>
        <source>Your time (%1)</source>
        <translation>Вашето време (%1)</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Относително</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>After the suggestion&apos;s instant: the policy did not use it.</source>
        <translation>След момента на предложението: политиката не го е взела предвид.</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Съобщение</translation>
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
        <translation>Изберете съобщение, за да го прочетете изцяло.</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Търсене в записа на чата</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предишно</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предишно съвпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следващо</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следващо съвпадение (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Няма съвпадения</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n съвпадение</numerusform>
            <numerusform>%n съвпадения</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
</context>
<context>
    <name>VoidStrikeDialog</name>
    <message>
        <source>Void strike</source>
        <translation>Анулиране на нарушение</translation>
    </message>
    <message>
        <source>A voided strike no longer counts and stays visible in the history.</source>
        <translation>Анулираното нарушение вече не се брои и остава видимо в историята.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to AppealDesk</source>
        <translation>Добре дошли в AppealDesk</translation>
    </message>
    <message>
        <source>&amp;Fill the empty case database with demo cases to try the desk</source>
        <translation>&amp;Попълване на празната база данни с демонстрационни случаи за изпробване</translation>
    </message>
    <message>
        <source>Made-up appeals, chats and decisions. Leave this off for a database you will work in.</source>
        <translation>Измислени обжалвания, чатове и решения. Оставете това изключено за база данни, в която ще работите.</translation>
    </message>
    <message>
        <source>Your name is recorded with every decision, claim and event you record.</source>
        <translation>Вашето име се записва с всяко решение, поемане на случай и събитие, които записвате.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Вашето &amp;име:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Старт</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Clause</source>
        <translation>Клауза</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сега</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Judging the open cases and the last 30 days&apos; decisions under the values above…</source>
        <translation>Преценяват се отворените случаи и решенията от последните 30 дни със стойностите по-горе…</translation>
    </message>
    <message>
        <source>These are the saved settings: nothing would change.</source>
        <translation>Това са записаните настройки: нищо не би се променило.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open case(s) would get another suggestion.</source>
        <translation>
            <numerusform>%1 от %n отворен случай би получил друго предложение.</numerusform>
            <numerusform>%1 от %n отворени случая биха получили друго предложение.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n decision(s) in the last 30 days, %1 would be suggested otherwise and %2 would differ from the agent&apos;s outcome; sanctions: %3 added, %4 removed.</source>
        <translation>
            <numerusform>От %n решение през последните 30 дни: предложени другояче – %1, различни от изхода на служителя – %2; санкции: %3 добавени, %4 премахнати.</numerusform>
            <numerusform>От %n решения през последните 30 дни: предложени другояче – %1, различни от изхода на служителя – %2; санкции: %3 добавени, %4 премахнати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Прегледът е отказан.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Прегледът не успя: %1</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Отворени случаи</translation>
    </message>
    <message>
        <source>Decisions of the last 30 days</source>
        <translation>Решения от последните 30 дни</translation>
    </message>
</context>
</TS>
