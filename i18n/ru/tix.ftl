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
queue-none-snoozed = Отложенных нет
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
column-wakes = вернётся

## Строка состояния

status-demo = tix · демо-служба поддержки ({ $backend })
status-profile = tix · { $profile } ({ $backend })
status-connecting = · подключение
status-online = · в сети
status-offline = · НЕТ СВЯЗИ с { $time }
status-selected = · выбрано: { $n }
status-bulk = · массово { $done } из { $total }
status-undo = · отмена { $done } из { $total }
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

## Действия (справка, команды; их имена остаются английскими — это API раскладок)

action-app-quit = Выйти из tix
action-app-help = Показать клавиши
action-app-palette = Найти любое действие или шаблон ответа
action-ticket-goto = Перейти к заявке по номеру
action-app-refresh = Обновить очередь
action-focus-next = К следующей панели
action-focus-prev = К предыдущей панели
action-list-down = Вниз
action-list-up = Вверх
action-list-page-down = На страницу вниз
action-list-page-up = На страницу вверх
action-list-top = К первому элементу
action-list-bottom = К последнему элементу
action-list-open = Открыть выбранное
action-conversation-more = Читать дальше длинное свёрнутое сообщение
action-conversation-quoted = Показать или свернуть цитату из прошлых писем
action-queue-filter = Фильтровать очередь по мере ввода
action-queue-search = Искать в службе поддержки (все заявки, и решённые тоже)
action-queue-views = Выбрать представление для очереди
action-queue-next-view = Следующее представление
action-queue-prev-view = Предыдущее представление
action-queue-view = Показать представление номер n (1-9) из списка
action-ticket-reply = Ответить клиенту
action-ticket-note = Написать внутреннюю заметку
action-ticket-canned = Выбрать шаблон ответа
action-ticket-set-status = Изменить статус
action-ticket-set-priority = Изменить приоритет
action-ticket-assign = Назначить агенту
action-ticket-take = Взять заявку себе
action-ticket-tags = Добавить или убрать метки (+метка -метка)
action-ticket-reveal = Показать или скрыть почту, телефон и номера карт клиента
action-ticket-escalate = Эскалировать: выбрать группу или человека, написать заметку, поднять приоритет
action-ticket-attachments = Сохранить или открыть вложение заявки
action-ticket-open-web = Открыть заявку в веб-интерфейсе службы поддержки
action-ticket-snooze = Отложить заявку: она уходит из очереди до указанного времени (отложенную — вернуть сейчас)
action-ticket-unsnooze = Отменить откладывание: заявка возвращается в очередь
action-snooze-helpdesk = В выборе откладывания: также поставить статус ожидания в службе поддержки, чтобы видели коллеги
action-ticket-workflow = Пройти сценарий по этой заявке (сначала подходящие)
action-workflow-next = Готово: к следующему шагу сценария (после инструкции)
action-workflow-back = На шаг назад в сценарии
action-workflow-restart = Начать сценарий заново
action-workflow-stop = Остановить сценарий по этой заявке (прогресс забудется)
action-attachment-save = Сохранить выбранное вложение в папку загрузок
action-attachment-open = Открыть выбранное вложение (личная копия, программой системы)
action-ticket-knowledge = Искать в базе знаний (сначала статьи, предложенные для заявки)
action-knowledge-insert-link = Вставить ссылку на статью в ответ отдельным абзацем
action-knowledge-insert-excerpt = Вставить в ответ абзац из начала статьи
action-knowledge-beside = Держать статью открытой рядом с перепиской (ещё раз — закрыть)
action-app-metrics = Показать или скрыть показатели за сегодня
action-app-messages = Показать последние уведомления и ошибки с их временем
action-compose-send = Отправить ответ или заметку
action-compose-cancel = Закрыть, сохранив текст как черновик
action-compose-editor = Редактировать текст в $VISUAL или $EDITOR
action-macro-apply = Применить просмотренный макрос (его поля и комментарий, одним обновлением)
action-macro-edit = Сначала отредактировать комментарий макроса; изменения полей уйдут вместе с ним
action-queue-select = Выбрать заявку для массового изменения или снять выбор (повторно)
action-queue-select-range = Выбрать все заявки от последней выбранной до этой
action-queue-select-all = Выбрать все показанные заявки (фильтр или результаты поиска); повторно: ни одной
action-ticket-undo = Отменить последнее изменение полей или тегов (одной заявки или массовое)
action-prompt-accept = Принять (фильтр, команды, выбор)
action-prompt-cancel = Отмена (фильтр, команды, выбор, справка)
binding-unbound = не назначено

