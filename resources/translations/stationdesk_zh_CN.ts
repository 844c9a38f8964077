<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
</context>
<context>
    <name>sd::AboutDialog</name>
    <message>
        <source>About StationDesk</source>
        <translation>关于派出所工作台</translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation>派出所工作台</translation>
    </message>
    <message>
        <source>Records, responsibilities and duty for a neighbourhood police station.</source>
        <translation>派出所的业务记录、责任到人与值班管理。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>数据库结构版本 %1</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>基于 Qt %1 构建</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>sd::AccessControl</name>
    <message>
        <source>Your role (%1) does not allow this: %2.</source>
        <translation>您的角色（%1）无权执行此操作：%2。</translation>
    </message>
</context>
<context>
    <name>sd::AccountRepository</name>
    <message>
        <source>No account with id %1</source>
        <translation>没有 ID 为 %1 的账户</translation>
    </message>
</context>
<context>
    <name>sd::AccountService</name>
    <message>
        <source>An administrator already exists; ask them to create accounts.</source>
        <translation>已有管理员，请由管理员创建账户。</translation>
    </message>
    <message>
        <source>No active person has badge number %1.</source>
        <translation>没有警号为 %1 的在职人员。</translation>
    </message>
    <message>
        <source>The command-line operator is not a login role.</source>
        <translation>命令行操作员不是可登录的角色。</translation>
    </message>
    <message>
        <source>%1 already has an account.</source>
        <translation>%1 已有账户。</translation>
    </message>
    <message>
        <source>This account is locked until %1 after too many failed attempts. An administrator can unlock it sooner.</source>
        <translation>登录失败次数过多，此账户已锁定至 %1。管理员可提前解锁。</translation>
    </message>
    <message>
        <source>This account was locked by an administrator; ask them to unlock it.</source>
        <translation>此账户已被管理员锁定，请联系管理员解锁。</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator.</source>
        <translation>此账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The badge number or the password is wrong.</source>
        <translation>警号或密码错误。</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>当前无人登录。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <source>There is no account for badge number %1.</source>
        <translation>警号 %1 没有账户。</translation>
    </message>
    <message>
        <source>%1 is the last administrator. Make someone else an administrator first.</source>
        <translation>%1 是最后一名管理员，请先指定其他人为管理员。</translation>
    </message>
</context>
<context>
    <name>sd::AccountTableModel</name>
    <message>
        <source>Locked by an administrator</source>
        <translation>已被管理员锁定</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已离开）</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
</context>
<context>
    <name>sd::AccountabilitySection</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation>负责事项</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Responsible for: %1</source>
        <translation>负责事项：%1</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Responsible for: nothing</source>
        <translation>负责事项：无</translation>
    </message>
    <message>
        <source>Responsible for (%1)</source>
        <translation>负责事项（%1）</translation>
    </message>
    <message>
        <source>Honours: %1</source>
        <translation>荣誉：%1</translation>
    </message>
    <message>
        <source>Honours: none</source>
        <translation>荣誉：无</translation>
    </message>
    <message>
        <source>Honours (%1)</source>
        <translation>荣誉（%1）</translation>
    </message>
