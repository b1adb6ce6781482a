# Интерфейс tix на русском.

## Счёт

tickets = { $count ->
    [one] { $n } заявка
    [few] { $n } заявки
   *[many] { $n } заявок
}

## Заголовки панелей

queue-title = Очередь
queue-count = ({ $loaded })
queue-count-of = ({ $loaded } из { $total })
queue-count-more = ({ $loaded }+)
queue-count-filtered = ({ $shown } из { $loaded })
queue-count-filtered-loaded = ({ $shown } из { $loaded } загруженных)
queue-open-elsewhere = · открыта: #{ $id }
queue-loading = Загружаю очередь…
queue-no-match = Под фильтр не подходит ни одна заявка
queue-empty = Заявок нет
conversation-title = Переписка
conversation-title-ticket = Переписка #{ $id }
customer-title = Клиент
customer-title-masked = Клиент (данные скрыты)
customer-title-masked-key = Клиент (данные скрыты: { $key } — показать)
canned-title = Шаблоны ответов

## Столбцы очереди

column-id = №
column-status = ст.
column-priority = приор.
column-channel = канал
column-requester = клиент
column-subject = тема
column-due = срок

## Строка состояния

status-demo = tix · демо-служба поддержки ({ $backend })
status-profile = tix · { $profile } ({ $backend })
status-connecting = · подключение
status-online = · в сети
status-offline = · НЕТ СВЯЗИ с { $time }
status-outbox = · к отправке: { $n }
status-cached = · очередь из кэша от { $time }
status-retry = · повтор через { $seconds } с
status-api = · API { $remaining }/{ $limit }
status-loading = · загрузка { $loaded }
status-loading-of = · загрузка { $loaded } из { $total }
status-log = { $key } журнал
time-unknown = неизвестно

## Подсказки клавиш

hint-help = справка
hint-quit = выход
hint-reply = ответить
hint-note = заметка
hint-palette = команды
hint-canned = шаблоны
hint-send = отправить
hint-keep-draft = в черновики
hint-editor = редактор
