<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BackgroundRead</name>
    <message>
        <location filename="../../ui/document/BackgroundRead.cpp" line="+80"/>
        <source>正在读取报告</source>
        <translation>Reading report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>正在读取第 %1/%2 份：%3</source>
        <translation>Reading %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在读取 %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 %1/%2 页</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在重建统计表…</source>
        <translation>Rebuilding the tables…</translation>
    </message>
</context>
<context>
    <name>CellExplanation</name>
    <message>
        <location filename="../../ui/models/CellExplanation.cpp" line="+24"/>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是数字</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺失</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>左边合计 %1，右边合计 %2，相差 %3。</source>
        <translation>Left side %1, right side %2, difference %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本格填 &lt;b&gt;%1&lt;/b&gt; 可使该关系平衡。</source>
        <translation>Entering &lt;b&gt;%1&lt;/b&gt; here balances this relation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>未发现与本格有关的问题。</source>
        <translation>No finding involves this cell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已更正：原文为 %1，现为 %2（%3）</source>
        <translation>Corrected: the report says %1, now %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>CellValueText</name>
    <message>
        <location filename="../../ui/models/CellValueText.cpp" line="+25"/>
        <source>空</source>
        <translation>blank</translation>
    </message>
</context>
<context>
    <name>DataFilesCheck</name>
    <message>
        <location filename="../../ui/app/DataFilesCheck.cpp" line="+11"/>
        <source>数据文件有误</source>
        <translation>Data file error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>格式说明或规则目录文件有误，年报审校工作台无法启动：
%1

请改正该文件或重新安装。</source>
        <translation>A format description or the rule catalog is broken; Nianbao Workbench cannot start:
%1

Correct the file or reinstall.</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <location filename="../../ui/app/UserPrompts.cpp" line="+18"/>
        <source>保存更正</source>
        <translation>Save corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对“%1”的更正尚未保存。是否保存审校记录？</source>
        <translation>The corrections to “%1” are not saved. Save the review session?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不保存</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>恢复未保存的更正</source>
        <translation>Restore unsaved corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次审校“%1”时有 %2 处更正未保存（程序可能意外退出）。是否恢复这些更正？</source>
        <translation>The last review of “%1” left %2 unsaved corrections (the program may have quit unexpectedly). Restore them?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丢弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保留原审校记录</source>
        <translation>Keep the earlier review session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开报告时，审校记录“%1”未能载入（报告已修改或记录无效），其中的更正不在当前审校中。
保存时将把它改名为带日期的备份保留在原文件夹，再保存当前审校。是否继续？</source>
        <translation>When the report was opened, the review session “%1” could not be loaded (the report has changed or the session is invalid); its corrections are not part of this review.