</context>
<context>
    <name>sd::AccountsPanel</name>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>锁定(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>无法读取账号</translation>
    </message>
    <message>
        <source>Cannot read the people</source>
        <translation>无法读取人员</translation>
    </message>
    <message>
        <source>Reset password: %1</source>
        <translation>重置密码：%1</translation>
    </message>
    <message>
        <source>Give %1 a new password and tell it to them in person. Their old password stops working at once.</source>
        <translation>为 %1 设置新密码，并当面告知本人。原密码立即失效。</translation>
    </message>
    <message>
        <source>Change role: %1</source>
        <translation>更改角色：%1</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>新角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Cannot change the role of %1</source>
        <translation>无法更改 %1 的角色</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <source>%1 will not be able to log in until an administrator unlocks the account.</source>
        <translation>在管理员解锁该账号之前，%1 将无法登录。</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
    <message>
        <source>Cannot unlock %1</source>
        <translation>无法解锁 %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to log in. The account and everything it recorded are kept, and it can be enabled again.</source>
        <translation>%1 将无法再登录。账号及其全部记录都会保留，之后可以重新启用。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Cannot disable %1</source>
        <translation>无法停用 %1</translation>
    </message>
    <message>
        <source>Cannot enable %1</source>
        <translation>无法启用 %1</translation>
    </message>
</context>
<context>
    <name>sd::AdminPage</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>审计日志(&amp;L)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>sd::Alert</name>
    <message>
        <source>110 dispatch</source>
        <translation>110指令</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来所</translation>
    </message>
    <message>
        <source>Community group message</source>
        <translation>社区群消息</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡逻</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>刑事</translation>
    </message>
    <message>
        <source>Public order</source>
        <translation>治安</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Resolved on scene</source>
        <translation>现场处结</translation>
    </message>
    <message>
        <source>Converted to case</source>
        <translation>转为案件</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>移交调解</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>sd::AlertBulkWriter</name>
    <message>
        <source>add alert %1</source>
        <translation>添加警情 %1</translation>
    </message>
    <message>
        <source>change alert %1</source>
        <translation>修改警情 %1</translation>
    </message>
</context>
<context>
    <name>sd::AlertChecklist</name>
    <message>
        <source>Received and logged</source>
        <translation>接警登记</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派警</translation>
    </message>
    <message>
        <source>Arrived on scene</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>现场处置</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reviewed by the duty leader</source>
        <translation>值班领导审核</translation>
    </message>
</context>
<context>
    <name>sd::AlertChecklistView</name>
    <message>
        <source>done by %1 at %2</source>
        <translation>%1 于 %2 完成</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>所有步骤均已完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still to do.</source>
        <translation>
            <numerusform>还有 %n 个步骤未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the checklist</source>
        <translation>无法修改处警清单</translation>
    </message>
</context>
<context>
    <name>sd::AlertCsv</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-03-15T09:30:00 or 2026-03-15T09:30:00+08:00</source>
        <translation>“%1”不是 ISO 8601 时间，例如 2026-03-15T09:30:00 或 2026-03-15T09:30:00+08:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 0 or 1</source>
        <translation>“%1”不是 0 或 1</translation>
    </message>
    <message>
        <source>there is no community area named &quot;%1&quot;</source>
        <translation>没有名为“%1”的社区</translation>
    </message>
</context>
<context>
    <name>sd::AlertDialog</name>
    <message>
        <source>Register alert</source>
        <translation>登记警情</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>警情 %1</translation>
    </message>
    <message>
        <source>given when saved</source>
        <translation>保存时自动生成</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>编号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>接警时间(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>警情来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>警情类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Could have been pre&amp;vented</source>
        <translation>可防性警情(&amp;V)</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>（无社区）</translation>
    </message>
    <message>
        <source>Community &amp;area:</source>
        <translation>所属社区(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>发生地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Caller &amp;name:</source>
        <translation>报警人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 13800138000 or 020-12345678</source>
        <translation>例如 13800138000 或 020-12345678</translation>
    </message>
    <message>
        <source>Caller &amp;phone:</source>
        <translation>报警人电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>简要警情(&amp;S)：</translation>
    </message>
    <message>
        <source>Handling o&amp;fficers:</source>
        <translation>处警民警(&amp;F)：</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Handling checklist</source>
        <translation>处警清单</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>On-scene r&amp;ecord…</source>
        <translation>现场处结备案(&amp;E)…</translation>
    </message>
    <message>
        <source>File the on-scene record of this alert, or open it</source>
        <translation>为此警情填写现场处结备案单，或打开已有的备案单</translation>
    </message>
    <message>
        <source>Refer to &amp;mediation…</source>
        <translation>转交调解(&amp;M)…</translation>
    </message>
    <message>
        <source>Make a mediation case from this alert (the alert is saved first)</source>
        <translation>由此警情建立调解案件（先保存警情）</translation>
    </message>
</context>
<context>
    <name>sd::AlertExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>sd::AlertImportFlow</name>
    <message>
        <source>Import alerts</source>
        <translation>导入警情</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>The import was cancelled; no alert was imported.</source>
        <translation>导入已取消，未导入任何警情。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems, so no alert was imported. Correct them and import the file again:</source>
        <translation>
            <numerusform>%1 中有 %n 行存在问题，因此未导入任何警情。请更正后重新导入该文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 rows read: %2 alerts added, %3 updated.</source>
        <translation>已读取 %1 行：新增警情 %2 条，更新 %3 条。</translation>
    </message>
</context>
<context>
    <name>sd::AlertImporter</name>
    <message>
        <source>alert %1 already exists (use --update to change it)</source>
        <translation>警情 %1 已存在（使用 --update 修改）</translation>
    </message>
    <message>
        <source>alert %1 is already on line %2 of this file</source>
        <translation>警情 %1 已出现在本文件第 %2 行</translation>
    </message>
</context>
<context>
    <name>sd::AlertRepository</name>
    <message>
        <source>No alert with id %1</source>
        <translation>没有 ID 为 %1 的警情</translation>
    </message>
    <message>
        <source>No alert numbered %1</source>
        <translation>没有编号为 %1 的警情</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>警情 %1</translation>
    </message>
</context>
<context>
    <name>sd::AlertRules</name>
    <message>
        <source>&quot;%1&quot; is not an alert number like JQ-2026-000123.</source>
        <translation>“%1”不是有效的警情编号（例如 JQ-2026-000123）。</translation>
    </message>
    <message>
        <source>Enter when the alert was received.</source>
        <translation>请填写接警时间。</translation>
    </message>
    <message>
        <source>The received time is in the future.</source>
        <translation>接警时间晚于当前时间。</translation>
    </message>
    <message>
        <source>Enter a summary of the alert.</source>
        <translation>请填写警情摘要。</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation>摘要超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The location is longer than %1 characters.</source>
        <translation>地点超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The caller&apos;s name is longer than %1 characters.</source>
        <translation>报警人姓名超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use an 11-digit mobile number or a landline with its area code.</source>
        <translation>“%1”不是有效的电话号码：请填写 11 位手机号码或带区号的固定电话。</translation>
    </message>
    <message>
        <source>An officer is listed twice.</source>
        <translation>有民警被重复列出。</translation>
    </message>
    <message>
        <source>The received time is before %1, the earliest time an alert can have.</source>
        <translation>接警时间早于警情允许的最早时间 %1。</translation>
    </message>
</context>
<context>
    <name>sd::AlertSeeder</name>
    <message>
        <source>The number of alerts to seed must be positive.</source>
        <translation>要生成的警情数量必须为正数。</translation>
    </message>
    <message>
        <source>Alerts can be spread over 1 to 20 years.</source>
        <translation>警情只能分布在 1 到 20 年内。</translation>
    </message>
    <message>
        <source>The database failed to add a handling officer: %1</source>
        <translation>数据库未能添加处置民警：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sd::AlertService</name>
    <message>
        <source>The community area no longer exists.</source>
        <translation>该社区已不存在。</translation>
    </message>
    <message>
        <source>A handling officer no longer exists.</source>
        <translation>有处警民警已不存在。</translation>
    </message>
    <message>
        <source>%1 has left the station and cannot handle alerts.</source>
        <translation>%1 已离所，不能处警。</translation>
    </message>
    <message>
        <source>Alert number %1 is already taken.</source>
        <translation>警情编号 %1 已被占用。</translation>
    </message>
    <message>
        <source>An alert that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>状态为“%1”的警情不能改为“%2”。</translation>
    </message>
    <message>
        <source>Step %1 has no name.</source>
        <translation>第 %1 步没有名称。</translation>
    </message>
</context>
<context>
    <name>sd::AlertTableModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简要警情</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>处警民警</translation>
    </message>
</context>
<context>
    <name>sd::AlertTallyRepository</name>
    <message>
        <source>%1: kept %2, the alerts count %3</source>
        <translation>%1：保存的计数为 %2，按警情统计为 %3</translation>
    </message>
    <message>
        <source>%1: kept 0, the alerts count %2</source>
        <translation>%1：保存的计数为 0，按警情统计为 %2</translation>
    </message>
    <message>
        <source>No alert numbered %1</source>
        <translation>没有编号为 %1 的警情</translation>
    </message>
    <message>
        <source>No alert with id %1</source>
        <translation>没有 ID 为 %1 的警情</translation>
    </message>
    <message>
        <source>keep the alert counts</source>
        <translation>更新警情计数</translation>
    </message>
</context>
<context>
    <name>sd::AlertsPanel</name>
    <message>
        <source>&amp;Register alert…</source>
        <translation>登记警情(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a new alert (Ctrl+N)</source>
        <translation>登记一条新警情（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the selected alert with its checklist (Enter)</source>
        <translation>打开所选警情及其处警清单（Enter）</translation>
    </message>
    <message>
        <source>On-scene r&amp;ecord…</source>
        <translation>现场处结备案(&amp;E)…</translation>
    </message>
    <message>
        <source>File the on-scene record of the selected alert, or open it</source>
        <translation>为所选警情填写现场处结备案单，或打开已有的备案单</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import alerts from a CSV file</source>
        <translation>从 CSV 文件导入警情</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部民警</translation>
    </message>
    <message>
        <source>Search summary, location or caller (Ctrl+F)</source>
        <translation>搜索简要警情、地点或报警人（Ctrl+F）</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>警情：%1 条</translation>
    </message>
    <message>
        <source>Alerts: more than %1</source>
        <translation>警情：超过 %1 条</translation>
    </message>
    <message>
        <source>Cannot read the alerts</source>
        <translation>无法读取警情</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Your role may view alerts but not register or change them.</source>
        <translation>您的角色可以查看警情，但不能登记或修改。</translation>
    </message>
    <message>
        <source>Cannot open the alert</source>
        <translation>无法打开警情</translation>
    </message>
    <message>
        <source>Show &amp;all alerts</source>
        <translation>显示全部警情(&amp;A)</translation>
    </message>
    <message>
        <source>Alerts of the figure: %1</source>
        <translation>统计图表中的警情：%1</translation>
    </message>
</context>
<context>
    <name>sd::Application</name>
    <message>
        <source>There is no database at %1. Create it first with: stationctl --database %1 init</source>
        <translation>%1 处没有数据库。请先用以下命令创建：stationctl --database %1 init</translation>
    </message>
    <message>
        <source>%1 is not initialised. Create it first with: stationctl --database %1 init</source>
        <translation>%1 尚未初始化。请先用以下命令创建：stationctl --database %1 init</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
</context>
<context>
    <name>sd::ArgumentParser</name>
    <message>
        <source>unknown option &quot;%1&quot; for %2; see %2 --help</source>
        <translation>%2 不支持选项“%1”；请参阅 %2 --help</translation>
    </message>
    <message>
        <source>option %1 is given twice</source>
        <translation>选项 %1 重复给出</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不接受参数值</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要参数值</translation>
    </message>
</context>
<context>
    <name>sd::AssessCommand</name>
    <message>
        <source>Assessment schemes, rankings and streaks</source>
        <translation>考核方案、排名与连续记录</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Assesses</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Excellent ≥</source>
        <translation>优秀 ≥</translation>
    </message>
    <message>
        <source>Good ≥</source>
        <translation>良好 ≥</translation>
    </message>
    <message>
        <source>Pass ≥</source>
        <translation>合格 ≥</translation>
    </message>
    <message>
        <source>stationctl assess ranking needs --scheme CODE and --period (2026-07, 2026-Q3 or 2026)</source>
        <translation>stationctl assess ranking 需要 --scheme CODE 和 --period（2026-07、2026-Q3 或 2026）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分项数</translation>
    </message>
    <message>
        <source>stationctl assess streaks needs --scheme CODE</source>
        <translation>stationctl assess streaks 需要 --scheme CODE</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Zero deductions</source>
        <translation>零扣分</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>仍在延续</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>连续记录</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] assess schemes [--format F]
       stationctl [--database URL] assess ranking --scheme CODE --period P [--format F]
       stationctl [--database URL] assess streaks --scheme CODE [--format F]

schemes   lists the assessment schemes (keys code, name, subject_kind,
          period_kind, base_score, excellent_min, good_min, pass_min)
ranking   ranks the approved score sheets of a scheme for one period,
          best first; drafts and sheets under review are not ranked (keys
          rank, subject, score, grade, status, deductions). P is a month
          (2026-07), a quarter (2026-Q3) or a year (2026), as the scheme
          is assessed
streaks   each subject&apos;s longest run of excellent periods and of periods
          without deductions, from approved sheets (keys subject, kind,
          length, from, to, current, text)

Options:
  --format table|csv|json  output format (default: table)
</source>
        <translation>用法：stationctl [--database URL] assess schemes [--format F]
      stationctl [--database URL] assess ranking --scheme CODE --period P [--format F]
      stationctl [--database URL] assess streaks --scheme CODE [--format F]

schemes   列出考核方案（键 code、name、subject_kind、period_kind、
          base_score、excellent_min、good_min、pass_min）
ranking   按得分从高到低列出某方案某一考核期审核通过的考核表，草稿和待审核的
          考核表不参与排名（键 rank、subject、score、grade、status、deductions）。P 按方案的
          考核周期写作月份（2026-07）、季度（2026-Q3）或年度（2026）
streaks   根据已审核的考核表，列出各对象连续优秀和连续零扣分的最长记录
          （键 subject、kind、length、from、to、current、text）

选项：
  --format table|csv|json  输出格式（默认 table）
</translation>
    </message>
</context>
<context>
    <name>sd::Assessment</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>On-scene record</source>
        <translation>现场处结备案单</translation>
    </message>
    <message>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
</context>
<context>
    <name>sd::AssessmentAnalytics</name>
    <message numerus="yes">
        <source>%n consecutive months excellent</source>
        <translation>
            <numerusform>连续%n个月优秀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive quarters excellent</source>
        <translation>
            <numerusform>连续%n个季度优秀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive years excellent</source>
        <translation>
            <numerusform>连续%n年优秀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive months with zero deductions</source>
        <translation>
            <numerusform>连续%n个月零扣分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive quarters with zero deductions</source>
        <translation>
            <numerusform>连续%n个季度零扣分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive years with zero deductions</source>
        <translation>
            <numerusform>连续%n年零扣分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::AssessmentPage</name>
    <message>
        <source>&amp;Review desk</source>
        <translation>审核台(&amp;R)</translation>
    </message>
    <message>
        <source>Ran&amp;king</source>
        <translation>排名(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Trend and streaks</source>
        <translation>趋势与连续记录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Honours and history</source>
        <translation>荣誉与所史(&amp;H)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
</context>
<context>
    <name>sd::AssessmentPeriod</name>
    <message>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write a month as 2026-07, a quarter as 2026-Q3 or a year as 2026.</source>
        <translation>“%1”不是考核期：月份写作 2026-07，季度写作 2026-Q3，年度写作 2026。</translation>
    </message>
    <message>
        <source>The year %1 in &quot;%2&quot; is out of range (%3–%4).</source>
        <translation>“%2”中的年份 %1 超出范围（%3–%4）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: months run from 01 to 12.</source>
        <translation>“%1”不是有效月份：月份为 01 至 12。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter: quarters run from Q1 to Q4.</source>
        <translation>“%1”不是有效季度：季度为 Q1 至 Q4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 period; write it like %3.</source>
        <translation>“%1”不是%2考核期，请按 %3 的格式填写。</translation>
    </message>
</context>
<context>
    <name>sd::AssessmentRepository</name>
    <message>
        <source>No assessment scheme with id %1</source>
        <translation>没有编号为 %1 的考核方案</translation>
    </message>
    <message>
        <source>Assessment scheme %1</source>
        <translation>考核方案 %1</translation>
    </message>
    <message>
        <source>No score sheet with id %1</source>
        <translation>没有编号为 %1 的考核表</translation>
    </message>
    <message>
        <source>Score sheet %1 %2 for %3</source>
        <translation>%3 的考核表 %1 %2</translation>
    </message>
</context>
<context>
    <name>sd::AssessmentRules</name>
    <message>
        <source>The grade thresholds must be strictly descending: excellent (%1) above good (%2) above pass (%3).</source>
        <translation>等次分数线必须严格递减：优秀（%1）高于良好（%2）高于合格（%3）。</translation>
    </message>
    <message>
        <source>The pass threshold (%1) cannot be below zero.</source>
        <translation>合格分数线（%1）不能低于零。</translation>
    </message>
    <message>
        <source>The excellent threshold (%1) is above the base score (%2), so a sheet without bonuses could never be excellent.</source>
        <translation>优秀分数线（%1）高于基础分（%2），没有加分的考核表将永远无法评为优秀。</translation>
    </message>
    <message>
        <source>Entry %1 names an item that is not in scheme %2.</source>
        <translation>第 %1 条所用的项目不属于考核方案 %2。</translation>
    </message>
    <message>
        <source>Entry %1: %2 points is outside the range of item %3 (%4).</source>
        <translation>第 %1 条：%2 分超出项目 %3 的分值范围（%4）。</translation>
    </message>
    <message>
        <source>Entry %1 (item %2) needs a reason.</source>
        <translation>第 %1 条（项目 %2）须填写理由。</translation>
    </message>
    <message>
        <source>Entry %1: a linked record needs both its kind and its number.</source>
        <translation>第 %1 条：关联记录须同时填写类型和编号。</translation>
    </message>
    <message>
        <source>Item %1 allows at most %2 points per period; this sheet has %3.</source>
        <translation>项目 %1 每期最多 %2 分，本表已达 %3 分。</translation>
    </message>
    <message>
        <source>The deductions bring the total to %1; a sheet cannot go below zero.</source>
        <translation>扣分后总分为 %1，考核表总分不能低于零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 number (like %3).</source>
        <translation>“%1”不是有效的%2编号（例如 %3）。</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
</context>
<context>
    <name>sd::AssessmentService</name>
    <message>
        <source>There is no assessment scheme with the code %1.</source>
        <translation>没有代码为 %1 的考核方案。</translation>
    </message>
    <message>
        <source>The scheme code &quot;%1&quot; must be 1 to 20 letters, digits, dashes or underscores.</source>
        <translation>方案代码“%1”须为 1 至 20 个字母、数字、连字符或下划线。</translation>
    </message>
    <message>
        <source>Enter the scheme&apos;s name.</source>
        <translation>请填写方案名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The base score must be between 1 and %1.</source>
        <translation>基础分须在 1 至 %1 之间。</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; must be 1 to 20 letters, digits, dashes or underscores.</source>
        <translation>项目代码“%1”须为 1 至 20 个字母、数字、连字符或下划线。</translation>
    </message>
    <message>
        <source>The item code %1 appears twice.</source>
        <translation>项目代码 %1 重复出现。</translation>
    </message>
    <message>
        <source>Item %1 needs a description (at most %2 characters).</source>
        <translation>项目 %1 须填写说明（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>Item %1: the points must be a deduction (below zero) or a bonus (above zero), at most %2 either way.</source>
        <translation>项目 %1：分值须为扣分（小于零）或加分（大于零），绝对值不超过 %2。</translation>
    </message>
    <message>
        <source>Item %1: the maximum per period must be between %2 and %3.</source>
        <translation>项目 %1：每期上限须在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>There is already a scheme with the code %1.</source>
        <translation>已有代码为 %1 的考核方案。</translation>
    </message>
    <message>
        <source>Scheme %1 already has score sheets, so what it assesses and how often can no longer change.</source>
        <translation>考核方案 %1 已有考核表，考核对象和考核周期不能再更改。</translation>
    </message>
    <message>
        <source>Item %1 does not belong to scheme %2.</source>
        <translation>项目 %1 不属于考核方案 %2。</translation>
    </message>
    <message>
        <source>Item %1 cannot be removed from the catalogue; sheets may refer to it.</source>
        <translation>项目 %1 不能从目录中删除，考核表可能引用了它。</translation>
    </message>
    <message>
        <source>With a base score of %1 the sheet %2 would fall below zero.</source>
        <translation>基础分为 %1 时，考核表 %2 的总分将低于零。</translation>
    </message>
    <message>
        <source>Scheme %1 assesses each %2, not each %3.</source>
        <translation>考核方案 %1 的考核对象是%2，不是%3。</translation>
    </message>
    <message>
        <source>Choose the unit the sheet assesses.</source>
        <translation>请选择被考核的单位。</translation>
    </message>
    <message>
        <source>Choose the person the sheet assesses.</source>
        <translation>请选择被考核的人员。</translation>
    </message>
    <message>
        <source>Sheet %1 has been submitted for review; it can be changed again only if the reviewer returns it.</source>
        <translation>考核表 %1 已提交审核，只有审核人退回后才能再修改。</translation>
    </message>
    <message>
        <source>Sheet %1 was approved on %2 and is sealed; it can no longer be changed.</source>
        <translation>考核表 %1 已于 %2 审核通过并封存，不能再修改。</translation>
    </message>
    <message>
        <source>Choose the assessment scheme.</source>
        <translation>请选择考核方案。</translation>
    </message>
    <message>
        <source>There is already a %1 sheet for %2 for %3.</source>
        <translation>%2 在 %3 已有一份 %1 考核表。</translation>
    </message>
    <message>
        <source>There is already a %1 sheet for this subject for %2.</source>
        <translation>该对象在 %2 已有一份 %1 考核表。</translation>
    </message>
    <message>
        <source>Sheet %1 is %2; only a submitted sheet can be approved.</source>
        <translation>考核表 %1 的状态为“%2”，只有已提交的考核表才能审核通过。</translation>
    </message>
    <message>
        <source>You drafted sheet %1, so someone else must approve it.</source>
        <translation>考核表 %1 由您起草，须由他人审核。</translation>
    </message>
    <message>
        <source>Say why the sheet is returned, so it can be corrected.</source>
        <translation>请说明退回原因，以便更正。</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>意见超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Sheet %1 is %2; only a submitted sheet can be returned.</source>
        <translation>考核表 %1 的状态为“%2”，只有已提交的考核表才能退回。</translation>
    </message>
    <message>
        <source>Sheet %1 records %2 points, but its entries add up to %3.</source>
        <translation>考核表 %1 记录的总分为 %2，但各条目合计为 %3。</translation>
    </message>
    <message>
        <source>Sheet %1 no longer matches the content that was approved.</source>
        <translation>考核表 %1 与审核通过时的内容不一致。</translation>
    </message>
    <message>
        <source>Entry %1: there is no %2 numbered %3.</source>
        <translation>第 %1 条：没有编号为 %3 的%2。</translation>
    </message>
</context>
<context>
    <name>sd::Asset</name>
    <message>
        <source>Equipment</source>
        <translation>装备</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>信息化设备</translation>
    </message>
    <message>
        <source>Room or area</source>
        <translation>房间或功能区</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>绿植</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>家具</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件资料</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已报废</translation>
    </message>
</context>
<context>
    <name>sd::AssetCsv</name>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-03-15 (or leave it empty)</source>
        <translation>“%1”不是形如 2026-03-15 的日期（也可留空）</translation>
    </message>
    <message>
        <source>every item needs an owner: a badge number or a unit name</source>
        <translation>每一项都需要责任人：警号或单位名称</translation>
    </message>
</context>
<context>
    <name>sd::AssetDialog</name>
    <message>
        <source>Register item</source>
        <translation>登记物品</translation>
    </message>
    <message>
        <source>Edit item: %1 %2</source>
        <translation>编辑物品：%1 %2</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>保存时自动生成</translation>
    </message>
    <message>
        <source>&amp;Tag code:</source>
        <translation>标签编码(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>(not in a registered room)</source>
        <translation>（不在已登记的房间内）</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>or describe the place, e.g. station car park</source>
        <translation>或描述位置，如：所内停车场</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation>购置日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Next &amp;check:</source>
        <translation>下次检查(&amp;C)：</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sd::AssetExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>sd::AssetImporter</name>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>no room or area has tag %1</source>
        <translation>没有标签为 %1 的房间或功能区</translation>
    </message>
    <message numerus="yes">
        <source>%n rooms or areas are named &quot;%1&quot;; give the tag instead</source>
        <translation>
            <numerusform>有 %n 个房间或功能区名为“%1”；请改填标签编码</numerusform>
        </translation>
    </message>
    <message>
        <source>tag %1 is already on line %2 of this file</source>
        <translation>标签 %1 已出现在本文件第 %2 行</translation>
    </message>
    <message>
        <source>%1 (%2) already exists (use --update to change it)</source>
        <translation>%1（%2）已存在（如需修改请使用 --update）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are located in %1; it stays a room or area</source>
        <translation>
            <numerusform>有 %n 项物品位于 %1；它必须仍是房间或功能区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::AssetRepository</name>
    <message>
        <source>No asset with id %1</source>
        <translation>没有编号为 %1 的物品</translation>
    </message>
    <message>
        <source>Asset %1 (%2)</source>
        <translation>物品 %1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::AssetTableModel</name>
    <message>
        <source>Orphaned: nobody answers for this item</source>
        <translation>无人负责：没有人对此项负责</translation>
    </message>
    <message>
        <source>The check is overdue</source>
        <translation>检查已逾期</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>下次检查</translation>
    </message>
</context>
<context>
    <name>sd::AssetsPanel</name>
    <message>
        <source>Check &amp;overdue</source>
        <translation>检查逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Orphaned</source>
        <translation>无人负责(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Register item…</source>
        <translation>登记物品(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Labels (PDF)…</source>
        <translation>标签（PDF）(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Stocktake…</source>
        <translation>盘点(&amp;S)…</translation>
    </message>
    <message>
        <source>Search tag, name, location or notes</source>
        <translation>搜索标签、名称、位置或备注</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>物品台账</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>责任标签.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>none — orphaned</source>
        <translation>无 — 无人负责</translation>
    </message>
</context>
<context>
    <name>sd::AuditCommand</name>
    <message>
        <source>Verify the tamper-evident audit log, print its head, list its rows</source>
        <translation>校验防篡改审计日志、输出其头部、列出其记录</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] audit &lt;subcommand&gt; [options]

Subcommands:
  verify [--head SEQ:HASH]
        checks every row of the log against its hash and its predecessor.
        Exit 0 and &quot;audit log intact: N rows&quot; when nothing was changed; exit 1
        naming the first bad row otherwise. With --head (a value printed
        earlier by &quot;audit head&quot;) it also proves no row was cut off the end.
  head
        prints the last row as SEQ:HASH. Keep it somewhere the database&apos;s
        users cannot write (on paper, in another system) and give it to
        &quot;audit verify --head&quot; later.
  list [options]
        lists rows in order, oldest first.
        --from DATE|DATETIME  rows at or after this time
        --to DATE|DATETIME    rows before this time; a date includes that day
        --user TEXT           rows whose account contains TEXT
        --action ACTION       one action (&quot;login&quot;), or all starting with a
                              prefix ending in a dot (&quot;account.&quot;)
        --limit N             only the newest N matching rows
        --format table|csv|json  CSV and JSON use the keys seq, at,
                              workstation, account, role, action,
                              object_type, object_id, outcome, details

Dates are YYYY-MM-DD, times YYYY-MM-DDTHH:MM[:SS], in local time unless
they end in Z or +HH:MM. &quot;at&quot; is printed in local time with its offset.
</source>
        <translation>用法：stationctl [--database URL] audit &lt;子命令&gt; [选项]

子命令：
  verify [--head SEQ:HASH]
        逐行核对日志的哈希值及其与前一行的衔接。
        未被改动时退出码为 0 并输出“audit log intact: N rows”；否则退出码为 1，
        并指出第一处异常的行。给出 --head（先前由“audit head”输出的值）时，
        还能证明末尾没有记录被截去。
  head
        以 SEQ:HASH 格式输出最后一行。请将其保存在数据库用户无法写入的地方
        （纸面或其他系统），日后交给“audit verify --head”核对。
  list [选项]
        按时间顺序列出记录，最早的在前。
        --from DATE|DATETIME  此时间及之后的记录
        --to DATE|DATETIME    此时间之前的记录；给出日期时包含当天
        --user TEXT           账户包含 TEXT 的记录
        --action ACTION       某一操作（&quot;login&quot;），或以点结尾的前缀开头的
                              所有操作（&quot;account.&quot;）
        --limit N             只列出符合条件的最新 N 条
        --format table|csv|json  CSV 和 JSON 使用以下键：seq, at,
                              workstation, account, role, action,
                              object_type, object_id, outcome, details

日期格式为 YYYY-MM-DD，时间格式为 YYYY-MM-DDTHH:MM[:SS]，除非以 Z 或
+HH:MM 结尾，否则按本地时间理解。“at”以本地时间输出并带时区偏移。
</translation>
    </message>
    <message>
        <source>malformed --head &quot;%1&quot;; expected SEQ:HASH as printed by stationctl audit head (a row number, a colon and 64 hexadecimal digits)</source>
        <translation>--head 的值“%1”格式有误；应为 stationctl audit head 输出的 SEQ:HASH（行号、冒号和 64 位十六进制数字）</translation>
    </message>
    <message>
        <source>checked %1 of %2 rows…</source>
        <translation>已核对 %1 / %2 行…</translation>
    </message>
    <message>
        <source>audit log damaged at row %1: %2</source>
        <translation>审计日志在第 %1 行损坏：%2</translation>
    </message>
    <message>
        <source>audit log intact: %1 rows, and row %2 still matches the head recorded earlier
</source>
        <translation>审计日志完好：共 %1 行，且第 %2 行仍与先前记录的头部一致
</translation>
    </message>
    <message>
        <source>audit log intact: %1 rows
</source>
        <translation>审计日志完好：共 %1 行
</translation>
    </message>
    <message>
        <source>the audit log is empty: there is no head to record yet</source>
        <translation>审计日志为空：尚无可记录的头部</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from 必须早于 --to</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for --limit; use a positive number</source>
        <translation>--limit 的值“%1”无效；请使用正整数</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>对象 ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>sd::AuditLog</name>
    <message>
        <source>The audit log&apos;s head row is missing</source>
        <translation>审计日志的头部记录缺失</translation>
    </message>
    <message>
        <source>The change was not saved because it could not be recorded in the audit log: %1</source>
        <translation>无法写入审计日志，修改未保存：%1</translation>
    </message>
    <message>
        <source>Row %1 is missing: the log jumps from %2 to %3 (a row was deleted).</source>
        <translation>第 %1 行缺失：日志从 %2 跳到 %3（有记录被删除）。</translation>
    </message>
    <message>
        <source>Row %1 is out of order.</source>
        <translation>第 %1 行顺序错乱。</translation>
    </message>
    <message>
        <source>Row %1 was edited: its content no longer matches its hash.</source>
        <translation>第 %1 行被修改过：内容与其哈希值不符。</translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: rows were replaced or reordered.</source>
        <translation>第 %1 行未接续第 %2 行：记录被替换或重排。</translation>
    </message>
    <message>
        <source>The log ends at row %1, but row %2 was recorded earlier as its head: rows were cut off the end.</source>
        <translation>日志止于第 %1 行，但此前记录的头部为第 %2 行：末尾记录被截去。</translation>
    </message>
    <message>
        <source>Row %1 differs from the head recorded earlier.</source>
        <translation>第 %1 行与此前记录的头部不一致。</translation>
    </message>
    <message>
        <source>The log ends at row %1, but %2 rows were written: rows were cut off the end.</source>
        <translation>日志止于第 %1 行，但共写入过 %2 行：末尾记录被截去。</translation>
    </message>
    <message>
        <source>Row %1 was not written by StationDesk: the log&apos;s head is row %2.</source>
        <translation>第 %1 行并非由本系统写入：日志头部为第 %2 行。</translation>
    </message>
    <message>
        <source>Row %1 is not the row last written.</source>
        <translation>第 %1 行不是最后写入的记录。</translation>
    </message>
</context>
<context>
    <name>sd::AuditPanel</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>name or badge no.</source>
        <translation>姓名或警号</translation>
    </message>
    <message>
        <source>e.g. login, or person. for all person actions</source>
        <translation>如 login，或 person. 表示所有人员操作</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check the chain is unbroken</source>
        <translation>重新计算每一行的哈希值，检查哈希链是否完整</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <source>Cannot read the audit log</source>
        <translation>无法读取审计日志</translation>
    </message>
    <message>
        <source>Checking the audit log&apos;s hash chain…</source>
        <translation>正在校验审计日志的哈希链…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>校验未完成。</translation>
    </message>
    <message>
        <source>Could not check the chain: %1</source>
        <translation>无法校验哈希链：%1</translation>
    </message>
    <message>
        <source>Chain intact: %1 rows checked.</source>
        <translation>哈希链完整：已校验 %1 行。</translation>
    </message>
    <message>
        <source>Chain broken at row %1: %2</source>
        <translation>哈希链在第 %1 行断开：%2</translation>
    </message>
    <message>
        <source>The audit log was altered</source>
        <translation>审计日志已被篡改</translation>
    </message>
    <message>
        <source>%1

Rows checked before the problem: %2.</source>
        <translation>%1

发现问题前已校验 %2 行。</translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation>操作(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>sd::AuditSeeder</name>
    <message>
        <source>The number of audit rows to seed must be positive.</source>
        <translation>要生成的审计日志行数必须为正数。</translation>
    </message>
</context>
<context>
    <name>sd::AuditTableModel</name>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>sd::BoardPanel</name>
    <message>
        <source>&amp;Hand over responsibilities…</source>
        <translation>移交责任(&amp;H)…</translation>
    </message>
    <message>
        <source>Accountability board</source>
        <translation>责任看板</translation>
    </message>
    <message>
        <source>Orphaned items: %1</source>
        <translation>无人负责事项：%1</translation>
    </message>
    <message>
        <source>Overdue tasks: %1    Overdue checks: %2</source>
        <translation>逾期任务：%1    逾期检查：%2</translation>
    </message>
    <message>
        <source>All kinds, and tasks</source>
        <translation>所有类别及任务</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有单位</translation>
    </message>
</context>
<context>
    <name>sd::ChangeChart</name>
    <message>
        <source>Click a bar, or choose one with the arrow keys and press Enter, to list its alerts. Ctrl+S saves the chart as an image.</source>
        <translation>单击柱条，或用方向键选中后按回车，即可列出其警情。Ctrl+S 将图表保存为图片。</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>将图表保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save chart as PNG: %1</source>
        <translation>将图表保存为 PNG：%1</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
</context>
<context>
    <name>sd::ChangeFeed</name>
    <message>
        <source>This database cannot tell the desk about changes made at other desks (the %1 driver has no notifications): lists show other desks&apos; work only when opened again.</source>
        <translation>此数据库无法向本工作台通知其他工作台所做的更改（%1 驱动不支持通知）：列表只有重新打开时才会显示其他工作台的工作。</translation>
    </message>
    <message>
        <source>Could not listen for changes made at other desks: %1. Lists show other desks&apos; work only when opened again.</source>
        <translation>无法监听其他工作台所做的更改：%1。列表只有重新打开时才会显示其他工作台的工作。</translation>
    </message>
</context>
<context>
    <name>sd::ChangeTableModel</name>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>显著性</translation>
    </message>
    <message>
        <source>As wanted</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>%1: Enter or double-click lists these alerts</source>
        <translation>%1：按回车或双击列出这些警情</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ 是</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ 否</translation>
    </message>
</context>
<context>
    <name>sd::ChecklistRepository</name>
    <message>
        <source>No checklist step with id %1</source>
        <translation>没有 ID 为 %1 的核查步骤</translation>
    </message>
</context>
<context>
    <name>sd::CloseCommand</name>
    <message numerus="yes">
        <source>%n closed month(s) no longer match their seal</source>
        <translation>
            <numerusform>%n 个已月结月份与其封存不再一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] close month YYYY-MM --reason TEXT
       stationctl [--database URL] close list [--format table|csv|json]
       stationctl [--database URL] close reopen YYYY-MM --reason TEXT
       stationctl [--database URL] close amend YYYY-MM NUMBER --reason TEXT
       stationctl [--database URL] close verify

month   closes a month that has ended (in the station&apos;s time zone) and has no
        open alert without a handling officer and no record without an
        officer; its figures are sealed with the audit head. From then on no
        alert, on-scene record or mediation case dated in it can be added or
        changed, by the desk, the command line or an import
list    the closes; CSV and JSON use the keys period, closed_at, closed_by,
        status
reopen  reopens a closed month
amend   lets the one alert or mediation case NUMBER of a closed month be
        edited until the end of today; the next month&apos;s report lists it
verify  re-checks every closed month&apos;s seal, and exits 1 naming each month
        whose figures no longer match
</source>
        <translation>用法：stationctl [--database URL] close month YYYY-MM --reason TEXT
      stationctl [--database URL] close list [--format table|csv|json]
      stationctl [--database URL] close reopen YYYY-MM --reason TEXT
      stationctl [--database URL] close amend YYYY-MM NUMBER --reason TEXT
      stationctl [--database URL] close verify

month   月结一个已结束的月份（按本所时区），该月须没有无处警民警的未结警情，
        也没有无民警的备案单；其数据与审计链头一同封存。此后，无论通过
        窗口、命令行还是导入，都不能再新增或修改日期在该月内的警情、
        现场处结备案单或调解案件
list    列出各次月结；CSV 和 JSON 使用键 period、closed_at、closed_by、
        status
reopen  重新打开一个已月结的月份
amend   允许在今天结束前修改已月结月份中编号为 NUMBER 的一条警情或调解
        案件；下月的报表会列出该修订
verify  重新核对每个已月结月份的封存，凡数据不再一致的月份逐一列出，
        并以 1 退出
</translation>
    </message>
    <message>
        <source>%1 closed; seal %2</source>
        <translation>%1 已月结；封存 %2</translation>
    </message>
    <message>
        <source>%1 of %2 may be edited until %3</source>
        <translation>%2 中的 %1 可修改至 %3</translation>
    </message>
    <message>
        <source>%1 reopened</source>
        <translation>%1 已重新打开</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Close a month and seal its figures, reopen or amend it</source>
        <translation>月结并封存数据，或重新打开、修订</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已月结</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>月结人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>every closed month matches its seal</source>
        <translation>每个已月结月份都与其封存一致</translation>
    </message>
    <message>
        <source>give exactly one month, as YYYY-MM</source>
        <translation>只能给出一个月份，格式为 YYYY-MM</translation>
    </message>
    <message>
        <source>give the month (YYYY-MM) and the number of the alert or mediation case</source>
        <translation>请给出月份（YYYY-MM）以及警情或调解案件的编号</translation>
    </message>
    <message>
        <source>give the reason with --reason TEXT</source>
        <translation>请用 --reason TEXT 给出原因</translation>
    </message>
</context>
<context>
    <name>sd::ClosedPeriods</name>
    <message>
        <source>%1 is closed: %2 cannot be changed without an amendment approved by the chief.</source>
        <translation>%1 已月结：未经所长批准修订，不能修改 %2。</translation>
    </message>
    <message>
        <source>%1 is closed: nothing dated in it can be added.</source>
        <translation>%1 已月结：不能再新增日期在该月内的内容。</translation>
    </message>
</context>
<context>
    <name>sd::Command</name>
    <message>
        <source>missing subcommand for stationctl %1; use: %2</source>
        <translation>stationctl %1 缺少子命令；请使用：%2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for %2; see %2 --help</source>
        <translation>%2 不接受参数“%1”；请参阅 %2 --help</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; for stationctl %2; use: %3</source>
        <translation>stationctl %2 的子命令“%1”未知；请使用：%3</translation>
    </message>
</context>
<context>
    <name>sd::ConflictPrompt</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1

Load the latest version? What you entered in this form will be replaced.</source>
        <translation>%1

是否载入最新版本？您在此表单中填写的内容将被替换。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>无法重新载入</translation>
    </message>
</context>
<context>
    <name>sd::CsvImportFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>1:1: the header must be exactly %1</source>
        <translation>1:1：表头必须正好是 %1</translation>
    </message>
</context>
<context>
    <name>sd::CsvImportRun</name>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实有 %2 个</translation>
    </message>
</context>
<context>
    <name>sd::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>引号内的字段没有闭合</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030; save the file as &quot;CSV UTF-8&quot;</source>
        <translation>文本既不是 UTF-8 也不是 GB18030 编码；请将文件另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>the file holds a NUL (zero) byte, which is not text; if it is UTF-16 or a spreadsheet file, save it as &quot;CSV UTF-8&quot;</source>
        <translation>文件含有 NUL（零）字节，不是文本；如果它是 UTF-16 或电子表格文件，请另存为“CSV UTF-8”</translation>
    </message>
</context>
<context>
    <name>sd::CsvRejects</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sd::DashboardFigures</name>
    <message numerus="yes">
        <source>%1, last %n days</source>
        <translation>
            <numerusform>%1（近 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>No area</source>
        <translation>无社区</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>全部警情</translation>
    </message>
    <message>
        <source>Preventable alerts</source>
        <translation>可防性警情</translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <source>&quot;%1&quot; is not a file</source>
        <translation>“%1”不是文件</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the database</source>
        <translation>无法为数据库创建文件夹“%1”</translation>
    </message>
    <message>
        <source>The Qt %1 driver (%2) is not installed</source>
        <translation>未安装 Qt %1 驱动（%2）</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be used as a StationDesk database: %2</source>
        <translation>%1 不能用作本系统数据库：%2</translation>
    </message>
</context>
<context>
    <name>sd::DatabaseUrl</name>
    <message>
        <source>Invalid PostgreSQL URL &quot;%1&quot;: %2</source>
        <translation>PostgreSQL 地址“%1”无效：%2</translation>
    </message>
    <message>
        <source>PostgreSQL URL &quot;%1&quot; must name one database, as in postgresql://host/dbname</source>
        <translation>PostgreSQL 地址“%1”必须指定一个数据库，例如 postgresql://host/dbname</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL URL parameter &quot;%1&quot;; known: %2</source>
        <translation>未知的 PostgreSQL 地址参数“%1”；可用参数：%2</translation>
    </message>
    <message>
        <source>The database location is empty</source>
        <translation>未指定数据库位置</translation>
    </message>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use a SQLite file path or postgresql://…</source>
        <translation>不支持的数据库地址“%1”：请使用 SQLite 文件路径或 postgresql://…</translation>
    </message>
    <message>
        <source>the password holds a character that must be percent-encoded</source>
        <translation>密码中含有必须进行百分号编码的字符</translation>
    </message>
    <message>
        <source>The database location holds a control character (U+%1) at character %2; a file path or URL cannot contain one</source>
        <translation>数据库位置的第 %2 个字符是控制字符（U+%1）；文件路径或地址中不能含有控制字符</translation>
    </message>
    <message>
        <source>The database location &quot;%1&quot; names no file; write sqlite:/path/to/station.sqlite or just the path</source>
        <translation>数据库位置“%1”未指定文件；请写成 sqlite:/path/to/station.sqlite，或直接写路径</translation>
    </message>
    <message>
        <source>--database needs a SQLite file path or a postgresql:// URL; leave the option out to use $STATIONDESK_DATABASE or the default</source>
        <translation>--database 需要 SQLite 文件路径或 postgresql:// 地址；若要使用 $STATIONDESK_DATABASE 或默认值，请省略此选项</translation>
    </message>
    <message>
        <source>STATIONDESK_DATABASE is set but empty; set it to a SQLite file path or a postgresql:// URL, or unset it to use %1</source>
        <translation>已设置 STATIONDESK_DATABASE 但其值为空；请将其设为 SQLite 文件路径或 postgresql:// 地址，或取消设置以使用 %1</translation>
    </message>
</context>
<context>
    <name>sd::DemoCommand</name>
    <message>
        <source>Fill an empty database with a fictional demo station</source>
        <translation>向空数据库填入一个虚构的演示派出所</translation>
    </message>
    <message>
        <source>Added the demo station %1: %2 people, %3 units, %4 community areas.
</source>
        <translation>已添加演示派出所 %1：%2 名人员，%3 个单位，%4 个社区。
</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] demo

Adds a fictional station to an empty database (creating it if needed): its
people, leadership, party groups, squads, the ambush action team and the
community police offices with their areas, and one login for each role
(officer, squad_leader, instructor, chief, admin), printed at the end with its
published demo password. The data is the same on every run.
Refuses a database that already has people.
</source>
        <translation>用法：stationctl [--database URL] demo

向空数据库（必要时先创建）添加一个虚构的派出所：人员、所领导、党小组、
探组、伏击行动组，以及各警务室及其负责的社区；并为每个角色
（officer, squad_leader, instructor, chief, admin）各建一个登录账户，
最后输出账户及公开的演示密码。每次运行生成的数据相同。
数据库中已有人员时拒绝执行。
</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>
Demo logins, one per role:
</source>
        <translation>
演示登录账户（每个角色一个）：
</translation>
    </message>
</context>
<context>
    <name>sd::DemoFrontDesk</name>
    <message>
        <source>The demo officers are missing.</source>
        <translation>缺少演示民警。</translation>
    </message>
    <message>
        <source>The demo officer&apos;s account is missing.</source>
        <translation>缺少演示民警的账号。</translation>
    </message>
    <message>
        <source>The demo&apos;s community area %1 is missing.</source>
        <translation>缺少演示社区 %1。</translation>
    </message>
</context>
<context>
    <name>sd::DemoMediation</name>
    <message>
        <source>The demo has no open dispute alert to refer to mediation.</source>
        <translation>演示数据中没有可转调解的未结纠纷警情。</translation>
    </message>
    <message>
        <source>The demo mediator&apos;s account is missing.</source>
        <translation>缺少演示调解员的账号。</translation>
    </message>
    <message>
        <source>The demo&apos;s officers or community areas are missing.</source>
        <translation>缺少演示数据中的民警或社区。</translation>
    </message>
    <message>
        <source>The demo&apos;s station leader is missing.</source>
        <translation>缺少演示数据中的所领导。</translation>
    </message>
</context>
<context>
    <name>sd::DemoStation</name>
    <message>
        <source>The demo station could not be built (step &quot;%1&quot;): %2</source>
        <translation>无法建立演示派出所（步骤“%1”）：%2</translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n people; the demo station is only added to an empty database.</source>
        <translation>
            <numerusform>数据库中已有 %n 名人员；演示派出所只能添加到空数据库中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::Dialect</name>
    <message>
        <source>Could not configure the database connection (%1): %2</source>
        <translation>无法配置数据库连接（%1）：%2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; for the database does not exist or cannot be read</source>
        <translation>数据库所在文件夹“%1”不存在或无法读取</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a network filesystem, where SQLite cannot lock safely. Keep the file on a local disk, or use a shared PostgreSQL server for several desks.</source>
        <translation>“%1”位于网络文件系统上，SQLite 无法安全加锁。请将文件放在本地磁盘，多台终端共用时请使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable StationDesk database: %2</source>
        <translation>“%1”不是可读取的本系统数据库：%2</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is damaged: %2</source>
        <translation>数据库文件“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; before upgrading it: %2</source>
        <translation>升级前无法备份“%1”：%2</translation>
    </message>
</context>
<context>
    <name>sd::DutyCommand</name>
    <message>
        <source>Usage: stationctl [--database URL] duty pattern [TEXT]
       stationctl [--database URL] duty roster list [--from DATE] [--to DATE]
                  [--format table|csv|json]
       stationctl [--database URL] duty roster set DATE SHIFT --leader BADGE
                  [--officer BADGE]... [--auxiliary BADGE]...
       stationctl [--database URL] duty roster copy MONDAY MONDAY [--replace]
       stationctl [--database URL] duty roster swap DATE SHIFT OUT IN --reason TEXT
       stationctl [--database URL] duty roster exchange DATE SHIFT BADGE
                  DATE SHIFT BADGE --reason TEXT
       stationctl [--database URL] duty roster next BADGE [--count N]
                  [--format table|csv|json]

pattern   prints the shift pattern, or sets it to TEXT, e.g. duty=08:30+24:00
          (one 24-hour duty from 08:30) or day=08:30+12:00,night=20:30+12:00;
          the shifts must cover the 24 hours. Shifts planned before keep their
          times
list      the shifts dated from..to (both included; today and the 13 days after
          unless given); CSV and JSON use the keys date, shift, starts_at,
          ends_at, leader, officers, auxiliaries, row_version
set       plans the shift SHIFT of DATE with its duty leader, officers and
          auxiliaries (badge numbers), or replaces the crew of a planned one
copy      copies the week starting on the first MONDAY onto the week starting
          on the second; refused where a target shift is planned, unless
          --replace
swap      IN takes OUT&apos;s place on the shift, with the reason
exchange  the two people change places between the two shifts
next      the person&apos;s next shifts that have not ended (5 unless --count)
</source>
        <translation>用法：stationctl [--database URL] duty pattern [TEXT]
      stationctl [--database URL] duty roster list [--from DATE] [--to DATE]
                 [--format table|csv|json]
      stationctl [--database URL] duty roster set DATE SHIFT --leader BADGE
                 [--officer BADGE]... [--auxiliary BADGE]...
      stationctl [--database URL] duty roster copy MONDAY MONDAY [--replace]
      stationctl [--database URL] duty roster swap DATE SHIFT OUT IN --reason TEXT
      stationctl [--database URL] duty roster exchange DATE SHIFT BADGE
                 DATE SHIFT BADGE --reason TEXT
      stationctl [--database URL] duty roster next BADGE [--count N]
                 [--format table|csv|json]

pattern   显示班次模式，或将其设为 TEXT，例如 duty=08:30+24:00（从 08:30 起
          24 小时值班）或 day=08:30+12:00,night=20:30+12:00；各班次须覆盖
          全天 24 小时。此前已排的班次保持原有时间
list      列出日期在 from..to 之间（含两端；未给出时为今天及其后 13 天）的
          班次；CSV 和 JSON 使用键 date、shift、starts_at、ends_at、leader、
          officers、auxiliaries、row_version
set       为 DATE 的班次 SHIFT 安排值班领导、值班民警和辅警（警号），
          或替换已排班次的人员
copy      将从第一个 MONDAY 开始的一周复制到从第二个 MONDAY 开始的一周；
          目标班次已排时拒绝，除非加 --replace
swap      IN 顶替 OUT 在该班次的位置，须写明原因
exchange  两人在两个班次之间互换位置
next      此人尚未结束的后续班次（默认 5 个，可用 --count 指定）
</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date like 2026-12-07</source>
        <translation>%1“%2”不是形如 2026-12-07 的日期</translation>
    </message>
    <message>
        <source>--count &quot;%1&quot; is not a number from 1 to 100</source>
        <translation>--count“%1”不是 1 至 100 之间的数字</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早于 --from %2</translation>
    </message>
    <message>
        <source>Auxiliaries</source>
        <translation>辅警</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Duty leader</source>
        <translation>值班领导</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>值班民警</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>The shift pattern and the duty roster</source>
        <translation>班次模式和值班表</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>give one badge number</source>
        <translation>请给出一个警号</translation>
    </message>
    <message>
        <source>give the Monday to copy from and the Monday to copy to</source>
        <translation>请给出复制来源周和目标周的星期一</translation>
    </message>
    <message>
        <source>give the date and the shift, e.g. 2026-12-07 duty</source>
        <translation>请给出日期和班次，例如 2026-12-07 duty</translation>
    </message>
    <message>
        <source>give the date, shift and badge of each side: DATE SHIFT BADGE DATE SHIFT BADGE</source>
        <translation>请给出双方的日期、班次和警号：DATE SHIFT BADGE DATE SHIFT BADGE</translation>
    </message>
    <message>
        <source>give the date, the shift, the badge leaving it and the badge taking the place</source>
        <translation>请给出日期、班次、离开者的警号和顶替者的警号</translation>
    </message>
    <message>
        <source>give the pattern as one argument, e.g. day=08:30+12:00,night=20:30+12:00</source>
        <translation>请以一个参数给出班次模式，例如 day=08:30+12:00,night=20:30+12:00</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>the week to copy</source>
        <translation>要复制的周</translation>
    </message>
    <message>
        <source>the week to copy to</source>
        <translation>复制到的周</translation>
    </message>
</context>
<context>
    <name>sd::EditDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What you entered in this form is not saved. Close and lose it?</source>
        <translation>此表单中输入的内容尚未保存。关闭并放弃这些内容吗？</translation>
    </message>
</context>
<context>
    <name>sd::EntryDialog</name>
    <message>
        <source>Add entry</source>
        <translation>添加扣分/加分</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>修改扣分/加分</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. inspection notice 2026-07-3, photos on file</source>
        <translation>例如 督察通报 2026-07-3，照片已存档</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>证据(&amp;V)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Linked recor&amp;d:</source>
        <translation>关联记录(&amp;D)：</translation>
    </message>
    <message>
        <source>Record &amp;number:</source>
        <translation>记录编号(&amp;N)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Deduction: %1 per occurrence, at most %2 per period.</source>
        <translation>扣分项：每次 %1 分，每期最多扣 %2 分。</translation>
    </message>
    <message>
        <source>Bonus: +%1 per occurrence, at most %2 per period.</source>
        <translation>加分项：每次 +%1 分，每期最多加 %2 分。</translation>
    </message>
    <message>
        <source>e.g. JQ-2026-000123</source>
        <translation>例如 JQ-2026-000123</translation>
    </message>
    <message>
        <source>e.g. CJ-2026-000045</source>
        <translation>例如 CJ-2026-000045</translation>
    </message>
    <message>
        <source>e.g. TJ-2026-0012</source>
        <translation>例如 TJ-2026-0012</translation>
    </message>
</context>
<context>
    <name>sd::EntryTableModel</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>关联记录</translation>
    </message>
</context>
<context>
    <name>sd::ExportButtons</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print to PDF: %1</source>
        <translation>打印为 PDF：%1</translation>
    </message>
    <message>
        <source>Export as CSV: %1</source>
        <translation>导出为 CSV：%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>打印(&amp;T)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>打印：%1</translation>
    </message>
</context>
<context>
    <name>sd::ExportCommand</name>
    <message>
        <source>unknown format &quot;%1&quot;; use csv or json</source>
        <translation>未知格式“%1”；请使用 csv 或 json</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-03-15, not &quot;%2&quot;</source>
        <translation>--%1 需要形如 2026-03-15 的日期，而不是“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) exported</source>
        <translation>
            <numerusform>已导出 %n 条警情</numerusform>
        </translation>
    </message>
    <message>
        <source>Export alerts or assets as CSV or JSON</source>
        <translation>将警情或物品导出为 CSV 或 JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) exported</source>
        <translation>
            <numerusform>已导出 %n 项物品</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] export alerts [options]
       stationctl [--database URL] export assets [options]

Writes the alerts in received order, or the assets (rooms and areas first,
then by tag), in the import format (an export imports back to the same data).
CSV starts with a UTF-8 BOM, so that Excel and WPS show the Chinese; a value a
spreadsheet would run as a formula (starting with = + - @) is written with a
leading &apos; (plain numbers such as -24 are not), which import takes off again.

Options:
  --from YYYY-MM-DD   alerts received on or after this day (station time)
  --to YYYY-MM-DD     alerts received before this day (station time)
  --format csv|json   output format (default: csv)
  --output FILE       write to FILE instead of standard output
</source>
        <translation>用法：stationctl [--database URL] export alerts [选项]
      stationctl [--database URL] export assets [选项]

按接警顺序输出警情，或输出物品（先房间和功能区，再按标签编码），格式与导入
格式相同（导出的文件可原样导入回来）。
CSV 以 UTF-8 BOM 开头，以便 Excel 和 WPS 正确显示中文；电子表格会当作公式
执行的值（以 = + - @ 开头）在前面加一个 &apos;（-24 这类普通数字不加），导入时
会再去掉。

选项：
  --from YYYY-MM-DD   接警日期不早于该日的警情（所内时区）
  --to YYYY-MM-DD     接警日期早于该日的警情（所内时区）
  --format csv|json   输出格式（默认：csv）
  --output FILE       写入 FILE 而不是标准输出
</translation>
    </message>
</context>
<context>
    <name>sd::FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This station database has no administrator yet. Choose the person who will manage accounts and give them a password. They can then create the other accounts.</source>
        <translation>本派出所数据库还没有管理员。请选择负责管理账号的人员并为其设置密码，之后由其创建其他账号。</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>创建管理员(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Choose the person who will be administrator.</source>
        <translation>请选择担任管理员的人员。</translation>
    </message>
    <message>
        <source>The two passwords differ; type it again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>sd::FrontDeskPage</name>
    <message>
        <source>Officer&apos;s signature</source>
        <translation>民警签名</translation>
    </message>
    <message>
        <source>%1, enter your password to sign as the handling officer:</source>
        <translation>%1，请输入您的密码，以处警民警身份签名：</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>接处警</translation>
    </message>
    <message>
        <source>Cannot read the records</source>
        <translation>无法读取备案单</translation>
    </message>
    <message>
        <source>On-scene records of %1</source>
        <translation>%1 的现场处结备案单</translation>
    </message>
    <message>
        <source>Cannot open the on-scene record of %1</source>
        <translation>无法打开 %1 的现场处结备案单</translation>
    </message>
    <message>
        <source>Unfinished on-scene record</source>
        <translation>未完成的现场处结备案单</translation>
    </message>
    <message>
        <source>Continue draft %1 (alert %2), last saved %3?</source>
        <translation>继续填写草稿 %1（警情 %2，最后保存于 %3）？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 (alert %2), last saved %3</source>
        <translation>%1（警情 %2，最后保存于 %3）</translation>
    </message>
    <message>
        <source>Unfinished on-scene records</source>
        <translation>未完成的现场处结备案单</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unfinished draft(s). Continue one?</source>
        <translation>
            <numerusform>您有 %n 份未完成的草稿。要继续填写其中一份吗?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <source>Open %1, filed %2</source>
        <translation>打开 %1（%2 归档）</translation>
    </message>
    <message>
        <source>Open %1 (amends %2), filed %3</source>
        <translation>打开 %1（更正 %2，%3 归档）</translation>
    </message>
    <message>
        <source>Amend %1…</source>
        <translation>更正 %1…</translation>
    </message>
    <message>
        <source>Alert %1 already has the filed record %2.
A filed record cannot be changed or replaced by a new one:
open it, or correct it with an amendment (signed again).</source>
        <translation>警情 %1 已有归档的备案单 %2。
归档的备案单不能修改，也不能用新备案单替代：
可以打开查看，或以更正单更正（需重新签名）。</translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>Why does the filed record need correcting? The reason is part of the amendment.</source>
        <translation>已归档的备案单为何需要更正？更正原因将写入更正单。</translation>
    </message>
    <message>
        <source>Cannot amend %1</source>
        <translation>无法更正 %1</translation>
    </message>
</context>
<context>
    <name>sd::HandOverDialog</name>
    <message>
        <source>Hand over responsibilities</source>
        <translation>移交责任</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>移交人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>接收人(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. transferred to another station</source>
        <translation>如：调往其他单位</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Items that will move:</source>
        <translation>将移交的事项：</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>(owns nothing)</source>
        <translation>（名下没有事项）</translation>
    </message>
    <message>
        <source>Choose whose responsibilities move.</source>
        <translation>请选择移交人。</translation>
    </message>
    <message>
        <source>Choose who takes them over.</source>
        <translation>请选择接收人。</translation>
    </message>
</context>
<context>
    <name>sd::Handover</name>
    <message>
        <source>A number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>A text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Body cameras</source>
        <translation>执法记录仪</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>延续移交</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单项</translation>
    </message>
    <message>
        <source>High-risk mediation case</source>
        <translation>高风险调解案件</translation>
    </message>
    <message>
        <source>Incoming officer</source>
        <translation>接班民警</translation>
    </message>
    <message>
        <source>Items kept</source>
        <translation>暂扣物品</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Mediation follow-up due</source>
        <translation>调解回访到期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Open alert</source>
        <translation>未结警情</translation>
    </message>
    <message>
        <source>Outgoing officer</source>
        <translation>交班民警</translation>
    </message>
    <message>
        <source>Overdue check</source>
        <translation>逾期检查</translation>
    </message>
    <message>
        <source>Overdue task</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>Persons held</source>
        <translation>留置人员</translation>
    </message>
    <message>
        <source>Queried</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Radios</source>
        <translation>对讲机</translation>
    </message>
    <message>
        <source>Resolved on scene without a record</source>
        <translation>现场处置无记录</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Signed by the outgoing officer</source>
        <translation>交班民警已签名</translation>
    </message>
    <message>
        <source>Tick only</source>
        <translation>仅勾选</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>Unsigned on-scene record</source>
        <translation>未签名的现场处置记录</translation>
    </message>
    <message>
        <source>Vehicles (odometer)</source>
        <translation>车辆（里程）</translation>
    </message>
</context>
<context>
    <name>sd::HandoverChecklist</name>
    <message>
        <source>A checklist has at most 50 lines.</source>
        <translation>清单最多 50 行。</translation>
    </message>
    <message>
        <source>Item %1 (%2) needs a text of 1 to 500 characters.</source>
        <translation>第 %1 项（%2）需要 1 至 500 个字符的文字。</translation>
    </message>
    <message>
        <source>Item %1 (%2) needs a whole number of 0 or more, not &quot;%3&quot;.</source>
        <translation>第 %1 项（%2）需要 0 或以上的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>Item %1 (%2) takes no value.</source>
        <translation>第 %1 项（%2）不填写数值。</translation>
    </message>
    <message>
        <source>Line %1 (%2) needs a label.</source>
        <translation>第 %1 行（%2）需要名称。</translation>
    </message>
    <message>
        <source>Line %1: the input must be none, number or text, not &quot;%2&quot;.</source>
        <translation>第 %1 行：输入方式须为 none、number 或 text，而不是“%2”。</translation>
    </message>
    <message>
        <source>Line %1: the key &quot;%2&quot; is used twice.</source>
        <translation>第 %1 行：键“%2”重复使用。</translation>
    </message>
    <message>
        <source>Line %1: the key &quot;%2&quot; must be 1 to 40 lower-case letters, digits or _.</source>
        <translation>第 %1 行：键“%2”须为 1 至 40 个小写字母、数字或 _。</translation>
    </message>
    <message>
        <source>The checklist is not a JSON list of lines: %1</source>
        <translation>清单不是由行组成的 JSON 列表：%1</translation>
    </message>
</context>
<context>
    <name>sd::HandoverRepository</name>
    <message>
        <source>Handover %1</source>
        <translation>交接班 %1</translation>
    </message>
    <message>
        <source>No handover with id %1</source>
        <translation>没有 id 为 %1 的交接班</translation>
    </message>
</context>
<context>
    <name>sd::HandoverService</name>
    <message>
        <source>%1 (%2) is not on the next shift %3 %4.</source>
        <translation>%1（%2）不在下一班次 %3 %4 中。</translation>
    </message>
    <message>
        <source>%1 has not signed.</source>
        <translation>%1 尚未签名。</translation>
    </message>
    <message>
        <source>A query needs its reason.</source>
        <translation>提出异议须写明原因。</translation>
    </message>
    <message>
        <source>Enter where the handover takes place.</source>
        <translation>请填写交接班地点。</translation>
    </message>
    <message>
        <source>Enter your password to sign the handover.</source>
        <translation>请输入密码以签署交接班。</translation>
    </message>
    <message>
        <source>Handover %1 has no item %2 (it has %3).</source>
        <translation>交接班 %1 没有第 %2 项（共 %3 项）。</translation>
    </message>
    <message>
        <source>Handover %1 is already signed by the outgoing officer.</source>
        <translation>交接班 %1 已由交班民警签名。</translation>
    </message>
    <message>
        <source>Handover %1 is sealed and can no longer be changed.</source>
        <translation>交接班 %1 已封存，不能再修改。</translation>
    </message>
    <message>
        <source>Handover %1 is signed by the outgoing officer and can no longer be changed.</source>
        <translation>交接班 %1 已由交班民警签名，不能再修改。</translation>
    </message>
    <message>
        <source>I handed over the items above as stated.</source>
        <translation>本人已按上述内容移交各项。</translation>
    </message>
    <message>
        <source>I took over the items above as accepted; the queried items stay with the outgoing shift.</source>
        <translation>本人已接收上述已确认各项；有异议的事项仍由交班班次负责。</translation>
    </message>
    <message>
        <source>Item %1 (%2) is already %3.</source>
        <translation>第 %1 项（%2）的状态已是“%3”。</translation>
    </message>
    <message>
        <source>Item %1 (%2) is not yet accepted or queried.</source>
        <translation>第 %1 项（%2）尚未接收或提出异议。</translation>
    </message>
    <message>
        <source>Item %1 (%2) needs its value.</source>
        <translation>第 %1 项（%2）需要填写数值。</translation>
    </message>
    <message>
        <source>Item %1 is already checked by the incoming officer.</source>
        <translation>第 %1 项已由接班民警核对。</translation>
    </message>
    <message>
        <source>Log in as the outgoing officer to start a handover.</source>
        <translation>请以交班民警身份登录后开始交接班。</translation>
    </message>
    <message>
        <source>No handover numbered %1</source>
        <translation>没有编号为 %1 的交接班</translation>
    </message>
    <message>
        <source>No person with id %1.</source>
        <translation>没有 id 为 %1 的人员。</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Only the incoming officer %1 accepts or queries the items.</source>
        <translation>只有接班民警 %1 可以接收各项或提出异议。</translation>
    </message>
    <message>
        <source>Only the outgoing officer %1 and the incoming officer %2 sign handover %3.</source>
        <translation>只有交班民警 %1 和接班民警 %2 签署交接班 %3。</translation>
    </message>
    <message>
        <source>Only the outgoing officer %1 fills in the checklist.</source>
        <translation>只有交班民警 %1 填写清单。</translation>
    </message>
    <message>
        <source>The notes are longer than 4000 characters.</source>
        <translation>备注超过 4000 个字符。</translation>
    </message>
    <message>
        <source>The outgoing officer signs handover %1 first.</source>
        <translation>交接班 %1 须由交班民警先签名。</translation>
    </message>
    <message>
        <source>The shift %1 %2 already has the handover %3.</source>
        <translation>班次 %1 %2 已有交接班 %3。</translation>
    </message>
    <message>
        <source>There is no roster for the shift after %1 %2: plan the roster before a handover.</source>
        <translation>班次 %1 %2 之后没有排班：请先排班再交接班。</translation>
    </message>
    <message>
        <source>There is no roster for the shift at %1: plan the roster before a handover.</source>
        <translation>%1 的班次没有排班：请先排班再交接班。</translation>
    </message>
    <message>
        <source>You are not on the shift %1 %2 and cannot hand it over.</source>
        <translation>您不在班次 %1 %2 中，不能交接该班。</translation>
    </message>
    <message>
        <source>You can sign only for yourself: log in as the officer who signs.</source>
        <translation>只能为自己签名：请以签名民警身份登录。</translation>
    </message>
    <message>
        <source>You cannot hand over to yourself.</source>
        <translation>不能交接给自己。</translation>
    </message>
    <message>
        <source>its content no longer matches the content that was sealed</source>
        <translation>其内容与封存时的内容不再一致</translation>
    </message>
</context>
<context>
    <name>sd::Honour</name>
    <message>
        <source>First-class merit</source>
        <translation>一等功</translation>
    </message>
    <message>
        <source>Second-class merit</source>
        <translation>二等功</translation>
    </message>
    <message>
        <source>Third-class merit</source>
        <translation>三等功</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>嘉奖</translation>
    </message>
    <message>
        <source>Honorary title</source>
        <translation>荣誉称号</translation>
    </message>
</context>
<context>
    <name>sd::HonourRepository</name>
    <message>
        <source>No honour with id %1</source>
        <translation>没有编号为 %1 的荣誉</translation>
    </message>
    <message>
        <source>Honour &quot;%1&quot; (%2)</source>
        <translation>荣誉“%1”（%2）</translation>
    </message>
    <message>
        <source>No history event with id %1</source>
        <translation>没有编号为 %1 的所史事件</translation>
    </message>
</context>
<context>
    <name>sd::HonourService</name>
    <message>
        <source>Enter what the honour is called.</source>
        <translation>请填写荣誉名称。</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The year %1 is not between %2 and %3.</source>
        <translation>年份 %1 不在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>Enter who awarded the honour.</source>
        <translation>请填写授予单位。</translation>
    </message>
    <message>
        <source>The citation is longer than %1 characters.</source>
        <translation>事迹简介超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A collective honour goes to a unit or the station, not to a person.</source>
        <translation>集体荣誉授予单位或本所，不授予个人。</translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation>所选单位已不存在。</translation>
    </message>
    <message>
        <source>Choose the person who received the honour.</source>
        <translation>请选择获得荣誉的人员。</translation>
    </message>
    <message>
        <source>The chosen person no longer exists.</source>
        <translation>所选人员已不存在。</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>请填写事件日期。</translation>
    </message>
    <message>
        <source>The history records what has happened; %1 is in the future.</source>
        <translation>所史只记录已发生的事，%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Enter a title of at most %1 characters.</source>
        <translation>请填写不超过 %1 个字符的标题。</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>说明超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>sd::HonoursCommand</name>
    <message>
        <source>List the honours the station and its people received</source>
        <translation>列出本所及民警获得的荣誉</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] honours list [--year Y] [--format F]

Lists the honours register, newest year first.

Options:
  --year Y                 only honours of year Y
  --format table|csv|json  output format (default: table); CSV and JSON use
                           the keys year, kind, title, collective, recipient,
                           awarding_body, citation
</source>
        <translation>用法：stationctl [--database URL] honours list [--year Y] [--format F]

列出荣誉登记，最近的年份在前。

选项：
  --year Y                 只列出 Y 年的荣誉
  --format table|csv|json  输出格式（默认 table）；CSV 和 JSON 使用键
                           year、kind、title、collective、recipient、
                           awarding_body、citation
</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &quot;%1&quot;</source>
        <translation>--year 须为年份（如 2025），不能是“%1”</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>集体</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>获得者</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>事迹简介</translation>
    </message>
</context>
<context>
    <name>sd::HonoursPanel</name>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>获得者</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>事迹简介</translation>
    </message>
    <message>
        <source>&lt;b&gt;Honour wall&lt;/b&gt;</source>
        <translation>&lt;b&gt;荣誉墙&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Station history&lt;/b&gt;</source>
        <translation>&lt;b&gt;所史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 (individual)</source>
        <translation>%1（个人）</translation>
    </message>
</context>
<context>
    <name>sd::IdNumber</name>
    <message>
        <source>An identity number has 18 characters; this one has %1.</source>
        <translation>身份证号码应为 18 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>An identity number is 17 digits followed by a digit or X.</source>
        <translation>身份证号码由 17 位数字加一位数字或 X 组成。</translation>
    </message>
    <message>
        <source>The birth date %1 in the identity number is not a real date.</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The identity number&apos;s check digit is wrong: please check each digit again.</source>
        <translation>身份证号码校验位不正确：请逐位核对。</translation>
    </message>
</context>
<context>
    <name>sd::ImportCommand</name>
    <message>
        <source>give exactly one CSV file to import</source>
        <translation>请只指定一个要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>--skip-invalid needs the file for the rejected rows</source>
        <translation>--skip-invalid 需要指定存放被拒绝行的文件</translation>
    </message>
    <message>
        <source>read %1 of %2 MB</source>
        <translation>已读取 %1 / %2 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported</source>
        <translation>
            <numerusform>%n 行有误；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 updated, %4 rejected</source>
        <translation>共 %1 行：新增 %2，更新 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>Import alerts or assets from a CSV file</source>
        <translation>从 CSV 文件导入警情或物品</translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>共 %1 行：新增 %2，更新 %3，未变 %4，拒绝 %5</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] import alerts FILE.csv [options]
       stationctl [--database URL] import assets FILE.csv [options]

Imports alerts from CSV with the header
  number,received_at,source,category,preventable,area,location,caller_name,
  caller_phone,summary,status
received_at is ISO 8601, in the station&apos;s time zone unless it has an offset;
an empty number is generated. A file with any bad row imports nothing and
lists the bad rows as LINE:COLUMN: problem.

The file is UTF-8, with or without a BOM; one that is not UTF-8 but is valid
GB18030 throughout (Excel&apos;s or WPS&apos;s &quot;CSV&quot; on a Chinese Windows) is read as
GB18030, and anything else is refused with &quot;save it as CSV UTF-8&quot;. A value
that an export guarded against spreadsheet formulas (&apos;=..., &apos;+..., &apos;-..., &apos;@...)
loses exactly one leading apostrophe, so export, import, export gives the same
bytes.

Assets come with the header
  tag,name,kind,location,status,acquired_on,next_check_on,owner,notes
owner is a badge number or a unit name; location is a room or area&apos;s tag or
name (stored, or on an earlier line), or free text; dates are YYYY-MM-DD;
an empty tag is generated.

Options:
  --update                  an existing number or tag updates that row
  --skip-invalid FILE       import the good rows; write the bad ones to FILE
</source>
        <translation>用法：stationctl [--database URL] import alerts FILE.csv [选项]
      stationctl [--database URL] import assets FILE.csv [选项]

从 CSV 导入警情，表头为
  number,received_at,source,category,preventable,area,location,caller_name,
  caller_phone,summary,status
received_at 为 ISO 8601 时间，未带时差时按所内时区理解；number 为空时自动编号。
文件中只要有一行有误就不导入任何内容，并以“行:列: 问题”列出所有错误行。

文件应为 UTF-8 编码，带不带 BOM 均可；不是 UTF-8、但全文都是有效 GB18030 的
文件（中文版 Windows 上 Excel 或 WPS 保存的“CSV”）按 GB18030 读取；其他
编码一律拒绝，并提示另存为“CSV UTF-8”。导出时为防范电子表格公式而加了前缀
的值（&apos;=...、&apos;+...、&apos;-...、&apos;@...）导入时恰好去掉一个前导撇号，因此先导出、
再导入、再导出，得到的字节完全相同。

物品的表头为
  tag,name,kind,location,status,acquired_on,next_check_on,owner,notes
owner 为警号或单位名称；location 为房间或功能区的标签编码或名称（已登记的，
或文件中前面行里的），也可以是自由文字；日期格式为 YYYY-MM-DD；tag 为空时
自动生成。

选项：
  --update                  已存在的编号或标签则更新该行
  --skip-invalid FILE       导入正确的行，把错误的行写入 FILE
</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) (%1 problems); nothing was imported</source>
        <translation>
            <numerusform>%n 行有误（共 %1 个问题）；未导入任何内容</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ImportProblems</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::InitCommand</name>
    <message>
        <source>Create the station database, or migrate it to this version</source>
        <translation>创建派出所数据库，或将其升级到当前版本</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] init

Creates the station database if it does not exist, or brings an older one up
to the schema of this version, backing it up first. Running it again changes
nothing. Prints &quot;schema version N&quot;.
</source>
        <translation>用法：stationctl [--database URL] init

数据库不存在时创建；数据库较旧时先备份，再升级到当前版本的结构。
重复运行不会改变任何内容。输出“schema version N”。
</translation>
    </message>
    <message>
        <source>backed up schema version %1 to %2 before migrating</source>
        <translation>升级前已将结构版本 %1 的数据库备份到 %2</translation>
    </message>
</context>
<context>
    <name>sd::ItemNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::LabelSheet</name>
    <message>
        <source>Owner: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>Accountable: %1</source>
        <translation>负责领导：%1</translation>
    </message>
    <message>
        <source>There are no items to print labels for.</source>
        <translation>没有可打印标签的物品。</translation>
    </message>
    <message>
        <source>Owner labels</source>
        <translation>责任标签</translation>
    </message>
</context>
<context>
    <name>sd::LabelsCommand</name>
    <message>
        <source>Print owner labels with QR codes for the station&apos;s assets (PDF)</source>
        <translation>为所内物品打印带二维码的责任标签（PDF）</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] labels --pdf FILE [--kind KIND] [--owner O]

