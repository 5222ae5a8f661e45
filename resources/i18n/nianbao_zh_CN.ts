<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>CellExplanation</name>
    <message>
        <location filename="../../ui/models/CellExplanation.cpp" line="+24" />
        <source>空白</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不是数字</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>缺失</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+20" />
        <source>左边合计 %1，右边合计 %2，相差 %3。</source>
        <translation>左边合计 %1，右边合计 %2，相差 %3。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>本格填 &lt;b&gt;%1&lt;/b&gt; 可使该关系平衡。</source>
        <translation>本格填 &lt;b&gt;%1&lt;/b&gt; 可使该关系平衡。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1" />
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+19" />
        <source>未发现与本格有关的问题。</source>
        <translation>未发现与本格有关的问题。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>已更正：原文为 %1，现为 %2（%3）</source>
        <translation>已更正：原文为 %1，现为 %2（%3）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>原因：%1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>CellValueText</name>
    <message>
        <location filename="../../ui/models/CellValueText.cpp" line="+25" />
        <source>空</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <location filename="../../ui/app/UserPrompts.cpp" line="+15" />
        <source>保存更正</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location line="+1" />
        <source>对“%1”的更正尚未保存。是否保存审校记录？</source>
        <translation>对“%1”的更正尚未保存。是否保存审校记录？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不保存</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9" />
        <source>恢复未保存的更正</source>
        <translation>恢复未保存的更正</translation>
    </message>
    <message>
        <location line="+1" />
        <source>上次审校“%1”时有 %2 处更正未保存（程序可能意外退出）。是否恢复这些更正？</source>
        <translation>上次审校“%1”时有 %2 处更正未保存（程序可能意外退出）。是否恢复这些更正？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>丢弃</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+7" />
        <source>打开年度报告</source>
        <translation>打开年度报告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>年度报告文本 (*.txt);;所有文件 (*)</source>
        <translation>年度报告文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>审校记录 (*.nianbao.json *.json)</source>
        <translation>审校记录 (*.nianbao.json *.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存审校记录</source>
        <translation>保存审校记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>打开审校记录</source>
        <translation>打开审校记录</translation>
    </message>
    <message>
        <location line="+5" />
        <source>更正原因</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 的更正原因：</source>
        <translation>%1 的更正原因：</translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <location filename="../../ui/commands/EditCellCommand.cpp" line="+12" />
        <source>空白</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+1" />
        <source>将%1改为 %2</source>
        <translation>将%1改为 %2</translation>
    </message>
</context>
<context>
    <name>FillBalancingValueCommand</name>
    <message>
        <location filename="../../ui/commands/FillBalancingValueCommand.cpp" line="+12" />
        <source>在%1填入平衡值 %2</source>
        <translation>在%1填入平衡值 %2</translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <location filename="../../ui/form/FormLayout.cpp" line="+86" />
        <source>信息内容</source>
        <translation>信息内容</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+56" />
        <source>年报审校工作台</source>
        <translation>年报审校工作台</translation>
    </message>
</context>
<context>
    <name>RevertCellCommand</name>
    <message>
        <location filename="../../ui/commands/RevertCellCommand.cpp" line="+11" />
        <source>恢复%1的原值</source>
        <translation>恢复%1的原值</translation>
    </message>
</context>
<context>
    <name>SetReasonCommand</name>
    <message>
        <location filename="../../ui/commands/SetReasonCommand.cpp" line="+11" />
        <source>填写%1的更正原因</source>
        <translation>填写%1的更正原因</translation>
    </message>
</context>
<context>
    <name>nianbao::CellDetailsPanel</name>
    <message>
        <location filename="../../ui/views/CellDetailsPanel.cpp" line="+18" />
        <source>选择一个单元格，这里会说明它参与的勾稽关系和应填的平衡值。直接输入数字即可更正；按 F8 跳到下一个问题。</source>
        <translation>选择一个单元格，这里会说明它参与的勾稽关系和应填的平衡值。直接输入数字即可更正；按 F8 跳到下一个问题。</translation>
    </message>
</context>
<context>
    <name>nianbao::CorrectionsModel</name>
    <message>
        <location filename="../../ui/models/CorrectionsModel.cpp" line="+49" />
        <source>单元格</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>原值</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>更正为</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location line="+1" />
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>原因</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>nianbao::FindingCountsWidget</name>
    <message numerus="yes">
        <location filename="../../ui/views/FindingCountsWidget.cpp" line="+28" />
        <source>%n 个错误</source>
        <translation>
            <numerusform>%n 个错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n 个警告</source>
        <translation>
            <numerusform>%n 个警告</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n 条提示</source>
        <translation>
            <numerusform>%n 条提示</numerusform></translation>
    </message>
</context>
<context>
    <name>nianbao::FindingsModel</name>
    <message>
        <location filename="../../ui/models/FindingsModel.cpp" line="+59" />
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>规则</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+90" />
        <location line="+308" />
        <source>检查结果</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="-301" />
        <source>更正记录</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location line="+24" />
        <source>打开报告(&amp;O)…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存审校记录(&amp;S)</source>
        <translation>保存审校记录(&amp;S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>审校记录另存为(&amp;A)…</source>
        <translation>审校记录另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>打开审校记录(&amp;L)…</source>
        <translation>打开审校记录(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3" />
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+4" />
        <source>恢复原值(&amp;R)</source>
        <translation>恢复原值(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+281" />
        <source>填入平衡值(&amp;B)</source>
        <translation>填入平衡值(&amp;B)</translation>
    </message>
    <message>
        <location line="-279" />
        <source>填写更正原因(&amp;W)…</source>
        <translation>填写更正原因(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>下一个问题</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>上一个问题</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <location line="+18" />
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>最近打开(&amp;T)</source>
        <translation>最近打开(&amp;T)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>检查(&amp;C)</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>视图(&amp;V)</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>界面语言</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+4" />
        <source>工具栏</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location line="+28" />
        <source>无法打开报告</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <location line="+0" />
        <source>无法打开“%1”：
%2</source>
        <translation>无法打开“%1”：
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>已载入审校记录：%n 处更正</source>
        <translation>
            <numerusform>已载入审校记录：%n 处更正</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+82" />
        <source>审校记录未载入</source>
        <translation>审校记录未载入</translation>
    </message>
    <message>
        <location line="-55" />
        <source>%1 格式 · %2 · %3</source>
        <translation>%1 格式 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 年度</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location line="+0" />
        <source>年度未知</source>
        <translation>年度未知</translation>
    </message>
    <message>
        <location line="+1" />
        <source>机关名称未知</source>
        <translation>机关名称未知</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>已恢复 %n 处未保存的更正</source>
        <translation>
            <numerusform>已恢复 %n 处未保存的更正</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>无法恢复更正</source>
        <translation>无法恢复更正</translation>
    </message>
    <message>
        <location line="+23" />
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location line="+5" />
        <source>审校记录已保存到 %1</source>
        <translation>审校记录已保存到 %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>自动保存失败：%1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location line="+72" />
        <source>检查结果：未发现问题</source>
        <translation>检查结果：未发现问题</translation>
    </message>
    <message>
        <location line="+7" />
        <source>年报审校工作台</source>
        <translation>年报审校工作台</translation>
    </message>
    <message>
        <location line="+15" />
        <source>填入平衡值 %1(&amp;B)</source>
        <translation>填入平衡值 %1(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>填入平衡值 %1</source>
        <translation>填入平衡值 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>填入平衡值</source>
        <translation>填入平衡值</translation>
    </message>
    <message>
        <location line="+11" />
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportTablesWidget</name>
    <message>
        <location filename="../../ui/views/ReportTablesWidget.cpp" line="+44" />
        <source>表二 主动公开</source>
        <translation>表二 主动公开</translation>
    </message>
    <message>
        <location line="+6" />
        <source>表三 依申请公开</source>
        <translation>表三 依申请公开</translation>
    </message>
    <message>
        <location line="+0" />
        <source>表四 复议诉讼</source>
        <translation>表四 复议诉讼</translation>
    </message>
</context>
</TS>