Saving renames it to a dated backup in the same folder, then saves this review. Continue?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保留备份并保存</source>
        <translation>Keep backup and save</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>打开年度报告</source>
        <translation>Open annual report</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>审核意见书保存到</source>
        <translation>Save the review letters in</translation>
    </message>
    <message>
        <source>年度报告文本 (*.txt *.md);;所有文件 (*)</source>
        <translation type="vanished">Annual report text (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>打开报告文件夹</source>
        <translation>Open report folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择要比较的年度报告（可多选）</source>
        <translation>Choose the annual reports to compare (several allowed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>审校记录 (*.nianbao.json *.json)</source>
        <translation>Review sessions (*.nianbao.json *.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存审校记录</source>
        <translation>Save review session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开审校记录</source>
        <translation>Open review session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 的更正原因：</source>
        <translation>Reason for correcting %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出更正后的报告</source>
        <translation>Export the corrected report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报告仍有错误</source>
        <translation>The report still has errors</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>报告仍有 %n 个错误未更正。导出的文件将带着这些错误。仍要导出吗？</source>
        <translation>
            <numerusform>The report still has %n uncorrected error. The exported file will carry it. Export anyway?</numerusform>
            <numerusform>The report still has %n uncorrected errors. The exported file will carry them. Export anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>仍要导出</source>
        <translation>Export anyway</translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <location filename="../../ui/commands/EditCellCommand.cpp" line="+12"/>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将%1改为 %2</source>
        <translation>Set %1 to %2</translation>
    </message>
</context>
<context>
    <name>FillBalancingValueCommand</name>
    <message>
        <location filename="../../ui/commands/FillBalancingValueCommand.cpp" line="+12"/>
        <source>在%1填入平衡值 %2</source>
        <translation>Fill %1 with the balancing value %2</translation>
    </message>
</context>
<context>
    <name>FillBlankCellsCommand</name>
    <message numerus="yes">
        <location filename="../../ui/commands/FillBlankCellsCommand.cpp" line="+11"/>
        <source>按 0 填写 %n 个空白单元格</source>
        <translation>
            <numerusform>fill %n blank cell with 0</numerusform>
            <numerusform>fill %n blank cells with 0</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>年报审校工作台</source>
        <translation type="vanished">Nianbao Workbench</translation>
    </message>
</context>
<context>
    <name>ReportFileTypes</name>
    <message>
        <location filename="../../ui/app/ReportFileTypes.cpp" line="+16"/>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网页</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>年度报告（所有支持的格式）</source>
        <translation>Annual reports (all supported formats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所有文件</source>
        <translation>All files</translation>
    </message>
</context>
<context>
    <name>RevertCellCommand</name>
    <message>
        <location filename="../../ui/commands/RevertCellCommand.cpp" line="+11"/>
        <source>恢复%1的原值</source>
        <translation>Revert %1 to the report value</translation>
    </message>
</context>
<context>
    <name>SetReasonCommand</name>
    <message>
        <location filename="../../ui/commands/SetReasonCommand.cpp" line="+11"/>
        <source>填写%1的更正原因</source>
        <translation>Give the reason for correcting %1</translation>
    </message>
</context>
<context>
    <name>nianbao</name>
    <message>
        <location filename="../../ui/compare/ComparisonCharts.cpp" line="+25"/>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>报告年度</source>
        <translation>Report year</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>本年新收政府信息公开申请数量</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+17"/>
        <source>件</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>申请办理结果构成</source>
        <translation>Outcome mix</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 复议</source>
        <translation>%1 reviews</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 诉讼</source>
        <translation>%1 lawsuits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>行政复议、行政诉讼及其结果</source>
        <translation>Administrative reviews and lawsuits by outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告年度（复议 = 行政复议，诉讼 = 行政诉讼）</source>
        <translation>Report year (reviews = administrative reviews, lawsuits = administrative lawsuits)</translation>
    </message>
    <message>
        <location filename="../../ui/models/CellValueText.cpp" line="+38"/>
        <source>不是数字</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能为负数</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能带正负号</source>
        <translation>cannot carry a sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>须为整数，不能有小数</source>
        <translation>must be a whole number, no decimals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>位数过多</source>
        <translation>too many digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>此栏填写件数：不带符号的整数，留空表示未填。</source>
        <translation>This column takes counts: whole numbers without a sign; leave empty for not filled in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此栏填写增减数：整数，可带正负号，留空表示未填。</source>
        <translation>This column takes changes: whole numbers, with or without a sign; leave empty for not filled in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此栏填写金额：非负数，至多六位小数，留空表示未填。</source>
        <translation>This column takes amounts: non-negative, at most six decimals; leave empty for not filled in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未采用“%1”：%2。%3</source>
        <translation>“%1” not taken: %2. %3</translation>
    </message>
</context>
<context>
    <name>nianbao::CellDetailsPanel</name>
    <message>
        <location filename="../../ui/views/CellDetailsPanel.cpp" line="+18"/>
        <source>选择一个单元格，这里会说明它参与的勾稽关系和应填的平衡值。直接输入数字即可更正；按 F8 跳到下一个问题。</source>
        <translation>Select a cell to see the balance relations it is part of and the value that would balance them. Type a number to correct it; press F8 for the next finding.</translation>
    </message>
</context>
<context>
    <name>nianbao::ComparisonFindingsModel</name>
    <message>
        <location filename="../../ui/compare/ComparisonFindingsModel.cpp" line="+49"/>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>nianbao::ComparisonTableModel</name>
    <message>
        <location filename="../../ui/compare/ComparisonTableModel.cpp" line="+13"/>
        <source>表三</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表四</source>
        <translation>Table 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表二</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—（该年格式无此项）</source>
        <translation>— (not in that year&apos;s format)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>变化较大：较上年 %1</source>
        <translation>Large change: %1 on the previous year</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>较上年</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>nianbao::ComparisonWindow</name>
    <message>
        <location filename="../../ui/compare/ComparisonWindow.cpp" line="+35"/>
        <source>比较年度报告</source>
        <translation>Compare Years</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>移到其他分组…</source>
        <translation>Move to Another Group…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把所选报告归入另一机关的分组（例如机关更名后）</source>
        <translation>Put the selected report in another agency’s group (for example after the agency was renamed)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>机关分组</source>
        <translation>Agency Groups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本组报告</source>
        <translation>Reports in Group</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>双击单元格，在工作台中打开该年报告并选中此格</source>
        <translation>Double-click a cell to open that year’s report in the workbench with the cell selected</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>逐格对照</source>
        <translation>Side by Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>跨年检查结果</source>
        <translation>Cross-year Findings</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出对照表 CSV…</source>
        <translation>Export Comparison CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出图表（PNG、SVG）…</source>
        <translation>Export Charts (PNG, SVG)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>较上年变化达</source>
        <translation>Flag a change on the previous year of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>即标为“变化较大”（▲ 蓝色）</source>
        <translation>or more as “large change” (▲ blue)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1（%2 份，%3 个问题）</source>
        <translation>%1 (%2 reports, %3 findings)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 年 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 个对照单元格，双击单元格在工作台中打开</source>
        <translation>%1 cells side by side; double-click a cell to open it in the workbench</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>移到其他分组</source>
        <translation>Move to another group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>归入的机关（可输入新名称）：</source>
        <translation>Agency to put it under (or type a new name):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 年度对照.csv</source>
        <translation>%1 years compared.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出对照表</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>年度对照.csv</source>
        <translation>years compared.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>图表保存到文件夹</source>
        <translation>Save charts in folder</translation>
    </message>
</context>
<context>
    <name>nianbao::CorrectionsModel</name>
    <message>
        <location filename="../../ui/models/CorrectionsModel.cpp" line="+49"/>
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原值</source>
        <translation>Report value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正为</source>
        <translation>Corrected to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>nianbao::DashboardModel</name>
    <message>
        <location filename="../../ui/dashboard/DashboardModel.cpp" line="+56"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第一个错误</source>
        <translation>First error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取的原因</source>
        <translation>Read failure</translation>
    </message>
</context>
<context>
    <name>nianbao::DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/DashboardWindow.cpp" line="+35"/>
        <source>文件夹总览</source>
        <translation>Folder Dashboard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已检查 %1 / %2 份</source>
        <translation>%1 of %2 checked</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已生成 %1 / %2 份审核意见书</source>
        <translation>%1 of %2 review letters written</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>按机关或文件名筛选</source>
        <translation>Filter by agency or file name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部报告</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有错误</source>
        <translation>With errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有警告或错误</source>
        <translation>With warnings or errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有任何问题</source>
        <translation>With any finding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成审核意见书…</source>
        <translation>Write Review Letters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为表中列出的每份报告生成审核意见书（DOCX），另生成审核情况汇总</source>
        <translation>Write a review letter (DOCX) for every report listed, and a summary letter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>双击一行，在工作台中打开该报告</source>
        <translation>Double-click a row to open the report in the workbench</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+68"/>
        <source>取消检查</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>文件夹总览 — %1</source>
        <translation>Folder Dashboard — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在查找报告…</source>
        <translation>Looking for reports…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>取消生成</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在生成审核意见书…</source>
        <translation>Writing review letters…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>已取消：已写出 %n 份审核意见书，未生成汇总</source>
        <translation>
            <numerusform>Cancelled: %n review letter written, no summary</numerusform>
            <numerusform>Cancelled: %n review letters written, no summary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>完成：%n 份审核意见书及审核情况汇总</source>
        <translation>
            <numerusform>Done: %n review letter and the summary</numerusform>
            <numerusform>Done: %n review letters and the summary</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已取消：检查了 %1 份报告</source>
        <translation>Cancelled: %1 reports checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成：%1 份报告</source>
        <translation>Done: %1 reports</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部规则</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各规则发现的问题数（全文件夹）</source>
        <translation>Findings by rule (whole folder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>问题数</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导出总览</source>
        <translation>Export dashboard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件夹总览.csv</source>
        <translation>folder dashboard.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>nianbao::FindingCountsWidget</name>
    <message numerus="yes">
        <location filename="../../ui/views/FindingCountsWidget.cpp" line="+28"/>
        <source>%n 个错误</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 个警告</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 条提示</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::FindingsModel</name>
    <message>
        <location filename="../../ui/models/FindingsModel.cpp" line="+69"/>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>改为“%1”</source>
        <translation>Change to “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>勾选后，导出 Word 文档时在原文件中以修订标记写入这一修正</source>
        <translation>When checked, exporting to Word writes this fix into the original file as a tracked change</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>文字修正</source>
        <translation>Text fix</translation>
    </message>
</context>
<context>
    <name>nianbao::LetterSettingsDialog</name>
    <message>
        <location filename="../../ui/app/LetterSettingsDialog.cpp" line="+28"/>
        <location line="+26"/>
        <source>审核意见书</source>
        <translation>Review Letters</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>审核单位（落款）：</source>
        <translation>Reviewing office (signature):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束语：</source>
        <translation>Closing text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成</source>
        <translation>Write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>请填写审核单位名称，它将出现在意见书的抬头和落款中。</source>
        <translation>Please enter the reviewing office: it heads and signs the letters.</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+125"/>
        <location line="+557"/>
        <source>检查结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="-552"/>
        <source>更正记录</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>检查规则</source>
        <translation>Check rules</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>打开报告(&amp;O)…</source>
        <translation>&amp;Open report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开文件夹(&amp;D)…</source>
        <translation>Open &amp;folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比较年度报告(&amp;Y)…</source>
        <translation>Compare &amp;Years…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成审核意见书(&amp;L)…</source>
        <translation>Write Review &amp;Letter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比较文件夹中的年度报告…</source>
        <translation>Compare Reports in Folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存审校记录(&amp;S)</source>
        <translation>&amp;Save review session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审校记录另存为(&amp;A)…</source>
        <translation>Save review session &amp;as…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开审校记录(&amp;L)…</source>
        <translation>&amp;Load review session…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复原值(&amp;R)</source>
        <translation>&amp;Revert cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+537"/>
        <source>填入平衡值(&amp;B)</source>
        <translation>Fill &amp;balancing value</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>填写更正原因(&amp;W)…</source>
        <translation>Give reason…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按 0 填写空白单元格(&amp;Z)</source>
        <translation>Fill blank cells with 0(&amp;Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+551"/>
        <source>按平衡值修正(&amp;F)</source>
        <translation>&amp;Fix by balancing value</translation>
    </message>
    <message>
        <location line="-546"/>
        <source>下一个问题</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上一个问题</source>
        <translation>Previous finding</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最近打开(&amp;T)</source>
        <translation>Recen&amp;t reports</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出(&amp;E)</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档（DOCX）…</source>
        <translation>Word document (DOCX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档，附审校附录（DOCX）…</source>
        <translation>Word document with review appendix (DOCX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档，按正式版式重新排版（DOCX）…</source>
        <translation>Word document regenerated in the official layout (DOCX)…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>正在读取另一份报告，请稍候或取消后再打开</source>
        <translation>Another report is being read; wait or cancel it before opening</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已取消打开“%1”</source>
        <translation>Opening “%1” cancelled</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>未能记录更正以备崩溃恢复：%1</source>
        <translation>Could not journal the corrections for crash recovery: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>正在读取另一份报告，请稍候或取消后再比较</source>
        <translation>Another report is being read; wait or cancel it before comparing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已取消比较</source>
        <translation>Comparison cancelled</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>已导出到 %1；%2 处未能写成修订：%3</source>
        <translation>Exported to %1; %2 item(s) could not be written as tracked changes: %3</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>CSV，每个单元格一行（long）…</source>
        <translation>CSV, one row per cell (long)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV，按表格原样（form）…</source>
        <translation>CSV, tables as printed (form)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿（XLSX）…</source>
        <translation>Excel workbook (XLSX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>检查结果与更正记录（JSON）…</source>
        <translation>Findings and corrections (JSON)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>检查(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>无法打开报告</source>
        <translation>Cannot open report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无法打开“%1”：
%2</source>
        <translation>Cannot open “%1”:
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>已载入审校记录：%n 处更正</source>
        <translation>
            <numerusform>Review session loaded: %n correction</numerusform>
            <numerusform>Review session loaded: %n corrections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>审校记录未载入</source>
        <translation>Review session not loaded</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 格式 · %2 · %3</source>
        <translation>%1 format · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年度</source>
        <translation>year %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年度未知</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机关名称未知</source>
        <translation>agency unknown</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>已恢复 %n 处未保存的更正</source>
        <translation>
            <numerusform>Restored %n unsaved correction</numerusform>
            <numerusform>Restored %n unsaved corrections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法恢复更正</source>
        <translation>Cannot restore corrections</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>审校记录已保存到 %1</source>
        <translation>Review session saved to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审校记录已保存到 %1；原记录已保留为 %2</source>
        <translation>Review session saved to %1; the earlier session was kept as %2</translation>
    </message>
    <message>
        <source>自动保存失败：%1</source>
        <translation type="vanished">Autosave failed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>
……另有 %n 份</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部分审核意见书未能生成</source>
        <translation>Some review letters were not written</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>部分报告未能读取</source>
        <translation>Some reports could not be read</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未能生成审核意见书</source>
        <translation>Review letter not written</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>审核意见书已保存到 %1</source>
        <translation>Review letter saved to %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>检查结果（已关闭 %n 条规则）</source>
        <translation>
            <numerusform>Findings (%n rule switched off)</numerusform>
            <numerusform>Findings (%n rules switched off)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>检查结果：未发现问题</source>
        <translation>Findings: none</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>所有 %n 条检查规则均已关闭：本报告实际上未经检查。</source>
        <translation>
            <numerusform>The only check rule (%n) is switched off: this report has not really been checked.</numerusform>
            <numerusform>All %n check rules are switched off: this report has not really been checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>已关闭 %n 条检查规则，相应问题不会被发现：%1</source>
        <translation>
            <numerusform>%n check rule is switched off; what it finds will not be found: %1</numerusform>
            <numerusform>%n check rules are switched off; what they find will not be found: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年报审校工作台</source>
        <translation>Nianbao Workbench</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>填入平衡值 %1(&amp;B)</source>
        <translation>Fill &amp;balancing value %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填入平衡值 %1</source>
        <translation>Fill %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>填入平衡值</source>
        <translation>Fill balancing value</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>填入后将使 %n 处关系不平衡：</source>
        <translation>
            <numerusform>Filling it would unbalance %n relation:</numerusform>
            <numerusform>Filling it would unbalance %n relations:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>填入后将使 %n 处关系不平衡</source>
        <translation>
            <numerusform>Filling it would unbalance %n relation</numerusform>
            <numerusform>Filling it would unbalance %n relations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>修正：%1 填 %2（全部平衡）</source>
        <translation>Fix: %1 = %2 (balances all)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修正：%1 填 %2（修正 %3 处，仍有 %4 处不平衡）</source>
        <translation>Fix: %1 = %2 (fixes %3, %4 still unbalanced)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportTablesWidget</name>
    <message>
        <location filename="../../ui/views/ReportTablesWidget.cpp" line="+63"/>
        <source>表二 主动公开</source>
        <translation>Table 2 · Proactive disclosure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>表三 依申请公开</source>
        <translation>Table 3 · Requests</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>表四 复议诉讼</source>
        <translation>Table 4 · Reviews and lawsuits</translation>
    </message>
</context>
<context>
    <name>nianbao::RulesModel</name>
    <message>
        <location filename="../../ui/models/RulesModel.cpp" line="+62"/>
        <source>规则（勾选即检查）</source>
        <translation>Rule (ticked = checked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
</context>
</TS>
