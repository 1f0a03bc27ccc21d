<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="320"/>
        <source>性別分析專題</source>
        <translation>Gender analysis</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="324"/>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="340"/>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="335"/>
        <source>（尚未提報）</source>
        <translation>(not presented yet)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="339"/>
        <source>題目</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="339"/>
        <source>撰擬單位</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="340"/>
        <source>使用之指標</source>
        <translation>Indicators used</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="341"/>
        <source>運用情形</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="341"/>
        <source>提報小組會議</source>
        <translation>Presented at</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="342"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="346"/>
        <source>儲存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="346"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="26"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="27"/>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="42"/>
        <source>單位職稱</source>
        <translation>Unit and title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="28"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="29"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="30"/>
        <source>出席狀態</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="32"/>
        <source>代理人</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="33"/>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="43"/>
        <source>出席費</source>
        <translation>Attendance fee</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="41"/>
        <source>列席人員</source>
        <translation>Attendees (non-members)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="48"/>
        <source>加入列席(&amp;A)</source>
        <translation>&amp;Add attendee</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="50"/>
        <source>移除列席</source>
        <translation>Remove attendee</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="52"/>
        <source>全部出席</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="55"/>
        <source>列席人員(&amp;G)</source>
        <translation>Non-mem&amp;ber attendees</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="63"/>
        <source>委員出席情形（狀態欄按 F2 或直接選擇）</source>
        <translation>Member attendance (press F2 in the Status column or choose directly)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="28"/>
        <source>自動（開啟時）</source>
        <translation>Automatic (on opening)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="29"/>
        <source>自動（關閉時）</source>
        <translation>Automatic (on closing)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="30"/>
        <source>手動</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="31"/>
        <source>還原前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="32"/>
        <source>更新格式前</source>
        <translation>Before format update</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="33"/>
        <source>匯入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="35"/>
        <source>人員</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="35"/>
        <source>會議</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="36"/>
        <source>培力紀錄</source>
        <translation>Training records</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="37"/>
        <source>活動</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="60"/>
        <source>無法讀取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="66"/>
        <source>備份時間</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="67"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="72"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="87"/>
        <location filename="../gmdesk/ui/backup_dialog.py" line="201"/>
        <source>備份與還原</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="93"/>
        <source>gmdesk 每天開啟時、關閉時、匯入及更新格式前都會自動備份，保留最近 14 天、8 週與 12 個月的備份。還原時會先把目前的資料另存一份備份，不會遺失。</source>
        <translation>gmdesk backs up automatically every time it opens and closes, and before each import or format update, keeping the last 14 days, 8 weeks and 12 months of backups. Before restoring, it saves a backup of the current data first, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="109"/>
        <source>立即備份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="110"/>
        <source>還原所選備份</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="111"/>
        <source>變更備份資料夾</source>
        <translation>Change backup folder</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="112"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="140"/>
        <source>資料檔：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="141"/>
        <source>備份資料夾：%1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="146"/>
        <source>無法讀取備份資料夾：%1</source>
        <translation>Cannot read the backup folder: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="149"/>
        <source>還沒有任何備份。請按「立即備份」。</source>
        <translation>No backups yet. Press “Back up now”.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="167"/>
        <source>已備份（%1，共 %2 筆資料，檢查通過）。</source>
        <translation>Backed up (%1, %2 records, check passed).</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="174"/>
        <source>要把資料還原成 %1 的備份嗎？

目前的資料會先另存一份備份，之後仍可再還原回來。</source>
        <translation>Restore the data to the backup of %1?

The current data will be backed up first, so you can restore it again later.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="184"/>
        <source>已還原 %1 的備份。</source>
        <translation>Restored the backup of %1.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="197"/>
        <source>之後的備份會存到「%1」。</source>
        <translation>Future backups will be saved to “%1”.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="204"/>
        <source>還原備份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="208"/>
        <source>選擇備份資料夾</source>
        <translation>Choose backup folder</translation>
    </message>
</context>
<context>
    <name>BasicTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="35"/>
        <source>開會日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="43"/>
        <source>（未定）</source>
        <translation>(to be decided)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="45"/>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="71"/>
        <source>發文日期</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="47"/>
        <source>取號(&amp;G)</source>
        <translation>&amp;Get number</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="53"/>
        <source>主席致詞（未填時紀錄印「略」）</source>
        <translation>Chair&apos;s remarks (minutes print “Omitted” if left blank)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="57"/>
        <source>散會時間(&amp;E)</source>
        <translation>&amp;End time</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="67"/>
        <source>次別(&amp;Q)</source>
        <translation>Se&amp;quence</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="67"/>
        <source>開會日期(&amp;D)</source>
        <translation>Meeting &amp;date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="69"/>
        <source>開會時間(&amp;T)</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="69"/>
        <source>地點(&amp;L)</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="70"/>
        <source>主席(&amp;C)</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="70"/>
        <source>紀錄(&amp;R)</source>
        <translation>&amp;Recorder</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="71"/>
        <source>發文字號</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="72"/>
        <source>通知單備註</source>
        <translation>Notice remarks</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="72"/>
        <source>確認上次會議紀錄</source>
        <translation>Confirmation of previous minutes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="73"/>
        <source>主席致詞</source>
        <translation>Chair&apos;s remarks</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="51"/>
        <source>這個預算項目</source>
        <translation>this budget item</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="54"/>
        <source>本預算年度尚無項目：
按「新增」登錄性別預算編列情形表之項目。</source>
        <translation>No items for this budget year yet:
press New to enter the items of the gender budget table.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="57"/>
        <source>請從左側清單選取一個預算項目來檢視或修改，
或按「新增」登錄新的項目。</source>
        <translation>Choose a budget item in the list on the left to view or edit it,
