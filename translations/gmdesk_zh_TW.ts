<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="320" />
        <source>性別分析專題</source>
        <translation>性別分析專題</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="324" />
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="340" />
        <source>完成日期</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="335" />
        <source>（尚未提報）</source>
        <translation>（尚未提報）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="339" />
        <source>題目</source>
        <translation>題目</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="339" />
        <source>撰擬單位</source>
        <translation>撰擬單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="340" />
        <source>使用之指標</source>
        <translation>使用之指標</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="341" />
        <source>運用情形</source>
        <translation>運用情形</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="341" />
        <source>提報小組會議</source>
        <translation>提報小組會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="342" />
        <source>摘要</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="346" />
        <source>儲存(&amp;S)</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="346" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="26" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="27" />
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="42" />
        <source>單位職稱</source>
        <translation>單位職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="28" />
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="29" />
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="30" />
        <source>出席狀態</source>
        <translation>出席狀態</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="32" />
        <source>代理人</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="33" />
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="43" />
        <source>出席費</source>
        <translation>出席費</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="41" />
        <source>列席人員</source>
        <translation>列席人員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="48" />
        <source>加入列席(&amp;A)</source>
        <translation>加入列席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="50" />
        <source>移除列席</source>
        <translation>移除列席</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="52" />
        <source>全部出席</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="55" />
        <source>列席人員(&amp;G)</source>
        <translation>列席人員(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/attendance_tab.py" line="63" />
        <source>委員出席情形（狀態欄按 F2 或直接選擇）</source>
        <translation>委員出席情形（狀態欄按 F2 或直接選擇）</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="28" />
        <source>自動（開啟時）</source>
        <translation>自動（開啟時）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="29" />
        <source>自動（關閉時）</source>
        <translation>自動（關閉時）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="30" />
        <source>手動</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="31" />
        <source>還原前</source>
        <translation>還原前</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="32" />
        <source>更新格式前</source>
        <translation>更新格式前</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="33" />
        <source>匯入前</source>
        <translation>匯入前</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="35" />
        <source>人員</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="35" />
        <source>會議</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="36" />
        <source>培力紀錄</source>
        <translation>培力紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="37" />
        <source>活動</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="60" />
        <source>無法讀取</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="66" />
        <source>備份時間</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="67" />
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="72" />
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="87" />
        <location filename="../gmdesk/ui/backup_dialog.py" line="201" />
        <source>備份與還原</source>
        <translation>備份與還原</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="93" />
        <source>gmdesk 每天開啟時、關閉時、匯入及更新格式前都會自動備份，保留最近 14 天、8 週與 12 個月的備份。還原時會先把目前的資料另存一份備份，不會遺失。</source>
        <translation>gmdesk 每天開啟時、關閉時、匯入及更新格式前都會自動備份，保留最近 14 天、8 週與 12 個月的備份。還原時會先把目前的資料另存一份備份，不會遺失。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="109" />
        <source>立即備份</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="110" />
        <source>還原所選備份</source>
        <translation>還原所選備份</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="111" />
        <source>變更備份資料夾</source>
        <translation>變更備份資料夾</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="112" />
        <source>關閉</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="140" />
        <source>資料檔：%1</source>
        <translation>資料檔：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="141" />
        <source>備份資料夾：%1</source>
        <translation>備份資料夾：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="146" />
        <source>無法讀取備份資料夾：%1</source>
        <translation>無法讀取備份資料夾：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="149" />
        <source>還沒有任何備份。請按「立即備份」。</source>
        <translation>還沒有任何備份。請按「立即備份」。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="167" />
        <source>已備份（%1，共 %2 筆資料，檢查通過）。</source>
        <translation>已備份（%1，共 %2 筆資料，檢查通過）。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="174" />
        <source>要把資料還原成 %1 的備份嗎？

目前的資料會先另存一份備份，之後仍可再還原回來。</source>
        <translation>要把資料還原成 %1 的備份嗎？

目前的資料會先另存一份備份，之後仍可再還原回來。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="184" />
        <source>已還原 %1 的備份。</source>
        <translation>已還原 %1 的備份。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="197" />
        <source>之後的備份會存到「%1」。</source>
        <translation>之後的備份會存到「%1」。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="204" />
        <source>還原備份</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="208" />
        <source>選擇備份資料夾</source>
        <translation>選擇備份資料夾</translation>
    </message>
</context>
<context>
    <name>BasicTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="35" />
        <source>開會日期</source>
        <translation>開會日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="43" />
        <source>（未定）</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="45" />
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="71" />
        <source>發文日期</source>
        <translation>發文日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="47" />
        <source>取號(&amp;G)</source>
        <translation>取號(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="53" />
        <source>主席致詞（未填時紀錄印「略」）</source>
        <translation>主席致詞（未填時紀錄印「略」）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="57" />
        <source>散會時間(&amp;E)</source>
        <translation>散會時間(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="67" />
        <source>次別(&amp;Q)</source>
        <translation>次別(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="67" />
        <source>開會日期(&amp;D)</source>
        <translation>開會日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="69" />
        <source>開會時間(&amp;T)</source>
        <translation>開會時間(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="69" />
        <source>地點(&amp;L)</source>
        <translation>地點(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="70" />
        <source>主席(&amp;C)</source>
        <translation>主席(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="70" />
        <source>紀錄(&amp;R)</source>
        <translation>紀錄(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="71" />
        <source>發文字號</source>
        <translation>發文字號</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="72" />
        <source>通知單備註</source>
        <translation>通知單備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="72" />
        <source>確認上次會議紀錄</source>
        <translation>確認上次會議紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/basic_tab.py" line="73" />
        <source>主席致詞</source>
        <translation>主席致詞</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="51" />
        <source>這個預算項目</source>
        <translation>這個預算項目</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="54" />
        <source>本預算年度尚無項目：
按「新增」登錄性別預算編列情形表之項目。</source>
        <translation>本預算年度尚無項目：
按「新增」登錄性別預算編列情形表之項目。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="57" />
        <source>請從左側清單選取一個預算項目來檢視或修改，
或按「新增」登錄新的項目。</source>
        <translation>請從左側清單選取一個預算項目來檢視或修改，
或按「新增」登錄新的項目。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="60" />
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="155" />
        <source>計畫名稱</source>
        <translation>計畫名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="61" />
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="154" />
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="62" />
        <source>金額（千元）</source>
        <translation>金額（千元）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="63" />
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="173" />
        <source>執行數</source>
        <translation>執行數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="74" />
        <source>預算年度</source>
        <translation>預算年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="78" />
        <source> 年度</source>
        <translation> 年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="86" />
        <source>小組檢視及報送</source>
        <translation>小組檢視及報送</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="88" />
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="92" />
        <source>小組檢視日期</source>
        <translation>小組檢視日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="89" />
        <source>（書面檢視）</source>
        <translation>（書面檢視）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="90" />
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="94" />
        <source>報送日期</source>
        <translation>報送日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="93" />
        <source>檢視之會議</source>
        <translation>檢視之會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="95" />
        <source>報送文號</source>
        <translation>報送文號</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="98" />
        <source>儲存檢視及報送</source>
        <translation>儲存檢視及報送</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="125" />
        <source>　%1項，計%2千元</source>
        <translation>　%1項，計%2千元</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="156" />
        <source>主辦單位</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="160" />
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="172" />
        <source> 千元</source>
        <translation> 千元</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="161" />
        <source>性別預算金額</source>
        <translation>性別預算金額</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="162" />
        <source>說明（對促進性別平等之效益）</source>
        <translation>說明（對促進性別平等之效益）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="163" />
        <source>衡量指標</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="164" />
        <source>目標值</source>
        <translation>目標值</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="165" />
        <source>已填執行數（年度結束後）</source>
        <translation>已填執行數（年度結束後）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="175" />
        <source>執行情形</source>
        <translation>執行情形</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="176" />
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/budget.py" line="222" />
        <source>預覽編列情形表</source>
        <translation>預覽編列情形表</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="14" />
        <source>開會期間</source>
        <translation>開會期間</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="15" />
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="16" />
        <source>小組會議</source>
        <translation>小組會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="17" />
        <source>開會通知</source>
        <translation>開會通知</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="18" />
        <source>委員任期</source>
        <translation>委員任期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="19" />
        <source>性別預算</source>
        <translation>性別預算</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="20" />
        <source>成果報告</source>
        <translation>成果報告</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="21" />
        <source>性別意識培力</source>
        <translation>性別意識培力</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="22" />
        <source>CEDAW宣導</source>
        <translation>CEDAW宣導</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="23" />
        <source>宣導與措施</source>
        <translation>宣導與措施</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="24" />
        <source>其他性別平等措施</source>
        <translation>其他性別平等措施</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="34" />
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="36" />
        <source>今天到期</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="36" />
        <source>%1天後到期</source>
        <translation>%1天後到期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="38" />
        <source>已逾期%1天</source>
        <translation>已逾期%1天</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/labels.py" line="39" />
        <source>已過（請自行確認）</source>
        <translation>已過（請自行確認）</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="49" />
        <source>全部事項</source>
        <translation>全部事項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="50" />
        <source>未完成</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="51" />
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="53" />
        <source>顯示(&amp;S)：</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="55" />
        <source>前往處理(&amp;G)</source>
        <translation>前往處理(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="57" />
        <source>匯出行事曆（.ics）(&amp;I)…</source>
        <translation>匯出行事曆（.ics）(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="58" />
        <source>存成 Outlook 等行事曆可匯入的檔案，含到期前提醒；再次匯出會更新同一批事項，不會重複</source>
        <translation>存成 Outlook 等行事曆可匯入的檔案，含到期前提醒；再次匯出會更新同一批事項，不會重複</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="64" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="65" />
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="66" />
        <source>事項</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="67" />
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="69" />
        <source>說明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="75" />
        <source>行事曆</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="116" />
        <source>整理行事曆…</source>
        <translation>整理行事曆…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="125" />
        <source>%1年度行事曆</source>
        <translation>%1年度行事曆</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="126" />
        <source>共%1項，未完成%2項</source>
        <translation>共%1項，未完成%2項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="131" />
        <source>已逾期%1項</source>
        <translation>已逾期%1項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="133" />
        <source>狀態以今天（%1）計算；雙擊一列或按「前往處理」開啟處理該事項的頁面。</source>
        <translation>狀態以今天（%1）計算；雙擊一列或按「前往處理」開啟處理該事項的頁面。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="179" />
        <source>儲存行事曆</source>
        <translation>儲存行事曆</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="180" />
        <source>iCalendar 行事曆 (*.ics)</source>
        <translation>iCalendar 行事曆 (*.ics)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="189" />
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="192" />
        <source>正在匯出行事曆…</source>
        <translation>正在匯出行事曆…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/page.py" line="195" />
        <source>已輸出：%1（可在 Outlook 以「開啟／匯入」加入；再次匯入會更新同一批事項）</source>
        <translation>已輸出：%1（可在 Outlook 以「開啟／匯入」加入；再次匯入會更新同一批事項）</translation>
    </message>
</context>
<context>
    <name>CityDialog</name>
    <message>
        <location filename="../gmdesk/ui/city_action.py" line="14" />
        <source>市府彙整…</source>
        <translation>市府彙整…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="50" />
        <location filename="../gmdesk/ui/city_dialog.py" line="194" />
        <location filename="../gmdesk/ui/city_dialog.py" line="232" />
        <location filename="../gmdesk/ui/city_dialog.py" line="234" />
        <source>市府彙整</source>
        <translation>市府彙整</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="53" />
        <source>加入各機關寄來的市府報表（.xlsx）或 JSON 匯出檔，或整個資料夾；彙整成一份活頁簿，並列出未提交、重複、曾被修改的檔案。</source>
        <translation>加入各機關寄來的市府報表（.xlsx）或 JSON 匯出檔，或整個資料夾；彙整成一份活頁簿，並列出未提交、重複、曾被修改的檔案。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="57" />
        <source>加入檔案…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="59" />
        <source>加入資料夾…</source>
        <translation>加入資料夾…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="61" />
        <source>移除所選</source>
        <translation>移除所選</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="74" />
        <source>不比對機關名單</source>
        <translation>不比對機關名單</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="75" />
        <source>自訂名單檔（一行一個機關）…</source>
        <translation>自訂名單檔（一行一個機關）…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="79" />
        <source>例如：市府彙整115.xlsx</source>
        <translation>例如：市府彙整115.xlsx</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="80" />
        <source>選擇…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="85" />
        <source>同時產生儀表板 PDF（同檔名）</source>
        <translation>同時產生儀表板 PDF（同檔名）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="88" />
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="89" />
        <source>機關名單</source>
        <translation>機關名單</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="91" />
        <source>選填，例如 116/1/31；晚於此日製作的檔案列為逾期</source>
        <translation>選填，例如 116/1/31；晚於此日製作的檔案列為逾期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="92" />
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="93" />
        <source>彙整活頁簿</source>
        <translation>彙整活頁簿</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="96" />
        <source>開始彙整(&amp;S)</source>
        <translation>開始彙整(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="99" />
        <source>關閉</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="109" />
        <source>彙整結果與提醒事項會顯示在這裡。</source>
        <translation>彙整結果與提醒事項會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="128" />
        <source>已儲存的名單（%1 個機關）</source>
        <translation>已儲存的名單（%1 個機關）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="141" />
        <source>選擇提交檔</source>
        <translation>選擇提交檔</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="141" />
        <source>市府報表或匯出檔 (*.xlsx *.json)</source>
        <translation>市府報表或匯出檔 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="145" />
        <source>選擇資料夾</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="154" />
        <source>彙整活頁簿存為</source>
        <translation>彙整活頁簿存為</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="155" />
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="166" />
        <source>選擇機關名單</source>
        <translation>選擇機關名單</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="167" />
        <source>文字檔 (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="170" />
        <source>請選擇機關名單檔，或改選其他名單</source>
        <translation>請選擇機關名單檔，或改選其他名單</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="173" />
        <source>機關名單檔沒有任何機關：請一行寫一個機關名稱</source>
        <translation>機關名單檔沒有任何機關：請一行寫一個機關名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="188" />
        <source>請先加入各機關的提交檔或其資料夾</source>
        <translation>請先加入各機關的提交檔或其資料夾</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="190" />
        <source>請選擇彙整活頁簿要存放的位置</source>
        <translation>請選擇彙整活頁簿要存放的位置</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="210" />
        <source>彙整各機關提交檔…</source>
        <translation>彙整各機關提交檔…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="219" />
        <source>已彙整 %1 個機關（讀取 %2 個檔案），未提交 %3 個，提醒事項 %4 則。</source>
        <translation>已彙整 %1 個機關（讀取 %2 個檔案），未提交 %3 個，提醒事項 %4 則。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/city_dialog.py" line="229" />
        <source>已取消，沒有留下未完成的檔案。</source>
        <translation>已取消，沒有留下未完成的檔案。</translation>
    </message>
</context>
<context>
    <name>CommitteesPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="74" />
        <source>這個委員會</source>
        <translation>這個委員會</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="77" />
        <source>尚未登錄委員會：
按「新增」登錄考績、甄審等委員會及其委員。</source>
        <translation>尚未登錄委員會：
按「新增」登錄考績、甄審等委員會及其委員。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="80" />
        <source>請從左側清單選取一個委員會來檢視委員名單，
或按「新增」登錄新的委員會。</source>
        <translation>請從左側清單選取一個委員會來檢視委員名單，
或按「新增」登錄新的委員會。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="87" />
        <source>男%1、女%2</source>
        <translation>男%1、女%2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="91" />
        <source>符合</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="91" />
        <source>未符合，已報府備查</source>
        <translation>未符合，已報府備查</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="91" />
        <source>未符合</source>
        <translation>未符合</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="93" />
        <source>委員會</source>
        <translation>委員會</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="93" />
        <source>委員</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="94" />
        <source>三分之一原則</source>
        <translation>三分之一原則</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="104" />
        <source>委員會名稱</source>
        <translation>委員會名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="104" />
        <source>例如：考績委員會</source>
        <translation>例如：考績委員會</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="106" />
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="107" />
        <source>設置依據</source>
        <translation>設置依據</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="108" />
        <source>任期起</source>
        <translation>任期起</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="109" />
        <source>任期迄</source>
        <translation>任期迄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="111" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="112" />
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="114" />
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="115" />
        <source>當然委員</source>
        <translation>當然委員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="116" />
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="116" />
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="117" />
        <source>就任日期</source>
        <translation>就任日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="118" />
        <source>離任日期</source>
        <translation>離任日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="127" />
        <source>委員名單（在表格中直接修改）</source>
        <translation>委員名單（在表格中直接修改）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="130" />
        <source>新增委員</source>
        <translation>新增委員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="132" />
        <source>移除所選委員</source>
        <translation>移除所選委員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="142" />
        <source>無法符合三分之一原則之理由</source>
        <translation>無法符合三分之一原則之理由</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="143" />
        <source>報府備查日期</source>
        <translation>報府備查日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="144" />
        <source>備查文號</source>
        <translation>備查文號</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="145" />
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="154" />
        <source>尚未登錄委員：按「新增委員」逐一填寫姓名、性別及職稱</source>
        <translation>尚未登錄委員：按「新增委員」逐一填寫姓名、性別及職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="158" />
        <source>委員%1人（男%2、女%3），任一性別至少%4人</source>
        <translation>委員%1人（男%2、女%3），任一性別至少%4人</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/committees.py" line="232" />
        <source>預覽比例情形表</source>
        <translation>預覽比例情形表</translation>
    </message>
</context>
<context>
    <name>CompletionTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="157" />
        <source>人員類別</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="158" />
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="161" />
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="163" />
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="158" />
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="161" />
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="163" />
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="158" />
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="161" />
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="163" />
        <source>計</source>
        <translation>計</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="159" />
        <source>應受訓</source>
        <translation>應受訓</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="160" />
        <source>免訓</source>
        <translation>免訓</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="162" />
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="164" />
        <source>完成率</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="165" />
        <source>平均時數</source>
        <translation>平均時數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="169" />
        <source>依人員類別與性別統計：免訓人員（在職未滿規定日數、留職停薪等）不列入應受訓人數。</source>
        <translation>依人員類別與性別統計：免訓人員（在職未滿規定日數、留職停薪等）不列入應受訓人數。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="231" />
        <source>合計</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="217" />
        <source>登錄內部課程與出席名單</source>
        <translation>登錄內部課程與出席名單</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="220" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="229" />
        <source>含CEDAW內容</source>
        <translation>含CEDAW內容</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="231" />
        <source>本所</source>
        <translation>本所</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="233" />
        <source>課程名稱(&amp;T)</source>
        <translation>課程名稱(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="234" />
        <source>日期(&amp;D)</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="235" />
        <source>時數(&amp;H)</source>
        <translation>時數(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="235" />
        <source>等級</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="236" />
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="236" />
        <source>辦理機關</source>
        <translation>辦理機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="244" />
        <source>篩選姓名或單位…</source>
        <translation>篩選姓名或單位…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="257" />
        <source>全選顯示者</source>
        <translation>全選顯示者</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="258" />
        <source>全不選</source>
        <translation>全不選</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="266" />
        <source>儲存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="266" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="269" />
        <source>出席人員（勾選）</source>
        <translation>出席人員（勾選）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="312" />
        <source>已登錄</source>
        <translation>已登錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="313" />
        <source>%1 人已有這堂課的紀錄，未重複登錄：%2</source>
        <translation>%1 人已有這堂課的紀錄，未重複登錄：%2</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="189" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="190" />
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="191" />
        <source>辦理機關</source>
        <translation>辦理機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="192" />
        <source>等級</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="193" />
        <source>課程時數</source>
        <translation>課程時數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="194" />
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="195" />
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="196" />
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="197" />
        <source>合計</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="198" />
        <source>總時數</source>
        <translation>總時數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="199" />
        <source>滿意度平均</source>
        <translation>滿意度平均</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="205" />
        <source>本年度各課程參訓人數（依性別）、時數與滿意度（1-5分）平均</source>
        <translation>本年度各課程參訓人數（依性別）、時數與滿意度（1-5分）平均</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="87" />
        <source>本年度尚無資料：按「新增」登錄第一筆。</source>
        <translation>本年度尚無資料：按「新增」登錄第一筆。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="91" />
        <source>請從左側清單選取一筆來檢視或修改，
或按「新增」登錄新的一筆。</source>
        <translation>請從左側清單選取一筆來檢視或修改，
或按「新增」登錄新的一筆。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="113" />
        <source>本項工作目前無待改善事項</source>
        <translation>本項工作目前無待改善事項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="127" />
        <source>新增(&amp;N)</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="129" />
        <location filename="../gmdesk/ui/pages/duties/base.py" line="310" />
        <source>刪除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="153" />
        <source>儲存(&amp;S)</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="154" />
        <source>儲存（Ctrl+S）</source>
        <translation>儲存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="157" />
        <source>預覽列印</source>
        <translation>預覽列印</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="158" />
        <source>預覽、列印（Ctrl+P）</source>
        <translation>預覽、列印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="270" />
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="281" />
        <source>已儲存</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="310" />
        <source>確定刪除「%1」？可從資源回收筒還原。</source>
        <translation>確定刪除「%1」？可從資源回收筒還原。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="315" />
        <source>無法刪除</source>
        <translation>無法刪除</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/base.py" line="344" />
        <source>無法輸出</source>
        <translation>無法輸出</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="79" />
        <source>這筆資料</source>
        <translation>這筆資料</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="47" />
        <source>尚未儲存</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="48" />
        <source>%1的修改尚未儲存，要儲存嗎？</source>
        <translation>%1的修改尚未儲存，要儲存嗎？</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="225" />
        <source>先儲存</source>
        <translation>先儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/editor.py" line="226" />
        <source>%1尚未儲存，列印前要先儲存嗎？</source>
        <translation>%1尚未儲存，列印前要先儲存嗎？</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="43" />
        <source>CEDAW宣導</source>
        <translation>CEDAW宣導</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="44" />
        <source>其他性別平等措施</source>
        <translation>其他性別平等措施</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="51" />
        <source>措施類別(&amp;G)</source>
        <translation>措施類別(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="55" />
        <source>性質(&amp;I)</source>
        <translation>性質(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="57" />
        <source>例：115/3/8</source>
        <translation>例：115/3/8</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="57" />
        <source>辦理日期</source>
        <translation>辦理日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="58" />
        <source>結束日期</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="59" />
        <source>單日免填</source>
        <translation>單日免填</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="62" />
        <source>至(&amp;O)</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="66" />
        <source>辦理日期(&amp;A)</source>
        <translation>辦理日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="70" />
        <source>名稱(&amp;T)</source>
        <translation>名稱(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="73" />
        <source>辦理地點(&amp;L)</source>
        <translation>辦理地點(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="76" />
        <source>主辦單位(&amp;U)</source>
        <translation>主辦單位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="79" />
        <source>多個單位以、分隔</source>
        <translation>多個單位以、分隔</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="80" />
        <source>協辦單位(&amp;C)</source>
        <translation>協辦單位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="82" />
        <source>例：婦女會、社區發展協會</source>
        <translation>例：婦女會、社區發展協會</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="83" />
        <source>合作團體(&amp;R)</source>
        <translation>合作團體(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="86" />
        <source>其他對象，以、分隔</source>
        <translation>其他對象，以、分隔</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="87" />
        <source>對象僅內部同仁的場次，不計入對外宣導</source>
        <translation>對象僅內部同仁的場次，不計入對外宣導</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="88" />
        <source>對象(&amp;B)</source>
        <translation>對象(&amp;B)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="91" />
        <source>其他方式，以、分隔</source>
        <translation>其他方式，以、分隔</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="92" />
        <source>方式(&amp;W)</source>
        <translation>方式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="95" />
        <source>CEDAW內容(&amp;E)</source>
        <translation>CEDAW內容(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="100" />
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="100" />
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="101" />
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="107" />
        <source>參加人數(&amp;P)</source>
        <translation>參加人數(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="112" />
        <source> 元</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="114" />
        <source>經費(&amp;$)</source>
        <translation>經費(&amp;$)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="116" />
        <source>活動成效(&amp;F)</source>
        <translation>活動成效(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="118" />
        <source>檢討與建議(&amp;V)</source>
        <translation>檢討與建議(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="120" />
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="136" />
        <location filename="../gmdesk/ui/pages/events/form.py" line="152" />
        <location filename="../gmdesk/ui/pages/events/form.py" line="160" />
        <source>加入</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="138" />
        <source>移除</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="146" />
        <source>第</source>
        <translation>第</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="147" />
        <source>次國家報告</source>
        <translation>次國家報告</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="150" />
        <source>結論性意見第</source>
        <translation>結論性意見第</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="151" />
        <source>點</source>
        <translation>點</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="158" />
        <source>自行填寫，例：CEDAW施行法、性別平等指引</source>
        <translation>自行填寫，例：CEDAW施行法、性別平等指引</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/form.py" line="223" />
        <source>合計 %1 人</source>
        <translation>合計 %1 人</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="44" />
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="45" />
        <source>CEDAW宣導</source>
        <translation>CEDAW宣導</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="46" />
        <source>其他性別平等措施</source>
        <translation>其他性別平等措施</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="49" />
        <source>搜尋名稱、對象… (Ctrl+F)</source>
        <translation>搜尋名稱、對象… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="52" />
        <source>類別(&amp;K)</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="74" />
        <source>新增宣導(&amp;N)</source>
        <translation>新增宣導(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="75" />
        <source>新增CEDAW宣導活動（Ctrl+N）</source>
        <translation>新增CEDAW宣導活動（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="76" />
        <source>新增措施(&amp;M)</source>
        <translation>新增措施(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="77" />
        <source>刪除(&amp;D)</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="78" />
        <source>刪除選取的活動（Delete）；可從資源回收筒還原</source>
        <translation>刪除選取的活動（Delete）；可從資源回收筒還原</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="79" />
        <source>年度彙編PDF(&amp;Y)</source>
        <translation>年度彙編PDF(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/listing.py" line="80" />
        <source>年度宣導統計表及各活動成果報告</source>
        <translation>年度宣導統計表及各活動成果報告</translation>
    </message>
</context>
<context>
    <name>EventRows</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="38" />
        <source>CEDAW宣導</source>
        <translation>CEDAW宣導</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="39" />
        <source>措施：</source>
        <translation>措施：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="39" />
        <source>未分類</source>
        <translation>未分類</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="46" />
        <source>✔ 計入</source>
        <translation>✔ 計入</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="48" />
        <source>未辦理</source>
        <translation>未辦理</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="49" />
        <source>✘ 不計入</source>
        <translation>✘ 不計入</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="54" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="56" />
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="56" />
        <source>宣導</source>
        <translation>宣導</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="57" />
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="58" />
        <source>名稱</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="59" />
        <source>人數</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="60" />
        <source>照片</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="61" />
        <source>計入</source>
        <translation>計入</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/models.py" line="62" />
        <source>計入本年度對外宣導場次</source>
        <translation>計入本年度對外宣導場次</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="233" />
        <source>活動資料</source>
        <translation>活動資料</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="395" />
        <source>讀取資料並產生PDF</source>
        <translation>讀取資料並產生PDF</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="395" />
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="112" />
        <source>儲存(&amp;S)</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="113" />
        <source>儲存（Ctrl+S）</source>
        <translation>儲存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="115" />
        <source>預覽成果報告</source>
        <translation>預覽成果報告</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="116" />
        <source>預覽、列印成果報告（Ctrl+P）</source>
        <translation>預覽、列印成果報告（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="142" />
        <source>請從左側清單選取一場活動來檢視或修改，
或按「新增宣導」「新增措施」登錄新的一筆。</source>
        <translation>請從左側清單選取一場活動來檢視或修改，
或按「新增宣導」「新增措施」登錄新的一筆。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="180" />
        <source>%1年度：</source>
        <translation>%1年度：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="181" />
        <source>本年度對外宣導 %1/%2 場</source>
        <translation>本年度對外宣導 %1/%2 場</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="184" />
        <source>（另已排定 %1 場）</source>
        <translation>（另已排定 %1 場）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="185" />
        <source>；其他性別平等措施 %1/%2 項</source>
        <translation>；其他性別平等措施 %1/%2 項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="249" />
        <source>新增：</source>
        <translation>新增：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="271" />
        <source>已儲存「%1」</source>
        <translation>已儲存「%1」</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="331" />
        <source>刪除活動</source>
        <translation>刪除活動</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="332" />
        <source>確定刪除「%1」及其照片？可從資源回收筒還原。</source>
        <translation>確定刪除「%1」及其照片？可從資源回收筒還原。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="338" />
        <source>無法刪除</source>
        <translation>無法刪除</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="343" />
        <source>已刪除「%1」</source>
        <translation>已刪除「%1」</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="386" />
        <source>成果報告：%1</source>
        <translation>成果報告：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="407" />
        <source>已取消，沒有留下未完成的檔案。</source>
        <translation>已取消，沒有留下未完成的檔案。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="384" />
        <location filename="../gmdesk/ui/pages/events/page.py" line="409" />
        <source>無法輸出</source>
        <translation>無法輸出</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="415" />
        <source>產生年度彙編</source>
        <translation>產生年度彙編</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/page.py" line="413" />
        <source>%1年度CEDAW宣導成果彙編</source>
        <translation>%1年度CEDAW宣導成果彙編</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="54" />
        <source>本年度免訓</source>
        <translation>本年度免訓</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="55" />
        <source>%1 在 %2 年度免受性別意識培力時數要求。在職未滿規定日數者由系統自動免訓，不必在此登記。</source>
        <translation>%1 在 %2 年度免受性別意識培力時數要求。在職未滿規定日數者由系統自動免訓，不必在此登記。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="60" />
        <source>（請選擇原因）</source>
        <translation>（請選擇原因）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="61" />
        <source>免訓起日</source>
        <translation>免訓起日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="62" />
        <source>免訓迄日</source>
        <translation>免訓迄日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="63" />
        <source>留空：至年底</source>
        <translation>留空：至年底</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="65" />
        <source>例：核定文號、預定復職日；原因選「其他」時必填</source>
        <translation>例：核定文號、預定復職日；原因選「其他」時必填</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="77" />
        <source>免訓原因(&amp;R)</source>
        <translation>免訓原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="78" />
        <source>起日(&amp;F)</source>
        <translation>起日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="79" />
        <source>迄日(&amp;T)</source>
        <translation>迄日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="80" />
        <source>備註(&amp;N)</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="82" />
        <source>儲存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="82" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="84" />
        <source>取消免訓(&amp;D)</source>
        <translation>取消免訓(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="85" />
        <source>刪除這筆免訓登記：本年度照常計算應受訓時數</source>
        <translation>刪除這筆免訓登記：本年度照常計算應受訓時數</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="111" />
        <source>匯出</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="112" />
        <source>報市府報表（Excel）(&amp;E)…</source>
        <translation>報市府報表（Excel）(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="113" />
        <source>年度成果報告（PDF）(&amp;R)…</source>
        <translation>年度成果報告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="114" />
        <source>年度佐證資料包（.zip）(&amp;K)…</source>
        <translation>年度佐證資料包（.zip）(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="115" />
        <source>預覽年度成果報告(&amp;V)</source>
        <translation>預覽年度成果報告(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="120" />
        <source>性別平等專區網頁(&amp;W)…</source>
        <translation>性別平等專區網頁(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="122" />
        <source>本年度成果的靜態網頁，可上傳到機關網站；選同一個資料夾會保留其他年度</source>
        <translation>本年度成果的靜態網頁，可上傳到機關網站；選同一個資料夾會保留其他年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="129" />
        <source>姓名顯示(&amp;N)：</source>
        <translation>姓名顯示(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="144" />
        <source>報表離開本所時，姓名依上方設定遮蔽（個人資料保護法）。</source>
        <translation>報表離開本所時，姓名依上方設定遮蔽（個人資料保護法）。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="147" />
        <source>送出前檢查</source>
        <translation>送出前檢查</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="158" />
        <source>市府範本</source>
        <translation>市府範本</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="161" />
        <source>登錄範本(&amp;T)…</source>
        <translation>登錄範本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="162" />
        <source>編輯對應(&amp;M)…</source>
        <translation>編輯對應(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="163" />
        <source>匯出對應…</source>
        <translation>匯出對應…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="164" />
        <source>匯入對應…</source>
        <translation>匯入對應…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="165" />
        <source>移除範本</source>
        <translation>移除範本</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="211" />
        <source>%1年度報表匯出</source>
        <translation>%1年度報表匯出</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="240" />
        <source>正在檢查本年度資料…</source>
        <translation>正在檢查本年度資料…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="258" />
        <source>檢查送出前資料…</source>
        <translation>檢查送出前資料…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="267" />
        <source>尚不能送出：%1 項待處理</source>
        <translation>尚不能送出：%1 項待處理</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="271" />
        <source>可以送出：各項資料齊全</source>
        <translation>可以送出：各項資料齊全</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="221" />
        <source>尚未登錄市府範本：匯出時使用內建報表格式。</source>
        <translation>尚未登錄市府範本：匯出時使用內建報表格式。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="224" />
        <source>使用範本「%1」（登錄於%2；%3個儲存格、%4個表格）</source>
        <translation>使用範本「%1」（登錄於%2；%3個儲存格、%4個表格）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="295" />
        <source>儲存報市府報表</source>
        <translation>儲存報市府報表</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="339" />
        <source>資料尚未齊全</source>
        <translation>資料尚未齊全</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="340" />
        <source>%1年度尚有 %2 項未完成，匯出的報表會照實呈現：</source>
        <translation>%1年度尚有 %2 項未完成，匯出的報表會照實呈現：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="344" />
        <source>仍要匯出</source>
        <translation>仍要匯出</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="345" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="395" />
        <source>選擇網頁資料夾</source>
        <translation>選擇網頁資料夾</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="408" />
        <source>正在製作性別平等專區網頁…</source>
        <translation>正在製作性別平等專區網頁…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="424" />
        <source>%1年度性別主流化成果報告</source>
        <translation>%1年度性別主流化成果報告</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="462" />
        <source>匯出完成</source>
        <translation>匯出完成</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="463" />
        <source>已輸出「%1」</source>
        <translation>已輸出「%1」</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="465" />
        <source>位置：%1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="466" />
        <source>開啟檔案(&amp;O)</source>
        <translation>開啟檔案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="467" />
        <source>開啟資料夾(&amp;F)</source>
        <translation>開啟資料夾(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="468" />
        <source>關閉</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="477" />
        <source>無法開啟「%1」：請到檔案總管找這個位置。</source>
        <translation>無法開啟「%1」：請到檔案總管找這個位置。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="500" />
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="302" />
        <source>儲存年度成果報告</source>
        <translation>儲存年度成果報告</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="310" />
        <source>儲存年度佐證資料包</source>
        <translation>儲存年度佐證資料包</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="369" />
        <source>正在產生報市府報表…</source>
        <translation>正在產生報市府報表…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="378" />
        <location filename="../gmdesk/ui/pages/exports.py" line="428" />
        <location filename="../gmdesk/ui/pages/exports.py" line="429" />
        <source>正在產生年度成果報告…</source>
        <translation>正在產生年度成果報告…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="388" />
        <source>正在製作年度佐證資料包…</source>
        <translation>正在製作年度佐證資料包…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="453" />
        <location filename="../gmdesk/ui/pages/exports.py" line="541" />
        <source>已輸出：%1</source>
        <translation>已輸出：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="492" />
        <source>已取消，沒有留下未完成的檔案。</source>
        <translation>已取消，沒有留下未完成的檔案。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="499" />
        <source>選擇市府範本</source>
        <translation>選擇市府範本</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="538" />
        <source>匯出範本對應</source>
        <translation>匯出範本對應</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="538" />
        <location filename="../gmdesk/ui/pages/exports.py" line="545" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="544" />
        <source>匯入範本對應</source>
        <translation>匯入範本對應</translation>
    </message>
</context>
<context>
    <name>FilingBox</name>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="29" />
        <source>報市府備查（當然成員致無法符合三分之一原則時）</source>
        <translation>報市府備查（當然成員致無法符合三分之一原則時）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="37" />
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="45" />
        <source>報市府備查日期</source>
        <translation>報市府備查日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="41" />
        <source>登錄報備(&amp;F)</source>
        <translation>登錄報備(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="44" />
        <source>無法符合之規定</source>
        <translation>無法符合之規定</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/filing_box.py" line="46" />
        <source>文號</source>
        <translation>文號</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="29" />
        <source>歡迎使用 gmdesk</source>
        <translation>歡迎使用 gmdesk</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="32" />
        <source>&lt;h2&gt;歡迎使用 gmdesk&lt;/h2&gt;&lt;p&gt;這台電腦還沒有機關資料。請輸入機關名稱並選擇適用的規則，或先開啟示範機關看看 gmdesk 能做什麼。&lt;/p&gt;&lt;p&gt;所有資料都存在本機，不需要網路。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;歡迎使用 gmdesk&lt;/h2&gt;&lt;p&gt;這台電腦還沒有機關資料。請輸入機關名稱並選擇適用的規則，或先開啟示範機關看看 gmdesk 能做什麼。&lt;/p&gt;&lt;p&gt;所有資料都存在本機，不需要網路。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="38" />
        <source>例：高雄市旗津區公所</source>
        <translation>例：高雄市旗津區公所</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="40" />
        <source>例：高雄市</source>
        <translation>例：高雄市</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="46" />
        <source>機關名稱(&amp;N)</source>
        <translation>機關名稱(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="47" />
        <source>縣市(&amp;C)</source>
        <translation>縣市(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="48" />
        <source>適用規則(&amp;R)</source>
        <translation>適用規則(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="51" />
        <source>建立本機關(&amp;O)</source>
        <translation>建立本機關(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="54" />
        <source>開啟示範機關(&amp;D)</source>
        <translation>開啟示範機關(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="56" />
        <source>離開</source>
        <translation>離開</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/first_start.py" line="78" />
        <source>請填寫機關名稱</source>
        <translation>請填寫機關名稱</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../gmdesk/ui/widgets/forms.py" line="49" />
        <source>例：115/3/5</source>
        <translation>例：115/3/5</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/forms.py" line="204" />
        <source>必填</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="63" />
        <source>顯示此日期在任的成員及組成檢核</source>
        <translation>顯示此日期在任的成員及組成檢核</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="64" />
        <source>查詢日期(&amp;D)</source>
        <translation>查詢日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="66" />
        <source>今天(&amp;T)</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="68" />
        <source>顯示歷任成員(&amp;H)</source>
        <translation>顯示歷任成員(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="70" />
        <source>篩選姓名、單位、角色（Ctrl+F）</source>
        <translation>篩選姓名、單位、角色（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="80" />
        <source>尚未就任</source>
        <translation>尚未就任</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="80" />
        <source>在任</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="81" />
        <source>任期將屆滿</source>
        <translation>任期將屆滿</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="81" />
        <source>任期已屆滿</source>
        <translation>任期已屆滿</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="82" />
        <source>已離任</source>
        <translation>已離任</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="86" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="87" />
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="88" />
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="88" />
        <location filename="../gmdesk/ui/pages/group/page.py" line="235" />
        <source>府外</source>
        <translation>府外</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="90" />
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="91" />
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="92" />
        <source>聘任日</source>
        <translation>聘任日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="94" />
        <source>任期屆滿</source>
        <translation>任期屆滿</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="96" />
        <source>離任日</source>
        <translation>離任日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="98" />
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="108" />
        <source>沒有符合的成員：可改查詢日期，或勾選「顯示歷任成員」。</source>
        <translation>沒有符合的成員：可改查詢日期，或勾選「顯示歷任成員」。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="109" />
        <source>尚無小組成員：在右側「成員資料」填寫後按「儲存」。</source>
        <translation>尚無小組成員：在右側「成員資料」填寫後按「儲存」。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="113" />
        <source>組成檢核</source>
        <translation>組成檢核</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="130" />
        <source>新增成員(&amp;N)</source>
        <translation>新增成員(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="133" />
        <source>儲存(&amp;S)</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="136" />
        <source>登錄離任(&amp;E)</source>
        <translation>登錄離任(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="143" />
        <source>成員資料</source>
        <translation>成員資料</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="148" />
        <source>儲存後的組成（即時檢核）：</source>
        <translation>儲存後的組成（即時檢核）：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="62" />
        <source>查詢日期</source>
        <translation>查詢日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="259" />
        <source>%1 在任成員 %2 人（男 %3、女 %4、其他 %5）</source>
        <translation>%1 在任成員 %2 人（男 %3、女 %4、其他 %5）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="112" />
        <location filename="../gmdesk/ui/pages/group/page.py" line="129" />
        <location filename="../gmdesk/ui/pages/group/page.py" line="371" />
        <source>組成符合規定</source>
        <translation>組成符合規定</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="188" />
        <source>這位成員</source>
        <translation>這位成員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="249" />
        <source>整理執行小組名單…</source>
        <translation>整理執行小組名單…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="270" />
        <source>本年度尚無報備紀錄</source>
        <translation>本年度尚無報備紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="375" />
        <source>成員資料已儲存</source>
        <translation>成員資料已儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="381" />
        <source>請先在左側名冊選擇要登錄離任的成員</source>
        <translation>請先在左側名冊選擇要登錄離任的成員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="386" />
        <source>登錄離任</source>
        <translation>登錄離任</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/page.py" line="387" />
        <source>將此成員登錄為於 %1 離任？其過去的出席紀錄會保留。</source>
        <translation>將此成員登錄為於 %1 離任？其過去的出席紀錄會保留。</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="46" />
        <source>這個性別影響評估案</source>
        <translation>這個性別影響評估案</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="49" />
        <source>本年度尚無性別影響評估案：
有應辦理之計畫或法案時，按「新增」登錄。</source>
        <translation>本年度尚無性別影響評估案：
有應辦理之計畫或法案時，按「新增」登錄。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="52" />
        <source>請從左側清單選取一案來檢視或修改，
或按「新增」登錄新的性別影響評估案。</source>
        <translation>請從左側清單選取一案來檢視或修改，
或按「新增」登錄新的性別影響評估案。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="55" />
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="64" />
        <source>計畫（法案）名稱</source>
        <translation>計畫（法案）名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="56" />
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="66" />
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="57" />
        <source>辦理狀態</source>
        <translation>辦理狀態</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="63" />
        <source>壹、基本資料</source>
        <translation>壹、基本資料</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="67" />
        <source>主辦單位</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="67" />
        <source>例如：經建課</source>
        <translation>例如：經建課</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="68" />
        <source>辦理日期</source>
        <translation>辦理日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="69" />
        <source>檢視表版本</source>
        <translation>檢視表版本</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="69" />
        <source>例如：一般表108年版</source>
        <translation>例如：一般表108年版</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="70" />
        <source>主管機關</source>
        <translation>主管機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="71" />
        <source>主辦機關</source>
        <translation>主辦機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="72" />
        <source>計畫內容涉及領域</source>
        <translation>計畫內容涉及領域</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="72" />
        <source>例如：3-7 環境、能源與科技</source>
        <translation>例如：3-7 環境、能源與科技</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="73" />
        <source>貳、機關自評</source>
        <translation>貳、機關自評</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="74" />
        <source>問題現況評析及需求評估概述</source>
        <translation>問題現況評析及需求評估概述</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="75" />
        <source>性別統計及性別分析</source>
        <translation>性別統計及性別分析</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="76" />
        <source>參、程序參與</source>
        <translation>參、程序參與</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="77" />
        <source>本案須辦理程序參與</source>
        <translation>本案須辦理程序參與</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="78" />
        <source>程序參與人員姓名</source>
        <translation>程序參與人員姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="79" />
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="80" />
        <source>服務單位</source>
        <translation>服務單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="81" />
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="83" />
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="88" />
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="82" />
        <source>人員來源</source>
        <translation>人員來源</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="84" />
        <source>參與方式</source>
        <translation>參與方式</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="85" />
        <source>參與日期</source>
        <translation>參與日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="86" />
        <source>程序參與意見</source>
        <translation>程序參與意見</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="87" />
        <source>肆、參採情形</source>
        <translation>肆、參採情形</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="89" />
        <source>參採情形</source>
        <translation>參採情形</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="90" />
        <source>說明（未參採或部分參採之理由）</source>
        <translation>說明（未參採或部分參採之理由）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="91" />
        <source>計畫（法案）修正情形</source>
        <translation>計畫（法案）修正情形</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="92" />
        <source>送主管單位</source>
        <translation>送主管單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="93" />
        <source>送主管單位日期</source>
        <translation>送主管單位日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="94" />
        <source>結案日期</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="95" />
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/impact.py" line="153" />
        <source>預覽一覽表</source>
        <translation>預覽一覽表</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="67" />
        <source>匯入%1：%2</source>
        <translation>匯入%1：%2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="70" />
        <source>檔案「%1」：標題在第 %2 列，共 %3 列資料。請確認每個欄位對應到檔案的哪一欄（已依標題自動判斷，並記住上次的選擇）。</source>
        <translation>檔案「%1」：標題在第 %2 列，共 %3 列資料。請確認每個欄位對應到檔案的哪一欄（已依標題自動判斷，並記住上次的選擇）。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="83" />
        <source>注意：這個檔案已於 %1 以「%2」匯入過；再次匯入時已登錄的資料會略過。</source>
        <translation>注意：這個檔案已於 %1 以「%2」匯入過；再次匯入時已登錄的資料會略過。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="89" />
        <source>欄位對應</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="94" />
        <source>（不匯入）</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="113" />
        <source>只顯示有錯誤的列(&amp;B)</source>
        <translation>只顯示有錯誤的列(&amp;B)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="118" />
        <source>檢查中…：匯入前會先試算，列出會新增或變更什麼（不會寫入資料）。</source>
        <translation>檢查中…：匯入前會先試算，列出會新增或變更什麼（不會寫入資料）。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="119" />
        <source>重新檢查(&amp;D)</source>
        <translation>重新檢查(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="120" />
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="241" />
        <source>匯入(&amp;I)</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="121" />
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="246" />
        <source>全部取消</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="122" />
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="247" />
        <source>不匯入任何資料，關閉視窗</source>
        <translation>不匯入任何資料，關閉視窗</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="123" />
        <source>開啟未匯入的列(&amp;O)</source>
        <translation>開啟未匯入的列(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="124" />
        <source>開啟資料夾</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="181" />
        <source>檢查結果</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="186" />
        <source>第 %1 列無法匯入：%2</source>
        <translation>第 %1 列無法匯入：%2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="194" />
        <source>✘ 未匯入（已另存）：%1</source>
        <translation>✘ 未匯入（已另存）：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="195" />
        <source>✔ 已匯入</source>
        <translation>✔ 已匯入</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="205" />
        <source>有錯誤的列（%1 列；第一欄是檔案中的列號，游標停在列上可看原因）</source>
        <translation>有錯誤的列（%1 列；第一欄是檔案中的列號，游標停在列上可看原因）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="209" />
        <source>預覽（前 %1 列；第一欄是檔案中的列號，紅色的列無法匯入）</source>
        <translation>預覽（前 %1 列；第一欄是檔案中的列號，紅色的列無法匯入）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="237" />
        <source>只匯入正確的 %1 列(&amp;I)</source>
        <translation>只匯入正確的 %1 列(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="246" />
        <source>關閉</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="295" />
        <source>無法匯入的列（列號、欄位、內容、原因）：</source>
        <translation>無法匯入的列（列號、欄位、內容、原因）：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="174" />
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="261" />
        <source>請指定這些欄位：</source>
        <translation>請指定這些欄位：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="277" />
        <source>匯入中…</source>
        <translation>匯入中…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="277" />
        <source>試算中…</source>
        <translation>試算中…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="317" />
        <source>已取消：資料未變更。</source>
        <translation>已取消：資料未變更。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/import_dialog.py" line="319" />
        <source>匯入失敗，資料未變更：</source>
        <translation>匯入失敗，資料未變更：</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="34" />
        <source>類別</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="35" />
        <source>案由</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="36" />
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="37" />
        <source>列管</source>
        <translation>列管</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="53" />
        <source>需列管時填辦理單位，例：秘書室</source>
        <translation>需列管時填辦理單位，例：秘書室</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="56" />
        <source>類別(&amp;K)</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="56" />
        <source>案由(&amp;I)</source>
        <translation>案由(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="57" />
        <source>提案/報告單位</source>
        <translation>提案/報告單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="57" />
        <source>說明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="58" />
        <source>決議/決定</source>
        <translation>決議/決定</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="58" />
        <source>列管辦理單位</source>
        <translation>列管辦理單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="65" />
        <source>新增報告事項</source>
        <translation>新增報告事項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="66" />
        <source>新增討論事項</source>
        <translation>新增討論事項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="67" />
        <source>新增臨時動議</source>
        <translation>新增臨時動議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="72" />
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="73" />
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="74" />
        <source>刪除項目</source>
        <translation>刪除項目</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/items_tab.py" line="134" />
        <source>洽悉。</source>
        <translation>洽悉。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="23" />
        <source>資料檔使用中</source>
        <translation>資料檔使用中</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="29" />
        <source>使用者：%1
電腦：%2
開啟時間：%3</source>
        <translation>使用者：%1
電腦：%2
開啟時間：%3</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="32" />
        <source>無法得知是誰開啟（鎖定檔內容不完整）。</source>
        <translation>無法得知是誰開啟（鎖定檔內容不完整）。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="33" />
        <source>「%1」正由另一個 gmdesk 使用中。</source>
        <translation>「%1」正由另一個 gmdesk 使用中。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="35" />
        <source>這個鎖定看來已失效：開啟它的程式已經結束，或很久沒有動靜（例如電腦當機）。確認沒有人在使用後，可以清除鎖定再開啟。</source>
        <translation>這個鎖定看來已失效：開啟它的程式已經結束，或很久沒有動靜（例如電腦當機）。確認沒有人在使用後，可以清除鎖定再開啟。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="38" />
        <source>同一時間只能有一個人修改資料。您可以先以唯讀方式查看、列印，或請對方關閉 gmdesk 後再開啟。</source>
        <translation>同一時間只能有一個人修改資料。您可以先以唯讀方式查看、列印，或請對方關閉 gmdesk 後再開啟。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="41" />
        <source>唯讀開啟</source>
        <translation>唯讀開啟</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="45" />
        <location filename="../gmdesk/ui/lock_dialog.py" line="64" />
        <source>清除鎖定</source>
        <translation>清除鎖定</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="47" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/lock_dialog.py" line="57" />
        <source>確定沒有其他人正在使用這個資料檔嗎？
若對方其實還在使用，清除鎖定可能讓兩人的修改互相覆蓋。</source>
        <translation>確定沒有其他人正在使用這個資料檔嗎？
若對方其實還在使用，清除鎖定可能讓兩人的修改互相覆蓋。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="39" />
        <source>總覽</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="40" />
        <source>執行小組</source>
        <translation>執行小組</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="41" />
        <source>會議</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="42" />
        <source>人員與培力</source>
        <translation>人員與培力</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="43" />
        <source>CEDAW宣導與措施</source>
        <translation>CEDAW宣導與措施</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="44" />
        <source>性別影響評估</source>
        <translation>性別影響評估</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="45" />
        <source>性別統計</source>
        <translation>性別統計</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="46" />
        <source>性別預算</source>
        <translation>性別預算</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="47" />
        <source>委員會</source>
        <translation>委員會</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="48" />
        <source>報表匯出</source>
        <translation>報表匯出</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="49" />
        <source>行事曆</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="50" />
        <source>設定</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="78" />
        <source>%1（Ctrl+%2）</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="88" />
        <source>切換年度（Ctrl+PgUp / Ctrl+PgDown）</source>
        <translation>切換年度（Ctrl+PgUp / Ctrl+PgDown）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="94" />
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="127" />
        <source>檔案(&amp;F)</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="128" />
        <source>備份與還原…</source>
        <translation>備份與還原…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="133" />
        <source>資源回收筒…</source>
        <translation>資源回收筒…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="139" />
        <source>結束(&amp;X)</source>
        <translation>結束(&amp;X)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="144" />
        <source>頁面(&amp;P)</source>
        <translation>頁面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="152" />
        <source>上一年度</source>
        <translation>上一年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="155" />
        <source>下一年度</source>
        <translation>下一年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="158" />
        <source>重新整理</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="163" />
        <source>說明(&amp;H)</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="164" />
        <location filename="../gmdesk/ui/main_window.py" line="287" />
        <source>關於 gmdesk</source>
        <translation>關於 gmdesk</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="170" />
        <source>（尚未設定機關）</source>
        <translation>（尚未設定機關）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="173" />
        <source>（記憶體）</source>
        <translation>（記憶體）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="174" />
        <source>（唯讀）</source>
        <translation>（唯讀）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="175" />
        <source>資料檔：</source>
        <translation>資料檔：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="186" />
        <source>%1年度</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/main_window.py" line="288" />
        <source>gmdesk %1
區公所與市府機關的性別主流化業務工具。
所有資料存放在本機，不需網路。</source>
        <translation>gmdesk %1
區公所與市府機關的性別主流化業務工具。
所有資料存放在本機，不需網路。</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="52" />
        <source>編輯範本對應</source>
        <translation>編輯範本對應</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="55" />
        <source>對應設定（JSON）</source>
        <translation>對應設定（JSON）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="57" />
        <source>單一儲存格（cells：「工作表!B3」: 欄位）</source>
        <translation>單一儲存格（cells：「工作表!B3」: 欄位）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="61" />
        <source>表格 %1（tables：source = %2）</source>
        <translation>表格 %1（tables：source = %2）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/exports.py" line="78" />
        <source>每一個欄位對應到範本的儲存格或欄；表格從 start_row 起逐列填入。</source>
        <translation>每一個欄位對應到範本的儲存格或欄；表格從 start_row 起逐列填入。</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="61" />
        <source>次別</source>
        <translation>次別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="63" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="64" />
        <source>主席</source>
        <translation>主席</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="65" />
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="105" />
        <source>出席</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="66" />
        <source>法定人數</source>
        <translation>法定人數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="70" />
        <source>本年度尚無會議：右側已備好第一次會議，填寫後按「儲存」。</source>
        <translation>本年度尚無會議：右側已備好第一次會議，填寫後按「儲存」。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="73" />
        <source>新增會議(&amp;N)</source>
        <translation>新增會議(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="76" />
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="394" />
        <source>刪除會議</source>
        <translation>刪除會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="104" />
        <source>基本資料</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="106" />
        <source>議程</source>
        <translation>議程</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="107" />
        <source>列管追蹤</source>
        <translation>列管追蹤</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="110" />
        <source>儲存(&amp;S)</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="116" />
        <source>開會通知單(&amp;O)</source>
        <translation>開會通知單(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="116" />
        <source>簽到表(&amp;I)</source>
        <translation>簽到表(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="117" />
        <source>會議紀錄(&amp;M)</source>
        <translation>會議紀錄(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="189" />
        <source>整理本年度會議…</source>
        <translation>整理本年度會議…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="301" />
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="444" />
        <source>正在產生表單…</source>
        <translation>正在產生表單…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="115" />
        <source>預覽／列印：</source>
        <translation>預覽／列印：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="155" />
        <source>這次會議</source>
        <translation>這次會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="160" />
        <source>尚未開會</source>
        <translation>尚未開會</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="161" />
        <source>達到</source>
        <translation>達到</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="161" />
        <source>未達</source>
        <translation>未達</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="202" />
        <source>%1年度會議（應至少 %2 次）</source>
        <translation>%1年度會議（應至少 %2 次）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="370" />
        <source>會議已儲存</source>
        <translation>會議已儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/page.py" line="395" />
        <source>確定刪除這次會議及其出席、議程與列管紀錄？刪除的會議會移到「資源回收筒」，可從那裡還原。</source>
        <translation>確定刪除這次會議及其出席、議程與列管紀錄？刪除的會議會移到「資源回收筒」，可從那裡還原。</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="30" />
        <source>（新增人員）</source>
        <translation>（新增人員）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="35" />
        <source>府外人士</source>
        <translation>府外人士</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="40" />
        <source>現任或曾任婦權會委員</source>
        <translation>現任或曾任婦權會委員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="41" />
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="51" />
        <source>聘任日</source>
        <translation>聘任日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="42" />
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="51" />
        <source>任期屆滿日</source>
        <translation>任期屆滿日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="43" />
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="52" />
        <source>離任日</source>
        <translation>離任日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="43" />
        <source>在任免填</source>
        <translation>在任免填</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="47" />
        <source>人員(&amp;P)</source>
        <translation>人員(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="47" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="48" />
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="48" />
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="49" />
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="49" />
        <source>角色(&amp;R)</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/group/member_form.py" line="50" />
        <source>當然成員職務</source>
        <translation>當然成員職務</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="159" />
        <source>檢查本年度辦理情形…</source>
        <translation>檢查本年度辦理情形…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="168" />
        <source>%1年度辦理情形</source>
        <translation>%1年度辦理情形</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="169" />
        <source>%1 / %2 項已完成</source>
        <translation>%1 / %2 項已完成</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="173" />
        <source>送出前檢查</source>
        <translation>送出前檢查</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="176" />
        <source>本年度資料可以送出</source>
        <translation>本年度資料可以送出</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/overview.py" line="183" />
        <source>尚不能送出：%1 項</source>
        <translation>尚不能送出：%1 項</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="143" />
        <source>另存新檔(&amp;S)…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="139" />
        <source>列印(&amp;P)…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="147" />
        <source>關閉</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="206" />
        <source>另存新檔</source>
        <translation>另存新檔</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="223" />
        <source>無法儲存到「%1」：%2。請選擇另一個資料夾。</source>
        <translation>無法儲存到「%1」：%2。請選擇另一個資料夾。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="228" />
        <location filename="../gmdesk/ui/pdf_preview.py" line="238" />
        <source>已儲存：%1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="233" />
        <source>正在寫入「%1」…</source>
        <translation>正在寫入「%1」…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="242" />
        <source>無法儲存到「%1」：%2</source>
        <translation>無法儲存到「%1」：%2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="246" />
        <source>正在寫入可編輯檔…</source>
        <translation>正在寫入可編輯檔…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="263" />
        <source>列印</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="274" />
        <location filename="../gmdesk/ui/pdf_preview.py" line="290" />
        <source>正在列印…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="282" />
        <source>已送出 %1 頁到「%2」。</source>
        <translation>已送出 %1 頁到「%2」。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pdf_preview.py" line="288" />
        <source>列印未完成：%1</source>
        <translation>列印未完成：%1</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="259" />
        <location filename="../gmdesk/ui/widgets/preview.py" line="331" />
        <source>正在開啟…</source>
        <translation>正在開啟…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="266" />
        <source>上一頁（PgUp）</source>
        <translation>上一頁（PgUp）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="267" />
        <source>下一頁（PgDn）</source>
        <translation>下一頁（PgDn）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="271" />
        <source>縮小（Ctrl+-）</source>
        <translation>縮小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="272" />
        <source>放大（Ctrl++）</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="273" />
        <source>符合寬度</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="273" />
        <source>符合視窗寬度（Ctrl+0）</source>
        <translation>符合視窗寬度（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="356" />
        <source>第 %1／%2 頁</source>
        <translation>第 %1／%2 頁</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="363" />
        <source>這份 PDF 沒有頁面。</source>
        <translation>這份 PDF 沒有頁面。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/widgets/preview.py" line="368" />
        <source>無法顯示這份 PDF：%1</source>
        <translation>無法顯示這份 PDF：%1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="68" />
        <source>編輯人員</source>
        <translation>編輯人員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="68" />
        <source>新增人員</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="74" />
        <source>（未指定）</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="79" />
        <source>可只填遮蔽後的號碼，如 A12****789</source>
        <translation>可只填遮蔽後的號碼，如 A12****789</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="99" />
        <source>在職中請留空；離職者保留紀錄</source>
        <translation>在職中請留空；離職者保留紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="102" />
        <source>類別變更時填生效日（留空則直接更正）</source>
        <translation>類別變更時填生效日（留空則直接更正）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="91" />
        <source>姓名(&amp;A)</source>
        <translation>姓名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="92" />
        <source>性別(&amp;G)</source>
        <translation>性別(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="93" />
        <source>單位(&amp;U)</source>
        <translation>單位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="93" />
        <source>職稱(&amp;T)</source>
        <translation>職稱(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="94" />
        <source>員工編號(&amp;O)</source>
        <translation>員工編號(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="95" />
        <source>身分證字號</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="96" />
        <source>人員類別(&amp;C)</source>
        <translation>人員類別(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="83" />
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="97" />
        <source>到職日期</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="85" />
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="98" />
        <source>離職日期</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="87" />
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="100" />
        <source>類別變更生效日</source>
        <translation>類別變更生效日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="103" />
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="107" />
        <source>儲存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="107" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="110" />
        <source>活動照片</source>
        <translation>活動照片</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="113" />
        <source>可將照片檔拖曳到這裡。只收 JPG、PNG，自動縮小以利列印；建議2至4張。</source>
        <translation>可將照片檔拖曳到這裡。只收 JPG、PNG，自動縮小以利列印；建議2至4張。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="119" />
        <source>照片說明，例：講師說明CEDAW重點</source>
        <translation>照片說明，例：講師說明CEDAW重點</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="121" />
        <source>照片說明(&amp;H)</source>
        <translation>照片說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="127" />
        <source>加入照片…</source>
        <translation>加入照片…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="129" />
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="131" />
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="133" />
        <location filename="../gmdesk/ui/pages/events/photos.py" line="272" />
        <source>移除照片</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="138" />
        <source>可拖曳照片檔到上方；限 JPG、PNG</source>
        <translation>可拖曳照片檔到上方；限 JPG、PNG</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="183" />
        <source>活動照片（%1張）</source>
        <translation>活動照片（%1張）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="199" />
        <source>選擇活動照片</source>
        <translation>選擇活動照片</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="200" />
        <source>照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;所有檔案 (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="242" />
        <source>已取消，照片未加入。</source>
        <translation>已取消，照片未加入。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="246" />
        <source>處理照片</source>
        <translation>處理照片</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="244" />
        <source>無法加入照片</source>
        <translation>無法加入照片</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="238" />
        <source>部分照片未加入</source>
        <translation>部分照片未加入</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/events/photos.py" line="273" />
        <source>確定移除第%1張照片？可從資源回收筒還原。</source>
        <translation>確定移除第%1張照片？可從資源回收筒還原。</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="25" />
        <source>繼續列管</source>
        <translation>繼續列管</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="25" />
        <source>解除列管</source>
        <translation>解除列管</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="27" />
        <source>來源</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="28" />
        <source>案由</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="29" />
        <source>辦理單位</source>
        <translation>辦理單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="30" />
        <source>執行情形</source>
        <translation>執行情形</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="31" />
        <source>列管建議</source>
        <translation>列管建議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="32" />
        <source>決定</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/progress_tab.py" line="40" />
        <source>上次會議決議事項執行情形：前次會議列管之決議，逐案填寫執行情形；選「解除列管」即於本次會議結案。</source>
        <translation>上次會議決議事項執行情形：前次會議列管之決議，逐案填寫執行情形；選「解除列管」即於本次會議結案。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="49" />
        <source>搜尋姓名…</source>
        <translation>搜尋姓名…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="51" />
        <source>全部單位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="52" />
        <source>全部類別</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="53" />
        <source>只顯示未達時數者(&amp;S)</source>
        <translation>只顯示未達時數者(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="55" />
        <source>列印提醒名單(&amp;P)…</source>
        <translation>列印提醒名單(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="67" />
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="68" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="69" />
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="70" />
        <source>人員類別</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="71" />
        <source>應完成時數</source>
        <translation>應完成時數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="72" />
        <source>已完成時數</source>
        <translation>已完成時數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="73" />
        <source>進階（已完成/應完成）</source>
        <translation>進階（已完成/應完成）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="76" />
        <source>尚差時數</source>
        <translation>尚差時數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="78" />
        <source>狀態</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="100" />
        <source>免訓</source>
        <translation>免訓</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="101" />
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="101" />
        <source>未完成</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="105" />
        <source>本年度尚無應受訓人員：請先在「人員名冊」登錄人員。</source>
        <translation>本年度尚無應受訓人員：請先在「人員名冊」登錄人員。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="109" />
        <source>✔ 全部人員皆已達成本年度時數（取消勾選「只顯示未達時數者」可看全部）。</source>
        <translation>✔ 全部人員皆已達成本年度時數（取消勾選「只顯示未達時數者」可看全部）。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="110" />
        <source>沒有符合搜尋或篩選條件的人員。</source>
        <translation>沒有符合搜尋或篩選條件的人員。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/summaries.py" line="123" />
        <source>%1年度：應受訓%2人，已完成%3人（%4），尚未達時數%5人，免訓%6人。</source>
        <translation>%1年度：應受訓%2人，已完成%3人（%4），尚未達時數%5人，免訓%6人。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="149" />
        <source>編輯培力紀錄</source>
        <translation>編輯培力紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="149" />
        <source>新增培力紀錄</source>
        <translation>新增培力紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="151" />
        <source>上課日期</source>
        <translation>上課日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="159" />
        <source>含CEDAW內容</source>
        <translation>含CEDAW內容</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="165" />
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="173" />
        <source>課程名稱(&amp;T)</source>
        <translation>課程名稱(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="174" />
        <source>上課日期(&amp;D)</source>
        <translation>上課日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="175" />
        <source>時數(&amp;H)</source>
        <translation>時數(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="176" />
        <source>等級</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="176" />
        <source>CEDAW</source>
        <translation>CEDAW</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="177" />
        <source>上課方式</source>
        <translation>上課方式</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="178" />
        <source>辦理機關</source>
        <translation>辦理機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="179" />
        <source>滿意度(1-5)</source>
        <translation>滿意度(1-5)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="180" />
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="182" />
        <source>儲存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/dialogs.py" line="182" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="61" />
        <source>搜尋姓名、編號、職稱…（Ctrl+F）</source>
        <translation>搜尋姓名、編號、職稱…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="63" />
        <source>全部單位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="64" />
        <source>全部類別</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="65" />
        <source>顯示已離職人員(&amp;L)</source>
        <translation>顯示已離職人員(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="67" />
        <source>搜尋(&amp;F)：</source>
        <translation>搜尋(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="76" />
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="77" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="78" />
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="79" />
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="80" />
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="81" />
        <source>人員類別</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="82" />
        <source>到職日</source>
        <translation>到職日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="83" />
        <source>離職日</source>
        <translation>離職日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="84" />
        <source>本年度免訓</source>
        <translation>本年度免訓</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="90" />
        <source>沒有符合搜尋或篩選條件的人員。</source>
        <translation>沒有符合搜尋或篩選條件的人員。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="91" />
        <source>尚無人員：按「新增人員」逐筆登錄，或按「匯入名冊」從 Excel 匯入。</source>
        <translation>尚無人員：按「新增人員」逐筆登錄，或按「匯入名冊」從 Excel 匯入。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="96" />
        <source>新增人員(&amp;N)</source>
        <translation>新增人員(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="97" />
        <source>編輯(&amp;E)</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="98" />
        <source>本年度免訓(&amp;X)…</source>
        <translation>本年度免訓(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="99" />
        <source>匯入名冊(&amp;I)…</source>
        <translation>匯入名冊(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="113" />
        <source>培力紀錄</source>
        <translation>培力紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="115" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="116" />
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="117" />
        <source>時數</source>
        <translation>時數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="118" />
        <source>等級</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="119" />
        <source>CEDAW</source>
        <translation>CEDAW</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="120" />
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="121" />
        <source>辦理機關</source>
        <translation>辦理機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="122" />
        <source>來源</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="126" />
        <source>新增紀錄(&amp;R)…</source>
        <translation>新增紀錄(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="127" />
        <source>刪除紀錄(&amp;D)</source>
        <translation>刪除紀錄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="128" />
        <source>登錄內部課程與出席名單(&amp;C)…</source>
        <translation>登錄內部課程與出席名單(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="129" />
        <source>匯入時數(&amp;H)…</source>
        <translation>匯入時數(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="208" />
        <source>顯示 %1 / %2 人</source>
        <translation>顯示 %1 / %2 人</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="229" />
        <source>培力紀錄：請在上方選擇人員</source>
        <translation>培力紀錄：請在上方選擇人員</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="236" />
        <source>%1 的培力紀錄（本年度 %2 小時，共 %3 筆紀錄）</source>
        <translation>%1 的培力紀錄（本年度 %2 小時，共 %3 筆紀錄）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="259" />
        <source>已儲存</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="265" />
        <source>免訓</source>
        <translation>免訓</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="265" />
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="276" />
        <source>請先在名冊中選擇人員。</source>
        <translation>請先在名冊中選擇人員。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="276" />
        <source>新增紀錄</source>
        <translation>新增紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="297" />
        <source>刪除紀錄</source>
        <translation>刪除紀錄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/roster.py" line="298" />
        <source>確定刪除 %1「%2」%3小時 這筆培力紀錄？可從資源回收筒還原。</source>
        <translation>確定刪除 %1「%2」%3小時 這筆培力紀錄？可從資源回收筒還原。</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../gmdesk/ui/runner.py" line="71" />
        <source>已取消，資料未變更。</source>
        <translation>已取消，資料未變更。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/runner.py" line="77" />
        <source>作業未完成（%1：%2）。資料未變更；請再試一次，若仍失敗請把這段訊息告訴系統管理者。</source>
        <translation>作業未完成（%1：%2）。資料未變更；請再試一次，若仍失敗請把這段訊息告訴系統管理者。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/runner.py" line="80" />
        <source>無說明</source>
        <translation>無說明</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="18" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="19" />
        <source>ODF 文字文件 (*.odt)</source>
        <translation>ODF 文字文件 (*.odt)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="20" />
        <source>Word 文件 (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="21" />
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="22" />
        <source>ODF 試算表 (*.ods)</source>
        <translation>ODF 試算表 (*.ods)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/save_as.py" line="23" />
        <source>ZIP 壓縮檔 (*.zip)</source>
        <translation>ZIP 壓縮檔 (*.zip)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="95" />
        <source>區公所</source>
        <translation>區公所</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="96" />
        <source>市府一級機關</source>
        <translation>市府一級機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="104" />
        <source>例：80543</source>
        <translation>例：80543</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="107" />
        <source>例：高市旗區人字第</source>
        <translation>例：高市旗區人字第</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="113" />
        <source>年 至</source>
        <translation>年 至</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="115" />
        <source>年</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="119" />
        <source>機關名稱(&amp;N)</source>
        <translation>機關名稱(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="119" />
        <source>縣市</source>
        <translation>縣市</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="120" />
        <source>機關類型</source>
        <translation>機關類型</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="120" />
        <source>機關首長</source>
        <translation>機關首長</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="121" />
        <source>首長職稱</source>
        <translation>首長職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="121" />
        <source>聯絡人</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="122" />
        <source>聯絡電話</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="122" />
        <source>電子郵件</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="123" />
        <source>機關地址</source>
        <translation>機關地址</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="123" />
        <source>郵遞區號</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="124" />
        <source>發文字號字頭</source>
        <translation>發文字號字頭</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="125" />
        <source>承辦人</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="128" />
        <source>計畫期程</source>
        <translation>計畫期程</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="129" />
        <source>機關資料</source>
        <translation>機關資料</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="133" />
        <source>每行一個單位，例如：人事室</source>
        <translation>每行一個單位，例如：人事室</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="135" />
        <source>單位（每行一個）</source>
        <translation>單位（每行一個）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="142" />
        <source>套用預設值</source>
        <translation>套用預設值</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="164" />
        <source>性別影響評估</source>
        <translation>性別影響評估</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="164" />
        <source>性別統計</source>
        <translation>性別統計</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="165" />
        <source>性別預算</source>
        <translation>性別預算</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="165" />
        <source>委員會性別比例</source>
        <translation>委員會性別比例</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="186" />
        <source>適用起始年度</source>
        <translation>適用起始年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="187" />
        <source>小組人數下限（0 為不限）</source>
        <translation>小組人數下限（0 為不限）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="188" />
        <source>小組人數上限（0 為不限）</source>
        <translation>小組人數上限（0 為不限）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="189" />
        <source>府外委員至少</source>
        <translation>府外委員至少</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="190" />
        <source>其中婦權會委員至少</source>
        <translation>其中婦權會委員至少</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="191" />
        <source>性別議題聯絡人至少</source>
        <translation>性別議題聯絡人至少</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="192" />
        <source>每年開會至少（次）</source>
        <translation>每年開會至少（次）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="193" />
        <source>開會須府外委員出席至少</source>
        <translation>開會須府外委員出席至少</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="194" />
        <source>開會通知至少提前（日）</source>
        <translation>開會通知至少提前（日）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="195" />
        <source>任期屆滿提醒（日）</source>
        <translation>任期屆滿提醒（日）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="196" />
        <source>在職未滿（日）免訓</source>
        <translation>在職未滿（日）免訓</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="197" />
        <source>每年對外CEDAW宣導至少（場）</source>
        <translation>每年對外CEDAW宣導至少（場）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="198" />
        <source>每年其他措施至少（項）</source>
        <translation>每年其他措施至少（項）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="199" />
        <source>每年措施至少辦理（類，0 為不限）</source>
        <translation>每年措施至少辦理（類，0 為不限）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="200" />
        <source>每年性別分析專題至少（篇）</source>
        <translation>每年性別分析專題至少（篇）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="201" />
        <source>每單位每年性別分析專題至少（篇）</source>
        <translation>每單位每年性別分析專題至少（篇）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="202" />
        <source>性別預算報送期限（預算年度前一年）</source>
        <translation>性別預算報送期限（預算年度前一年）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="203" />
        <source>成果報告報市府期限（次年）</source>
        <translation>成果報告報市府期限（次年）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="204" />
        <source>本機關免辦（本年度無應辦理案件）</source>
        <translation>本機關免辦（本年度無應辦理案件）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="206" />
        <source>培力時數：%1</source>
        <translation>培力時數：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="208" />
        <source>其中進階時數（聯絡人）</source>
        <translation>其中進階時數（聯絡人）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="215" />
        <source>規則與年度目標（每個數字皆可修改）</source>
        <translation>規則與年度目標（每個數字皆可修改）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="223" />
        <source>遮蔽姓名（王○明）</source>
        <translation>遮蔽姓名（王○明）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="224" />
        <source>僅顯示姓氏（王○○）</source>
        <translation>僅顯示姓氏（王○○）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="225" />
        <source>顯示全名</source>
        <translation>顯示全名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="227" />
        <source>選擇字型檔…</source>
        <translation>選擇字型檔…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="234" />
        <source>預覽的「另存新檔」與報表匯出存到這裡；空白＝文件資料夾下的「%1」</source>
        <translation>預覽的「另存新檔」與報表匯出存到這裡；空白＝文件資料夾下的「%1」</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="236" />
        <source>選擇…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="242" />
        <source>介面語言（重新開啟後生效）</source>
        <translation>介面語言（重新開啟後生效）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="243" />
        <source>對外報表的姓名</source>
        <translation>對外報表的姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="244" />
        <source>列印字型</source>
        <translation>列印字型</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="245" />
        <source>輸出資料夾</source>
        <translation>輸出資料夾</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="246" />
        <source>偏好</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="249" />
        <source>儲存設定(&amp;S)</source>
        <translation>儲存設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="252" />
        <source>復原</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="296" />
        <source> 月</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="297" />
        <source> 日</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="307" />
        <source>設定</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="384" />
        <source>內建：文鼎PL中楷（建議）</source>
        <translation>內建：文鼎PL中楷（建議）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="393" />
        <source>選擇輸出資料夾</source>
        <translation>選擇輸出資料夾</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="398" />
        <source>選擇 TrueType 字型</source>
        <translation>選擇 TrueType 字型</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="399" />
        <source>TrueType 字型 (*.ttf *.ttc)</source>
        <translation>TrueType 字型 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="452" />
        <source>介面語言</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="453" />
        <source>介面語言將在重新開啟 gmdesk 後變更。</source>
        <translation>介面語言將在重新開啟 gmdesk 後變更。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/settings.py" line="454" />
        <source>設定已儲存</source>
        <translation>設定已儲存</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="46" />
        <source>人員名冊</source>
        <translation>人員名冊</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="47" />
        <source>達成進度</source>
        <translation>達成進度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="48" />
        <source>類別×性別</source>
        <translation>類別×性別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="49" />
        <source>課程統計</source>
        <translation>課程統計</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="112" />
        <source>無法產生名單</source>
        <translation>無法產生名單</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="114" />
        <source>培力時數提醒名單</source>
        <translation>培力時數提醒名單</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="120" />
        <source>選擇要匯入的檔案</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="121" />
        <source>試算表 (*.xlsx *.xls *.ods *.csv)</source>
        <translation>試算表 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/page.py" line="128" />
        <source>無法讀取檔案</source>
        <translation>無法讀取檔案</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="91" />
        <source>這項指標</source>
        <translation>這項指標</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="94" />
        <source>尚無性別統計指標：
按「新增」登錄本所之指標，再填入各年數值。</source>
        <translation>尚無性別統計指標：
按「新增」登錄本所之指標，再填入各年數值。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="97" />
        <source>請從左側清單選取一項指標來檢視數值及本年度檢討，
或按「新增」登錄新的指標。</source>
        <translation>請從左側清單選取一項指標來檢視數值及本年度檢討，
或按「新增」登錄新的指標。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="105" />
        <source>%1：男%2／女%3</source>
        <translation>%1：男%2／女%3</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="109" />
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="199" />
        <source>指標名稱</source>
        <translation>指標名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="110" />
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="221" />
        <source>本年度檢討</source>
        <translation>本年度檢討</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="111" />
        <source>尚未檢討</source>
        <translation>尚未檢討</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="112" />
        <source>最近數值</source>
        <translation>最近數值</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="130" />
        <source>由試算表匯入數值…</source>
        <translation>由試算表匯入數值…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="131" />
        <source>欄位：指標名稱、年度、男、女（其他可省略）</source>
        <translation>欄位：指標名稱、年度、男、女（其他可省略）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="140" />
        <source>選擇性別統計數值檔</source>
        <translation>選擇性別統計數值檔</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="141" />
        <source>試算表 (*.xlsx *.xls *.ods *.csv)</source>
        <translation>試算表 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="147" />
        <source>無法匯入</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="153" />
        <source>已匯入%1筆數值</source>
        <translation>已匯入%1筆數值</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="156" />
        <source>本年度性別分析專題</source>
        <translation>本年度性別分析專題</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="159" />
        <source>題目</source>
        <translation>題目</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="159" />
        <source>撰擬單位</source>
        <translation>撰擬單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="165" />
        <source>新增分析專題</source>
        <translation>新增分析專題</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="167" />
        <source>修改所選</source>
        <translation>修改所選</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="200" />
        <source>主辦單位</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="201" />
        <source>資料來源</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="202" />
        <source>統計週期</source>
        <translation>統計週期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="202" />
        <source>年、半年、季、月</source>
        <translation>年、半年、季、月</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="203" />
        <source>計量單位</source>
        <translation>計量單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="203" />
        <source>人、件、元</source>
        <translation>人、件、元</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="204" />
        <source>複分類</source>
        <translation>複分類</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="204" />
        <source>以頓號分隔，如 年齡、區域、族群</source>
        <translation>以頓號分隔，如 年齡、區域、族群</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="205" />
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="206" />
        <source>各年數值（依性別；在表格中直接修改）</source>
        <translation>各年數值（依性別；在表格中直接修改）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="208" />
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="209" />
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="210" />
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="211" />
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="217" />
        <source>新增年度</source>
        <translation>新增年度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="224" />
        <source>（尚未檢討）</source>
        <translation>（尚未檢討）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="225" />
        <source>檢討結果</source>
        <translation>檢討結果</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="226" />
        <source>檢討日期</source>
        <translation>檢討日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="227" />
        <source>（書面檢討）</source>
        <translation>（書面檢討）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="228" />
        <source>提報之小組會議</source>
        <translation>提報之小組會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/duties/statistics.py" line="304" />
        <source>預覽指標一覽表</source>
        <translation>預覽指標一覽表</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="28" />
        <source>法定人數：達到</source>
        <translation>法定人數：達到</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="28" />
        <source>法定人數：未達</source>
        <translation>法定人數：未達</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="31" />
        <source>應出席 %1 人，出席（含代理）%2 人，需 %3 人以上</source>
        <translation>應出席 %1 人，出席（含代理）%2 人，需 %3 人以上</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="36" />
        <source>府外委員出席 %1 人（需 %2 人）</source>
        <translation>府外委員出席 %1 人（需 %2 人）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="39" />
        <source>出席者男 %1、女 %2</source>
        <translation>出席者男 %1、女 %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/meetings/status.py" line="45" />
        <source>，符合三分之一性別比例</source>
        <translation>，符合三分之一性別比例</translation>
    </message>
</context>
<context>
    <name>TemplateMappingDialog</name>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="173" />
        <source>範本對應：%1</source>
        <translation>範本對應：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="176" />
        <source>左邊是範本的儲存格。單一儲存格：點選儲存格後按「加入所選儲存格」，再選要填入的欄位。表格：點選表格的標題列後按「新增表格」，再為每一欄選擇欄位；資料從標題列的下一列起逐列填入。</source>
        <translation>左邊是範本的儲存格。單一儲存格：點選儲存格後按「加入所選儲存格」，再選要填入的欄位。表格：點選表格的標題列後按「新增表格」，再為每一欄選擇欄位；資料從標題列的下一列起逐列填入。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="180" />
        <source>例：高雄市115年度性別主流化成果報表</source>
        <translation>例：高雄市115年度性別主流化成果報表</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="185" />
        <source>預覽填入本年度資料(&amp;P)</source>
        <translation>預覽填入本年度資料(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="199" />
        <source>工作表(&amp;S)：</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="214" />
        <source>單一儲存格</source>
        <translation>單一儲存格</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="215" />
        <source>表格</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="225" />
        <source>儲存對應</source>
        <translation>儲存對應</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="226" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="230" />
        <source>範本名稱(&amp;M)</source>
        <translation>範本名稱(&amp;M)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="249" />
        <source>儲存格</source>
        <translation>儲存格</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="250" />
        <source>範本文字</source>
        <translation>範本文字</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="251" />
        <location filename="../gmdesk/ui/template_mapping.py" line="303" />
        <location filename="../gmdesk/ui/template_mapping.py" line="397" />
        <source>填入欄位</source>
        <translation>填入欄位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="258" />
        <source>加入所選儲存格(&amp;A)</source>
        <translation>加入所選儲存格(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="259" />
        <source>移除(&amp;R)</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="275" />
        <source>新增表格(&amp;N)</source>
        <translation>新增表格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="276" />
        <source>以左邊所選儲存格的那一列為表格的標題列</source>
        <translation>以左邊所選儲存格的那一列為表格的標題列</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="277" />
        <source>移除表格</source>
        <translation>移除表格</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="290" />
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="296" />
        <source>資料來源</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="297" />
        <source>工作表</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="298" />
        <source>第一筆資料在第幾列</source>
        <translation>第一筆資料在第幾列</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="299" />
        <source>列數上限</source>
        <translation>列數上限</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="301" />
        <source>欄</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="302" />
        <source>範本標題</source>
        <translation>範本標題</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="332" />
        <source>（範本沒有這個工作表）</source>
        <translation>（範本沒有這個工作表）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="347" />
        <source>請在範本中點選儲存格</source>
        <translation>請在範本中點選儲存格</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="352" />
        <source>所選儲存格：%1</source>
        <translation>所選儲存格：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="354" />
        <source>（填入「%1」）</source>
        <translation>（填入「%1」）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="365" />
        <source>表格 %1：%2（%3 第 %4 列起）</source>
        <translation>表格 %1：%2（%3 第 %4 列起）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="394" />
        <source>（不填）</source>
        <translation>（不填）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="421" />
        <source>對應已變更，預覽更新中…</source>
        <translation>對應已變更，預覽更新中…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="441" />
        <source>請先在左邊的範本點選要填入的儲存格。</source>
        <translation>請先在左邊的範本點選要填入的儲存格。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="471" />
        <source>請先在左邊的範本點選表格標題列的任一格。</source>
        <translation>請先在左邊的範本點選表格標題列的任一格。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="527" />
        <source>填入「%1」</source>
        <translation>填入「%1」</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="536" />
        <source>%1：「%2」從這一列起逐列填入</source>
        <translation>%1：「%2」從這一列起逐列填入</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="540" />
        <source>%1 的標題列</source>
        <translation>%1 的標題列</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="585" />
        <location filename="../gmdesk/ui/template_mapping.py" line="603" />
        <source>無法預覽：%1</source>
        <translation>無法預覽：%1</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="592" />
        <source>預覽中…</source>
        <translation>預覽中…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="593" />
        <source>預覽範本…</source>
        <translation>預覽範本…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="598" />
        <source>預覽：以 %1 年度的資料填入（未寫入任何檔案）。</source>
        <translation>預覽：以 %1 年度的資料填入（未寫入任何檔案）。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="614" />
        <source>還沒有任何對應：請至少加入一個儲存格或一個表格。</source>
        <translation>還沒有任何對應：請至少加入一個儲存格或一個表格。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/template_mapping.py" line="648" />
        <source>無法開啟範本</source>
        <translation>無法開啟範本</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="34" />
        <source>留職停薪</source>
        <translation>留職停薪</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="34" />
        <source>育嬰留職停薪</source>
        <translation>育嬰留職停薪</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="35" />
        <source>延長病假／公傷假</source>
        <translation>延長病假／公傷假</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="35" />
        <source>借調他機關</source>
        <translation>借調他機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="36" />
        <source>服兵役</source>
        <translation>服兵役</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="36" />
        <source>經機關核定免訓</source>
        <translation>經機關核定免訓</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/staff/exemption.py" line="37" />
        <source>其他（於備註說明）</source>
        <translation>其他（於備註說明）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="15" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="16" />
        <source>性別</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="17" />
        <source>單位</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="18" />
        <source>職稱</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="19" />
        <source>員工編號</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="20" />
        <source>身分證字號</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="21" />
        <source>人員類別</source>
        <translation>人員類別</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="22" />
        <source>到職日期</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="23" />
        <source>離職日期</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="24" />
        <source>備註</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="25" />
        <source>課程名稱</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="26" />
        <source>上課日期</source>
        <translation>上課日期</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="27" />
        <source>時數</source>
        <translation>時數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="28" />
        <source>課程等級</source>
        <translation>課程等級</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="29" />
        <source>CEDAW內容</source>
        <translation>CEDAW內容</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="30" />
        <source>上課方式</source>
        <translation>上課方式</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="31" />
        <source>辦理機關</source>
        <translation>辦理機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="32" />
        <source>滿意度</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="34" />
        <source>高雄市區公所</source>
        <translation>高雄市區公所</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="35" />
        <source>臺北市一級機關</source>
        <translation>臺北市一級機關</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="36" />
        <source>培力時數先沿用臺北市之數值，請依本市規定修改。</source>
        <translation>培力時數先沿用臺北市之數值，請依本市規定修改。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="38" />
        <location filename="../gmdesk/ui/wording.py" line="129" />
        <source>%1年第%2次會議</source>
        <translation>%1年第%2次會議</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="39" />
        <location filename="../gmdesk/ui/wording.py" line="128" />
        <source>%1年第%2次</source>
        <translation>%1年第%2次</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="41" />
        <source>歧視的定義</source>
        <translation>歧視的定義</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="42" />
        <source>締約國消除歧視的義務</source>
        <translation>締約國消除歧視的義務</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="43" />
        <source>確保婦女的發展與進步</source>
        <translation>確保婦女的發展與進步</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="44" />
        <source>暫行特別措施</source>
        <translation>暫行特別措施</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="45" />
        <source>性別角色與刻板印象</source>
        <translation>性別角色與刻板印象</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="46" />
        <source>禁止販賣婦女及意圖營利使婦女賣淫</source>
        <translation>禁止販賣婦女及意圖營利使婦女賣淫</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="47" />
        <source>政治與公共生活</source>
        <translation>政治與公共生活</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="48" />
        <source>國際代表與參與</source>
        <translation>國際代表與參與</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="49" />
        <source>國籍</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="50" />
        <source>教育</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="51" />
        <source>就業</source>
        <translation>就業</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="52" />
        <source>健康</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="53" />
        <source>經濟與社會生活</source>
        <translation>經濟與社會生活</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="54" />
        <source>農村婦女</source>
        <translation>農村婦女</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="55" />
        <source>法律之前人人平等</source>
        <translation>法律之前人人平等</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="56" />
        <source>婚姻與家庭</source>
        <translation>婚姻與家庭</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="57" />
        <source>對婦女的暴力行為</source>
        <translation>對婦女的暴力行為</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="58" />
        <source>締約國的核心義務</source>
        <translation>締約國的核心義務</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="59" />
        <source>婦女訴諸司法</source>
        <translation>婦女訴諸司法</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="60" />
        <source>農村婦女的權利</source>
        <translation>農村婦女的權利</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="61" />
        <source>關於對婦女的性別暴力行為（更新第19號）</source>
        <translation>關於對婦女的性別暴力行為（更新第19號）</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="62" />
        <source>女童和婦女受教育的權利</source>
        <translation>女童和婦女受教育的權利</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="63" />
        <source>氣候變遷下減少災害風險的性別相關面向</source>
        <translation>氣候變遷下減少災害風險的性別相關面向</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="64" />
        <source>全球移民背景下販運婦女和女童問題</source>
        <translation>全球移民背景下販運婦女和女童問題</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="65" />
        <source>原住民族婦女和女童的權利</source>
        <translation>原住民族婦女和女童的權利</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="66" />
        <source>婦女在決策系統中平等和包容的代表性</source>
        <translation>婦女在決策系統中平等和包容的代表性</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="67" />
        <location filename="../gmdesk/ui/wording.py" line="206" />
        <source>%1%2第%3案</source>
        <translation>%1%2第%3案</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="68" />
        <location filename="../gmdesk/ui/wording.py" line="175" />
        <source>第%1條 %2</source>
        <translation>第%1條 %2</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/terms.py" line="69" />
        <location filename="../gmdesk/ui/wording.py" line="178" />
        <source>一般性建議第%1號 %2</source>
        <translation>一般性建議第%1號 %2</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="34" />
        <source>資源回收筒</source>
        <translation>資源回收筒</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="37" />
        <source>刪除時間</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="39" />
        <source>資料</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="40" />
        <source>筆數</source>
        <translation>筆數</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="41" />
        <source>可還原至</source>
        <translation>可還原至</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="49" />
        <source>刪除的資料保留 90 天，期間可以還原；超過期限請從備份還原。</source>
        <translation>刪除的資料保留 90 天，期間可以還原；超過期限請從備份還原。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="51" />
        <source>還原所選資料(&amp;R)</source>
        <translation>還原所選資料(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="54" />
        <source>關閉</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="80" />
        <source>無法還原</source>
        <translation>無法還原</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/trash_dialog.py" line="83" />
        <source>已還原：%1</source>
        <translation>已還原：%1</translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="54" />
        <source>整理接下來的期限…</source>
        <translation>整理接下來的期限…</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="58" />
        <source>接下來%1天</source>
        <translation>接下來%1天</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="60" />
        <source>看全年行事曆</source>
        <translation>看全年行事曆</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="62" />
        <source>接下來%1天沒有到期的事項。</source>
        <translation>接下來%1天沒有到期的事項。</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="64" />
        <source>接下來%1天：沒有到期的事項</source>
        <translation>接下來%1天：沒有到期的事項</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="79" />
        <source>另有%1項，請見行事曆</source>
        <translation>另有%1項，請見行事曆</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/pages/calendar/upcoming.py" line="82" />
        <source>接下來%1天：%2項</source>
        <translation>接下來%1天：%2項</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="216" />
        <source>資料檔已毀損</source>
        <translation>資料檔已毀損</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="220" />
        <source>還原 %1 的備份</source>
        <translation>還原 %1 的備份</translation>
    </message>
    <message>
        <location filename="../gmdesk/ui/backup_dialog.py" line="222" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>gmdesk</name>
    <message>
        <location filename="../gmdesk/app.py" line="251" />
        <source>要以唯讀方式開啟（可以查看與列印，不能修改）嗎？</source>
        <translation>要以唯讀方式開啟（可以查看與列印，不能修改）嗎？</translation>
    </message>
</context>
</TS>