Writes A4 sheets of 3 x 8 labels (70 x 37 mm): item name, tag code, owner,
accountable leader and a QR code holding the tag code. Retired items are
left out.

Options:
  --pdf FILE      the PDF to write
  --kind KIND     only equipment, vehicle, it, room, plant, furniture,
                  document or other
  --owner O       only items owned by this badge number or unit name
</source>
        <translation>用法：stationctl [--database URL] labels --pdf 文件 [--kind 类别] [--owner 责任人]

生成 A4 标签页，每页 3 x 8 张（70 x 37 毫米）：物品名称、标签编码、责任人、
负责领导，以及内含标签编码的二维码。已报废的物品不打印。

选项：
  --pdf 文件      要写入的 PDF
  --kind 类别     只打印 equipment、vehicle、it、room、plant、furniture、
                  document 或 other
  --owner 责任人  只打印该警号或单位名下的物品
</translation>
    </message>
    <message>
        <source>stationctl labels needs --pdf FILE</source>
        <translation>stationctl labels 需要 --pdf 文件</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use equipment, vehicle, it, room, plant, furniture, document or other</source>
        <translation>未知类别“%1”；可用 equipment、vehicle、it、room、plant、furniture、document 或 other</translation>
    </message>
    <message>
        <source>none — orphaned</source>
        <translation>无 — 无人负责</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n label(s) on %1 page(s) to %2.</source>
        <translation>
            <numerusform>已将 %n 张标签（%1 页）写入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>StationDesk is locked</source>
        <translation>派出所工作台已锁定</translation>
    </message>
    <message>
        <source>Let another person log in at this desk; possible once no open form would be lost</source>
        <translation>让其他人在本工作站登录；仅当没有未保存的表单会丢失时才可以</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>%1 is logged in. Enter your password to continue where you left off.</source>
        <translation>%1 已登录。请输入密码，继续之前的工作。</translation>
    </message>