## Панели клиента и шаблонов

loading = Загрузка…
customer-none = Клиента нет
customer-org = орг.: { $name }
customer-not-loaded = не загружено: { $what }
missing-ticket-count = число заявок
missing-organization = организация
customer-counts = { $count ->
    [one] { $all } заявка всего
    [few] { $all } заявки всего
   *[many] { $all } заявок всего
} · открыто { $open } из последних { $recent }
customer-rating = последняя оценка: { $mark } { $score }
tier-vip = VIP
tier-loyal = постоянный
tier-standard = обычный
tier-new = новый
canned-none = В { $backend } нет шаблонов ответов
canned-no-match = Подходящих шаблонов нет

## Переписка

conversation-loading = Загружаю переписку…
conversation-internal-note = внутренняя заметка
conversation-unassigned = не назначена
conversation-tags = метки: { $tags }
conversation-more = ещё { $size }
conversation-read-on-key = нажмите { $key }, чтобы читать дальше
conversation-read-on-action = { $action } — читать дальше
conversation-show-key = нажмите { $key }, чтобы показать
conversation-show-action = { $action } — показать
conversation-quoted-lines = { $count ->
    [one] { $n } строка цитаты
    [few] { $n } строки цитаты
   *[many] { $n } строк цитаты
}
size-bytes = { $count ->
    [one] { $n } байт
    [few] { $n } байта
   *[many] { $n } байт
}
size-kb = { $n } КБ
size-mb = { $n } МБ
workflow-line-done = Сценарий пройден: { $title } (путь уйдёт заметкой вместе с ответом)
workflow-line-step = Сценарий: { $title }, шаг { $step } ({ $key })
workflow-line-fits = Подходит сценарий: { $title } ({ $key })
workflow-line-fits-more = Подходит сценарий: { $title } и ещё { $more } ({ $key })
draft-kind-reply = Черновик ответа
draft-kind-note = Черновик заметки
draft-kind-escalation = Черновик эскалации
draft-kept = { $kind } сохранён ({ $chars } симв.): { $key } — продолжить

## Оповещения

