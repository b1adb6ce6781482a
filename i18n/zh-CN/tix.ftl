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
queue-empty-views = 此视图中没有工单 · { $key } 其他视图
queue-none-snoozed = 没有暂缓的工单
conversation-title = 对话
conversation-title-ticket = 对话 #{ $id }
customer-title = 客户
customer-title-masked = 客户（已隐藏）
customer-title-masked-key = 客户（已隐藏，按 { $key } 显示）
canned-title = 快捷回复
canned-on-demand = 低带宽模式：首次打开此面板时加载。

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
status-demo-short = tix · 演示
status-profile-short = tix · { $profile }
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
customer-counts = 共 { $all } 个工单 · { $open } 个未解决
customer-counts-total = 共 { $all } 个工单
customer-list-on-focus = ▸ 聚焦时列出（{ $key }）
customer-more-below = ↓ 还有 { $n } 个
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

## 命令行的 --help（src/cli_lang.rs）

cli-help-heading-usage = 用法:
cli-help-heading-commands = 命令
cli-help-heading-arguments = 参数
cli-help-heading-options = 选项
cli-help-flag-help = 显示帮助
cli-help-flag-help-more = 显示帮助（“--help” 查看详细内容）
cli-help-flag-help-summary = 显示帮助（“-h” 查看摘要）
cli-help-flag-version = 显示版本
cli-help-subcommand-help = 显示此帮助或指定子命令的帮助

cli-help-tix = 为客服人员打造的快速终端工作台，全程键盘操作
cli-help-tix-after = 未配置时，tix 使用内置的演示服务台。
    配置文件：$TIX_CONFIG_DIR/config.toml（默认在 XDG 配置目录，例如 ~/.config/tix/config.toml）。
cli-help-tix--demo = 使用内置演示服务台，忽略配置
cli-help-tix--profile = 使用 config.toml 中的此配置档
cli-help-tix--tickets = 内置演示服务台的工单数（最多 200000）
cli-help-tix--seed = 演示服务台数据的随机种子
cli-help-tix--second_agent = 演示服务台增加第二位客服：你打开的工单会不时收到客户的追问，或同事的回复、状态修改、接手，用来演示 tix 如何发现冲突
cli-help-tix--low_bandwidth = 低带宽模式：向终端发送更少的字节（见 README）
cli-help-tix--plain = 纯文本模式，适用于屏幕阅读器和盲文显示器：逐行输出，没有面板（见 README）
cli-help-ls = 按队列顺序列出某个视图的工单
cli-help-ls--view = 视图名称（默认：第一个视图，与界面一致）
cli-help-ls--limit = 只取队列前 N 个工单（服务台按 SLA 违约排序视图时，只获取这些工单）
cli-help-ls--json = 输出 JSON
cli-help-show = 显示工单及其对话和客户
cli-help-show--json = 输出 JSON（每条消息的完整正文）
cli-help-show--quoted = 完整显示引用的历史邮件，而不是折叠成一行
cli-help-reply = 将标准输入作为公开回复发送（加 --note 则为内部备注）；加 --macro 则改为应用 Zendesk 宏（其字段和评论），加 --preview 只显示不应用
cli-help-reply--macro_id = 宏的 ID：在此工单上预览，并作为一次更新应用
cli-help-reply--preview = 与 --macro 一起使用：显示宏会做什么，不做任何修改
cli-help-doctor = 检查设置：配置、DNS、连接、TLS、OAuth 令牌、身份验证、一次示例请求
cli-help-login = 使用 OAuth 登录（含 oauth_client_id 的配置档）：在浏览器中授权 tix
cli-help-login-long = 使用 OAuth 登录（含 oauth_client_id 或 auth = "oauth" 的配置档）。

    默认情况下，tix 在 127.0.0.1 上监听（一个空闲端口，或配置档 oauth_redirect 中的端口），在浏览器中打开服务台的授权页面，并接收跳转回来的请求。令牌保存在 DATA_DIR/oauth/PROFILE.json（权限 0600）或系统密钥环（token_store = "keyring"）中，会自动刷新，且从不显示。

    在没有浏览器的机器上（SSH 会话），请使用 --paste：tix 会显示授权网址；在任意一台机器的浏览器中打开并授权。随后浏览器会跳转到回调网址（配置档的 oauth_redirect，默认 http://127.0.0.1/callback），在你自己的电脑上这个页面多半打不开：这是正常的。复制地址栏中的完整地址（或只复制 code= 参数的值）粘贴到 tix 中。该代码几分钟内有效，且只能与本次登录的 PKCE 验证码一起使用，而验证码不会离开运行 tix 的机器。

    回调网址必须在 OAuth 客户端中登记（Zendesk：Admin Center > Apps and integrations > APIs > OAuth clients > Redirect URLs）。

    对于使用 token_keyring 的令牌配置档（需启用 keyring 功能构建），tix login 改为从标准输入读取 API 令牌并存入系统密钥环。
