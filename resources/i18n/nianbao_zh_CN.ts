<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>BackgroundRead</name>
    <message>
        <location filename="../../ui/document/BackgroundRead.cpp" line="+80"/>
        <source>正在读取报告</source>
        <translation>正在读取报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>正在读取第 %1/%2 份：%3</source>
        <translation>正在读取第 %1/%2 份：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在读取 %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 %1/%2 页</source>
        <translation>第 %1/%2 页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在重建统计表…</source>
        <translation>正在重建统计表…</translation>
    </message>
</context>
<context>
    <name>CellExplanation</name>
    <message>
        <location filename="../../ui/models/CellExplanation.cpp" line="+24"/>
        <source>空白</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是数字</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺失</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>左边合计 %1，右边合计 %2，相差 %3。</source>
        <translation>左边合计 %1，右边合计 %2，相差 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本格填 &lt;b&gt;%1&lt;/b&gt; 可使该关系平衡。</source>
        <translation>本格填 &lt;b&gt;%1&lt;/b&gt; 可使该关系平衡。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>未发现与本格有关的问题。</source>
        <translation>未发现与本格有关的问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已更正：原文为 %1，现为 %2（%3）</source>
        <translation>已更正：原文为 %1，现为 %2（%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>原因：%1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>CellValueText</name>
    <message>
        <location filename="../../ui/models/CellValueText.cpp" line="+25"/>
        <source>空</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>DataFilesCheck</name>
    <message>
        <location filename="../../ui/app/DataFilesCheck.cpp" line="+11"/>
        <source>数据文件有误</source>
        <translation>数据文件有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>格式说明或规则目录文件有误，年报审校工作台无法启动：
%1

请改正该文件或重新安装。</source>
        <translation>格式说明或规则目录文件有误，年报审校工作台无法启动：
%1

请改正该文件或重新安装。</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <location filename="../../ui/app/UserPrompts.cpp" line="+18"/>
        <source>保存更正</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对“%1”的更正尚未保存。是否保存审校记录？</source>
        <translation>对“%1”的更正尚未保存。是否保存审校记录？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不保存</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>恢复未保存的更正</source>
        <translation>恢复未保存的更正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次审校“%1”时有 %2 处更正未保存（程序可能意外退出）。是否恢复这些更正？</source>
        <translation>上次审校“%1”时有 %2 处更正未保存（程序可能意外退出）。是否恢复这些更正？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丢弃</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保留原审校记录</source>
        <translation>保留原审校记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开报告时，审校记录“%1”未能载入（报告已修改或记录无效），其中的更正不在当前审校中。
保存时将把它改名为带日期的备份保留在原文件夹，再保存当前审校。是否继续？</source>
        <translation>打开报告时，审校记录“%1”未能载入（报告已修改或记录无效），其中的更正不在当前审校中。
