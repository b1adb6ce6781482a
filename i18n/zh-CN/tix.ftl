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

## 状态栏

status-demo = tix · 演示服务台（{ $backend }）
status-profile = tix · { $profile }（{ $backend }）
status-connecting = · 连接中
status-online = · 在线
status-offline = · 离线（自 { $time }）
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
