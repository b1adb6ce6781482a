# tix 界面（简体中文）。

## 计数

tickets = { $n } 个工单

## 面板标题

queue-title = 工单队列
queue-count = ({ $loaded })
queue-count-of = ({ $loaded }/{ $total })
queue-count-more = ({ $loaded }+)
queue-count-filtered = ({ $shown }/{ $loaded })
queue-count-filtered-loaded = (已加载 { $loaded }，显示 { $shown })
queue-open-elsewhere = · 已打开：#{ $id }
queue-loading = 正在加载队列…
queue-no-match = 没有符合筛选条件的工单
queue-empty = 没有工单
queue-none-snoozed = 没有暂缓的工单
conversation-title = 对话
conversation-title-ticket = 对话 #{ $id }
customer-title = 客户
customer-title-masked = 客户（已隐藏）
customer-title-masked-key = 客户（已隐藏，按 { $key } 显示）
canned-title = 快捷回复

## 队列列名

column-id = 编号
column-status = 状态
column-priority = 优先
column-channel = 渠道
column-requester = 客户
column-subject = 主题
column-due = 期限
column-wakes = 唤醒

## 状态栏

status-demo = tix · 演示服务台（{ $backend }）
status-profile = tix · { $profile }（{ $backend }）
status-connecting = · 连接中
status-online = · 在线
status-offline = · 离线（自 { $time }）
status-selected = · 已选 { $n }
status-bulk = · 批量 { $done }/{ $total }
status-undo = · 撤销 { $done }/{ $total }
status-outbox = · 待发送 { $n }
status-cached = · 队列缓存于 { $time }
status-retry = · { $seconds } 秒后重试
status-api = · API { $remaining }/{ $limit }
status-loading = · 正在加载 { $loaded }
status-loading-of = · 正在加载 { $loaded }/{ $total }
status-log = { $key } 日志
time-unknown = 未知

## 按键提示

hint-help = 帮助
hint-quit = 退出
hint-reply = 回复
hint-note = 备注
hint-palette = 命令
hint-canned = 快捷回复
hint-send = 发送
hint-keep-draft = 存为草稿
hint-editor = 编辑器

## 操作（帮助、命令面板；操作名保留英文，它们是按键映射的接口）