保存时将把它改名为带日期的备份保留在原文件夹，再保存当前审校。是否继续？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保留备份并保存</source>
        <translation>保留备份并保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>打开年度报告</source>
        <translation>打开年度报告</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>审核意见书保存到</source>
        <translation>审核意见书保存到</translation>
    </message>
    <message>
        <source>年度报告文本 (*.txt *.md);;所有文件 (*)</source>
        <translation type="vanished">年度报告文本 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>打开报告文件夹</source>
        <translation>打开报告文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择要比较的年度报告（可多选）</source>
        <translation>选择要比较的年度报告（可多选）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>审校记录 (*.nianbao.json *.json)</source>
        <translation>审校记录 (*.nianbao.json *.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存审校记录</source>
        <translation>保存审校记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开审校记录</source>
        <translation>打开审校记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>更正原因</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 的更正原因：</source>
        <translation>%1 的更正原因：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出更正后的报告</source>
        <translation>导出更正后的报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报告仍有错误</source>
        <translation>报告仍有错误</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>报告仍有 %n 个错误未更正。导出的文件将带着这些错误。仍要导出吗？</source>
        <translation>
            <numerusform>报告仍有 %n 个错误未更正。导出的文件将带着这些错误。仍要导出吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>仍要导出</source>
        <translation>仍要导出</translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <location filename="../../ui/commands/EditCellCommand.cpp" line="+12"/>
        <source>空白</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将%1改为 %2</source>
        <translation>将%1改为 %2</translation>
    </message>
</context>
<context>
    <name>FillBalancingValueCommand</name>
    <message>
        <location filename="../../ui/commands/FillBalancingValueCommand.cpp" line="+12"/>
        <source>在%1填入平衡值 %2</source>
        <translation>在%1填入平衡值 %2</translation>
    </message>
</context>
<context>
    <name>FillBlankCellsCommand</name>
    <message numerus="yes">
        <location filename="../../ui/commands/FillBlankCellsCommand.cpp" line="+11"/>
        <source>按 0 填写 %n 个空白单元格</source>
        <translation>
            <numerusform>按 0 填写 %n 个空白单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>年报审校工作台</source>
        <translation type="vanished">年报审校工作台</translation>
    </message>
</context>
<context>
    <name>ReportFileTypes</name>
    <message>
        <location filename="../../ui/app/ReportFileTypes.cpp" line="+16"/>
        <source>文本</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网页</source>
        <translation>网页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>年度报告（所有支持的格式）</source>
        <translation>年度报告（所有支持的格式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所有文件</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>RevertCellCommand</name>
    <message>
        <location filename="../../ui/commands/RevertCellCommand.cpp" line="+11"/>
        <source>恢复%1的原值</source>
        <translation>恢复%1的原值</translation>
    </message>
</context>
<context>
    <name>SetReasonCommand</name>
    <message>
        <location filename="../../ui/commands/SetReasonCommand.cpp" line="+11"/>
        <source>填写%1的更正原因</source>
        <translation>填写%1的更正原因</translation>
    </message>
</context>
<context>
    <name>nianbao</name>
    <message>
        <location filename="../../ui/compare/ComparisonCharts.cpp" line="+25"/>
        <source>%1 年</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>报告年度</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>本年新收政府信息公开申请数量</source>
        <translation>本年新收政府信息公开申请数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+17"/>
        <source>件</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>申请办理结果构成</source>
        <translation>申请办理结果构成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 复议</source>
        <translation>%1 复议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 诉讼</source>
        <translation>%1 诉讼</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>行政复议、行政诉讼及其结果</source>
        <translation>行政复议、行政诉讼及其结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告年度（复议 = 行政复议，诉讼 = 行政诉讼）</source>
        <translation>报告年度（复议 = 行政复议，诉讼 = 行政诉讼）</translation>
    </message>
    <message>
        <location filename="../../ui/models/CellValueText.cpp" line="+38"/>
        <source>不是数字</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能为负数</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能带正负号</source>
        <translation>不能带正负号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>须为整数，不能有小数</source>
        <translation>须为整数，不能有小数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>位数过多</source>
        <translation>位数过多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>此栏填写件数：不带符号的整数，留空表示未填。</source>
        <translation>此栏填写件数：不带符号的整数，留空表示未填。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此栏填写增减数：整数，可带正负号，留空表示未填。</source>
        <translation>此栏填写增减数：整数，可带正负号，留空表示未填。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此栏填写金额：非负数，至多六位小数，留空表示未填。</source>
        <translation>此栏填写金额：非负数，至多六位小数，留空表示未填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未采用“%1”：%2。%3</source>
        <translation>未采用“%1”：%2。%3</translation>
    </message>
</context>
<context>
    <name>nianbao::CellDetailsPanel</name>
    <message>
        <location filename="../../ui/views/CellDetailsPanel.cpp" line="+18"/>
        <source>选择一个单元格，这里会说明它参与的勾稽关系和应填的平衡值。直接输入数字即可更正；按 F8 跳到下一个问题。</source>
        <translation>选择一个单元格，这里会说明它参与的勾稽关系和应填的平衡值。直接输入数字即可更正；按 F8 跳到下一个问题。</translation>
    </message>
</context>
<context>
    <name>nianbao::ComparisonFindingsModel</name>
    <message>
        <location filename="../../ui/compare/ComparisonFindingsModel.cpp" line="+49"/>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规则</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>nianbao::ComparisonTableModel</name>
    <message>
        <location filename="../../ui/compare/ComparisonTableModel.cpp" line="+13"/>
        <source>表三</source>
        <translation>表三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表四</source>
        <translation>表四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表二</source>
        <translation>表二</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—（该年格式无此项）</source>
        <translation>—（该年格式无此项）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>空白</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>变化较大：较上年 %1</source>
        <translation>变化较大：较上年 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>表</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>较上年</source>
        <translation>较上年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 年</source>
        <translation>%1 年</translation>
    </message>
</context>
<context>
    <name>nianbao::ComparisonWindow</name>
    <message>
        <location filename="../../ui/compare/ComparisonWindow.cpp" line="+35"/>
        <source>比较年度报告</source>
        <translation>比较年度报告</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>移到其他分组…</source>
        <translation>移到其他分组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把所选报告归入另一机关的分组（例如机关更名后）</source>
        <translation>把所选报告归入另一机关的分组（例如机关更名后）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>机关分组</source>
        <translation>机关分组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本组报告</source>
        <translation>本组报告</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>双击单元格，在工作台中打开该年报告并选中此格</source>
        <translation>双击单元格，在工作台中打开该年报告并选中此格</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>逐格对照</source>
        <translation>逐格对照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图表</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>跨年检查结果</source>
        <translation>跨年检查结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出对照表 CSV…</source>
        <translation>导出对照表 CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出图表（PNG、SVG）…</source>
        <translation>导出图表（PNG、SVG）…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>较上年变化达</source>
        <translation>较上年变化达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>即标为“变化较大”（▲ 蓝色）</source>
        <translation>即标为“变化较大”（▲ 蓝色）</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1（%2 份，%3 个问题）</source>
        <translation>%1（%2 份，%3 个问题）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 年 · %2</source>
        <translation>%1 年 · %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 个对照单元格，双击单元格在工作台中打开</source>
        <translation>%1 个对照单元格，双击单元格在工作台中打开</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>移到其他分组</source>
        <translation>移到其他分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>归入的机关（可输入新名称）：</source>
        <translation>归入的机关（可输入新名称）：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 年度对照.csv</source>
        <translation>%1 年度对照.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出对照表</source>
        <translation>导出对照表</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>年度对照.csv</source>
        <translation>年度对照.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>导出失败</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>图表保存到文件夹</source>
        <translation>图表保存到文件夹</translation>
    </message>
</context>
<context>
    <name>nianbao::CorrectionsModel</name>
    <message>
        <location filename="../../ui/models/CorrectionsModel.cpp" line="+49"/>
        <source>单元格</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原值</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正为</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>nianbao::DashboardModel</name>
    <message>
        <location filename="../../ui/dashboard/DashboardModel.cpp" line="+56"/>
        <source>通过</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机关</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第一个错误</source>
        <translation>第一个错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取的原因</source>
        <translation>无法读取的原因</translation>
    </message>
</context>
<context>
    <name>nianbao::DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/DashboardWindow.cpp" line="+35"/>
        <source>文件夹总览</source>
        <translation>文件夹总览</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已检查 %1 / %2 份</source>
        <translation>已检查 %1 / %2 份</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已生成 %1 / %2 份审核意见书</source>
        <translation>已生成 %1 / %2 份审核意见书</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>按机关或文件名筛选</source>
        <translation>按机关或文件名筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部报告</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有错误</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有警告或错误</source>
        <translation>有警告或错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有任何问题</source>
        <translation>有任何问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出 CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成审核意见书…</source>
        <translation>生成审核意见书…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为表中列出的每份报告生成审核意见书（DOCX），另生成审核情况汇总</source>
        <translation>为表中列出的每份报告生成审核意见书（DOCX），另生成审核情况汇总</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>双击一行，在工作台中打开该报告</source>
        <translation>双击一行，在工作台中打开该报告</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+68"/>
        <source>取消检查</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>文件夹总览 — %1</source>
        <translation>文件夹总览 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在查找报告…</source>
        <translation>正在查找报告…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>取消生成</source>
        <translation>取消生成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在生成审核意见书…</source>
        <translation>正在生成审核意见书…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>已取消：已写出 %n 份审核意见书，未生成汇总</source>
        <translation>
            <numerusform>已取消：已写出 %n 份审核意见书，未生成汇总</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>完成：%n 份审核意见书及审核情况汇总</source>
        <translation>
            <numerusform>完成：%n 份审核意见书及审核情况汇总</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已取消：检查了 %1 份报告</source>
        <translation>已取消：检查了 %1 份报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成：%1 份报告</source>
        <translation>完成：%1 份报告</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 年</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部规则</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各规则发现的问题数（全文件夹）</source>
        <translation>各规则发现的问题数（全文件夹）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>问题数</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导出总览</source>
        <translation>导出总览</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件夹总览.csv</source>
        <translation>文件夹总览.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出失败</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>nianbao::FindingCountsWidget</name>
    <message numerus="yes">
        <location filename="../../ui/views/FindingCountsWidget.cpp" line="+28"/>
        <source>%n 个错误</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 个警告</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 条提示</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::FindingsModel</name>
    <message>
        <location filename="../../ui/models/FindingsModel.cpp" line="+57"/>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>改为“%1”</source>
        <translation>改为“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>勾选后，导出 Word 文档时在原文件中以修订标记写入这一修正</source>
        <translation>勾选后，导出 Word 文档时在原文件中以修订标记写入这一修正</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字修正</source>
        <translation>文字修正</translation>
    </message>
</context>
<context>
    <name>nianbao::LetterSettingsDialog</name>
    <message>
        <location filename="../../ui/app/LetterSettingsDialog.cpp" line="+28"/>
        <location line="+26"/>
        <source>审核意见书</source>
        <translation>审核意见书</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>审核单位（落款）：</source>
        <translation>审核单位（落款）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束语：</source>
        <translation>结束语：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期：</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>请填写审核单位名称，它将出现在意见书的抬头和落款中。</source>
        <translation>请填写审核单位名称，它将出现在意见书的抬头和落款中。</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+125"/>
        <location line="+557"/>
        <source>检查结果</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="-552"/>
        <source>更正记录</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>检查规则</source>
        <translation>检查规则</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>打开报告(&amp;O)…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开文件夹(&amp;D)…</source>
        <translation>打开文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比较年度报告(&amp;Y)…</source>
        <translation>比较年度报告(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成审核意见书(&amp;L)…</source>
        <translation>生成审核意见书(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比较文件夹中的年度报告…</source>
        <translation>比较文件夹中的年度报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存审校记录(&amp;S)</source>
        <translation>保存审校记录(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审校记录另存为(&amp;A)…</source>
        <translation>审校记录另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开审校记录(&amp;L)…</source>
        <translation>打开审校记录(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复原值(&amp;R)</source>
        <translation>恢复原值(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+537"/>
        <source>填入平衡值(&amp;B)</source>
        <translation>填入平衡值(&amp;B)</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>填写更正原因(&amp;W)…</source>
        <translation>填写更正原因(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按 0 填写空白单元格(&amp;Z)</source>
        <translation>按 0 填写空白单元格(&amp;Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+551"/>
        <source>按平衡值修正(&amp;F)</source>
        <translation>按平衡值修正(&amp;F)</translation>
    </message>
    <message>
        <location line="-546"/>
        <source>下一个问题</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上一个问题</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最近打开(&amp;T)</source>
        <translation>最近打开(&amp;T)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出(&amp;E)</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档（DOCX）…</source>
        <translation>Word 文档（DOCX）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档，附审校附录（DOCX）…</source>
        <translation>Word 文档，附审校附录（DOCX）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档，按正式版式重新排版（DOCX）…</source>
        <translation>Word 文档，按正式版式重新排版（DOCX）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV，每个单元格一行（long）…</source>
        <translation>CSV，每个单元格一行（long）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV，按表格原样（form）…</source>
        <translation>CSV，按表格原样（form）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿（XLSX）…</source>
        <translation>Excel 工作簿（XLSX）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>检查结果与更正记录（JSON）…</source>
        <translation>检查结果与更正记录（JSON）…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>检查(&amp;C)</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>视图(&amp;V)</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>界面语言</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工具栏</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正在读取另一份报告，请稍候或取消后再打开</source>
        <translation>正在读取另一份报告，请稍候或取消后再打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已取消打开“%1”</source>
        <translation>已取消打开“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法打开报告</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无法打开“%1”：
%2</source>
        <translation>无法打开“%1”：
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>已载入审校记录：%n 处更正</source>
        <translation>
            <numerusform>已载入审校记录：%n 处更正</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>审校记录未载入</source>
        <translation>审校记录未载入</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 格式 · %2 · %3</source>
        <translation>%1 格式 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年度未知</source>
        <translation>年度未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机关名称未知</source>
        <translation>机关名称未知</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>已恢复 %n 处未保存的更正</source>
        <translation>
            <numerusform>已恢复 %n 处未保存的更正</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法恢复更正</source>
        <translation>无法恢复更正</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>审校记录已保存到 %1</source>
        <translation>审校记录已保存到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审校记录已保存到 %1；原记录已保留为 %2</source>
        <translation>审校记录已保存到 %1；原记录已保留为 %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>未能记录更正以备崩溃恢复：%1</source>
        <translation>未能记录更正以备崩溃恢复：%1</translation>
    </message>
    <message>
        <source>自动保存失败：%1</source>
        <translation type="vanished">自动保存失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>
……另有 %n 份</source>
        <translation>
            <numerusform>
……另有 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部分审核意见书未能生成</source>
        <translation>部分审核意见书未能生成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在读取另一份报告，请稍候或取消后再比较</source>
        <translation>正在读取另一份报告，请稍候或取消后再比较</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已取消比较</source>
        <translation>已取消比较</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>部分报告未能读取</source>
        <translation>部分报告未能读取</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出失败</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已导出到 %1；%2 处未能写成修订：%3</source>
        <translation>已导出到 %1；%2 处未能写成修订：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未能生成审核意见书</source>
        <translation>未能生成审核意见书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>审核意见书已保存到 %1</source>
        <translation>审核意见书已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>检查结果（已关闭 %n 条规则）</source>
        <translation>
            <numerusform>检查结果（已关闭 %n 条规则）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>检查结果：未发现问题</source>
        <translation>检查结果：未发现问题</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>所有 %n 条检查规则均已关闭：本报告实际上未经检查。</source>
        <translation>
            <numerusform>所有 %n 条检查规则均已关闭：本报告实际上未经检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>已关闭 %n 条检查规则，相应问题不会被发现：%1</source>
        <translation>
            <numerusform>已关闭 %n 条检查规则，相应问题不会被发现：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年报审校工作台</source>
        <translation>年报审校工作台</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>填入平衡值 %1(&amp;B)</source>
        <translation>填入平衡值 %1(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填入平衡值 %1</source>
        <translation>填入平衡值 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>填入平衡值</source>
        <translation>填入平衡值</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>填入后将使 %n 处关系不平衡：</source>
        <translation>
            <numerusform>填入后将使 %n 处关系不平衡：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>填入后将使 %n 处关系不平衡</source>
        <translation>
            <numerusform>填入后将使 %n 处关系不平衡</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>修正：%1 填 %2（全部平衡）</source>
        <translation>修正：%1 填 %2（全部平衡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修正：%1 填 %2（修正 %3 处，仍有 %4 处不平衡）</source>
        <translation>修正：%1 填 %2（修正 %3 处，仍有 %4 处不平衡）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportTablesWidget</name>
    <message>
        <location filename="../../ui/views/ReportTablesWidget.cpp" line="+63"/>
        <source>表二 主动公开</source>
        <translation>表二 主动公开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>表三 依申请公开</source>
        <translation>表三 依申请公开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>表四 复议诉讼</source>
        <translation>表四 复议诉讼</translation>
    </message>
</context>
<context>
    <name>nianbao::RulesModel</name>
    <message>
        <location filename="../../ui/models/RulesModel.cpp" line="+62"/>
        <source>规则（勾选即检查）</source>
        <translation>规则（勾选即检查）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别</source>
        <translation>级别</translation>
    </message>
</context>
</TS>
