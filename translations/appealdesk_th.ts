<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot move the database %1 to %2.</source>
        <translation>ย้ายฐานข้อมูล %1 ไปที่ %2 ไม่ได้</translation>
    </message>
    <message>
        <source>The database %1 was moved to %2, the one default file.</source>
        <translation>ย้ายฐานข้อมูล %1 ไปที่ %2 ซึ่งเป็นไฟล์ค่าเริ่มต้นไฟล์เดียวแล้ว</translation>
    </message>
    <message>
        <source>There is no database at %1. This command only reads one and never creates it; the window&apos;s first start, appealdesk import and appealdesk demo create a database.</source>
        <translation>ไม่มีฐานข้อมูลที่ %1 คำสั่งนี้อ่านฐานข้อมูลเท่านั้นและไม่สร้างขึ้นใหม่ การเปิดหน้าต่างครั้งแรก appealdesk import และ appealdesk demo จะสร้างฐานข้อมูล</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>The cryptography library (libsodium) cannot start</source>
        <translation>ไลบรารีการเข้ารหัส (libsodium) เริ่มทำงานไม่ได้</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is too large for this kind of file</source>
        <translation>%1 ใหญ่เกินไปสำหรับไฟล์ประเภทนี้</translation>
    </message>
    <message>
        <source>%1 is not an AppealDesk audit key (appealdesk audit keygen makes one)</source>
        <translation>%1 ไม่ใช่กุญแจตรวจสอบของ AppealDesk (appealdesk audit keygen สร้างกุญแจได้)</translation>
    </message>
    <message>
        <source>%1 is not an AppealDesk audit checkpoint</source>
        <translation>%1 ไม่ใช่จุดตรวจสอบบันทึกการตรวจสอบของ AppealDesk</translation>
    </message>
    <message>
        <source>The signature of the checkpoint %1 is not valid: the file was changed</source>
        <translation>ลายเซ็นของจุดตรวจสอบ %1 ไม่ถูกต้อง: ไฟล์ถูกแก้ไข</translation>
    </message>
    <message>
        <source>the chain has %1 entries, fewer than the %2 of the checkpoint of %3: entries were removed</source>
        <translation>ห่วงโซ่มี %1 รายการ น้อยกว่า %2 รายการของจุดตรวจสอบเมื่อ %3: มีรายการถูกลบ</translation>
    </message>
    <message>
        <source>audit entry %1 is not the one the checkpoint of %2 signed: the chain was rewritten</source>
        <translation>รายการตรวจสอบ %1 ไม่ใช่รายการที่จุดตรวจสอบเมื่อ %2 ลงนามไว้: ห่วงโซ่ถูกเขียนใหม่</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit entry %1 is missing</source>
        <translation>ไม่มีรายการตรวจสอบ %1</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow the entry before it</source>
        <translation>รายการตรวจสอบ %1 ไม่ต่อเนื่องจากรายการก่อนหน้า</translation>
    </message>
    <message>
        <source>audit entry %1 was changed: its content does not match its hash</source>
        <translation>รายการตรวจสอบ %1 ถูกแก้ไข เนื้อหาไม่ตรงกับค่าแฮช</translation>
    </message>
    <message numerus="yes">
        <source>audit entry %1 is missing: the chain&apos;s head record counts %n entries</source>
        <translation>
            <numerusform>ไม่มีรายการตรวจสอบ %1 ระเบียนหัวสายนับได้ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>audit entry %1 is not in the chain&apos;s head record</source>
        <translation>รายการตรวจสอบ %1 ไม่อยู่ในระเบียนหัวสาย</translation>
    </message>
    <message>
        <source>audit entry %1 does not match the chain&apos;s head record</source>
        <translation>รายการตรวจสอบ %1 ไม่ตรงกับระเบียนหัวสาย</translation>
    </message>