action-app-quit = 退出 tix
action-app-help = 显示按键
action-app-palette = 搜索所有操作和快捷回复
action-ticket-goto = 按编号跳转到工单
action-app-refresh = 重新加载队列
action-focus-next = 切换到下一个面板
action-focus-prev = 切换到上一个面板
action-list-down = 向下
action-list-up = 向上
action-list-page-down = 向下翻页
action-list-page-up = 向上翻页
action-list-top = 跳到第一项
action-list-bottom = 跳到最后一项
action-list-open = 打开所选项
action-conversation-more = 展开阅读折叠的长消息
action-conversation-quoted = 显示或折叠引用的旧邮件
action-queue-filter = 边输入边筛选队列
action-queue-search = 在服务台中搜索（所有工单，包括已解决的）
action-queue-views = 选择队列显示的视图
action-queue-next-view = 显示下一个视图
action-queue-prev-view = 显示上一个视图
action-queue-view = 显示视图列表中的第 n 个（1-9）
action-ticket-reply = 回复客户
action-ticket-note = 写内部备注
action-ticket-canned = 选择快捷回复
action-ticket-set-status = 设置状态
action-ticket-set-priority = 设置优先级
action-ticket-assign = 分配给客服
action-ticket-take = 把工单分配给自己
action-ticket-tags = 添加或移除标签（+标签 -标签）
action-ticket-reveal = 显示或隐藏该客户的邮箱、电话和卡号
action-ticket-escalate = 升级：选择团队或人员，写备注，提高优先级
action-ticket-attachments = 保存或打开工单的附件
action-ticket-open-web = 在服务台网页中打开工单
action-ticket-snooze = 暂缓此工单：在指定时间前移出队列（已暂缓的：立即唤醒）
action-ticket-unsnooze = 取消工单的暂缓：它回到队列
action-snooze-helpdesk = 在暂缓选择中：同时在服务台设置等待状态，让同事也能看到
action-ticket-workflow = 对此工单执行引导流程（匹配的优先）
action-workflow-next = 完成：进入流程的下一步（在说明之后）
action-workflow-back = 流程后退一步
action-workflow-restart = 重新开始流程
action-workflow-stop = 停止此工单上的流程（进度将被丢弃）
action-attachment-save = 将所选附件保存到下载文件夹
action-attachment-open = 打开所选附件（私有副本，用系统默认程序）
action-ticket-knowledge = 搜索知识库（优先显示为此工单推荐的文章）
action-knowledge-insert-link = 把文章链接作为单独段落插入回复
action-knowledge-insert-excerpt = 把文章顶部的段落插入回复
action-knowledge-beside = 在对话旁保持文章打开（再按一次关闭）
action-app-metrics = 显示或隐藏今日指标
action-app-messages = 显示最近的通知和错误及其时间
action-compose-send = 发送回复或备注
action-compose-cancel = 关闭，并把文本存为草稿
action-compose-editor = 在 $VISUAL 或 $EDITOR 中编辑文本
action-macro-apply = 应用预览的宏（其字段和评论，一次更新）
action-macro-edit = 先编辑宏的评论；字段更改随发送一起提交
action-queue-select = 选中工单以批量修改，再按一次取消
action-queue-select-range = 选中从上次选中的工单到此工单之间的所有工单
action-queue-select-all = 选中显示的所有工单（筛选或搜索结果）；再按一次：全部取消
action-ticket-undo = 撤销上一次字段或标签修改（单个工单或批量）
action-prompt-accept = 确认（筛选、命令、选择器）
action-prompt-cancel = 取消（筛选、命令、选择器、帮助）
binding-unbound = 未绑定

## 客户与快捷回复面板

loading = 加载中…
customer-none = 无客户
customer-org = 组织：{ $name }
customer-not-loaded = 未加载：{ $what }
missing-ticket-count = 工单数
missing-organization = 组织
customer-counts = 共 { $all } 个工单 · 最近 { $recent } 个中 { $open } 个未解决
customer-rating = 最近评价：{ $mark } { $score }
tier-vip = VIP
tier-loyal = 老客户
tier-standard = 普通
tier-new = 新客户
canned-none = { $backend } 没有快捷回复
canned-no-match = 没有匹配的快捷回复

## 对话

conversation-loading = 正在加载对话…
conversation-internal-note = 内部备注
conversation-unassigned = 未分配
conversation-tags = 标签：{ $tags }
conversation-more = 还有 { $size }
conversation-read-on-key = 按 { $key } 继续阅读
conversation-read-on-action = { $action } 继续阅读
conversation-show-key = 按 { $key } 显示
conversation-show-action = { $action } 显示
conversation-quoted-lines = { $n } 行引用
size-bytes = { $n } 字节
size-kb = { $n } KB
size-mb = { $n } MB
workflow-line-done = 流程完成：{ $title }（路径将作为备注随回复发送）
workflow-line-step = 流程：{ $title }，第 { $step } 步（{ $key }）
workflow-line-fits = 适用流程：{ $title }（{ $key }）
workflow-line-fits-more = 适用流程：{ $title } 等另外 { $more } 个（{ $key }）
draft-kind-reply = 回复草稿
draft-kind-note = 备注草稿
draft-kind-escalation = 升级草稿
draft-kept = { $kind }已保存（{ $chars } 个字符）：按 { $key } 继续

## 提醒

alert-breached = #{ $id } 已超出 SLA（{ $left }）
alert-breaches-in = #{ $id } 将在 { $left } 后超出 SLA
alert-near-more = { $n }+ 个工单已超出或即将超出 SLA（最早：#{ $id }，{ $left }）
alert-near = { $n } 个工单已超出或即将超出 SLA（最早：#{ $id }，{ $left }）
alert-arrived = 新的紧急/VIP 工单：{ $list }