</context>
<context>
    <name>sd::LoginDialog</name>
    <message>
        <source>Log in to StationDesk</source>
        <translation>登录派出所工作台</translation>
    </message>
    <message>
        <source>Log in with your badge number and password.</source>
        <translation>请用警号和密码登录。</translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation>警号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>sd::Main</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>StationDesk: records, responsibilities and duty for a neighbourhood police station.</source>
        <translation>派出所工作台：派出所的业务记录、责任到人与值班管理。</translation>
    </message>
    <message>
        <source>The station database: a SQLite file path or postgresql://user@host:port/db. Default: $STATIONDESK_DATABASE, else a file in your application-data folder.</source>
        <translation>派出所数据库：SQLite 文件路径或 postgresql://user@host:port/db。默认：$STATIONDESK_DATABASE，否则为应用数据文件夹中的文件。</translation>
    </message>
    <message>
        <source>User-interface language: zh_CN or en. Default: from the system.</source>
        <translation>界面语言：zh_CN 或 en。默认：跟随系统。</translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation>派出所工作台</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang: use zh_CN or en.</source>
        <translation>--lang 的语言“%1”未知：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Cannot open the station database</source>
        <translation>无法打开派出所数据库</translation>
    </message>
    <message>
        <source>StationDesk could not open %1.

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>StationDesk is already open on %1 for this user; that window was brought to the front.</source>
        <translation>StationDesk 已为此用户打开 %1，已将该窗口调到最前。</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>StationDesk: %1</source>
        <translation>派出所工作台：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>数据库版本 %1</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as %1</source>
        <translation>数据库已升级；原版本已保存为 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About StationDesk</source>
        <translation>关于派出所工作台(&amp;A)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters that is not a common one.</source>
        <translation>请设置至少 %1 个字符、且不是常用密码的新密码。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Cannot switch user yet</source>
        <translation>暂时无法切换用户</translation>
    </message>
    <message>
        <source>%1 still has work open that cannot be kept as a draft:

%2

Unlock, then save or cancel it; after that another user can log in.</source>
        <translation>%1 还有无法保存为草稿的未完成工作：

%2

请先解锁，保存或取消这些工作，之后其他用户才能登录。</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>This work is open and would be lost:

%1

Log out anyway?</source>
        <translation>以下工作尚未保存，注销后将丢失：

%1

仍要注销吗？</translation>
    </message>
    <message>
        <source>Log out and discard</source>
        <translation>注销并放弃</translation>
    </message>
</context>
<context>
    <name>sd::Mediation</name>
    <message>
        <source>From an alert</source>
        <translation>警情转入</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来所申请</translation>
    </message>
    <message>
        <source>Referred by a community police office</source>
        <translation>社区警务室移交</translation>
    </message>
    <message>
        <source>Referred by a neighbourhood committee</source>
        <translation>居（村）委会移交</translation>
    </message>
    <message>
        <source>Referred by a court</source>
        <translation>法院委托</translation>
    </message>
    <message>
        <source>Referred by the justice office</source>
        <translation>司法所移交</translation>
    </message>
    <message>
        <source>Own initiative</source>
        <translation>主动排查</translation>
    </message>
    <message>
        <source>Family and marriage</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>Betrothal gift</source>
        <translation>彩礼</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里</translation>
    </message>
    <message>
        <source>Wages and labour</source>
        <translation>劳资</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Property and land</source>
        <translation>房屋土地</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>其他当事人</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Parties agree to use legal channels</source>
        <translation>双方同意通过法律途径解决</translation>
    </message>
    <message>
        <source>Failed and referred</source>
        <translation>调解不成并移交</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Justice office</source>
        <translation>司法所</translation>
    </message>
    <message>
        <source>Fully carried out</source>
        <translation>已全部履行</translation>
    </message>
    <message>
        <source>Partly carried out</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>同一地址</translation>
    </message>
    <message>
        <source>Same party</source>
        <translation>同一当事人</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>First follow-up visit</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>sd::MediationAgreementReport</name>
    <message>
        <source>Case %1 has no agreement to print.</source>
        <translation>案件 %1 没有可打印的调解协议。</translation>
    </message>
    <message>
        <source>Mediation agreement %1</source>
        <translation>调解协议书 %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1 — %2 (continued)</source>
        <translation>%1 — %2（续）</translation>
    </message>
    <message>
        <source>Mediation Agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Sealed %1</source>
        <translation>%1 封存</translation>
    </message>
    <message>
        <source>Draft — not sealed</source>
        <translation>草稿——尚未封存</translation>
    </message>
    <message>
        <source>DRAFT: this agreement has not been sealed and may still change.</source>
        <translation>草稿：本协议尚未封存，内容仍可能变更。</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>纠纷地点</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>简要案情</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>责任认定</translation>
    </message>
    <message>
        <source>Terms agreed</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>How carried out</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The parties reached this agreement voluntarily through mediation by the station. Each party keeps one copy and the station keeps one. A party who does not carry out the agreement may be taken to court by the other.</source>
        <translation>经派出所调解，双方当事人自愿达成本协议。本协议当事人各执一份，派出所留存一份。一方不履行协议的，另一方可以依法向人民法院提起诉讼。</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256): %1</source>
        <translation>内容指纹（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Draft fingerprint (SHA-256, changes with each edit): %1</source>
        <translation>草稿指纹（SHA-256，每次修改都会变化）：%1</translation>
    </message>