cli-help-login--paste = 显示网址，并从标准输入读取跳转后的网址（或其中的代码）：用于 SSH 会话和没有浏览器的机器
cli-help-logout = 退出 OAuth 配置档：在服务台撤销访问令牌，并删除保存的令牌
cli-help-stats = 今日指标：已处理工单、首次响应、处理时长、首次联系解决率、CSAT
cli-help-stats--day = 其他日期（YYYY-MM-DD）
cli-help-keymap = 显示或检查按键映射
cli-help-keymap-show = 输出当前生效的绑定：上下文<TAB>按键<TAB>操作
cli-help-keymap-check = 检查按键映射文件：文件:行:列: 消息；有错误时退出码为 1
cli-help-theme = 检查主题文件
cli-help-theme-check = 检查主题文件：文件:行:列: 消息；有错误时退出码为 1
cli-help-workflow = 检查或列出引导流程（配置目录中的 workflows/*.toml）
cli-help-workflow-check = 检查流程文件：文件:行:列: 消息；有错误时退出码为 1。服务台有响应时，会根据服务台的数据（以及 canned/ 中的文件）检查快捷回复、状态和组
cli-help-workflow-list = 列出已安装的流程：名称<TAB>标题<TAB>适用情况
cli-help-completions = 输出 shell 自动补全脚本，由本命令行生成
cli-help-completions-long = 输出 shell 自动补全脚本，由本命令行生成。

    bash: tix completions bash > ~/.local/share/bash-completion/completions/tix
    zsh:  tix completions zsh > ~/.zfunc/_tix（并在 ~/.zshrc 的 compinit 之前加上 fpath+=~/.zfunc）
    fish: tix completions fish > ~/.config/fish/completions/tix.fish
cli-help-man = 输出 man 手册页（roff），由本命令行生成；加 --dir 则在该目录写入 tix.1 及每个子命令一页（tix-reply.1 等）
cli-help-config = 写入配置文件
cli-help-config-init = 在配置目录写入 config.toml：列出每项设置及其默认值，均已注释
cli-help-config-init--force = 替换已有的 config.toml
cli-help-demo-server = 单独运行演示服务台（Zendesk API v2 接口）
cli-help-demo-server--addr = 监听地址（除非确有需要，只用本机回环地址）
cli-help-demo-server--token = 要求此令牌（Bearer，或以 email/token:TOKEN 进行 basic 认证）
cli-help-demo-server--oauth_expires_in = 要求 OAuth：由其 /oauth/tokens 签发的 Bearer 访问令牌，每个有效 SECS 秒（授权页面立即通过）
cli-help-demo-server--fail_rate = 让这一比例的请求失败（0-1）：500、带 Retry-After 的 503、截断或错误的 JSON
cli-help-demo-server--slow_ms = 让失败的那部分请求（--fail-rate 为 0 时为全部请求）停顿这么久
cli-help-demo-server--latency_ms = 模拟差网络：每个响应增加的延迟
cli-help-demo-server--kbps = 模拟差网络：吞吐量上限，单位 kbit/s（0：不限）
cli-help-demo-server--drop_rate = 模拟差网络：断开这一比例的连接（0-1）
cli-help-demo-server--hostile = 在部分工单中放入恶意文本（转义序列、双向控制符、零宽字符、超大正文）
cli-help-demo-server--anchor = 生成数据所锚定的时刻（RFC 3339；默认：现在）。用相同锚点和种子重启的服务器拥有相同的工单和时间，就像服务台在故障后恢复一样（用于测试）
cli-help-views = 列出配置档的视图：ID、工单数（服务台能低成本提供时）、名称
cli-help-search = 使用服务台自身的搜索查找工单（包括已解决的），以 `ls` 的格式列出
cli-help-search--query = 搜索内容，使用服务台自己的语法（多个词为一次搜索）
cli-help-status = 设置工单状态：服务台自己的状态词或标签（RT：stalled、resolved；自定义状态用名称），或状态类别（new、open、pending、hold、solved、closed）
cli-help-assign = 将工单分配给某位客服（姓名或邮箱）、自己（`me`）或不分配（`none`）
cli-help-tag = 添加（+标签）和移除（-标签）工单的标签
cli-help-tag--changes = +标签 添加标签，-标签 移除标签
cli-help-open = 在服务台网页界面中打开工单（$BROWSER，否则用系统默认程序）
cli-help-attachment = 将工单的第 N 个附件（编号同 `tix show`）保存到下载文件夹，并输出文件路径。不会覆盖已有文件
cli-help-attachment--n = 附件在 `tix show ID` 中的编号（从 1 开始）
cli-help-attachment--out = 文件夹（默认：config.toml 中的 download_dir，否则为 XDG 下载目录）
cli-help-kb = 知识库：搜索、显示文章（服务台的文章及配置目录中 knowledge/ 的文章）
cli-help-kb-search = 搜索知识库（服务台的及配置目录中 knowledge/ 的）：ID、分区、标题，最相关的在前
cli-help-kb-show = 以文本显示文章（链接编号，图片显示为替代文本）
cli-help-bulk = 一次修改多个工单：状态、优先级、负责人、标签（ID 作为参数或从标准输入读取）；每个工单一条报告。退出码 0：全部修改；1：部分未修改（期间同事有修改、被拒绝）；2：参数错误
cli-help-bulk--ids = 工单 ID；不提供或为 `-` 时从标准输入读取（每行一个或以空格分隔）
cli-help-bulk--status = 要设置的状态（服务台的状态词或标签，或类别，如 pending）
cli-help-bulk--priority = 要设置的优先级（服务台的用词或标签）
cli-help-bulk--assignee = 要分配给的客服（姓名或邮箱）、`me` 或 `none`
cli-help-bulk--tags = +标签 添加标签，-标签 移除标签（一个 --tag 后可跟多个）
cli-help-bulk--dry_run = 说明每个工单会有哪些改动，但不做任何修改
cli-help-bulk--json = 以 JSON 输出报告：每个工单一个对象
cli-help-bulk--no_check = 即使在 tix 读取工单后有人做过修改也照样写入（不检查 updated_at）；在 Zendesk 上，相同的改动会以每次请求 100 个工单的方式发送（update_many）

## 命令行输出：报告、确认、错误

cli-none = 无
cli-errors-found = 发现错误
cli-no-demo = 此 tix 构建时未包含内置演示服务台（`demo` 功能）：请用 --profile 指定配置档，或用 `tix config init` 创建一个
cli-no-profile = { $file } 中没有配置档 { $name }（现有配置档：{ $profiles }）
cli-profile-problem = 配置档 { $name }：{ $problem }
cli-password-env-unset = 未设置环境变量 { $var }（password_env）
cli-rt-needs-credentials = RT 需要 token_env，或 user 加 password_env
cli-needs-token = { $backend } 需要令牌（token_env、token_cmd 或 token）
cli-bad-ticket-id = 工单 ID { $arg } 无效：工单 ID 是数字，例如 1001
cli-bad-macro-id = 宏 ID { $arg } 无效：宏 ID 是数字，例如 1001
cli-cannot-tighten = 无法收紧 { $dir } 中的权限：{ $why }
cli-wrote = 已写入 { $path }
cli-outbox-unwritable = 无法写入发件箱：{ $why }
cli-not-delivered = 未送达：{ $why }
cli-fate-unknown = 不确定 #{ $id } 是否已收到（{ $why }）；它在发件箱中等待，下次启动时 tix 会先检查工单再发送：请不要再次发送
cli-demo-changes-last = 这是内置演示服务台；其改动只在本次运行期间有效
cli-no-view = 没有视图 { $name }（现有视图：{ $views }）
cli-show-status = 状态：{ $status } · 优先级：{ $priority } · 渠道：{ $channel }
cli-show-assignee = 负责人：{ $assignee } · 组：{ $group } · 标签：{ $tags }
cli-show-times = 创建：{ $created } · 更新：{ $updated }
cli-tickets-unknown = ? 个工单
cli-show-customer = 客户：{ $name } <{ $email }> { $organization } [{ $tier }] · { $tickets }
cli-show-not-loaded = 未加载：{ $what }
cli-show-internal-note = 内部备注
cli-show-quoted-folded = { $what }（--quoted 可完整显示）
cli-show-attachment = 附件 { $n }
cli-no-macros = { $backend } 没有可应用的宏；请把文本通过管道传给 `tix reply`
cli-macro-will = 宏 { $macro_id } 将对 #{ $ticket }：
cli-macro-adds-reply = 添加公开回复
cli-macro-adds-note = 添加内部备注
cli-macro-preview-only = 仅预览：未做任何修改
cli-macro-updated = #{ $ticket } 已更新：{ $status }
cli-metrics-unwritable = 无法将此回复计入今日指标：{ $why }
cli-nothing-to-send = 没有可发送的内容：回复从标准输入读取
cli-replied = 已回复 #{ $ticket }（{ $status }）
cli-noted = 已为 #{ $ticket } 添加备注（{ $status }）
cli-replied-already-there = 已回复 #{ $ticket }（响应丢失了，但工单显示已收到）
cli-noted-already-there = 已为 #{ $ticket } 添加备注（响应丢失了，但工单显示已收到）
cli-nothing-to-search = 没有搜索内容
cli-no-status-given = 未指定状态
cli-assign-to-whom = 分配给谁？客服的姓名或邮箱、me 或 none
cli-no-attachments = #{ $ticket } 没有附件
cli-attachments-numbered = #{ $ticket } 有 { $n } 个附件，编号从 1 开始，见 tix show { $ticket }
cli-no-download-dir = 不知道下载文件夹：请在 config.toml 中设置 download_dir，或使用 --out 目录
cli-no-search = { $backend } 没有 tix 可用的搜索
cli-changed-status = #{ $ticket } { $subject }：状态 { $from } → { $to }
cli-changed-assignee = #{ $ticket } { $subject }：负责人 { $from } → { $to }
cli-changed-tags = #{ $ticket } { $subject }：标签 { $from } → { $to }
cli-tags-unchanged = #{ $ticket } { $subject }：标签 { $tags }（未改变）
cli-no-such-status = { $backend } 没有状态 { $value }（现有状态：{ $statuses }）
cli-no-agent-matches = 没有与 { $who } 匹配的客服（客服：{ $agents }；或 me、none）
cli-several-agents-match = { $who } 匹配到多位客服：{ $agents }
cli-its-assignee-is = 其负责人是 { $assignee }
cli-its-tags-are = 其标签为 { $tags }（{ $backend } 可能不保存标签）
cli-written-not-changed = #{ $ticket } 已写入但未改变：{ $now }
cli-bad-tag-change-sign = 标签修改 { $change } 无效：+标签 添加标签，-标签 移除标签
cli-bad-tag-change-hyphen = 标签修改 { $change } 无效：标签不能以 - 开头；请把 --tag 放在其他选项之后
cli-bad-tag-change-word = 标签修改 { $change } 无效：标签只能是一个词
cli-open-it-yourself = { $why }：请自行打开上面的地址

## tix doctor

doctor-step-config = 配置
doctor-step-profile = 配置档
doctor-step-transport = 传输
doctor-step-oauth-tokens = OAuth 令牌
doctor-step-dns = DNS
doctor-step-connect = 连接
doctor-step-url = 网址
doctor-step-credentials = 凭据
doctor-step-helpdesk = 服务台
doctor-step-authentication = 身份验证
doctor-step-oauth-refresh = OAuth 刷新
doctor-step-sample-request = 示例请求
doctor-config-fix = { $why } — 请修正该文件，然后重新运行 tix doctor
doctor-no-profile = config.toml 中没有配置档 { $name }
doctor-dns-ok = { $host } 的地址是 { $ip }
doctor-dns-none = { $host } 没有地址
doctor-dns-failed = { $host }：{ $why } — 请检查配置档中的 url
doctor-connect-refused = { $addr }：{ $why } — 服务器是否在运行、端口是否正确？
doctor-connect-silent = { $addr }：5 秒内无响应 — 是防火墙还是地址错误？
doctor-server-answered = 服务器响应 HTTP { $status }
doctor-demo = 内置演示服务台（未配置配置档或使用了 --demo）
doctor-signed-in = 已登录为 { $name }
doctor-token-refused = { $why } — 令牌被拒绝：请检查 token_env/token_cmd 和邮箱
doctor-refreshed = 已刷新并保存；访问令牌 { $expiry }
doctor-views = { $n } 个视图，第一个：{ $first }
doctor-rate-limit = API 速率限制：{ $budget }
doctor-rate-left = 剩余 { $left } / { $limit }
doctor-rate-resets = ，{ $secs } 秒后重置
doctor-rate-low = （余量不足：后台请求会放慢）
doctor-rate-unknown = 此服务台不提供
doctor-yes = 是
doctor-no = 否
doctor-capabilities = { $backend } 的功能：视图 { $views }，快捷回复 { $canned }，组织 { $organizations }，SLA { $sla }，搜索 { $search }，组 { $groups }，标签列表 { $tag_list }，增量变更 { $changes_since }，宏预览 { $macro_preview }，附件 { $attachments }，网页 { $web_pages }

## 纯文本模式（src/plain/words.rs）。输入的命令保持英文。

plain-span-less-than-a-minute = 不到一分钟
plain-span = { $unit ->
    [minute] { $n } 分钟
    [hour] { $n } 小时
   *[day] { $n } 天
}
plain-priority = 优先级 { $label }
plain-breached = { $ago }前已违约
plain-breaches-in = { $left }后违约
plain-updated-ago = { $ago }前更新
plain-customer-tier = { $tier }客户
plain-no-subject = 无主题
plain-no-requester = 无请求人
plain-selected = 已选中
plain-ticket-heading = 工单 { $id }，{ $n } 条消息
plain-ticket-loading-failed = 工单 { $id }：无法读取对话：{ $why }
plain-message-heading-public = 第 { $n } 条消息，共 { $of } 条，公开，{ $ago }前，发件人：
plain-message-heading-note = 第 { $n } 条消息，共 { $of } 条，内部备注，{ $ago }前，发件人：
plain-unknown-author = 未知作者
plain-attachments = { $n } 个附件。
plain-end-of-ticket = 工单 { $id } 结束。
plain-queue-heading = 队列 { $view }，第 { $first } 至 { $last } 个工单，共 { $of } 个。
plain-queue-empty = 队列 { $view } 中没有工单。
plain-or-more = { $n } 个以上
plain-next-page = 输入 list { $page } 查看后面的工单。
plain-no-such-page = 错误：只加载了 { $n } 个工单。输入 list 查看前面的工单。
plain-no-view = 未选视图
plain-loading-the-queue = 正在加载队列。
plain-loading = 正在加载 { $view }。
plain-loaded = 已从 { $view } 加载 { $n } 个工单。
plain-last-ticket = 这是已加载的最后一个工单；输入 list 查看队列。
plain-first-ticket = 这是队列中的第一个工单。
plain-no-ticket-open = 错误：没有打开的工单。输入 next，或 open 加编号。
plain-queue-empty-now = 错误：队列中还没有工单。输入 refresh，或稍候。
plain-unknown-command = 错误：{ $word } 不是命令。输入 help 查看命令。
plain-list-needs-page = 错误：list 需要页码，例如：list 2。
plain-open-needs-ticket = 错误：open 需要工单编号，例如：open 1475。
plain-search-needs-text = 错误：search 需要搜索词，例如：search 退款。
plain-welcome = tix 纯文本模式，连接到 { $helpdesk }。输入 help 查看命令，list 查看队列。
plain-the-demo = 演示服务台
plain-profile = 配置档 { $name }
plain-compose-start = { $kind ->
    [reply] 请写给 { $ticket } 的回复。以只有一个句点的行结束。输入的内容会随时保存为草稿。
    [escalation] 请写 { $ticket } 的升级说明。以只有一个句点的行结束。输入的内容会随时保存为草稿。
   *[note] 请写 { $ticket } 的备注。以只有一个句点的行结束。输入的内容会随时保存为草稿。
}
plain-draft-so-far = { $kind ->
    [reply] { $ticket } 目前的回复草稿；你输入的内容会接在后面：
    [escalation] { $ticket } 目前的升级说明草稿；你输入的内容会接在后面：
   *[note] { $ticket } 目前的备注草稿；你输入的内容会接在后面：
}
plain-draft-reads = { $kind ->
    [reply] 给 { $ticket } 的回复内容如下：
    [escalation] { $ticket } 的升级说明内容如下：
   *[note] { $ticket } 的备注内容如下：
}
plain-editor-opening = { $kind ->
    [reply] 正在用编辑器打开给 { $ticket } 的回复。
    [escalation] 正在用编辑器打开 { $ticket } 的升级说明。
   *[note] 正在用编辑器打开 { $ticket } 的备注。
}
plain-nothing-written = 没有写任何内容；不保留草稿。
plain-send-question = { $kind ->
    [reply] 发送给 { $ticket } 的回复？
    [escalation] 发送 { $ticket } 的升级说明？
   *[note] 发送 { $ticket } 的备注？
}
plain-choice-send = 发送
plain-choice-write-more = 继续写
plain-choice-keep-draft = 保留为草稿
plain-choice-discard = 放弃
plain-status-question = { $ticket } 的状态？
plain-priority-question = { $ticket } 的优先级？
plain-assign-question = 将 { $ticket } 分配给谁？
plain-canned-question = 给 { $ticket } 的回复使用哪条快捷回复？
plain-view-question = 哪个视图？
plain-me = 我
plain-none = 无
plain-no-canned = 错误：快捷回复尚未加载。请稍后再试。
plain-no-views = 错误：视图尚未加载。请稍后再试。
plain-keep = 保持 { $what }
plain-unassigned = 未分配
plain-choices = { $question } { $options }；默认：{ $default }。输入编号，或按 Enter 选默认项。
plain-not-a-choice = 错误：{ $answer } 不在选项中。输入 1 到 { $last } 的编号，或按 Enter：{ $default }。
plain-unchanged = { $field ->
    [status] { $ticket } 的状态保持不变。
    [priority] { $ticket } 的优先级保持不变。
   *[assignee] { $ticket } 的负责人保持不变。
}
plain-no-word = { $what ->
    [status] 错误：这里没有状态 { $word }。可用的状态：{ $valid }。
    [priority] 错误：这里没有优先级 { $word }。可用的优先级：{ $valid }。
    [agent] 错误：这里没有客服 { $word }。可用的客服：{ $valid }。
    [canned] 错误：这里没有快捷回复 { $word }。快捷回复：{ $valid }。
    [view] 错误：这里没有视图 { $word }。视图：{ $valid }。
   *[assignee] 错误：这里没有负责人 { $word }。可用的负责人：{ $valid }。
}
plain-more = 已显示 { $shown } 行，共 { $total } 行。按 Enter 继续，或按 q 停止。
plain-stopped = 已停止；还有 { $n } 行未显示。
plain-held = 你忙碌期间收到 { $n } 条通知：
plain-quiet = 安静：通知会等到你的下一条命令。
plain-more-events = 又收到 { $n } 条通知；输入 news 收听。
plain-no-news = 还没有通知。
plain-delivered-reply = 给 { $ticket } 的回复已从发件箱送达。
plain-delivered-note = { $ticket } 的备注已从发件箱送达。
plain-delivered-changes = 对 { $ticket } 的修改已从发件箱送达。
plain-deadline-alert = 期限提醒：{ $record }
plain-arrived = 新的紧急或 VIP 工单：{ $record }
plain-help =
    命令：
    list，或 list 加页码：队列，每行一个工单。
    next 和 prev：打开队列中的下一个或上一个工单。
    open 加编号：打开该工单，例如 open 1475。
    show：再次显示打开的工单。
    reply：给打开的工单写回复。
    note：给打开的工单写内部备注。
    status、priority、assign：修改打开的工单；后面跟一个词则立即设置，例如 status pending。
    canned：在回复中插入快捷回复。
    view：列出视图并切换。
    search 加搜索词：搜索服务台，例如 search 退款。
    refresh：重新加载队列。
    quiet：把通知留到你的下一条命令。
    news：本次会话的通知。
    help，或问号：此列表。
    quit：退出 tix；草稿会保留。
plain-waiting-for-writes = 正在等待 { $n } 项写入送达服务台；无论如何它们都在发件箱中。
plain-not-known-yet = { $what ->
    [status] 错误：服务台的状态列表尚未加载。请稍后再试。
    [priority] 错误：服务台的优先级列表尚未加载。请稍后再试。
   *[agent] 错误：服务台的客服列表尚未加载。请稍后再试。
}
plain-by-number = 只输入命令可查看编号列表
plain-canned-default = 不插入
plain-no-answer = 错误：服务台未及时响应；正在读取下一条命令。
plain-warning-at = { $file } 第 { $line } 行第 { $col } 列警告：{ $message }
plain-error-at = { $file } 第 { $line } 行第 { $col } 列错误：{ $message }

## 来自 update 的通知

notice-collided-text = { $kind ->
    [reply] { $ticket } 在你打开后已被修改（{ $why }）：你的回复未发送
    [escalation] { $ticket } 在你打开后已被修改（{ $why }）：你的升级说明未发送
   *[note] { $ticket } 在你打开后已被修改（{ $why }）：你的备注未发送
}
notice-collided-change = { $ticket } 在你打开后已被修改（{ $why }）：改动未应用
notice-collision-still-reading = 仍在读取改动内容：“仍然发送”会等读取完成
notice-sending-anyway = { $kind ->
    [reply] 仍然发送给 { $ticket } 的回复…
    [escalation] 仍然发送 { $ticket } 的升级说明…
   *[note] 仍然发送 { $ticket } 的备注…
}
notice-applying-anyway = 仍然对 { $ticket } 应用改动…
notice-kept-as-draft-open = { $kind ->
    [reply] 你的回复已保存为 { $ticket } 的草稿：打开该工单即可编辑
    [escalation] 你的升级说明已保存为 { $ticket } 的草稿：打开该工单即可编辑
   *[note] 你的备注已保存为 { $ticket } 的草稿：打开该工单即可编辑
}
notice-editing = { $kind ->
    [reply] 正在编辑给 { $ticket } 的回复
    [escalation] 正在编辑 { $ticket } 的升级说明
   *[note] 正在编辑 { $ticket } 的备注
}
notice-not-sent-kept = { $kind ->
    [reply] 未发送：你的回复已保存为 { $ticket } 的草稿
    [escalation] 未发送：你的升级说明已保存为 { $ticket } 的草稿
   *[note] 未发送：你的备注已保存为 { $ticket } 的草稿
}
notice-not-applied-dropped = 未应用：已放弃对 { $ticket } 的改动

## 冲突提示中列出的改动

changed-status = 状态 { $from } → { $to }
changed-priority = 优先级 { $from } → { $to }
changed-none = 无
changed-taken-by = 已由 { $name } 接手
changed-unassigned = 已取消分配（原为 { $name }）
changed-group = 已转到 { $group }
changed-tags = 标签 { $tags }
collision-reading = 正在读取改动内容…
collision-unreadable = 无法读取改动内容：{ $why }
collision-changed-unseen = 已修改（tix 未显示的字段）
collision-someone = 某人
collision-wrote = { $who } 于 { $at } 写道：
collision-noted = { $who } 于 { $at } 添加备注：
collision-best-effort = （此服务台没有自己的检查：tix 在写入前刚读取过工单）
notice-no-ticket = 未选择工单
notice-statuses-unknown = 状态尚未加载：请稍后再试
notice-refreshing = 正在刷新…
notice-escalating = 升级至 { $target }：需要填写备注
notice-no-such-status = 这里没有状态 { $word }：{ $valid }
notice-no-such-priority = 这里没有优先级 { $word }：{ $valid }
notice-editor-unchanged = 编辑器已关闭，没有改动
notice-editor-text-in-composer = 编辑器中的文本已放入 { $ticket } 的编辑框
notice-editor-text-kept = { $kind ->
    [reply] 编辑器中的文本已保存为 { $ticket } 的回复草稿
    [escalation] 编辑器中的文本已保存为 { $ticket } 的升级说明草稿
   *[note] 编辑器中的文本已保存为 { $ticket } 的备注草稿
}
notice-macro-not-applied-to = 宏未应用到 { $ticket }
notice-draft-kept = { $kind ->
    [reply] 已为 { $ticket } 保留回复草稿
    [escalation] 已为 { $ticket } 保留升级说明草稿
   *[note] 已为 { $ticket } 保留备注草稿
}
notice-nothing-to-send = 没有可发送的内容
notice-sending = { $kind ->
    [reply] 正在发送给 { $ticket } 的回复…
   *[note] 正在发送 { $ticket } 的备注…
}
notice-write-waits = { $ticket }：{ $why }；该写入在发件箱中等待，会自动发出
notice-not-sent-back-in-draft = { $ticket }：{ $why }；未发送：文本已放回草稿（按 r 查看）
notice-updated = { $ticket } 已更新
notice-not-updated-kept = { $ticket } 未更新（{ $why }）；文本已保存为草稿
notice-opening-ticket = 正在打开 #{ $ticket }…
notice-view = 视图：{ $view }
notice-could-not-open-ticket = 无法打开 #{ $ticket }：{ $why }
notice-no-view-named = 没有名为“{ $view }”的视图：显示第一个
notice-no-views = 此服务台没有视图
notice-showing-saved = { $why }；显示已保存的内容
notice-no-search = 此服务台在这里不提供搜索
notice-searching = 正在服务台中搜索“{ $query }”…
notice-search-found = 找到 { $n } 个；按 Esc 返回视图
notice-search-failed = 搜索失败：{ $why }
notice-no-such-view = 没有这个视图
notice-me-unknown = 尚不知道你的身份：请稍后再试
notice-privacy-off = 隐私模式已关闭（config.toml 中 privacy = false）
notice-unchanged-value = 未改变：这就是当前值
notice-tags-unchanged = { $ticket } 的标签未改变
notice-setting-tags = 正在将 { $ticket } 的标签设为 { $tags }…
notice-macro-not-applied = 宏“{ $title }”未应用
notice-applying-macro = 正在将宏“{ $title }”应用到 { $ticket }…
notice-selection-moved = 选择已变化：宏未应用
notice-views-unknown = 尚无已知视图
notice-groups-unknown = 没有已知的组：此服务台没有组，或尚未加载
notice-agents-unknown = 尚无已知的客服或组
notice-not-snoozed = { $ticket } 未被暂缓
notice-waiting-status-unknown = 此服务台的等待状态未知
notice-snoozed-on-helpdesk = 已将 { $ticket } 暂缓到 { $when }；正在服务台上设为 { $status }…
notice-snoozed = 已将 { $ticket } 暂缓到 { $when }
notice-snooze-cancelled-status-kept = 已取消暂缓：{ $ticket } 已回到队列（服务台上的状态保持不变）
notice-snooze-cancelled = 已取消暂缓：{ $ticket } 已回到队列
notice-workflow-first-step = 已经是第一步
notice-workflow-stopped = 流程已停止
notice-workflow-gone = 流程 { $name } 已不再安装
notice-workflow-changed = { $title } 已更改：重新开始
notice-workflow-reply-ready = { $title }：{ $ticket } 的回复已在编辑框中（检查后发送；所走路径会作为备注一并发送）
notice-could-not-open = 无法打开：{ $why }
notice-canned-failed-own = 服务台的快捷回复：{ $why }；显示你自己的
notice-draft-discarded = 已丢弃 { $ticket } 的草稿
notice-no-attachments-here = tix 无法获取 { $backend } 的附件
notice-conversation-not-loaded = { $ticket }：对话尚未加载
notice-ticket-no-attachments = { $ticket } 没有附件
notice-attachment-gone = 该附件已不在对话中
notice-no-web-address = tix 不知道 { $backend } 工单的网址
notice-opening-web = 正在网页界面中打开 { $ticket }…
notice-downloading-to-open = 正在下载 { $ticket } 的 { $name } 以打开…
notice-downloading-to-save = 正在下载 { $ticket } 的 { $name } 以保存…
notice-opening-file = 正在打开 { $name }（{ $path }）
notice-saved-file = 已将 { $name } 保存为 { $path }
notice-not-downloaded = { $ticket } 的 { $name } 未下载：{ $why }
notice-no-more-matches = 已加载的 { $loaded } 个工单中没有更多匹配：按 S 在服务台中搜索
notice-nothing-changed = 没有任何改动
notice-nothing-to-undo = 没有可撤销的操作
notice-no-canned-response = 没有快捷回复 { $id }

cli-bulk-no-ids = 没有工单 ID：请作为参数或从标准输入提供
cli-no-such-priority = { $backend } 没有优先级 { $value }（现有优先级：{ $priorities }）
cli-bulk-assignee-empty = --assignee：客服的姓名或邮箱、me 或 none
cli-bulk-nothing-to-change = 没有要修改的内容：请指定 --status、--priority、--assignee 或 --tag
cli-bulk-fate-unknown = 部分写入在发件箱中等待，结果未知：请不要再次发送
cli-bulk-not-changed = { $n } 个工单中有 { $failed } 个未修改
cli-kb-which-article = 哪篇文章？请提供其 ID

## The workspace's end and the runner's notices (src/workspace.rs farewell, src/app/effects.rs,
## src/app/outbox_worker.rs, src/app/editor.rs). $kind is reply, note or escalation; $why the system's reason

farewell-draft-kept = tix：{ $ticket } 的{ $kind ->
    [note] 备注
    [escalation] 升级说明
   *[reply] 回复
}草稿已保留
runner-outbox-unwritable = 无法写入发件箱：{ $why }
runner-metrics-unrecorded = 无法记录统计数据：{ $why }
runner-notify-exited = notify_cmd { $program } 退出：{ $status }
runner-notify-failed = notify_cmd { $program }：{ $why }
runner-draft-unsaved = 无法保存草稿：{ $why }
runner-draft-unremoved = 无法删除草稿：{ $why }
runner-no-download-dir = 未知下载文件夹：请在 config.toml 中设置 download_dir
runner-view-unkept = 无法记住当前视图：{ $why }
runner-snoozes-unkept = 无法保存暂缓设置：{ $why }
runner-walk-unkept = 无法保存工作流程的当前步骤：{ $why }
runner-queue-unsaved = 无法保存工单队列：{ $why }
editor-unwritable = 无法写入 { $path }：{ $why }
editor-unreadable = 无法读回 { $path }：{ $why }
editor-exited = { $editor } 退出：{ $status }；文本未改动
editor-not-started = 无法启动编辑器 { $editor }（{ $why }）：请设置 $VISUAL 或 $EDITOR

## Starting the workspace, and the demo helpdesk served on its own (src/commands/tui.rs)

cli-time-zone-unknown = time_zone { $name }：{ $why }
cli-business-hours-bad = [sla.business_hours]：{ $why }
cli-snoozes-unreadable = 无法读取暂缓设置：{ $why }
cli-sent-draft-unremoved = 无法删除已发送的草稿：{ $why }
demo-serving = tix 演示服务台（Zendesk API v2 方言），{ $tickets }；按 Ctrl-C 停止
demo-second-agent = 第二位客服每 { $secs } 秒向最近读取的工单写入一次
demo-served = 已处理 { $requests }：收到 { $bytes_in } 字节，发出 { $bytes_out } 字节
requests = { $n } 个请求

## Signing in and out (src/commands/auth.rs), tix stats, doctor's verdicts (src/commands/tools.rs,
## src/commands/doctor.rs). $time is a duration as durations are written (1h 5m)

doctor-ok = 正常
doctor-fail = 失败
expiry-in = { $time }后过期
expiry-ago = 已于 { $time }前过期
expiry-none = 未给出过期时间
auth-oauth-zendesk-only = OAuth 登录仅支持 Zendesk 配置，不支持 { $backend }
auth-needs-client-id = OAuth 需要 oauth_client_id
auth-no-tokens-yet = 配置 { $name } 使用 OAuth 登录，但尚无令牌：请运行 `tix login --profile { $name }`
auth-demo-needs-none = 内置演示无需 { $verb }：请用 --profile 指定配置
auth-needs-profile = tix { $verb } 需要一个配置：--profile 名称，或 config.toml 中的 default_profile
auth-no-such-profile = { $file } 中没有配置 { $name }
auth-not-oauth-logout = 该配置不使用 OAuth 登录：无需退出
auth-not-oauth-login = 该配置不使用 OAuth 登录：请设置 oauth_client_id（见 README），或继续使用 token_env、token_cmd 或 token_keyring
auth-not-signed-in = 未登录 { $name }：{ $store } 中没有令牌
auth-revoked = 已在服务台撤销访问令牌
auth-not-revoked = 无法在服务台撤销访问令牌（{ $why }）；该令牌{ $expiry }
auth-signed-out = 已退出 { $name }：令牌已从 { $store } 删除
auth-open-url-anywhere = 在任意电脑的浏览器中打开此网址并授权 tix：
auth-paste-instructions = 随后浏览器会跳转到 { $redirect }，该页面多半无法打开，这是正常的。
    请复制浏览器地址栏中的完整地址（或仅复制 code= 的值），
    粘贴到这里并按回车：
auth-approve-in-browser = 请在浏览器中授权 tix。如果浏览器没有打开，请访问此网址：
auth-no-browser = （这里没有浏览器？在远程机器上请运行 tix login --paste --profile { $name }）
auth-waiting = 正在等待浏览器（最多 { $minutes } 分钟；按 Ctrl-C 停止）……
auth-tokens-unsaved = 无法保存令牌：{ $why }
auth-signed-in = 已登录 { $name }：访问令牌{ $expiry }，保存在 { $store }
auth-paste-token = 请粘贴配置 { $name } 的 API 令牌并按回车（它将以 { $entry } 存入系统密钥环）：
auth-no-token-given = 未提供令牌
auth-token-stored = { $name } 的令牌已存入系统密钥环
auth-keyring-not-built = 配置 { $name }：token_keyring 需要启用 keyring 功能编译的 tix（cargo install --features keyring）
auth-run-login = 请运行 tix login --profile { $name }
auth-tokens-none = { $store } 中没有：{ $login }
auth-no-refresh-token = 没有刷新令牌
auth-refresh-token = 刷新令牌{ $expiry }
auth-tokens-present = 位于 { $store }；访问令牌{ $access }；{ $refresh }
auth-tokens-present-fix = 位于 { $store }；访问令牌{ $access }；{ $refresh } — { $login }
stats-day = { $day }：已处理 { $handled } 个工单，{ $replies }
replies = { $n } 条回复
stats-median-first-response = 首次响应中位数
stats-average-handle = 平均处理时长
stats-fcr = 首次联系解决率
stats-csat = 客户满意度（CSAT）

## The knowledge base (src/knowledge.rs, src/app/knowledge.rs, tix kb) and tix bulk's report
## (src/cli_bulk.rs). $head is the ticket as #1001 and its subject; $changes the fields' changes

kb-no-knowledge-base = 此服务台（{ $backend }）没有知识库
kb-articles-missing = 缺少服务台的文章：{ $why }
kb-no-local-article = knowledge/ 中没有文章 { $id }
kb-suggested = 为此工单推荐
kb-no-match-ticket = 没有与此工单相符的文章：输入内容即可搜索
kb-finding = 正在为此工单查找文章…
kb-type-to-search = 输入内容以搜索知识库
kb-searching = 正在搜索…
kb-none-found = 未找到文章
cli-kb-section = 栏目：{ $section }
cli-kb-link = 链接：{ $url }
cli-bulk-conflict = { $head }：未更改：期间已被他人修改（{ $why }）
cli-bulk-failed = { $head }：未更改：{ $why }
cli-bulk-unchanged = { $head }：无需更改（已是如此）
cli-bulk-would-change = { $head }：将更改 { $changes }
cli-bulk-changed = { $head }：{ $changes }
cli-bulk-change = { $field } { $from } → { $to }

## Keymap and theme files' problems (tix keymap check, tix theme check, the workspace's
## problems pop-up), said after FILE:LINE:COL:. Names ($name, $key, $field, $colour) come quoted

problem-warning = 警告：{ $message }
km-unknown-key-name = 未知的按键名 { $name }
km-empty-key = 按键为空
km-unknown-preset = 未知的键位预设 { $name }（可选：default、vim、emacs）；改用 default
km-runs-at-once = { $short } 会立即执行：序列 { $longer }（{ $action }）永远无法触发；将 { $short } 绑定为 "none" 即可留给序列使用
km-never-reached = { $longer } 永远无法触发：单按 { $short } 就会立即执行 { $action }；将 { $short } 绑定为 "none" 即可留给序列使用
km-unknown-context = 未知的上下文 [{ $name }]（可选：{ $contexts }）
km-context-not-table = [{ $name }] 必须是一个表
km-bad-key = { $key }：{ $why }
km-types-text = { $key } 在 [{ $name }] 中会输入字符：此处不能绑定输入文字的按键（请用 ctrl- 或 alt- 组合键，或 f2、enter 等具名按键）
km-args-strings = 参数值必须是字符串
km-unknown-field = 未知字段 { $field }（可用字段：action、args、desc）
km-missing-action = 缺少 `action`
km-binding-shape = 绑定应为动作名或 { "{" } action, args, desc { "}" }
km-unknown-action = 未知动作 { $name }
km-takes-no-args = { $action } 不接受参数（收到 { $arg }）
km-takes-args = { $action } 接受 { $allowed }（收到 { $arg }）
km-bound-twice = { $key } 在 [{ $name }] 中绑定了两次（第一次在第 { $line } 行，绑定到 { $was }）
km-indistinguishable = 终端会把 { $chord } 当作 { $same } 发送：二者无法区分
km-multiplexer-prefix = { $chord } 是 { $who } 的前缀键：可能永远到不了 tix
theme-unknown-colour = 未知颜色 { $colour }（请用 "lightblue" 等 ANSI 名称、"#rrggbb" 或 0-255）
theme-unknown-modifier = 未知修饰 { $name }（bold、dim、italic、underlined、reversed、crossed_out）
theme-unknown-role = 未知角色 { $name }
theme-expected-table = { $name }：应为 { "{" } fg, bg, modifiers { "}" }
theme-colour-shape = 颜色应为名称、"#rrggbb" 或 0-255
theme-field-problem = { $name }：{ $why }
theme-modifier-string = { $name }：修饰必须是字符串
theme-unknown-field = { $name }：未知字段 { $field }（fg、bg、modifiers）
theme-unknown-theme = 未知主题 { $name }：不是内置主题（default、light、high-contrast、mono），也没有 { $file }
cli-no-such-file = { $file }：文件不存在

## A workflow file's problems (tix workflow check, the problems pop-up), after FILE:LINE:COL:.
## Ids and names ($id, $name) come quoted from the file

wf-empty-id = 步骤需要一个非空的 id
wf-defined-twice = 步骤 { $id } 定义了两次（第一次在第 { $line } 行）
wf-needs-step = 工作流程至少需要一个 [[step]]
wf-needs-end = 工作流程至少需要一个 [[end]]
wf-empty-title = 标题为空
wf-unknown-step = 未知步骤 { $id }
wf-ask-or-say = 步骤 { $id } 需要 ask（提问）或 say（指示）二者之一
wf-question-next = 步骤 { $id } 是提问：由每个答案指定下一步
wf-no-answers = 提问 { $id } 没有答案
wf-too-many-answers = 提问 { $id } 的答案超过 { $max } 个
wf-answer-no-target = 答案 { $answer } 没有目标（next = "…"）
wf-instruction-answers = 步骤 { $id } 是指示：答案需要 ask = "…"
wf-instruction-no-target = 指示 { $id } 没有目标（next = "…"）
wf-unknown-canned = 未知的预设回复 { $name }
wf-unknown-status = 未知状态 { $name }（此服务台有：{ $words }）
wf-unknown-priority = 未知优先级 { $name }（此服务台有：{ $words }）
wf-unknown-group = 未知分组 { $name }
wf-escalates-no-group = 结束 { $id } 会升级：请指明转交的分组（group = "…"）
wf-end-no-reply = 结束 { $id } 没有回复：请指定预设回复或写 reply = "…"
wf-unknown-channel = 未知渠道 { $name }（可选：{ $channels }）
wf-unreachable = 步骤 { $id } 无法到达：没有答案通向它
wf-cycle = 步骤 { $id } 永远到不了结束：一个没有出口的循环（{ $path }）
wf-no-workflows = { $dir } 中没有工作流程（tix config init 会安装示例）
wf-helpdesk-silent = tix：服务台没有响应（{ $why }）：仅检查结构和 canned/ 中的文件

## Notices and reports of the workspace found still English: unreadable tickets, bulk
## escalation, a workflow's missing pieces, a snooze time that does not read. $text is what was typed

unreadable-tickets = 有 { $n } 个工单无法读取，未显示
bulk-changed-meanwhile = 加载后已被他人修改，因此未覆盖（{ $why }）
bulk-escalate-to = 升级至 { $group }
bulk-priority-up = 优先级提高一级
bulk-the-internal-note = 内部备注
wf-missing-canned = 没有预设回复 { $name }
wf-missing-group = 没有分组 { $name }
snooze-empty-input = 请输入时间：{ $examples }
snooze-in-the-past = “{ $text }”已经过去
snooze-too-far = “{ $text }”在一年以后
snooze-duration-shape = “{ $text }”：时长应写作 2h、30m 或 1h30m
snooze-number-before = “{ $text }”：{ $unit } 前面需要数字
snooze-say-the-unit = “{ $text }”：请注明单位（2h、30m）或时刻（15:30）
snooze-minutes-two-digits = “{ $text }”：分钟应为两位数，如 15:30
snooze-not-a-clock-time = “{ $text }”不是 15:30 这样的时刻
snooze-no-such-time = 不存在时刻“{ $text }”
snooze-not-a-time = 不是时间：“{ $text }”（可试试 { $examples }）

## The escalation picker's groups, and a group or agent known only by its id

escalate-to-group = 分组：{ $name }
unknown-group-id = 分组 { $id }
unknown-agent-id = 客服 { $id }

## More of the workspace: the search's view name, snoozes waking, a macro in a bulk change,
## a download's progress, the opener and the disk's failures

search-view-name = 搜索“{ $query }”
snooze-over-one = 暂缓结束：{ $ticket } 已回到队列
snooze-over-many = 暂缓结束：{ $ticket } 等另外 { $n } 个工单已回到队列
bulk-macro = 宏“{ $title }”
notice-downloading = 正在下载 { $name }：{ $done }…
notice-downloading-of = 正在下载 { $name }：{ $done } / { $total }…

## 底层错误：打开、保存和读取文件，config.toml，OAuth 登录。
## { $why } 是系统自己的错误信息（保留其原文）。
opener-cannot-run = 无法运行 { $cmd }（{ $why }）
opener-cannot-run-browser = 无法运行 { $cmd }（{ $why }）：请设置 $BROWSER
opener-failed = { $cmd } 执行失败（{ $status }）
opener-no-web-address = tix 不知道 { $backend } 工单的网页地址
attachment-cannot-create-folder = 无法创建文件夹 { $path }：{ $why }
attachment-cannot-create-file = 无法在 { $path } 中创建文件：{ $why }
attachment-cannot-write = 无法写入 { $path }：{ $why }
file-not-regular = 不是普通文件（{ $kind }）
file-kind-fifo = 是 FIFO
file-kind-device = 是设备
file-kind-socket = 是套接字
file-kind-directory = 是文件夹
file-kind-other = 不是文件
file-too-large = 文件过大（{ $bytes } 字节；上限为 1 MiB）
file-not-utf8 = 不是 UTF-8 文本
canned-front-matter-unknown = 文件头只支持 `language: 代码`，不支持 { $line }
canned-front-matter-unclosed = 文件头缺少结尾的 `---` 行
config-language-unknown = tix 支持的语言为 en、ro、ru、zh 和 et，不支持 { $name }
config-token-env-unset = 环境变量 { $var }（token_env）未设置
config-token-readable = { $file } 中保存了令牌，但其他用户可以读取它（权限 { $mode }）：请对它运行 chmod 600，或改用 token_env 或 token_cmd
config-oauth-needs-client-id = auth = "oauth" 需要 oauth_client_id
config-auth-unknown = 未知的 auth { $auth }（应为 "oauth" 或 "token"）
config-client-secret-env-unset = 环境变量 { $var }（oauth_client_secret_env）未设置
config-url-unreadable = url { $url }：{ $why }
config-url-insecure = { $url } 是连往其他机器的明文 http：请使用 https，或设置 allow_insecure_http = true
config-url-scheme = 不支持网址协议 { $scheme }（应为 https 或 http）
config-keyring-empty = 系统密钥环中没有 { $entry } 下的令牌（token_keyring）：请用 tix login 存入
config-keyring-unbuilt = token_keyring 需要启用 keyring 功能构建的 tix（cargo install --features keyring）；请改用 token_env 或 token_cmd
oauth-redirect-unreadable = oauth_redirect { $url }：{ $why }
oauth-redirect-not-loopback = oauth_redirect { $url }：浏览器登录只监听 http://127.0.0.1:端口/路径（其他重定向网址请使用 --paste）
oauth-cannot-listen = 无法在 127.0.0.1:{ $port } 上监听重定向：{ $why }
oauth-listener-failed = 本地监听出错：{ $why }
oauth-browser-timeout = 浏览器在 { $minutes } 分钟内没有回应：请重新运行 tix login（或在没有浏览器的机器上使用 --paste）
oauth-page-not-found = 这不是 tix 的登录页面。
oauth-page-signed-in = 已登录 tix。可以关闭此标签页并回到终端。
oauth-page-failed = tix 登录失败：原因见终端。
oauth-redirect-garbled = 无法读取的重定向：{ $why }
oauth-not-authorized = 服务台未授权 tix（{ $error }）
oauth-not-authorized-because = 服务台未授权 tix（{ $error }）：{ $description }
oauth-state-mismatch = 重定向的 state 与本次登录不符（旧的标签页，或伪造的重定向）：请重新运行 tix login
oauth-no-code = 重定向中没有代码
oauth-nothing-pasted = 没有粘贴任何内容：请粘贴浏览器跳转到的网址，或其中的代码
oauth-not-a-code = 这看起来既不是代码也不是网址
oauth-no-refresh-token = OAuth 访问令牌已过期，且没有刷新令牌：请运行 `tix login --profile { $profile }`
oauth-refresh-expired = OAuth 刷新令牌已过期：请运行 `tix login --profile { $profile }`
oauth-refresh-refused = 无法刷新 OAuth 令牌（{ $why }）：请运行 `tix login --profile { $profile }`
oauth-token-refused = 令牌服务器拒绝了请求：{ $why }
oauth-token-malformed = 令牌响应格式错误：{ $why }
oauth-token-type = 不支持的令牌类型 { $kind }（应为 bearer）
oauth-store-keyring-unbuilt = token_store = "keyring" 需要启用 keyring 功能构建的 tix（cargo install --features keyring）；请改用 token_store = "file"
oauth-store-unknown = 未知的 token_store { $store }（应为 "file" 或 "keyring"）
oauth-store-in-keyring = 系统密钥环（{ $entry }）
oauth-store-readable = { $file } 中保存了 OAuth 令牌，但其他用户可以读取它（权限 { $mode }）：请对它运行 chmod 600，或删除它后重新运行 tix login
oauth-keyring-failed = 系统密钥环（{ $entry }）：{ $why }
oauth-keyring-no-session = 系统密钥环（{ $entry }）：这里没有可写入的会话密钥环；请改用 token_store = "file"
oauth-tokens-unreadable = 无法读取（第 { $line } 行，第 { $column } 列）
secret-cmd-cannot-run = 无法运行 { $what }：{ $why }
secret-cmd-late = { $what } 未在 { $seconds } 秒内完成：已将其停止
secret-cmd-failed = { $what } 执行失败（{ $status }）
secret-cmd-silent = { $what } 没有输出任何内容
private-entries = { $count ->
   *[other] { $n } 个条目
}
private-tightened = 其他用户可以读取 { $dir } 中的 { $entries }：已收紧为 0700（文件夹）和 0600（文件）：{ $paths }
private-tightened-more = 其他用户可以读取 { $dir } 中的 { $entries }：已收紧为 0700（文件夹）和 0600（文件）：{ $paths }，以及另外 { $more } 个
business-hours-bad-start = 工作时间开始 { $start }：{ $why }
business-hours-bad-zone = 时区 { $zone }：{ $why }