## 时长（几个字符：用于窄列）

duration-seconds = { $n }秒
duration-minutes = { $n }分
duration-hours = { $n }时
duration-days = { $n }天
clock-ago = { $age }前

## 冲突（操作）

action-collision-send = 仍然发送（或仍然应用字段更改），覆盖已有的变化
action-collision-edit = 带着文本回到编辑器，先修改
action-collision-keep = 把文本存为草稿（丢弃字段更改）；不发送任何内容

## 选择器

picker-selection = 已选 { $n } 个工单

## 团队

action-ticket-set-group = 把工单转交给团队（组、队列），不写备注

## 选择器标题与用词

picker-status = 状态
picker-priority = 优先级
picker-assignee = 分配给
picker-group = 转交团队
picker-escalate = 升级给
picker-views = 视图
picker-attachments = 附件：
picker-now = 当前
picker-no-match = 无匹配
picker-type-to-filter = 输入以筛选

## 日期（星期与月份）

weekday-short = { $day ->
    [1] 周一
    [2] 周二
    [3] 周三
    [4] 周四
    [5] 周五
    [6] 周六
   *[7] 周日
}
month-short = { $month ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}
date-day-month = { $month }{ $day }日
date-day-month-year = { $year }年{ $month }{ $day }日

## 暂缓

snooze-in-hours = { $n } 小时后
snooze-tomorrow-at = 明天 { $time }
snooze-next-monday-at = 下周一 { $time }
snooze-title = 暂缓 { $ticket }
snooze-type-a-time = 或输入时间：15:30、mon 10:00、2h
snooze-on-helpdesk = 同时在服务台设为“{ $status }”，让同事也能看到（{ $key }）
snooze-no-waiting-status = 服务台的等待状态未知：仅由 tix 记录
snooze-wakes = 唤醒时间：{ $when }
snooze-keys = { $accept } 暂缓 · { $cancel } 取消

## 批量更改与撤销

bulk-cleared = 已取消选择（{ $tickets }）
bulk-already = { $tickets }已是该状态：跳过
bulk-gone = 已选的 { $tickets }不在队列中了：跳过
bulk-nothing = 所选工单无需更改
bulk-changing = 正在更改{ $tickets }…
bulk-undoing = 正在撤销{ $tickets }…
bulk-done = 批量更改：已完成 { $done }/{ $tickets }
bulk-undo-done = 撤销：已完成 { $done }/{ $tickets }
bulk-waiting = { $n } 个待发送
bulk-failed = { $n } 个失败
bulk-which-and-why = { $key }：查看哪些及原因
bulk-undo-on = 撤销{ $tickets }

## 字段

field-status = 状态
field-priority = 优先级
field-group = 团队
field-assignee = 负责人
notice-setting-field = 正在把 { $ticket } 的{ $field }设为“{ $value }”…

## 冲突提示

collision-title = 已变更：{ $ticket }
collision-reply-not-sent = 你的回复未发送。自你打开工单以来：
collision-note-not-sent = 你的备注未发送。自你打开工单以来：
collision-escalation-not-sent = 你的升级未发送。自你打开工单以来：
collision-change-not-applied = 更改未应用。自你打开工单以来：
collision-keys-text = { $send } 仍然发送 · { $edit } 编辑 · { $keep } 存为草稿
collision-keys-text-loading = { $edit } 编辑 · { $keep } 存为草稿
collision-keys-fields = { $send } 仍然应用 · { $keep } 放弃
collision-keys-fields-loading = { $keep } 放弃
collision-scroll = 滚动

## 编辑框标题