or press New to enter a new item.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="60"/>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="155"/>
        <source>計畫名稱</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="61"/>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="154"/>
        <source>類別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="62"/>
        <source>金額（千元）</source>
        <translation>Amount (NT$ thousand)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="63"/>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="173"/>
        <source>執行數</source>
        <translation>Executed</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="74"/>
        <source>預算年度</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="78"/>
        <source> 年度</source>
        <translation> (ROC)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="86"/>
        <source>小組檢視及報送</source>
        <translation>Group review and filing</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="88"/>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="92"/>
        <source>小組檢視日期</source>
        <translation>Reviewed by the group on</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="89"/>
        <source>（書面檢視）</source>
        <translation>(in writing)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="90"/>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="94"/>
        <source>報送日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="93"/>
        <source>檢視之會議</source>
        <translation>Review meeting</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="95"/>
        <source>報送文號</source>
        <translation>Filing document no.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="98"/>
        <source>儲存檢視及報送</source>
        <translation>Save review and filing</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="125"/>
        <source>&#x3000;%1項，計%2千元</source>
        <translation> %1 items, NT$ %2 thousand</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="156"/>
        <source>主辦單位</source>
        <translation>Unit in charge</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="160"/>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="172"/>
        <source> 千元</source>
        <translation> thousand NT$</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="161"/>
        <source>性別預算金額</source>
        <translation>Gender budget</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="162"/>
        <source>說明（對促進性別平等之效益）</source>
        <translation>What it does for gender equality</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="163"/>
        <source>衡量指標</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="164"/>
        <source>目標值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="165"/>
        <source>已填執行數（年度結束後）</source>
        <translation>Execution entered (after the year)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="175"/>
        <source>執行情形</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="176"/>
        <source>備註</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="222"/>
        <source>預覽編列情形表</source>
        <translation>Preview budget table</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="14"/>
        <source>開會期間</source>
        <translation>Meeting months</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="15"/>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="16"/>
        <source>小組會議</source>
        <translation>Group meetings</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="17"/>
        <source>開會通知</source>
        <translation>Meeting notice</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="18"/>
        <source>委員任期</source>
        <translation>Member&apos;s term</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="19"/>
        <source>性別預算</source>
        <translation>Gender budget</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="20"/>
        <source>成果報告</source>
        <translation>Results report</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="21"/>
        <source>性別意識培力</source>
        <translation>Gender-awareness training</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="22"/>
        <source>CEDAW宣導</source>
        <translation>CEDAW outreach</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="23"/>
        <source>宣導與措施</source>
        <translation>Outreach and measures</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="24"/>
        <source>其他性別平等措施</source>
        <translation>Other gender-equality measures</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="34"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="36"/>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="36"/>
        <source>%1天後到期</source>
        <translation>Due in %1 days</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="38"/>
        <source>已逾期%1天</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="39"/>
        <source>已過（請自行確認）</source>
        <translation>Passed (please check)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="49"/>
        <source>全部事項</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="50"/>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="51"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="53"/>
        <source>顯示(&amp;S)：</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="55"/>
        <source>前往處理(&amp;G)</source>
        <translation>&amp;Go to page</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="57"/>
        <source>匯出行事曆（.ics）(&amp;I)…</source>
        <translation>Export calendar (.&amp;ics)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="58"/>
        <source>存成 Outlook 等行事曆可匯入的檔案，含到期前提醒；再次匯出會更新同一批事項，不會重複</source>
        <translation>Save a file Outlook and other calendars import, with reminders before each deadline; exporting again updates the same items instead of duplicating them</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="64"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="65"/>
        <source>類別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="66"/>
        <source>事項</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="67"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="69"/>
        <source>說明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="75"/>
        <source>行事曆</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="116"/>
        <source>整理行事曆…</source>
        <translation>Gathering the calendar…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="125"/>
        <source>%1年度行事曆</source>
        <translation>Calendar of year %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="126"/>
        <source>共%1項，未完成%2項</source>
        <translation>%1 items, %2 open</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="131"/>
        <source>已逾期%1項</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="133"/>
        <source>狀態以今天（%1）計算；雙擊一列或按「前往處理」開啟處理該事項的頁面。</source>
        <translation>States as of today (%1); double-click a row or press &quot;Go to page&quot; to open the page that resolves it.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="179"/>
        <source>儲存行事曆</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="180"/>
        <source>iCalendar 行事曆 (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="189"/>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="192"/>
        <source>正在匯出行事曆…</source>
        <translation>Exporting the calendar…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="195"/>
        <source>已輸出：%1（可在 Outlook 以「開啟／匯入」加入；再次匯入會更新同一批事項）</source>
        <translation>Saved: %1 (add it in Outlook with Open/Import; importing again updates the same items)</translation>
    </message>
</context>
<context>
    <name>CityDialog</name>
    <message>
        <location filename="../gmdesk/ui/city_action.py" line="14"/>
        <source>市府彙整…</source>
        <translation>City consolidation…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="50"/>
        <location filename="../gmdesk/ui/city_dialog.py" line="194"/>
        <location filename="../gmdesk/ui/city_dialog.py" line="232"/>
        <location filename="../gmdesk/ui/city_dialog.py" line="234"/>
        <source>市府彙整</source>
        <translation>City consolidation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="53"/>
        <source>加入各機關寄來的市府報表（.xlsx）或 JSON 匯出檔，或整個資料夾；彙整成一份活頁簿，並列出未提交、重複、曾被修改的檔案。</source>
        <translation>Add the city workbooks (.xlsx) or JSON exports the offices sent, or whole folders; they are consolidated into one workbook, with the offices that are missing, duplicated or altered listed.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="57"/>
        <source>加入檔案…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="59"/>
        <source>加入資料夾…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="61"/>
        <source>移除所選</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="74"/>
        <source>不比對機關名單</source>
        <translation>Do not check against an office list</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="75"/>
        <source>自訂名單檔（一行一個機關）…</source>
        <translation>Own list file (one office per line)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="79"/>
        <source>例如：市府彙整115.xlsx</source>
        <translation>e.g. city-115.xlsx</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="80"/>
        <source>選擇…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="85"/>
        <source>同時產生儀表板 PDF（同檔名）</source>
        <translation>Also draw the dashboard PDF (same name)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="88"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="89"/>
        <source>機關名單</source>
        <translation>Office list</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="91"/>
        <source>選填，例如 116/1/31；晚於此日製作的檔案列為逾期</source>
        <translation>Optional, e.g. 116/1/31; files made after it are flagged late</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="92"/>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="93"/>
        <source>彙整活頁簿</source>
        <translation>Consolidated workbook</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="96"/>
        <source>開始彙整(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="99"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="109"/>
        <source>彙整結果與提醒事項會顯示在這裡。</source>
        <translation>The result and the reviewer&apos;s flags appear here.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="128"/>
        <source>已儲存的名單（%1 個機關）</source>
        <translation>Saved list (%1 offices)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="141"/>
        <source>選擇提交檔</source>
        <translation>Choose submissions</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="141"/>
        <source>市府報表或匯出檔 (*.xlsx *.json)</source>
        <translation>City workbooks or exports (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="145"/>
        <source>選擇資料夾</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="154"/>
        <source>彙整活頁簿存為</source>
        <translation>Save the consolidated workbook as</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="155"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="166"/>
        <source>選擇機關名單</source>
        <translation>Choose the office list</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="167"/>
        <source>文字檔 (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="170"/>
        <source>請選擇機關名單檔，或改選其他名單</source>
        <translation>Choose an office list file, or pick another list</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="173"/>
        <source>機關名單檔沒有任何機關：請一行寫一個機關名稱</source>
        <translation>The office list file names no office: write one office name per line</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="188"/>
        <source>請先加入各機關的提交檔或其資料夾</source>
        <translation>Add the offices&apos; submissions or their folder first</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="190"/>
        <source>請選擇彙整活頁簿要存放的位置</source>
        <translation>Choose where to save the consolidated workbook</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="210"/>
        <source>彙整各機關提交檔…</source>
        <translation>Consolidating the offices&apos; submissions…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="219"/>
        <source>已彙整 %1 個機關（讀取 %2 個檔案），未提交 %3 個，提醒事項 %4 則。</source>
        <translation>Consolidated %1 offices (%2 files read); %3 not submitted; %4 flags.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="229"/>
        <source>已取消，沒有留下未完成的檔案。</source>
        <translation>Cancelled; no unfinished file was left behind.</translation>
    </message>
</context>
<context>
    <name>CommitteesPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="74"/>
        <source>這個委員會</source>
        <translation>this committee</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="77"/>
        <source>尚未登錄委員會：
按「新增」登錄考績、甄審等委員會及其委員。</source>
        <translation>No committees yet:
press New to enter the performance, selection and other committees and their members.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="80"/>
        <source>請從左側清單選取一個委員會來檢視委員名單，
或按「新增」登錄新的委員會。</source>
        <translation>Choose a committee in the list on the left to view its members,
or press New to enter a new committee.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="87"/>
        <source>男%1、女%2</source>
        <translation>M %1, F %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="91"/>
        <source>符合</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="91"/>
        <source>未符合，已報府備查</source>
        <translation>Not met, filed with the city</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="91"/>
        <source>未符合</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="93"/>
        <source>委員會</source>
        <translation>Committees</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="93"/>
        <source>委員</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="94"/>
        <source>三分之一原則</source>
        <translation>One-third rule</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="104"/>
        <source>委員會名稱</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="104"/>
        <source>例如：考績委員會</source>
        <translation>e.g. performance appraisal committee</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="106"/>
        <source>類別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="107"/>
        <source>設置依據</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="108"/>
        <source>任期起</source>
        <translation>Term from</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="109"/>
        <source>任期迄</source>
        <translation>Term to</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="111"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="112"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="114"/>
        <source>職稱</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="115"/>
        <source>當然委員</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="116"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="116"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="117"/>
        <source>就任日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="118"/>
        <source>離任日期</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="127"/>
        <source>委員名單（在表格中直接修改）</source>
        <translation>Members (edit in the table)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="130"/>
        <source>新增委員</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="132"/>
        <source>移除所選委員</source>
        <translation>Remove selected member</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="142"/>
        <source>無法符合三分之一原則之理由</source>
        <translation>Why the one-third rule cannot be met</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="143"/>
        <source>報府備查日期</source>
        <translation>Filed with the city on</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="144"/>
        <source>備查文號</source>
        <translation>Filing document no.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="145"/>
        <source>備註</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="154"/>
        <source>尚未登錄委員：按「新增委員」逐一填寫姓名、性別及職稱</source>
        <translation>No members yet: press Add member and fill in each one&apos;s name, gender and title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="158"/>
        <source>委員%1人（男%2、女%3），任一性別至少%4人</source>
        <translation>%1 members (M %2, F %3); each gender needs at least %4</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="232"/>
        <source>預覽比例情形表</source>
        <translation>Preview gender balance list</translation>
    </message>
</context>
<context>
    <name>CompletionTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="157"/>
        <source>人員類別</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="158"/>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="161"/>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="163"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="158"/>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="161"/>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="163"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="158"/>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="161"/>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="163"/>
        <source>計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="159"/>
        <source>應受訓</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="160"/>
        <source>免訓</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="162"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="164"/>
        <source>完成率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="165"/>
        <source>平均時數</source>
        <translation>Average hours</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="169"/>
        <source>依人員類別與性別統計：免訓人員（在職未滿規定日數、留職停薪等）不列入應受訓人數。</source>
        <translation>By staff category and gender: exempt staff (served less than the required days, on unpaid leave, etc.) are not counted as required to train.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="231"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="217"/>
        <source>登錄內部課程與出席名單</source>
        <translation>Record in-house course and attendance</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="220"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="229"/>
        <source>含CEDAW內容</source>
        <translation>Includes CEDAW content</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="231"/>
        <source>本所</source>
        <translation>This office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="233"/>
        <source>課程名稱(&amp;T)</source>
        <translation>Course &amp;title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="234"/>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="235"/>
        <source>時數(&amp;H)</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="235"/>
        <source>等級</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="236"/>
        <source>方式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="236"/>
        <source>辦理機關</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="244"/>
        <source>篩選姓名或單位…</source>
        <translation>Filter by name or unit…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="257"/>
        <source>全選顯示者</source>
        <translation>Select all shown</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="258"/>
        <source>全不選</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="266"/>
        <source>儲存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="266"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="269"/>
        <source>出席人員（勾選）</source>
        <translation>Attendees (tick)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="312"/>
        <source>已登錄</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="313"/>
        <source>%1 人已有這堂課的紀錄，未重複登錄：%2</source>
        <translation>%1 people already have a record of this course and were not recorded again: %2</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="189"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="190"/>
        <source>課程名稱</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="191"/>
        <source>辦理機關</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="192"/>
        <source>等級</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="193"/>
        <source>課程時數</source>
        <translation>Course hours</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="194"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="195"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="196"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="197"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="198"/>
        <source>總時數</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="199"/>
        <source>滿意度平均</source>
        <translation>Average satisfaction</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="205"/>
        <source>本年度各課程參訓人數（依性別）、時數與滿意度（1-5分）平均</source>
        <translation>This year&apos;s courses: participants by gender, hours and average satisfaction (1-5)</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="87"/>
        <source>本年度尚無資料：按「新增」登錄第一筆。</source>
        <translation>Nothing for this year yet: press New to enter the first record.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="91"/>
        <source>請從左側清單選取一筆來檢視或修改，
或按「新增」登錄新的一筆。</source>
        <translation>Choose a record in the list on the left to view or edit it,
or press New to enter a new one.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="113"/>
        <source>本項工作目前無待改善事項</source>
        <translation>Nothing to improve for this duty</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="127"/>
        <source>新增(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="129"/>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="310"/>
        <source>刪除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="153"/>
        <source>儲存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="154"/>
        <source>儲存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="157"/>
        <source>預覽列印</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="158"/>
        <source>預覽、列印（Ctrl+P）</source>
        <translation>Preview and print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="270"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="281"/>
        <source>已儲存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="310"/>
        <source>確定刪除「%1」？可從資源回收筒還原。</source>
        <translation>Delete “%1”? It can be restored from the recycle bin.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="315"/>
        <source>無法刪除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="344"/>
        <source>無法輸出</source>
        <translation>Cannot export</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="79"/>
        <source>這筆資料</source>
        <translation>this record</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="47"/>
        <source>尚未儲存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="48"/>
        <source>%1的修改尚未儲存，要儲存嗎？</source>
        <translation>The changes to %1 are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="225"/>
        <source>先儲存</source>
        <translation>Save first</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="226"/>
        <source>%1尚未儲存，列印前要先儲存嗎？</source>
        <translation>%1 is not saved. Save it before printing?</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="43"/>
        <source>CEDAW宣導</source>
        <translation>CEDAW outreach</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="44"/>
        <source>其他性別平等措施</source>
        <translation>Other gender-equality measures</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="51"/>
        <source>措施類別(&amp;G)</source>
        <translation>Measure cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="55"/>
        <source>性質(&amp;I)</source>
        <translation>Nat&amp;ure</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="57"/>
        <source>例：115/3/8</source>
        <translation>e.g. 115/3/8</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="57"/>
        <source>辦理日期</source>
        <translation>Date held</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="58"/>
        <source>結束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="59"/>
        <source>單日免填</source>
        <translation>Leave blank for one day</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="62"/>
        <source>至(&amp;O)</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="66"/>
        <source>辦理日期(&amp;A)</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="70"/>
        <source>名稱(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="73"/>
        <source>辦理地點(&amp;L)</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="76"/>
        <source>主辦單位(&amp;U)</source>
        <translation>Organi&amp;zers</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="79"/>
        <source>多個單位以、分隔</source>
        <translation>Separate several units with commas</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="80"/>
        <source>協辦單位(&amp;C)</source>
        <translation>&amp;Co-organizers</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="82"/>
        <source>例：婦女會、社區發展協會</source>
        <translation>e.g. women&apos;s association, community development association</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="83"/>
        <source>合作團體(&amp;R)</source>
        <translation>Pa&amp;rtner groups</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="86"/>
        <source>其他對象，以、分隔</source>
        <translation>Other audiences, separated by commas</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="87"/>
        <source>對象僅內部同仁的場次，不計入對外宣導</source>
        <translation>Sessions for in-house staff only are not counted as external outreach</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="88"/>
        <source>對象(&amp;B)</source>
        <translation>Aud&amp;ience</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="91"/>
        <source>其他方式，以、分隔</source>
        <translation>Other formats, separated by commas</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="92"/>
        <source>方式(&amp;W)</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="95"/>
        <source>CEDAW內容(&amp;E)</source>
        <translation>CEDAW cont&amp;ent</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="100"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="100"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="101"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="107"/>
        <source>參加人數(&amp;P)</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="112"/>
        <source> 元</source>
        <translation> NTD</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="114"/>
        <source>經費(&amp;$)</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="116"/>
        <source>活動成效(&amp;F)</source>
        <translation>Effecti&amp;veness</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="118"/>
        <source>檢討與建議(&amp;V)</source>
        <translation>Revie&amp;w and suggestions</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="120"/>
        <source>備註</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="136"/>
        <location filename="../gmdesk/ui/pages/events/form.py" line="152"/>
        <location filename="../gmdesk/ui/pages/events/form.py" line="160"/>
        <source>加入</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="138"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="146"/>
        <source>第</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="147"/>
        <source>次國家報告</source>
        <translation>national report</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="150"/>
        <source>結論性意見第</source>
        <translation>Concluding observation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="151"/>
        <source>點</source>
        <translation>(para.)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="158"/>
        <source>自行填寫，例：CEDAW施行法、性別平等指引</source>
        <translation>Enter your own, e.g. CEDAW Implementation Act, gender equality guidelines</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="223"/>
        <source>合計 %1 人</source>
        <translation>%1 people in total</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="44"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="45"/>
        <source>CEDAW宣導</source>
        <translation>CEDAW outreach</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="46"/>
        <source>其他性別平等措施</source>
        <translation>Other gender-equality measures</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="49"/>
        <source>搜尋名稱、對象… (Ctrl+F)</source>
        <translation>Search name, audience… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="52"/>
        <source>類別(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="74"/>
        <source>新增宣導(&amp;N)</source>
        <translation>&amp;New outreach</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="75"/>
        <source>新增CEDAW宣導活動（Ctrl+N）</source>
        <translation>New CEDAW outreach activity (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="76"/>
        <source>新增措施(&amp;M)</source>
        <translation>New &amp;measure</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="77"/>
        <source>刪除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="78"/>
        <source>刪除選取的活動（Delete）；可從資源回收筒還原</source>
        <translation>Delete the selected activity (Delete); you can restore it from the recycle bin</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="79"/>
        <source>年度彙編PDF(&amp;Y)</source>
        <translation>&amp;Yearly PDF compilation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="80"/>
        <source>年度宣導統計表及各活動成果報告</source>
        <translation>Yearly outreach statistics and each activity&apos;s results report</translation>
    </message>
</context>
<context>
    <name>EventRows</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="38"/>
        <source>CEDAW宣導</source>
        <translation>CEDAW outreach</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="39"/>
        <source>措施：</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="39"/>
        <source>未分類</source>
        <translation>Uncategorized</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="46"/>
        <source>✔ 計入</source>
        <translation>✔ Counted</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="48"/>
        <source>未辦理</source>
        <translation>Not held</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="49"/>
        <source>✘ 不計入</source>
        <translation>✘ Not counted</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="54"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="56"/>
        <source>類別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="56"/>
        <source>宣導</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="57"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="58"/>
        <source>名稱</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="59"/>
        <source>人數</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="60"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="61"/>
        <source>計入</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="62"/>
        <source>計入本年度對外宣導場次</source>
        <translation>Counted toward this year&apos;s external outreach sessions</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="233"/>
        <source>活動資料</source>
        <translation>the event</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="395"/>
        <source>讀取資料並產生PDF</source>
        <translation>Reading the data and writing the PDF</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="395"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="112"/>
        <source>儲存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="113"/>
        <source>儲存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="115"/>
        <source>預覽成果報告</source>
        <translation>Preview results report</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="116"/>
        <source>預覽、列印成果報告（Ctrl+P）</source>
        <translation>Preview and print the results report (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="142"/>
        <source>請從左側清單選取一場活動來檢視或修改，
或按「新增宣導」「新增措施」登錄新的一筆。</source>
        <translation>Choose an event in the list on the left to view or change it,
or press “New outreach” or “New measure” to enter a new one.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="180"/>
        <source>%1年度：</source>
        <translation>Year %1: </translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="181"/>
        <source>本年度對外宣導 %1/%2 場</source>
        <translation>outreach sessions for the public %1/%2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="184"/>
        <source>（另已排定 %1 場）</source>
        <translation> (%1 more planned)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="185"/>
        <source>；其他性別平等措施 %1/%2 項</source>
        <translation>; other gender equality measures %1/%2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="249"/>
        <source>新增：</source>
        <translation>New:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="271"/>
        <source>已儲存「%1」</source>
        <translation>Saved “%1”</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="331"/>
        <source>刪除活動</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="332"/>
        <source>確定刪除「%1」及其照片？可從資源回收筒還原。</source>
        <translation>Delete “%1” and its photos? You can restore them from the recycle bin.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="338"/>
        <source>無法刪除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="343"/>
        <source>已刪除「%1」</source>
        <translation>Deleted “%1”</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="386"/>
        <source>成果報告：%1</source>
        <translation>Results report: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="407"/>
        <source>已取消，沒有留下未完成的檔案。</source>
        <translation>Cancelled; no unfinished file was left behind.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="384"/>
        <location filename="../gmdesk/ui/pages/events/page.py" line="409"/>
        <source>無法輸出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="415"/>
        <source>產生年度彙編</source>
        <translation>Creating yearly compilation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="413"/>
        <source>%1年度CEDAW宣導成果彙編</source>
        <translation>Year %1 CEDAW outreach results compilation</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="54"/>
        <source>本年度免訓</source>
        <translation>Exempt this year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="55"/>
        <source>%1 在 %2 年度免受性別意識培力時數要求。在職未滿規定日數者由系統自動免訓，不必在此登記。</source>
        <translation>%1 is exempt from the gender-awareness training hours in year %2. Staff with fewer than the required days of service are exempt automatically and need no entry here.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="60"/>
        <source>（請選擇原因）</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="61"/>
        <source>免訓起日</source>
        <translation>Exempt from</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="62"/>
        <source>免訓迄日</source>
        <translation>Exempt until</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="63"/>
        <source>留空：至年底</source>
        <translation>blank: to year end</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="65"/>
        <source>例：核定文號、預定復職日；原因選「其他」時必填</source>
        <translation>e.g. approval number, expected return; required when the reason is Other</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="77"/>
        <source>免訓原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="78"/>
        <source>起日(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="79"/>
        <source>迄日(&amp;T)</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="80"/>
        <source>備註(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="82"/>
        <source>儲存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="82"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="84"/>
        <source>取消免訓(&amp;D)</source>
        <translation>Re&amp;move exemption</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="85"/>
        <source>刪除這筆免訓登記：本年度照常計算應受訓時數</source>
        <translation>Delete this exemption: the year&apos;s training hours count as usual</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="111"/>
        <source>匯出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="112"/>
        <source>報市府報表（Excel）(&amp;E)…</source>
        <translation>City workbook (&amp;Excel)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="113"/>
        <source>年度成果報告（PDF）(&amp;R)…</source>
        <translation>Annual &amp;report (PDF)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="114"/>
        <source>年度佐證資料包（.zip）(&amp;K)…</source>
        <translation>Evidence pac&amp;k (.zip)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="115"/>
        <source>預覽年度成果報告(&amp;V)</source>
        <translation>Pre&amp;view annual report</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="120"/>
        <source>性別平等專區網頁(&amp;W)…</source>
        <translation>&amp;Web page…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="122"/>
        <source>本年度成果的靜態網頁，可上傳到機關網站；選同一個資料夾會保留其他年度</source>
        <translation>The year&apos;s results as static web pages to upload to the office&apos;s website; the same folder keeps the other years</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="129"/>
        <source>姓名顯示(&amp;N)：</source>
        <translation>&amp;Names:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="144"/>
        <source>報表離開本所時，姓名依上方設定遮蔽（個人資料保護法）。</source>
        <translation>Reports leaving the office mask names as set above (Personal Data Protection Act).</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="147"/>
        <source>送出前檢查</source>
        <translation>Ready to send?</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="158"/>
        <source>市府範本</source>
        <translation>City template</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="161"/>
        <source>登錄範本(&amp;T)…</source>
        <translation>Register &amp;template…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="162"/>
        <source>編輯對應(&amp;M)…</source>
        <translation>Edit &amp;mapping…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="163"/>
        <source>匯出對應…</source>
        <translation>Export mapping…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="164"/>
        <source>匯入對應…</source>
        <translation>Import mapping…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="165"/>
        <source>移除範本</source>
        <translation>Remove template</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="211"/>
        <source>%1年度報表匯出</source>
        <translation>Year %1 reports and export</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="240"/>
        <source>正在檢查本年度資料…</source>
        <translation>Checking this year&apos;s data…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="258"/>
        <source>檢查送出前資料…</source>
        <translation>Checking before sending…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="267"/>
        <source>尚不能送出：%1 項待處理</source>
        <translation>Not ready to send: %1 items to fix</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="271"/>
        <source>可以送出：各項資料齊全</source>
        <translation>Ready to send: everything is complete</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="221"/>
        <source>尚未登錄市府範本：匯出時使用內建報表格式。</source>
        <translation>No city template registered: the built-in workbook is used.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="224"/>
        <source>使用範本「%1」（登錄於%2；%3個儲存格、%4個表格）</source>
        <translation>Using template “%1” (registered %2; %3 cells, %4 tables)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="295"/>
        <source>儲存報市府報表</source>
        <translation>Save the city workbook</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="339"/>
        <source>資料尚未齊全</source>
        <translation>Not everything is ready</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="340"/>
        <source>%1年度尚有 %2 項未完成，匯出的報表會照實呈現：</source>
        <translation>Year %1 still has %2 open item(s); the export shows them as they are:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="344"/>
        <source>仍要匯出</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="345"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="395"/>
        <source>選擇網頁資料夾</source>
        <translation>Choose the web page folder</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="408"/>
        <source>正在製作性別平等專區網頁…</source>
        <translation>Making the gender-equality web page…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="424"/>
        <source>%1年度性別主流化成果報告</source>
        <translation>Gender mainstreaming annual report %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="462"/>
        <source>匯出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="463"/>
        <source>已輸出「%1」</source>
        <translation>Saved “%1”</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="465"/>
        <source>位置：%1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="466"/>
        <source>開啟檔案(&amp;O)</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="467"/>
        <source>開啟資料夾(&amp;F)</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="468"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="477"/>
        <source>無法開啟「%1」：請到檔案總管找這個位置。</source>
        <translation>Could not open “%1”: please find it in the file manager.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="500"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="302"/>
        <source>儲存年度成果報告</source>
        <translation>Save the annual report</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="310"/>
        <source>儲存年度佐證資料包</source>
        <translation>Save the evidence pack</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="369"/>
        <source>正在產生報市府報表…</source>
        <translation>Writing the city workbook…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="378"/>
        <location filename="../gmdesk/ui/pages/exports.py" line="428"/>
        <location filename="../gmdesk/ui/pages/exports.py" line="429"/>
        <source>正在產生年度成果報告…</source>
        <translation>Writing the annual report…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="388"/>
        <source>正在製作年度佐證資料包…</source>
        <translation>Building the evidence pack…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="453"/>
        <location filename="../gmdesk/ui/pages/exports.py" line="541"/>
        <source>已輸出：%1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="492"/>
        <source>已取消，沒有留下未完成的檔案。</source>
        <translation>Cancelled; no unfinished file was left behind.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="499"/>
        <source>選擇市府範本</source>
        <translation>Choose the city template</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="538"/>
        <source>匯出範本對應</source>
        <translation>Export template mapping</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="538"/>
        <location filename="../gmdesk/ui/pages/exports.py" line="545"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="544"/>
        <source>匯入範本對應</source>
        <translation>Import template mapping</translation>
    </message>
</context>
<context>
    <name>FilingBox</name>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="29"/>
        <source>報市府備查（當然成員致無法符合三分之一原則時）</source>
        <translation>Filed with the city (one-third rule not met)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="37"/>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="45"/>
        <source>報市府備查日期</source>
        <translation>Date filed</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="41"/>
        <source>登錄報備(&amp;F)</source>
        <translation>Record &amp;filing</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="44"/>
        <source>無法符合之規定</source>
        <translation>Rule that cannot be met</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="46"/>
        <source>文號</source>
        <translation>Document no.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="29"/>
        <source>歡迎使用 gmdesk</source>
        <translation>Welcome to gmdesk</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="32"/>
        <source>&lt;h2&gt;歡迎使用 gmdesk&lt;/h2&gt;&lt;p&gt;這台電腦還沒有機關資料。請輸入機關名稱並選擇適用的規則，或先開啟示範機關看看 gmdesk 能做什麼。&lt;/p&gt;&lt;p&gt;所有資料都存在本機，不需要網路。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to gmdesk&lt;/h2&gt;&lt;p&gt;This PC has no office data yet. Enter the office&apos;s name and choose the rules that apply, or open the demo office first to see what gmdesk does.&lt;/p&gt;&lt;p&gt;All data stays on this PC; no network is needed.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="38"/>
        <source>例：高雄市旗津區公所</source>
        <translation>e.g. Cijin District Office, Kaohsiung</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="40"/>
        <source>例：高雄市</source>
        <translation>e.g. Kaohsiung City</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="46"/>
        <source>機關名稱(&amp;N)</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="47"/>
        <source>縣市(&amp;C)</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="48"/>
        <source>適用規則(&amp;R)</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="51"/>
        <source>建立本機關(&amp;O)</source>
        <translation>Create this &amp;office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="54"/>
        <source>開啟示範機關(&amp;D)</source>
        <translation>Open the &amp;demo office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="56"/>
        <source>離開</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="78"/>
        <source>請填寫機關名稱</source>
        <translation>Please enter the office&apos;s name</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../gmdesk/ui/widgets/forms.py" line="49"/>
        <source>例：115/3/5</source>
        <translation>e.g. 115/3/5</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/forms.py" line="204"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="63"/>
        <source>顯示此日期在任的成員及組成檢核</source>
        <translation>Show members serving on this date and check the composition</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="64"/>
        <source>查詢日期(&amp;D)</source>
        <translation>As of &amp;date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="66"/>
        <source>今天(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="68"/>
        <source>顯示歷任成員(&amp;H)</source>
        <translation>Show &amp;history</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="70"/>
        <source>篩選姓名、單位、角色（Ctrl+F）</source>
        <translation>Filter by name, unit, role (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="80"/>
        <source>尚未就任</source>
        <translation>Not yet serving</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="80"/>
        <source>在任</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="81"/>
        <source>任期將屆滿</source>
        <translation>Term ending</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="81"/>
        <source>任期已屆滿</source>
        <translation>Term ended</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="82"/>
        <source>已離任</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="86"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="87"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="88"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="88"/>
        <location filename="../gmdesk/ui/pages/group/page.py" line="235"/>
        <source>府外</source>
        <translation>External</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="90"/>
        <source>職稱</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="91"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="92"/>
        <source>聘任日</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="94"/>
        <source>任期屆滿</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="96"/>
        <source>離任日</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="98"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="108"/>
        <source>沒有符合的成員：可改查詢日期，或勾選「顯示歷任成員」。</source>
        <translation>No member matches: change the date, or tick “Show past members”.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="109"/>
        <source>尚無小組成員：在右側「成員資料」填寫後按「儲存」。</source>
        <translation>No group members yet: fill in “Member” on the right and press “Save”.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="113"/>
        <source>組成檢核</source>
        <translation>Composition check</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="130"/>
        <source>新增成員(&amp;N)</source>
        <translation>&amp;New member</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="133"/>
        <source>儲存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="136"/>
        <source>登錄離任(&amp;E)</source>
        <translation>Record d&amp;eparture</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="143"/>
        <source>成員資料</source>
        <translation>Member details</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="148"/>
        <source>儲存後的組成（即時檢核）：</source>
        <translation>Composition after saving (live check):</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="62"/>
        <source>查詢日期</source>
        <translation>Query date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="259"/>
        <source>%1 在任成員 %2 人（男 %3、女 %4、其他 %5）</source>
        <translation>%1: %2 members serving (male %3, female %4, other %5)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="112"/>
        <location filename="../gmdesk/ui/pages/group/page.py" line="129"/>
        <location filename="../gmdesk/ui/pages/group/page.py" line="371"/>
        <source>組成符合規定</source>
        <translation>Composition meets the rules</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="188"/>
        <source>這位成員</source>
        <translation>this member</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="249"/>
        <source>整理執行小組名單…</source>
        <translation>Loading the group roster…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="270"/>
        <source>本年度尚無報備紀錄</source>
        <translation>No filing this year yet</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="375"/>
        <source>成員資料已儲存</source>
        <translation>Member details saved</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="381"/>
        <source>請先在左側名冊選擇要登錄離任的成員</source>
        <translation>First select the departing member in the roster on the left</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="386"/>
        <source>登錄離任</source>
        <translation>Record departure</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="387"/>
        <source>將此成員登錄為於 %1 離任？其過去的出席紀錄會保留。</source>
        <translation>Record this member as having left on %1? Their past attendance records will be kept.</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="46"/>
        <source>這個性別影響評估案</source>
        <translation>this impact assessment case</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="49"/>
        <source>本年度尚無性別影響評估案：
有應辦理之計畫或法案時，按「新增」登錄。</source>
        <translation>No gender impact assessment cases this year:
when a plan or bill needs one, press New to enter it.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="52"/>
        <source>請從左側清單選取一案來檢視或修改，
或按「新增」登錄新的性別影響評估案。</source>
        <translation>Choose a case in the list on the left to view or edit it,
or press New to enter a new gender impact assessment case.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="55"/>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="64"/>
        <source>計畫（法案）名稱</source>
        <translation>Plan or regulation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="56"/>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="66"/>
        <source>類別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="57"/>
        <source>辦理狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="63"/>
        <source>壹、基本資料</source>
        <translation>1. Basic data</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="67"/>
        <source>主辦單位</source>
        <translation>Unit in charge</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="67"/>
        <source>例如：經建課</source>
        <translation>e.g. Economic Development Section</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="68"/>
        <source>辦理日期</source>
        <translation>Date held</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="69"/>
        <source>檢視表版本</source>
        <translation>Checklist version</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="69"/>
        <source>例如：一般表108年版</source>
        <translation>e.g. general form, 2019 edition</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="70"/>
        <source>主管機關</source>
        <translation>Competent authority</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="71"/>
        <source>主辦機關</source>
        <translation>Organising agency</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="72"/>
        <source>計畫內容涉及領域</source>
        <translation>Policy area</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="72"/>
        <source>例如：3-7 環境、能源與科技</source>
        <translation>e.g. 3-7 environment, energy and technology</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="73"/>
        <source>貳、機關自評</source>
        <translation>2. Agency&apos;s own assessment</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="74"/>
        <source>問題現況評析及需求評估概述</source>
        <translation>Situation and needs</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="75"/>
        <source>性別統計及性別分析</source>
        <translation>Gender statistics and analysis</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="76"/>
        <source>參、程序參與</source>
        <translation>3. Expert participation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="77"/>
        <source>本案須辦理程序參與</source>
        <translation>This case needs expert participation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="78"/>
        <source>程序參與人員姓名</source>
        <translation>Expert&apos;s name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="79"/>
        <source>職稱</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="80"/>
        <source>服務單位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="81"/>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="83"/>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="88"/>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="82"/>
        <source>人員來源</source>
        <translation>Expert from</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="84"/>
        <source>參與方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="85"/>
        <source>參與日期</source>
        <translation>Date of participation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="86"/>
        <source>程序參與意見</source>
        <translation>Expert&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="87"/>
        <source>肆、參採情形</source>
        <translation>4. Adoption</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="89"/>
        <source>參採情形</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="90"/>
        <source>說明（未參採或部分參採之理由）</source>
        <translation>Reasons (not or partly adopted)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="91"/>
        <source>計畫（法案）修正情形</source>
        <translation>Revision of the plan</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="92"/>
        <source>送主管單位</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="93"/>
        <source>送主管單位日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="94"/>
        <source>結案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="95"/>
        <source>備註</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="153"/>
        <source>預覽一覽表</source>
        <translation>Preview list</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="67"/>
        <source>匯入%1：%2</source>
        <translation>Import %1: %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="70"/>
        <source>檔案「%1」：標題在第 %2 列，共 %3 列資料。請確認每個欄位對應到檔案的哪一欄（已依標題自動判斷，並記住上次的選擇）。</source>
        <translation>File “%1”: headings are on row %2, with %3 rows of data. Please check which column of the file each field maps to (guessed from the headings; your last choices are remembered).</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="83"/>
        <source>注意：這個檔案已於 %1 以「%2」匯入過；再次匯入時已登錄的資料會略過。</source>
        <translation>Note: this file was already imported on %1 as “%2”; records already entered will be skipped if you import it again.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="89"/>
        <source>欄位對應</source>
        <translation>Field mapping</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="94"/>
        <source>（不匯入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="113"/>
        <source>只顯示有錯誤的列(&amp;B)</source>
        <translation>Only rows with &amp;errors</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="118"/>
        <source>檢查中…：匯入前會先試算，列出會新增或變更什麼（不會寫入資料）。</source>
        <translation>Checking…: before importing, a dry run lists what would be added or changed (nothing is written).</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="119"/>
        <source>重新檢查(&amp;D)</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="120"/>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="241"/>
        <source>匯入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="121"/>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="246"/>
        <source>全部取消</source>
        <translation>Cancel all</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="122"/>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="247"/>
        <source>不匯入任何資料，關閉視窗</source>
        <translation>Import nothing and close the window</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="123"/>
        <source>開啟未匯入的列(&amp;O)</source>
        <translation>&amp;Open the rows not imported</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="124"/>
        <source>開啟資料夾</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="181"/>
        <source>檢查結果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="186"/>
        <source>第 %1 列無法匯入：%2</source>
        <translation>Row %1 cannot be imported: %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="194"/>
        <source>✘ 未匯入（已另存）：%1</source>
        <translation>✘ Not imported (saved to fix): %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="195"/>
        <source>✔ 已匯入</source>
        <translation>✔ Imported</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="205"/>
        <source>有錯誤的列（%1 列；第一欄是檔案中的列號，游標停在列上可看原因）</source>
        <translation>Rows with errors (%1 rows; the first column is the row number in the file; hover over a row for the reason)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="209"/>
        <source>預覽（前 %1 列；第一欄是檔案中的列號，紅色的列無法匯入）</source>
        <translation>Preview (first %1 rows; the first column is the row number in the file; red rows cannot be imported)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="237"/>
        <source>只匯入正確的 %1 列(&amp;I)</source>
        <translation>&amp;Import only the %1 correct rows</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="246"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="295"/>
        <source>無法匯入的列（列號、欄位、內容、原因）：</source>
        <translation>Rows that cannot be imported (row, column, content, reason):</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="174"/>
        <source>列</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="261"/>
        <source>請指定這些欄位：</source>
        <translation>Please map these fields:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="277"/>
        <source>匯入中…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="277"/>
        <source>試算中…</source>
        <translation>Running dry run…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="317"/>
        <source>已取消：資料未變更。</source>
        <translation>Cancelled: no data was changed.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="319"/>
        <source>匯入失敗，資料未變更：</source>
        <translation>Import failed; no data was changed:</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="34"/>
        <source>類別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="35"/>
        <source>案由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="36"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="37"/>
        <source>列管</source>
        <translation>Tracked</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="53"/>
        <source>需列管時填辦理單位，例：秘書室</source>
        <translation>If tracking is needed, enter the responsible unit, e.g. Secretariat</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="56"/>
        <source>類別(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="56"/>
        <source>案由(&amp;I)</source>
        <translation>S&amp;ubject</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="57"/>
        <source>提案/報告單位</source>
        <translation>Proposing/reporting unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="57"/>
        <source>說明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="58"/>
        <source>決議/決定</source>
        <translation>Resolution/decision</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="58"/>
        <source>列管辦理單位</source>
        <translation>Responsible unit (tracked)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="65"/>
        <source>新增報告事項</source>
        <translation>Add report</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="66"/>
        <source>新增討論事項</source>
        <translation>Add discussion</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="67"/>
        <source>新增臨時動議</source>
        <translation>Add motion</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="72"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="73"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="74"/>
        <source>刪除項目</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="134"/>
        <source>洽悉。</source>
        <translation>Noted.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="23"/>
        <source>資料檔使用中</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="29"/>
        <source>使用者：%1
電腦：%2
開啟時間：%3</source>
        <translation>User: %1
Computer: %2
Opened: %3</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="32"/>
        <source>無法得知是誰開啟（鎖定檔內容不完整）。</source>
        <translation>Cannot tell who opened it (the lock file is incomplete).</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="33"/>
        <source>「%1」正由另一個 gmdesk 使用中。</source>
        <translation>“%1” is in use by another gmdesk.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="35"/>
        <source>這個鎖定看來已失效：開啟它的程式已經結束，或很久沒有動靜（例如電腦當機）。確認沒有人在使用後，可以清除鎖定再開啟。</source>
        <translation>This lock appears to be stale: the program that opened it has ended, or it has been inactive for a long time (for example, the computer crashed). Once you are sure no one is using it, you can clear the lock and open it.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="38"/>
        <source>同一時間只能有一個人修改資料。您可以先以唯讀方式查看、列印，或請對方關閉 gmdesk 後再開啟。</source>
        <translation>Only one person can change the data at a time. You can view and print it read-only for now, or ask the other person to close gmdesk and then open it.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="41"/>
        <source>唯讀開啟</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="45"/>
        <location filename="../gmdesk/ui/lock_dialog.py" line="64"/>
        <source>清除鎖定</source>
        <translation>Clear lock</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="47"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="57"/>
        <source>確定沒有其他人正在使用這個資料檔嗎？
若對方其實還在使用，清除鎖定可能讓兩人的修改互相覆蓋。</source>
        <translation>Are you sure no one else is using this database?
If they are still using it, clearing the lock may let your changes overwrite each other.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="39"/>
        <source>總覽</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="40"/>
        <source>執行小組</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="41"/>
        <source>會議</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="42"/>
        <source>人員與培力</source>
        <translation>Staff &amp; training</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="43"/>
        <source>CEDAW宣導與措施</source>
        <translation>CEDAW &amp; measures</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="44"/>
        <source>性別影響評估</source>
        <translation>Impact assessment</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="45"/>
        <source>性別統計</source>
        <translation>Gender statistics</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="46"/>
        <source>性別預算</source>
        <translation>Gender budget</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="47"/>
        <source>委員會</source>
        <translation>Committees</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="48"/>
        <source>報表匯出</source>
        <translation>Reports &amp; export</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="49"/>
        <source>行事曆</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="50"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="78"/>
        <source>%1（Ctrl+%2）</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="88"/>
        <source>切換年度（Ctrl+PgUp / Ctrl+PgDown）</source>
        <translation>Switch year (Ctrl+PgUp / Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="94"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="127"/>
        <source>檔案(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="128"/>
        <source>備份與還原…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="133"/>
        <source>資源回收筒…</source>
        <translation>Recycle bin…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="139"/>
        <source>結束(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="144"/>
        <source>頁面(&amp;P)</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="152"/>
        <source>上一年度</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="155"/>
        <source>下一年度</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="158"/>
        <source>重新整理</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="163"/>
        <source>說明(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="164"/>
        <location filename="../gmdesk/ui/main_window.py" line="287"/>
        <source>關於 gmdesk</source>
        <translation>About gmdesk</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="170"/>
        <source>（尚未設定機關）</source>
        <translation>(office not set up yet)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="173"/>
        <source>（記憶體）</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="174"/>
        <source>（唯讀）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="175"/>
        <source>資料檔：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="186"/>
        <source>%1年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="288"/>
        <source>gmdesk %1
區公所與市府機關的性別主流化業務工具。
所有資料存放在本機，不需網路。</source>
        <translation>gmdesk %1
Gender-mainstreaming duties for district offices and city bureaus.
All data stays on this PC; no network is needed.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="52"/>
        <source>編輯範本對應</source>
        <translation>Edit template mapping</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="55"/>
        <source>對應設定（JSON）</source>
        <translation>Mapping (JSON)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="57"/>
        <source>單一儲存格（cells：「工作表!B3」: 欄位）</source>
        <translation>Single cells (cells: &quot;Sheet!B3&quot;: field)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="61"/>
        <source>表格 %1（tables：source = %2）</source>
        <translation>Table %1 (tables: source = %2)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="78"/>
        <source>每一個欄位對應到範本的儲存格或欄；表格從 start_row 起逐列填入。</source>
        <translation>Each field maps to a template cell or column; tables fill row by row from start_row.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="61"/>
        <source>次別</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="63"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="64"/>
        <source>主席</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="65"/>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="105"/>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="66"/>
        <source>法定人數</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="70"/>
        <source>本年度尚無會議：右側已備好第一次會議，填寫後按「儲存」。</source>
        <translation>No meetings this year: the first one is ready on the right; fill it in and press “Save”.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="73"/>
        <source>新增會議(&amp;N)</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="76"/>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="394"/>
        <source>刪除會議</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="104"/>
        <source>基本資料</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="106"/>
        <source>議程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="107"/>
        <source>列管追蹤</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="110"/>
        <source>儲存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="116"/>
        <source>開會通知單(&amp;O)</source>
        <translation>Meeting n&amp;otice</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="116"/>
        <source>簽到表(&amp;I)</source>
        <translation>S&amp;ign-in sheet</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="117"/>
        <source>會議紀錄(&amp;M)</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="189"/>
        <source>整理本年度會議…</source>
        <translation>Loading this year&apos;s meetings…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="301"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="444"/>
        <source>正在產生表單…</source>
        <translation>Rendering the form…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="115"/>
        <source>預覽／列印：</source>
        <translation>Preview/print:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="155"/>
        <source>這次會議</source>
        <translation>this meeting</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="160"/>
        <source>尚未開會</source>
        <translation>Not yet held</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="161"/>
        <source>達到</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="161"/>
        <source>未達</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="202"/>
        <source>%1年度會議（應至少 %2 次）</source>
        <translation>Year %1 meetings (at least %2 required)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="370"/>
        <source>會議已儲存</source>
        <translation>Meeting saved</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="395"/>
        <source>確定刪除這次會議及其出席、議程與列管紀錄？刪除的會議會移到「資源回收筒」，可從那裡還原。</source>
        <translation>Delete this meeting and its attendance, agenda and tracking records? The meeting moves to the Recycle Bin, where it can be restored.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="30"/>
        <source>（新增人員）</source>
        <translation>(new person)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="35"/>
        <source>府外人士</source>
        <translation>External member</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="40"/>
        <source>現任或曾任婦權會委員</source>
        <translation>On the women&apos;s rights committee</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="41"/>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="51"/>
        <source>聘任日</source>
        <translation>Appointed</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="42"/>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="51"/>
        <source>任期屆滿日</source>
        <translation>Term end date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="43"/>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="52"/>
        <source>離任日</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="43"/>
        <source>在任免填</source>
        <translation>If serving: blank</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="47"/>
        <source>人員(&amp;P)</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="47"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="48"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="48"/>
        <source>職稱</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="49"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="49"/>
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="50"/>
        <source>當然成員職務</source>
        <translation>Ex-officio post</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="159"/>
        <source>檢查本年度辦理情形…</source>
        <translation>Checking this year…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="168"/>
        <source>%1年度辦理情形</source>
        <translation>Year %1 at a glance</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="169"/>
        <source>%1 / %2 項已完成</source>
        <translation>%1 of %2 duties done</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="173"/>
        <source>送出前檢查</source>
        <translation>Ready to send?</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="176"/>
        <source>本年度資料可以送出</source>
        <translation>This year&apos;s data can be sent</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="183"/>
        <source>尚不能送出：%1 項</source>
        <translation>Not ready to send: %1 items</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="143"/>
        <source>另存新檔(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="139"/>
        <source>列印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="147"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="206"/>
        <source>另存新檔</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="223"/>
        <source>無法儲存到「%1」：%2。請選擇另一個資料夾。</source>
        <translation>Cannot save to “%1”: %2. Please choose another folder.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="228"/>
        <location filename="../gmdesk/ui/pdf_preview.py" line="238"/>
        <source>已儲存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="233"/>
        <source>正在寫入「%1」…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="242"/>
        <source>無法儲存到「%1」：%2</source>
        <translation>Could not save to “%1”: %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="246"/>
        <source>正在寫入可編輯檔…</source>
        <translation>Writing the editable copy…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="263"/>
        <source>列印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="274"/>
        <location filename="../gmdesk/ui/pdf_preview.py" line="290"/>
        <source>正在列印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="282"/>
        <source>已送出 %1 頁到「%2」。</source>
        <translation>Sent %1 pages to “%2”.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="288"/>
        <source>列印未完成：%1</source>
        <translation>Printing did not finish: %1</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="259"/>
        <location filename="../gmdesk/ui/widgets/preview.py" line="331"/>
        <source>正在開啟…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="266"/>
        <source>上一頁（PgUp）</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="267"/>
        <source>下一頁（PgDn）</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="271"/>
        <source>縮小（Ctrl+-）</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="272"/>
        <source>放大（Ctrl++）</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="273"/>
        <source>符合寬度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="273"/>
        <source>符合視窗寬度（Ctrl+0）</source>
        <translation>Fit to window width (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="356"/>
        <source>第 %1／%2 頁</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="363"/>
        <source>這份 PDF 沒有頁面。</source>
        <translation>This PDF has no pages.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="368"/>
        <source>無法顯示這份 PDF：%1</source>
        <translation>Cannot show this PDF: %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="68"/>
        <source>編輯人員</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="68"/>
        <source>新增人員</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="74"/>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="79"/>
        <source>可只填遮蔽後的號碼，如 A12****789</source>
        <translation>You may enter only a masked number, e.g. A12****789</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="99"/>
        <source>在職中請留空；離職者保留紀錄</source>
        <translation>Leave blank while employed; records are kept for those who have left</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="102"/>
        <source>類別變更時填生效日（留空則直接更正）</source>
        <translation>When the category changes, enter the effective date (leave blank to just correct it)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="91"/>
        <source>姓名(&amp;A)</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="92"/>
        <source>性別(&amp;G)</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="93"/>
        <source>單位(&amp;U)</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="93"/>
        <source>職稱(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="94"/>
        <source>員工編號(&amp;O)</source>
        <translation>Empl&amp;oyee no.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="95"/>
        <source>身分證字號</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="96"/>
        <source>人員類別(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="83"/>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="97"/>
        <source>到職日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="85"/>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="98"/>
        <source>離職日期</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="87"/>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="100"/>
        <source>類別變更生效日</source>
        <translation>Category change effective date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="103"/>
        <source>備註</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="107"/>
        <source>儲存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="107"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="110"/>
        <source>活動照片</source>
        <translation>Activity photos</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="113"/>
        <source>可將照片檔拖曳到這裡。只收 JPG、PNG，自動縮小以利列印；建議2至4張。</source>
        <translation>Drag photo files here. JPG and PNG only, downscaled for print; 2 to 4 photos suggested.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="119"/>
        <source>照片說明，例：講師說明CEDAW重點</source>
        <translation>Photo caption, e.g. Speaker explaining key points of CEDAW</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="121"/>
        <source>照片說明(&amp;H)</source>
        <translation>P&amp;hoto caption</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="127"/>
        <source>加入照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="129"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="131"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="133"/>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="272"/>
        <source>移除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="138"/>
        <source>可拖曳照片檔到上方；限 JPG、PNG</source>
        <translation>Drag photo files above; JPG and PNG only</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="183"/>
        <source>活動照片（%1張）</source>
        <translation>Activity photos (%1)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="199"/>
        <source>選擇活動照片</source>
        <translation>Choose activity photos</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="200"/>
        <source>照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;所有檔案 (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="242"/>
        <source>已取消，照片未加入。</source>
        <translation>Cancelled; no photo was added.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="246"/>
        <source>處理照片</source>
        <translation>Processing photos</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="244"/>
        <source>無法加入照片</source>
        <translation>Cannot add photos</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="238"/>
        <source>部分照片未加入</source>
        <translation>Some photos were not added</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="273"/>
        <source>確定移除第%1張照片？可從資源回收筒還原。</source>
        <translation>Remove photo %1? You can restore it from the recycle bin.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="25"/>
        <source>繼續列管</source>
        <translation>Keep tracking</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="25"/>
        <source>解除列管</source>
        <translation>Close tracking</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="27"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="28"/>
        <source>案由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="29"/>
        <source>辦理單位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="30"/>
        <source>執行情形</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="31"/>
        <source>列管建議</source>
        <translation>Tracking recommendation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="32"/>
        <source>決定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="40"/>
        <source>上次會議決議事項執行情形：前次會議列管之決議，逐案填寫執行情形；選「解除列管」即於本次會議結案。</source>
        <translation>Progress on resolutions of the previous meeting: enter the progress of each resolution tracked at the previous meeting; choose “Close tracking” to close it at this meeting.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="49"/>
        <source>搜尋姓名…</source>
        <translation>Search name…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="51"/>
        <source>全部單位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="52"/>
        <source>全部類別</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="53"/>
        <source>只顯示未達時數者(&amp;S)</source>
        <translation>&amp;Show only those short of hours</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="55"/>
        <source>列印提醒名單(&amp;P)…</source>
        <translation>&amp;Print reminder list…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="67"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="68"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="69"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="70"/>
        <source>人員類別</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="71"/>
        <source>應完成時數</source>
        <translation>Hours required</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="72"/>
        <source>已完成時數</source>
        <translation>Hours completed</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="73"/>
        <source>進階（已完成/應完成）</source>
        <translation>Advanced (completed/required)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="76"/>
        <source>尚差時數</source>
        <translation>Hours short</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="78"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="100"/>
        <source>免訓</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="101"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="101"/>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="105"/>
        <source>本年度尚無應受訓人員：請先在「人員名冊」登錄人員。</source>
        <translation>Nobody has to train this year: add people in “Roster” first.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="109"/>
        <source>✔ 全部人員皆已達成本年度時數（取消勾選「只顯示未達時數者」可看全部）。</source>
        <translation>✔ Everyone has completed this year&apos;s hours (untick “Only those short of hours” to see all).</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="110"/>
        <source>沒有符合搜尋或篩選條件的人員。</source>
        <translation>Nobody matches the search or filters.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="123"/>
        <source>%1年度：應受訓%2人，已完成%3人（%4），尚未達時數%5人，免訓%6人。</source>
        <translation>Year %1: %2 required to train, %3 completed (%4), %5 short of hours, %6 exempt.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="149"/>
        <source>編輯培力紀錄</source>
        <translation>Edit training record</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="149"/>
        <source>新增培力紀錄</source>
        <translation>New training record</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="151"/>
        <source>上課日期</source>
        <translation>Course date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="159"/>
        <source>含CEDAW內容</source>
        <translation>Includes CEDAW content</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="165"/>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="173"/>
        <source>課程名稱(&amp;T)</source>
        <translation>Course &amp;title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="174"/>
        <source>上課日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="175"/>
        <source>時數(&amp;H)</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="176"/>
        <source>等級</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="176"/>
        <source>CEDAW</source>
        <translation>CEDAW</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="177"/>
        <source>上課方式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="178"/>
        <source>辦理機關</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="179"/>
        <source>滿意度(1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="180"/>
        <source>備註</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="182"/>
        <source>儲存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="182"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="61"/>
        <source>搜尋姓名、編號、職稱…（Ctrl+F）</source>
        <translation>Search name, number, title… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="63"/>
        <source>全部單位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="64"/>
        <source>全部類別</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="65"/>
        <source>顯示已離職人員(&amp;L)</source>
        <translation>Show staff who have &amp;left</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="67"/>
        <source>搜尋(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="76"/>
        <source>員工編號</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="77"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="78"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="79"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="80"/>
        <source>職稱</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="81"/>
        <source>人員類別</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="82"/>
        <source>到職日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="83"/>
        <source>離職日</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="84"/>
        <source>本年度免訓</source>
        <translation>Exempt this year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="90"/>
        <source>沒有符合搜尋或篩選條件的人員。</source>
        <translation>Nobody matches the search or filters.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="91"/>
        <source>尚無人員：按「新增人員」逐筆登錄，或按「匯入名冊」從 Excel 匯入。</source>
        <translation>No people yet: press “New person” to add them one by one, or “Import roster” to read them from Excel.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="96"/>
        <source>新增人員(&amp;N)</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="97"/>
        <source>編輯(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="98"/>
        <source>本年度免訓(&amp;X)…</source>
        <translation>E&amp;xempt this year…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="99"/>
        <source>匯入名冊(&amp;I)…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="113"/>
        <source>培力紀錄</source>
        <translation>Training records</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="115"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="116"/>
        <source>課程名稱</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="117"/>
        <source>時數</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="118"/>
        <source>等級</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="119"/>
        <source>CEDAW</source>
        <translation>CEDAW</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="120"/>
        <source>方式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="121"/>
        <source>辦理機關</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="122"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="126"/>
        <source>新增紀錄(&amp;R)…</source>
        <translation>Add &amp;record…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="127"/>
        <source>刪除紀錄(&amp;D)</source>
        <translation>&amp;Delete record</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="128"/>
        <source>登錄內部課程與出席名單(&amp;C)…</source>
        <translation>Record in-house &amp;course and attendance…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="129"/>
        <source>匯入時數(&amp;H)…</source>
        <translation>Import &amp;hours…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="208"/>
        <source>顯示 %1 / %2 人</source>
        <translation>Showing %1 / %2 people</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="229"/>
        <source>培力紀錄：請在上方選擇人員</source>
        <translation>Training records: select a person above</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="236"/>
        <source>%1 的培力紀錄（本年度 %2 小時，共 %3 筆紀錄）</source>
        <translation>Training records of %1 (this year %2 hours, %3 records)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="259"/>
        <source>已儲存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="265"/>
        <source>免訓</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="265"/>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="276"/>
        <source>請先在名冊中選擇人員。</source>
        <translation>First select a person in the roster.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="276"/>
        <source>新增紀錄</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="297"/>
        <source>刪除紀錄</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="298"/>
        <source>確定刪除 %1「%2」%3小時 這筆培力紀錄？可從資源回收筒還原。</source>
        <translation>Delete the training record %1 “%2” (%3 hours)? It can be restored from the Recycle Bin.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../gmdesk/ui/runner.py" line="71"/>
        <source>已取消，資料未變更。</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/runner.py" line="77"/>
        <source>作業未完成（%1：%2）。資料未變更；請再試一次，若仍失敗請把這段訊息告訴系統管理者。</source>
        <translation>The task did not finish (%1: %2). Nothing was changed; please try again, and if it fails again, give this message to your system administrator.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/runner.py" line="80"/>
        <source>無說明</source>
        <translation>no details</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="18"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="19"/>
        <source>ODF 文字文件 (*.odt)</source>
        <translation>ODF text document (*.odt)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="20"/>
        <source>Word 文件 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="21"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="22"/>
        <source>ODF 試算表 (*.ods)</source>
        <translation>ODF spreadsheet (*.ods)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="23"/>
        <source>ZIP 壓縮檔 (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="95"/>
        <source>區公所</source>
        <translation>District office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="96"/>
        <source>市府一級機關</source>
        <translation>City bureau</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="104"/>
        <source>例：80543</source>
        <translation>e.g. 80543</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="107"/>
        <source>例：高市旗區人字第</source>
        <translation>Text before the number, as on your documents</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="113"/>
        <source>年 至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="115"/>
        <source>年</source>
        <translation>(ROC)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="119"/>
        <source>機關名稱(&amp;N)</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="119"/>
        <source>縣市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="120"/>
        <source>機關類型</source>
        <translation>Kind of office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="120"/>
        <source>機關首長</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="121"/>
        <source>首長職稱</source>
        <translation>Head&apos;s title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="121"/>
        <source>聯絡人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="122"/>
        <source>聯絡電話</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="122"/>
        <source>電子郵件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="123"/>
        <source>機關地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="123"/>
        <source>郵遞區號</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="124"/>
        <source>發文字號字頭</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="125"/>
        <source>承辦人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="128"/>
        <source>計畫期程</source>
        <translation>Plan period (ROC years)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="129"/>
        <source>機關資料</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="133"/>
        <source>每行一個單位，例如：人事室</source>
        <translation>One unit per line, e.g. Personnel Office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="135"/>
        <source>單位（每行一個）</source>
        <translation>Units (one per line)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="142"/>
        <source>套用預設值</source>
        <translation>Apply preset defaults</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="164"/>
        <source>性別影響評估</source>
        <translation>Gender impact assessment</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="164"/>
        <source>性別統計</source>
        <translation>Gender statistics</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="165"/>
        <source>性別預算</source>
        <translation>Gender budget</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="165"/>
        <source>委員會性別比例</source>
        <translation>Committees&apos; gender balance</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="186"/>
        <source>適用起始年度</source>
        <translation>In force from year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="187"/>
        <source>小組人數下限（0 為不限）</source>
        <translation>Group size at least (0: no limit)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="188"/>
        <source>小組人數上限（0 為不限）</source>
        <translation>Group size at most (0: no limit)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="189"/>
        <source>府外委員至少</source>
        <translation>External members at least</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="190"/>
        <source>其中婦權會委員至少</source>
        <translation>Of whom women&apos;s-rights committee members</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="191"/>
        <source>性別議題聯絡人至少</source>
        <translation>Gender focal points at least</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="192"/>
        <source>每年開會至少（次）</source>
        <translation>Meetings a year at least</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="193"/>
        <source>開會須府外委員出席至少</source>
        <translation>External members present at a meeting</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="194"/>
        <source>開會通知至少提前（日）</source>
        <translation>Notice at least (days before)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="195"/>
        <source>任期屆滿提醒（日）</source>
        <translation>Warn of term end (days before)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="196"/>
        <source>在職未滿（日）免訓</source>
        <translation>Exempt below (days of service)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="197"/>
        <source>每年對外CEDAW宣導至少（場）</source>
        <translation>External CEDAW sessions a year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="198"/>
        <source>每年其他措施至少（項）</source>
        <translation>Other measures a year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="199"/>
        <source>每年措施至少辦理（類，0 為不限）</source>
        <translation>Measure categories a year at least (0: no rule)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="200"/>
        <source>每年性別分析專題至少（篇）</source>
        <translation>Gender analyses a year at least</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="201"/>
        <source>每單位每年性別分析專題至少（篇）</source>
        <translation>Gender analyses per unit a year at least</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="202"/>
        <source>性別預算報送期限（預算年度前一年）</source>
        <translation>Gender budget due (the year before the budget year)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="203"/>
        <source>成果報告報市府期限（次年）</source>
        <translation>Results report due at the city (next year)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="204"/>
        <source>本機關免辦（本年度無應辦理案件）</source>
        <translation>Not required of this office (nothing due this year)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="206"/>
        <source>培力時數：%1</source>
        <translation>Training hours: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="208"/>
        <source>其中進階時數（聯絡人）</source>
        <translation>Of which advanced (focal points)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="215"/>
        <source>規則與年度目標（每個數字皆可修改）</source>
        <translation>Rules and yearly targets (every number can be changed)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="223"/>
        <source>遮蔽姓名（王○明）</source>
        <translation>Masked (surname and last character)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="224"/>
        <source>僅顯示姓氏（王○○）</source>
        <translation>Surname only</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="225"/>
        <source>顯示全名</source>
        <translation>Full names</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="227"/>
        <source>選擇字型檔…</source>
        <translation>Choose font file…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="234"/>
        <source>預覽的「另存新檔」與報表匯出存到這裡；空白＝文件資料夾下的「%1」</source>
        <translation>Where “Save as” in the preview and the exports save to; blank = “%1” in Documents</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="236"/>
        <source>選擇…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="242"/>
        <source>介面語言（重新開啟後生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="243"/>
        <source>對外報表的姓名</source>
        <translation>Names in outgoing reports</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="244"/>
        <source>列印字型</source>
        <translation>Print font</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="245"/>
        <source>輸出資料夾</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="246"/>
        <source>偏好</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="249"/>
        <source>儲存設定(&amp;S)</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="252"/>
        <source>復原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="296"/>
        <source> 月</source>
        <translation> (month)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="297"/>
        <source> 日</source>
        <translation> (day)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="307"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="384"/>
        <source>內建：文鼎PL中楷（建議）</source>
        <translation>Built in: AR PL UKai (recommended)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="393"/>
        <source>選擇輸出資料夾</source>
        <translation>Choose the output folder</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="398"/>
        <source>選擇 TrueType 字型</source>
        <translation>Choose a TrueType font</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="399"/>
        <source>TrueType 字型 (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="452"/>
        <source>介面語言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="453"/>
        <source>介面語言將在重新開啟 gmdesk 後變更。</source>
        <translation>The language changes the next time gmdesk starts.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="454"/>
        <source>設定已儲存</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="46"/>
        <source>人員名冊</source>
        <translation>Staff roster</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="47"/>
        <source>達成進度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="48"/>
        <source>類別×性別</source>
        <translation>Category × gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="49"/>
        <source>課程統計</source>
        <translation>Course statistics</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="112"/>
        <source>無法產生名單</source>
        <translation>Cannot produce the list</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="114"/>
        <source>培力時數提醒名單</source>
        <translation>Training hours reminder list</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="120"/>
        <source>選擇要匯入的檔案</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="121"/>
        <source>試算表 (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="128"/>
        <source>無法讀取檔案</source>
        <translation>Cannot read the file</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="91"/>
        <source>這項指標</source>
        <translation>this indicator</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="94"/>
        <source>尚無性別統計指標：
按「新增」登錄本所之指標，再填入各年數值。</source>
        <translation>No gender statistics indicators yet:
press New to enter the office&apos;s indicators, then fill in each year&apos;s values.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="97"/>
        <source>請從左側清單選取一項指標來檢視數值及本年度檢討，
或按「新增」登錄新的指標。</source>
        <translation>Choose an indicator in the list on the left to view its values and this year&apos;s review,
or press New to enter a new indicator.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="105"/>
        <source>%1：男%2／女%3</source>
        <translation>%1: M %2 / F %3</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="109"/>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="199"/>
        <source>指標名稱</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="110"/>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="221"/>
        <source>本年度檢討</source>
        <translation>This year&apos;s review</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="111"/>
        <source>尚未檢討</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="112"/>
        <source>最近數值</source>
        <translation>Latest values</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="130"/>
        <source>由試算表匯入數值…</source>
        <translation>Import values from a sheet…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="131"/>
        <source>欄位：指標名稱、年度、男、女（其他可省略）</source>
        <translation>Columns: indicator, year, male, female (other optional)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="140"/>
        <source>選擇性別統計數值檔</source>
        <translation>Choose the gender statistics file</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="141"/>
        <source>試算表 (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="147"/>
        <source>無法匯入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="153"/>
        <source>已匯入%1筆數值</source>
        <translation>Imported %1 values</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="156"/>
        <source>本年度性別分析專題</source>
        <translation>This year&apos;s gender analyses</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="159"/>
        <source>題目</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="159"/>
        <source>撰擬單位</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="165"/>
        <source>新增分析專題</source>
        <translation>Add analysis</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="167"/>
        <source>修改所選</source>
        <translation>Edit selected</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="200"/>
        <source>主辦單位</source>
        <translation>Unit in charge</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="201"/>
        <source>資料來源</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="202"/>
        <source>統計週期</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="202"/>
        <source>年、半年、季、月</source>
        <translation>year, half-year, quarter, month</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="203"/>
        <source>計量單位</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="203"/>
        <source>人、件、元</source>
        <translation>persons, cases, NT$</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="204"/>
        <source>複分類</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="204"/>
        <source>以頓號分隔，如 年齡、區域、族群</source>
        <translation>comma-separated, e.g. age, area, ethnicity</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="205"/>
        <source>備註</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="206"/>
        <source>各年數值（依性別；在表格中直接修改）</source>
        <translation>Values by year and gender (edit in the table)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="208"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="209"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="210"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="211"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="217"/>
        <source>新增年度</source>
        <translation>Add year</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="224"/>
        <source>（尚未檢討）</source>
        <translation>(not reviewed)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="225"/>
        <source>檢討結果</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="226"/>
        <source>檢討日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="227"/>
        <source>（書面檢討）</source>
        <translation>(in writing)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="228"/>
        <source>提報之小組會議</source>
        <translation>Group meeting</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="304"/>
        <source>預覽指標一覽表</source>
        <translation>Preview indicator list</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="28"/>
        <source>法定人數：達到</source>
        <translation>Quorum: met</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="28"/>
        <source>法定人數：未達</source>
        <translation>Quorum: not met</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="31"/>
        <source>應出席 %1 人，出席（含代理）%2 人，需 %3 人以上</source>
        <translation>%1 expected, %2 present (including proxies), at least %3 needed</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="36"/>
        <source>府外委員出席 %1 人（需 %2 人）</source>
        <translation>%1 external members present (%2 needed)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="39"/>
        <source>出席者男 %1、女 %2</source>
        <translation>Present: male %1, female %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="45"/>
        <source>，符合三分之一性別比例</source>
        <translation>, meeting the one-third gender ratio</translation>
    </message>
</context>
<context>
    <name>TemplateMappingDialog</name>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="173"/>
        <source>範本對應：%1</source>
        <translation>Template mapping: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="176"/>
        <source>左邊是範本的儲存格。單一儲存格：點選儲存格後按「加入所選儲存格」，再選要填入的欄位。表格：點選表格的標題列後按「新增表格」，再為每一欄選擇欄位；資料從標題列的下一列起逐列填入。</source>
        <translation>On the left are the template&apos;s cells. A single cell: click it, press “Add selected cell”, then choose the field to fill in. A table: click its header row, press “New table”, then choose a field for each column; the data are filled in row by row from the row below the header.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="180"/>
        <source>例：高雄市115年度性別主流化成果報表</source>
        <translation>e.g. Kaohsiung 115 gender mainstreaming report</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="185"/>
        <source>預覽填入本年度資料(&amp;P)</source>
        <translation>&amp;Preview with this year&apos;s data</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="199"/>
        <source>工作表(&amp;S)：</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="214"/>
        <source>單一儲存格</source>
        <translation>Single cells</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="215"/>
        <source>表格</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="225"/>
        <source>儲存對應</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="226"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="230"/>
        <source>範本名稱(&amp;M)</source>
        <translation>Template na&amp;me</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="249"/>
        <source>儲存格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="250"/>
        <source>範本文字</source>
        <translation>Template text</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="251"/>
        <location filename="../gmdesk/ui/template_mapping.py" line="303"/>
        <location filename="../gmdesk/ui/template_mapping.py" line="397"/>
        <source>填入欄位</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="258"/>
        <source>加入所選儲存格(&amp;A)</source>
        <translation>&amp;Add selected cell</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="259"/>
        <source>移除(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="275"/>
        <source>新增表格(&amp;N)</source>
        <translation>&amp;New table</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="276"/>
        <source>以左邊所選儲存格的那一列為表格的標題列</source>
        <translation>Use the row of the cell selected on the left as the table&apos;s header row</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="277"/>
        <source>移除表格</source>
        <translation>Remove table</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="290"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="296"/>
        <source>資料來源</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="297"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="298"/>
        <source>第一筆資料在第幾列</source>
        <translation>First data row</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="299"/>
        <source>列數上限</source>
        <translation>Row limit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="301"/>
        <source>欄</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="302"/>
        <source>範本標題</source>
        <translation>Template header</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="332"/>
        <source>（範本沒有這個工作表）</source>
        <translation>(the template has no such sheet)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="347"/>
        <source>請在範本中點選儲存格</source>
        <translation>Click a cell in the template</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="352"/>
        <source>所選儲存格：%1</source>
        <translation>Selected cell: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="354"/>
        <source>（填入「%1」）</source>
        <translation> (filled with “%1”)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="365"/>
        <source>表格 %1：%2（%3 第 %4 列起）</source>
        <translation>Table %1: %2 (%3, from row %4)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="394"/>
        <source>（不填）</source>
        <translation>(not filled)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="421"/>
        <source>對應已變更，預覽更新中…</source>
        <translation>Mapping changed, updating the preview…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="441"/>
        <source>請先在左邊的範本點選要填入的儲存格。</source>
        <translation>First click the cell to fill in the template on the left.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="471"/>
        <source>請先在左邊的範本點選表格標題列的任一格。</source>
        <translation>First click any cell of the table&apos;s header row in the template on the left.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="527"/>
        <source>填入「%1」</source>
        <translation>Filled with “%1”</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="536"/>
        <source>%1：「%2」從這一列起逐列填入</source>
        <translation>%1: “%2” filled in from this row down</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="540"/>
        <source>%1 的標題列</source>
        <translation>Header row of %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="585"/>
        <location filename="../gmdesk/ui/template_mapping.py" line="603"/>
        <source>無法預覽：%1</source>
        <translation>Cannot preview: %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="592"/>
        <source>預覽中…</source>
        <translation>Previewing…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="593"/>
        <source>預覽範本…</source>
        <translation>Previewing the template…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="598"/>
        <source>預覽：以 %1 年度的資料填入（未寫入任何檔案）。</source>
        <translation>Preview: filled with the data of year %1 (no file written).</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="614"/>
        <source>還沒有任何對應：請至少加入一個儲存格或一個表格。</source>
        <translation>Nothing is mapped yet: add at least one cell or one table.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="648"/>
        <source>無法開啟範本</source>
        <translation>Cannot open the template</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="34"/>
        <source>留職停薪</source>
        <translation>Unpaid leave</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="34"/>
        <source>育嬰留職停薪</source>
        <translation>Parental leave (unpaid)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="35"/>
        <source>延長病假／公傷假</source>
        <translation>Extended sick leave / work injury leave</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="35"/>
        <source>借調他機關</source>
        <translation>Seconded to another agency</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="36"/>
        <source>服兵役</source>
        <translation>Military service</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="36"/>
        <source>經機關核定免訓</source>
        <translation>Exempted by the office&apos;s decision</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="37"/>
        <source>其他（於備註說明）</source>
        <translation>Other (say what in the note)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="15"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="16"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="17"/>
        <source>單位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="18"/>
        <source>職稱</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="19"/>
        <source>員工編號</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="20"/>
        <source>身分證字號</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="21"/>
        <source>人員類別</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="22"/>
        <source>到職日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="23"/>
        <source>離職日期</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="24"/>
        <source>備註</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="25"/>
        <source>課程名稱</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="26"/>
        <source>上課日期</source>
        <translation>Course date</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="27"/>
        <source>時數</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="28"/>
        <source>課程等級</source>
        <translation>Course level</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="29"/>
        <source>CEDAW內容</source>
        <translation>CEDAW content</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="30"/>
        <source>上課方式</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="31"/>
        <source>辦理機關</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="32"/>
        <source>滿意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="34"/>
        <source>高雄市區公所</source>
        <translation>Kaohsiung district office</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="35"/>
        <source>臺北市一級機關</source>
        <translation>Taipei first-level agency</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="36"/>
        <source>培力時數先沿用臺北市之數值，請依本市規定修改。</source>
        <translation>Training hours start with Taipei&apos;s figures; change them to your city&apos;s rules.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="38"/>
        <location filename="../gmdesk/ui/wording.py" line="129"/>
        <source>%1年第%2次會議</source>
        <translation>Meeting %2 of %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="39"/>
        <location filename="../gmdesk/ui/wording.py" line="128"/>
        <source>%1年第%2次</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="41"/>
        <source>歧視的定義</source>
        <translation>Definition of discrimination against women</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="42"/>
        <source>締約國消除歧視的義務</source>
        <translation>Obligations to eliminate discrimination</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="43"/>
        <source>確保婦女的發展與進步</source>
        <translation>Development and advancement of women</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="44"/>
        <source>暫行特別措施</source>
        <translation>Temporary special measures</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="45"/>
        <source>性別角色與刻板印象</source>
        <translation>Sex roles and stereotyping</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="46"/>
        <source>禁止販賣婦女及意圖營利使婦女賣淫</source>
        <translation>Trafficking and exploitation of prostitution</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="47"/>
        <source>政治與公共生活</source>
        <translation>Political and public life</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="48"/>
        <source>國際代表與參與</source>
        <translation>International representation and participation</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="49"/>
        <source>國籍</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="50"/>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="51"/>
        <source>就業</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="52"/>
        <source>健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="53"/>
        <source>經濟與社會生活</source>
        <translation>Economic and social life</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="54"/>
        <source>農村婦女</source>
        <translation>Rural women</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="55"/>
        <source>法律之前人人平等</source>
        <translation>Equality before the law</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="56"/>
        <source>婚姻與家庭</source>
        <translation>Marriage and family life</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="57"/>
        <source>對婦女的暴力行為</source>
        <translation>Violence against women</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="58"/>
        <source>締約國的核心義務</source>
        <translation>Core obligations of States parties</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="59"/>
        <source>婦女訴諸司法</source>
        <translation>Women&apos;s access to justice</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="60"/>
        <source>農村婦女的權利</source>
        <translation>Rights of rural women</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="61"/>
        <source>關於對婦女的性別暴力行為（更新第19號）</source>
        <translation>Gender-based violence against women (updating No. 19)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="62"/>
        <source>女童和婦女受教育的權利</source>
        <translation>Right of girls and women to education</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="63"/>
        <source>氣候變遷下減少災害風險的性別相關面向</source>
        <translation>Gender-related dimensions of disaster risk reduction in a changing climate</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="64"/>
        <source>全球移民背景下販運婦女和女童問題</source>
        <translation>Trafficking in women and girls in the context of global migration</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="65"/>
        <source>原住民族婦女和女童的權利</source>
        <translation>Rights of Indigenous women and girls</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="66"/>
        <source>婦女在決策系統中平等和包容的代表性</source>
        <translation>Equal and inclusive representation of women in decision-making systems</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="67"/>
        <location filename="../gmdesk/ui/wording.py" line="206"/>
        <source>%1%2第%3案</source>
        <translation>%1, %2 no. %3</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="68"/>
        <location filename="../gmdesk/ui/wording.py" line="175"/>
        <source>第%1條 %2</source>
        <translation>Article %1 %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="69"/>
        <location filename="../gmdesk/ui/wording.py" line="178"/>
        <source>一般性建議第%1號 %2</source>
        <translation>General Recommendation No. %1 %2</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="34"/>
        <source>資源回收筒</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="37"/>
        <source>刪除時間</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="39"/>
        <source>資料</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="40"/>
        <source>筆數</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="41"/>
        <source>可還原至</source>
        <translation>Restorable until</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="49"/>
        <source>刪除的資料保留 90 天，期間可以還原；超過期限請從備份還原。</source>
        <translation>Deleted records are kept for 90 days and can be restored until then; after that, restore from a backup.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="51"/>
        <source>還原所選資料(&amp;R)</source>
        <translation>&amp;Restore selected</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="54"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="80"/>
        <source>無法還原</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="83"/>
        <source>已還原：%1</source>
        <translation>Restored: %1</translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="54"/>
        <source>整理接下來的期限…</source>
        <translation>Gathering the coming deadlines…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="58"/>
        <source>接下來%1天</source>
        <translation>Next %1 days</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="60"/>
        <source>看全年行事曆</source>
        <translation>See the year&apos;s calendar</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="62"/>
        <source>接下來%1天沒有到期的事項。</source>
        <translation>Nothing falls due in the next %1 days.</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="64"/>
        <source>接下來%1天：沒有到期的事項</source>
        <translation>Next %1 days: nothing due</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="79"/>
        <source>另有%1項，請見行事曆</source>
        <translation>%1 more on the calendar</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="82"/>
        <source>接下來%1天：%2項</source>
        <translation>Next %1 days: %2 items</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="216"/>
        <source>資料檔已毀損</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="220"/>
        <source>還原 %1 的備份</source>
        <translation>Restore the backup of %1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="222"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>gmdesk</name>
    <message>
        <location filename="../gmdesk/app.py" line="251"/>
        <source>要以唯讀方式開啟（可以查看與列印，不能修改）嗎？</source>
        <translation>Open it read-only (you can view and print, but not change anything)?</translation>
    </message>
</context>
</TS>