</context>
<context>
    <name>sd::MediationAgreementTab</name>
    <message>
        <source>Set &amp;outcome</source>
        <translation>确定调解结果(&amp;O)</translation>
    </message>
    <message>
        <source>Save a&amp;greement</source>
        <translation>保存协议(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;eal agreement…</source>
        <translation>封存协议(&amp;E)…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>调解结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Legal &amp;channel:</source>
        <translation>法律途径(&amp;C)：</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>移交单位(&amp;T)：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>&amp;Liability:</source>
        <translation>责任认定(&amp;L)：</translation>
    </message>
    <message>
        <source>Te&amp;rms:</source>
        <translation>协议内容(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. bank transfer in two instalments</source>
        <translation>例如：分两期银行转账</translation>
    </message>
    <message>
        <source>&amp;How carried out:</source>
        <translation>履行方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>履行地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>履行期限(&amp;B)：</translation>
    </message>
    <message>
        <source>Sealed %1 by %2. Fingerprint %3. The agreement can no longer be changed.</source>
        <translation>已于 %1 由 %2 封存。内容指纹 %3。协议不能再更改。</translation>
    </message>
    <message>
        <source>Draft: every signature is there; the agreement can be sealed.</source>
        <translation>草稿：签名已齐全，协议可以封存。</translation>
    </message>
    <message>
        <source>Draft, still to sign: %1</source>
        <translation>草稿，尚待签名：%1</translation>
    </message>
    <message>
        <source>No agreement yet: type the terms and save, then the parties and the mediator sign on the Signatures tab.</source>
        <translation>尚无协议：填写协议内容并保存，然后由当事人和调解员在“签名”页签名。</translation>
    </message>
    <message>
        <source>Cannot seal: still to sign: %1</source>
        <translation>无法封存，尚待签名：%1</translation>
    </message>
    <message>
        <source>Seal agreement %1</source>
        <translation>封存协议 %1</translation>
    </message>
    <message>
        <source>Once sealed, the agreement, its parties and mediators can never be changed. The first follow-up visit is scheduled. Seal now?</source>
        <translation>封存后，协议及其当事人、调解员均不能再更改，并将安排首次回访。现在封存吗？</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封存</translation>
    </message>
</context>
<context>
    <name>sd::MediationCaseEditor</name>
    <message>
        <source>&amp;1 Case</source>
        <translation>案件(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Sessions</source>
        <translation>调解记录(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Outcome and agreement</source>
        <translation>结果与协议(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Signatures</source>
        <translation>签名(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;5 Follow-up visits</source>
        <translation>回访(&amp;5)</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>保存案件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>结案(&amp;C)…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <source>Agreement pre&amp;view…</source>
        <translation>协议预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Agreeme&amp;nt PDF…</source>
        <translation>协议 PDF(&amp;N)…</translation>
    </message>
    <message>
        <source>Summary previe&amp;w…</source>
        <translation>案件摘要预览(&amp;W)…</translation>
    </message>
    <message>
        <source>Summar&amp;y PDF…</source>
        <translation>案件摘要 PDF(&amp;Y)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>New mediation case</source>
        <translation>新建调解案件</translation>
    </message>
    <message>
        <source>Mediation case %1</source>
        <translation>调解案件 %1</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>风险%1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起超期</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>agreement sealed</source>
        <translation>协议已封存</translation>
    </message>
    <message>
        <source>%1
The latest version is shown; what you typed is still in the form. Check it and try again.</source>
        <translation>%1
已显示最新版本；您填写的内容仍保留在表单中。请核对后重试。</translation>
    </message>
    <message>
        <source>Close case %1</source>
        <translation>结案 %1</translation>
    </message>
    <message>
        <source>Close the mediation case %1? It leaves the open and overdue lists; a new risk found on a follow-up visit reopens it.</source>
        <translation>确定对调解案件 %1 结案吗？结案后将不再出现在未结和超期列表中；回访发现新风险时会重新开启。</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopen case %1</source>
        <translation>重新开启案件 %1</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>为什么重新开启此案件？</translation>
    </message>
    <message>
        <source>No agreement to print</source>
        <translation>没有可打印的协议</translation>
    </message>
    <message>
        <source>Type the agreement&apos;s terms and save it first.</source>
        <translation>请先填写协议内容并保存。</translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation>无法写入 PDF</translation>
    </message>
    <message>
        <source>Cannot record the export</source>
        <translation>无法记录本次导出</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Cannot record the printout</source>
        <translation>无法记录本次打印</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>The case has changes that are not saved. Close and lose them?</source>
        <translation>案件有未保存的更改。关闭并放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <source>Cannot record the preview</source>
        <translation>无法记录本次预览</translation>
    </message>
</context>
<context>
    <name>sd::MediationCaseForm</name>
    <message>
        <source>Add par&amp;ty</source>
        <translation>添加当事人(&amp;T)</translation>
    </message>
    <message>
        <source>given when saved</source>
        <translation>保存时生成</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>案件来源(&amp;U)：</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>警情：</translation>
    </message>
    <message>
        <source>&amp;Dispute:</source>
        <translation>纠纷类型(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>受理时间(&amp;O)：</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>（无片区）</translation>
    </message>
    <message>
        <source>Community &amp;area:</source>
        <translation>社区片区(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Place of dispute:</source>
        <translation>纠纷地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Brief &amp;facts:</source>
        <translation>简要案情(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Risk grade:</source>
        <translation>风险等级(&amp;R)：</translation>
    </message>
    <message>
        <source>why this grade (needed for medium and high)</source>
        <translation>定级理由（中、高风险必填）</translation>
    </message>
    <message>
        <source>Risk r&amp;eason:</source>
        <translation>风险理由(&amp;E)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>A high-risk case is owned personally by a station leader</source>
        <translation>高风险案件须由所领导包案</translation>
    </message>
    <message>
        <source>Owning &amp;leader:</source>
        <translation>包案领导(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;当事人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Required: the station leader who owns this high-risk case</source>
        <translation>必填：包案的所领导</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1（%2）：%3 — %4</translation>
    </message>
    <message>
        <source>Possible repeat: alerts within 90 days at the same address or with the same party:</source>
        <translation>可能重复：90 天内同一地点或同一当事人的警情：</translation>
    </message>
</context>
<context>
    <name>sd::MediationCaseModel</name>
    <message>
        <source>Overdue: still open after the deadline</source>
        <translation>超期：已过期限仍未结案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（超期）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Area · place</source>
        <translation>片区 · 地点</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between names in a list; Chinese uses the enumeration comma 、</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sd::MediationCommand</name>
    <message>
        <source>List mediation cases: open, overdue, follow-ups due</source>
        <translation>列出调解案件：未结、逾期、待回访</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] mediation list [--open|--overdue|--due-within DAYS] [--format table|csv|json]

list          every mediation case, newest first
--open        only cases still open
--overdue     only open cases past their deadline (the mediation_overdue_days
              setting after opening, in the station&apos;s time zone)
--due-within  only cases with a follow-up visit due within DAYS days from today
              (visits already past due included)

CSV and JSON use the keys number, type, risk, status, outcome, opened_at,
deadline, overdue, mediators, owning_leader, area, parties, next_follow_up.
</source>
        <translation>用法：stationctl [--database URL] mediation list [--open|--overdue|--due-within DAYS] [--format table|csv|json]

list          列出全部调解案件，最新的在前
--open        只列未结案件
--overdue     只列超过办结期限的未结案件（受理后 mediation_overdue_days
              设置的天数，按派出所所在时区计算）
--due-within  只列自今天起 DAYS 天内有回访到期的案件
              （已过期未回访的也列出）

CSV 和 JSON 使用以下键：number, type, risk, status, outcome, opened_at,
deadline, overdue, mediators, owning_leader, area, parties, next_follow_up。
</translation>
    </message>
    <message>
        <source>choose one of --open, --overdue and --due-within</source>
        <translation>--open、--overdue 和 --due-within 只能选一个</translation>
    </message>
    <message>
        <source>--due-within needs a number of days from 0 to 3660, not &quot;%1&quot;</source>
        <translation>--due-within 需要 0 到 3660 之间的天数，而不是“%1”</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Owning leader</source>
        <translation>包案所领导</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
</context>
<context>
    <name>sd::MediationFollowUpsTab</name>
    <message>
        <source>Sc&amp;hedule visit</source>
        <translation>安排回访(&amp;H)</translation>
    </message>
    <message>
        <source>New &amp;risk found (reopens the case)</source>
        <translation>发现新风险（重新开启案件）(&amp;R)</translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation>登记回访(&amp;V)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>回访计划</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Terms carried out</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>New risk / notes</source>
        <translation>新风险 / 备注</translation>
    </message>
    <message>
        <source>Schedule a visit</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>应访日期(&amp;D)：</translation>
    </message>
    <message>
        <source>what to look at</source>
        <translation>回访要点</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>回访计划(&amp;P)：</translation>
    </message>
    <message>
        <source>Record the selected visit</source>
        <translation>登记所选回访</translation>
    </message>
    <message>
        <source>Visited &amp;at:</source>
        <translation>回访时间(&amp;A)：</translation>
    </message>
    <message>
        <source>V&amp;isitor:</source>
        <translation>回访人(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Terms carried out:</source>
        <translation>履行情况(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>what the new risk is</source>
        <translation>新风险的情况</translation>
    </message>
    <message>
        <source>New risk &amp;note:</source>
        <translation>新风险说明(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Schedule the next visit at the same time (optional)</source>
        <translation>同时安排下次回访（可选）</translation>
    </message>
    <message>
        <source>Ne&amp;xt visit:</source>
        <translation>下次回访(&amp;X)：</translation>
    </message>
    <message>
        <source>New risk: %1</source>
        <translation>新风险：%1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <source>Select the scheduled visit to record in the list.</source>
        <translation>请在列表中选择要登记的已安排回访。</translation>
    </message>
</context>
<context>
    <name>sd::MediationPage</name>
    <message>
        <source>Mediator&apos;s signature</source>
        <translation>调解员签名</translation>
    </message>
    <message>
        <source>%1, enter your password to sign as the mediator:</source>
        <translation>%1，请输入您的密码，以调解员身份签名：</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Follow-ups due this week</source>
        <translation>本周应回访</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期案件</translation>
    </message>
    <message>
        <source>High risk, owned by a leader</source>
        <translation>高风险（领导包案）</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>已结案件</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Any mediator</source>
        <translation>全部调解员</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部片区</translation>
    </message>
    <message>
        <source>History: identity number, name and phone, or address</source>
        <translation>调解历史：身份证号、姓名加电话或地址</translation>
    </message>
    <message>
        <source>Earlier mediation cases of a person or an address. Type a resident identity number, a name followed by a phone number, or an address, then press Enter.</source>
        <translation>某人或某地址以往的调解案件。输入居民身份证号、姓名加电话号码或地址，然后按回车。</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>Ar&amp;ea:</source>
        <translation>片区(&amp;E)：</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>矛盾调解</translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>identity number %1</source>
        <translation>身份证号 %1</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1，电话 %2</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n case(s)</source>
        <translation>
            <numerusform>%1 的调解历史：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>无法打开案件</translation>
    </message>
    <message>
        <source>Refer %1 to mediation</source>
        <translation>将 %1 转交调解</translation>
    </message>
    <message>
        <source>A mediation case is made from the alert: its caller as applicant, its summary as the facts, its area, place and officers. The alert becomes &quot;referred to mediation&quot;.
What kind of dispute is it?</source>
        <translation>将由此警情建立调解案件：报警人为申请人，警情摘要为案情，并带入片区、地点和处警民警。警情状态变为“已转调解”。
这是哪一类纠纷？</translation>
    </message>
    <message>
        <source>Cannot refer %1 to mediation</source>
        <translation>无法将 %1 转交调解</translation>
    </message>
</context>
<context>
    <name>sd::MediationPartyEditor</name>
    <message>
        <source>Role:</source>
        <translation>身份：</translation>
    </message>
</context>
<context>
    <name>sd::MediationRepository</name>
    <message>
        <source>No mediation case with id %1</source>
        <translation>没有 id 为 %1 的调解案件</translation>
    </message>
    <message>
        <source>Mediation case %1</source>
        <translation>调解案件 %1</translation>
    </message>
    <message>
        <source>No mediation session with id %1</source>
        <translation>没有 id 为 %1 的调解记录</translation>
    </message>
    <message>
        <source>The agreement is sealed.</source>
        <translation>调解协议已封存。</translation>
    </message>
    <message>
        <source>No follow-up visit with id %1 waiting to be recorded</source>
        <translation>没有 id 为 %1 的待登记回访</translation>
    </message>
</context>
<context>
    <name>sd::MediationService</name>
    <message>
        <source>I mediated this dispute and witnessed the parties agree.</source>
        <translation>本人主持调解本纠纷，双方当事人当面达成协议。</translation>
    </message>
    <message>
        <source>I agree to the terms above and will carry them out.</source>
        <translation>本人同意以上协议内容，并保证履行。</translation>
    </message>
    <message>
        <source>Choose the legal channel the parties agree to use.</source>
        <translation>请选择双方同意采用的法律途径。</translation>
    </message>
    <message>
        <source>Name where the case was referred to.</source>
        <translation>请填写移交单位。</translation>
    </message>
    <message>
        <source>Case %1 has a sealed agreement: its outcome is &quot;agreement reached&quot;.</source>
        <translation>案件 %1 已有封存的调解协议，调解结果只能是“达成协议”。</translation>
    </message>
    <message>
        <source>Case %1&apos;s outcome is &quot;%2&quot;; set it to &quot;agreement reached&quot; to write an agreement.</source>
        <translation>案件 %1 的调解结果为“%2”；如需制作协议，请先改为“达成协议”。</translation>
    </message>
    <message>
        <source>Write the agreement first.</source>
        <translation>请先填写调解协议。</translation>
    </message>
    <message>
        <source>State who is responsible for what.</source>
        <translation>请写明责任认定。</translation>
    </message>
    <message>
        <source>An agreement needs its terms.</source>
        <translation>调解协议必须写明协议内容。</translation>
    </message>
    <message>
        <source>An agreement needs at least two parties.</source>
        <translation>调解协议至少需要两方当事人。</translation>
    </message>
    <message>
        <source>Name at least one mediator.</source>
        <translation>请至少指定一名调解员。</translation>
    </message>
    <message>
        <source>Party %1 (%2) has not signed.</source>
        <translation>当事人%1（%2）尚未签名。</translation>
    </message>
    <message>
        <source>No mediator has signed.</source>
        <translation>调解员尚未签名。</translation>
    </message>
    <message>
        <source>There is no party %1.</source>
        <translation>没有当事人%1。</translation>
    </message>
    <message>
        <source>Only one of the case&apos;s mediators can sign as the mediator; log in as that mediator.</source>
        <translation>只有本案的调解员才能以调解员身份签名；请以该调解员身份登录。</translation>
    </message>
    <message>
        <source>A mediation agreement is signed by the parties and the mediator only.</source>
        <translation>调解协议只由当事人和调解员签名。</translation>
    </message>
    <message>
        <source>Enter your password to sign as the mediator.</source>
        <translation>请输入密码以调解员身份签名。</translation>
    </message>
    <message>
        <source>its content no longer matches the content that was sealed</source>
        <translation>其内容与封存时的内容不再一致</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up visit.</source>
        <translation>请填写回访日期。</translation>
    </message>
    <message>
        <source>Follow-up visits are scheduled after a sealed agreement; case %1 has none.</source>
        <translation>回访须在调解协议封存后安排；案件 %1 尚无封存的协议。</translation>
    </message>
    <message>
        <source>A follow-up visit cannot be before the agreement of %1.</source>
        <translation>回访日期不能早于 %1 签订的调解协议。</translation>
    </message>
    <message>
        <source>Enter when the visit was made.</source>
        <translation>请填写回访时间。</translation>
    </message>
    <message>
        <source>A visit cannot be recorded in advance.</source>
        <translation>不能提前登记回访。</translation>
    </message>
    <message>
        <source>Describe the new risk.</source>
        <translation>请描述新出现的风险。</translation>
    </message>
    <message>
        <source>That follow-up visit no longer exists.</source>
        <translation>该回访已不存在。</translation>
    </message>
    <message>
        <source>The follow-up visit due on %1 is already recorded.</source>
        <translation>%1 到期的回访已经登记。</translation>
    </message>
    <message>
        <source>A follow-up visit cannot be before the agreement.</source>
        <translation>回访时间不能早于调解协议。</translation>
    </message>
    <message>
        <source>The next visit&apos;s date is not valid.</source>
        <translation>下次回访日期无效。</translation>
    </message>
    <message>
        <source>The visitor no longer exists.</source>
        <translation>回访人已不存在。</translation>
    </message>
    <message>
        <source>Case %1 is already closed.</source>
        <translation>案件 %1 已经结案。</translation>
    </message>
    <message>
        <source>Record the outcome before closing case %1.</source>
        <translation>结案前请先登记案件 %1 的调解结果。</translation>
    </message>
    <message>
        <source>Case %1&apos;s agreement must be signed and sealed before the case is closed.</source>
        <translation>案件 %1 的调解协议须签名并封存后才能结案。</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case.</source>
        <translation>请填写重新启动调解的原因。</translation>
    </message>
    <message>
        <source>Case %1 is already open.</source>
        <translation>案件 %1 尚未结案。</translation>
    </message>
    <message>
        <source>No mediation case with id %1</source>
        <translation>没有 id 为 %1 的调解案件</translation>
    </message>
    <message>
        <source>A case from an alert must name the alert.</source>
        <translation>警情转入的案件必须关联警情。</translation>
    </message>
    <message>
        <source>Describe the facts of the dispute briefly.</source>
        <translation>请简要描述纠纷情况。</translation>
    </message>
    <message>
        <source>The case cannot open in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Give the reason for the %1 risk grade.</source>
        <translation>请填写评定为%1风险的理由。</translation>
    </message>
    <message>
        <source>A high-risk case must name the station leader who personally owns it.</source>
        <translation>高风险案件必须指定包案所领导。</translation>
    </message>
    <message>
        <source>Party %1: enter the name.</source>
        <translation>当事人%1：请填写姓名。</translation>
    </message>
    <message>
        <source>Party %1: %2</source>
        <translation>当事人%1：%2</translation>
    </message>
    <message>
        <source>Party %1: &quot;%2&quot; is not a phone number.</source>
        <translation>当事人%1：“%2”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>Add at least the applicant as a party.</source>
        <translation>请至少添加申请人。</translation>
    </message>
    <message>
        <source>The community area no longer exists.</source>
        <translation>该社区已不存在。</translation>
    </message>
    <message>
        <source>A mediator is named twice.</source>
        <translation>同一调解员被重复指定。</translation>
    </message>
    <message>
        <source>A mediator no longer exists.</source>
        <translation>某调解员已不存在。</translation>
    </message>
    <message>
        <source>%1 has left the station and cannot mediate.</source>
        <translation>%1 已离所，不能担任调解员。</translation>
    </message>
    <message>
        <source>Only a station leader (chief, deputy chief or instructor) can own a case.</source>
        <translation>只有所领导（所长、副所长或教导员）才能包案。</translation>
    </message>
    <message>
        <source>The agreement of case %1 is sealed and can no longer be changed.</source>
        <translation>案件 %1 的调解协议已封存，不能再修改。</translation>
    </message>
    <message>
        <source>Alert %1 already has the open mediation case %2.</source>
        <translation>警情 %1 已有未结的调解案件 %2。</translation>
    </message>
    <message>
        <source>Alert %1 is %2 and cannot be referred to mediation.</source>
        <translation>警情 %1 的状态为“%2”，不能转为调解。</translation>
    </message>
    <message>
        <source>Only a case created from an alert can have the source &quot;from an alert&quot;.</source>
        <translation>只有由警情转入的案件，来源才能是“警情转入”。</translation>
    </message>
    <message>
        <source>The agreement of case %1 is sealed: its type, facts, parties and mediators can no longer change.</source>
        <translation>案件 %1 的调解协议已封存：纠纷类型、案情、当事人和调解员不能再修改。</translation>
    </message>
    <message>
        <source>Enter when the session was held.</source>
        <translation>请填写调解时间。</translation>
    </message>
    <message>
        <source>The session date is more than a year ahead.</source>
        <translation>调解日期比现在晚一年以上。</translation>
    </message>
    <message>
        <source>Enter where the session was held.</source>
        <translation>请填写调解地点。</translation>
    </message>
</context>
<context>
    <name>sd::MediationSessionsTab</name>
    <message>
        <source>&amp;Add session</source>
        <translation>添加调解记录(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;changes to selected</source>
        <translation>保存对所选记录的修改(&amp;C)</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation>删除所选(&amp;V)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Held at:</source>
        <translation>调解时间(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>who came: parties, relatives, committee members</source>
        <translation>到场人员：当事人、亲属、居委会成员等</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>参加人员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>删除调解记录</translation>
    </message>
    <message>
        <source>Remove the session of %1?</source>
        <translation>删除 %1 的调解记录吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>sd::MediationSignaturesPanel</name>
    <message>
        <source>I mediated this dispute; the agreement records what the parties agreed.</source>
        <translation>本人主持调解此纠纷，协议如实记载了双方达成的内容。</translation>
    </message>
    <message>
        <source>I have read this agreement and agree to carry out its terms.</source>
        <translation>本人已阅读本协议，同意并履行协议内容。</translation>
    </message>
    <message>
        <source>Save the agreement on the Outcome and agreement tab first.</source>
        <translation>请先在“结果与协议”页保存协议。</translation>
    </message>
    <message>
        <source>Sealed: every signature below is part of the sealed agreement.</source>
        <translation>已封存：以下签名均属于已封存的协议。</translation>
    </message>
    <message>
        <source>Every required signature is there; the agreement can be sealed.</source>
        <translation>所需签名已齐全，协议可以封存。</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>尚缺：</translation>
    </message>
    <message>
        <source>Party %1: %2</source>
        <translation>当事人 %1：%2</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>调解员：%1</translation>
    </message>
    <message>
        <source>%1 · signed %2
%3</source>
        <translation>%1 · 签于 %2
%3</translation>
    </message>
    <message>
        <source>%1 signs here after logging in at this desk.</source>
        <translation>%1 在本机登录后在此签名。</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translation>无法签名</translation>
    </message>
</context>
<context>
    <name>sd::MediationSummaryReport</name>
    <message>
        <source>Mediation case summary %1</source>
        <translation>调解案件概要 %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Mediation Case Summary</source>
        <translation>调解案件概要</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>纠纷地点</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Owning leader</source>
        <translation>包案所领导</translation>
    </message>
    <message>
        <source>Risk reason</source>
        <translation>风险理由</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>简要案情</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>调解时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>调解情况</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>%1, referred to %2</source>
        <translation>%1，移交%2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Sealed %1, %n signature(s)</source>
        <translation>
            <numerusform>%1 封存，%n 个签名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft, %n signature(s)</source>
        <translation>
            <numerusform>草稿，%n 个签名</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Terms agreed</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>尚未安排</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <source>Visited %1</source>
        <translation>%1 回访</translation>
    </message>
    <message>
        <source>New risk: %1</source>
        <translation>新风险：%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>sd::MemberPickerModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>sd::MemberTableModel</name>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>sd::MessagePrompter</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>sd::Migrator</name>
    <message>
        <source>%1 already holds other data and is not a StationDesk database</source>
        <translation>%1 已存有其他数据，不是本系统数据库</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this StationDesk knows only up to version %3. Use a newer StationDesk; the database was not changed.</source>
        <translation>%1 的结构版本为 %2，而本程序最高只支持版本 %3。请使用更新版本的程序；数据库未作任何改动。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>升级步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: a row of %3 refers to a missing row of %4</source>
        <translation>迁移 %1（%2）失败：%3 中有一行引用了 %4 中不存在的行</translation>
    </message>
</context>
<context>
    <name>sd::MonthCloseReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1 is not closed: there are no sealed figures to print.</source>
        <translation>%1 尚未月结：没有可打印的封存数据。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, approved by %2 on %3</source>
        <translation>%1，由 %2 于 %3 批准</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Alerts by area</source>
        <translation>按辖区统计的警情</translation>
    </message>
    <message>
        <source>Alerts by category</source>
        <translation>按类别统计的警情</translation>
    </message>
    <message>
        <source>Alerts by status</source>
        <translation>按状态统计的警情</translation>
    </message>
    <message>
        <source>Assessments approved</source>
        <translation>已审定的考核</translation>
    </message>
    <message>
        <source>Audit head at closing</source>
        <translation>月结时的审计链头</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>月结时间</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>月结人</translation>
    </message>
    <message>
        <source>Mediation cases closed</source>
        <translation>已结案的调解案件</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>Monthly Close Report</source>
        <translation>月结报表</translation>
    </message>
    <message>
        <source>Monthly close %1</source>
        <translation>%1 月结</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Records filed</source>
        <translation>已备案的记录</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Revisions of the month before</source>
        <translation>上月的修订</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封存</translation>
    </message>
</context>
<context>
    <name>sd::MonthCloseRepository</name>
    <message>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
</context>
<context>
    <name>sd::MonthCloseService</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be closed while items have no owner: %2.</source>
        <translation>%1 仍有无人负责的事项，不能月结：%2。</translation>
    </message>
    <message>
        <source>%1 has not ended yet and cannot be closed.</source>
        <translation>%1 尚未结束，不能月结。</translation>
    </message>
    <message>
        <source>%1 is already closed (by %2).</source>
        <translation>%1 已月结（月结人 %2）。</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 尚未月结。</translation>
    </message>
    <message>
        <source>%1 is not closed: edit %2 as usual.</source>
        <translation>%1 尚未月结：请照常修改 %2。</translation>
    </message>
    <message>
        <source>%1 is not dated in %2.</source>
        <translation>%1 的日期不在 %2 内。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM.</source>
        <translation>“%1”不是月份：请写成 YYYY-MM。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请给出原因。</translation>
    </message>
    <message>
        <source>There is no alert or mediation case %1.</source>
        <translation>没有警情或调解案件 %1。</translation>
    </message>
    <message>
        <source>alert %1 has no handling officer</source>
        <translation>警情 %1 没有处警民警</translation>
    </message>
    <message>
        <source>its figures or audit head differ from what was sealed</source>
        <translation>其数据或审计链头与封存时不一致</translation>
    </message>
    <message>
        <source>no audit row sealed it with this digest</source>
        <translation>没有以此摘要封存它的审计记录</translation>
    </message>
    <message>
        <source>record %1 has no officer</source>
        <translation>备案单 %1 没有民警</translation>
    </message>
</context>
<context>
    <name>sd::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账号(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>The two passwords differ; type it again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>sd::OfficerPicker</name>
    <message>
        <source>Type a name or badge no. to narrow the list</source>
        <translation>输入姓名或警号以筛选</translation>
    </message>
</context>
<context>
    <name>sd::OnSceneRecord</name>
    <message>
        <source>A dispute with clear facts and little controversy, mediated on the spot</source>
        <translation>事实清楚、争议不大的纠纷，现场调解处结</translation>
    </message>
    <message>
        <source>Emergency assistance completed on the spot</source>
        <translation>现场完成紧急求助</translation>
    </message>
    <message>
        <source>The caller declines to make a statement, or the station need not follow up</source>
        <translation>报警人不愿制作笔录或无需所里跟进</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Handling officer</source>
        <translation>处警民警</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>sd::OnSceneRecordReport</name>
    <message>
        <source>On-scene resolution record %1</source>
        <translation>处警现场处结备案单 %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1 — %2 (continued)</source>
        <translation>%1 — %2（续）</translation>
    </message>
    <message>
        <source>On-Scene Resolution Record</source>
        <translation>处警现场处结备案单</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Filed %1</source>
        <translation>备案时间：%1</translation>
    </message>
    <message>
        <source>Draft — not filed</source>
        <translation>草稿 — 未备案</translation>
    </message>
    <message>
        <source>Amendment of %1: %2</source>
        <translation>更正原备案单 %1，理由：%2</translation>
    </message>
    <message>
        <source>DRAFT: this record has not been sealed and may still change. It is not a filed record.</source>
        <translation>草稿：本备案单尚未封存，内容仍可能变更，不是已备案的记录。</translation>
    </message>
    <message>
        <source>Alert number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>警情类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Eligible case</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置经过</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>当事人%1</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>拒绝签名</translation>
    </message>
    <message>
        <source>Yes. Reason: %1</source>
        <translation>是。理由：%1</translation>
    </message>
    <message>
        <source>Handling officers</source>
        <translation>处警民警</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1，电话 %2</translation>
    </message>
    <message>
        <source>%1 (officer of this station)</source>
        <translation>%1（本所民警）</translation>
    </message>
    <message>
        <source>%1 (bystander)</source>
        <translation>%1（在场群众）</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Body-camera clip</source>
        <translation>执法记录仪视频</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Draft: no content fingerprint yet</source>
        <translation>草稿：尚无内容指纹</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256): %1</source>
        <translation>内容指纹（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Draft fingerprint (SHA-256, changes with each edit): %1</source>
        <translation>草稿指纹（SHA-256，每次修改都会变化）：%1</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>签署：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
</context>
<context>
    <name>sd::OptionalDateEdit</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>sd::OrganisationPage</name>
    <message>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Your role may view people and units but not change them.</source>
        <translation>您的角色只能查看人员和单位，不能修改。</translation>
    </message>
</context>
<context>
    <name>sd::OrganisationService</name>
    <message>
        <source>Enter the badge number.</source>
        <translation>请输入警号。</translation>
    </message>
    <message>
        <source>Badge number &quot;%1&quot; may use only letters, digits and dashes (at most 20).</source>
        <translation>警号“%1”只能包含字母、数字和短横线（最多 20 个字符）。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The position is longer than %1 characters.</source>
        <translation>职务超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use an 11-digit mobile number or a landline with its area code, such as 020-12345678.</source>
        <translation>“%1”不是有效的电话号码：请填写 11 位手机号，或带区号的固定电话，例如 020-12345678。</translation>
    </message>
    <message>
        <source>The leaving date is before the joining date.</source>
        <translation>离职日期早于入职日期。</translation>
    </message>
    <message>
        <source>Enter the date the person left.</source>
        <translation>请输入离职日期。</translation>
    </message>
    <message>
        <source>An active person has no leaving date; deactivate instead.</source>
        <translation>在职人员没有离职日期；如已离职，请使用“离职”操作。</translation>
    </message>
    <message>
        <source>Badge number %1 already belongs to %2.</source>
        <translation>警号 %1 已属于 %2。</translation>
    </message>
    <message>
        <source>%1 leads %2. Choose another leader before deactivating.</source>
        <translation>%1 是%2的负责人。请先指定其他负责人，再办理离职。</translation>
    </message>
    <message>
        <source>Badge number %1 is already taken.</source>
        <translation>警号 %1 已被占用。</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>There is already a unit named %1.</source>
        <translation>已有名为 %1 的单位。</translation>
    </message>
    <message>
        <source>A selected member no longer exists.</source>
        <translation>所选成员已不存在。</translation>
    </message>
    <message>
        <source>%1 has left the station and cannot be a member.</source>
        <translation>%1 已离所，不能作为成员。</translation>
    </message>
    <message>
        <source>The selected leader no longer exists.</source>
        <translation>所选负责人已不存在。</translation>
    </message>
    <message>
        <source>%1 has left the station and cannot lead a unit.</source>
        <translation>%1 已离所，不能担任负责人。</translation>
    </message>
    <message>
        <source>The leader %1 must also be a member of the unit.</source>
        <translation>负责人 %1 也必须是该单位的成员。</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>单位不能隶属于自身。</translation>
    </message>
    <message>
        <source>The selected parent unit no longer exists.</source>
        <translation>所选上级单位已不存在。</translation>
    </message>
    <message>
        <source>%1 is inside %2, so it cannot also be its parent.</source>
        <translation>%1 隶属于 %2，因此不能作为其上级单位。</translation>
    </message>
    <message>
        <source>%1 serves %2 community areas; only a community police office can serve areas.</source>
        <translation>%1 负责 %2 个社区；只有警务室可以负责社区。</translation>
    </message>
    <message>
        <source>Enter the area&apos;s name.</source>
        <translation>请输入社区名称。</translation>
    </message>
    <message>
        <source>The selected office no longer exists.</source>
        <translation>所选警务室已不存在。</translation>
    </message>
    <message>
        <source>%1 is not a community police office.</source>
        <translation>%1 不是警务室。</translation>
    </message>
    <message>
        <source>The area %1 already exists.</source>
        <translation>社区 %1 已存在。</translation>
    </message>
    <message>
        <source>There is already an area named %1.</source>
        <translation>已有名为 %1 的社区。</translation>
    </message>
</context>
<context>
    <name>sd::OutputFile</name>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>该路径是文件夹</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>sd::OutputFormat</name>
    <message>
        <source>unknown format &quot;%1&quot; for --format; use table, csv or json</source>
        <translation>--format 的格式“%1”未知；请使用 table、csv 或 json</translation>
    </message>
</context>
<context>
    <name>sd::OutputPath</name>
    <message>
        <source>The output %1 is a folder; name a file.</source>
        <translation>输出位置 %1 是文件夹；请指定一个文件。</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is the station database %2 (or one of its files); choose another file.</source>
        <translation>拒绝写入 %1：它是派出所数据库 %2（或其文件之一）；请选择其他文件。</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is %2, which this command reads; choose another file.</source>
        <translation>拒绝写入 %1：它就是本命令要读取的 %2；请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>sd::OwnedItemDialog</name>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <source>why the owner changes (kept in the history)</source>
        <translation>更换责任人的原因（记入变更记录）</translation>
    </message>
</context>
<context>
    <name>sd::Owner</name>
    <message>
        <source>%1 — no leader</source>
        <translation>%1 — 无负责人</translation>
    </message>
    <message>
        <source>%1 — leader: %2</source>
        <translation>%1 — 负责人：%2</translation>
    </message>
</context>
<context>
    <name>sd::OwnerBoardModel</name>
    <message>
        <source>nobody — orphaned</source>
        <translation>无 — 无人负责</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>负责领导</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>Overdue checks</source>
        <translation>逾期检查</translation>
    </message>
</context>
<context>
    <name>sd::OwnerPicker</name>
    <message>
        <source>Type a name, badge no. or unit</source>
        <translation>输入姓名、警号或单位</translation>
    </message>
</context>
<context>
    <name>sd::OwnersCommand</name>
    <message>
        <source>Check, list and hand over who owns the station&apos;s assets and tasks</source>
        <translation>检查、列出和移交所内物品与任务的责任人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>责任人名称</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>unit has no active leader</source>
        <translation>单位没有在岗负责人</translation>
    </message>
    <message>
        <source>owner has left the station</source>
        <translation>责任人已离所</translation>
    </message>
    <message>
        <source>No orphaned items: everything has an owner who answers for it.</source>
        <translation>没有无人负责的事项：每一项都有责任人。</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned item(s): hand them over with stationctl owners transfer or give the unit a leader.</source>
        <translation>
            <numerusform>%n 项无人负责：请用 stationctl owners transfer 移交，或为单位指定负责人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accountable badge</source>
        <translation>负责领导警号</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>负责领导</translation>
    </message>
    <message>
        <source>Due / next check</source>
        <translation>到期 / 下次检查</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <source>ORPHANED</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>Overdue checks</source>
        <translation>逾期检查</translation>
    </message>
    <message>
        <source>stationctl owners transfer needs --%1; see stationctl owners --help</source>
        <translation>stationctl owners transfer 需要 --%1；见 stationctl owners --help</translation>
    </message>
    <message numerus="yes">
        <source>Handed %n item(s) from %1 to %2.</source>
        <translation>
            <numerusform>已将 %n 项从 %1 移交给 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] owners check|list|board|transfer [options]

Every asset and every open task has one owner: a person (by badge number) or
a unit (by name), whose leader is then accountable.

  owners check [--format table|csv|json]
      Lists orphaned items (owner has left, or the unit has no active leader)
      and exits 1 if there are any, 0 if none.
  owners list [--owner BADGE|UNIT] [--overdue] [--format table|csv|json]
      Lists assets and open tasks with owner, accountable person and due or
      next-check date; --overdue keeps only overdue tasks and checks.
  owners board [--unit NAME] [--kind KIND] [--format table|csv|json]
      Counts by owner: assets, open tasks, overdue tasks, overdue checks;
      --unit keeps what the unit and its members own, --kind keeps assets of
      one kind (equipment, vehicle, it, room, plant, furniture, document,
      other) and leaves tasks out.
  owners transfer --from BADGE|UNIT --to BADGE|UNIT --reason TEXT
      Hands every asset and open task of one owner to another in one
      transaction, recorded in each item&apos;s ownership history.

CSV and JSON keys: type, code, name, owner, owner_name, accountable_badge,
accountable_name, due_on, overdue, problem (check), and owner, owner_name,
accountable_name, orphaned, assets, tasks, overdue_tasks, overdue_checks (board).
</source>
        <translation>用法：stationctl [--database URL] owners check|list|board|transfer [选项]

每件物品、每项未完成任务都有一个责任人：个人（按警号）或单位（按名称），
单位的负责人即为负责领导。

  owners check [--format table|csv|json]
      列出无人负责的事项（责任人已离所，或单位没有在岗负责人），
      有则退出码为 1，没有则为 0。
  owners list [--owner BADGE|UNIT] [--overdue] [--format table|csv|json]
      列出物品和未完成任务及其责任人、负责领导和到期或下次检查日期；
      --overdue 只列逾期的任务和检查。
  owners board [--unit NAME] [--kind KIND] [--format table|csv|json]
      按责任人统计：物品、未完成任务、逾期任务、逾期检查；
      --unit 只统计该单位及其成员负责的事项，--kind 只统计一类物品
      （equipment、vehicle、it、room、plant、furniture、document、other），
      不含任务。
  owners transfer --from BADGE|UNIT --to BADGE|UNIT --reason TEXT
      在一个事务中把一个责任人的全部物品和未完成任务移交给另一个责任人，
      并记入每一项的责任变更历史。

CSV 和 JSON 的键：type、code、name、owner、owner_name、accountable_badge、
accountable_name、due_on、overdue、problem（check），以及 owner、owner_name、
accountable_name、orphaned、assets、tasks、overdue_tasks、overdue_checks（board）。
</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of %2</source>
        <translation>未知类别“%1”；可用：%2</translation>
    </message>
    <message>
        <source>there is no unit named &quot;%1&quot;</source>
        <translation>没有名为“%1”的单位</translation>
    </message>
</context>
<context>
    <name>sd::OwnershipGuard</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n item(s) and needs a leader to answer for them; hand them over first: %2</source>
        <translation>
            <numerusform>%1 名下有 %n 项，需要有负责人对其负责；请先移交：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still owns %n item(s); hand them over first: %2</source>
        <translation>
            <numerusform>%1 名下仍有 %n 项；请先移交：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::OwnershipRepository</name>
    <message>
        <source>No person with id %1</source>
        <translation>没有编号为 %1 的人员</translation>
    </message>
    <message>
        <source>No unit with id %1</source>
        <translation>没有编号为 %1 的单位</translation>
    </message>
</context>
<context>
    <name>sd::OwnershipService</name>
    <message>
        <source>Name the owner: a badge number or a unit name.</source>
        <translation>请指定责任人：警号或单位名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a badge number nor a unit name.</source>
        <translation>“%1”既不是警号，也不是单位名称。</translation>
    </message>
    <message>
        <source>Say why the responsibilities are handed over.</source>
        <translation>请说明移交原因。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>原因超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose a different owner to hand over to.</source>
        <translation>请选择另一个接收人。</translation>
    </message>
    <message>
        <source>The owner to hand over from does not exist.</source>
        <translation>移交人不存在。</translation>
    </message>
    <message>
        <source>The owner to hand over to does not exist.</source>
        <translation>接收人不存在。</translation>
    </message>
    <message>
        <source>%1 has no active leader to answer for the items.</source>
        <translation>%1 没有在岗负责人对这些事项负责。</translation>
    </message>
    <message>
        <source>%1 has left the station.</source>
        <translation>%1 已离所。</translation>
    </message>
    <message>
        <source>%1 owns nothing to hand over.</source>
        <translation>%1 名下没有可移交的事项。</translation>
    </message>
</context>
<context>
    <name>sd::PartyEditor</name>
    <message>
        <source>Re&amp;veal</source>
        <translation>显示完整号码(&amp;V)</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>拒绝签名</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Show the full number (the reveal is recorded in the audit log)</source>
        <translation>显示完整号码（此操作将记入审计日志）</translation>
    </message>
    <message>
        <source>Why the party would not sign</source>
        <translation>当事人拒绝签名的原因</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>身份证件：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>当事人 %1</translation>
    </message>
    <message>
        <source>Valid resident identity number (born %1)</source>
        <translation>居民身份证号码有效（出生日期 %1）</translation>
    </message>
    <message>
        <source>Cannot show the number</source>
        <translation>无法显示号码</translation>
    </message>
</context>
<context>
    <name>sd::PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>保存密码(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two new passwords differ; type it again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>sd::PasswordHasher</name>
    <message>
        <source>The cryptography library could not be initialised</source>
        <translation>无法初始化加密库</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码哈希</translation>
    </message>
</context>
<context>
    <name>sd::PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This password is on the list of commonly used passwords. Choose another.</source>
        <translation>此密码属于常用密码，请另选一个。</translation>
    </message>
</context>
<context>
    <name>sd::PasswordReader</name>
    <message>
        <source>The password on standard input is longer than %1 characters.</source>
        <translation>标准输入中的密码超过 %1 个字符。</translation>
    </message>
    <message>
        <source>No password on standard input: give it as the first line, e.g. from a file or a password manager.</source>
        <translation>标准输入中没有密码：请将密码作为第一行提供，例如来自文件或密码管理器。</translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text; save the file as UTF-8.</source>
        <translation>标准输入中的密码不是 UTF-8 文本；请将文件保存为 UTF-8 编码。</translation>
    </message>
    <message>
        <source>The password on standard input contains a control character such as a tab; the password is the whole first line.</source>
        <translation>标准输入中的密码含有制表符等控制字符；密码是第一行的全部内容。</translation>
    </message>
</context>
<context>
    <name>sd::PeopleCommand</name>
    <message>
        <source>List the station&apos;s people</source>
        <translation>列出派出所人员</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] people list [options]

Lists the station&apos;s people, active people first, by badge number.

Options:
  --format table|csv|json  output format (default: table); CSV and JSON use
                           the keys badge_no, name, position, category,
                           phone, joined_on, left_on, active
  --search TEXT            only people whose name, badge number, position or
                           phone contains TEXT
  --active                 only people still at the station
</source>
        <translation>用法：stationctl [--database URL] people list [选项]

列出派出所人员，在职人员在前，按警号排序。

选项：
  --format table|csv|json  输出格式（默认：table）；CSV 和 JSON 使用以下键：
                           badge_no, name, position, category,
                           phone, joined_on, left_on, active
  --search TEXT            只列出姓名、警号、职务或电话包含 TEXT 的人员
  --active                 只列出在职人员
</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
</context>
<context>
    <name>sd::PeoplePanel</name>
    <message>
        <source>Show people who &amp;left</source>
        <translation>显示已离职人员(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>添加人员（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation>编辑所选人员（Enter）</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>办理离职(&amp;D)…</translation>
    </message>
    <message>
        <source>Record that the selected person left (Delete)</source>
        <translation>登记所选人员离职（Delete）</translation>
    </message>
    <message>
        <source>Search name, badge no., position or phone (Ctrl+F)</source>
        <translation>搜索姓名、警号、职务或电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Cannot read the people list</source>
        <translation>无法读取人员列表</translation>
    </message>
    <message>
        <source>Cannot open the person</source>
        <translation>无法打开该人员</translation>
    </message>
    <message>
        <source>Cannot deactivate %1</source>
        <translation>无法为 %1 办理离职</translation>
    </message>
    <message>
        <source>%1 leads %2. Choose another leader first, then deactivate.</source>
        <translation>%1 是%2的负责人。请先指定其他负责人，再办理离职。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>为 %1 办理离职</translation>
    </message>
    <message>
        <source>%1 (badge no. %2) will be recorded as having left the station on the date below and removed from all units. Their records are kept.</source>
        <translation>将登记 %1（警号 %2）于下列日期离所，并将其移出所有单位。其相关记录予以保留。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1

Reload the list?</source>
        <translation>%1

是否重新载入列表？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>人员：%1 人</translation>
    </message>
    <message>
        <source>Matching people: %1</source>
        <translation>符合条件：%1 人</translation>
    </message>
</context>
<context>
    <name>sd::Permission</name>
    <message>
        <source>View people and units</source>
        <translation>查看人员和单位</translation>
    </message>
    <message>
        <source>Edit people and units</source>
        <translation>编辑人员和单位</translation>
    </message>
    <message>
        <source>Reveal citizens&apos; identity numbers</source>
        <translation>查看群众身份证号码</translation>
    </message>
    <message>
        <source>Register alerts and file on-scene records</source>
        <translation>登记警情并填写处警现场处结备案单</translation>
    </message>
    <message>
        <source>Reassign owners of tasks and assets</source>
        <translation>变更任务和资产的责任人</translation>
    </message>
    <message>
        <source>Draft assessment score sheets</source>
        <translation>填写考核评分表</translation>
    </message>
    <message>
        <source>Approve or return assessment score sheets</source>
        <translation>审批或退回考核评分表</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Change station settings</source>
        <translation>修改派出所设置</translation>
    </message>
    <message>
        <source>Plan the duty roster</source>
        <translation>编排值班表</translation>
    </message>
    <message>
        <source>Close, reopen and amend a month</source>
        <translation>月结、重新打开和修订月份</translation>
    </message>
</context>
<context>
    <name>sd::PermissionsCommand</name>
    <message>
        <source>Print which role may do what (the permission matrix)</source>
        <translation>输出各角色的权限（权限矩阵）</translation>
    </message>
    <message>
        <source>Usage: stationctl permissions [--format table|csv|json|markdown]

Prints the permission matrix built into this version: one row per permission,
one column per login role. CSV and JSON use the keys permission, description,
officer, squad_leader, instructor, chief, admin (true when the role has the
permission). markdown is the table in docs/permissions.md. The command-line
operator (role &quot;system&quot;) has every permission. Needs no database.
</source>
        <translation>用法：stationctl permissions [--format table|csv|json|markdown]

输出本版本内置的权限矩阵：每个权限一行，每个登录角色一列。CSV 和 JSON
使用以下键：permission, description, officer, squad_leader, instructor,
chief, admin（角色拥有该权限时为 true）。markdown 即 docs/permissions.md
中的表格。命令行操作员（角色 &quot;system&quot;）拥有全部权限。无需数据库。
</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for --format; use table, csv, json or markdown</source>
        <translation>--format 的格式“%1”未知；请使用 table、csv、json 或 markdown</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>sd::Person</name>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Auxiliary officer</source>
        <translation>辅警</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit person: %1</source>
        <translation>编辑人员：%1</translation>
    </message>
    <message>
        <source>e.g. 012345</source>
        <translation>例如 012345</translation>
    </message>
    <message>
        <source>&amp;Badge no.:</source>
        <translation>警号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. community police officer</source>
        <translation>例如 社区民警</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>入职日期(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>离职日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. 13800138000 or 020-12345678</source>
        <translation>例如 13800138000 或 020-12345678</translation>
    </message>
</context>
<context>
    <name>sd::PersonPicker</name>
    <message>
        <source>Type a name, badge no. or position</source>
        <translation>输入姓名、警号或职务</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>sd::PersonRepository</name>
    <message>
        <source>No person with id %1</source>
        <translation>没有 ID 为 %1 的人员</translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation>人员 %1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::PersonTableModel</name>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sd::RankingPanel</name>
    <message>
        <source>2026-07, 2026-Q3 or 2026</source>
        <translation>2026-07、2026-Q3 或 2026</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>方案(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>考核期(&amp;E)：</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分项数</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Ranking: %1, %2</source>
        <translation>排名：%1，%2</translation>
    </message>
    <message>
        <source>Only approved sheets are ranked.</source>
        <translation>仅对审核通过的考核表排名。</translation>
    </message>
    <message>
        <source>Only approved sheets are ranked: %n sheet(s) of this period still in draft or under review are not.</source>
        <translation>仅对审核通过的考核表排名：本期另有 %n 份草稿或待审核的考核表未参与排名。</translation>
    </message>
</context>
<context>
    <name>sd::RecordEditor</name>
    <message>
        <source>&amp;Record</source>
        <translation>备案内容(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Signatures</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更正前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更正后</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>更正(&amp;A)…</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>归档(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>更正内容(&amp;C)</translation>
    </message>
    <message>
        <source>On-scene record %1 · alert %2</source>
        <translation>现场处结备案单 %1 · 警情 %2</translation>
    </message>
    <message>
        <source>Amends %1: %2</source>
        <translation>更正 %1：%2</translation>
    </message>
    <message>
        <source>Filed on %1 by %2 · can no longer be changed</source>
        <translation>%2 于 %1 归档 · 不可再修改</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>On-scene record %1 (filed)</source>
        <translation>现场处结备案单 %1（已归档）</translation>
    </message>
    <message>
        <source>On-scene record %1 (draft)</source>
        <translation>现场处结备案单 %1（草稿）</translation>
    </message>
    <message>
        <source>Seal the record: it can never be changed afterwards</source>
        <translation>归档封存备案单：归档后不可再修改</translation>
    </message>
    <message>
        <source>Still missing:
%1</source>
        <translation>尚缺：
%1</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>有未保存的修改…</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>草稿未保存</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1

Load the latest version? What you typed since it was last saved will be replaced.</source>
        <translation>%1

载入最新版本？自上次保存以来您输入的内容将被替换。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <source>signatures over the old content were removed</source>
        <translation>针对旧内容的签名已被移除</translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation>无法读取备案单</translation>
    </message>
    <message>
        <source>Cannot file yet</source>
        <translation>暂不能归档</translation>
    </message>
    <message>
        <source>File record %1</source>
        <translation>归档备案单 %1</translation>
    </message>
    <message>
        <source>A filed record can never be changed; corrections are amendments.

File it now?</source>
        <translation>归档后的备案单不可再修改，更正须另立更正单。

现在归档吗？</translation>
    </message>
    <message>
        <source>File</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Cannot file the record</source>
        <translation>无法归档备案单</translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>Why does the filed record need correcting? The reason is part of the amendment.</source>
        <translation>已归档的备案单为何需要更正？更正原因将写入更正单。</translation>
    </message>
    <message>
        <source>Cannot amend %1</source>
        <translation>无法更正 %1</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>Cannot record the export</source>
        <translation>无法记录导出操作</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Cannot record the printout</source>
        <translation>无法记录打印操作</translation>
    </message>
</context>
<context>
    <name>sd::RecordForm</name>
    <message>
        <source>A dispute with clear facts and little controversy, mediated on the spot</source>
        <translation>事实清楚、争议不大，经现场调解处理的纠纷</translation>
    </message>
    <message>
        <source>Emergency assistance completed on the spot</source>
        <translation>现场即时完成的紧急求助</translation>
    </message>
    <message>
        <source>The caller declines to make a statement, or the station need not follow up</source>
        <translation>报警人不愿制作笔录，或无需派出所后续跟进</translation>
    </message>
    <message>
        <source>Add par&amp;ty</source>
        <translation>添加当事人(&amp;T)</translation>
    </message>
    <message>
        <source>An officer of the station:</source>
        <translation>本所民警：</translation>
    </message>
    <message>
        <source>A bystander:</source>
        <translation>现场群众：</translation>
    </message>
    <message>
        <source>Eligible case (required)</source>
        <translation>适用情形（必选）</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>基本事实(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;How it was handled:</source>
        <translation>处置经过(&amp;H)：</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>处理结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Handling &amp;officers:</source>
        <translation>处警民警(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. the clip&apos;s file name or device and time (optional)</source>
        <translation>例如视频文件名，或记录仪编号与时间（选填）</translation>
    </message>
    <message>
        <source>&amp;Body camera clip:</source>
        <translation>执法记录仪视频(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>sd::RecordRepository</name>
    <message>
        <source>No on-scene record with id %1</source>
        <translation>没有 ID 为 %1 的现场处结备案单</translation>
    </message>
    <message>
        <source>Record %1 is sealed and can no longer be changed; file an amendment instead.</source>
        <translation>备案单 %1 已归档，不能再修改；请填写更正记录。</translation>
    </message>
    <message>
        <source>On-scene record %1</source>
        <translation>现场处结备案单 %1</translation>
    </message>
</context>
<context>
    <name>sd::RecordService</name>
    <message>
        <source>Alert %1 already has the filed record %2; correct it with an amendment.</source>
        <translation>警情 %1 已有归档的备案单 %2；请通过更正记录更正。</translation>
    </message>
    <message>
        <source>Choose which of the three eligible cases applies.</source>
        <translation>请选择适用的三种情形之一。</translation>
    </message>
    <message>
        <source>Describe the facts.</source>
        <translation>请填写简要情况。</translation>
    </message>
    <message>
        <source>Describe how the alert was handled.</source>
        <translation>请填写处置经过。</translation>
    </message>
    <message>
        <source>Describe the result.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>Add at least one party.</source>
        <translation>请至少添加一名当事人。</translation>
    </message>
    <message>
        <source>Party %1: enter the name.</source>
        <translation>当事人%1：请填写姓名。</translation>
    </message>
    <message>
        <source>Party %1: %2</source>
        <translation>当事人%1：%2</translation>
    </message>
    <message>
        <source>Party %1: &quot;%2&quot; is not a phone number.</source>
        <translation>当事人%1：“%2”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>Party %1 refused to sign: record the reason.</source>
        <translation>当事人%1拒绝签名：请记录原因。</translation>
    </message>
    <message>
        <source>Name the handling officers.</source>
        <translation>请填写处警民警。</translation>
    </message>
    <message>
        <source>A party refused to sign, so a witness must sign.</source>
        <translation>有当事人拒绝签名，须由见证人签名。</translation>
    </message>
    <message>
        <source>Enter the bystander witness&apos;s phone number.</source>
        <translation>请填写在场见证人的电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <source>Party %1 (%2) has not signed.</source>
        <translation>当事人%1（%2）尚未签名。</translation>
    </message>
    <message>
        <source>The handling officer has not signed.</source>
        <translation>处警民警尚未签名。</translation>
    </message>
    <message>
        <source>The witness has not signed.</source>
        <translation>见证人尚未签名。</translation>
    </message>
    <message>
        <source>Record %1 is sealed and can no longer be changed; file an amendment instead.</source>
        <translation>备案单 %1 已归档，不能再修改；请填写更正记录。</translation>
    </message>
    <message>
        <source>I confirm that the facts, handling and result above are true.</source>
        <translation>本人确认以上情况、处置经过和处理结果属实。</translation>
    </message>
    <message>
        <source>I handled this alert and filed this record.</source>
        <translation>本人处置了该警情并归档了本备案单。</translation>
    </message>
    <message>
        <source>I witnessed the handling and the signing of this record.</source>
        <translation>本人见证了处置经过及本备案单的签名。</translation>
    </message>
    <message>
        <source>There is no party %1.</source>
        <translation>没有当事人%1。</translation>
    </message>
    <message>
        <source>%1 refused to sign; clear the refusal first.</source>
        <translation>%1 已拒绝签名；请先撤销拒绝签名。</translation>
    </message>
    <message>
        <source>Only one of the record&apos;s handling officers can sign as the handling officer; log in as that officer.</source>
        <translation>只有本备案单的处警民警才能以处警民警身份签名；请以该民警身份登录。</translation>
    </message>
    <message>
        <source>Name the witness before they sign.</source>
        <translation>见证人签名前请先填写其姓名。</translation>
    </message>
    <message>
        <source>Enter your password to sign as the handling officer.</source>
        <translation>请输入密码，以处警民警身份签名。</translation>
    </message>
    <message>
        <source>Record %1 is still a draft: edit it instead of amending it.</source>
        <translation>备案单 %1 仍是草稿：请直接编辑，而不是更正。</translation>
    </message>
    <message>
        <source>refused to sign: %1</source>
        <translation>拒绝签名：%1</translation>
    </message>
    <message>
        <source>Eligible case</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置经过</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>当事人%1</translation>
    </message>
    <message>
        <source>Handling officers</source>
        <translation>处警民警</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Body-camera clip</source>
        <translation>执法记录仪视频</translation>
    </message>
    <message>
        <source>its content no longer matches the content that was sealed</source>
        <translation>其内容与归档时的内容不再一致</translation>
    </message>
</context>
<context>
    <name>sd::RecordSignaturesPanel</name>
    <message>
        <source>I have read this record; the facts and the result are as stated.</source>
        <translation>本人已阅读本备案单，所记事实与处理结果属实。</translation>
    </message>
    <message>
        <source>I handled this alert and this record is true and complete.</source>
        <translation>本人处置此警情，本备案单内容真实完整。</translation>
    </message>
    <message>
        <source>I witnessed the handling and the signing of this record.</source>
        <translation>本人见证了处置经过及本备案单的签署。</translation>
    </message>
    <message>
        <source>Filed: every signature below is part of the sealed record.</source>
        <translation>已归档：以下签名均为封存备案单的一部分。</translation>
    </message>
    <message>
        <source>Every required signature is there; the record can be filed.</source>
        <translation>所需签名均已齐全，可以归档。</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>尚缺：</translation>
    </message>
    <message>
        <source>Before signing, complete the record:</source>
        <translation>签名前请补全备案单：</translation>
    </message>
    <message>
        <source>Party %1: %2</source>
        <translation>当事人 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 · %2 · signed %3
%4</source>
        <translation>%1 · %2 · 签于 %3
%4</translation>
    </message>
    <message>
        <source>Refused to sign. Reason: %1</source>
        <translation>拒绝签名。原因：%1</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>拒绝签名…</translation>
    </message>
    <message>
        <source>The party will not sign: record why (the witness must sign)</source>
        <translation>当事人拒绝签名：记录原因（须由见证人签名）</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translation>无法签名</translation>
    </message>
    <message>
        <source>%1 refuses to sign</source>
        <translation>%1 拒绝签名</translation>
    </message>
    <message>
        <source>Why does the party refuse? The reason is part of the record, and the witness must then sign.</source>
        <translation>当事人为何拒绝签名？原因将写入备案单，并须由见证人签名。</translation>
    </message>
    <message>
        <source>Cannot remove the signature</source>
        <translation>无法删除签名</translation>
    </message>
</context>
<context>
    <name>sd::RecordsCommand</name>
    <message>
        <source>List signed records, or verify that none has changed</source>
        <translation>列出已签名的备案单，或核验其是否被改动</translation>
    </message>
    <message>
        <source>choose --sealed or --drafts, not both</source>
        <translation>--sealed 和 --drafts 只能选一个</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>更正对象</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) no longer match what was signed</source>
        <translation>
            <numerusform>%n 份备案单与签名时的内容不再一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed record(s) verified</source>
        <translation>
            <numerusform>已核验 %n 份已归档备案单</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] records list [--sealed|--drafts] [--format F]
       stationctl [--database URL] records verify

list    the on-scene records; CSV and JSON use the keys number, kind,
        alert_number, status, sealed_at, amends, signatures
verify  re-checks every sealed record&apos;s content hash, signatures and seal
        (on-scene records, mediation agreements and shift handovers), and
        exits 1 naming each record that no longer matches
</source>
        <translation>用法：stationctl [--database URL] records list [--sealed|--drafts] [--format F]
      stationctl [--database URL] records verify

list    列出现场处结备案单；CSV 和 JSON 使用以下键：number, kind,
        alert_number, status, sealed_at, amends, signatures
verify  重新核验每份已归档记录（现场处结备案单、调解协议和交接班记录）的内容哈希、
        签名和签封，列出每份不再一致的记录，并以退出码 1 结束
</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed handover(s) verified</source>
        <translation>
            <numerusform>已核验 %n 份封存的交接班记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed mediation agreement(s) verified</source>
        <translation>
            <numerusform>已核验 %n 份封存的调解协议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::RegisterPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>sd::ReportCommand</name>
    <message>
        <source>Print a record to PDF</source>
        <translation>将备案单打印为 PDF</translation>
    </message>
    <message>
        <source>give exactly one record number</source>
        <translation>请只指定一个备案单编号</translation>
    </message>
    <message>
        <source>say where to write the PDF with --pdf FILE</source>
        <translation>请用 --pdf FILE 指定 PDF 的写入位置</translation>
    </message>
    <message>
        <source>There is no on-scene record %1.</source>
        <translation>没有现场处结备案单 %1。</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 已写入 %2</translation>
    </message>
    <message>
        <source>give exactly one mediation case number</source>
        <translation>请给出且只给出一个调解案件编号</translation>
    </message>
    <message>
        <source>There is no mediation case %1.</source>
        <translation>没有调解案件 %1。</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] [--lang zh_CN|en] report onscene NUMBER --pdf FILE
       stationctl [--database URL] [--lang zh_CN|en] report mediation NUMBER --pdf FILE [--summary]
       stationctl [--database URL] [--lang zh_CN|en] report month YYYY-MM --pdf FILE

Writes the on-scene resolution record NUMBER (e.g. CJ-2026-000012) as an A4 PDF
in the official layout, in the language chosen with --lang; mediation writes the
mediation agreement of case NUMBER (e.g. TJ-2026-0003) with its signatures, or
with --summary the case summary; month writes a closed month&apos;s sealed figures
and the revisions of the month before. Every export is recorded in the audit
log.
</source>
        <translation>用法：stationctl [--database URL] [--lang zh_CN|en] report onscene NUMBER --pdf FILE
      stationctl [--database URL] [--lang zh_CN|en] report mediation NUMBER --pdf FILE [--summary]
      stationctl [--database URL] [--lang zh_CN|en] report month YYYY-MM --pdf FILE

将编号为 NUMBER（例如 CJ-2026-000012）的处警现场处结备案单按正式版式
写成 A4 PDF，语言由 --lang 指定；mediation 写出案件 NUMBER（例如
TJ-2026-0003）带签名的调解协议书，加 --summary 则写出案件概要；month
写出已月结月份封存的数据以及上月的修订。每次导出都会记入审计日志。
</translation>
    </message>
    <message>
        <source>%1 has not been closed.</source>
        <translation>%1 尚未月结。</translation>
    </message>
    <message>
        <source>give exactly one month, as YYYY-MM</source>
        <translation>只能给出一个月份，格式为 YYYY-MM</translation>
    </message>
</context>
<context>
    <name>sd::ReportPdf</name>
    <message>
        <source>Writing a PDF needs the graphical application (fonts); none is running.</source>
        <translation>生成 PDF 需要图形应用程序（用于字体），当前没有运行。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: %2</source>
        <translation>无法将 PDF 写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: the page could not be drawn.</source>
        <translation>无法将 PDF 写入 %1：无法绘制页面。</translation>
    </message>
</context>
<context>
    <name>sd::ResponsibilityPage</name>
    <message>
        <source>Accountability &amp;board</source>
        <translation>责任看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>物品(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任清单</translation>
    </message>
</context>
<context>
    <name>sd::ResponsibilityService</name>
    <message>
        <source>Choose an owner: everything needs a person or a unit that answers for it.</source>
        <translation>请选择责任人：每一项都必须有负责的人或单位。</translation>
    </message>
    <message>
        <source>The chosen owner no longer exists.</source>
        <translation>所选责任人已不存在。</translation>
    </message>
    <message>
        <source>%1 has no active leader, so nobody would answer for it. Give the unit a leader or choose another owner.</source>
        <translation>%1 没有在岗负责人，无人对其负责。请为该单位指定负责人或选择其他责任人。</translation>
    </message>
    <message>
        <source>%1 has left the station and cannot own anything.</source>
        <translation>%1 已离所，不能作为责任人。</translation>
    </message>
    <message>
        <source>Tag code &quot;%1&quot; is not of the form ZC-NNNNN (five digits).</source>
        <translation>标签编码“%1”不符合 ZC-NNNNN（五位数字）格式。</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation>请输入物品名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The location is longer than %1 characters.</source>
        <translation>位置超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The acquired date is in the future.</source>
        <translation>购置日期晚于今天。</translation>
    </message>
    <message>
        <source>An item cannot be located in itself.</source>
        <translation>物品不能位于其自身之内。</translation>
    </message>
    <message>
        <source>The chosen location no longer exists.</source>
        <translation>所选位置已不存在。</translation>
    </message>
    <message>
        <source>%1 (%2) is not a room or area.</source>
        <translation>%1（%2）不是房间或功能区。</translation>
    </message>
    <message>
        <source>Tag code %1 is already on %2.</source>
        <translation>标签编码 %1 已用于 %2。</translation>
    </message>
    <message>
        <source>Tag code %1 is already taken.</source>
        <translation>标签编码 %1 已被占用。</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>An item keeps its tag code; enter it.</source>
        <translation>物品的标签编码不可缺少，请填写。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are located in %1; it stays a room or area until they are moved.</source>
        <translation>
            <numerusform>%1 内有 %n 项物品；移走之前它必须仍为房间或功能区。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a room or area to take stock of.</source>
        <translation>请选择要盘点的房间或功能区。</translation>
    </message>
    <message>
        <source>Enter the task&apos;s title.</source>
        <translation>请输入任务名称。</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>说明超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The rule section is longer than %1 characters.</source>
        <translation>制度条目超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the date the task is due.</source>
        <translation>请输入任务的截止日期。</translation>
    </message>
    <message>
        <source>Enter the date of the first occurrence of the task.</source>
        <translation>请输入任务首次执行的日期。</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>This task is already done.</source>
        <translation>该任务已完成。</translation>
    </message>
</context>
<context>
    <name>sd::ReturnCommentDialog</name>
    <message>
        <source>Return score sheet</source>
        <translation>退回考核表</translation>
    </message>
    <message>
        <source>&amp;What must be corrected before approval?</source>
        <translation>审核通过前需要更正什么(&amp;W)？</translation>
    </message>
    <message>
        <source>Each point on its own line.</source>
        <translation>每条意见单独一行。</translation>
    </message>
    <message>
        <source>Goes back to %1 as a draft, with your comment.</source>
        <translation>将连同您的意见作为草稿退回给 %1。</translation>
    </message>
    <message>
        <source>&amp;Return sheet</source>
        <translation>退回(&amp;R)</translation>
    </message>
</context>
<context>
    <name>sd::ReviewPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>填写意见退回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>提交审核(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) waiting for your review</source>
        <translation>
            <numerusform>%n 份考核表等待您审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to complete and submit</source>
        <translation>
            <numerusform>%n 份草稿待完善提交</numerusform>
        </translation>
    </message>
    <message>
        <source>Only squad leaders, administrators, the instructor and the chief work on score sheets.</source>
        <translation>只有探组长、管理员、教导员和所长处理考核表。</translation>
    </message>
    <message>
        <source>Base %1, total &lt;b&gt;%2&lt;/b&gt;, grade &lt;b&gt;%3&lt;/b&gt; · %4</source>
        <translation>基础分 %1，总分 &lt;b&gt;%2&lt;/b&gt;，等次 &lt;b&gt;%3&lt;/b&gt; · %4</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>No deductions or bonuses.</source>
        <translation>无扣分或加分。</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>起草人：%1</translation>
    </message>
    <message>
        <source>submitted by %1</source>
        <translation>%1 提交</translation>
    </message>
    <message>
        <source>approved and sealed by %1</source>
        <translation>%1 审核通过并封存</translation>
    </message>
    <message>
        <source>returned by %1: %2</source>
        <translation>%1 退回：%2</translation>
    </message>
    <message>
        <source>Score sheet not changed</source>
        <translation>考核表未更改</translation>
    </message>
    <message>
        <source>Approve score sheet</source>
        <translation>审核通过考核表</translation>
    </message>
    <message>
        <source>Approve %1 for %2, %3 points? An approved sheet is sealed and can no longer be changed.</source>
        <translation>审核通过 %2 %1 的考核表（%3 分）？审核通过后考核表将封存，不能再修改。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation>新建考核表(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation>打开考核表(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>sd::Role</name>
    <message>
        <source>Duty officer</source>
        <translation>值班民警</translation>
    </message>
    <message>
        <source>Squad leader</source>
        <translation>探组长</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教导员</translation>
    </message>
    <message>
        <source>Station chief</source>
        <translation>所长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Command-line operator</source>
        <translation>命令行操作员</translation>
    </message>
</context>
<context>
    <name>sd::RosterRepository</name>
    <message>
        <source>No planned shift with id %1</source>
        <translation>没有编号为 %1 的已排班次</translation>
    </message>
    <message>
        <source>The shift %1</source>
        <translation>班次 %1</translation>
    </message>
</context>
<context>
    <name>sd::RosterService</name>
    <message>
        <source>%1 has left the station and cannot be on the shift %2.</source>
        <translation>%1 已离开本所，不能排入班次 %2。</translation>
    </message>
    <message>
        <source>%1 is named twice on the shift %2.</source>
        <translation>%1 在班次 %2 中被重复列出。</translation>
    </message>
    <message>
        <source>%1 is not on the shift %2.</source>
        <translation>%1 不在班次 %2 中。</translation>
    </message>
    <message>
        <source>%1 is on the shift %2 already.</source>
        <translation>%1 已在班次 %2 中。</translation>
    </message>
    <message>
        <source>A shift needs a valid date.</source>
        <translation>班次需要有效的日期。</translation>
    </message>
    <message>
        <source>A week cannot be copied onto itself.</source>
        <translation>不能把一周复制到它自己。</translation>
    </message>
    <message>
        <source>A week is copied from Monday to Monday; %1 is not a Monday.</source>
        <translation>按周复制须从周一到周一；%1 不是周一。</translation>
    </message>
    <message>
        <source>Already planned in the week of %1: %2. Nothing was copied; replace them to copy over them.</source>
        <translation>%1 这一周已排有：%2。未复制任何班次；如要覆盖，请选择替换。</translation>
    </message>
    <message>
        <source>An exchange needs two different shifts.</source>
        <translation>对调需要两个不同的班次。</translation>
    </message>
    <message>
        <source>Ask for 1 to 366 shifts, not %1.</source>
        <translation>请指定 1 至 366 个班次，而不是 %1。</translation>
    </message>
    <message>
        <source>Give the reason for the swap.</source>
        <translation>请填写调班原因。</translation>
    </message>
    <message>
        <source>No one has the badge %1 (shift %2).</source>
        <translation>没有警号为 %1 的人员（班次 %2）。</translation>
    </message>
    <message>
        <source>No one has the badge %1.</source>
        <translation>没有警号为 %1 的人员。</translation>
    </message>
    <message>
        <source>No shift is planned in the week of %1.</source>
        <translation>%1 这一周没有已排的班次。</translation>
    </message>
    <message>
        <source>The roster&apos;s range must end on or after its start.</source>
        <translation>值班表的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The shift %1</source>
        <translation>班次 %1</translation>
    </message>
    <message>
        <source>The shift %1 has no duty leader.</source>
        <translation>班次 %1 没有值班领导。</translation>
    </message>
    <message>
        <source>The shift %1 is not in the station&apos;s shift pattern (%2).</source>
        <translation>班次 %1 不在本所的班次模式（%2）中。</translation>
    </message>
    <message>
        <source>The shift %1 is not planned (any more).</source>
        <translation>班次 %1 未排（或已不再排）。</translation>
    </message>
    <message>
        <source>The shift %1 is not planned.</source>
        <translation>班次 %1 未排。</translation>
    </message>
    <message>
        <source>The shift %1 is planned twice.</source>
        <translation>班次 %1 被重复排了两次。</translation>
    </message>
    <message>
        <source>The shift %1 would overlap the shift %2 planned before.</source>
        <translation>班次 %1 会与之前已排的班次 %2 重叠。</translation>
    </message>
</context>
<context>
    <name>sd::RowVersion</name>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Your change was not saved: reload it and apply your change again.</source>
        <translation>您打开%1之后，%2 于 %3 修改了它。您的修改未保存：请重新载入后再次修改。</translation>
    </message>
</context>
<context>
    <name>sd::SealVerifier</name>
    <message>
        <source>the signature of %1 has been altered</source>
        <translation>%1 的签名已被改动</translation>
    </message>
    <message>
        <source>the signature of %1 was made on other content</source>
        <translation>%1 的签名是针对其他内容所签</translation>
    </message>
    <message>
        <source>its seal does not match its signatures</source>
        <translation>其签封与签名不一致</translation>
    </message>
    <message>
        <source>its seal is not the one recorded in the audit log</source>
        <translation>其签封与审计日志中记录的不一致</translation>
    </message>
</context>
<context>
    <name>sd::SeedCommand</name>
    <message>
        <source>Generate realistic, repeatable data for demos and benchmarks</source>
        <translation>为演示和性能测试生成逼真、可重复的数据</translation>
    </message>
    <message>
        <source>--audit-rows needs a positive whole number, not &quot;%1&quot;</source>
        <translation>--audit-rows 需要一个正整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;</source>
        <translation>--seed 需要一个整数，而不是“%1”</translation>
    </message>
    <message>
        <source>seeded %1 of %2 audit rows</source>
        <translation>已生成 %1 / %2 行审计日志</translation>
    </message>
    <message>
        <source>%1 audit rows added</source>
        <translation>已添加 %1 行审计日志</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] seed [--audit-rows N] [--alerts N]
                  [--alerts-csv FILE] [--years Y] [--until YYYY-MM-DD] [--seed S]

Meant for demo and benchmark databases, never for a station&apos;s real one.
The same seed S (default 1) gives the same data.

  --audit-rows N      append N synthetic audit rows spread over the past year,
                      after a row that marks them as synthetic
  --alerts N          add N generated alerts (seasons, times of day, categories,
                      Chinese and English callers and summaries) for the
                      station&apos;s community areas and active officers, in one
                      transaction
  --alerts-csv FILE   write the N alerts as an import CSV instead of adding them
  --years Y           spread the alerts over Y years (default 3)
  --until DATE        the last day of alerts, station time (default: up to now);
                      give it for the same alerts on another day
</source>
        <translation>用法：stationctl [--database URL] seed [--audit-rows N] [--alerts N]
                  [--alerts-csv FILE] [--years Y] [--until YYYY-MM-DD] [--seed S]

仅用于演示和基准测试数据库，切勿用于派出所的真实数据库。
相同的种子 S（默认 1）生成相同的数据。

  --audit-rows N      追加 N 条分布在过去一年的合成审计记录，
                      之前有一条标明其为合成数据的记录
  --alerts N          为本所的社区警务区和在职民警添加 N 条生成的警情
                      （季节、时段、类别、中英文报警人和摘要），
                      在一个事务中完成
  --alerts-csv FILE   将这 N 条警情写成导入用 CSV，而不添加
  --years Y           警情分布在 Y 年内（默认 3）
  --until DATE        警情的最后一天，按本所时间（默认：截至现在）；
                      指定它可在另一天得到相同的警情
</translation>
    </message>
    <message>
        <source>say what to seed: --audit-rows N and/or --alerts N</source>
        <translation>请说明要生成什么：--audit-rows N 和/或 --alerts N</translation>
    </message>
    <message>
        <source>--alerts needs a positive whole number, not &quot;%1&quot;</source>
        <translation>--alerts 需要一个正整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--alerts-csv needs --alerts N</source>
        <translation>--alerts-csv 需要同时给出 --alerts N</translation>
    </message>
    <message>
        <source>--years needs a whole number from 1 to 20, not &quot;%1&quot;</source>
        <translation>--years 需要 1 到 20 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--until needs a date like 2026-06-30, not &quot;%1&quot;</source>
        <translation>--until 需要形如 2026-06-30 的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>--until %1 has not ended yet</source>
        <translation>--until %1 这一天尚未结束</translation>
    </message>
    <message>
        <source>generated %1 of %2 alerts</source>
        <translation>已生成 %1 / %2 条警情</translation>
    </message>
    <message>
        <source>%1 alerts added</source>
        <translation>已添加 %1 条警情</translation>
    </message>
    <message>
        <source>%1 alerts written to %2</source>
        <translation>已将 %1 条警情写入 %2</translation>
    </message>
</context>
<context>
    <name>sd::SessionController</name>
    <message>
        <source>Cannot read the accounts</source>
        <translation>无法读取账号</translation>
    </message>
</context>
<context>
    <name>sd::SettingsCommand</name>
    <message>
        <source>List or change the station&apos;s settings</source>
        <translation>列出或修改派出所设置</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] settings list [--format table|csv|json]
       stationctl [--database URL] settings set NAME VALUE

Station-wide settings live in the database so that every desk agrees. Each is
a whole number with a default and an allowed range (see settings list).
Every change is written to the audit log.
</source>
        <translation>用法：stationctl [--database URL] settings list [--format table|csv|json]
      stationctl [--database URL] settings set NAME VALUE

全所设置保存在数据库中，使每个工作站保持一致。每项设置都是一个整数，
有默认值和允许范围（见 settings list）。
每次修改都会写入审计日志。
</translation>
    </message>
    <message>
        <source>use &quot;settings list&quot; or &quot;settings set NAME VALUE&quot;</source>
        <translation>请使用“settings list”或“settings set NAME VALUE”</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known: %2</source>
        <translation>未知设置“%1”；已知设置：%2</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;</source>
        <translation>%1 需要一个整数，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>sd::SheetEditorDialog</name>
    <message>
        <source>e.g. 2026-07</source>
        <translation>例如 2026-07</translation>
    </message>
    <message>
        <source>e.g. 2026-Q3</source>
        <translation>例如 2026-Q3</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>例如 2026</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>方案(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>对象(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>考核期(&amp;P)：</translation>
    </message>
    <message>
        <source>Deductions and bonuses:</source>
        <translation>扣分与加分：</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New score sheet</source>
        <translation>新建考核表</translation>
    </message>
    <message>
        <source>Score sheet %1 · %2 · %3</source>
        <translation>考核表 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Only squad leaders and the administrator draft score sheets; this one is shown read-only.</source>
        <translation>只有探组长和管理员可以起草考核表；此表仅供查看。</translation>
    </message>
    <message>
        <source>Submitted for review: read-only until the reviewer approves or returns it.</source>
        <translation>已提交审核：在审核人通过或退回之前不能修改。</translation>
    </message>
    <message>
        <source>Approved by %1 and sealed: read-only.</source>
        <translation>已由 %1 审核通过并封存：不能修改。</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>%1 退回：%2</translation>
    </message>
    <message>
        <source>Base %1 · total %2 · grade %3</source>
        <translation>基础分 %1 · 总分 %2 · 等次 %3</translation>
    </message>
</context>
<context>
    <name>sd::SheetTableModel</name>
    <message>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>起草人</translation>
    </message>
</context>
<context>
    <name>sd::Shift</name>
    <message>
        <source>Auxiliary</source>
        <translation>辅警</translation>
    </message>
    <message>
        <source>Duty leader</source>
        <translation>值班领导</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>值班民警</translation>
    </message>
</context>
<context>
    <name>sd::ShiftPattern</name>
    <message>
        <source>&quot;%1&quot; is not a shift key: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>“%1”不是有效的班次键：请使用小写字母、数字和 _，并以字母开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift: write key=HH:MM+HH:MM (its start and length), e.g. day=08:30+12:00.</source>
        <translation>“%1”不是有效的班次：请写成 键=HH:MM+HH:MM（开始时间和时长），例如 day=08:30+12:00。</translation>
    </message>
    <message>
        <source>The shift %1 is named twice.</source>
        <translation>班次 %1 被重复列出。</translation>
    </message>
    <message>
        <source>The shift %1 must last more than nothing and at most 24 hours.</source>
        <translation>班次 %1 的时长必须大于零且不超过 24 小时。</translation>
    </message>
    <message>
        <source>The shift pattern needs at least one shift.</source>
        <translation>班次模式至少需要一个班次。</translation>
    </message>
    <message>
        <source>The shifts must add up to 24 hours, not %1.</source>
        <translation>各班次合计必须为 24 小时，而不是 %1。</translation>
    </message>
    <message>
        <source>The shifts must cover the 24 hours without gap or overlap: %1 ends at %2, but %3 starts at %4.</source>
        <translation>各班次必须无间隙、无重叠地覆盖 24 小时：%1 于 %2 结束，而 %3 于 %4 开始。</translation>
    </message>
</context>
<context>
    <name>sd::SignatureCapture</name>
    <message>
        <source>Sign on the pad first.</source>
        <translation>请先在签名板上签名。</translation>
    </message>
    <message>
        <source>That is too little to be a signature; sign again.</source>
        <translation>笔迹太少，不能作为签名；请重新签名。</translation>
    </message>
    <message>
        <source>The signature image is damaged.</source>
        <translation>签名图像已损坏。</translation>
    </message>
</context>
<context>
    <name>sd::SignaturePad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the signature (Delete)</source>
        <translation>清除签名（Delete 键）</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>（未填写姓名）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message>
        <source>A signature, shown read-only.</source>
        <translation>签名（只读显示）。</translation>
    </message>
    <message>
        <source>Draw a signature with the mouse, a pen or a finger. Delete clears it; Ctrl+Z undoes.</source>
        <translation>用鼠标、手写笔或手指书写签名。按 Delete 清除，按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Role: %1.</source>
        <translation>身份：%1。</translation>
    </message>
</context>
<context>
    <name>sd::SignatureSlotsPanel</name>
    <message>
        <source>Remove signature</source>
        <translation>删除签名</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Sign (password)…</source>
        <translation>签名（需密码）…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Cannot sign yet</source>
        <translation>暂不能签名</translation>
    </message>
    <message>
        <source>Draw the signature on the pad first.</source>
        <translation>请先在签名板上签名。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sd::SignatureStrokes</name>
    <message>
        <source>The signature data is damaged: %1</source>
        <translation>签名数据已损坏：%1</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>the format version is missing.</source>
        <translation>缺少格式版本。</translation>
    </message>
    <message>
        <source>format version %1 is not known to this StationDesk (it reads version %2).</source>
        <translation>本 StationDesk 不认识格式版本 %1（只能读取版本 %2）。</translation>
    </message>
    <message>
        <source>the canvas must be [%1,%2].</source>
        <translation>画布必须为 [%1,%2]。</translation>
    </message>
    <message>
        <source>the list of strokes is missing.</source>
        <translation>缺少笔画列表。</translation>
    </message>
    <message>
        <source>stroke %1 is not a non-empty list of points.</source>
        <translation>第 %1 笔不是非空的点列表。</translation>
    </message>
    <message>
        <source>stroke %1, point %2</source>
        <translation>第 %1 笔第 %2 点</translation>
    </message>
    <message>
        <source>%1 is not [x, y, ms] or [x, y, ms, pressure].</source>
        <translation>%1 不是 [x, y, ms] 或 [x, y, ms, pressure]。</translation>
    </message>
    <message>
        <source>%1 (%2, %3) lies outside the %4 × %5 canvas.</source>
        <translation>%1 (%2, %3) 超出了 %4 × %5 的画布。</translation>
    </message>
    <message>
        <source>%1 has time %2 ms; times are whole milliseconds that never go backwards.</source>
        <translation>%1 的时间为 %2 毫秒；时间须为整毫秒且不能倒退。</translation>
    </message>
    <message>
        <source>%1 has pressure %2; pressure lies between 0 and 1.</source>
        <translation>%1 的压力为 %2；压力应在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>more than %1 points.</source>
        <translation>点数超过 %1。</translation>
    </message>
</context>
<context>
    <name>sd::Sql</name>
    <message>
        <source>the system refused access to the database file</source>
        <translation>系统拒绝访问数据库文件</translation>
    </message>
    <message>
        <source>another desk or program has the database locked; try again in a moment</source>
        <translation>数据库已被另一台终端或其他程序锁定；请稍后重试</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>计算机内存不足</translation>
    </message>
    <message>
        <source>the database cannot be written: its file or its folder is read-only</source>
        <translation>无法写入数据库：数据库文件或其所在文件夹为只读</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>磁盘报告读写错误</translation>
    </message>
    <message>
        <source>the database file is damaged or is not a database; restore it from a backup</source>
        <translation>数据库文件已损坏或不是数据库；请从备份恢复</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the database file cannot be opened: its folder may be missing or read-only</source>
        <translation>无法打开数据库文件：其所在文件夹可能不存在或为只读</translation>
    </message>
    <message>
        <source>a value is too large to store</source>
        <translation>某个值过大，无法存储</translation>
    </message>
    <message>
        <source>the database refused the change (%1)</source>
        <translation>数据库拒绝了此修改（%1）</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full</source>
        <translation>数据库服务器的磁盘已满</translation>
    </message>
    <message>
        <source>the database server ran out of memory</source>
        <translation>数据库服务器内存不足</translation>
    </message>
    <message>
        <source>the database server has too many connections; try again later</source>
        <translation>数据库服务器的连接数过多；请稍后重试</translation>
    </message>
    <message>
        <source>the database server ran out of resources</source>
        <translation>数据库服务器资源不足</translation>
    </message>
    <message>
        <source>the database server accepts only reads (a read-only or standby server)</source>
        <translation>数据库服务器只允许读取（只读服务器或备用服务器）</translation>
    </message>
    <message>
        <source>another desk was changing the same data at the same time; try again</source>
        <translation>另一台终端正在同时修改相同的数据；请重试</translation>
    </message>
    <message>
        <source>the database server reports damaged data; ask its administrator to restore it from a backup</source>
        <translation>数据库服务器报告数据已损坏；请联系服务器管理员从备份恢复</translation>
    </message>
    <message>
        <source>a value holds a character the database cannot store, such as a NUL byte</source>
        <translation>某个值含有数据库无法存储的字符，例如 NUL 字节</translation>
    </message>
    <message>
        <source>the database account is not allowed to do this</source>
        <translation>数据库账户无权执行此操作</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>与数据库服务器的连接已断开</translation>
    </message>
    <message>
        <source>the database reported error %1</source>
        <translation>数据库报告错误 %1</translation>
    </message>
    <message>
        <source>the database reported: %1</source>
        <translation>数据库报告：%1</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>无法%1：%2。</translation>
    </message>
    <message>
        <source>read from the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <source>read the %1 table</source>
        <translation>读取 %1 表</translation>
    </message>
    <message>
        <source>add rows to the %1 table</source>
        <translation>向 %1 表添加行</translation>
    </message>
    <message>
        <source>change rows of the %1 table</source>
        <translation>修改 %1 表中的行</translation>
    </message>
    <message>
        <source>delete rows of the %1 table</source>
        <translation>删除 %1 表中的行</translation>
    </message>
    <message>
        <source>change the database&apos;s structure</source>
        <translation>修改数据库结构</translation>
    </message>
    <message>
        <source>run a database command</source>
        <translation>执行数据库命令</translation>
    </message>
    <message>
        <source>Could not %1: no row was found.</source>
        <translation>无法%1：未找到任何行。</translation>
    </message>
</context>
<context>
    <name>sd::SqliteBulkStatement</name>
    <message>
        <source>A bulk statement needs a SQLite connection.</source>
        <translation>批量语句需要 SQLite 连接。</translation>
    </message>
    <message>
        <source>Could not prepare a bulk statement: %1</source>
        <translation>无法准备批量语句：%1</translation>
    </message>
</context>
<context>
    <name>sd::StationCtl</name>
    <message>
        <source>Usage: stationctl [--database URL] [--lang zh_CN|en] &lt;command&gt; [options]

Commands:
</source>
        <translation>用法：stationctl [--database URL] [--lang zh_CN|en] &lt;命令&gt; [选项]

命令：
</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang; use zh_CN or en</source>
        <translation>--lang 的语言“%1”未知；请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>no %1 translation in this build; continuing in English</source>
        <translation>此版本没有 %1 翻译；继续使用英文</translation>
    </message>
    <message>
        <source>no command given; see stationctl --help</source>
        <translation>未给出命令；请参阅 stationctl --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use one of: %2</source>
        <translation>未知命令“%1”；可用命令：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 the operation failed, 2 the command line is wrong.
</source>
        <translation>退出状态：0 完成，1 操作失败，2 命令行有误。
</translation>
    </message>
    <message>
        <source>Options:
  --database URL   a SQLite file path, or postgresql://user@host:port/dbname
                   (password and TLS the libpq way: PGPASSWORD, ~/.pgpass,
                   ?sslmode=require). Default: $STATIONDESK_DATABASE, else
                   %1
  --lang zh_CN|en  language of messages and table headings
  --version        show the version
  -h, --help       show this help; stationctl &lt;command&gt; --help for a command
</source>
        <translation>选项：
  --database URL   SQLite 文件路径，或 postgresql://user@host:port/dbname
                   （密码和 TLS 按 libpq 方式设置：PGPASSWORD、~/.pgpass、
                   ?sslmode=require）。默认：$STATIONDESK_DATABASE，否则为
                   %1
  --lang zh_CN|en  消息和表头的语言
  --version        显示版本
  -h, --help       显示本帮助；stationctl &lt;命令&gt; --help 显示该命令的帮助
</translation>
    </message>
    <message>
        <source>no help on &quot;%1&quot;; use a command&apos;s name, --markdown or --man</source>
        <translation>没有关于“%1”的帮助；请使用命令名、--markdown 或 --man</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for stationctl help; see stationctl --help</source>
        <translation>stationctl help 不接受参数“%1”；请参阅 stationctl --help</translation>
    </message>
</context>
<context>
    <name>sd::StationSettings</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须介于 %2 和 %3 之间。</translation>
    </message>
</context>
<context>
    <name>sd::Statistics</name>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Preventable</source>
        <translation>可防性</translation>
    </message>
    <message>
        <source>Significant rise</source>
        <translation>显著上升</translation>
    </message>
    <message>
        <source>Significant fall</source>
        <translation>显著下降</translation>
    </message>
    <message>
        <source>Within noise</source>
        <translation>正常波动</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Criminal and public-order alerts</source>
        <translation>刑事治安警情</translation>
    </message>
    <message>
        <source>Preventable alerts</source>
        <translation>可防性警情</translation>
    </message>
    <message>
        <source>Alerts resolved on the scene</source>
        <translation>现场处置警情</translation>
    </message>
    <message>
        <source>Alerts are counted by at most two dimensions at once.</source>
        <translation>一次最多按两个维度统计警情。</translation>
    </message>
    <message>
        <source>The dimension %1 is given twice.</source>
        <translation>维度 %1 重复给出。</translation>
    </message>
    <message>
        <source>Count by one period at a time, not by %1 and %2.</source>
        <translation>一次只能按一种周期统计，不能同时按 %1 和 %2。</translation>
    </message>
    <message>
        <source>The counts are kept by category and preventable with one of source, area, status and hour, or by two of those four alone; this asks for more.</source>
        <translation>计数按类别和可防性与来源、社区、状态、时段之一交叉保存，或仅按这四项中的两项交叉保存；此请求超出范围。</translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2.</source>
        <translation>起始日期 %1 晚于结束日期 %2。</translation>
    </message>
    <message>
        <source>The year %1 has not begun.</source>
        <translation>%1 年尚未开始。</translation>
    </message>
    <message>
        <source>A change is significant when |z| ≥ 3, where z = 2(√now − √before) for Poisson counts; percentages only when both counts are at least 10.</source>
        <translation>按泊松计数，z = 2（√本期 − √上期），|z| ≥ 3 时变化显著；两期计数均不少于 10 时才显示百分比。</translation>
    </message>
    <message>
        <source>Marked preventable</source>
        <translation>标记为可防</translation>
    </message>
    <message>
        <source>Of the preventable categories</source>
        <translation>属于可防类别</translation>
    </message>
    <message>
        <source>Marked preventable or of the preventable categories</source>
        <translation>标记为可防或属于可防类别</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a category; use one of %3.</source>
        <translation>%1：“%2”不是警情类别；可用：%3。</translation>
    </message>
    <message>
        <source>%1: name at least one category.</source>
        <translation>%1：请至少指定一个类别。</translation>
    </message>
    <message>
        <source>Criminal and public-order categories</source>
        <translation>刑事治安类别</translation>
    </message>
    <message>
        <source>Preventable categories</source>
        <translation>可防类别</translation>
    </message>
    <message>
        <source>Effective from: %1 is before %2, when the current definition took effect; a new version cannot take effect before the one it follows.</source>
        <translation>生效日期：%1 早于现行口径的生效日期 %2；新版本不能早于其前一版本生效。</translation>
    </message>
    <message>
        <source>the default definition</source>
        <translation>默认口径</translation>
    </message>
    <message>
        <source>definition %1 of %2</source>
        <translation>%2 起的第 %1 版口径</translation>
    </message>
    <message>
        <source>A window is 1 to %1 days long, not %2.</source>
        <translation>滚动窗口应为 1 至 %1 天，而不是 %2 天。</translation>
    </message>
    <message>
        <source>Categories that count as preventable are given only with a count of preventable alerts.</source>
        <translation>只有统计可防性警情时才能指定计为可防的类别。</translation>
    </message>
</context>
<context>
    <name>sd::StatisticsPage</name>
    <message>
        <source>This year against last, by month</source>
        <translation>今年与去年同期（按月）</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Preventable alerts, by month</source>
        <translation>可防性警情（按月）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV)…</source>
        <translation>导出数据 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Export page as &amp;PDF…</source>
        <translation>导出页面 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Two down, one up</source>
        <translation>两降一升</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>显著性</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Preventable alerts</source>
        <translation>可防性警情</translation>
    </message>
    <message>
        <source>Alert statistics %1 — %2</source>
        <translation>警情统计 %1 — %2</translation>
    </message>
    <message>
        <source>Alert statistics %1</source>
        <translation>警情统计 %1</translation>
    </message>
    <message>
        <source>Export page as PDF</source>
        <translation>导出页面 PDF</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>导出数据 CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 to %2, against the same days of %3; counted under %4</source>
        <translation>%1 至 %2，与 %3 年同期比较；按%4统计</translation>
    </message>
    <message>
        <source>Rolling window</source>
        <translation>滚动窗口</translation>
    </message>
    <message>
        <source>&amp;Areas, with their trend</source>
        <translation>社区及趋势(&amp;A)</translation>
    </message>
    <message>
        <source>Rolling &amp;windows</source>
        <translation>滚动窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Rolling windows</source>
        <translation>滚动窗口</translation>
    </message>
</context>
<context>
    <name>sd::StatsCommand</name>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>对比期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>preventable</source>
        <translation>可防</translation>
    </message>
    <message>
        <source>not preventable</source>
        <translation>不可防</translation>
    </message>
    <message>
        <source>no area</source>
        <translation>无社区</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date like 2026-03-01</source>
        <translation>--%1“%2”不是日期，应形如 2026-03-01</translation>
    </message>
    <message>
        <source>unknown dimension &quot;%1&quot; for --by; use one of %2</source>
        <translation>--by 不支持维度“%1”；可用：%2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; for --category; use one of %2</source>
        <translation>--category 不支持类别“%1”；可用：%2</translation>
    </message>
    <message>
        <source>unknown comparison &quot;%1&quot; for --compare; use previous or year</source>
        <translation>--compare 不支持比较方式“%1”；请用 previous 或 year</translation>
    </message>
    <message>
        <source>Alert statistics: counts, changes and their significance</source>
        <translation>警情统计：计数、变化及其显著性</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>stationctl stats summary needs --year Y, such as 2026</source>
        <translation>stationctl stats summary 需要 --year Y，例如 2026</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>kept alert counts that differ from the alerts: %1</source>
        <translation>与警情不一致的保存计数：%1 条</translation>
    </message>
    <message>
        <source>alert counts agree with the alerts
</source>
        <translation>警情计数与警情一致
</translation>
    </message>
    <message>
        <source>--window counts the days up to --to (or today); it cannot be given with --from</source>
        <translation>--window 统计截至 --to（或今天）的天数，不能与 --from 同时使用</translation>
    </message>
    <message>
        <source>--window &quot;%1&quot; is not a number of days from 1 to %2</source>
        <translation>--window“%1”不是 1 至 %2 之间的天数</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; for --preventable; use flag, categories or both</source>
        <translation>--preventable 不支持规则“%1”；请用 flag、categories 或 both</translation>
    </message>
    <message>
        <source>--wanted &quot;%1&quot; is not MEASURE=down or MEASURE=up, where MEASURE is one of %2</source>
        <translation>--wanted“%1”应为 MEASURE=down 或 MEASURE=up，MEASURE 可用：%2</translation>
    </message>
    <message>
        <source>stationctl stats define needs at least one of --criminal-categories, --preventable, --preventable-categories and --wanted</source>
        <translation>stationctl stats define 至少需要 --criminal-categories、--preventable、--preventable-categories、--wanted 之一</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Criminal and public order</source>
        <translation>刑事治安</translation>
    </message>
    <message>
        <source>Preventable</source>
        <translation>可防性</translation>
    </message>
    <message>
        <source>Preventable categories</source>
        <translation>可防类别</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>期望方向</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>added definition %1, in force from %2
</source>
        <translation>已添加第 %1 版口径，自 %2 起生效
</translation>
    </message>
    <message>
        <source>Counted under %1.
</source>
        <translation>按%1统计。
</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] stats alerts [--by DIM [--by DIM]] [--from DATE]
                  [--to DATE] [--window DAYS] [--category C[,C…]] [--preventable]
                  [--compare previous|year] [--format F]
       stationctl [--database URL] stats summary --year Y [--format F]
       stationctl [--database URL] stats definitions [--format F]
       stationctl [--database URL] stats define [--criminal-categories C[,C…]]
                  [--preventable flag|categories|both]
                  [--preventable-categories C[,C…]] [--wanted MEASURE=down|up]…
                  [--from DATE]
       stationctl [--database URL] stats verify

alerts   counts alerts by up to two dimensions: year, quarter, month, week,
         weekday, hour, category, source, area, status, preventable (none: the
         total). Days are the station&apos;s, DATE is YYYY-MM-DD, both ends included;
         without them, from the first to the last day with alerts. Each count
         is compared with the period before (a year, quarter, month or week)
         or with the range of equal length before it; --compare year compares
         with the same days a year before. Keys key, count, previous, change,
         percent (null unless both counts are at least 10), z and flag (rise,
         fall or noise); a key of two dimensions reads &quot;2018-03|dispute&quot;.
         --window DAYS (1 to 3660; 28 and 365 are the usual) counts the DAYS days
         up to --to (default: today) against as many days before; not with --from
summary  two down, one up for a year (to date, for the current year) against
         the same days of the year before: criminal and public-order alerts,
         preventable alerts, alerts resolved on the scene (keys measure, key,
         count, previous, change, percent, z, flag), both years counted under
         the definition in force on the year&apos;s last day counted
definitions  the versions of the definitions, newest first, then the default
         that applies before the first (keys version, from, criminal_categories,
         preventable, preventable_categories, wanted, changed_by, changed_at)
define   adds a version, in force from --from (default: today); what is not
         given is copied from the newest version. --criminal-categories: the
         categories of the first measure; --preventable: an alert is preventable
         by its flag, by --preventable-categories, or by either; --wanted: the
         way a measure (criminal_public_order, preventable, resolved_on_scene)
         should move. Needs the change_settings permission
verify   recounts the kept counts from the alerts; exit 1 naming each count
         that differs

z = 2(√count − √previous); a change is flagged only when |z| ≥ 3.

Options:
  --format table|csv|json  output format (default: table)
</source>
        <translation>用法：stationctl [--database URL] stats alerts [--by DIM [--by DIM]] [--from DATE]
                  [--to DATE] [--window DAYS] [--category C[,C…]] [--preventable]
                  [--compare previous|year] [--format F]
      stationctl [--database URL] stats summary --year Y [--format F]
      stationctl [--database URL] stats definitions [--format F]
      stationctl [--database URL] stats define [--criminal-categories C[,C…]]
                  [--preventable flag|categories|both]
                  [--preventable-categories C[,C…]] [--wanted MEASURE=down|up]…
                  [--from DATE]
      stationctl [--database URL] stats verify

alerts   按最多两个维度统计警情：year（年）、quarter（季度）、month（月）、
         week（周）、weekday（星期）、hour（时段）、category（类别）、source（来源）、
         area（社区）、status（状态）、preventable（可防性）；不指定维度时给出总数。
         日期按派出所时区计算，DATE 为 YYYY-MM-DD，含首尾两天；不指定时从第一条
         警情所在日到最后一条警情所在日。每个计数与上一周期（年、季度、月或周）
         或此前等长的区间比较；--compare year 与去年同期比较。键为 key、count、
         previous、change、percent（两期计数均不少于 10 时才有值，否则为 null）、
         z 和 flag（rise、fall 或 noise）；两个维度的键形如“2018-03|dispute”。
         --window DAYS（1 至 3660；常用 28 和 365）统计截至 --to（默认：今天）的
         DAYS 天，并与此前同样天数比较；不能与 --from 同时使用
summary  某年（当年则为年初至今）与上年同期的“两降一升”：刑事治安警情、
         可防性警情、现场处置警情（键 measure、key、count、previous、change、
         percent、z、flag），两年均按所统计最后一天有效的口径计算
definitions  统计口径的各个版本，最新的在前，最后是第一个版本之前适用的默认口径
         （键 version、from、criminal_categories、preventable、
         preventable_categories、wanted、changed_by、changed_at）
define   新增一个口径版本，自 --from（默认：今天）起生效；未指定的内容沿用最新版本。
         --criminal-categories：第一项指标包含的类别；--preventable：警情按标记、
         按 --preventable-categories 或按两者之一计为可防；--wanted：某项指标
         （criminal_public_order、preventable、resolved_on_scene）期望的变化方向。
         需要 change_settings 权限
verify   根据警情重新计算保存的计数；有不一致时退出码为 1，并逐条列出

z = 2（√count − √previous）；仅当 |z| ≥ 3 时标记为显著变化。

选项：
  --format table|csv|json  输出格式（默认：table）
</translation>
    </message>
</context>
<context>
    <name>sd::StocktakeDialog</name>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>&amp;Room or area:</source>
        <translation>房间或功能区(&amp;R)：</translation>
    </message>
    <message>
        <source>scan or type a tag code, then Enter</source>
        <translation>扫描或输入标签编码，然后按回车</translation>
    </message>
    <message>
        <source>&amp;Tag code:</source>
        <translation>标签编码(&amp;T)：</translation>
    </message>
    <message>
        <source>Scanned:</source>
        <translation>已扫描：</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比对(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Record checks</source>
        <translation>记录检查(&amp;R)</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>在位：%1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>Unexpected here: %1</source>
        <translation>不应在此：%1</translation>
    </message>
    <message>
        <source>Unknown codes: %1</source>
        <translation>未知编码：%1</translation>
    </message>
    <message numerus="yes">
        <source>Last-checked dates recorded for %n item(s).</source>
        <translation>
            <numerusform>已为 %n 项记录最近检查日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>stocktake-%1.pdf</source>
        <translation>盘点-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>Cannot record the export</source>
        <translation>无法记录导出操作</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Cannot record the printout</source>
        <translation>无法记录打印操作</translation>
    </message>
    <message>
        <source>Print preview: stocktake</source>
        <translation>打印预览：盘点</translation>
    </message>
</context>
<context>
    <name>sd::StocktakeReport</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stocktake %1 %2</source>
        <translation>盘点 %1 %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1 — %2 (continued)</source>
        <translation>%1 — %2（续）</translation>
    </message>
    <message>
        <source>Stocktake Report</source>
        <translation>盘点报告</translation>
    </message>
    <message>
        <source>Room or area</source>
        <translation>房间或功能区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 found, %2 missing, %3 unexpected, %4 unknown code(s)</source>
        <translation>在位 %1 项，缺失 %2 项，不应在此 %3 项，未知编码 %4 个</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Recorded: every item found or seen here has %1 as its last-checked date.</source>
        <translation>已记录：在此找到或见到的每一项，最近检查日期均记为 %1。</translation>
    </message>
    <message>
        <source>Comparison only: no last-checked dates were changed.</source>
        <translation>仅作比对：未更改任何最近检查日期。</translation>
    </message>
    <message>
        <source>Found (%1)</source>
        <translation>在位（%1）</translation>
    </message>
    <message>
        <source>Missing (%1)</source>
        <translation>缺失（%1）</translation>
    </message>
    <message>
        <source>Unexpected here (%1)</source>
        <translation>不应在此（%1）</translation>
    </message>
    <message>
        <source>Unknown codes (%1)</source>
        <translation>未知编码（%1）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Signature of the person who took stock:</source>
        <translation>盘点人签名：</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Place owner</source>
        <translation>场所责任人</translation>
    </message>
</context>
<context>
    <name>sd::TableWriter</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>sd::Task</name>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>sd::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Edit task: %1</source>
        <translation>编辑任务：%1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Rule section:</source>
        <translation>制度条目(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Due / first on:</source>
        <translation>到期 / 首次(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>原因(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sd::TaskRepository</name>
    <message>
        <source>No task with id %1</source>
        <translation>没有编号为 %1 的任务</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
</context>
<context>
    <name>sd::TaskTableModel</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Rule section</source>
        <translation>制度条目</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>完成次数</translation>
    </message>
</context>
<context>
    <name>sd::TasksPanel</name>
    <message>
        <source>O&amp;verdue only</source>
        <translation>只看逾期(&amp;V)</translation>
    </message>
    <message>
        <source>Or&amp;phaned</source>
        <translation>无人负责(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;finished one-offs</source>
        <translation>显示已完成的一次性任务(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>新建任务(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>标记完成(&amp;M)…</translation>
    </message>
    <message>
        <source>Search title, description or rule section</source>
        <translation>搜索名称、说明或制度条目</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Task register</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>标记完成：%1</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
</context>
<context>
    <name>sd::TimeText</name>
    <message>
        <source>invalid date &quot;%1&quot; for %2; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], optionally with Z or +HH:MM</source>
        <translation>%2 的日期“%1”无效；请使用 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM[:SS]，可带 Z 或 +HH:MM</translation>
    </message>
</context>
<context>
    <name>sd::Transaction</name>
    <message>
        <source>The database connection is not open</source>
        <translation>数据库连接未打开</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The transaction is not active</source>
        <translation>事务未处于活动状态</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Another desk is writing to the database and was still busy after %n second(s). Try again in a moment.</source>
        <translation>
            <numerusform>另一台终端正在写入数据库，等待 %n 秒后仍未完成。请稍后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not tell the other desks about the change: %1</source>
        <translation>无法将此更改通知其他工作台：%1</translation>
    </message>
</context>
<context>
    <name>sd::TrendPanel</name>
    <message>
        <source>Export chart &amp;PNG…</source>
        <translation>导出图表 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>方案(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>对象(&amp;U)：</translation>
    </message>
    <message>
        <source>Peri&amp;ods:</source>
        <translation>期数(&amp;O)：</translation>
    </message>
    <message>
        <source>Most frequent deductions (approved sheets)</source>
        <translation>最常见扣分项（已审核考核表）</translation>
    </message>
    <message>
        <source>Comparison of subjects over the periods shown</source>
        <translation>所示期间各对象对比</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)%4</source>
        <translation>%1（%2 – %3）%4</translation>
    </message>
    <message>
        <source>, continuing</source>
        <translation>，仍在延续</translation>
    </message>
    <message>
        <source>No approved sheets yet.</source>
        <translation>尚无审核通过的考核表。</translation>
    </message>
    <message>
        <source>Longest runs: %1</source>
        <translation>最长连续记录：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>考核表数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>No deductions</source>
        <translation>零扣分</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Most frequent deductions: %1</source>
        <translation>最常见扣分项：%1</translation>
    </message>
    <message>
        <source>Comparison: %1, %2 – %3</source>
        <translation>对比：%1，%2 – %3</translation>
    </message>
</context>
<context>
    <name>sd::Unit</name>
    <message>
        <source>Station leadership</source>
        <translation>所领导</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>探组</translation>
    </message>
    <message>
        <source>Action team</source>
        <translation>行动组</translation>
    </message>
    <message>
        <source>Community police office</source>
        <translation>警务室</translation>
    </message>
</context>
<context>
    <name>sd::UnitDialog</name>
    <message>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Edit unit: %1</source>
        <translation>编辑单位：%1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>上级单位(&amp;P)：</translation>
    </message>
    <message>
        <source>Filter by name, badge or position</source>
        <translation>按姓名、警号或职务筛选</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>负责人(&amp;L)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(no leader)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Members selected: %1</source>
        <translation>已选成员：%1 人</translation>
    </message>
</context>
<context>
    <name>sd::UnitRepository</name>
    <message>
        <source>No unit with id %1</source>
        <translation>没有 ID 为 %1 的单位</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>No community area with id %1</source>
        <translation>没有 ID 为 %1 的社区</translation>
    </message>
</context>
<context>
    <name>sd::UnitTreeModel</name>
    <message>
        <source>(no leader)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>sd::UnitsCommand</name>
    <message>
        <source>List the station&apos;s units with their leaders</source>
        <translation>列出派出所各单位及其负责人</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] units list [options]

Lists the units: the leadership, party groups, squads, action teams and
community police offices, each with its leader, parent unit, number of
members and, for offices, the community areas it serves.

Options:
  --format table|csv|json  output format (default: table); CSV and JSON use
                           the keys kind, name, leader_badge, leader_name,
                           parent, members, areas
</source>
        <translation>用法：stationctl [--database URL] units list [选项]

列出各单位：所领导、党小组、探组、行动组和警务室，以及各自的负责人、
上级单位、成员人数；警务室还列出其负责的社区。

选项：
  --format table|csv|json  输出格式（默认：table）；CSV 和 JSON 使用以下键：
                           kind, name, leader_badge, leader_name,
                           parent, members, areas
</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Leader badge</source>
        <translation>负责人警号</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Community areas</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>sd::UnitsPanel</name>
    <message>
        <source>Community areas served</source>
        <translation>负责的社区</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>添加单位(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation>编辑单位(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected unit (Enter)</source>
        <translation>编辑所选单位（Enter）</translation>
    </message>
    <message>
        <source>Add a&amp;rea…</source>
        <translation>添加社区(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move area…</source>
        <translation>移除社区(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected area (Delete)</source>
        <translation>移除所选社区（Delete）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Cannot read the units</source>
        <translation>无法读取单位列表</translation>
    </message>
    <message>
        <source>No unit selected</source>
        <translation>未选择单位</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Leader: none yet</source>
        <translation>负责人：暂无</translation>
    </message>
    <message>
        <source>Cannot read the members</source>
        <translation>无法读取成员</translation>
    </message>
    <message>
        <source>Cannot open the unit</source>
        <translation>无法打开该单位</translation>
    </message>
    <message>
        <source>Add community area</source>
        <translation>添加社区</translation>
    </message>
    <message>
        <source>Community area served by %1:</source>
        <translation>由 %1 负责的社区：</translation>
    </message>
    <message>
        <source>Cannot add the area</source>
        <translation>无法添加社区</translation>
    </message>
    <message>
        <source>Remove community area</source>
        <translation>移除社区</translation>
    </message>
    <message>
        <source>Remove %1 from the areas this office serves?</source>
        <translation>是否将 %1 从本警务室负责的社区中移除？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Cannot remove the area</source>
        <translation>无法移除社区</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>负责人：%1</translation>
    </message>
</context>
<context>
    <name>sd::UserCommand</name>
    <message>
        <source>Add, list, lock, unlock, disable accounts and reset passwords</source>
        <translation>添加、列出、锁定、解锁、停用账户及重置密码</translation>
    </message>
    <message>
        <source>Usage: stationctl [--database URL] user &lt;subcommand&gt; [options]

Subcommands:
  add --badge B --role R --password-stdin
                           create an account for an active person
  list [--format table|csv|json]
                           list the accounts; CSV and JSON use the keys
                           badge_no, name, role, locked, locked_until,
                           disabled, last_login_at, password_changed_at
  passwd --badge B --password-stdin
                           set a new password for someone who forgot theirs
  role --badge B --role R  give an account another role
  lock --badge B           lock an account until it is unlocked
  unlock --badge B         lift a lock, manual or after failed logins
  disable --badge B        stop an account from logging in
  enable --badge B         let a disabled account log in again

Roles: %1.

The password is the first line of standard input, never a command-line
argument (which other users can see), for example:
  stationctl user passwd --badge 031001 --password-stdin &lt; new-password.txt
On a terminal it is asked for without echo. It must have at least 8
characters and not be a common password. The last administrator cannot be
locked, disabled or given another role.
</source>
        <translation>用法：stationctl [--database URL] user &lt;子命令&gt; [选项]

子命令：
  add --badge B --role R --password-stdin
                           为在职人员创建账户
  list [--format table|csv|json]
                           列出账户；CSV 和 JSON 使用以下键：
                           badge_no, name, role, locked, locked_until,
                           disabled, last_login_at, password_changed_at
  passwd --badge B --password-stdin
                           为忘记密码的人设置新密码
  role --badge B --role R  更改账户的角色
  lock --badge B           锁定账户，直至解锁
  unlock --badge B         解除锁定（管理员锁定或登录失败后的锁定）
  disable --badge B        禁止账户登录
  enable --badge B         允许已停用的账户重新登录

角色：%1。

密码取自标准输入的第一行，绝不作为命令行参数（其他用户可以看到），例如：
  stationctl user passwd --badge 031001 --password-stdin &lt; new-password.txt
在终端上会提示输入且不回显。密码至少 8 个字符，且不能是常用密码。
最后一名管理员不能被锁定、停用或更改角色。
</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; for --role; use one of: %2</source>
        <translation>--role 的角色“%1”未知；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>option --%1 is required; see stationctl user --help</source>
        <translation>必须提供选项 --%1；请参阅 stationctl user --help</translation>
    </message>
    <message>
        <source>option --password-stdin is required: the password is read from standard input, never from the command line</source>
        <translation>必须提供选项 --password-stdin：密码从标准输入读取，绝不从命令行读取</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Added an account for %1 as %2.
</source>
        <translation>已为 %1 添加账户，角色为 %2。
</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>until unlocked</source>
        <translation>直至解锁</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码修改时间</translation>
    </message>
    <message>
        <source>Set a new password for badge %1.
</source>
        <translation>已为警号 %1 设置新密码。
</translation>
    </message>
    <message>
        <source>Badge %1 now has the role %2.
</source>
        <translation>警号 %1 的角色已改为 %2。
</translation>
    </message>
    <message>
        <source>Locked the account of badge %1.
</source>
        <translation>已锁定警号 %1 的账户。
</translation>
    </message>
    <message>
        <source>Unlocked the account of badge %1.
</source>
        <translation>已解锁警号 %1 的账户。
</translation>
    </message>
    <message>
        <source>Disabled the account of badge %1.
</source>
        <translation>已停用警号 %1 的账户。
</translation>
    </message>
    <message>
        <source>Enabled the account of badge %1.
</source>
        <translation>已启用警号 %1 的账户。
</translation>
    </message>
</context>
</TS>