alert-breached = #{ $id }: SLA нарушен ({ $left })
alert-breaches-in = #{ $id }: SLA будет нарушен через { $left }
alert-near-more = { $n }+ заявок на грани нарушения SLA или с нарушением (первая: #{ $id }, { $left })
alert-near = { $count ->
    [one] { $n } заявка
    [few] { $n } заявки
   *[many] { $n } заявок
} на грани нарушения SLA или с нарушением (первая: #{ $id }, { $left })
alert-arrived = новые срочные/VIP: { $list }

## Длительности (несколько знаков: для узких столбцов)

duration-seconds = { $n }с
duration-minutes = { $n }м
duration-hours = { $n }ч
duration-days = { $n }д
clock-ago = { $age } назад

## Конфликты (действия)

action-collision-send = Всё равно отправить (или применить изменения полей) поверх изменившегося
action-collision-edit = Вернуться к тексту, чтобы сначала его изменить
action-collision-keep = Оставить текст черновиком (изменения полей отбросить); ничего не отправляется

## Списки выбора

picker-selection = { $count ->
    [one] { $n } выбранная заявка
    [few] { $n } выбранные заявки
   *[many] { $n } выбранных заявок
}

## Группы

action-ticket-set-group = Передать заявку группе (команде, очереди) без заметки

## Заголовки и слова списков выбора

picker-status = Статус
picker-priority = Приоритет
picker-assignee = Назначить
picker-group = Передать группе
picker-escalate = Эскалировать
picker-views = Представления
picker-attachments = Вложения
picker-now = сейчас
picker-no-match = ничего не найдено
picker-type-to-filter = введите для фильтра

## Даты (названия дней и месяцев)

weekday-short = { $day ->
    [1] пн
    [2] вт
    [3] ср
    [4] чт
    [5] пт
    [6] сб
   *[7] вс
}
month-short = { $month ->
    [1] янв.
    [2] февр.
    [3] марта
    [4] апр.
    [5] мая
    [6] июня
    [7] июля
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
}
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }

## Отложить

snooze-in-hours = { $count ->
    [one] Через { $n } час
    [few] Через { $n } часа
   *[many] Через { $n } часов
}
snooze-tomorrow-at = Завтра в { $time }
snooze-next-monday-at = В следующий понедельник в { $time }
snooze-title = Отложить { $ticket }
snooze-type-a-time = или введите время: 15:30, mon 10:00, 2h
snooze-on-helpdesk = также поставить «{ $status }» в службе поддержки, чтобы видели коллеги ({ $key })
snooze-no-waiting-status = статус ожидания службы поддержки неизвестен: помнит только tix
snooze-wakes = Вернётся { $when }
snooze-keys = { $accept } — отложить · { $cancel } — отмена

## Массовые изменения и отмена

bulk-cleared = Выбор снят ({ $tickets })
bulk-already = { $tickets } уже в этом состоянии: пропущены
bulk-gone = { $tickets } выбраны, но их уже нет в очереди: пропущены
bulk-nothing = В выбранных заявках менять нечего
bulk-changing = Изменяю { $tickets }…
bulk-undoing = Отменяю для { $tickets }…
bulk-done = Массовое изменение: готово { $done } из { $tickets }
bulk-undo-done = Отмена: готово { $done } из { $tickets }
bulk-waiting = { $n } ждут отправки
bulk-failed = { $count ->
    [one] { $n } не удалась
   *[other] { $n } не удались
}
bulk-which-and-why = { $key }: какие и почему
bulk-undo-on = Отмена для { $tickets }

## Поля

field-status = статус
field-priority = приоритет
field-group = группа
field-assignee = исполнитель
notice-setting-field = Меняю { $field } у { $ticket } на «{ $value }»…

## Окно конфликта

collision-title = Изменилась: { $ticket }
collision-reply-not-sent = Ваш ответ не отправлен. С тех пор как вы открыли заявку:
collision-note-not-sent = Ваша заметка не отправлена. С тех пор как вы открыли заявку:
collision-escalation-not-sent = Ваша эскалация не отправлена. С тех пор как вы открыли заявку:
collision-change-not-applied = Изменение не применено. С тех пор как вы открыли заявку:
collision-keys-text = { $send } всё равно отправить · { $edit } изменить · { $keep } в черновики
collision-keys-text-loading = { $edit } изменить · { $keep } в черновики
collision-keys-fields = { $send } всё равно применить · { $keep } отбросить
collision-keys-fields-loading = { $keep } отбросить
collision-scroll = прокрутка

## Заголовок редактора

composer-reply = #{ $ticket } Ответ клиенту { $to } через { $via }
composer-reply-unnamed = #{ $ticket } Ответ клиенту через { $via }
composer-sms = { $units } { $units_count ->
    [one] символ
    [few] символа
   *[many] символов
}, { $segments } { $segments_count ->
    [one] сегмент
    [few] сегмента
   *[many] сегментов
}
composer-sms-unicode = Юникод
composer-escalation-note = #{ $ticket } Заметка к эскалации
composer-internal-note = #{ $ticket } Внутренняя заметка (видна только агентам)
composer-workflow-note = заметка сценария

## Всплывающие окна

help-title = Клавиши: введите текст для поиска, ↑↓ прокрутка, esc закрывает
help-search = поиск:
context-global = везде
context-queue = очередь
context-conversation = переписка
context-canned = шаблоны ответов
context-customer = клиент
context-compose = редактор
context-palette = строки ввода и палитра
context-macro = просмотр макроса
context-attachments = вложения
context-workflow = сценарии
context-knowledge = база знаний
context-snooze = отложенные
context-collision = конфликт правок
palette-title = Палитра команд
problems-title = Ошибки в настройках
problems-rest = Остальное загружено; исправьте файл и перезапустите tix. Любая клавиша закрывает.
attachments-keys = { $save } сохранить · { $open } открыть
search-title = Поиск в службе поддержки
search-hint = все заявки, и решённые тоже; enter — искать, esc — отмена
tags-title = Теги заявки { $ticket }
tags-hint = +тег добавляет, -тег убирает; enter — сохранить, esc — отмена
tags-none = (нет)
tags-now = сейчас: { $tags }
messages-title = Сообщения (любая клавиша закрывает)
metrics-title = Сегодня (любая клавиша закрывает)
metrics-handled = обработано сегодня
metrics-replies = ответов
metrics-first-response = медиана первого ответа
metrics-handle-time = среднее время обработки
metrics-fcr = решено с первого обращения
metrics-csat = CSAT
key-close = { $key } закрыть
change-none = нет
change-nobody = никто
change-no-group = без группы
change-field = { $field }: { $from } → { $to }
change-field-to = { $field } → { $to }
field-tags = теги
macro-title = Макрос: { $name } · #{ $ticket }
macro-asking = Спрашиваем службу поддержки, что делает этот макрос…
macro-no-preview = Просмотр недоступен: ничего не изменено.
macro-will = Этот макрос:
macro-add-reply = добавит публичный ответ:
macro-add-note = добавит внутреннюю заметку:
macro-nothing = ничего не изменит в этой заявке
macro-keys = { $apply } применить · { $edit } сначала изменить комментарий · { $cancel } отмена
confirm-title-bulk = Массовое изменение
confirm-title-undo = Отмена изменения
confirm-more = … и ещё { $n }
confirm-keys-apply = { $accept } применить · { $dismiss } оставить всё как есть
confirm-keys-undo = { $accept } отменить изменение · { $dismiss } оставить всё как есть
workflows-title = Сценарии · #{ $ticket }
workflows-none = Сценарии не установлены (workflows/*.toml в каталоге настроек; tix config init установит примеры).
workflows-suggested = Подходят к этой заявке:
workflows-other = Другие сценарии:
workflows-start = 1-{ $n } или a-{ $letter } — начать
workflow-title = Сценарий: { $name } · #{ $ticket }
workflow-step = Шаг { $n }
workflow-earlier = … ещё { $n } раньше
workflow-answer = 1-{ $n } или a-{ $letter } — ответить
workflow-key-done = { $key } готово
workflow-done = Готово: { $outcome }
workflow-reply-ready = Ответ уже в редакторе (или в черновике); пройденный путь уйдёт вместе с ним заметкой.
workflow-key-back = { $key } назад
workflow-key-restart = { $key } заново
workflow-key-stop = { $key } прервать
metrics-per-hour = ответов в час, 00–23
kb-title = База знаний
kb-article = Статья
kb-loading = Загружаем статью…
kb-reading-keys = { $link } ссылка · { $excerpt } отрывок · { $beside } рядом · { $back } назад
kb-list-keys = enter читать · ↑↓ выбор · esc закрыть
kb-beside-hint = { $open }, затем { $beside } — закрыть
conversation-no-ticket = Заявка не выбрана