composer-reply = #{ $ticket } 通过 { $via } 回复 { $to }
composer-reply-unnamed = #{ $ticket } 通过 { $via } 回复客户
composer-sms = { $units } 个字符，{ $segments } 条短信
composer-sms-unicode = Unicode
composer-escalation-note = #{ $ticket } 升级备注
composer-internal-note = #{ $ticket } 内部备注（仅客服可见）
composer-workflow-note = 流程备注

## 弹出窗口

help-title = 快捷键：输入以搜索，↑↓ 滚动，esc 关闭
help-search = 搜索：
context-global = 全局
context-queue = 工单队列
context-conversation = 对话
context-canned = 快捷回复
context-customer = 客户
context-compose = 编辑框
context-palette = 输入框与命令面板
context-macro = 宏预览
context-attachments = 附件
context-workflow = 引导流程
context-knowledge = 知识库
context-snooze = 暂缓
context-collision = 编辑冲突
palette-title = 命令面板
problems-title = 配置问题
problems-rest = 其余部分已加载；请修正该文件并重启 tix。按任意键关闭。
attachments-keys = { $save } 保存 · { $open } 打开
search-title = 在服务台中搜索
search-hint = 所有工单，包括已解决的；enter 搜索，esc 取消
tags-title = { $ticket } 的标签
tags-hint = +标签 添加，-标签 移除；enter 保存，esc 取消
tags-none = （无）
tags-now = 当前：{ $tags }
messages-title = 消息（按任意键关闭）
metrics-title = 今日（按任意键关闭）
metrics-handled = 今日处理
metrics-replies = 回复数
metrics-first-response = 首次响应中位数
metrics-handle-time = 平均处理时长
metrics-fcr = 首次联系解决率
metrics-csat = 客户满意度
key-close = { $key } 关闭
change-none = 无
change-nobody = 无人
change-no-group = 无分组
change-field = { $field }：{ $from } → { $to }
change-field-to = { $field } → { $to }
field-tags = 标签
macro-title = 宏：{ $name } · #{ $ticket }
macro-asking = 正在向服务台查询此宏的作用…
macro-no-preview = 无法预览：未做任何更改。
macro-will = 此宏将：
macro-add-reply = 添加公开回复：
macro-add-note = 添加内部备注：
macro-nothing = 不会更改此工单
macro-keys = { $apply } 应用 · { $edit } 先编辑评论 · { $cancel } 取消
confirm-title-bulk = 批量修改
confirm-title-undo = 撤销
confirm-more = ……以及另外 { $n } 个
confirm-keys-apply = { $accept } 应用 · { $dismiss } 保持不变
confirm-keys-undo = { $accept } 撤销 · { $dismiss } 保持不变
workflows-title = 引导流程 · #{ $ticket }
workflows-none = 尚未安装引导流程（配置目录中的 workflows/*.toml；tix config init 会安装示例）。
workflows-suggested = 适合此工单：
workflows-other = 其他流程：
workflows-start = 1-{ $n } 或 a-{ $letter } 开始
workflow-title = 引导流程：{ $name } · #{ $ticket }
workflow-step = 第 { $n } 步
workflow-earlier = ……之前还有 { $n } 步
workflow-answer = 1-{ $n } 或 a-{ $letter } 作答
workflow-key-done = { $key } 完成
workflow-done = 完成：{ $outcome }
workflow-reply-ready = 回复已在编辑框（或草稿）中；所走路径将作为备注一并发送。
workflow-key-back = { $key } 返回
workflow-key-restart = { $key } 重新开始
workflow-key-stop = { $key } 停止
metrics-per-hour = 每小时回复数，00–23
kb-title = 知识库
kb-article = 文章
kb-loading = 正在加载文章…
kb-reading-keys = { $link } 插入链接 · { $excerpt } 插入摘录 · { $beside } 并排显示 · { $back } 返回
kb-list-keys = enter 阅读 · ↑↓ 选择 · esc 关闭
kb-beside-hint = { $open } 后按 { $beside } 关闭
conversation-no-ticket = 未选择工单