</context>
<context>
    <name>AuditReconciler</name>
    <message>
        <source>the decision on case %1 has no audit entry</source>
        <translation>คำตัดสินของเคส %1 ไม่มีรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, the log says &quot;%3&quot;</source>
        <translation>%1 คือ &quot;%2&quot; แต่บันทึกระบุ &quot;%3&quot;</translation>
    </message>
    <message>
        <source>strike %1 on case %2 differs from its decision&apos;s audit entry (time or agent)</source>
        <translation>สไตรก์ %1 ของเคส %2 ไม่ตรงกับรายการตรวจสอบของคำตัดสิน (เวลาหรือเจ้าหน้าที่)</translation>
    </message>
    <message>
        <source>strike %1 on case %2 was voided (audit entry %3) but counts again</source>
        <translation>สไตรก์ %1 ของเคส %2 ถูกยกเลิกแล้ว (รายการตรวจสอบ %3) แต่กลับถูกนับอีก</translation>
    </message>
    <message>
        <source>strike %1 on case %2 is voided without an audit entry</source>
        <translation>สไตรก์ %1 ของเคส %2 ถูกยกเลิกโดยไม่มีรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>the void of strike %1 on case %2 differs from its audit entry %3</source>
        <translation>การยกเลิกสไตรก์ %1 ของเคส %2 ไม่ตรงกับรายการตรวจสอบ %3</translation>
    </message>
    <message>
        <source>its strikes (%1) are not the logged ones (%2)</source>
        <translation>สไตรก์ (%1) ไม่ตรงกับที่บันทึกไว้ (%2)</translation>
    </message>
    <message>
        <source>its sanctions (%1) are not the logged ones (%2)</source>
        <translation>บทลงโทษ (%1) ไม่ตรงกับที่บันทึกไว้ (%2)</translation>
    </message>
    <message>
        <source>the decision on case %1 differs from its audit entry %2: %3</source>
        <translation>คำตัดสินของเคส %1 ไม่ตรงกับรายการตรวจสอบ %2: %3</translation>
    </message>
    <message>
        <source>strike %1 of user %2 has no decision and no audit entry</source>
        <translation>สไตรก์ %1 ของผู้ใช้ %2 ไม่มีคำตัดสินและไม่มีรายการตรวจสอบ</translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) of a case without a decision have no audit entry</source>
        <translation>
            <numerusform>บทลงโทษ %n รายการของเคสที่ไม่มีคำตัดสินไม่มีรายการตรวจสอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>the setting %1 is &quot;%2&quot;, its audit entry %3 says &quot;%4&quot;</source>
        <translation>การตั้งค่า %1 คือ &quot;%2&quot; แต่รายการตรวจสอบ %3 ระบุ &quot;%4&quot;</translation>
    </message>
    <message>
        <source>the policy settings were changed without an audit entry</source>
        <translation>การตั้งค่านโยบายถูกแก้ไขโดยไม่มีรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>a sanction on case ref %1 is voided without a reopen</source>
        <translation>บทลงโทษของเคสแถว %1 ถูกยกเลิกโดยไม่มีการเปิดเคสใหม่</translation>
    </message>
    <message>
        <source>strike %1 of a reopened decision differs from its audit entry %2</source>
        <translation>สไตรก์ %1 ของคำตัดสินที่เปิดใหม่ไม่ตรงกับรายการตรวจสอบ %2</translation>
    </message>
    <message>
        <source>sanction %1 of a reopened decision differs from its audit entry %2</source>
        <translation>บทลงโทษ %1 ของคำตัดสินที่เปิดใหม่ไม่ตรงกับรายการตรวจสอบ %2</translation>
    </message>
    <message>
        <source>the reopened decision on case %1 has no audit entry</source>
        <translation>คำตัดสินที่เปิดใหม่ของเคส %1 ไม่มีรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>its voided strikes are not the logged ones</source>
        <translation>สไตรก์ที่ถูกยกเลิกไม่ตรงกับที่บันทึกไว้</translation>
    </message>
    <message>
        <source>its voided sanctions are not the logged ones</source>
        <translation>บทลงโทษที่ถูกยกเลิกไม่ตรงกับที่บันทึกไว้</translation>
    </message>
    <message>
        <source>the reopened decision on case %1 differs from its audit entry %2: %3</source>
        <translation>คำตัดสินที่เปิดใหม่ของเคส %1 ไม่ตรงกับรายการตรวจสอบ %2: %3</translation>
    </message>
    <message>
        <source>the reopen of audit entry %1 has no reopened decision</source>
        <translation>การเปิดเคสใหม่ในรายการตรวจสอบ %1 ไม่มีคำตัดสินที่เปิดใหม่</translation>
    </message>
    <message>
        <source>strikes or sanctions point at reopened decision %1, which does not exist</source>
        <translation>สไตรก์หรือบทลงโทษอ้างถึงคำตัดสินที่เปิดใหม่ %1 ซึ่งไม่มีอยู่</translation>
    </message>
    <message>
        <source>the review of the decision of %1 on case %2 has no audit entry</source>
        <translation>การทบทวนคำตัดสินเมื่อ %1 ของเคส %2 ไม่มีรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>the review of case %1 differs from its audit entry %2: &quot;%3&quot;, the log says &quot;%4&quot;</source>
        <translation>การทบทวนเคส %1 ไม่ตรงกับรายการตรวจสอบ %2: &quot;%3&quot; แต่บันทึกระบุว่า &quot;%4&quot;</translation>
    </message>
    <message>
        <source>the review of audit entry %1 is missing</source>
        <translation>ไม่มีการทบทวนของรายการตรวจสอบ %1</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>null</source>
        <translation>ค่า null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ค่าบูลีน</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>สตริง</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>อาร์เรย์</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>กรณี %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>ไม่มีฟิลด์ที่จำเป็น</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>ต้องเป็น%1 ไม่ใช่%2</translation>
    </message>
    <message>
        <source>%1 is not a valid id (1 to 64 printable characters)</source>
        <translation>%1 ไม่ใช่ ID ที่ถูกต้อง (อักขระที่พิมพ์ได้ 1 ถึง 64 ตัว)</translation>
    </message>
    <message>
        <source>a time string</source>
        <translation>สตริงเวลา</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time with a zone, like 2026-11-20T09:15:00Z</source>
        <translation>%1 ไม่ใช่เวลาแบบ ISO 8601 ที่มีเขตเวลา เช่น 2026-11-20T09:15:00Z</translation>
    </message>
    <message>
        <source>must be a decimal string like &quot;1500.00&quot;, not a JSON number</source>
        <translation>ต้องเป็นสตริงทศนิยม เช่น &quot;1500.00&quot; ไม่ใช่ตัวเลข JSON</translation>
    </message>
    <message>
        <source>a decimal string</source>
        <translation>สตริงทศนิยม</translation>
    </message>
    <message>
        <source>%1 is not a decimal amount</source>
        <translation>%1 ไม่ใช่จำนวนเงินแบบทศนิยม</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true หรือ false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>%1 is not a non-negative integer</source>
        <translation>%1 ไม่ใช่จำนวนเต็มที่ไม่ติดลบ</translation>
    </message>
    <message>
        <source>%1 is not an integer of at least %2</source>
        <translation>%1 ไม่ใช่จำนวนเต็มที่มีค่าอย่างน้อย %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ไม่ใช่ค่าใดค่าหนึ่งใน %2</translation>
    </message>
    <message>
        <source>a case must be a JSON object, not %1</source>
        <translation>กรณีต้องเป็นออบเจ็กต์ JSON ไม่ใช่%1</translation>
    </message>
    <message>
        <source>duplicate case id, first at %1:%2:%3</source>
        <translation>ID กรณีซ้ำ พบครั้งแรกที่ %1:%2:%3</translation>
    </message>
    <message>
        <source>%1 is not a reason (B1 to B6, S1 to S4)</source>
        <translation>%1 ไม่ใช่เหตุผล (B1 ถึง B6, S1 ถึง S4)</translation>
    </message>
    <message>
        <source>%1 is not one of impersonation, compromised, urgent, other</source>
        <translation>%1 ไม่ใช่ค่าใดใน impersonation, compromised, urgent, other</translation>
    </message>
    <message>
        <source>%1 is not a language code like &quot;sv&quot;</source>
        <translation>%1 ไม่ใช่รหัสภาษา เช่น &quot;sv&quot;</translation>
    </message>
    <message>
        <source>must list at least one party</source>
        <translation>ต้องระบุคู่กรณีอย่างน้อยหนึ่งราย</translation>
    </message>
    <message>
        <source>refers to message %1 but the case has %2 messages</source>
        <translation>อ้างถึงข้อความที่ %1 แต่กรณีนี้มี %2 ข้อความ</translation>
    </message>
    <message>
        <source>%1 is not an asset code like &quot;USDT&quot;</source>
        <translation>%1 ไม่ใช่รหัสสินทรัพย์ เช่น &quot;USDT&quot;</translation>
    </message>
    <message>
        <source>%1 is not a currency code like &quot;SEK&quot;</source>
        <translation>%1 ไม่ใช่รหัสสกุลเงิน เช่น &quot;SEK&quot;</translation>
    </message>
    <message>
        <source>%1 is not a valid user id (1 to 64 printable characters)</source>
        <translation>%1 ไม่ใช่ ID ผู้ใช้ที่ถูกต้อง (อักขระที่พิมพ์ได้ 1 ถึง 64 ตัว)</translation>
    </message>
    <message>
        <source>an object of strike counts</source>
        <translation>ออบเจ็กต์ของจำนวนความผิด</translation>
    </message>
    <message>
        <source>%1 is not a strike kind (one of %2)</source>
        <translation>%1 ไม่ใช่ประเภทความผิด (ต้องเป็นหนึ่งใน %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>case larger than 16 MB</source>
        <translation>กรณีมีขนาดใหญ่กว่า 16 MB</translation>
    </message>
    <message>
        <source>unexpected data after the case (one case per line)</source>
        <translation>มีข้อมูลที่ไม่คาดคิดหลังกรณี (หนึ่งกรณีต่อหนึ่งบรรทัด)</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>ไฟล์สิ้นสุดโดยไม่คาดคิด</translation>
    </message>
    <message>
        <source>expected a bundle object {&quot;format&quot;: &quot;%1&quot;, &quot;cases&quot;: [...]}</source>
        <translation>ต้องเป็นออบเจ็กต์ชุดข้อมูล {&quot;format&quot;: &quot;%1&quot;, &quot;cases&quot;: [...]}</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a bundle member</source>
        <translation>ต้องมี &apos;,&apos; หรือ &apos;}&apos; หลังสมาชิกของชุดข้อมูล</translation>
    </message>
    <message>
        <source>trailing comma is not allowed</source>
        <translation>ไม่อนุญาตให้มีจุลภาคต่อท้าย</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>ต้องมีชื่อสมาชิกในเครื่องหมายคำพูดคู่</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>คีย์ &quot;%1&quot; ซ้ำ</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>ต้องมี &apos;:&apos; หลังชื่อสมาชิก</translation>
    </message>
    <message>
        <source>&quot;cases&quot; must be an array, not %1</source>
        <translation>&quot;cases&quot; ต้องเป็นอาร์เรย์ ไม่ใช่%1</translation>
    </message>
    <message>
        <source>unsupported format %1, expected &quot;%2&quot;</source>
        <translation>ไม่รองรับรูปแบบ %1 ต้องเป็น &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after a case</source>
        <translation>ต้องมี &apos;,&apos; หรือ &apos;]&apos; หลังกรณี</translation>
    </message>
    <message>
        <source>unexpected data after the bundle object</source>
        <translation>มีข้อมูลที่ไม่คาดคิดหลังออบเจ็กต์ชุดข้อมูล</translation>
    </message>
    <message>
        <source>the bundle has no &quot;format&quot; member</source>
        <translation>ชุดข้อมูลไม่มีสมาชิก &quot;format&quot;</translation>
    </message>
    <message>
        <source>the bundle has no &quot;cases&quot; member</source>
        <translation>ชุดข้อมูลไม่มีสมาชิก &quot;cases&quot;</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>เปิดไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>value larger than 16 MB</source>
        <translation>ค่ามีขนาดใหญ่กว่า 16 MB</translation>
    </message>
    <message>
        <source>more than %1 values in one case</source>
        <translation>มีค่ามากกว่า %1 ค่าในกรณีเดียว</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>ซ้อนกันลึกเกิน %1 ระดับ</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>ต้องมี &apos;,&apos; หรือ &apos;}&apos; หลังสมาชิกของออบเจ็กต์</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>ต้องมี &apos;,&apos; หรือ &apos;]&apos; หลังสมาชิกของอาร์เรย์</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>สตริงไม่มีจุดสิ้นสุด</translation>
    </message>
    <message>
        <source>string longer than 1 MB</source>
        <translation>สตริงยาวเกิน 1 MB</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ลำดับ escape ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos;</source>
        <translation>ลำดับ escape &apos;\%1&apos; ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u ต้องตามด้วยเลขฐานสิบหกสี่หลัก</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate in \u escape</source>
        <translation>surrogate ของ UTF-16 ไม่มีคู่ใน escape \u</translation>
    </message>
    <message>
        <source>NUL character (\u0000) is not allowed</source>
        <translation>ไม่อนุญาตให้มีอักขระ NUL (\u0000)</translation>
    </message>
    <message>
        <source>NUL byte is not allowed</source>
        <translation>ไม่อนุญาตให้มีไบต์ NUL</translation>
    </message>
    <message>
        <source>raw control character %1 in a string (it must be escaped)</source>
        <translation>มีอักขระควบคุม %1 ในสตริงโดยไม่ได้ escape (ต้อง escape)</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ตัวเลขไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>ตัวเลขไม่ถูกต้อง: ไม่อนุญาตให้มีเลขศูนย์นำหน้า</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>ตัวเลขไม่ถูกต้อง: ต้องมีตัวเลขหลังจุดทศนิยม</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>ตัวเลขไม่ถูกต้อง: ต้องมีตัวเลขหลังเลขชี้กำลัง</translation>
    </message>
    <message>
        <source>unexpected end of line</source>
        <translation>บรรทัดสิ้นสุดโดยไม่คาดคิด</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>อักขระ &apos;%1&apos; ที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>unexpected control character %1</source>
        <translation>อักขระควบคุม %1 ที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>comments are not allowed</source>
        <translation>ไม่อนุญาตให้มีความคิดเห็น</translation>
    </message>
    <message>
        <source>%1 is not a plausible time (years 2000 to 2099)</source>
        <translation>%1 ไม่ใช่เวลาที่เป็นไปได้ (ปี 2000 ถึง 2099)</translation>
    </message>
    <message>
        <source>%1 is too large for an amount</source>
        <translation>%1 มากเกินไปสำหรับจำนวนเงิน</translation>
    </message>
    <message>
        <source>is not in Unicode normal form C</source>
        <translation>ไม่อยู่ในรูปแบบปกติ C ของ Unicode</translation>
    </message>
    <message>
        <source>contains an invisible or blank character (U+%1)</source>
        <translation>มีอักขระที่มองไม่เห็นหรือว่างเปล่า (U+%1)</translation>
    </message>
    <message>
        <source>mixes letters of different scripts</source>
        <translation>ใช้ตัวอักษรจากหลายระบบการเขียนปนกัน</translation>
    </message>
    <message>
        <source>mixes Latin letters with Cyrillic or Greek ones, which look the same</source>
        <translation>ใช้ตัวอักษรละตินปนกับซีริลลิกหรือกรีกซึ่งมีหน้าตาเหมือนกัน</translation>
    </message>
    <message>
        <source>is written in letters that look like Latin ones but are not (Cyrillic or Greek)</source>
        <translation>เขียนด้วยตัวอักษรที่ดูเหมือนละตินแต่ไม่ใช่ (ซีริลลิกหรือกรีก)</translation>
    </message>
    <message>
        <source>the id %1 %2: it could pass for another id</source>
        <translation>รหัส %1 %2: อาจถูกเข้าใจผิดว่าเป็นรหัสอื่น</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Case %1 does not exist</source>
        <translation>ไม่มีกรณี %1</translation>
    </message>
    <message>
        <source>Case %1 is decided and cannot be replaced</source>
        <translation>กรณี %1 ตัดสินแล้วและแทนที่ไม่ได้</translation>
    </message>
    <message>
        <source>Case %1 does not exist or is already decided</source>
        <translation>ไม่มีกรณี %1 หรือตัดสินไปแล้ว</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Unknown case %1</source>
        <translation>ไม่รู้จักกรณี %1</translation>
    </message>
    <message>
        <source>A decision needs the agent&apos;s name</source>
        <translation>การตัดสินต้องมีชื่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>A decision cannot be made inside another write transaction</source>
        <translation>ตัดสินภายในธุรกรรมการเขียนอื่นไม่ได้</translation>
    </message>
    <message>
        <source>Case %1 was already decided by %2 at %3; the decision was not changed</source>
        <translation>กรณี %1 ถูกตัดสินแล้วโดย %2 เมื่อ %3 การตัดสินไม่ได้เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The policy&apos;s suggestion for case %1 changed since it was shown (now %2): nothing was recorded; look at the new suggestion and confirm again</source>
        <translation>คำแนะนำของนโยบายสำหรับกรณี %1 เปลี่ยนไปหลังจากที่แสดง (ตอนนี้ %2) ไม่ได้บันทึกสิ่งใด โปรดดูคำแนะนำใหม่แล้วยืนยันอีกครั้ง</translation>
    </message>
    <message>
        <source>The policy suggests %1 for case %2: deciding %3 is an override and needs a note</source>
        <translation>นโยบายแนะนำ %1 สำหรับกรณี %2 การตัดสินเป็น %3 ต่างจากคำแนะนำและต้องมีบันทึก</translation>
    </message>
    <message>
        <source>Voiding a strike needs who voids it and why</source>
        <translation>การยกเลิกความผิดต้องระบุผู้ยกเลิกและเหตุผล</translation>
    </message>
    <message>
        <source>Strike %1 does not exist</source>
        <translation>ไม่มีความผิด %1</translation>
    </message>
    <message>
        <source>A claim lasts at least a minute</source>
        <translation>การรับเรื่องต้องนานอย่างน้อยหนึ่งนาที</translation>
    </message>
    <message>
        <source>Case %1 is decided: only payment and refund proofs and notes are recorded on it</source>
        <translation>กรณี %1 ตัดสินแล้ว บันทึกได้เฉพาะหลักฐานการชำระเงิน หลักฐานการคืนเงิน และบันทึก</translation>
    </message>
    <message>
        <source>%1 is not an event an agent records on case %2</source>
        <translation>%1 ไม่ใช่เหตุการณ์ที่เจ้าหน้าที่บันทึกในกรณี %2</translation>
    </message>
    <message>
        <source>A note needs its text</source>
        <translation>บันทึกต้องมีข้อความ</translation>
    </message>
    <message>
        <source>A purge needs the name of who purges</source>
        <translation>การล้างข้อมูลต้องมีชื่อผู้ล้าง</translation>
    </message>
    <message>
        <source>Case %1 is not decidable before %2: nothing was recorded</source>
        <translation>กรณี %1 ตัดสินไม่ได้ก่อน %2 ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>Closing case %1 without an outcome needs a note</source>
        <translation>การปิดกรณี %1 โดยไม่มีผลต้องมีบันทึก</translation>
    </message>
    <message>
        <source>%1 The login %2 is an agent.</source>
        <translation>%1 ผู้ใช้ %2 เป็นเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Reopening a case needs who reopens it and why</source>
        <translation>การเปิดเคสใหม่ต้องระบุผู้เปิดและเหตุผล</translation>
    </message>
    <message>
        <source>Case %1 is not decided</source>
        <translation>เคส %1 ยังไม่ได้ตัดสิน</translation>
    </message>
    <message>
        <source>A review needs the reviewer&apos;s name</source>
        <translation>การทบทวนต้องมีชื่อผู้ทบทวน</translation>
    </message>
    <message>
        <source>A disagreement needs a note saying why</source>
        <translation>การไม่เห็นด้วยต้องมีบันทึกเหตุผล</translation>
    </message>
    <message>
        <source>Only a disagreement reopens the case</source>
        <translation>เฉพาะการไม่เห็นด้วยเท่านั้นที่เปิดเคสใหม่ได้</translation>
    </message>
    <message>
        <source>A review cannot be recorded inside another write transaction</source>
        <translation>บันทึกการทบทวนภายในธุรกรรมการเขียนอื่นไม่ได้</translation>
    </message>
    <message>
        <source>Case %1 is not decided: there is nothing to review</source>
        <translation>เคส %1 ยังไม่ได้ตัดสิน จึงไม่มีอะไรให้ทบทวน</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>ข้อผิดพลาดของฐานข้อมูล: %1</translation>
    </message>
    <message>
        <source>Case %1 does not exist</source>
        <translation>ไม่มีกรณี %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>ยอมรับคำแนะนำ (&amp;A)</translation>
    </message>
    <message>
        <source>Record the suggested outcome, after a confirmation</source>
        <translation>บันทึกผลที่แนะนำ หลังจากยืนยันแล้ว</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>ตัดสินต่างจากคำแนะนำ (&amp;O)…</translation>
    </message>
    <message>
        <source>Record another outcome, with a note</source>
        <translation>บันทึกผลอื่นพร้อมบันทึกเหตุผล</translation>
    </message>
    <message>
        <source>Record an event the policy asks for; the suggestion updates at once</source>
        <translation>บันทึกเหตุการณ์ที่นโยบายต้องการ คำแนะนำจะอัปเดตทันที</translation>
    </message>
    <message>
        <source>Confirm abuse on this message…</source>
        <translation>ยืนยันการใช้ภาษาที่ไม่เหมาะสมในข้อความนี้…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>ลำดับเหตุการณ์ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Suggestion</source>
        <translation>คำแนะนำ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>คู่กรณี (&amp;P)</translation>
    </message>
    <message>
        <source>Select a case in the queue.</source>
        <translation>เลือกกรณีในคิว</translation>
    </message>
    <message>
        <source>Case %1 could not be opened: %2</source>
        <translation>เปิดกรณี %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Suggestion not saved</source>
        <translation>ไม่ได้บันทึกคำแนะนำ</translation>
    </message>
    <message>
        <source>The queue could not be updated for case %1: %2</source>
        <translation>อัปเดตคิวสำหรับกรณี %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>ไม่ได้บันทึกการตัดสิน</translation>
    </message>
    <message>
        <source>The decision on case %1 was not recorded: %2</source>
        <translation>ไม่ได้บันทึกการตัดสินของกรณี %1: %2</translation>
    </message>
    <message>
        <source>Event not recorded</source>
        <translation>ไม่ได้บันทึกเหตุการณ์</translation>
    </message>
    <message>
        <source>The event could not be recorded on case %1: %2</source>
        <translation>บันทึกเหตุการณ์ในกรณี %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Case %1, %2</source>
        <translation>กรณี %1, %2</translation>
    </message>
    <message>
        <source>Strike not voided</source>
        <translation>ไม่ได้ยกเลิกความผิด</translation>
    </message>
    <message>
        <source>The strike could not be voided: %1</source>
        <translation>ยกเลิกความผิดไม่ได้: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>ไม่ได้บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <source>The policy settings could not be saved: %1</source>
        <translation>บันทึกการตั้งค่านโยบายไม่ได้: %1</translation>
    </message>
    <message>
        <source>The policy suggests no outcome yet.</source>
        <translation>นโยบายยังไม่แนะนำผลใด</translation>
    </message>
    <message>
        <source>The case needs a person&apos;s review: decide it with Override and a note.</source>
        <translation>กรณีนี้ต้องให้เจ้าหน้าที่พิจารณา ให้ตัดสินด้วย &quot;ตัดสินต่างจากคำแนะนำ&quot; พร้อมบันทึก</translation>
    </message>
    <message>
        <source>The case becomes decidable at %1.</source>
        <translation>กรณีนี้จะตัดสินได้เมื่อ %1</translation>
    </message>
    <message>
        <source>Nothing to accept</source>
        <translation>ไม่มีสิ่งที่จะยอมรับ</translation>
    </message>
    <message>
        <source>Recor&amp;d event…</source>
        <translation>บันทึกเหตุการณ์ (&amp;D)…</translation>
    </message>
    <message>
        <source>The suggestion changed</source>
        <translation>คำแนะนำเปลี่ยนไป</translation>
    </message>
    <message>
        <source>While you confirmed, the policy&apos;s suggestion for case %1 changed. Nothing was recorded: look at the new suggestion and confirm again.</source>
        <translation>ระหว่างที่คุณยืนยัน คำแนะนำของนโยบายสำหรับกรณี %1 เปลี่ยนไป ไม่ได้บันทึกสิ่งใด โปรดดูคำแนะนำใหม่แล้วยืนยันอีกครั้ง</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>ปล่อยกรณี (&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>รับกรณี (&amp;L)</translation>
    </message>
    <message>
        <source>End your claim: other agents may take the case</source>
        <translation>เลิกถือกรณีนี้: เจ้าหน้าที่คนอื่นรับกรณีได้</translation>
    </message>
    <message numerus="yes">
        <source>Mark the case as being worked by you for %n minute(s)</source>
        <translation>
            <numerusform>ทำเครื่องหมายว่าคุณดูแลกรณีนี้เป็นเวลา %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working on this case until %1.</source>
        <translation>คุณกำลังดูแลกรณีนี้ถึง %1</translation>
    </message>
    <message>
        <source>Being worked by %1 until %2.</source>
        <translation>%1 กำลังดูแลกรณีนี้ถึง %2</translation>
    </message>
    <message>
        <source>Claim not ended</source>
        <translation>ยังไม่ได้ปล่อยกรณี</translation>
    </message>
    <message>
        <source>Case not claimed</source>
        <translation>รับกรณีไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Co&amp;nversation</source>
        <translation>บทสนทนา (&amp;N)</translation>
    </message>
    <message>
        <source>%1 decided this case at %2 while you had it open.</source>
        <translation>%1 ตัดสินกรณีนี้เมื่อ %2 ขณะที่คุณเปิดกรณีนี้อยู่</translation>
    </message>
    <message>
        <source>%1 claimed this case while you had it open.</source>
        <translation>%1 รับกรณีนี้ไปขณะที่คุณเปิดกรณีนี้อยู่</translation>
    </message>
    <message>
        <source>Case not reopened</source>
        <translation>ไม่ได้เปิดเคสใหม่</translation>
    </message>
    <message>
        <source>Case %1 could not be reopened: %2</source>
        <translation>เปิดเคส %1 ใหม่ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The database (default: %1).</source>
        <translation>ฐานข้อมูล (ค่าเริ่มต้น: %1)</translation>
    </message>
    <message>
        <source>Language of messages: en, sv, bg or th (default: the system&apos;s).</source>
        <translation>ภาษาของข้อความ: en, sv, bg หรือ th (ค่าเริ่มต้น: ภาษาของระบบ)</translation>
    </message>
    <message>
        <source>Try: appealdesk --help</source>
        <translation>ลองใช้: appealdesk --help</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>คำสั่งที่จะเรียกใช้</translation>
    </message>
    <message>
        <source>Case bundles to import.</source>
        <translation>ชุดข้อมูลกรณีที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Replace cases already stored (never a decided one).</source>
        <translation>แทนที่กรณีที่จัดเก็บไว้แล้ว (ไม่แทนที่กรณีที่ตัดสินแล้ว)</translation>
    </message>
    <message>
        <source>Store the valid cases of a file with invalid ones.</source>
        <translation>จัดเก็บกรณีที่ถูกต้องจากไฟล์ที่มีกรณีไม่ถูกต้องปนอยู่</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>แสดงความคืบหน้าทาง stderr แม้ไม่ใช่เทอร์มินัล</translation>
    </message>
    <message>
        <source>A case bundle (or use --case).</source>
        <translation>ชุดข้อมูลกรณี (หรือใช้ --case)</translation>
    </message>
    <message>
        <source>A stored case.</source>
        <translation>กรณีที่จัดเก็บไว้</translation>
    </message>
    <message>
        <source>The instant (ISO 8601 with a zone; default: now).</source>
        <translation>เวลา (ISO 8601 พร้อมเขตเวลา ค่าเริ่มต้น: ขณะนี้)</translation>
    </message>
    <message>
        <source>The decision: %1.</source>
        <translation>การตัดสิน: %1</translation>
    </message>
    <message>
        <source>The deciding agent.</source>
        <translation>เจ้าหน้าที่ผู้ตัดสิน</translation>
    </message>
    <message>
        <source>Only this user.</source>
        <translation>เฉพาะผู้ใช้นี้</translation>
    </message>
    <message>
        <source>Sanctions active at this instant (default: now).</source>
        <translation>บทลงโทษที่มีผล ณ เวลานี้ (ค่าเริ่มต้น: ขณะนี้)</translation>
    </message>
    <message>
        <source>How many cases.</source>
        <translation>จำนวนกรณี</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>ค่าเริ่มต้นของตัวสร้าง (seed ค่าเริ่มต้น 1)</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;now&quot; (ISO 8601 with a zone; default: a fixed instant, so a seed always gives the same cases).</source>
        <translation>&quot;ขณะนี้&quot; ของข้อมูลตัวอย่าง (ISO 8601 พร้อมเขตเวลา ค่าเริ่มต้น: เวลาคงที่ ค่า seed เดียวกันจึงได้กรณีเดิมเสมอ)</translation>
    </message>
    <message>
        <source>Write the cases to this bundle file instead of the database.</source>
        <translation>เขียนกรณีลงไฟล์ชุดข้อมูลนี้แทนฐานข้อมูล</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>ไม่ได้ระบุคำสั่ง</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO 8601 time with a zone (e.g. 2026-11-20T09:15:00Z)</source>
        <translation>--at: &quot;%1&quot; ไม่ใช่เวลาแบบ ISO 8601 ที่มีเขตเวลา (เช่น 2026-11-20T09:15:00Z)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>ไม่มีไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>%1: imported %2, replaced %3, skipped %4, rejected %5</source>
        <translation>%1: นำเข้า %2 แทนที่ %3 ข้าม %4 ปฏิเสธ %5</translation>
    </message>
    <message>
        <source>give one bundle file or --case ID</source>
        <translation>ระบุไฟล์ชุดข้อมูลหนึ่งไฟล์ หรือ --case ID</translation>
    </message>
    <message>
        <source>unknown case %1</source>
        <translation>ไม่รู้จักกรณี %1</translation>
    </message>
    <message>
        <source>--case, --outcome and --agent are required</source>
        <translation>ต้องระบุ --case, --outcome และ --agent</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>อาร์กิวเมนต์ %1 ที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot; (one of: %2)</source>
        <translation>ไม่รู้จักผล &quot;%1&quot; (ต้องเป็นหนึ่งใน: %2)</translation>
    </message>
    <message>
        <source>the policy suggests %1 for case %2: deciding %3 is an override and needs --note</source>
        <translation>นโยบายแนะนำ %1 สำหรับกรณี %2 การตัดสินเป็น %3 คือการตัดสินที่ต่างจากคำแนะนำและต้องใช้ --note</translation>
    </message>
    <message>
        <source>--cases needs a number from 1 to %1</source>
        <translation>--cases ต้องเป็นตัวเลขตั้งแต่ 1 ถึง %1</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>The case to claim.</source>
        <translation>กรณีที่จะรับเรื่อง</translation>
    </message>
    <message>
        <source>The agent working on it.</source>
        <translation>เจ้าหน้าที่ที่ดูแลกรณีนี้</translation>
    </message>
    <message>
        <source>How long the claim holds (default 30).</source>
        <translation>ระยะเวลาของการรับเรื่อง (ค่าเริ่มต้น 30)</translation>
    </message>
    <message>
        <source>End the agent&apos;s claim instead.</source>
        <translation>สิ้นสุดการรับเรื่องของเจ้าหน้าที่แทน</translation>
    </message>
    <message>
        <source>The new backup file (never overwritten).</source>
        <translation>ไฟล์สำรองข้อมูลใหม่ (ไม่เขียนทับเด็ดขาด)</translation>
    </message>
    <message>
        <source>Decided cases opened before this date (YYYY-MM-DD, UTC) or time (ISO 8601 with a zone).</source>
        <translation>กรณีที่ตัดสินแล้วซึ่งเปิดก่อนวันที่นี้ (YYYY-MM-DD, UTC) หรือเวลานี้ (ISO 8601 พร้อมเขตเวลา)</translation>
    </message>
    <message>
        <source>Who purges (default: the system user).</source>
        <translation>ผู้ล้างข้อมูล (ค่าเริ่มต้น: ผู้ใช้ของระบบ)</translation>
    </message>
    <message>
        <source>--minutes needs a number from 1 to %1</source>
        <translation>--minutes ต้องเป็นตัวเลขตั้งแต่ 1 ถึง %1</translation>
    </message>
    <message>
        <source>case %1 released by %2</source>
        <translation>%2 คืนกรณี %1 แล้ว</translation>
    </message>
    <message>
        <source>case %1 claimed by %2 until %3</source>
        <translation>%2 รับเรื่องกรณี %1 จนถึง %3</translation>
    </message>
    <message>
        <source>no backup file given</source>
        <translation>ไม่ได้ระบุไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>%1: backup written, integrity ok</source>
        <translation>%1: เขียนไฟล์สำรองข้อมูลแล้ว ความสมบูรณ์ถูกต้อง</translation>
    </message>
    <message>
        <source>--before is required</source>
        <translation>ต้องระบุ --before</translation>
    </message>
    <message>
        <source>--before: &quot;%1&quot; is not a date (YYYY-MM-DD) or an ISO 8601 time with a zone</source>
        <translation>--before: &quot;%1&quot; ไม่ใช่วันที่ (YYYY-MM-DD) หรือเวลาแบบ ISO 8601 ที่มีเขตเวลา</translation>
    </message>
    <message>
        <source>audit: broken: %1</source>
        <translation>audit: เสียหาย: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: wrote %n demo case(s) (seed %2)</source>
        <translation>
            <numerusform>%1: เขียนกรณีตัวอย่าง %n กรณี (seed %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>purge: %n decided case(s) opened before %1 purged</source>
        <translation>
            <numerusform>purge: ล้างข้อมูลกรณีที่ตัดสินแล้วซึ่งเปิดก่อน %1 จำนวน %n กรณี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit: ok, %n entries, head %1</source>
        <translation>
            <numerusform>audit: ถูกต้อง %n รายการ หัวสาย %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome the policy suggested when you looked: if it suggests another now, nothing is recorded and both are printed.</source>
        <translation>ผลที่นโยบายแนะนำตอนที่คุณดู หากตอนนี้แนะนำผลอื่น จะไม่บันทึกสิ่งใดและพิมพ์ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>On an override, keep all of the policy&apos;s strikes and sanctions (default: none).</source>
        <translation>เมื่อตัดสินต่างจากคำแนะนำ ให้คงความผิดและบทลงโทษทั้งหมดของนโยบาย (ค่าเริ่มต้น: ไม่คง)</translation>
    </message>
    <message>
        <source>On an override, keep the policy&apos;s strikes of this kind or sanctions of this scope (repeatable; USER:KIND_OR_SCOPE for one user&apos;s).</source>
        <translation>เมื่อตัดสินต่างจากคำแนะนำ ให้คงความผิดประเภทนี้หรือบทลงโทษขอบเขตนี้ของนโยบาย (ใช้ซ้ำได้ ใช้ USER:KIND_OR_SCOPE สำหรับผู้ใช้รายเดียว)</translation>
    </message>
    <message>
        <source>%1 takes no --at: commands that write use the real clock</source>
        <translation>%1 ไม่รับ --at คำสั่งที่เขียนข้อมูลใช้นาฬิกาจริง</translation>
    </message>
    <message>
        <source>backup FILE</source>
        <extracomment>Top-level --help: the command word stays &quot;backup&quot;.</extracomment>
        <translation>backup ไฟล์</translation>
    </message>
    <message>
        <source>write a checked copy of the database to a new file</source>
        <translation>เขียนสำเนาฐานข้อมูลที่ตรวจสอบแล้วลงไฟล์ใหม่</translation>
    </message>
    <message>
        <source>mark a case as being worked by an agent</source>
        <translation>ทำเครื่องหมายว่าเจ้าหน้าที่กำลังดูแลกรณี</translation>
    </message>
    <message>
        <source>AppealDesk: appeals of a P2P crypto desk.
Without a command it opens the window; with one it runs without a display.

Commands:</source>
        <translation>AppealDesk: ระบบจัดการการร้องเรียน P2P คริปโต
หากไม่มีคำสั่งจะเปิดหน้าต่าง หากมีคำสั่งจะทำงานโดยไม่ใช้หน้าจอ

คำสั่ง:</translation>
    </message>
    <message>
        <source>record a decision</source>
        <translation>บันทึกการตัดสิน</translation>
    </message>
    <message>
        <source>fill the database with demo cases</source>
        <translation>เติมฐานข้อมูลด้วยกรณีตัวอย่าง</translation>
    </message>
    <message>
        <source>import FILE...</source>
        <extracomment>Top-level --help: the command word stays &quot;import&quot;.</extracomment>
        <translation>import ไฟล์...</translation>
    </message>
    <message>
        <source>import case bundles (.json, .jsonl)</source>
        <translation>นำเข้าชุดข้อมูลกรณี (.json, .jsonl)</translation>
    </message>
    <message>
        <source>purge --before DATE</source>
        <extracomment>Top-level --help: &quot;purge --before&quot; stays as it is.</extracomment>
        <translation>purge --before วันที่</translation>
    </message>
    <message>
        <source>remove transcripts and personal data of old decided cases</source>
        <translation>ลบบทสนทนาและข้อมูลส่วนบุคคลของกรณีเก่าที่ตัดสินแล้ว</translation>
    </message>
    <message>
        <source>the team lead&apos;s report (appealdesk report --help)</source>
        <translation>รายงานของหัวหน้าทีม (appealdesk report --help)</translation>
    </message>
    <message>
        <source>strike counts and active sanctions</source>
        <translation>จำนวนความผิดและบทลงโทษที่มีผลอยู่</translation>
    </message>
    <message>
        <source>suggest FILE</source>
        <extracomment>Top-level --help: the command word stays &quot;suggest&quot;.</extracomment>
        <translation>suggest ไฟล์</translation>
    </message>
    <message>
        <source>the policy&apos;s suggestion for every case in FILE</source>
        <translation>คำแนะนำตามนโยบายสำหรับทุกกรณีในไฟล์</translation>
    </message>
    <message>
        <source>the suggestion for a stored case</source>
        <translation>คำแนะนำสำหรับกรณีที่จัดเก็บไว้</translation>
    </message>
    <message>
        <source>record an event on a case (a payment or refund proof, a contact)</source>
        <translation>บันทึกเหตุการณ์ในกรณี (หลักฐานการชำระเงินหรือการคืนเงิน การติดต่อ)</translation>
    </message>
    <message>
        <source>The case.</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>The event: %1.</source>
        <translation>เหตุการณ์: %1</translation>
    </message>
    <message>
        <source>What was seen (required for a note).</source>
        <translation>สิ่งที่พบ (จำเป็นสำหรับบันทึก)</translation>
    </message>
    <message>
        <source>Who records it (default: the system user).</source>
        <translation>ผู้บันทึก (ค่าเริ่มต้น: ผู้ใช้ระบบ)</translation>
    </message>
    <message>
        <source>--case and --type are required</source>
        <translation>ต้องระบุ --case และ --type</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>ไม่รู้จักประเภทเหตุการณ์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 names a party or a message: record it in the window</source>
        <translation>%1 ระบุคู่กรณีหรือข้อความ โปรดบันทึกในหน้าต่าง</translation>
    </message>
    <message>
        <source>a note needs --note</source>
        <translation>บันทึกต้องมี --note</translation>
    </message>
    <message>
        <source>case %1: %2 recorded by %3</source>
        <translation>กรณี %1: บันทึก %2 โดย %3</translation>
    </message>
    <message>
        <source>closing case %1 without an outcome needs --note</source>
        <translation>การปิดกรณี %1 โดยไม่มีผลต้องมี --note</translation>
    </message>
    <message>
        <source>settings --list | --set K=V</source>
        <extracomment>Top-level --help: &quot;settings --list&quot; and &quot;--set&quot; stay as they are.</extracomment>
        <translation>settings --list | --set คีย์=ค่า</translation>
    </message>
    <message>
        <source>show or change the policy settings (a team lead&apos;s change is audited)</source>
        <translation>แสดงหรือเปลี่ยนการตั้งค่านโยบาย (การเปลี่ยนแปลงของหัวหน้าทีมจะถูกบันทึกในบันทึกตรวจสอบ)</translation>
    </message>
    <message>
        <source>Print every policy setting as KEY=VALUE.</source>
        <translation>พิมพ์การตั้งค่านโยบายทุกรายการในรูป KEY=VALUE</translation>
    </message>
    <message>
        <source>Change one setting (repeatable); all are checked before any is saved.</source>
        <translation>เปลี่ยนการตั้งค่าหนึ่งรายการ (ใช้ซ้ำได้) ทุกรายการจะถูกตรวจก่อนบันทึก</translation>
    </message>
    <message>
        <source>Who changes them (default: the system user).</source>
        <translation>ผู้ที่เปลี่ยน (ค่าเริ่มต้น: ผู้ใช้ของระบบ)</translation>
    </message>
    <message>
        <source>give either --list or one or more --set KEY=VALUE</source>
        <translation>ระบุ --list หรือ --set KEY=VALUE อย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message numerus="yes">
        <source>settings: saved %n change(s)</source>
        <translation>
            <numerusform>settings: บันทึกการเปลี่ยนแปลง %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>whatif --set K=V ...</source>
        <extracomment>Top-level --help: &quot;whatif --set&quot; stays as it is.</extracomment>
        <translation>whatif --set คีย์=ค่า ...</translation>
    </message>
    <message>
        <source>what changed policy settings would suggest, before saving them</source>
        <translation>ผลที่การตั้งค่านโยบายใหม่จะเสนอ ก่อนบันทึก</translation>
    </message>
    <message>
        <source>A proposed setting (repeatable; see settings --list).</source>
        <translation>การตั้งค่าที่เสนอ (ใช้ซ้ำได้ ดู settings --list)</translation>
    </message>
    <message>
        <source>First day of the past decisions to judge again (YYYY-MM-DD, UTC; default: 30 days before --to).</source>
        <translation>วันแรกของคำตัดสินที่ผ่านมาที่จะพิจารณาใหม่ (YYYY-MM-DD, UTC ค่าเริ่มต้น: 30 วันก่อน --to)</translation>
    </message>
    <message>
        <source>Last day of those decisions, inclusive (default: today, UTC).</source>
        <translation>วันสุดท้ายของคำตัดสินเหล่านั้น รวมวันนั้นด้วย (ค่าเริ่มต้น: วันนี้ UTC)</translation>
    </message>
    <message>
        <source>Judge the open cases at this instant (default: now).</source>
        <translation>พิจารณาเคสที่เปิดอยู่ ณ เวลานี้ (ค่าเริ่มต้น: ตอนนี้)</translation>
    </message>
    <message>
        <source>give at least one --set KEY=VALUE</source>
        <translation>ระบุ --set KEY=VALUE อย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>--to: not a date (YYYY-MM-DD): %1</source>
        <translation>--to: ไม่ใช่วันที่ (YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <source>--from: not a date (YYYY-MM-DD): %1</source>
        <translation>--from: ไม่ใช่วันที่ (YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to อยู่ก่อน --from</translation>
    </message>
    <message>
        <source>check the audit trail against its hash chain, the live records and a signed checkpoint</source>
        <translation>ตรวจบันทึกการตรวจสอบกับห่วงโซ่แฮช ข้อมูลปัจจุบัน และจุดตรวจสอบที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain, that the decisions, strikes and settings match it, and that it extends a signed checkpoint</source>
        <translation>ตรวจห่วงโซ่แฮชของบันทึกการตรวจสอบ ว่าคำตัดสิน สไตรก์ และการตั้งค่าตรงกัน และว่าห่วงโซ่ต่อจากจุดตรวจสอบที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>make the team lead&apos;s signing key (kept outside the database)</source>
        <translation>สร้างกุญแจลงนามของหัวหน้าทีม (เก็บไว้นอกฐานข้อมูล)</translation>
    </message>
    <message>
        <source>sign the audit trail&apos;s head</source>
        <translation>ลงนามส่วนหัวของบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>verify: check the audit trail; keygen: make a signing key; checkpoint: sign the trail&apos;s head.</source>
        <translation>verify: ตรวจบันทึกการตรวจสอบ; keygen: สร้างกุญแจลงนาม; checkpoint: ลงนามส่วนหัวของบันทึก</translation>
    </message>
    <message>
        <source>The file to write (keygen, checkpoint).</source>
        <translation>ไฟล์ที่จะเขียน (keygen, checkpoint)</translation>
    </message>
    <message>
        <source>The signing key file (checkpoint).</source>
        <translation>ไฟล์กุญแจลงนาม (checkpoint)</translation>
    </message>
    <message>
        <source>A signed checkpoint the trail must still extend (verify).</source>
        <translation>จุดตรวจสอบที่ลงนามแล้วซึ่งบันทึกต้องยังต่อจากจุดนั้น (verify)</translation>
    </message>
    <message>
        <source>verify: the checkpoint must be signed by this key (a key file or its .pub file).</source>
        <translation>verify: จุดตรวจสอบต้องลงนามด้วยกุญแจนี้ (ไฟล์กุญแจหรือไฟล์ .pub ของกุญแจ)</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>แทนที่ไฟล์ผลลัพธ์หากมีอยู่แล้ว</translation>
    </message>
    <message>
        <source>the audit command is: audit verify, audit keygen or audit checkpoint</source>
        <translation>คำสั่งตรวจสอบคือ: audit verify, audit keygen หรือ audit checkpoint</translation>
    </message>
    <message>
        <source>audit keygen needs -o KEYFILE</source>
        <translation>audit keygen ต้องมี -o KEYFILE</translation>
    </message>
    <message>
        <source>%1: signing key written (keep it outside the database and the repository); public key %2, fingerprint %3</source>
        <translation>%1: เขียนกุญแจลงนามแล้ว (เก็บไว้นอกฐานข้อมูลและคลังโค้ด); กุญแจสาธารณะ %2 ลายนิ้วมือ %3</translation>
    </message>
    <message>
        <source>audit checkpoint needs --key KEYFILE and -o FILE</source>
        <translation>audit checkpoint ต้องมี --key KEYFILE และ -o FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: checkpoint of %n entries, head %2, signed by %3</source>
        <translation>
            <numerusform>%1: จุดตรวจสอบ %n รายการ ส่วนหัว %2 ลงนามโดย %3</numerusform>
        </translation>
    </message>
    <message>
        <source>audit: broken: the checkpoint was signed by key %1, not by %2</source>
        <translation>audit: เสียหาย: จุดตรวจสอบลงนามด้วยกุญแจ %1 ไม่ใช่ %2</translation>
    </message>
    <message numerus="yes">
        <source>audit: %n more difference(s)</source>
        <translation>
            <numerusform>audit: ความแตกต่างอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>audit: %1 decisions and %2 strikes match the audit trail</source>
        <translation>audit: คำตัดสิน %1 รายการและสไตรก์ %2 รายการตรงกับบันทึกการตรวจสอบ</translation>
    </message>
    <message numerus="yes">
        <source>audit: extends the checkpoint of %1 (%n entries), signed by key %2</source>
        <translation>
            <numerusform>audit: ต่อจากจุดตรวจสอบเมื่อ %1 (%n รายการ) ลงนามด้วยกุญแจ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Created a new database: %1</source>
        <translation>สร้างฐานข้อมูลใหม่แล้ว: %1</translation>
    </message>
    <message>
        <source>Nothing was written. Do not decide cases in it: restore a backup.</source>
        <translation>ไม่มีการเขียนข้อมูล อย่าตัดสินเคสในฐานข้อมูลนี้: ให้กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>With --out: replace the file if it exists.</source>
        <translation>ใช้กับ --out: แทนที่ไฟล์หากมีอยู่แล้ว</translation>
    </message>
    <message>
        <source>the queue as the window shows it, one line per case</source>
        <translation>คิวตามที่หน้าต่างแสดง หนึ่งบรรทัดต่อกรณี</translation>
    </message>
    <message>
        <source>open (default; a waiting case past its deadline is open), waiting, decided or all.</source>
        <translation>open (ค่าเริ่มต้น; กรณีที่รออยู่ซึ่งเลยกำหนดเวลาแล้วถือว่าเปิด), waiting, decided หรือ all</translation>
    </message>
    <message>
        <source>Only cases of this kind.</source>
        <translation>เฉพาะกรณีประเภทนี้</translation>
    </message>
    <message>
        <source>Only cases whose suggestion cites this clause.</source>
        <translation>เฉพาะกรณีที่คำแนะนำอ้างถึงข้อนี้</translation>
    </message>
    <message>
        <source>Only cases assigned to this agent.</source>
        <translation>เฉพาะกรณีที่มอบหมายให้เจ้าหน้าที่คนนี้</translation>
    </message>
    <message>
        <source>Only cases whose id, order number, user, nickname or chat contains this text.</source>
        <translation>เฉพาะกรณีที่รหัส หมายเลขคำสั่งซื้อ ผู้ใช้ ชื่อเล่น หรือแชทมีข้อความนี้</translation>
    </message>
    <message>
        <source>At most N cases (default: all).</source>
        <translation>ไม่เกิน N กรณี (ค่าเริ่มต้น: ทั้งหมด)</translation>
    </message>
    <message>
        <source>json (one object a line, default) or tsv.</source>
        <translation>json (หนึ่งออบเจกต์ต่อบรรทัด ค่าเริ่มต้น) หรือ tsv</translation>
    </message>
    <message>
        <source>The queue as it is at this instant (default: now).</source>
        <translation>คิว ณ เวลานี้ (ค่าเริ่มต้น: ตอนนี้)</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not open, waiting, decided or all</source>
        <translation>--status: &quot;%1&quot; ไม่ใช่ open, waiting, decided หรือ all</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a case kind</source>
        <translation>--kind: &quot;%1&quot; ไม่ใช่ประเภทกรณี</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit ต้องเป็นจำนวนบวก</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not json or tsv</source>
        <translation>--format: &quot;%1&quot; ไม่ใช่ json หรือ tsv</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>อ่านคิวไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1: backup written: %2</source>
        <translation>%1: เขียนข้อมูลสำรองแล้ว: %2</translation>
    </message>
    <message>
        <source>Claim the next open case nobody holds (deadline first), instead of --case; exit 1 when none is free.</source>
        <translation>รับเคสเปิดถัดไปที่ยังไม่มีใครถือ (กำหนดเวลาก่อน) แทน --case; ออกด้วยรหัส 1 เมื่อไม่มีเคสว่าง</translation>
    </message>
    <message>
        <source>--next takes neither --case nor --release</source>
        <translation>--next ใช้ร่วมกับ --case หรือ --release ไม่ได้</translation>
    </message>
    <message>
        <source>--case (or --next) and --agent are required</source>
        <translation>ต้องระบุ --case (หรือ --next) และ --agent</translation>
    </message>
    <message>
        <source>no open case is free to claim</source>
        <translation>ไม่มีเคสเปิดที่ว่างให้รับ</translation>
    </message>
    <message>
        <source>migrate --to postgresql://... [--from FILE]</source>
        <extracomment>Top-level --help: the command word and the option names stay as they are.</extracomment>
        <translation>migrate --to postgresql://... [--from ไฟล์]</translation>
    </message>
    <message>
        <source>copy a local desk onto an empty desk on a PostgreSQL server</source>
        <translation>คัดลอกโต๊ะงานในเครื่องไปยังโต๊ะงานว่างบนเซิร์ฟเวอร์ PostgreSQL</translation>
    </message>
    <message>
        <source>The server&apos;s empty desk, a postgresql:// URI (the password comes from PGPASSWORD, ~/.pgpass or a service file, never from the URI).</source>
        <translation>โต๊ะงานว่างบนเซิร์ฟเวอร์ เป็น URI แบบ postgresql:// (รหัสผ่านมาจาก PGPASSWORD, ~/.pgpass หรือไฟล์ service ไม่ใช่จาก URI)</translation>
    </message>
    <message>
        <source>The desk file to copy (default: --db, or the default database).</source>
        <translation>ไฟล์โต๊ะงานที่จะคัดลอก (ค่าเริ่มต้น: --db หรือฐานข้อมูลเริ่มต้น)</translation>
    </message>
    <message>
        <source>--to needs a postgresql:// URI</source>
        <translation>--to ต้องเป็น URI แบบ postgresql://</translation>
    </message>
    <message>
        <source>--from needs a desk file</source>
        <translation>--from ต้องเป็นไฟล์โต๊ะงาน</translation>
    </message>
    <message>
        <source>migrate: %1 cases, %2 decisions, %3 strikes, %4 sanctions, %5 audit entries copied to %6</source>
        <translation>migrate: คัดลอก %1 เคส, %2 คำตัดสิน, %3 สไตรก์, %4 บทลงโทษ, %5 รายการตรวจสอบ ไปยัง %6</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail does not verify: %1</source>
        <translation>บันทึกการตรวจสอบของสำเนาตรวจยืนยันไม่ผ่าน: %1</translation>
    </message>
    <message>
        <source>audit: ok on the copy</source>
        <translation>audit: สำเนาถูกต้อง</translation>
    </message>
    <message>
        <source>reopen CASE --reason TEXT</source>
        <extracomment>Top-level --help: the command word stays &quot;reopen&quot;.</extracomment>
        <translation>reopen เคส --reason ข้อความ</translation>
    </message>
    <message>
        <source>reopen a decided case as a team lead, voiding its strikes and sanctions</source>
        <translation>เปิดเคสที่ตัดสินแล้วใหม่ในฐานะหัวหน้าทีม โดยยกเลิกสไตรก์และบทลงโทษของเคส</translation>
    </message>
    <message>
        <source>The decided case to reopen.</source>
        <translation>เคสที่ตัดสินแล้วที่จะเปิดใหม่</translation>
    </message>
    <message>
        <source>Why it is reopened (required; kept in the audit log).</source>
        <translation>เหตุผลที่เปิดใหม่ (จำเป็น เก็บไว้ในบันทึกการตรวจสอบ)</translation>
    </message>
    <message>
        <source>The team lead who reopens it (default: the system user).</source>
        <translation>หัวหน้าทีมที่เปิดเคสใหม่ (ค่าเริ่มต้น: ผู้ใช้ของระบบ)</translation>
    </message>
    <message>
        <source>reopen needs the case: appealdesk reopen CASE --reason TEXT</source>
        <translation>reopen ต้องระบุเคส: appealdesk reopen เคส --reason ข้อความ</translation>
    </message>
    <message>
        <source>--reason is required: say why the case is reopened</source>
        <translation>ต้องระบุ --reason: บอกเหตุผลที่เปิดเคสใหม่</translation>
    </message>
    <message>
        <source>the decisions a team lead reviews again: every override and needs_review, N more per agent and week</source>
        <translation>คำตัดสินที่หัวหน้าทีมทบทวนอีกครั้ง: ทุกการตัดสินต่างจากคำแนะนำและ needs_review และอีก N รายการต่อเจ้าหน้าที่ต่อสัปดาห์</translation>
    </message>
    <message>
        <source>record a team lead&apos;s review of a decision; --reopen with --disagree reopens the case</source>
        <translation>บันทึกการทบทวนคำตัดสินของหัวหน้าทีม --reopen คู่กับ --disagree จะเปิดเคสใหม่</translation>
    </message>
    <message>
        <source>the reviews made, or their agreement per agent and clause</source>
        <translation>การทบทวนที่ทำแล้ว หรืออัตราที่เห็นด้วยต่อเจ้าหน้าที่และต่อข้อ</translation>
    </message>
    <message>
        <source>Print the decisions to review, one JSON line each.</source>
        <translation>พิมพ์คำตัดสินที่จะทบทวน รายการละหนึ่งบรรทัด JSON</translation>
    </message>
    <message>
        <source>Print the reviews made, one JSON line each.</source>
        <translation>พิมพ์การทบทวนที่ทำแล้ว รายการละหนึ่งบรรทัด JSON</translation>
    </message>
    <message>
        <source>Print the agreement rate per agent and per clause.</source>
        <translation>พิมพ์อัตราที่เห็นด้วยต่อเจ้าหน้าที่และต่อข้อ</translation>
    </message>
    <message>
        <source>The decided case to review.</source>
        <translation>เคสที่ตัดสินแล้วที่จะทบทวน</translation>
    </message>
    <message>
        <source>The reviewer agrees with the decision.</source>
        <translation>ผู้ทบทวนเห็นด้วยกับคำตัดสิน</translation>
    </message>
    <message>
        <source>The reviewer disagrees (needs --note).</source>
        <translation>ผู้ทบทวนไม่เห็นด้วย (ต้องมี --note)</translation>
    </message>
    <message>
        <source>The reviewer&apos;s note.</source>
        <translation>บันทึกของผู้ทบทวน</translation>
    </message>
    <message>
        <source>With --disagree: reopen the case, the note as the reason.</source>
        <translation>ใช้คู่กับ --disagree: เปิดเคสใหม่โดยใช้บันทึกเป็นเหตุผล</translation>
    </message>
    <message>
        <source>The reviewing team lead (default: the system user).</source>
        <translation>หัวหน้าทีมที่ทบทวน (ค่าเริ่มต้น: ผู้ใช้ของระบบ)</translation>
    </message>
    <message>
        <source>First day of the decisions or reviews (YYYY-MM-DD, UTC; default: 6 days before --to).</source>
        <translation>วันแรกของคำตัดสินหรือการทบทวน (YYYY-MM-DD, UTC ค่าเริ่มต้น: 6 วันก่อน --to)</translation>
    </message>
    <message>
        <source>Last day, inclusive (default: today, UTC).</source>
        <translation>วันสุดท้าย รวมวันนั้นด้วย (ค่าเริ่มต้น: วันนี้ UTC)</translation>
    </message>
    <message>
        <source>Decisions drawn at random per agent and week (default 2).</source>
        <translation>จำนวนคำตัดสินที่สุ่มต่อเจ้าหน้าที่ต่อสัปดาห์ (ค่าเริ่มต้น 2)</translation>
    </message>
    <message>
        <source>The seed of the random draw (default 1): the same seed, the same sample.</source>
        <translation>ค่าเริ่มต้นของการสุ่ม (ค่าเริ่มต้น 1) ค่าเดียวกันได้ตัวอย่างเดียวกัน</translation>
    </message>
    <message>
        <source>give one of --sample, --list, --stats or --case ID</source>
        <translation>ระบุอย่างใดอย่างหนึ่ง: --sample, --list, --stats หรือ --case ID</translation>
    </message>
    <message>
        <source>--case needs either --agree or --disagree</source>
        <translation>--case ต้องมี --agree หรือ --disagree</translation>
    </message>
    <message>
        <source>--disagree needs --note saying why</source>
        <translation>--disagree ต้องมี --note บอกเหตุผล</translation>
    </message>
    <message>
        <source>--reopen goes with --disagree</source>
        <translation>--reopen ใช้คู่กับ --disagree</translation>
    </message>
    <message>
        <source>--per-agent needs a number from 0 to 1000</source>
        <translation>--per-agent ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 1000</translation>
    </message>
    <message>
        <source>setup-roles --db URI</source>
        <extracomment>Top-level --help: &quot;setup-roles --db&quot; stays as it is.</extracomment>
        <translation>setup-roles --db ที่อยู่</translation>
    </message>
    <message>
        <source>create the agent and team lead roles on a PostgreSQL server and grant them</source>
        <translation>สร้างบทบาทเจ้าหน้าที่และหัวหน้าทีมบนเซิร์ฟเวอร์ PostgreSQL และให้สิทธิ์</translation>
    </message>
    <message>
        <source>Make this existing login an agent (repeatable).</source>
        <translation>ให้ผู้ใช้ที่มีอยู่นี้เป็นเจ้าหน้าที่ (ใช้ซ้ำได้)</translation>
    </message>
    <message>
        <source>Make this existing login a team lead (repeatable).</source>
        <translation>ให้ผู้ใช้ที่มีอยู่นี้เป็นหัวหน้าทีม (ใช้ซ้ำได้)</translation>
    </message>
    <message>
        <source>setup-roles needs --db postgresql://…: on a SQLite file the one local user is a team lead</source>
        <translation>setup-roles ต้องใช้ --db postgresql://…: ในไฟล์ SQLite ผู้ใช้ในเครื่องคนเดียวเป็นหัวหน้าทีม</translation>
    </message>
    <message>
        <source>setup-roles failed: %1: %2</source>
        <translation>setup-roles ไม่สำเร็จ: %1: %2</translation>
    </message>
    <message>
        <source>the roles could not be granted (run it as the owner of the desk&apos;s tables)</source>
        <translation>ให้สิทธิ์แก่บทบาทไม่ได้ (ให้เรียกใช้ในฐานะเจ้าของตารางของระบบ)</translation>
    </message>
    <message>
        <source>Why (required for an override, and for the outcome none).</source>
        <translation>เหตุผล (จำเป็นเมื่อไม่ทำตามคำแนะนำ และเมื่อผลเป็น none)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์ของทีม</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com หรือโฟลเดอร์ซ็อกเก็ต</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>เชื่อมต่อ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>โฮสต์ (&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>พอร์ต (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <source>The password is read from PGPASSWORD, PGPASSFILE or ~/.pgpass; when none has it, you are asked once, and it is never saved.</source>
        <translation>รหัสผ่านอ่านจาก PGPASSWORD, PGPASSFILE หรือ ~/.pgpass หากไม่มีที่ใดเลย ระบบจะถามคุณหนึ่งครั้ง และจะไม่บันทึกไว้</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>abuse confirmed</source>
        <translation>ยืนยันการใช้ถ้อยคำไม่เหมาะสมแล้ว</translation>
    </message>
    <message>
        <source>after the suggestion&apos;s instant</source>
        <translation>หลังเวลาของคำแนะนำ</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s): select to read all</source>
        <translation>
            <numerusform>อีก %n ตัวอักษร: เลือกเพื่ออ่านทั้งหมด</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>Threat</source>
        <translation>การข่มขู่</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>ถ้อยคำหยาบคาย</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>คำอ่อนไหว</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>ถูกทำเครื่องหมาย: %1</translation>
    </message>
    <message>
        <source>abuse confirmed</source>
        <translation>ยืนยันการใช้ถ้อยคำไม่เหมาะสมแล้ว</translation>
    </message>
    <message>
        <source>after the suggestion&apos;s instant</source>
        <translation>หลังเวลาของคำแนะนำ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <source>After the suggestion&apos;s instant: the policy did not use it.</source>
        <translation>หลังเวลาของคำแนะนำ: นโยบายไม่ได้ใช้ข้อมูลนี้</translation>
    </message>
</context>
<context>
    <name>CountSpinBox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n วันทำการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>เปิดฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or not a database: %2</source>
        <translation>ฐานข้อมูล %1 เสียหายหรือไม่ใช่ฐานข้อมูล: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>ฐานข้อมูล %1 เสียหาย: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer AppealDesk (schema %2; this version knows up to %3)</source>
        <translation>ฐานข้อมูล %1 ถูกเขียนโดย AppealDesk รุ่นที่ใหม่กว่า (สคีมา %2 รุ่นนี้รู้จักถึง %3)</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>การย้ายไปยังสคีมา %1 ล้มเหลว: %2</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>ข้อผิดพลาดของฐานข้อมูลใน &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>A write transaction is already open</source>
        <translation>มีธุรกรรมการเขียนเปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation>เริ่มเขียนลงฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>No write transaction is open</source>
        <translation>ไม่มีธุรกรรมการเขียนที่เปิดอยู่</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>ฐานข้อมูลไม่ได้เปิดอยู่</translation>
    </message>
    <message>
        <source>Cannot back up during a write transaction</source>
        <translation>สำรองข้อมูลระหว่างธุรกรรมการเขียนไม่ได้</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the PostgreSQL driver of Qt (libqt6sql6-psql) is not installed</source>
        <translation>เปิดฐานข้อมูล %1 ไม่ได้: ไม่ได้ติดตั้งไดรเวอร์ PostgreSQL ของ Qt (libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>อ่านเวอร์ชันสคีมาของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot use the database %1: the disk is full</source>
        <translation>ใช้ฐานข้อมูล %1 ไม่ได้: ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: the disk is full</source>
        <translation>เขียนลงฐานข้อมูล %1 ไม่ได้: ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>Cannot roll back an interrupted import: %1</source>
        <translation>ไม่สามารถย้อนกลับการนำเข้าที่ถูกขัดจังหวะได้: %1</translation>
    </message>
    <message>
        <source>a pg_dump archive (restore it with pg_restore)</source>
        <translation>ไฟล์เก็บถาวรของ pg_dump (กู้คืนด้วย pg_restore)</translation>
    </message>
    <message>
        <source>a SQLite desk exported from the server (restore it with appealdesk migrate --from FILE --to URI)</source>
        <translation>โต๊ะงาน SQLite ที่ส่งออกจากเซิร์ฟเวอร์ (กู้คืนด้วย appealdesk migrate --from ไฟล์ --to URI)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost, so nothing was recorded; check that the server runs, then connect again (File → Connect to a team server…)</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูลขาดหาย จึงไม่มีการบันทึกสิ่งใด ตรวจสอบว่าเซิร์ฟเวอร์ทำงานอยู่ แล้วเชื่อมต่ออีกครั้ง (ไฟล์ → เชื่อมต่อกับเซิร์ฟเวอร์ของทีม…)</translation>
    </message>
    <message>
        <source>Cannot tell the other windows about the change: %1</source>
        <translation>แจ้งหน้าต่างอื่นเรื่องการเปลี่ยนแปลงไม่ได้: %1</translation>
    </message>
    <message>
        <source>The write transaction was ended by an error; nothing was written</source>
        <translation>ธุรกรรมการเขียนถูกยุติเพราะข้อผิดพลาด ไม่มีสิ่งใดถูกเขียน</translation>
    </message>
    <message>
        <source>Cannot lock case %1: %2</source>
        <translation>ไม่สามารถล็อกเคส %1 ได้: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>A database URI must not contain a password; libpq reads it from PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>URI ของฐานข้อมูลต้องไม่มีรหัสผ่าน libpq อ่านรหัสผ่านจาก PGPASSWORD, ~/.pgpass หรือไฟล์บริการ</translation>
    </message>
    <message>
        <source>The database URI has an invalid port</source>
        <translation>URI ของฐานข้อมูลมีพอร์ตที่ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The database URI has a parameter without a value</source>
        <translation>URI ของฐานข้อมูลมีพารามิเตอร์ที่ไม่มีค่า</translation>
    </message>
    <message>
        <source>The database URI parameter %1 has a value that cannot be passed on</source>
        <translation>พารามิเตอร์ %1 ใน URI ของฐานข้อมูลมีค่าที่ส่งต่อไม่ได้</translation>
    </message>
    <message>
        <source>The database URI has an unknown parameter %1</source>
        <translation>URI ของฐานข้อมูลมีพารามิเตอร์ที่ไม่รู้จัก %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Accept the suggestion</source>
        <translation>ยอมรับคำแนะนำ</translation>
    </message>
    <message>
        <source>Override the suggestion</source>
        <translation>ตัดสินต่างจากคำแนะนำ</translation>
    </message>
    <message>
        <source>Case %1. This will be recorded:</source>
        <translation>กรณี %1 สิ่งที่จะบันทึก:</translation>
    </message>
    <message>
        <source>Why the suggestion does not fit this case (required)</source>
        <translation>เหตุใดคำแนะนำจึงไม่เหมาะกับกรณีนี้ (จำเป็น)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>บันทึก (&amp;N):</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>บันทึกการตัดสิน</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>ผล (&amp;U):</translation>
    </message>
    <message>
        <source>Keep from the suggestion</source>
        <translation>คงไว้จากคำแนะนำ</translation>
    </message>
    <message>
        <source>No action (close the case without an outcome)</source>
        <translation>ไม่ดำเนินการ (ปิดกรณีโดยไม่มีผล)</translation>
    </message>
    <message>
        <source>The case is closed with no action: no crypto or money moves on the exchange&apos;s side.</source>
        <translation>ปิดกรณีโดยไม่ดำเนินการ: ฝั่งแพลตฟอร์มไม่มีการโอนคริปโตหรือเงิน</translation>
    </message>
    <message>
        <source>Recorded by %1 at %2, in the audit log.</source>
        <translation>บันทึกโดย %1 เมื่อ %2 ลงในบันทึกการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>The decision on case %1 does not match the suggestion it was made on</source>
        <translation>การตัดสินกรณี %1 ไม่ตรงกับคำแนะนำที่ใช้ตัดสิน</translation>
    </message>
    <message>
        <source>An override of the suggestion needs a note</source>
        <translation>การตัดสินที่ต่างจากคำแนะนำต้องมีบันทึก</translation>
    </message>
    <message>
        <source>A decision needs the agent&apos;s name</source>
        <translation>การตัดสินต้องมีชื่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>A decision needs a time</source>
        <translation>การตัดสินต้องมีเวลา</translation>
    </message>
    <message>
        <source>Case %1 does not exist</source>
        <translation>ไม่มีกรณี %1</translation>
    </message>
    <message>
        <source>Case %1 was already decided by %2 at %3; the decision was not changed</source>
        <translation>กรณี %1 ถูกตัดสินแล้วโดย %2 เมื่อ %3 การตัดสินไม่ได้เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Case %1 is being worked by %2 until %3</source>
        <translation>กรณี %1 อยู่ระหว่างการดูแลของ %2 จนถึง %3</translation>
    </message>
    <message>
        <source>Case %1 changed meanwhile; try again</source>
        <translation>กรณี %1 มีการเปลี่ยนแปลงระหว่างนี้ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>A claim needs the agent&apos;s name</source>
        <translation>การรับเรื่องต้องมีชื่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>A claim must end in the future</source>
        <translation>การรับเรื่องต้องสิ้นสุดในอนาคต</translation>
    </message>
    <message>
        <source>Reopening a case needs who reopens it and why</source>
        <translation>การเปิดเคสใหม่ต้องระบุผู้เปิดและเหตุผล</translation>
    </message>
    <message>
        <source>A reopen needs a time</source>
        <translation>การเปิดเคสใหม่ต้องมีเวลา</translation>
    </message>
    <message>
        <source>Case %1 is not decided: there is nothing to reopen</source>
        <translation>เคส %1 ยังไม่ได้ตัดสิน จึงไม่มีอะไรให้เปิดใหม่</translation>
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
        <translation>ความผิด &quot;%1&quot; ของ %2 (ข้อ %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>a length the team sets</source>
        <translation>ระยะเวลาที่ทีมกำหนด</translation>
    </message>
    <message>
        <source>Sanction &quot;%1&quot; for %2, %3 (clause %4)</source>
        <translation>บทลงโทษ &quot;%1&quot; สำหรับ %2, %3 (ข้อ %4)</translation>
    </message>
    <message>
        <source>Price far below the market price</source>
        <translation>ราคาต่ำกว่าราคาตลาดมาก</translation>
    </message>
    <message>
        <source>Sensitive words in a payment remark</source>
        <translation>มีคำอ่อนไหวในโน้ตเมื่อโอนเงิน</translation>
    </message>
    <message>
        <source>Possible abusive language in the transcript (confirm on the message)</source>
        <translation>อาจมีภาษาที่ไม่เหมาะสมในบทสนทนา (ยืนยันที่ข้อความ)</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>การตัดสิน: %1</translation>
    </message>
    <message>
        <source>Clauses: %1</source>
        <translation>ข้อ: %1</translation>
    </message>
    <message>
        <source>Overrides the suggestion: %1</source>
        <translation>ต่างจากคำแนะนำ: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>บันทึก: %1</translation>
    </message>
    <message>
        <source>No strikes and no sanctions.</source>
        <translation>ไม่มีความผิดและไม่มีบทลงโทษ</translation>
    </message>
    <message>
        <source>Not recorded (dropped by the override): %1</source>
        <translation>ไม่บันทึก (ตัดออกเพราะตัดสินต่างจากคำแนะนำ): %1</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Demo cases stored: %1 (P2P appeals: %2, live chat abuse: %3, suspension appeals: %4); decided: %5, overrides: %6</source>
        <translation>จัดเก็บกรณีตัวอย่างแล้ว: %1 (การร้องเรียน P2P: %2, การใช้ภาษาไม่เหมาะสมในแชทสด: %3, การร้องเรียนการระงับ: %4) ตัดสินแล้ว: %5, ตัดสินต่างจากคำแนะนำ: %6</translation>
    </message>
    <message>
        <source>skipped (already in the database): %1</source>
        <translation>ข้าม (มีในฐานข้อมูลแล้ว): %1</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 0 and %1</source>
        <translation>จำนวนกรณีตัวอย่างต้องอยู่ระหว่าง 0 ถึง %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The database %1 holds imported cases: demo cases are only added to a new database or one with demo cases only. Use another --db for the demo.</source>
        <translation>ฐานข้อมูล %1 มีเคสที่นำเข้าแล้ว: เคสสาธิตจะถูกเพิ่มในฐานข้อมูลใหม่หรือฐานข้อมูลที่มีเฉพาะเคสสาธิตเท่านั้น ใช้ --db อื่นสำหรับการสาธิต</translation>
    </message>
</context>
<context>
    <name>DeskChangeFeed</name>
    <message>
        <source>Cannot watch the database for changes: %1</source>
        <translation>ติดตามการเปลี่ยนแปลงของฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>Live updates stopped: the database server cannot be reached (%1)</source>
        <translation>การอัปเดตสดหยุดแล้ว: ติดต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้ (%1)</translation>
    </message>
</context>
<context>
    <name>DeskCopier</name>
    <message>
        <source>The two desks are at different schema versions (%1 and %2)</source>
        <translation>โต๊ะงานทั้งสองมีเวอร์ชันสคีมาต่างกัน (%1 และ %2)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not an empty desk (its table %2 has rows): a desk is moved only into an empty database, and nothing was written</source>
        <translation>%1 ไม่ใช่โต๊ะงานว่าง (ตาราง %2 มีแถวอยู่): ย้ายโต๊ะงานได้เฉพาะไปยังฐานข้อมูลว่าง และไม่มีสิ่งใดถูกเขียน</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>อ่านตาราง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation>คัดลอกตาราง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot copy a row of the table %1: %2</source>
        <translation>คัดลอกแถวของตาราง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The copy of the table %1 does not have its %2 rows</source>
        <translation>สำเนาของตาราง %1 ไม่มีครบ %2 แถว</translation>
    </message>
    <message>
        <source>Cannot read the search rows: %1</source>
        <translation>อ่านแถวสำหรับค้นหาไม่ได้: %1</translation>
    </message>
    <message>
        <source>Cannot copy the search rows: %1</source>
        <translation>คัดลอกแถวสำหรับค้นหาไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>DeskFileActions</name>
    <message>
        <source>Import cases</source>
        <translation>นำเข้ากรณี</translation>
    </message>
    <message>
        <source>Case bundles (*.json *.jsonl);;All files (*)</source>
        <translation>ชุดข้อมูลกรณี (*.json *.jsonl);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Back up the case database</source>
        <translation>สำรองฐานข้อมูลกรณี</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>ฐานข้อมูล SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>เขียนและตรวจสอบไฟล์สำรองข้อมูลแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>FileBackup</name>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>การสำรองข้อมูลไปยัง %1 ล้มเหลว: %2</translation>
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
        <translation>เปิดฐานข้อมูลกรณี %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>เปิดฐานข้อมูลอื่น…</translation>
    </message>
    <message>
        <source>Case database</source>
        <translation>ฐานข้อมูลกรณี</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>ฐานข้อมูล SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>The appeal desk of the P2P market.</source>
        <translation>ระบบจัดการการร้องเรียนของตลาด P2P</translation>
    </message>
    <message>
        <source>Open the window on this case.</source>
        <translation>เปิดหน้าต่างที่กรณีนี้</translation>
    </message>
    <message>
        <source>Print the start-up time in milliseconds and quit.</source>
        <translation>แสดงเวลาเริ่มต้นเป็นมิลลิวินาทีแล้วออก</translation>
    </message>
    <message>
        <source>The language of the window: en, sv, bg, th.</source>
        <translation>ภาษาของหน้าต่าง: en, sv, bg, th</translation>
    </message>
    <message>
        <source>Loading the demo cases failed: %1</source>
        <translation>โหลดกรณีตัวอย่างไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>The queue cannot be read.</source>
        <translation>อ่านคิวไม่ได้</translation>
    </message>
    <message>
        <source>The case database is damaged. Do not decide cases in it: quit and restore a backup.</source>
        <translation>ฐานข้อมูลกรณีเสียหาย อย่าตัดสินกรณีในฐานข้อมูลนี้ ให้ออกจากโปรแกรมแล้วกู้คืนจากไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>The case database (default: %1).</source>
        <translation>ฐานข้อมูลกรณี (ค่าเริ่มต้น: %1)</translation>
    </message>
    <message>
        <source>Demo cases loaded. %1</source>
        <translation>โหลดกรณีตัวอย่างแล้ว %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cases</source>
        <translation>นำเข้ากรณี</translation>
    </message>
    <message>
        <source>Rejected cases are listed here.</source>
        <translation>กรณีที่ถูกปฏิเสธจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>กำลังนำเข้า %1 (%2 จาก %3)</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing stored</source>
        <translation>%1: ยกเลิกแล้ว ไม่ได้จัดเก็บข้อมูลใด</translation>
    </message>
    <message>
        <source>%1: rejected, nothing stored</source>
        <translation>%1: ถูกปฏิเสธ ไม่ได้จัดเก็บข้อมูลใด</translation>
    </message>
    <message>
        <source>%1: %L2 imported, %L3 replaced, %L4 already present, %L5 invalid</source>
        <translation>%1: นำเข้า %L2 แทนที่ %L3 มีอยู่แล้ว %L4 ไม่ถูกต้อง %L5</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>ไม่สามารถล็อก %1 ได้: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1: case %2: already decided, never replaced</source>
        <translation>%1: กรณี %2: ตัดสินแล้ว จะไม่ถูกแทนที่</translation>
    </message>
    <message>
        <source>%1: import cancelled, nothing of this file was stored</source>
        <translation>%1: ยกเลิกการนำเข้าแล้ว ไม่ได้จัดเก็บข้อมูลใดจากไฟล์นี้</translation>
    </message>
    <message>
        <source>%1: not imported: the file has errors, nothing of it was stored</source>
        <translation>%1: ไม่ได้นำเข้า: ไฟล์มีข้อผิดพลาด ไม่ได้จัดเก็บข้อมูลใดจากไฟล์นี้</translation>
    </message>
    <message>
        <source>%1: case %2: already imported, left unchanged (--replace replaces it)</source>
        <translation>%1: กรณี %2: นำเข้าแล้ว จึงไม่เปลี่ยนแปลง (--replace จะแทนที่)</translation>
    </message>
    <message>
        <source>%1: not imported: %2; nothing of this file was stored (files imported before it stay)</source>
        <translation>%1: ไม่ได้นำเข้า: %2; ไม่มีข้อมูลใดจากไฟล์นี้ถูกบันทึก (ไฟล์ที่นำเข้าก่อนหน้ายังอยู่)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1: %n case(s) of this file were decided by an agent while it was imported and stay stored</source>
        <translation>
            <numerusform>%1: มี %n เคสจากไฟล์นี้ที่เจ้าหน้าที่ตัดสินระหว่างการนำเข้า และยังคงถูกบันทึกไว้</numerusform>
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
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>กรณี (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>นำเข้ากรณี (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>ค้นหาในคิว (&amp;S)</translation>
    </message>
    <message>
        <source>Find in &amp;transcript</source>
        <translation>ค้นหาในบทสนทนา (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Agent name…</source>
        <translation>ชื่อเจ้าหน้าที่ (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Policy settings…</source>
        <translation>การตั้งค่านโยบาย (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh the queue</source>
        <translation>รีเฟรชคิว (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>ล้างการค้นหาและตัวกรอง (&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;witch pane</source>
        <translation>สลับแผง (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>กรณีถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>กรณีก่อนหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Accept the suggestion…</source>
        <translation>ยอมรับคำแนะนำ (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>ตัดสินต่างจากคำแนะนำ (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Record an event…</source>
        <translation>บันทึกเหตุการณ์ (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด (&amp;K)</translation>
    </message>
    <message>
        <source>A&amp;bout AppealDesk</source>
        <translation>เกี่ยวกับ AppealDesk (&amp;B)</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>อ่านคิวไม่ได้: %1</translation>
    </message>
    <message>
        <source>Case %1 decided.</source>
        <translation>ตัดสินกรณี %1 แล้ว</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>ไม่มีกรณี %1</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>ชื่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>The name recorded with your decisions:</source>
        <translation>ชื่อที่บันทึกพร้อมการตัดสินของคุณ:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported.</source>
        <translation>
            <numerusform>นำเข้า %Ln กรณีแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>About AppealDesk</source>
        <translation>เกี่ยวกับ AppealDesk</translation>
    </message>
    <message>
        <source>AppealDesk %1</source>
        <translation>AppealDesk %1</translation>
    </message>
    <message>
        <source>The appeal desk for agents of the P2P market: queue, case view, policy suggestions, decisions and strikes.
Built with Qt %1.</source>
        <translation>ระบบจัดการการร้องเรียนสำหรับเจ้าหน้าที่ของตลาด P2P: คิว มุมมองกรณี คำแนะนำตามนโยบาย การตัดสิน และความผิด
สร้างด้วย Qt %1</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>รายงาน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case report…</source>
        <translation>รายงานกรณี (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>สำรองฐานข้อมูล (&amp;B)…</translation>
    </message>
    <message>
        <source>Updating the queue for the new settings: %L1 of %L2 cases…</source>
        <translation>กำลังปรับคิวตามการตั้งค่าใหม่: %L1 จาก %L2 กรณี…</translation>
    </message>
    <message>
        <source>The queue is up to date with the new settings.</source>
        <translation>ปรับคิวตามการตั้งค่าใหม่แล้ว</translation>
    </message>
    <message>
        <source>The queue could not be updated for the new settings: %1</source>
        <translation>ปรับคิวตามการตั้งค่าใหม่ไม่ได้: %1</translation>
    </message>
    <message>
        <source>C&amp;laim or release the case</source>
        <translation>รับหรือปล่อยกรณี (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>Confirm a&amp;buse on the selected message…</source>
        <translation>ยืนยันการใช้ภาษาที่ไม่เหมาะสมในข้อความที่เลือก (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Void the selected strike…</source>
        <translation>ยกเลิกความผิดที่เลือก (&amp;V)…</translation>
    </message>
    <message>
        <source>Show the &amp;timeline</source>
        <translation>แสดงลำดับเหตุการณ์ (&amp;T)</translation>
    </message>
    <message>
        <source>Show the tran&amp;script</source>
        <translation>แสดงบทสนทนา (&amp;S)</translation>
    </message>
    <message>
        <source>Show the s&amp;uggestion</source>
        <translation>แสดงคำแนะนำ (&amp;U)</translation>
    </message>
    <message>
        <source>Show the parti&amp;es</source>
        <translation>แสดงคู่กรณี (&amp;E)</translation>
    </message>
    <message>
        <source>Tea&amp;m lead</source>
        <translation>หัวหน้าทีม (&amp;M)</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a team server…</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์ของทีม (&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;open the decided case…</source>
        <translation>เปิดเคสที่ตัดสินแล้วใหม่ (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Second review of decisions…</source>
        <translation>ทบทวนคำตัดสินรอบสอง (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Consistency and charts…</source>
        <translation>ความสม่ำเสมอและแผนภูมิ (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MarketHolidaysEditor</name>
    <message>
        <source>Holidays by market (payments do not settle)</source>
        <translation>วันหยุดตามตลาด (ไม่มีการชำระเงิน)</translation>
    </message>
    <message>
        <source>SEK: Swedish bank holidays</source>
        <translation>SEK: วันหยุดธนาคารของสวีเดน</translation>
    </message>
    <message>
        <source>BGN: Bulgarian public holidays</source>
        <translation>BGN: วันหยุดราชการของบัลแกเรีย</translation>
    </message>
    <message>
        <source>THB: Bank of Thailand financial-institution holidays</source>
        <translation>THB: วันหยุดของสถาบันการเงินตามประกาศธนาคารแห่งประเทศไทย</translation>
    </message>
    <message>
        <source>EUR: TARGET2 closing days</source>
        <translation>EUR: วันปิดทำการของ TARGET2</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>เพิ่มวัน</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>ลบวัน</translation>
    </message>
    <message>
        <source>Restore the shipped list</source>
        <translation>คืนค่ารายการที่มากับโปรแกรม</translation>
    </message>
    <message>
        <source>The list shipped with AppealDesk for 2020–2035, with its source named in resources/holidays</source>
        <translation>รายการที่มากับ AppealDesk สำหรับปี 2020–2035 พร้อมระบุแหล่งที่มาใน resources/holidays</translation>
    </message>
</context>
<context>
    <name>OrderFactsPanel</name>
    <message>
        <source>%1 against market %2 (%3%)</source>
        <translation>%1 เทียบกับราคาตลาด %2 (%3%)</translation>
    </message>
    <message>
        <source>P2P appeal by the seller</source>
        <translation>การร้องเรียน P2P ของผู้ขาย</translation>
    </message>
    <message>
        <source>P2P appeal by the buyer</source>
        <translation>การร้องเรียน P2P ของผู้ซื้อ</translation>
    </message>
    <message>
        <source>Live chat abuse report</source>
        <translation>รายงานการใช้ภาษาที่ไม่เหมาะสมในแชทสด</translation>
    </message>
    <message>
        <source>Appeal against a live chat suspension</source>
        <translation>การร้องเรียนการระงับแชทสด</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>กรณี:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>%1, stated reason %2</source>
        <translation>%1, เหตุผลที่ระบุ %2</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>คำสั่งซื้อ:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>จำนวนเงิน:</translation>
    </message>
    <message>
        <source>%1 %2 for %3 %4</source>
        <translation>%1 %2 ในราคา %3 %4</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>ราคา:</translation>
    </message>
    <message>
        <source>%1 (no market price)</source>
        <translation>%1 (ไม่มีราคาตลาด)</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>วิธีการชำระเงิน:</translation>
    </message>
    <message>
        <source>%1 (real-time)</source>
        <translation>%1 (เรียลไทม์)</translation>
    </message>
    <message>
        <source>%1 (not real-time)</source>
        <translation>%1 (ไม่ใช่เรียลไทม์)</translation>
    </message>
    <message>
        <source>Seller account:</source>
        <translation>บัญชีของผู้ขาย:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <source>Marked paid</source>
        <translation>ทำเครื่องหมายว่าชำระแล้ว</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>ปล่อยคริปโตแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>Suspension:</source>
        <translation>การระงับ:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from %1</source>
        <translation>
            <numerusform>%n วัน ตั้งแต่ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no verified name</source>
        <translation>ไม่มีชื่อที่ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2), verified name: %3</source>
        <translation>%1 (%2) ชื่อที่ยืนยันแล้ว: %3</translation>
    </message>
    <message>
        <source>Ended on %1: there is nothing to lift</source>
        <translation>สิ้นสุดเมื่อ %1 ไม่มีสิ่งใดต้องยกเลิก</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>สิ้นสุดเมื่อ %1</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No output file was given</source>
        <translation>ไม่ได้ระบุไฟล์ผลลัพธ์</translation>
    </message>
    <message>
        <source>%1 is the open database (or one of its files); an output never replaces it</source>
        <translation>%1 คือฐานข้อมูลที่เปิดอยู่ (หรือไฟล์หนึ่งของฐานข้อมูล) ไฟล์ผลลัพธ์จะไม่แทนที่ไฟล์นี้</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; an output is never written through one</source>
        <translation>%1 เป็นลิงก์สัญลักษณ์ ไฟล์ผลลัพธ์จะไม่ถูกเขียนผ่านลิงก์</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file</source>
        <translation>%1 มีอยู่แล้วและไม่ใช่ไฟล์ปกติ</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is (--force replaces it)</source>
        <translation>%1 มีอยู่แล้วและไม่ถูกแก้ไข (--force จะแทนที่)</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>เขียน %1 ไม่ได้: ไม่มีโฟลเดอร์ %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>ทำให้ %1 เป็นไฟล์ส่วนตัวไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it was not opened</source>
        <translation>เขียน %1 ไม่ได้: ไม่ได้เปิดไฟล์</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>No strikes recorded on this desk.</source>
        <translation>ไม่มีความผิดที่บันทึกไว้ในระบบนี้</translation>
    </message>
    <message>
        <source>Void strike…</source>
        <translation>ยกเลิกความผิด…</translation>
    </message>
    <message>
        <source>Team leads: void the selected strike, with a reason</source>
        <translation>หัวหน้าทีม: ยกเลิกความผิดที่เลือกพร้อมระบุเหตุผล</translation>
    </message>
    <message>
        <source>Strikes:</source>
        <translation>ความผิด:</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>จนถึง %1</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>จนกว่าจะยกเลิกการระงับ</translation>
    </message>
    <message>
        <source>%1, %2 (case %3, clause %4)</source>
        <translation>%1, %2 (กรณี %3, ข้อ %4)</translation>
    </message>
    <message>
        <source>No active sanctions.</source>
        <translation>ไม่มีบทลงโทษที่มีผลอยู่</translation>
    </message>
    <message>
        <source>Active sanctions:</source>
        <translation>บทลงโทษที่มีผลอยู่:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>เปิดเมื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier cases.</source>
        <translation>ไม่มีกรณีก่อนหน้า</translation>
    </message>
    <message>
        <source>Earlier cases (click to open):</source>
        <translation>กรณีก่อนหน้า (คลิกเพื่อเปิด):</translation>
    </message>
    <message>
        <source>Earlier cases, the latest %1 of %2 (click to open):</source>
        <translation>กรณีก่อนหน้า %1 กรณีล่าสุดจาก %2 กรณี (คลิกเพื่อเปิด):</translation>
    </message>
    <message>
        <source>Imported with the case (history): %1</source>
        <translation>นำเข้ามากับกรณี (ประวัติ): %1</translation>
    </message>
    <message>
        <source>Strikes from before this desk, as the case bundle gives them. The policy counts them with the strikes recorded here.</source>
        <translation>ความผิดจากก่อนมีระบบนี้ ตามที่ชุดข้อมูลกรณีระบุ นโยบายนับรวมกับความผิดที่บันทึกที่นี่</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>CNY trades are outside the P2P rules: a person must judge</source>
        <translation>การเทรดด้วย CNY อยู่นอกกฎ P2P ต้องให้เจ้าหน้าที่พิจารณา</translation>
    </message>
    <message>
        <source>An uncooperative user may be suspended at the agent&apos;s discretion</source>
        <translation>ผู้ใช้ที่ไม่ให้ความร่วมมืออาจถูกระงับตามดุลยพินิจของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Order cancelled after the buyer paid: the seller is asked to refund</source>
        <translation>คำสั่งซื้อถูกยกเลิกหลังผู้ซื้อชำระเงิน: ขอให้ผู้ขายคืนเงิน</translation>
    </message>
    <message>
        <source>Buyer paid more than the order amount: the excess is refunded</source>
        <translation>ผู้ซื้อชำระเกินยอดคำสั่งซื้อ: คืนเงินส่วนเกิน</translation>
    </message>
    <message>
        <source>Seller has not released in time: release after 15 minutes (real-time) or 2 business days (non-instant)</source>
        <translation>ผู้ขายไม่ปล่อยคริปโตภายในเวลาที่กำหนด: ปล่อยหลัง 15 นาที (เรียลไทม์) หรือ 2 วันทำการ (ไม่ทันที)</translation>
    </message>
    <message>
        <source>Seller wants a higher price: release, unless the price is at or below 90 % of the market price</source>
        <translation>ผู้ขายต้องการราคาที่สูงขึ้น: ปล่อยคริปโต เว้นแต่ราคาเท่ากับหรือต่ำกว่า 90 % ของราคาตลาด</translation>
    </message>
    <message>
        <source>Sensitive words in the payment remark: the seller releases or refunds, refund fees on the buyer</source>
        <translation>มีคำอ่อนไหวในโน้ตเมื่อโอนเงิน: ผู้ขายปล่อยคริปโตหรือคืนเงิน ผู้ซื้อรับผิดชอบค่าธรรมเนียมการคืนเงิน</translation>
    </message>
    <message>
        <source>Abusive language: a strike, and a partial sanction from the 2nd</source>
        <translation>ภาษาที่ไม่เหมาะสม: นับความผิด และมีบทลงโทษบางส่วนตั้งแต่ครั้งที่ 2</translation>
    </message>
    <message>
        <source>Buyer marked paid but did not pay: cancel, with a strike; partial sanction from the 3rd</source>
        <translation>ผู้ซื้อทำเครื่องหมายว่าชำระแล้วแต่ไม่ได้ชำระ: ยกเลิกพร้อมนับความผิด มีบทลงโทษบางส่วนตั้งแต่ครั้งที่ 3</translation>
    </message>
    <message>
        <source>Paid to the wrong account: cancel, no refund guaranteed; a strike</source>
        <translation>ชำระเงินผิดบัญชี: ยกเลิก ไม่รับประกันการคืนเงิน นับความผิด</translation>
    </message>
    <message>
        <source>Payer name differs from the buyer&apos;s verified name: full refund; a strike</source>
        <translation>ชื่อผู้ชำระเงินต่างจากชื่อที่ยืนยันแล้วของผู้ซื้อ: คืนเงินเต็มจำนวน นับความผิด</translation>
    </message>
    <message>
        <source>Buyer paid less, not released: the buyer pays the remainder or the seller refunds</source>
        <translation>ผู้ซื้อชำระไม่ครบ ยังไม่ปล่อย: ผู้ซื้อชำระส่วนที่เหลือหรือผู้ขายคืนเงิน</translation>
    </message>
    <message>
        <source>Buyer paid less, already released: the buyer is asked for the remainder</source>
        <translation>ผู้ซื้อชำระไม่ครบ ปล่อยแล้ว: ขอให้ผู้ซื้อชำระส่วนที่เหลือ</translation>
    </message>
    <message>
        <source>Seller released before confirming the payment: the seller&apos;s risk</source>
        <translation>ผู้ขายปล่อยคริปโตก่อนยืนยันการชำระเงิน: ผู้ขายรับความเสี่ยงเอง</translation>
    </message>
    <message>
        <source>Abuse of a support agent: live-chat suspension by the ladder</source>
        <translation>การใช้ภาษาไม่เหมาะสมต่อเจ้าหน้าที่: ระงับแชทสดตามลำดับขั้น</translation>
    </message>
    <message>
        <source>Appeal against a live-chat suspension: lift, uphold or review by its grounds</source>
        <translation>การร้องเรียนการระงับแชทสด: ยกเลิกการระงับ คงการระงับ หรือพิจารณาตามเหตุผล</translation>
    </message>
    <message>
        <source>The case has no %1</source>
        <translation>กรณีนี้ไม่มี%1</translation>
    </message>
    <message>
        <source>A sanction lasts at least one day</source>
        <translation>บทลงโทษมีผลอย่างน้อยหนึ่งวัน</translation>
    </message>
    <message>
        <source>This revision of the rules allows only a suspension of a set length</source>
        <translation>กฎฉบับนี้อนุญาตเฉพาะการระงับที่มีระยะเวลากำหนดไว้</translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <source>No decision yet</source>
        <translation>ยังไม่มีการตัดสิน</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>ปล่อยคริปโต</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>ระงับ</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>ยกเลิกการระงับ</translation>
    </message>
    <message>
        <source>Uphold suspension</source>
        <translation>คงการระงับ</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>สร้างคำสั่งซื้อแล้ว</translation>
    </message>
    <message>
        <source>Marked paid</source>
        <translation>ทำเครื่องหมายว่าชำระแล้ว</translation>
    </message>
    <message>
        <source>Payment proof</source>
        <translation>หลักฐานการชำระเงิน</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>ปล่อยคริปโตแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Appeal opened</source>
        <translation>เปิดการร้องเรียนแล้ว</translation>
    </message>
    <message>
        <source>Seller contacted</source>
        <translation>ติดต่อผู้ขายแล้ว</translation>
    </message>
    <message>
        <source>Buyer contacted</source>
        <translation>ติดต่อผู้ซื้อแล้ว</translation>
    </message>
    <message>
        <source>Party unresponsive</source>
        <translation>คู่กรณีไม่ตอบกลับ</translation>
    </message>
    <message>
        <source>Seller reported payment not received</source>
        <translation>ผู้ขายแจ้งว่ายังไม่ได้รับการชำระเงิน</translation>
    </message>
    <message>
        <source>Seller confirmed receipt</source>
        <translation>ผู้ขายยืนยันว่าได้รับเงินแล้ว</translation>
    </message>
    <message>
        <source>Remainder requested</source>
        <translation>ขอให้ชำระส่วนที่เหลือแล้ว</translation>
    </message>
    <message>
        <source>Remainder paid</source>
        <translation>ชำระส่วนที่เหลือแล้ว</translation>
    </message>
    <message>
        <source>Buyer refused to pay the remainder</source>
        <translation>ผู้ซื้อปฏิเสธที่จะชำระส่วนที่เหลือ</translation>
    </message>
    <message>
        <source>Refund proof</source>
        <translation>หลักฐานการคืนเงิน</translation>
    </message>
    <message>
        <source>Refund confirmed</source>
        <translation>ยืนยันการคืนเงินแล้ว</translation>
    </message>
    <message>
        <source>Abuse confirmed</source>
        <translation>ยืนยันการใช้ภาษาไม่เหมาะสมแล้ว</translation>
    </message>
    <message>
        <source>Impersonation confirmed</source>
        <translation>ยืนยันการแอบอ้างตัวตนแล้ว</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>ภาษาที่ไม่เหมาะสม</translation>
    </message>
    <message>
        <source>Non-payment cancellation</source>
        <translation>ยกเลิกเพราะไม่ชำระเงิน</translation>
    </message>
    <message>
        <source>Wrong account payment</source>
        <translation>ชำระเงินผิดบัญชี</translation>
    </message>
    <message>
        <source>KYC name mismatch</source>
        <translation>ชื่อ KYC ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Live chat abuse</source>
        <translation>ใช้ภาษาไม่เหมาะสมในแชทสด</translation>
    </message>
    <message>
        <source>P2P trading</source>
        <translation>การเทรด P2P</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>บางส่วน</translation>
    </message>
    <message>
        <source>Whole account</source>
        <translation>ทั้งบัญชี</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>แชทสด</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>ผู้ขาย</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>บอท</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>Order chat</source>
        <translation>แชทในคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Order comment</source>
        <translation>ความคิดเห็นในคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>P2P appeal</source>
        <translation>การร้องเรียน P2P</translation>
    </message>
    <message>
        <source>Live chat appeal</source>
        <translation>การร้องเรียนการระงับแชทสด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>ตัดสินแล้ว</translation>
    </message>
</context>
<context>
    <name>PolicySettingsDialog</name>
    <message>
        <source>Fixed length</source>
        <translation>ระยะเวลาคงที่</translation>
    </message>
    <message>
        <source>Policy settings</source>
        <translation>การตั้งค่านโยบาย</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>&amp;Response window:</source>
        <translation>ระยะเวลาตอบกลับ (&amp;R):</translation>
    </message>
    <message>
        <source>Real-time release (B3):</source>
        <translation>ปล่อยคริปโตเมื่อชำระแบบเรียลไทม์ (B3):</translation>
    </message>
    <message>
        <source>Non-instant release (B3, S1):</source>
        <translation>ปล่อยคริปโตเมื่อชำระแบบไม่ทันที (B3, S1):</translation>
    </message>
    <message>
        <source>Queue SLA without a policy deadline:</source>
        <translation>SLA ของคิวเมื่อไม่มีกำหนดเวลาตามนโยบาย:</translation>
    </message>
    <message>
        <source>Thresholds and sanctions</source>
        <translation>เกณฑ์และบทลงโทษ</translation>
    </message>
    <message>
        <source>Price anomaly at or below (B4):</source>
        <translation>ราคาผิดปกติเมื่อเท่ากับหรือต่ำกว่า (B4):</translation>
    </message>
    <message>
        <source>Partial sanction at non-payment strike (S1):</source>
        <translation>บทลงโทษบางส่วนเมื่อความผิดฐานไม่ชำระเงินครั้งที่ (S1):</translation>
    </message>
    <message>
        <source>Account sanction at wrong-account strike (S2a):</source>
        <translation>บทลงโทษทั้งบัญชีเมื่อความผิดฐานชำระผิดบัญชีครั้งที่ (S2a):</translation>
    </message>
    <message>
        <source>Wrong-account sanction length (S2a):</source>
        <translation>ระยะเวลาบทลงโทษกรณีชำระผิดบัญชี (S2a):</translation>
    </message>
    <message>
        <source>KYC mismatch sanction length (S2b):</source>
        <translation>ระยะเวลาบทลงโทษกรณีชื่อ KYC ไม่ตรงกัน (S2b):</translation>
    </message>
    <message>
        <source>Partial sanction at abusive-language strike (B6, S4):</source>
        <translation>บทลงโทษบางส่วนเมื่อความผิดฐานใช้ภาษาไม่เหมาะสมครั้งที่ (B6, S4):</translation>
    </message>
    <message>
        <source>Partial sanction length:</source>
        <translation>ระยะเวลาบทลงโทษบางส่วน:</translation>
    </message>
    <message>
        <source>e.g. 1, 7, 30</source>
        <translation>เช่น 1, 7, 30</translation>
    </message>
    <message>
        <source>Days of the live chat suspension for the 1st, 2nd, … strike; the last applies from then on</source>
        <translation>จำนวนวันที่ระงับแชทสดสำหรับความผิดครั้งที่ 1, 2, … ค่าสุดท้ายใช้กับครั้งต่อๆ ไปทั้งหมด</translation>
    </message>
    <message>
        <source>Live chat &amp;ladder (LC1), days:</source>
        <translation>ลำดับขั้นการระงับแชทสด (LC1) เป็นวัน (&amp;L):</translation>
    </message>
    <message>
        <source>Holidays (not business days in any market)</source>
        <translation>วันหยุด (ไม่ใช่วันทำการในทุกตลาด)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a percentage: &quot;90%&quot; in English, &quot;90 %&quot; in Swedish</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation>ดูตัวอย่างการเปลี่ยนแปลง (&amp;P)</translation>
    </message>
    <message>
        <source>What the values above would change on the open cases and on the last 30 days&apos; decisions, before anything is saved</source>
        <translation>ค่าด้านบนจะเปลี่ยนอะไรในเคสที่เปิดอยู่และคำตัดสินใน 30 วันที่ผ่านมา ก่อนบันทึกใดๆ</translation>
    </message>
    <message>
        <source>Cancel &amp;preview</source>
        <translation>ยกเลิกการดูตัวอย่าง (&amp;P)</translation>
    </message>
</context>
<context>
    <name>PolicySettingsKeys</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่จำนวนเต็มตั้งแต่ %3 ถึง %4</translation>
    </message>
    <message>
        <source>%1: at most %2 steps</source>
        <translation>%1: ไม่เกิน %2 ขั้น</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD, 2000 to 2099)</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่วันที่ (YYYY-MM-DD ปี 2000 ถึง 2099)</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the settings are: %2</source>
        <translation>ไม่รู้จักการตั้งค่า &quot;%1&quot; การตั้งค่าที่มีคือ: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE</source>
        <translation>&quot;%1&quot; ไม่อยู่ในรูป KEY=VALUE</translation>
    </message>
</context>
<context>
    <name>Purger</name>
    <message>
        <source>A purge needs a date, the agent&apos;s name and a time</source>
        <translation>การล้างข้อมูลต้องมีวันที่ ชื่อเจ้าหน้าที่ และเวลา</translation>
    </message>
    <message>
        <source>Cannot purge inside another write transaction</source>
        <translation>ล้างข้อมูลภายในธุรกรรมการเขียนอื่นไม่ได้</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ไฟล์ %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>ทางลัด</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>วิธีใช้: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[ตัวเลือก]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>ตัวเลือก:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>อาร์กิวเมนต์:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>แสดงความช่วยเหลือเกี่ยวกับตัวเลือกบรรทัดคำสั่ง</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>แสดงความช่วยเหลือรวมถึงตัวเลือกเฉพาะของ Qt</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>แสดงข้อมูลรุ่น</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>ไม่รู้จักตัวเลือก &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>ไม่รู้จักตัวเลือก: %1</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>ไม่มีค่าหลัง &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>มีค่าที่ไม่คาดคิดหลัง &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก (&amp;C)</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์ (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ไฟล์ประเภท:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์หลัก</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 มีอยู่แล้ว
ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ตกลง (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ละเว้น</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>Search case, order, user, nickname or chat text</source>
        <translation>ค้นหากรณี คำสั่งซื้อ ผู้ใช้ ชื่อเล่น หรือข้อความแชท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Suggested clause</source>
        <translation>ข้อที่แนะนำ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Fiat currency</source>
        <translation>สกุลเงินเฟียต</translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation>เจ้าหน้าที่ที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <source>Only cases assigned to me</source>
        <translation>เฉพาะกรณีที่มอบหมายให้ฉัน</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>ล้างการค้นหาและตัวกรอง</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Any clause</source>
        <translation>ทุกข้อ</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>ทุกภาษา</translation>
    </message>
    <message>
        <source>Any fiat</source>
        <translation>ทุกสกุลเงินเฟียต</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>เจ้าหน้าที่ทุกคน</translation>
    </message>
    <message>
        <source>%L1+ matches, first %L1 shown</source>
        <translation>พบ %L1+ รายการ แสดง %L1 รายการแรก</translation>
    </message>
    <message>
        <source>The search found more cases than the queue lists. Refine the search or the filters.</source>
        <translation>การค้นหาพบกรณีมากกว่าที่คิวแสดง โปรดระบุการค้นหาหรือตัวกรองให้แคบลง</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln กรณี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in other statuses</source>
        <translation>
            <numerusform>อีก %Ln รายการในสถานะอื่น</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the matches of every status</source>
        <translation>แสดงผลที่ตรงกันในทุกสถานะ</translation>
    </message>
    <message>
        <source>%L1+ cases, counting…</source>
        <translation>%L1+ กรณี กำลังนับ…</translation>
    </message>
    <message>
        <source>The queue shows the first cases while it counts the rest.</source>
        <translation>คิวแสดงกรณีแรก ๆ ระหว่างที่นับกรณีที่เหลือ</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 วัน %2 ชม.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Buyer %1</source>
        <translation>ผู้ซื้อ %1</translation>
    </message>
    <message>
        <source>Seller %1</source>
        <translation>ผู้ขาย %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>เฟียต</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>เกินกำหนดตั้งแต่ %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>กำหนด %1</translation>
    </message>
    <message>
        <source>%1 holds no claim on the case: anyone may take it</source>
        <translation>%1 ไม่ได้รับเรื่องนี้ไว้: ใครก็รับเรื่องได้</translation>
    </message>
    <message>
        <source>%1&apos;s claim ran out %2: anyone may take the case</source>
        <translation>การรับเรื่องของ %1 หมดเวลาเมื่อ %2: ใครก็รับเรื่องได้</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>อยู่ระหว่างการดูแลของ %1 จนถึง %2</translation>
    </message>
</context>
<context>
    <name>QueueQuery</name>
    <message>
        <source>The case %1 has an unknown status &quot;%2&quot;</source>
        <translation>เคส %1 มีสถานะที่ไม่รู้จัก &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>เหตุผล (จำเป็น)</translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <source>Record event</source>
        <translation>บันทึกเหตุการณ์</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>บันทึก (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>เหตุการณ์ (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>คู่กรณี (&amp;P):</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>ข้อความ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>บันทึก (&amp;N):</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Select the abusive message in the transcript first.</source>
        <translation>เลือกข้อความที่ไม่เหมาะสมในบทสนทนาก่อน</translation>
    </message>
    <message>
        <source>#%1 from %2: %3</source>
        <translation>#%1 จาก %2: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>บันทึก (จำเป็น)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen case %1</source>
        <translation>เปิดเคส %1 ใหม่</translation>
    </message>
    <message>
        <source>Decided %1 by %2 on %3.</source>
        <translation>ตัดสินเป็น %1 โดย %2 เมื่อ %3</translation>
    </message>
    <message numerus="yes">
        <source>Reopening voids the %n strike(s) this decision recorded.</source>
        <translation>
            <numerusform>การเปิดเคสใหม่จะยกเลิกสไตรก์ %n รายการที่คำตัดสินนี้บันทึกไว้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also voids its %n sanction(s).</source>
        <translation>
            <numerusform>และยกเลิกบทลงโทษ %n รายการด้วย</numerusform>
        </translation>
    </message>
    <message>
        <source>The case goes back to the queue and is decided again. The decision stays in the case&apos;s history, and the reopen in the audit log.</source>
        <translation>เคสจะกลับเข้าคิวและตัดสินใหม่ คำตัดสินเดิมยังอยู่ในประวัติของเคส และการเปิดใหม่อยู่ในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>เปิดเคสใหม่</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>เปิดเมื่อ (UTC)</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>ตัดสินเมื่อ (UTC)</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>กำหนดเวลา (UTC)</translation>
    </message>
    <message>
        <source>Minutes to decision</source>
        <translation>นาทีจนถึงการตัดสิน</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>ตัดสินล่าช้า</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Suggested outcome</source>
        <translation>ผลที่แนะนำ</translation>
    </message>
    <message>
        <source>Decided outcome</source>
        <translation>ผลที่ตัดสิน</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>ตัดสินต่างจากคำแนะนำ</translation>
    </message>
    <message>
        <source>Override note</source>
        <translation>บันทึกเหตุผลที่ตัดสินต่างจากคำแนะนำ</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Policy revision</source>
        <translation>ฉบับของนโยบาย</translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation>ความผิด</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>บทลงโทษ</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>เฟียต</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Buyer nickname</source>
        <translation>ชื่อเล่นของผู้ซื้อ</translation>
    </message>
    <message>
        <source>Buyer verified name</source>
        <translation>ชื่อที่ยืนยันแล้วของผู้ซื้อ</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>ผู้ขาย</translation>
    </message>
    <message>
        <source>Seller nickname</source>
        <translation>ชื่อเล่นของผู้ขาย</translation>
    </message>
    <message>
        <source>Seller verified name</source>
        <translation>ชื่อที่ยืนยันแล้วของผู้ขาย</translation>
    </message>
    <message>
        <source>Seller account</source>
        <translation>บัญชีของผู้ขาย</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>ชื่อเล่นของผู้ใช้</translation>
    </message>
    <message>
        <source>User verified name</source>
        <translation>ชื่อที่ยืนยันแล้วของผู้ใช้</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>แผนภูมิ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>Cannot start the PDF document.</source>
        <translation>เริ่มเอกสาร PDF ไม่ได้</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>หน้า %1</translation>
    </message>
    <message>
        <source>Cannot finish the PDF document.</source>
        <translation>ทำเอกสาร PDF ให้เสร็จไม่ได้</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>ยกเลิกรายงานแล้ว</translation>
    </message>
    <message>
        <source>The period is invalid: it needs a start and an end date, the end not before the start.</source>
        <translation>ช่วงเวลาไม่ถูกต้อง ต้องมีวันเริ่มต้นและวันสิ้นสุด และวันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <source>(no clause)</source>
        <translation>(ไม่มีข้อ)</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>(ไม่มีเจ้าหน้าที่)</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>การตัดสินที่ต่างจากคำแนะนำ</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>อัตราการตัดสินที่ต่างจากคำแนะนำ</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>เวลามัธยฐานจนถึงการตัดสิน</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>เปอร์เซ็นไทล์ที่ 90</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>รายงานกรณี</translation>
    </message>
    <message>
        <source>No cases were decided in this period with these filters.</source>
        <translation>ไม่มีกรณีที่ตัดสินในช่วงเวลานี้ตามตัวกรองเหล่านี้</translation>
    </message>
    <message>
        <source>Summary only: the per-case table was left out of this report.</source>
        <translation>สรุปเท่านั้น: รายงานนี้ไม่มีตารางรายกรณี</translation>
    </message>
    <message>
        <source>Period (decided)</source>
        <translation>ช่วงเวลา (ที่ตัดสิน)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <source>Policy revisions</source>
        <translation>ฉบับของนโยบาย</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Settings in force</source>
        <translation>การตั้งค่าที่ใช้อยู่</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>masked (initials, last 4 digits of accounts)</source>
        <translation>ปกปิด (อักษรย่อชื่อ เลขบัญชี 4 หลักสุดท้าย)</translation>
    </message>
    <message>
        <source>not masked (recorded in the audit log)</source>
        <translation>ไม่ปกปิด (บันทึกไว้ในบันทึกการตรวจสอบ)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>ส่วนหัวของสายการตรวจสอบ</translation>
    </message>
    <message>
        <source>empty audit log</source>
        <translation>บันทึกการตรวจสอบว่างเปล่า</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>กรณีทั้งหมด</translation>
    </message>
    <message>
        <source>Cases by outcome</source>
        <translation>กรณีตามผล</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Cases by kind</source>
        <translation>กรณีตามประเภท</translation>
    </message>
    <message>
        <source>By clause (the clause that gave the suggestion)</source>
        <translation>ตามข้อ (ข้อที่ให้คำแนะนำ)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>ตามเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Deadlines (SLA)</source>
        <translation>กำหนดเวลา (SLA)</translation>
    </message>
    <message>
        <source>Cases with a deadline</source>
        <translation>กรณีที่มีกำหนดเวลา</translation>
    </message>
    <message>
        <source>Decided after the deadline</source>
        <translation>ตัดสินหลังกำหนดเวลา</translation>
    </message>
    <message>
        <source>Strikes issued by kind</source>
        <translation>ความผิดที่บันทึกตามประเภท</translation>
    </message>
    <message>
        <source>Sanctions issued by scope</source>
        <translation>บทลงโทษที่ออกตามขอบเขต</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>ขอบเขต</translation>
    </message>
    <message>
        <source>Users with most strikes</source>
        <translation>ผู้ใช้ที่มีความผิดมากที่สุด</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation>ชื่อที่ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Override rate by clause</source>
        <translation>อัตราการตัดสินที่ต่างจากคำแนะนำตามข้อ</translation>
    </message>
    <message>
        <source>Override rate by agent</source>
        <translation>อัตราการตัดสินที่ต่างจากคำแนะนำตามเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Median time to decision by clause</source>
        <translation>เวลามัธยฐานจนถึงการตัดสินตามข้อ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>เปิดเมื่อ</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>ตัดสินเมื่อ</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>เวลาจนถึงการตัดสิน</translation>
    </message>
    <message>
        <source>Strikes and sanctions</source>
        <translation>ความผิดและบทลงโทษ</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>คู่กรณี</translation>
    </message>
    <message>
        <source>late</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>ปล่อยคริปโต</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>ระงับ</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>ยกเลิกการระงับ</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>คงการระงับ</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>ไม่มีผล</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 วัน %2 ชม.</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 ถึง %2 (UTC)</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>เจ้าหน้าที่ %1</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>ข้อ %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>ประเภท %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>length open</source>
        <translation>ไม่กำหนดระยะเวลา</translation>
    </message>
    <message>
        <source>This period has %1 decided cases, too many to list in a PDF: the per-case table is left out. Export CSV or HTML for every case, or narrow the period or the filters.</source>
        <translation>ช่วงเวลานี้มีกรณีที่ตัดสินแล้ว %1 กรณี มากเกินกว่าจะแสดงใน PDF จึงไม่ใส่ตารางรายกรณี ส่งออกเป็น CSV หรือ HTML เพื่อดูทุกกรณี หรือจำกัดช่วงเวลาหรือตัวกรองให้แคบลง</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: &quot;7.1%&quot; in English, &quot;7,1 %&quot; in Swedish</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Team&apos;s rate</source>
        <translation>อัตราของทีม</translation>
    </message>
    <message>
        <source>Most overridden to</source>
        <translation>เปลี่ยนเป็นบ่อยที่สุด</translation>
    </message>
    <message>
        <source>Far from the team</source>
        <translation>ต่างจากทีมมาก</translation>
    </message>
    <message>
        <source>overrides more</source>
        <translation>ตัดสินต่างบ่อยกว่า</translation>
    </message>
    <message>
        <source>overrides less</source>
        <translation>ตัดสินต่างน้อยกว่า</translation>
    </message>
    <message>
        <source>Overrides by clause and agent</source>
        <translation>การตัดสินต่างจากคำแนะนำตามข้อและเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>SLA breaches per day</source>
        <translation>การเกิน SLA ต่อวัน</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>การทบทวนทั้งหมด</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>ทบทวนแล้ว</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>อัตราที่เห็นด้วย</translation>
    </message>
    <message>
        <source>Second review: agreement by agent</source>
        <translation>การทบทวนรอบสอง: อัตราที่เห็นด้วยตามเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Second review: agreement by clause</source>
        <translation>การทบทวนรอบสอง: อัตราที่เห็นด้วยตามข้อ</translation>
    </message>
    <message>
        <source>Consistency across agents (outliers first)</source>
        <translation>ความสม่ำเสมอระหว่างเจ้าหน้าที่ (ที่ต่างมากก่อน)</translation>
    </message>
    <message>
        <source>Cannot write a temporary file for the report: %1</source>
        <translation>ไม่สามารถเขียนไฟล์ชั่วคราวสำหรับรายงานได้: %1</translation>
    </message>
    <message>
        <source>The report&apos;s temporary file ends in a record.</source>
        <translation>ไฟล์ชั่วคราวของรายงานจบกลางระเบียน</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The team lead&apos;s case report.</source>
        <translation>รายงานกรณีของหัวหน้าทีม</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>แสดงความช่วยเหลือนี้</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>วันแรกของช่วงเวลา (YYYY-MM-DD, UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD, UTC), inclusive.</source>
        <translation>วันสุดท้ายของช่วงเวลา (YYYY-MM-DD, UTC) รวมวันนั้นด้วย</translation>
    </message>
    <message>
        <source>csv, pdf or html.</source>
        <translation>csv, pdf หรือ html</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>ไฟล์ที่จะเขียน</translation>
    </message>
    <message>
        <source>Only decisions of this agent.</source>
        <translation>เฉพาะการตัดสินของเจ้าหน้าที่นี้</translation>
    </message>
    <message>
        <source>Only decisions under this clause (G0, B1 ... LC2).</source>
        <translation>เฉพาะการตัดสินตามข้อนี้ (G0, B1 ... LC2)</translation>
    </message>
    <message>
        <source>Only cases of this kind (%1).</source>
        <translation>เฉพาะกรณีประเภทนี้ (%1)</translation>
    </message>
    <message>
        <source>Report language: en, sv, bg or th.</source>
        <translation>ภาษาของรายงาน: en, sv, bg หรือ th</translation>
    </message>
    <message>
        <source>Do not mask verified names and account numbers (recorded in the audit log).</source>
        <translation>ไม่ปกปิดชื่อที่ยืนยันแล้วและเลขบัญชี (บันทึกไว้ในบันทึกการตรวจสอบ)</translation>
    </message>
    <message>
        <source>Who asks for the report, for the audit log (default: $USER).</source>
        <translation>ผู้ขอรายงาน สำหรับบันทึกการตรวจสอบ (ค่าเริ่มต้น: $USER)</translation>
    </message>
    <message>
        <source>Start a CSV file with a BOM (Excel).</source>
        <translation>เริ่มไฟล์ CSV ด้วย BOM (Excel)</translation>
    </message>
    <message>
        <source>PDF paper: a4 (default) or letter.</source>
        <translation>กระดาษของ PDF: a4 (ค่าเริ่มต้น) หรือ letter</translation>
    </message>
    <message>
        <source>PDF/HTML: the summary and charts without the per-case table.</source>
        <translation>PDF/HTML: สรุปและแผนภูมิ โดยไม่มีตารางรายกรณี</translation>
    </message>
    <message>
        <source>The database (opened by the caller).</source>
        <translation>ฐานข้อมูล (เปิดโดยผู้เรียกใช้)</translation>
    </message>
    <message>
        <source>Try: appealdesk report --help</source>
        <translation>ลองใช้: appealdesk report --help</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>อาร์กิวเมนต์ %1 ที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>ต้องระบุ --%1</translation>
    </message>
    <message>
        <source>--format must be csv, pdf or html, not %1</source>
        <translation>--format ต้องเป็น csv, pdf หรือ html ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o ต้องมีชื่อไฟล์</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind ต้องเป็นหนึ่งใน %1</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper ต้องเป็น a4 หรือ letter</translation>
    </message>
    <message>
        <source>--pdf-max-rows needs a whole number</source>
        <translation>--pdf-max-rows ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>No cases were decided in this period with these filters.</source>
        <translation>ไม่มีกรณีที่ตัดสินในช่วงเวลานี้ตามตัวกรองเหล่านี้</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>แทนที่ไฟล์ผลลัพธ์หากมีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Also write FILE.checkpoint: the audit chain&apos;s head signed with this key (appealdesk audit keygen).</source>
        <translation>เขียน FILE.checkpoint ด้วย: ส่วนหัวของห่วงโซ่การตรวจสอบที่ลงนามด้วยกุญแจนี้ (appealdesk audit keygen)</translation>
    </message>
    <message>
        <source>PDF: list the cases only up to this many (default: all); over it the PDF has the summary and charts.</source>
        <translation>PDF: แสดงรายการเคสไม่เกินจำนวนนี้ (ค่าเริ่มต้น: ทั้งหมด) หากเกินกว่านี้ PDF จะมีเฉพาะสรุปและแผนภูมิ</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>เจ้าหน้าที่ทุกคน</translation>
    </message>
    <message>
        <source>All clauses</source>
        <translation>ทุกข้อ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>PDF (summary, charts, cases)</source>
        <translation>PDF (สรุป แผนภูมิ กรณี)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (ไฟล์เดียวที่สมบูรณ์ในตัว)</translation>
    </message>
    <message>
        <source>CSV (one row per case)</source>
        <translation>CSV (หนึ่งแถวต่อหนึ่งกรณี)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (สหรัฐฯ)</translation>
    </message>
    <message>
        <source>Start with a &amp;BOM (for Excel)</source>
        <translation>เริ่มด้วย BOM (สำหรับ Excel) (&amp;B)</translation>
    </message>
    <message>
        <source>Su&amp;mmary and charts only (for long periods)</source>
        <translation>เฉพาะสรุปและแผนภูมิ (สำหรับช่วงเวลายาว) (&amp;M)</translation>
    </message>
    <message>
        <source>Mask personal &amp;data (verified names, account numbers)</source>
        <translation>ปกปิดข้อมูลส่วนบุคคล (ชื่อที่ยืนยันแล้ว เลขบัญชี) (&amp;D)</translation>
    </message>
    <message>
        <source>An unmasked export is recorded in the audit log with your name.</source>
        <translation>การส่งออกที่ไม่ปกปิดข้อมูลจะถูกบันทึกในบันทึกการตรวจสอบพร้อมชื่อของคุณ</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ตั้งแต่ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>ถึง (&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>เจ้าหน้าที่ (&amp;G):</translation>
    </message>
    <message>
        <source>C&amp;lause:</source>
        <translation>ข้อ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ประเภท (&amp;K):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>รูปแบบ (&amp;O):</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>กระดาษ (&amp;E):</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>ดูตัวอย่าง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>บันทึก (&amp;S)…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>ยกเลิกแล้ว ไม่ได้เขียนไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n case(s).</source>
        <translation>
            <numerusform>ตัวอย่างของ %n กรณี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1.</source>
        <translation>
            <numerusform>บันทึก %n กรณีลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>ไฟล์ %1 (*.%2)</translation>
    </message>
    <message>
        <source>Too many cases for a PDF table: the PDF has the summary and charts; export CSV or HTML for the per-case rows.</source>
        <translation>มีกรณีมากเกินกว่าจะใส่ตารางใน PDF ได้ PDF จะมีสรุปและแผนภูมิ ส่งออกเป็น CSV หรือ HTML เพื่อดูแถวรายกรณี</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <comment>stops a running report; its accelerator differs from Close&apos;s</comment>
        <translation>ยกเลิก (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Latin and Cyrillic</source>
        <translation>อักษรละตินและซีริลลิก</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>อักษรไทย</translation>
    </message>
    <message>
        <source>The report font for %1, &quot;%2&quot;, is not installed (Debian package %3): &quot;%4&quot; is used instead, so text may wrap differently.</source>
        <translation>ไม่ได้ติดตั้งแบบอักษรของรายงานสำหรับ%1 &quot;%2&quot; (แพ็กเกจ Debian %3) จึงใช้ &quot;%4&quot; แทน ข้อความอาจตัดบรรทัดต่างออกไป</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>A review needs the reviewer, the decision&apos;s time and its own</source>
        <translation>การทบทวนต้องมีผู้ทบทวน เวลาของคำตัดสิน และเวลาของการทบทวน</translation>
    </message>
    <message>
        <source>The decision of %1 on case %2 was already reviewed</source>
        <translation>คำตัดสินเมื่อ %1 ของเคส %2 ได้รับการทบทวนแล้ว</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Agree with the decision</source>
        <translation>เห็นด้วยกับคำตัดสิน (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Disagree</source>
        <translation>ไม่เห็นด้วย (&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;open the case (the note is the reason)</source>
        <translation>เปิดเคสใหม่ (ใช้บันทึกเป็นเหตุผล) (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>บันทึกการทบทวน (&amp;R)</translation>
    </message>
    <message>
        <source>Open in the &amp;queue</source>
        <translation>เปิดในคิว (&amp;Q)</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>ทบทวนรอบสอง</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>สุ่มตัวอย่าง (&amp;S)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Random per agent and week</source>
        <translation>สุ่มต่อเจ้าหน้าที่ต่อสัปดาห์</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>ค่าเริ่มต้นการสุ่ม</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>เคส</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>ตัดสินเมื่อ</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Why sampled</source>
        <translation>เหตุที่ถูกเลือก</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>การทบทวน</translation>
    </message>
    <message>
        <source>The settings changed since this decision: the steps below are today&apos;s judgement of the same facts; the outcome and clauses the agent saw are in the line above.</source>
        <translation>การตั้งค่าเปลี่ยนไปหลังคำตัดสินนี้ ขั้นตอนด้านล่างคือการพิจารณาข้อเท็จจริงเดิมตามการตั้งค่าวันนี้ ผลและข้อที่เจ้าหน้าที่เห็นอยู่ในบรรทัดด้านบน</translation>
    </message>
    <message>
        <source>Suggestion then</source>
        <translation>คำแนะนำตอนนั้น</translation>
    </message>
    <message>
        <source>Conversation then</source>
        <translation>บทสนทนาตอนนั้น</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Note (required to disagree)</source>
        <translation>บันทึก (จำเป็นเมื่อไม่เห็นด้วย)</translation>
    </message>
    <message>
        <source>override</source>
        <translation>ตัดสินต่างจากคำแนะนำ</translation>
    </message>
    <message>
        <source>needed review</source>
        <translation>ต้องให้คนพิจารณา</translation>
    </message>
    <message>
        <source>random</source>
        <translation>สุ่ม</translation>
    </message>
    <message>
        <source>Sample not read</source>
        <translation>อ่านตัวอย่างไม่ได้</translation>
    </message>
    <message>
        <source>The decisions could not be read: %1</source>
        <translation>อ่านคำตัดสินไม่ได้: %1</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>disagreed</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>No decision in this sample.</source>
        <translation>ไม่มีคำตัดสินในตัวอย่างนี้</translation>
    </message>
    <message>
        <source>Case %1 is no longer decided (reopened).</source>
        <translation>เคส %1 ไม่ได้อยู่ในสถานะตัดสินแล้ว (เปิดใหม่)</translation>
    </message>
    <message>
        <source>%1: %2 decided %3 on %4, overriding the suggested %5. Note: %6</source>
        <translation>%1: %2 ตัดสินเป็น %3 เมื่อ %4 ต่างจากคำแนะนำ %5 บันทึก: %6</translation>
    </message>
    <message>
        <source>%1: %2 accepted the suggested %3 on %4 (clauses %5).</source>
        <translation>%1: %2 ยอมรับคำแนะนำ %3 เมื่อ %4 (ข้อ %5)</translation>
    </message>
    <message>
        <source>Review not recorded</source>
        <translation>ไม่ได้บันทึกการทบทวน</translation>
    </message>
    <message>
        <source>The review of case %1 was not recorded: %2</source>
        <translation>ไม่ได้บันทึกการทบทวนเคส %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 มีอยู่แล้ว; การสำรองข้อมูลจะไม่เขียนทับไฟล์</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>การสำรองข้อมูลไปยัง %1 ล้มเหลว: %2</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump ล้มเหลว: %1</translation>
    </message>
    <message>
        <source>pg_dump wrote nothing</source>
        <translation>pg_dump ไม่ได้เขียนอะไรเลย</translation>
    </message>
    <message>
        <source>Cannot read the desk&apos;s schema: %1</source>
        <translation>อ่านสคีมาของโต๊ะงานไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
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
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3</source>
        <translation>ยกเลิกโดย %1 เมื่อ %2: %3</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>ความผิด</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>StrikeLedger</name>
    <message>
        <source>Strike %1 does not exist or is already voided</source>
        <translation>ไม่มีความผิด %1 หรือถูกยกเลิกไปแล้ว</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Decided: %1</source>
        <translation>ตัดสินแล้ว: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>คำแนะนำ: %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>ต้องพิจารณา</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>ตัดสินโดย:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 เมื่อ %2</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>บันทึกแล้ว:</translation>
    </message>
    <message>
        <source>Decidable:</source>
        <translation>ตัดสินได้:</translation>
    </message>
    <message>
        <source>Needs review because:</source>
        <translation>ต้องพิจารณาเพราะ:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>ข้อ:</translation>
    </message>
    <message>
        <source>Rules revision:</source>
        <translation>ฉบับของกฎ:</translation>
    </message>
    <message>
        <source>Decided by these facts:</source>
        <translation>ตัดสินจากข้อเท็จจริงเหล่านี้:</translation>
    </message>
    <message>
        <source>Stated reason:</source>
        <translation>เหตุผลที่ระบุ:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ขั้นตอน:</translation>
    </message>
    <message>
        <source>Would record:</source>
        <translation>จะบันทึก:</translation>
    </message>
    <message>
        <source>No strikes and no sanctions.</source>
        <translation>ไม่มีความผิดและไม่มีบทลงโทษ</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>ข้อสังเกต:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>in %1 (at %2)</source>
        <translation>ในอีก %1 (เวลา %2)</translation>
    </message>
    <message>
        <source>now (deadline %1 passed)</source>
        <translation>ตอนนี้ (เลยกำหนดเวลา %1 แล้ว)</translation>
    </message>
    <message>
        <source>The seller&apos;s proof of the refund: recorded on %1</source>
        <translation>หลักฐานการคืนเงินของผู้ขาย: บันทึกเมื่อ %1</translation>
    </message>
    <message>
        <source>The seller&apos;s proof of the refund: not recorded yet</source>
        <translation>หลักฐานการคืนเงินของผู้ขาย: ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The buyer&apos;s confirmation of the refund: recorded on %1</source>
        <translation>การยืนยันการได้รับเงินคืนของผู้ซื้อ: บันทึกเมื่อ %1</translation>
    </message>
    <message>
        <source>The buyer&apos;s confirmation of the refund: not recorded yet</source>
        <translation>การยืนยันการได้รับเงินคืนของผู้ซื้อ: ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>การติดตามผล:</translation>
    </message>
    <message>
        <source>message %1 from %2</source>
        <translation>ข้อความที่ %1 จาก%2</translation>
    </message>
    <message>
        <source>remark of payment %1</source>
        <translation>หมายเหตุของการชำระเงินครั้งที่ %1</translation>
    </message>
    <message>
        <source>%1: “%2” in %3</source>
        <translation>%1: “%2” ใน%3</translation>
    </message>
    <message>
        <source>Flagged words:</source>
        <translation>คำที่ถูกทำเครื่องหมาย:</translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <source>Users who do not cooperate during the appeal may be suspended (G1)</source>
        <translation>ผู้ใช้ที่ไม่ให้ความร่วมมือในระหว่างการร้องเรียนอาจถูกระงับ (G1)</translation>
    </message>
    <message numerus="yes">
        <source>The %1 %2 now has %n %3 strike(s), this case included</source>
        <translation>
            <numerusform>%1 %2 มีความผิดประเภท%3แล้ว %n ครั้ง รวมกรณีนี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %1 (%2) from %3 for %n day(s)</source>
        <translation>
            <numerusform>ระงับ %1 (%2) จาก%3 เป็นเวลา %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend %1 (%2) from %3 for a period the team sets</source>
        <translation>ระงับ %1 (%2) จาก%3 เป็นระยะเวลาที่ทีมกำหนด</translation>
    </message>
    <message>
        <source>Release the crypto to the buyer</source>
        <translation>ปล่อยคริปโตให้ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Release the crypto: the seller confirmed receipt of the payment</source>
        <translation>ปล่อยคริปโต: ผู้ขายยืนยันว่าได้รับการชำระเงินแล้ว</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Fees are borne by the buyer</source>
        <translation>ผู้ซื้อเป็นผู้รับผิดชอบค่าธรรมเนียม</translation>
    </message>
    <message>
        <source>The buyer has paid the remainder</source>
        <translation>ผู้ซื้อชำระส่วนที่เหลือแล้ว</translation>
    </message>
    <message>
        <source>The buyer refused to pay the remainder</source>
        <translation>ผู้ซื้อปฏิเสธที่จะชำระส่วนที่เหลือ</translation>
    </message>
    <message>
        <source>Ask the seller to refund the %1 received to the buyer</source>
        <translation>ขอให้ผู้ขายคืนเงิน %1 ที่ได้รับให้ผู้ซื้อ</translation>
    </message>
    <message>
        <source>The buyer paid %1 of the order amount %2</source>
        <translation>ผู้ซื้อชำระ %1 จากยอดคำสั่งซื้อ %2</translation>
    </message>
    <message>
        <source>The order&apos;s fiat currency is CNY → G0</source>
        <translation>สกุลเงินเฟียตของคำสั่งซื้อคือ CNY → G0</translation>
    </message>
    <message>
        <source>The P2P appeal rules do not cover trades in CNY</source>
        <translation>กฎการร้องเรียน P2P ไม่ครอบคลุมการเทรดด้วย CNY</translation>
    </message>
    <message>
        <source>Payment from &apos;%1&apos; does not match the buyer&apos;s verified name &apos;%2&apos; → S2b</source>
        <translation>การชำระเงินจาก &apos;%1&apos; ไม่ตรงกับชื่อที่ยืนยันแล้วของผู้ซื้อ &apos;%2&apos; → S2b</translation>
    </message>
    <message>
        <source>Ask the seller to refund %1 to the buyer and upload proof</source>
        <translation>ขอให้ผู้ขายคืนเงิน %1 ให้ผู้ซื้อและอัปโหลดหลักฐาน</translation>
    </message>
    <message>
        <source>Cancel the order once the seller has shown proof of the refund and the buyer has confirmed receiving it</source>
        <translation>ยกเลิกคำสั่งซื้อเมื่อผู้ขายแสดงหลักฐานการคืนเงินและผู้ซื้อยืนยันว่าได้รับเงินคืนแล้ว</translation>
    </message>
    <message>
        <source>The crypto is not released</source>
        <translation>ไม่ปล่อยคริปโต</translation>
    </message>
    <message>
        <source>Fees of the refund are borne by the buyer</source>
        <translation>ผู้ซื้อเป็นผู้รับผิดชอบค่าธรรมเนียมการคืนเงิน</translation>
    </message>
    <message>
        <source>The payer name &apos;%1&apos; and the buyer&apos;s verified name &apos;%2&apos; are in different scripts and no common transliteration makes them equal</source>
        <translation>ชื่อผู้ชำระ &apos;%1&apos; และชื่อที่ยืนยันแล้วของผู้ซื้อ &apos;%2&apos; เขียนด้วยอักษรต่างกัน และไม่มีการถอดอักษรแบบทั่วไปที่ทำให้ตรงกัน</translation>
    </message>
    <message>
        <source>The payer name &apos;%1&apos; or the buyer&apos;s verified name &apos;%2&apos; has only one part</source>
        <translation>ชื่อผู้ชำระ &apos;%1&apos; หรือชื่อที่ยืนยันแล้วของผู้ซื้อ &apos;%2&apos; มีเพียงส่วนเดียว</translation>
    </message>
    <message>
        <source>Compare the payer name with the buyer&apos;s verified name on the documents: if they differ, S2b applies (refund)</source>
        <translation>เปรียบเทียบชื่อผู้ชำระกับชื่อที่ยืนยันแล้วของผู้ซื้อตามเอกสาร หากต่างกันให้ใช้ S2b (คืนเงิน)</translation>
    </message>
    <message>
        <source>A payment of %1 went to an account other than the seller&apos;s listed &apos;%2&apos; → S2a</source>
        <translation>การชำระเงิน %1 ถูกโอนไปยังบัญชีอื่นที่ไม่ใช่บัญชี &apos;%2&apos; ที่ผู้ขายระบุ → S2a</translation>
    </message>
    <message>
        <source>The exchange is not liable for the loss and a refund is not guaranteed</source>
        <translation>แพลตฟอร์มไม่รับผิดชอบต่อความสูญเสีย และไม่รับประกันการคืนเงิน</translation>
    </message>
    <message>
        <source>The buyer paid the remainder on %1, after the deadline of %2</source>
        <translation>ผู้ซื้อชำระส่วนที่เหลือเมื่อ %1 หลังกำหนดเวลา %2</translation>
    </message>
    <message>
        <source>Release the crypto if the seller confirms receiving the full %1</source>
        <translation>ปล่อยคริปโตหากผู้ขายยืนยันว่าได้รับเงินครบ %1</translation>
    </message>
    <message>
        <source>Otherwise ask the seller to refund what was received to the buyer</source>
        <translation>มิฉะนั้นให้ขอผู้ขายคืนเงินที่ได้รับแก่ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Ask the buyer to pay the remaining %1 within %2 minutes, and record the request</source>
        <translation>ขอให้ผู้ซื้อชำระส่วนที่เหลือ %1 ภายใน %2 นาที และบันทึกคำขอ</translation>
    </message>
    <message>
        <source>Wait for the buyer to pay the remaining %1</source>
        <translation>รอให้ผู้ซื้อชำระส่วนที่เหลือ %1</translation>
    </message>
    <message>
        <source>The buyer did not pay the remainder within %1 minutes of the request</source>
        <translation>ผู้ซื้อไม่ได้ชำระส่วนที่เหลือภายใน %1 นาทีหลังจากได้รับคำขอ</translation>
    </message>
    <message>
        <source>The seller released the crypto before receiving the full payment</source>
        <translation>ผู้ขายปล่อยคริปโตก่อนได้รับการชำระเงินครบ</translation>
    </message>
    <message>
        <source>Close the case: the remainder has been paid</source>
        <translation>ปิดกรณี: ชำระส่วนที่เหลือแล้ว</translation>
    </message>
    <message>
        <source>The seller bears the loss; the exchange is not liable</source>
        <translation>ผู้ขายรับผิดชอบความสูญเสียเอง แพลตฟอร์มไม่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Ask the buyer to pay the remaining %1</source>
        <translation>ขอให้ผู้ซื้อชำระส่วนที่เหลือ %1</translation>
    </message>
    <message>
        <source>If the buyer refuses, the seller bears the loss</source>
        <translation>หากผู้ซื้อปฏิเสธ ผู้ขายต้องรับผิดชอบความสูญเสีย</translation>
    </message>
    <message numerus="yes">
        <source>Marked paid %1; %n business day(s) later is %2</source>
        <translation>
            <numerusform>ทำเครื่องหมายว่าชำระแล้วเมื่อ %1 อีก %n วันทำการคือ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the seller to release the crypto, or to report that the payment has not arrived, before %1</source>
        <translation>ขอให้ผู้ขายปล่อยคริปโต หรือแจ้งว่ายังไม่ได้รับการชำระเงิน ก่อน %1</translation>
    </message>
    <message>
        <source>The seller reported on %1 that the payment has not arrived</source>
        <translation>ผู้ขายแจ้งเมื่อ %1 ว่ายังไม่ได้รับการชำระเงิน</translation>
    </message>
    <message>
        <source>Check the seller&apos;s evidence that the payment has not arrived</source>
        <translation>ตรวจสอบหลักฐานของผู้ขายว่ายังไม่ได้รับการชำระเงิน</translation>
    </message>
    <message>
        <source>The seller did not report non-arrival by %1: the payment counts as received</source>
        <translation>ผู้ขายไม่ได้แจ้งภายใน %1 ว่ายังไม่ได้รับเงิน จึงถือว่าได้รับการชำระเงินแล้ว</translation>
    </message>
    <message>
        <source>the order was not cancelled</source>
        <translation>คำสั่งซื้อไม่ได้ถูกยกเลิก</translation>
    </message>
    <message>
        <source>no payment by the buyer is recorded</source>
        <translation>ไม่มีการบันทึกการชำระเงินของผู้ซื้อ</translation>
    </message>
    <message>
        <source>the buyer paid %1, not more than the order amount %2</source>
        <translation>ผู้ซื้อชำระ %1 ซึ่งไม่เกินยอดคำสั่งซื้อ %2</translation>
    </message>
    <message>
        <source>the seller has already released the crypto</source>
        <translation>ผู้ขายปล่อยคริปโตไปแล้ว</translation>
    </message>
    <message>
        <source>the buyer has not marked the order paid</source>
        <translation>ผู้ซื้อยังไม่ได้ทำเครื่องหมายว่าชำระแล้ว</translation>
    </message>
    <message>
        <source>the buyer paid %1, not the order amount %2</source>
        <translation>ผู้ซื้อชำระ %1 ไม่ใช่ยอดคำสั่งซื้อ %2</translation>
    </message>
    <message>
        <source>no payment remark contains a sensitive word</source>
        <translation>ไม่มีโน้ตเมื่อโอนเงินใดที่มีคำอ่อนไหว</translation>
    </message>
    <message>
        <source>the crypto has not been released</source>
        <translation>ยังไม่ได้ปล่อยคริปโต</translation>
    </message>
    <message>
        <source>the seller confirmed receipt of the payment before releasing</source>
        <translation>ผู้ขายยืนยันการรับเงินก่อนปล่อยคริปโต</translation>
    </message>
    <message>
        <source>the payments went to the listed account, from the buyer&apos;s own name, and cover the order amount</source>
        <translation>การชำระเงินโอนไปยังบัญชีที่ระบุ จากชื่อของผู้ซื้อเอง และครบยอดคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>The order was cancelled after the buyer paid %1</source>
        <translation>คำสั่งซื้อถูกยกเลิกหลังจากผู้ซื้อชำระ %1 แล้ว</translation>
    </message>
    <message>
        <source>Ask the seller to return the %1 paid to the buyer (best effort)</source>
        <translation>ขอให้ผู้ขายคืนเงิน %1 ที่ได้รับให้ผู้ซื้อ (ตามความพยายามอย่างดีที่สุด)</translation>
    </message>
    <message>
        <source>If the seller refuses to refund, the exchange is not liable for the loss</source>
        <translation>หากผู้ขายปฏิเสธที่จะคืนเงิน แพลตฟอร์มไม่รับผิดชอบต่อความสูญเสีย</translation>
    </message>
    <message>
        <source>The buyer paid %1 for an order of %2: %3 too much</source>
        <translation>ผู้ซื้อชำระ %1 สำหรับคำสั่งซื้อ %2 เกินมา %3</translation>
    </message>
    <message>
        <source>Ask the seller to refund the excess of %1 to the buyer</source>
        <translation>ขอให้ผู้ขายคืนเงินส่วนเกิน %1 ให้ผู้ซื้อ</translation>
    </message>
    <message>
        <source>If the seller refuses to refund the excess, the buyer bears the loss</source>
        <translation>หากผู้ขายปฏิเสธที่จะคืนเงินส่วนเกิน ผู้ซื้อต้องรับผิดชอบความสูญเสีย</translation>
    </message>
    <message>
        <source>Real-time payment method; marked paid %1 UTC</source>
        <translation>วิธีการชำระเงินแบบเรียลไทม์ ทำเครื่องหมายว่าชำระแล้วเมื่อ %1 UTC</translation>
    </message>
    <message>
        <source>Wait until %1 minutes have passed since the order was marked paid</source>
        <translation>รอจนครบ %1 นาทีนับจากที่ทำเครื่องหมายว่าชำระแล้ว</translation>
    </message>
    <message>
        <source>Contact the seller to release the crypto</source>
        <translation>ติดต่อผู้ขายเพื่อให้ปล่อยคริปโต</translation>
    </message>
    <message>
        <source>If the seller does not answer within %1 minutes, release the crypto manually</source>
        <translation>หากผู้ขายไม่ตอบกลับภายใน %1 นาที ให้ปล่อยคริปโตด้วยตนเอง</translation>
    </message>
    <message>
        <source>The buyer paid the order amount %1 from an account in the buyer&apos;s own name</source>
        <translation>ผู้ซื้อชำระยอดคำสั่งซื้อ %1 จากบัญชีในชื่อของผู้ซื้อเอง</translation>
    </message>
    <message>
        <source>The market price at order time is unknown: check that the price was not abnormally low before releasing</source>
        <translation>ไม่ทราบราคาตลาด ณ เวลาที่สั่งซื้อ ตรวจสอบว่าราคาไม่ได้ต่ำผิดปกติก่อนปล่อยคริปโต</translation>
    </message>
    <message>
        <source>The order price %1 is %2% of the market price %3</source>
        <translation>ราคาคำสั่งซื้อ %1 คิดเป็น %2% ของราคาตลาด %3</translation>
    </message>
    <message>
        <source>The price is abnormally low (at or below %1% of the market price)</source>
        <translation>ราคาต่ำผิดปกติ (เท่ากับหรือต่ำกว่า %1% ของราคาตลาด)</translation>
    </message>
    <message>
        <source>Ask the seller to refund %1 to the buyer</source>
        <translation>ขอให้ผู้ขายคืนเงิน %1 ให้ผู้ซื้อ</translation>
    </message>
    <message>
        <source>The buyer&apos;s payment remark mentions %1</source>
        <translation>โน้ตเมื่อโอนเงินของผู้ซื้อกล่าวถึง %1</translation>
    </message>
    <message>
        <source>Sensitive words in the payment remark: %1</source>
        <translation>คำอ่อนไหวในโน้ตเมื่อโอนเงิน: %1</translation>
    </message>
    <message>
        <source>This holds even where the seller&apos;s terms asked buyers not to write such words</source>
        <translation>ข้อนี้มีผลแม้ว่าเงื่อนไขของผู้ขายจะขอให้ผู้ซื้อไม่เขียนคำดังกล่าว</translation>
    </message>
    <message>
        <source>Release the crypto: the seller confirmed receipt of the funds</source>
        <translation>ปล่อยคริปโต: ผู้ขายยืนยันว่าได้รับเงินแล้ว</translation>
    </message>
    <message>
        <source>Ask the seller to release the crypto if the funds arrived, otherwise to refund %1</source>
        <translation>ขอให้ผู้ขายปล่อยคริปโตหากได้รับเงินแล้ว มิฉะนั้นให้คืนเงิน %1</translation>
    </message>
    <message>
        <source>Any fee of the refund is borne by the buyer</source>
        <translation>ค่าธรรมเนียมการคืนเงินใดๆ ผู้ซื้อเป็นผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>No payment and no proof of payment by the buyer is recorded</source>
        <translation>ไม่มีการบันทึกการชำระเงินหรือหลักฐานการชำระเงินของผู้ซื้อ</translation>
    </message>
    <message>
        <source>The buyer cannot be reached and no payment is recorded</source>
        <translation>ติดต่อผู้ซื้อไม่ได้และไม่มีการบันทึกการชำระเงิน</translation>
    </message>
    <message>
        <source>The buyer paid, but the seller says the payment has not arrived</source>
        <translation>ผู้ซื้อชำระเงินแล้ว แต่ผู้ขายแจ้งว่ายังไม่ได้รับเงิน</translation>
    </message>
    <message>
        <source>The seller released the crypto without confirming the payment</source>
        <translation>ผู้ขายปล่อยคริปโตโดยไม่ได้ยืนยันการชำระเงิน</translation>
    </message>
    <message>
        <source>Record the seller&apos;s report</source>
        <translation>บันทึกการแจ้งของผู้ขาย</translation>
    </message>
    <message>
        <source>Advise the seller to report the case to the police</source>
        <translation>แนะนำให้ผู้ขายแจ้งความกับตำรวจ</translation>
    </message>
    <message>
        <source>The seller bears full responsibility; recovery of the funds is not guaranteed</source>
        <translation>ผู้ขายต้องรับผิดชอบทั้งหมด ไม่รับประกันว่าจะได้เงินคืน</translation>
    </message>
    <message>
        <source>An agent confirmed abusive language by the %1</source>
        <translation>เจ้าหน้าที่ยืนยันว่า%1ใช้ภาษาที่ไม่เหมาะสม</translation>
    </message>
    <message>
        <source>Record the strike; no sanction follows yet</source>
        <translation>บันทึกความผิด ยังไม่มีบทลงโทษ</translation>
    </message>
    <message>
        <source>Read the transcript and confirm the abusive language, naming the party</source>
        <translation>อ่านบทสนทนาและยืนยันการใช้ภาษาที่ไม่เหมาะสม โดยระบุคู่กรณี</translation>
    </message>
    <message>
        <source>Possible threat in the chat: %1</source>
        <translation>อาจมีการข่มขู่ในแชท: %1</translation>
    </message>
    <message>
        <source>The case names no user</source>
        <translation>กรณีนี้ไม่ได้ระบุผู้ใช้</translation>
    </message>
    <message>
        <source>While suspended the user can reach only the support bot</source>
        <translation>ระหว่างถูกระงับ ผู้ใช้ติดต่อได้เฉพาะบอทฝ่ายบริการ</translation>
    </message>
    <message>
        <source>Grounds of the appeal: %1</source>
        <translation>เหตุผลของการร้องเรียน: %1</translation>
    </message>
    <message numerus="yes">
        <source>Live-chat suspension of %1 since %2 for %n day(s)</source>
        <translation>
            <numerusform>การระงับแชทสดของ %1 ตั้งแต่ %2 เป็นเวลา %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>The suspension ended on %1: there is nothing to lift</source>
        <translation>การระงับสิ้นสุดเมื่อ %1 จึงไม่มีสิ่งใดให้ยกเลิก</translation>
    </message>
    <message>
        <source>Lift the live-chat suspension</source>
        <translation>ยกเลิกการระงับแชทสด</translation>
    </message>
    <message>
        <source>Hand the account to the security team</source>
        <translation>ส่งต่อบัญชีให้ทีมความปลอดภัย</translation>
    </message>
    <message>
        <source>An agent confirmed that someone else wrote the abusive messages</source>
        <translation>เจ้าหน้าที่ยืนยันว่าผู้อื่นเป็นผู้เขียนข้อความที่ไม่เหมาะสม</translation>
    </message>
    <message>
        <source>Check whether someone else used the account, and record it if confirmed</source>
        <translation>ตรวจสอบว่ามีผู้อื่นใช้บัญชีหรือไม่ และบันทึกไว้หากยืนยันได้</translation>
    </message>
    <message>
        <source>Route the urgent matter to a human agent at once: the suspension does not block it</source>
        <translation>ส่งเรื่องเร่งด่วนให้เจ้าหน้าที่ทันที การระงับไม่ได้ปิดกั้นเรื่องนี้</translation>
    </message>
    <message>
        <source>Read the appeal and decide whether to lift the suspension</source>
        <translation>อ่านการร้องเรียนและตัดสินว่าจะยกเลิกการระงับหรือไม่</translation>
    </message>
    <message>
        <source>The stated reason %1 was not applied: the P2P rules do not cover trades in CNY</source>
        <translation>ไม่ได้ใช้เหตุผลที่ระบุ %1 เพราะกฎ P2P ไม่ครอบคลุมการเทรดด้วย CNY</translation>
    </message>
    <message>
        <source>The stated reason %1 does not apply: %2</source>
        <translation>เหตุผลที่ระบุ %1 ใช้ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The stated reason &apos;%1&apos; is not a clause of the P2P rules</source>
        <translation>เหตุผลที่ระบุ &apos;%1&apos; ไม่ใช่ข้อในกฎ P2P</translation>
    </message>
    <message>
        <source>The stated reason %1 was not applied: the facts match %2, which comes first</source>
        <translation>ไม่ได้ใช้เหตุผลที่ระบุ %1 เพราะข้อเท็จจริงตรงกับ %2 ซึ่งมาก่อน</translation>
    </message>
    <message>
        <source>The case has no order</source>
        <translation>กรณีนี้ไม่มีคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>ผู้ขาย</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>abusive language</source>
        <translation>ภาษาที่ไม่เหมาะสม</translation>
    </message>
    <message>
        <source>non-payment cancellation</source>
        <translation>การยกเลิกเพราะไม่ชำระเงิน</translation>
    </message>
    <message>
        <source>wrong-account payment</source>
        <translation>การชำระเงินไปยังบัญชีที่ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>payer name mismatch</source>
        <translation>ชื่อผู้ชำระเงินไม่ตรงกัน</translation>
    </message>
    <message>
        <source>live-chat abuse</source>
        <translation>การใช้ภาษาไม่เหมาะสมในแชทสด</translation>
    </message>
    <message>
        <source>P2P trading</source>
        <translation>การเทรด P2P</translation>
    </message>
    <message>
        <source>part of the account&apos;s functions</source>
        <translation>ฟังก์ชันบางส่วนของบัญชี</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>ทั้งบัญชี</translation>
    </message>
    <message>
        <source>the live chat with human agents (the support bot stays available)</source>
        <translation>แชทสดกับเจ้าหน้าที่ (ยังใช้บอทฝ่ายบริการได้)</translation>
    </message>
</context>
<context>
    <name>TeamFiguresView</name>
    <message>
        <source>Consistency and charts</source>
        <translation>ความสม่ำเสมอและแผนภูมิ</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>แสดง (&amp;S)</translation>
    </message>
    <message>
        <source>Decided from</source>
        <translation>ตัดสินตั้งแต่</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Select a line to list its cases; open one with a double click.</source>
        <translation>เลือกแถวเพื่อดูรายการเคส ดับเบิลคลิกเพื่อเปิดเคส</translation>
    </message>
    <message>
        <source>Consistency across agents</source>
        <translation>ความสม่ำเสมอระหว่างเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>แผนภูมิ</translation>
    </message>
    <message>
        <source>Cases of %1 on %2: overrides first</source>
        <translation>เคสของ %1 ในข้อ %2: การตัดสินต่างจากคำแนะนำก่อน</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (ตัดสินต่างจากคำแนะนำ)</translation>
    </message>
    <message>
        <source>Figures not read</source>
        <translation>อ่านตัวเลขไม่ได้</translation>
    </message>
    <message>
        <source>The decisions of the period could not be read: %1</source>
        <translation>อ่านคำตัดสินของช่วงเวลานี้ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Cannot read the role of this login: %1</source>
        <translation>อ่านบทบาทของผู้ใช้นี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Only a team lead voids strikes.</source>
        <translation>เฉพาะหัวหน้าทีมเท่านั้นที่ยกเลิกความผิดได้</translation>
    </message>
    <message>
        <source>Only a team lead changes the policy settings.</source>
        <translation>เฉพาะหัวหน้าทีมเท่านั้นที่เปลี่ยนการตั้งค่านโยบายได้</translation>
    </message>
    <message>
        <source>Only a team lead purges cases.</source>
        <translation>เฉพาะหัวหน้าทีมเท่านั้นที่ล้างข้อมูลกรณีได้</translation>
    </message>
    <message>
        <source>Only a team lead writes reports with names and accounts unmasked.</source>
        <translation>เฉพาะหัวหน้าทีมเท่านั้นที่เขียนรายงานโดยไม่ปิดบังชื่อและบัญชีได้</translation>
    </message>
    <message>
        <source>Only a team lead reopens a decided case.</source>
        <translation>เฉพาะหัวหน้าทีมเท่านั้นที่เปิดเคสที่ตัดสินแล้วอีกครั้งได้</translation>
    </message>
    <message>
        <source>Only a team lead reviews decisions.</source>
        <translation>เฉพาะหัวหน้าทีมเท่านั้นที่ทบทวนคำตัดสินได้</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>เซิร์ฟเวอร์ขอรหัสผ่านของ %1</translation>
    </message>
    <message>
        <source>The server refused the password of %1.</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธรหัสผ่านของ %1</translation>
    </message>
    <message>
        <source>No database server answers at %1. Check the host and the port, and that the server runs.

%2</source>
        <translation>ไม่มีเซิร์ฟเวอร์ฐานข้อมูลตอบที่ %1 ตรวจสอบโฮสต์และพอร์ต และว่าเซิร์ฟเวอร์ทำงานอยู่

%2</translation>
    </message>
    <message>
        <source>the default address</source>
        <translation>ที่อยู่เริ่มต้น</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>by %1</source>
        <translation>โดย %1</translation>
    </message>
    <message>
        <source>party: %1</source>
        <translation>คู่กรณี: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>สาเหตุ: %1</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>ข้อความ #%1</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>เจ้าหน้าที่: %1</translation>
    </message>
    <message>
        <source>marked paid</source>
        <translation>ทำเครื่องหมายว่าชำระแล้ว</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>จาก %1</translation>
    </message>
    <message>
        <source>to the listed account</source>
        <translation>ไปยังบัญชีที่ระบุ</translation>
    </message>
    <message>
        <source>to another account</source>
        <translation>ไปยังบัญชีอื่น</translation>
    </message>
    <message>
        <source>remark: %1</source>
        <translation>โน้ต: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <source>Policy deadline</source>
        <translation>กำหนดเวลาตามนโยบาย</translation>
    </message>
    <message>
        <source>the case becomes decidable</source>
        <translation>กรณีนี้ตัดสินได้</translation>
    </message>
    <message>
        <source>order created</source>
        <translation>สร้างคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>appeal opened</source>
        <translation>เปิดการร้องเรียน</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 วัน %2 ชม.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>ตอน%1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 หลัง%2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 ก่อน%2</translation>
    </message>
    <message>
        <source>Market time (%1)</source>
        <translation>เวลาตลาด (%1)</translation>
    </message>
    <message>
        <source>Your time (%1)</source>
        <translation>เวลาของคุณ (%1)</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>เวลาสัมพัทธ์</translation>
    </message>
    <message>
        <source>What</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>After the suggestion&apos;s instant: the policy did not use it.</source>
        <translation>หลังเวลาของคำแนะนำ: นโยบายไม่ได้ใช้ข้อมูลนี้</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
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
        <translation>เลือกข้อความเพื่ออ่านทั้งหมด</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>ค้นหาในบทสนทนา</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>รายการที่ตรงกันก่อนหน้า (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>รายการที่ตรงกันถัดไป (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>ไม่พบรายการที่ตรงกัน</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n รายการที่ตรงกัน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
</context>
<context>
    <name>VoidStrikeDialog</name>
    <message>
        <source>Void strike</source>
        <translation>ยกเลิกความผิด</translation>
    </message>
    <message>
        <source>A voided strike no longer counts and stays visible in the history.</source>
        <translation>ความผิดที่ยกเลิกแล้วจะไม่นับอีกต่อไป แต่ยังแสดงอยู่ในประวัติ</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to AppealDesk</source>
        <translation>ยินดีต้อนรับสู่ AppealDesk</translation>
    </message>
    <message>
        <source>&amp;Fill the empty case database with demo cases to try the desk</source>
        <translation>เติมกรณีตัวอย่างลงในฐานข้อมูลที่ว่างอยู่เพื่อทดลองใช้ (&amp;F)</translation>
    </message>
    <message>
        <source>Made-up appeals, chats and decisions. Leave this off for a database you will work in.</source>
        <translation>คำอุทธรณ์ แชต และการตัดสินที่สร้างขึ้นมา ไม่ต้องเลือกหากเป็นฐานข้อมูลที่คุณจะใช้ทำงานจริง</translation>
    </message>
    <message>
        <source>Your name is recorded with every decision, claim and event you record.</source>
        <translation>ชื่อของคุณจะถูกบันทึกพร้อมทุกการตัดสิน การรับกรณี และเหตุการณ์ที่คุณบันทึก</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ชื่อของคุณ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>เริ่ม (&amp;S)</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Clause</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>ที่เสนอ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>เคส</translation>
    </message>
    <message>
        <source>Judging the open cases and the last 30 days&apos; decisions under the values above…</source>
        <translation>กำลังพิจารณาเคสที่เปิดอยู่และคำตัดสินใน 30 วันที่ผ่านมาด้วยค่าด้านบน…</translation>
    </message>
    <message>
        <source>These are the saved settings: nothing would change.</source>
        <translation>นี่คือการตั้งค่าที่บันทึกไว้: ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open case(s) would get another suggestion.</source>
        <translation>
            <numerusform>%1 จาก %n เคสที่เปิดอยู่จะได้รับข้อเสนอแนะอื่น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n decision(s) in the last 30 days, %1 would be suggested otherwise and %2 would differ from the agent&apos;s outcome; sanctions: %3 added, %4 removed.</source>
        <translation>
            <numerusform>จาก %n คำตัดสินใน 30 วันที่ผ่านมา %1 รายการจะได้รับข้อเสนอแนะต่างไป และ %2 รายการจะต่างจากผลที่เจ้าหน้าที่ตัดสิน บทลงโทษ: เพิ่ม %3 ลบ %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>ยกเลิกการดูตัวอย่างแล้ว</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>ดูตัวอย่างไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>เคสที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Decisions of the last 30 days</source>
        <translation>คำตัดสินใน 30 วันที่ผ่านมา</translation>
    </message>
</context>
</TS>
