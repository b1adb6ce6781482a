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
queue-empty-views = В этом представлении заявок нет · { $key } другие представления
queue-none-snoozed = Отложенных нет
conversation-title = Переписка
conversation-title-ticket = Переписка #{ $id }
customer-title = Клиент
customer-title-masked = Клиент (данные скрыты)
customer-title-masked-key = Клиент (данные скрыты: { $key } — показать)
canned-title = Шаблоны ответов
canned-on-demand = Режим экономии трафика: шаблоны загрузятся, когда вы впервые откроете эту панель.

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
status-demo-short = tix · демо
status-profile-short = tix · { $profile }
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
} · открыто { $open }
customer-counts-total = { $count ->
    [one] { $all } заявка всего
    [few] { $all } заявки всего
   *[many] { $all } заявок всего
}
customer-list-on-focus = ▸ список при фокусе ({ $key })
customer-more-below = ↓ ещё { $n }
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

## --help командной строки (src/cli_lang.rs)

cli-help-heading-usage = Использование:
cli-help-heading-commands = Команды
cli-help-heading-arguments = Аргументы
cli-help-heading-options = Параметры
cli-help-flag-help = Показать справку
cli-help-flag-help-more = Показать справку (подробнее: «--help»)
cli-help-flag-help-summary = Показать справку (кратко: «-h»)
cli-help-flag-version = Показать версию
cli-help-subcommand-help = Показать эту справку или справку по указанным командам

cli-help-tix = Быстрое рабочее место в терминале для агентов поддержки, всё с клавиатуры
cli-help-tix-after = Без настройки tix работает со встроенной демо-службой поддержки.
    Настройки: $TIX_CONFIG_DIR/config.toml (по умолчанию в каталоге настроек XDG, например ~/.config/tix/config.toml).
cli-help-tix--demo = Работать со встроенной демо-службой поддержки, что бы ни было в настройках
cli-help-tix--profile = Взять этот профиль из config.toml
cli-help-tix--tickets = Сколько заявок во встроенной демо-службе поддержки (до 200000)
cli-help-tix--seed = Зерно для данных демо-службы поддержки
cli-help-tix--second_agent = В демо-службе поддержки появляется второй агент: время от времени в открытую заявку приходит новое письмо клиента или коллега отвечает, меняет статус либо забирает заявку себе, и видно, как tix ловит столкновение
cli-help-tix--low_bandwidth = Режим для медленного канала: меньше байтов в терминал (см. README)
cli-help-tix--plain = Простой режим для экранных чтецов и брайлевских дисплеев: строки вместо панелей (см. README)
cli-help-ls = Список заявок представления, в порядке очереди
cli-help-ls--view = Название представления (по умолчанию первое, как в интерфейсе)
cli-help-ls--limit = Только первые N заявок очереди (если служба поддержки сама сортирует представления по нарушению SLA, загружаются только они)
cli-help-ls--json = Вывести JSON
cli-help-show = Показать заявку с перепиской и клиентом
cli-help-show--json = Вывести JSON (каждое сообщение целиком)
cli-help-show--quoted = Показывать цитаты (процитированные в сообщении прежние письма) целиком, а не одной строкой
cli-help-reply = Отправить стандартный ввод как публичный ответ (или, с --note, как внутреннюю заметку); с --macro вместо этого применить макрос Zendesk (его поля и комментарий) или, с --preview, только показать его
cli-help-reply--macro_id = ID макроса: показать, что он сделает с этой заявкой, и применить его одним обновлением
cli-help-reply--preview = С --macro: показать, что сделает макрос, ничего не меняя
cli-help-doctor = Проверить настройку: конфигурацию, DNS, соединение, TLS, токены OAuth, вход, пробный запрос
cli-help-login = Войти через OAuth (профили с oauth_client_id): подтвердите доступ tix в браузере
cli-help-login-long = Вход через OAuth (профили с oauth_client_id или auth = "oauth").

    По умолчанию tix слушает на 127.0.0.1 (свободный порт или порт из oauth_redirect профиля), открывает в браузере страницу подтверждения службы поддержки и принимает возврат с неё. Токены сохраняются в DATA_DIR/oauth/PROFILE.json (права 0600) или в хранилище ключей системы (token_store = "keyring"), обновляются сами и никогда не выводятся.

    На машине без браузера (в сеансе SSH) используйте --paste: tix выведет адрес страницы подтверждения; откройте его в любом браузере и подтвердите. Затем браузер перейдёт на адрес возврата (oauth_redirect профиля, по умолчанию http://127.0.0.1/callback), который на вашем компьютере, скорее всего, не откроется: так и должно быть. Скопируйте весь адрес из адресной строки (или только значение параметра code=) и вставьте его в tix. Код действует пару минут и только вместе с PKCE-верификатором этого входа, который не покидает машину, где запущен tix.

    Адрес возврата должен быть зарегистрирован у клиента OAuth (Zendesk: Admin Center > Apps and integrations > APIs > OAuth clients > Redirect URLs).

    Для профиля с токеном и token_keyring (в сборке с функцией keyring) tix login вместо этого читает API-токен со стандартного ввода и сохраняет его в хранилище ключей системы.
cli-help-login--paste = Вывести адрес и прочитать со стандартного ввода адрес, на который вернул браузер (или код из него): для сеансов SSH и машин без браузера
cli-help-logout = Выйти из профиля OAuth: отозвать токен доступа в службе поддержки и удалить сохранённые токены
cli-help-stats = Показатели за сегодня: обработанные заявки, первый ответ, время обработки, решение с первого обращения, CSAT
cli-help-stats--day = Другой день (ГГГГ-ММ-ДД)
cli-help-keymap = Показать или проверить раскладки клавиш
cli-help-keymap-show = Вывести действующие привязки: КОНТЕКСТ<TAB>КЛАВИШИ<TAB>ДЕЙСТВИЕ
cli-help-keymap-check = Проверить файл раскладки: ФАЙЛ:СТРОКА:СТОЛБЕЦ: сообщение; при ошибках код выхода 1
cli-help-theme = Проверить файл темы
cli-help-theme-check = Проверить файл темы: ФАЙЛ:СТРОКА:СТОЛБЕЦ: сообщение; при ошибках код выхода 1
cli-help-workflow = Проверить или перечислить сценарии (workflows/*.toml в каталоге настроек)
cli-help-workflow-check = Проверить файл сценария: ФАЙЛ:СТРОКА:СТОЛБЕЦ: сообщение; при ошибках код выхода 1. Шаблоны ответов, статусы и группы сверяются со службой поддержки (и с файлами в canned/), когда она отвечает
cli-help-workflow-list = Перечислить установленные сценарии: ИМЯ<TAB>НАЗВАНИЕ<TAB>КОГДА ПОДХОДИТ
cli-help-completions = Вывести скрипт автодополнения для оболочки, созданный по этой командной строке
cli-help-completions-long = Вывести скрипт автодополнения для оболочки, созданный по этой командной строке.

    bash: tix completions bash > ~/.local/share/bash-completion/completions/tix
    zsh:  tix completions zsh > ~/.zfunc/_tix (и fpath+=~/.zfunc перед compinit в ~/.zshrc)
    fish: tix completions fish > ~/.config/fish/completions/tix.fish
cli-help-man = Вывести man-страницу (roff), созданную по этой командной строке; с --dir записать туда tix.1 и по странице на каждую команду (tix-reply.1, ...)
cli-help-config = Записать файл настроек
cli-help-config-init = Записать config.toml в каталог настроек: все параметры со значениями по умолчанию, закомментированные
cli-help-config-init--force = Заменить существующий config.toml
cli-help-demo-server = Запустить демо-службу поддержки отдельно (диалект Zendesk API v2)
cli-help-demo-server--addr = Адрес для прослушивания (только loopback, если вы не уверены в обратном)
cli-help-demo-server--token = Требовать этот токен (Bearer или basic-аутентификация как email/token:TOKEN)
cli-help-demo-server--oauth_expires_in = Требовать OAuth: токены доступа Bearer от его /oauth/tokens, каждый действует SECS секунд (страница подтверждения подтверждает сразу)
cli-help-demo-server--fail_rate = Проваливать такую долю запросов (0-1): 500, 503 с Retry-After, обрезанный или испорченный JSON
cli-help-demo-server--slow_ms = Задерживать на столько проваливаемую долю запросов (все, если --fail-rate равен 0)
cli-help-demo-server--latency_ms = Плохой канал: задержка, добавляемая к каждому ответу
cli-help-demo-server--kbps = Плохой канал: предел скорости в кбит/с (0 — без предела)
cli-help-demo-server--drop_rate = Плохой канал: обрывать такую долю соединений (0-1)
cli-help-demo-server--hostile = Добавить в некоторые заявки враждебный текст (escape-последовательности, bidi, символы нулевой ширины, огромные тела)
cli-help-demo-server--anchor = Момент, к которому привязаны созданные данные (RFC 3339; по умолчанию сейчас). Сервер, перезапущенный с тем же моментом и зерном, хранит те же заявки с тем же временем, как служба поддержки, вернувшаяся после сбоя (для тестов)
cli-help-views = Перечислить представления профиля: ID, число заявок (если служба поддержки сообщает его дёшево), название
cli-help-search = Искать заявки поиском самой службы поддержки (включая решённые), список как у `ls`
cli-help-search--query = Запрос в синтаксисе службы поддержки (несколько слов — один запрос)
cli-help-status = Сменить статус заявки: слово или метка самой службы поддержки (RT: stalled, resolved; свой статус — по имени) или вид (new, open, pending, hold, solved, closed)
cli-help-assign = Назначить заявку агенту (имя или email), себе (`me`) или никому (`none`)
cli-help-tag = Добавить (+ТЕГ) и убрать (-ТЕГ) теги заявки
cli-help-tag--changes = +ТЕГ добавляет тег, -ТЕГ убирает
cli-help-open = Открыть заявку в веб-интерфейсе службы поддержки ($BROWSER, иначе программой системы)
cli-help-attachment = Сохранить вложение N заявки (по номеру из `tix show`) в папку загрузок; выводит путь к файлу. Существующий файл никогда не перезаписывается
cli-help-attachment--n = Его номер в `tix show ID` (первое — 1)
cli-help-attachment--out = Папка (по умолчанию download_dir из config.toml, иначе папка загрузок XDG)
cli-help-kb = База знаний: поиск, показ статьи (статьи службы поддержки и из knowledge/ в каталоге настроек)
cli-help-kb-search = Искать в базе знаний (службы поддержки и knowledge/ в каталоге настроек): ID, раздел, заголовок, лучшие сначала
cli-help-kb-show = Показать статью текстом (ссылки пронумерованы, картинки — их альтернативным текстом)
cli-help-bulk = Изменить много заявок сразу: статус, приоритет, исполнителя, теги (ID аргументами или со стандартного ввода); отчёт по каждой заявке. Код выхода 0 — изменены все; 1 — не все (коллега успел изменить, отказ); 2 — неверные аргументы
cli-help-bulk--ids = ID заявок; если их нет или указан `-`, они читаются со стандартного ввода (по одному в строке или через пробел)
cli-help-bulk--status = Какой статус поставить (слово или метка службы поддержки или вид, например pending)
cli-help-bulk--priority = Какой приоритет поставить (слово или метка службы поддержки)
cli-help-bulk--assignee = Кому назначить (имя или email агента), `me` или `none`
cli-help-bulk--tags = +ТЕГ добавляет тег, -ТЕГ убирает (после одного --tag можно несколько)
cli-help-bulk--dry_run = Сказать, что изменится в каждой заявке, ничего не меняя
cli-help-bulk--json = Вывести отчёт в JSON: по объекту на заявку
cli-help-bulk--no_check = Записывать даже поверх чужого изменения, сделанного после того, как tix прочитал заявку (без проверки updated_at); в Zendesk одно и то же изменение тогда уходит по 100 заявок за запрос (update_many)

## Строки командной строки: отчёты, подтверждения, ошибки

cli-none = нет
cli-errors-found = найдены ошибки
cli-no-demo = этот tix собран без встроенной демо-службы поддержки (функция `demo`): укажите профиль через --profile или создайте его командой `tix config init`
cli-no-profile = в { $file } нет профиля { $name } (профили: { $profiles })
cli-profile-problem = профиль { $name }: { $problem }
cli-password-env-unset = переменная окружения { $var } (password_env) не задана
cli-rt-needs-credentials = для RT нужен token_env либо user и password_env
cli-needs-token = для { $backend } нужен токен (token_env, token_cmd или token)
cli-bad-ticket-id = неверный номер заявки { $arg }: номер заявки — это число, например 1001
cli-bad-macro-id = неверный ID макроса { $arg }: ID макроса — это число, например 1001
cli-cannot-tighten = не удалось ужесточить права в { $dir }: { $why }
cli-wrote = записан { $path }
cli-outbox-unwritable = не удалось записать исходящие: { $why }
cli-not-delivered = не доставлено: { $why }
cli-fate-unknown = неизвестно, дошло ли это до #{ $id } ({ $why }); оно ждёт в исходящих, и при следующем запуске tix проверит заявку, прежде чем отправлять: не отправляйте повторно
cli-demo-changes-last = это была встроенная демо-служба поддержки; её изменения живут только до конца запуска
cli-no-view = нет представления { $name } (представления: { $views })
cli-show-status = статус: { $status } · приоритет: { $priority } · канал: { $channel }
cli-show-assignee = исполнитель: { $assignee } · группа: { $group } · теги: { $tags }
cli-show-times = создана: { $created } · обновлена: { $updated }
cli-tickets-unknown = ? заявок
cli-show-customer = клиент: { $name } <{ $email }> { $organization } [{ $tier }] · { $tickets }
cli-show-not-loaded = не загружено: { $what }
cli-show-internal-note = внутренняя заметка
cli-show-quoted-folded = { $what } (--quoted покажет целиком)
cli-show-attachment = вложение { $n }
cli-no-macros = в { $backend } нет макросов; передайте текст в `tix reply`
cli-macro-will = Макрос { $macro_id } для #{ $ticket }:
cli-macro-adds-reply = добавит публичный ответ
cli-macro-adds-note = добавит внутреннюю заметку
cli-macro-preview-only = только предпросмотр: ничего не изменено
cli-macro-updated = #{ $ticket } обновлена: { $status }
cli-metrics-unwritable = не удалось учесть ответ в сегодняшних показателях: { $why }
cli-nothing-to-send = нечего отправлять: ответ читается со стандартного ввода
cli-replied = ответ в #{ $ticket } отправлен ({ $status })
cli-noted = заметка к #{ $ticket } добавлена ({ $status })
cli-replied-already-there = ответ в #{ $ticket } отправлен (подтверждение потерялось, но в заявке он есть)
cli-noted-already-there = заметка к #{ $ticket } добавлена (подтверждение потерялось, но в заявке она есть)
cli-nothing-to-search = нечего искать
cli-no-status-given = статус не указан
cli-assign-to-whom = кому назначить? имя или email агента, me или none
cli-no-attachments = в #{ $ticket } нет вложений
cli-attachments-numbered = { $count ->
    [one] в #{ $ticket } { $n } вложение, номера с 1, как в tix show { $ticket }
    [few] в #{ $ticket } { $n } вложения, номера с 1, как в tix show { $ticket }
   *[many] в #{ $ticket } { $n } вложений, номера с 1, как в tix show { $ticket }
}
cli-no-download-dir = папка загрузок неизвестна: задайте download_dir в config.toml или укажите --out ПАПКА
cli-no-search = у { $backend } нет поиска, которым tix может пользоваться
cli-changed-status = #{ $ticket } { $subject }: статус { $from } → { $to }
cli-changed-assignee = #{ $ticket } { $subject }: исполнитель { $from } → { $to }
cli-changed-tags = #{ $ticket } { $subject }: теги { $from } → { $to }
cli-tags-unchanged = #{ $ticket } { $subject }: теги { $tags } (без изменений)
cli-no-such-status = в { $backend } нет статуса { $value } (статусы: { $statuses })
cli-no-agent-matches = ни один агент не подходит под { $who } (агенты: { $agents }; или me, или none)
cli-several-agents-match = под { $who } подходят несколько агентов: { $agents }
cli-its-assignee-is = её исполнитель — { $assignee }
cli-its-tags-are = её теги: { $tags } ({ $backend } может не хранить теги)
cli-written-not-changed = #{ $ticket } записана, но не изменилась: { $now }
cli-bad-tag-change-sign = неверное изменение тегов { $change }: +ТЕГ добавляет тег, -ТЕГ убирает
cli-bad-tag-change-hyphen = неверное изменение тегов { $change }: теги не начинаются с -; поставьте --tag после остальных параметров
cli-bad-tag-change-word = неверное изменение тегов { $change }: тег — это одно слово
cli-open-it-yourself = { $why }: откройте адрес выше сами

## tix doctor

doctor-step-config = настройки
doctor-step-profile = профиль
doctor-step-transport = транспорт
doctor-step-oauth-tokens = токены OAuth
doctor-step-dns = DNS
doctor-step-connect = соединение
doctor-step-url = url
doctor-step-credentials = учётные данные
doctor-step-helpdesk = служба поддержки
doctor-step-authentication = вход
doctor-step-oauth-refresh = обновление OAuth
doctor-step-sample-request = пробный запрос
doctor-config-fix = { $why } — исправьте файл и снова запустите tix doctor
doctor-no-profile = в config.toml нет профиля { $name }
doctor-dns-ok = { $host } — это { $ip }
doctor-dns-none = у { $host } нет адреса
doctor-dns-failed = { $host }: { $why } — проверьте url в профиле
doctor-connect-refused = { $addr }: { $why } — сервер запущен и порт верный?
doctor-connect-silent = { $addr }: нет ответа за 5 с — файрвол или неверный адрес?
doctor-server-answered = сервер ответил HTTP { $status }
doctor-demo = встроенная демо-служба (профиль не настроен или указан --demo)
doctor-signed-in = вход выполнен как { $name }
doctor-token-refused = { $why } — токен отклонён: проверьте token_env/token_cmd и email
doctor-refreshed = обновлён и сохранён; токен доступа { $expiry }
doctor-views = { $count ->
    [one] { $n } представление, первое: { $first }
    [few] { $n } представления, первое: { $first }
   *[many] { $n } представлений, первое: { $first }
}
doctor-rate-limit = лимит запросов API: { $budget }
doctor-rate-left = осталось { $left } из { $limit }
doctor-rate-resets = , сброс через { $secs } с
doctor-rate-low = (мало: фоновые запросы идут реже)
doctor-rate-unknown = эта служба поддержки его не сообщает
doctor-yes = да
doctor-no = нет
doctor-capabilities = возможности { $backend }: представления { $views }, шаблоны ответов { $canned }, организации { $organizations }, SLA { $sla }, поиск { $search }, группы { $groups }, список тегов { $tag_list }, изменения с момента { $changes_since }, предпросмотр макросов { $macro_preview }, вложения { $attachments }, веб-страницы { $web_pages }

## Простой режим (src/plain/words.rs). Вводимые команды остаются английскими.

plain-span-less-than-a-minute = меньше минуты
plain-span = { $unit ->
    [minute] { $count ->
        [one] { $n } минуту
        [few] { $n } минуты
       *[many] { $n } минут
    }
    [hour] { $count ->
        [one] { $n } час
        [few] { $n } часа
       *[many] { $n } часов
    }
   *[day] { $count ->
        [one] { $n } день
        [few] { $n } дня
       *[many] { $n } дней
    }
}
plain-priority = приоритет { $label }
plain-breached = срок нарушен { $ago } назад
plain-breaches-in = срок истекает через { $left }
plain-updated-ago = обновлена { $ago } назад
plain-customer-tier = клиент { $tier }
plain-no-subject = без темы
plain-no-requester = без автора
plain-selected = выбрана
plain-ticket-heading = { $count ->
    [one] Заявка { $id }, { $n } сообщение
    [few] Заявка { $id }, { $n } сообщения
   *[many] Заявка { $id }, { $n } сообщений
}
plain-ticket-loading-failed = Заявка { $id }: не удалось прочитать переписку: { $why }
plain-message-heading-public = Сообщение { $n } из { $of }, публичное, { $ago } назад, от:
plain-message-heading-note = Сообщение { $n } из { $of }, внутренняя заметка, { $ago } назад, от:
plain-unknown-author = неизвестного автора
plain-attachments = { $count ->
    [one] { $n } вложение.
    [few] { $n } вложения.
   *[many] { $n } вложений.
}
plain-end-of-ticket = Конец заявки { $id }.
plain-queue-heading = Очередь { $view }, заявки с { $first } по { $last } из { $of }.
plain-queue-empty = В очереди { $view } нет заявок.
plain-or-more = { $n } или больше
plain-next-page = Наберите list { $page }, чтобы увидеть следующие заявки.
plain-no-such-page = { $count ->
    [one] Ошибка: загружена только { $n } заявка. Наберите list, чтобы увидеть первые.
    [few] Ошибка: загружены только { $n } заявки. Наберите list, чтобы увидеть первые.
   *[many] Ошибка: загружено только { $n } заявок. Наберите list, чтобы увидеть первые.
}
plain-no-view = представление не выбрано
plain-loading-the-queue = Загружаю очередь.
plain-loading = Загружаю { $view }.
plain-loaded = { $count ->
    [one] Загружена { $n } заявка из { $view }.
    [few] Загружены { $n } заявки из { $view }.
   *[many] Загружено { $n } заявок из { $view }.
}
plain-last-ticket = Это последняя загруженная заявка; наберите list, чтобы увидеть очередь.
plain-first-ticket = Это первая заявка в очереди.
plain-no-ticket-open = Ошибка: ни одна заявка не открыта. Наберите next или open и номер.
plain-queue-empty-now = Ошибка: в очереди пока нет заявок. Наберите refresh или подождите.
plain-unknown-command = Ошибка: { $word } — не команда. Наберите help, чтобы увидеть команды.
plain-list-needs-page = Ошибка: list нужен номер страницы, например: list 2.
plain-open-needs-ticket = Ошибка: open нужен номер заявки, например: open 1475.
plain-search-needs-text = Ошибка: search нужны слова для поиска, например: search возврат.
plain-welcome = Простой режим tix, { $helpdesk }. Наберите help, чтобы увидеть команды, list — очередь.
plain-the-demo = демо-служба поддержки
plain-profile = профиль { $name }
plain-compose-start = { $kind ->
    [reply] Напишите ответ в { $ticket }. Закончите строкой, в которой только точка. Строки сохраняются как черновик по мере набора.
    [escalation] Напишите эскалацию по { $ticket }. Закончите строкой, в которой только точка. Строки сохраняются как черновик по мере набора.
   *[note] Напишите заметку к { $ticket }. Закончите строкой, в которой только точка. Строки сохраняются как черновик по мере набора.
}
plain-draft-so-far = { $kind ->
    [reply] Черновик ответа в { $ticket } на сейчас; новые строки пойдут после него:
    [escalation] Черновик эскалации по { $ticket } на сейчас; новые строки пойдут после него:
   *[note] Черновик заметки к { $ticket } на сейчас; новые строки пойдут после него:
}
plain-draft-reads = { $kind ->
    [reply] Ответ в { $ticket }:
    [escalation] Эскалация по { $ticket }:
   *[note] Заметка к { $ticket }:
}
plain-editor-opening = { $kind ->
    [reply] Открываю редактор с ответом в { $ticket }.
    [escalation] Открываю редактор с эскалацией по { $ticket }.
   *[note] Открываю редактор с заметкой к { $ticket }.
}
plain-nothing-written = Ничего не написано; черновик не сохраняется.
plain-send-question = { $kind ->
    [reply] Отправить ответ в { $ticket }?
    [escalation] Отправить эскалацию по { $ticket }?
   *[note] Отправить заметку к { $ticket }?
}
plain-choice-send = отправить
plain-choice-write-more = дописать
plain-choice-keep-draft = оставить черновиком
plain-choice-discard = удалить
plain-status-question = Статус { $ticket }?
plain-priority-question = Приоритет { $ticket }?
plain-assign-question = Кому назначить { $ticket }?
plain-canned-question = Какой шаблон вставить в ответ в { $ticket }?
plain-view-question = Какое представление?
plain-me = я
plain-none = нет
plain-no-canned = Ошибка: шаблоны ответов ещё не загружены. Попробуйте чуть позже.
plain-no-views = Ошибка: представления ещё не загружены. Попробуйте чуть позже.
plain-keep = оставить { $what }
plain-unassigned = не назначена
plain-choices = { $question } { $options }; по умолчанию: { $default }. Наберите номер или нажмите Enter для варианта по умолчанию.
plain-not-a-choice = Ошибка: { $answer } — не один из вариантов. Наберите номер от 1 до { $last } или нажмите Enter: { $default }.
plain-unchanged = { $field ->
    [status] Статус { $ticket } остаётся прежним.
    [priority] Приоритет { $ticket } остаётся прежним.
   *[assignee] Исполнитель { $ticket } остаётся прежним.
}
plain-no-word = { $what ->
    [status] Ошибка: здесь нет статуса { $word }. Статусы: { $valid }.
    [priority] Ошибка: здесь нет приоритета { $word }. Приоритеты: { $valid }.
    [agent] Ошибка: здесь нет агента { $word }. Агенты: { $valid }.
    [canned] Ошибка: здесь нет шаблона { $word }. Шаблоны: { $valid }.
    [view] Ошибка: здесь нет представления { $word }. Представления: { $valid }.
   *[assignee] Ошибка: здесь нет исполнителя { $word }. Исполнители: { $valid }.
}
plain-more = { $shown } из { $total } строк. Нажмите Enter, чтобы читать дальше, или q, чтобы остановиться.
plain-stopped = { $count ->
    [one] Остановлено; не показана { $n } строка.
    [few] Остановлено; не показаны { $n } строки.
   *[many] Остановлено; не показано { $n } строк.
}
plain-held = { $count ->
    [one] Пока вы были заняты, пришло { $n } объявление:
    [few] Пока вы были заняты, пришло { $n } объявления:
   *[many] Пока вы были заняты, пришло { $n } объявлений:
}
plain-quiet = Тишина: объявления подождут до следующей команды.
plain-more-events = { $count ->
    [one] Пришло ещё { $n } объявление; наберите news, чтобы услышать его.
    [few] Пришло ещё { $n } объявления; наберите news, чтобы услышать их.
   *[many] Пришло ещё { $n } объявлений; наберите news, чтобы услышать их.
}
plain-no-news = Объявлений пока нет.
plain-delivered-reply = Ответ в { $ticket } доставлен из исходящих.
plain-delivered-note = Заметка к { $ticket } доставлена из исходящих.
plain-delivered-changes = Изменения в { $ticket } доставлены из исходящих.
plain-deadline-alert = Срок на исходе: { $record }
plain-arrived = Новая срочная или VIP-заявка: { $record }
plain-help =
    Команды:
    list или list и номер страницы: очередь, по заявке в строке.
    next и prev: открыть следующую или предыдущую заявку очереди.
    open и номер: открыть эту заявку, например open 1475.
    show: открытая заявка ещё раз.
    reply: написать ответ в открытую заявку.
    note: написать внутреннюю заметку к открытой заявке.
    status, priority, assign: изменить открытую заявку; слово после команды применяет её сразу, например status pending.
    canned: вставить шаблон в ответ.
    view: список представлений и переход к одному из них.
    search и слова: поиск в службе поддержки, например search возврат.
    refresh: загрузить очередь заново.
    quiet: придержать объявления до следующей команды.
    news: объявления этого сеанса.
    help или вопросительный знак: этот список.
    quit: выйти из tix; черновики сохранятся.
plain-waiting-for-writes = { $count ->
    [one] Жду, пока { $n } запись дойдёт до службы поддержки; она в исходящих в любом случае.
    [few] Жду, пока { $n } записи дойдут до службы поддержки; они в исходящих в любом случае.
   *[many] Жду, пока { $n } записей дойдут до службы поддержки; они в исходящих в любом случае.
}
plain-not-known-yet = { $what ->
    [status] Ошибка: список статусов службы поддержки ещё не загружен. Попробуйте чуть позже.
    [priority] Ошибка: список приоритетов службы поддержки ещё не загружен. Попробуйте чуть позже.
   *[agent] Ошибка: список агентов службы поддержки ещё не загружен. Попробуйте чуть позже.
}
plain-by-number = наберите команду без слов, чтобы получить нумерованный список
plain-canned-default = ничего не вставлять
plain-no-answer = Ошибка: служба поддержки не ответила вовремя; читаю следующую команду.
plain-warning-at = Предупреждение в { $file }, строка { $line }, столбец { $col }: { $message }
plain-error-at = Ошибка в { $file }, строка { $line }, столбец { $col }: { $message }

## Уведомления из update

notice-collided-text = { $kind ->
    [reply] { $ticket } изменилась с тех пор, как вы её открыли ({ $why }): ваш ответ не отправлен
    [escalation] { $ticket } изменилась с тех пор, как вы её открыли ({ $why }): эскалация не отправлена
   *[note] { $ticket } изменилась с тех пор, как вы её открыли ({ $why }): заметка не отправлена
}
notice-collided-change = { $ticket } изменилась с тех пор, как вы её открыли ({ $why }): изменение не применено
notice-collision-still-reading = Ещё читаю, что изменилось: «отправить всё равно» подождёт
notice-sending-anyway = { $kind ->
    [reply] Всё равно отправляю ответ в { $ticket }…
    [escalation] Всё равно отправляю эскалацию по { $ticket }…
   *[note] Всё равно отправляю заметку к { $ticket }…
}
notice-applying-anyway = Всё равно применяю изменение к { $ticket }…
notice-kept-as-draft-open = { $kind ->
    [reply] Ответ сохранён черновиком { $ticket }: откройте заявку, чтобы его править
    [escalation] Эскалация сохранена черновиком { $ticket }: откройте заявку, чтобы её править
   *[note] Заметка сохранена черновиком { $ticket }: откройте заявку, чтобы её править
}
notice-editing = { $kind ->
    [reply] Правка ответа в { $ticket }
    [escalation] Правка эскалации по { $ticket }
   *[note] Правка заметки к { $ticket }
}
notice-not-sent-kept = { $kind ->
    [reply] Не отправлено: ответ сохранён черновиком { $ticket }
    [escalation] Не отправлено: эскалация сохранена черновиком { $ticket }
   *[note] Не отправлено: заметка сохранена черновиком { $ticket }
}
notice-not-applied-dropped = Не применено: изменение { $ticket } отброшено

## Что изменилось (в окне столкновения)

changed-status = статус { $from } → { $to }
changed-priority = приоритет { $from } → { $to }
changed-none = нет
changed-taken-by = взял(а) { $name }
changed-unassigned = снят исполнитель (был { $name })
changed-group = передана в { $group }
changed-tags = теги { $tags }
collision-reading = Читаю, что изменилось…
collision-unreadable = Не удалось прочитать, что изменилось: { $why }
collision-changed-unseen = изменена (ничего из того, что показывает tix: поле, которого нет в списке)
collision-someone = кто-то
collision-wrote = { $who } написал(а) ({ $at }):
collision-noted = { $who } оставил(а) заметку ({ $at }):
collision-best-effort = (у этой службы поддержки нет своей проверки: tix прочитал заявку прямо перед записью)
notice-no-ticket = Заявка не выбрана
notice-statuses-unknown = Статусы ещё не известны: попробуйте чуть позже
notice-refreshing = Обновляю…
notice-escalating = Эскалация в { $target }: нужна заметка
notice-no-such-status = Здесь нет статуса { $word }: { $valid }
notice-no-such-priority = Здесь нет приоритета { $word }: { $valid }
notice-editor-unchanged = Редактор закрыт без изменений
notice-editor-text-in-composer = Текст из редактора — в окне ответа для { $ticket }
notice-editor-text-kept = { $kind ->
    [reply] Текст из редактора сохранён черновиком ответа в { $ticket }
    [escalation] Текст из редактора сохранён черновиком эскалации по { $ticket }
   *[note] Текст из редактора сохранён черновиком заметки к { $ticket }
}
notice-macro-not-applied-to = Макрос не применён к { $ticket }
notice-draft-kept = { $kind ->
    [reply] Черновик ответа сохранён для { $ticket }
    [escalation] Черновик эскалации сохранён для { $ticket }
   *[note] Черновик заметки сохранён для { $ticket }
}
notice-nothing-to-send = Нечего отправлять
notice-sending = { $kind ->
    [reply] Отправляю ответ в { $ticket }…
   *[note] Отправляю заметку к { $ticket }…
}
notice-write-waits = { $ticket }: { $why }; запись ждёт в исходящих и уйдёт сама
notice-not-sent-back-in-draft = { $ticket }: { $why }; не отправлено: текст снова в черновике (r — посмотреть)
notice-updated = { $ticket } обновлена
notice-not-updated-kept = { $ticket } не обновлена ({ $why }); текст сохранён черновиком
notice-opening-ticket = Открываю #{ $ticket }…
notice-view = Представление: { $view }
notice-could-not-open-ticket = Не удалось открыть #{ $ticket }: { $why }
notice-no-view-named = Нет представления «{ $view }»: показываю первое
notice-no-views = У этой службы поддержки нет представлений
notice-showing-saved = { $why }; показываю сохранённое
notice-no-search = Эта служба поддержки не даёт здесь искать
notice-searching = Ищу в службе поддержки «{ $query }»…
notice-search-found = Найдено: { $n }; Esc — назад к представлению
notice-search-failed = Поиск не удался: { $why }
notice-no-such-view = Нет такого представления
notice-me-unknown = Пока неизвестно, кто вы: попробуйте чуть позже
notice-privacy-off = Режим конфиденциальности выключен (privacy = false в config.toml)
notice-unchanged-value = Без изменений: это и есть текущее значение
notice-tags-unchanged = Теги { $ticket } не изменились
notice-setting-tags = Ставлю теги { $ticket }: { $tags }…
notice-macro-not-applied = Макрос «{ $title }» не применён
notice-applying-macro = Применяю макрос «{ $title }» к { $ticket }…
notice-selection-moved = Выбор сместился: макрос не применён
notice-views-unknown = Представления ещё не известны
notice-groups-unknown = Группы не известны: у этой службы поддержки их нет или они ещё не загружены
notice-agents-unknown = Агенты и группы ещё не известны
notice-not-snoozed = { $ticket } не отложена
notice-waiting-status-unknown = Статус ожидания этой службы поддержки не известен
notice-snoozed-on-helpdesk = { $ticket } отложена до { $when }; ставлю в службе поддержки статус { $status }…
notice-snoozed = { $ticket } отложена до { $when }
notice-snooze-cancelled-status-kept = Откладывание отменено: { $ticket } вернулась (статус в службе поддержки оставлен как есть)
notice-snooze-cancelled = Откладывание отменено: { $ticket } вернулась
notice-workflow-first-step = Это уже первый шаг
notice-workflow-stopped = Сценарий остановлен
notice-workflow-gone = Сценарий { $name } больше не установлен
notice-workflow-changed = { $title } с тех пор изменился: начинаем заново
notice-workflow-reply-ready = { $title }: ответ для { $ticket } — в окне ответа (проверьте и отправьте; пройденный путь уйдёт с ним заметкой)
notice-could-not-open = Не удалось открыть: { $why }
notice-canned-failed-own = шаблоны службы поддержки: { $why }; показываю ваши
notice-draft-discarded = Черновик для { $ticket } удалён
notice-no-attachments-here = tix не умеет загружать вложения { $backend }
notice-conversation-not-loaded = { $ticket }: переписка ещё не загружена
notice-ticket-no-attachments = В { $ticket } нет вложений
notice-attachment-gone = Этого вложения больше нет в переписке
notice-no-web-address = tix не знает веб-адрес заявок { $backend }
notice-opening-web = Открываю { $ticket } в веб-интерфейсе…
notice-downloading-to-open = Загружаю { $name } из { $ticket }, чтобы открыть…
notice-downloading-to-save = Загружаю { $name } из { $ticket }, чтобы сохранить…
notice-opening-file = Открываю { $name } ({ $path })
notice-saved-file = { $name } сохранён как { $path }
notice-not-downloaded = { $name } из { $ticket } не загружен: { $why }
notice-no-more-matches = Среди загруженных ({ $loaded }) больше совпадений нет: S ищет в службе поддержки
notice-nothing-changed = Ничего не изменилось
notice-nothing-to-undo = Нечего отменять
notice-no-canned-response = Нет шаблона { $id }

cli-bulk-no-ids = нет номеров заявок: укажите их аргументами или на стандартном вводе
cli-no-such-priority = в { $backend } нет приоритета { $value } (приоритеты: { $priorities })
cli-bulk-assignee-empty = --assignee: имя или email агента, me или none
cli-bulk-nothing-to-change = нечего менять: укажите --status, --priority, --assignee или --tag
cli-bulk-fate-unknown = некоторые записи ждут в исходящих, их судьба неизвестна: не отправляйте их повторно
cli-bulk-not-changed = { $count ->
    [one] не изменено { $failed } из { $n } заявки
   *[many] не изменено { $failed } из { $n } заявок
}
cli-kb-which-article = какую статью? укажите её ID

## The workspace's end and the runner's notices (src/workspace.rs farewell, src/app/effects.rs,
## src/app/outbox_worker.rs, src/app/editor.rs). $kind is reply, note or escalation; $why the system's reason

farewell-draft-kept = tix: { $kind ->
    [note] черновик заметки
    [escalation] черновик эскалации
   *[reply] черновик ответа
} к { $ticket } сохранён
runner-outbox-unwritable = не удалось записать в исходящие: { $why }
runner-metrics-unrecorded = не удалось записать статистику: { $why }
runner-notify-exited = notify_cmd { $program } завершилась с { $status }
runner-notify-failed = notify_cmd { $program }: { $why }
runner-draft-unsaved = не удалось сохранить черновик: { $why }
runner-draft-unremoved = не удалось удалить черновик: { $why }
runner-no-download-dir = папка для загрузок неизвестна: укажите download_dir в config.toml
runner-view-unkept = не удалось запомнить представление: { $why }
runner-snoozes-unkept = не удалось сохранить отложенные заявки: { $why }
runner-walk-unkept = не удалось сохранить шаг сценария: { $why }
runner-queue-unsaved = не удалось сохранить очередь: { $why }
editor-unwritable = не удалось записать { $path }: { $why }
editor-unreadable = не удалось прочитать { $path } обратно: { $why }
editor-exited = { $editor } завершился с { $status }; текст не изменён
editor-not-started = не удалось запустить редактор { $editor } ({ $why }): задайте $VISUAL или $EDITOR

## Starting the workspace, and the demo helpdesk served on its own (src/commands/tui.rs)

cli-time-zone-unknown = time_zone { $name }: { $why }
cli-business-hours-bad = [sla.business_hours]: { $why }
cli-snoozes-unreadable = не удалось прочитать отложенные заявки: { $why }
cli-sent-draft-unremoved = не удалось удалить уже отправленный черновик: { $why }
demo-serving = демо-служба поддержки tix (диалект Zendesk API v2), { $tickets }; Ctrl-C — остановить
demo-second-agent = второй агент пишет в последнюю открытую заявку каждые { $secs } с
demo-served = обслужено запросов: { $requests }; получено байт: { $bytes_in }, отправлено: { $bytes_out }
requests = { $n }

## Signing in and out (src/commands/auth.rs), tix stats, doctor's verdicts (src/commands/tools.rs,
## src/commands/doctor.rs). $time is a duration as durations are written (1h 5m)

doctor-ok = OK
doctor-fail = ОШИБКА
expiry-in = истекает через { $time }
expiry-ago = истёк { $time } назад
expiry-none = срок действия не указан
auth-oauth-zendesk-only = вход через OAuth реализован только для профилей Zendesk, не для { $backend }
auth-needs-client-id = для OAuth нужен oauth_client_id
auth-no-tokens-yet = профиль { $name } входит через OAuth, а токенов ещё нет: выполните `tix login --profile { $name }`
auth-demo-needs-none = встроенной демо-службе { $verb } не нужен: укажите профиль через --profile
auth-needs-profile = tix { $verb } нужен профиль: --profile ИМЯ или default_profile в config.toml
auth-no-such-profile = в { $file } нет профиля { $name }
auth-not-oauth-logout = он не входит через OAuth: выходить не из чего
auth-not-oauth-login = он не входит через OAuth: задайте oauth_client_id (см. README) или используйте, как и раньше, token_env, token_cmd или token_keyring
auth-not-signed-in = вход в { $name } не выполнен: в { $store } нет токенов
auth-revoked = токен доступа отозван в службе поддержки
auth-not-revoked = не удалось отозвать токен доступа в службе поддержки ({ $why }); он { $expiry }
auth-signed-out = выход из { $name } выполнен: токены удалены из { $store }
auth-open-url-anywhere = Откройте этот адрес в браузере на любом компьютере и разрешите доступ tix:
auth-paste-instructions = Затем браузер перейдёт на { $redirect }; скорее всего, страница не откроется — так и должно быть.
    Скопируйте весь адрес из адресной строки браузера (или только значение code=),
    вставьте его сюда и нажмите Enter:
auth-approve-in-browser = Разрешите доступ tix в браузере. Если он не открылся, перейдите по этому адресу:
auth-no-browser = (здесь нет браузера? на удалённой машине выполните tix login --paste --profile { $name })
auth-waiting = Жду ответа браузера (до { $minutes } мин; Ctrl-C — прервать)…
auth-tokens-unsaved = не удалось сохранить токены: { $why }
auth-signed-in = вход в { $name } выполнен: токен доступа { $expiry }, хранится в { $store }
auth-paste-token = Вставьте API-токен профиля { $name } и нажмите Enter (он будет сохранён в связке ключей ОС как { $entry }):
auth-no-token-given = токен не введён
auth-token-stored = токен { $name } сохранён в связке ключей ОС
auth-keyring-not-built = профиль { $name }: для token_keyring нужна сборка tix с функцией keyring (cargo install --features keyring)
auth-run-login = выполните tix login --profile { $name }
auth-tokens-none = в { $store } их нет: { $login }
auth-no-refresh-token = токена обновления нет
auth-refresh-token = токен обновления { $expiry }
auth-tokens-present = есть в { $store }; токен доступа { $access }; { $refresh }
auth-tokens-present-fix = есть в { $store }; токен доступа { $access }; { $refresh } — { $login }
stats-day = { $day }: { $handled_count ->
    [one] обработана { $handled } заявка
    [few] обработано { $handled } заявки
   *[many] обработано { $handled } заявок
}, { $replies }
replies = { $count ->
    [one] { $n } ответ
    [few] { $n } ответа
   *[many] { $n } ответов
}
stats-median-first-response = медиана первого ответа
stats-average-handle = среднее время обработки
stats-fcr = решено с первого обращения
stats-csat = CSAT

## The knowledge base (src/knowledge.rs, src/app/knowledge.rs, tix kb) and tix bulk's report
## (src/cli_bulk.rs). $head is the ticket as #1001 and its subject; $changes the fields' changes

kb-no-knowledge-base = в этой службе поддержки ({ $backend }) нет базы знаний
kb-articles-missing = статей службы поддержки нет: { $why }
kb-no-local-article = в knowledge/ нет статьи { $id }
kb-suggested = Рекомендовано для этой заявки
kb-no-match-ticket = К этой заявке статей не нашлось: начните вводить запрос
kb-finding = Ищу статьи для этой заявки…
kb-type-to-search = Введите запрос для поиска по базе знаний
kb-searching = Ищу…
kb-none-found = Статьи не найдены
cli-kb-section = Раздел: { $section }
cli-kb-link = Ссылка: { $url }
cli-bulk-conflict = { $head }: не изменена: её тем временем изменил кто-то другой ({ $why })
cli-bulk-failed = { $head }: не изменена: { $why }
cli-bulk-unchanged = { $head }: без изменений (уже так)
cli-bulk-would-change = { $head }: изменилось бы: { $changes }
cli-bulk-changed = { $head }: { $changes }
cli-bulk-change = { $field } { $from } → { $to }

## Keymap and theme files' problems (tix keymap check, tix theme check, the workspace's
## problems pop-up), said after FILE:LINE:COL:. Names ($name, $key, $field, $colour) come quoted

problem-warning = предупреждение: { $message }
km-unknown-key-name = неизвестное имя клавиши { $name }
km-empty-key = пустая клавиша
km-unknown-preset = неизвестная раскладка клавиш { $name } (есть: default, vim, emacs); используется default
km-runs-at-once = { $short } срабатывает сразу: до последовательности { $longer } ({ $action }) дело никогда не дойдёт; привяжите { $short } к "none", чтобы освободить её для последовательностей
km-never-reached = до { $longer } дело никогда не дойдёт: { $short } сама по себе сразу запускает { $action }; привяжите { $short } к "none", чтобы освободить её для последовательностей
km-unknown-context = неизвестный контекст [{ $name }] (есть: { $contexts })
km-context-not-table = [{ $name }] должен быть таблицей
km-bad-key = { $key }: { $why }
km-types-text = { $key } вводит символ в [{ $name }]: клавиши, которые вводят текст, здесь назначать нельзя (используйте сочетание с ctrl- или alt- либо именованную клавишу, например f2 или enter)
km-args-strings = значения аргументов должны быть строками
km-unknown-field = неизвестное поле { $field } (поля: action, args, desc)
km-missing-action = нет `action`
km-binding-shape = привязка — это имя действия или { "{" } action, args, desc { "}" }
km-unknown-action = неизвестное действие { $name }
km-takes-no-args = { $action } не принимает аргументов (передан { $arg })
km-takes-args = { $action } принимает { $allowed } (передан { $arg })
km-bound-twice = { $key } назначена дважды в [{ $name }] (впервые в строке { $line }, на { $was })
km-indistinguishable = терминалы передают { $chord } как { $same }: их не различить
km-multiplexer-prefix = { $chord } — префикс { $who }: до tix он может не дойти
theme-unknown-colour = неизвестный цвет { $colour } (укажите имя ANSI, например "lightblue", "#rrggbb" или 0-255)
theme-unknown-modifier = неизвестный модификатор { $name } (bold, dim, italic, underlined, reversed, crossed_out)
theme-unknown-role = неизвестная роль { $name }
theme-expected-table = { $name }: ожидалось { "{" } fg, bg, modifiers { "}" }
theme-colour-shape = цвет — это имя, "#rrggbb" или 0-255
theme-field-problem = { $name }: { $why }
theme-modifier-string = { $name }: модификатор — это строка
theme-unknown-field = { $name }: неизвестное поле { $field } (fg, bg, modifiers)
theme-unknown-theme = неизвестная тема { $name }: среди встроенных её нет (default, light, high-contrast, mono), файла { $file } тоже нет
cli-no-such-file = { $file }: нет такого файла

## A workflow file's problems (tix workflow check, the problems pop-up), after FILE:LINE:COL:.
## Ids and names ($id, $name) come quoted from the file

wf-empty-id = у шага должен быть непустой id
wf-defined-twice = шаг { $id } определён дважды (впервые в строке { $line })
wf-needs-step = в сценарии должен быть хотя бы один [[step]]
wf-needs-end = в сценарии должен быть хотя бы один [[end]]
wf-empty-title = заголовок пуст
wf-unknown-step = неизвестный шаг { $id }
wf-ask-or-say = шагу { $id } нужно либо ask (вопрос), либо say (указание)
wf-question-next = шаг { $id } — вопрос: следующий шаг указывается в каждом ответе
wf-no-answers = у вопроса { $id } нет ответов
wf-too-many-answers = у вопроса { $id } больше { $max } ответов
wf-answer-no-target = у ответа { $answer } нет перехода (next = "…")
wf-instruction-answers = шаг { $id } — указание: ответы возможны только с ask = "…"
wf-instruction-no-target = у указания { $id } нет перехода (next = "…")
wf-unknown-canned = неизвестный шаблон ответа { $name }
wf-unknown-status = неизвестный статус { $name } (в этой службе поддержки есть { $words })
wf-unknown-priority = неизвестный приоритет { $name } (в этой службе поддержки есть { $words })
wf-unknown-group = неизвестная группа { $name }
wf-escalates-no-group = завершение { $id } передаёт заявку выше: укажите группу (group = "…")
wf-end-no-reply = у завершения { $id } нет ответа: укажите шаблон ответа или напишите reply = "…"
wf-unknown-channel = неизвестный канал { $name } (каналы: { $channels })
wf-unreachable = шаг { $id } недостижим: ни один ответ к нему не ведёт
wf-cycle = шаг { $id } никогда не доходит до завершения: цикл без выхода ({ $path })
wf-no-workflows = в { $dir } нет сценариев (tix config init установит примеры)
wf-helpdesk-silent = tix: служба поддержки не ответила ({ $why }): проверены только структура и файлы canned/

## Notices and reports of the workspace found still English: unreadable tickets, bulk
## escalation, a workflow's missing pieces, a snooze time that does not read. $text is what was typed

unreadable-tickets = { $count ->
    [one] { $n } заявку не удалось прочитать, она не показана
    [few] { $n } заявки не удалось прочитать, они не показаны
   *[many] { $n } заявок не удалось прочитать, они не показаны
}
bulk-changed-meanwhile = после загрузки его изменил кто-то другой, поэтому он не перезаписан ({ $why })
bulk-escalate-to = эскалация — { $group }
bulk-priority-up = приоритет на уровень выше
bulk-the-internal-note = внутренняя заметка
wf-missing-canned = нет шаблона ответа { $name }
wf-missing-group = нет группы { $name }
snooze-empty-input = Введите время: { $examples }
snooze-in-the-past = «{ $text }» уже в прошлом
snooze-too-far = «{ $text }» — больше чем через год
snooze-duration-shape = «{ $text }»: длительность пишется так: 2h, 30m или 1h30m
snooze-number-before = «{ $text }»: перед { $unit } нужно число
snooze-say-the-unit = «{ $text }»: укажите единицу (2h, 30m) или время (15:30)
snooze-minutes-two-digits = «{ $text }»: минуты пишутся двумя цифрами, например 15:30
snooze-not-a-clock-time = «{ $text }» — не время вида 15:30
snooze-no-such-time = времени «{ $text }» не бывает
snooze-not-a-time = Это не время: «{ $text }» (например: { $examples })

## The escalation picker's groups, and a group or agent known only by its id

escalate-to-group = группа: { $name }
unknown-group-id = группа { $id }
unknown-agent-id = агент { $id }

## More of the workspace: the search's view name, snoozes waking, a macro in a bulk change,
## a download's progress, the opener and the disk's failures

search-view-name = Поиск «{ $query }»
snooze-over-one = Отложенная заявка вернулась в очередь: { $ticket }
snooze-over-many = { $count ->
    [one] В очередь вернулись { $ticket } и ещё { $n } заявка
    [few] В очередь вернулись { $ticket } и ещё { $n } заявки
   *[many] В очередь вернулись { $ticket } и ещё { $n } заявок
}
bulk-macro = макрос «{ $title }»
notice-downloading = Загружаю { $name }: { $done }…
notice-downloading-of = Загружаю { $name }: { $done } из { $total }…

## Ошибки нижнего уровня: открытие, сохранение и чтение файлов, config.toml, вход через OAuth.
## { $why } — ошибка самой системы (остаётся на её языке).
opener-cannot-run = не удалось запустить { $cmd } ({ $why })
opener-cannot-run-browser = не удалось запустить { $cmd } ({ $why }): задайте $BROWSER
opener-failed = программа { $cmd } завершилась с ошибкой ({ $status })
opener-no-web-address = tix не знает веб-адреса заявок { $backend }
attachment-cannot-create-folder = не удалось создать папку { $path }: { $why }
attachment-cannot-create-file = не удалось создать файл в { $path }: { $why }
attachment-cannot-write = не удалось записать { $path }: { $why }
file-not-regular = не обычный файл ({ $kind })
file-kind-fifo = это FIFO
file-kind-device = это устройство
file-kind-socket = это сокет
file-kind-directory = это папка
file-kind-other = это не файл
file-too-large = слишком большой ({ $bytes } байт; предел — 1 МиБ)
file-not-utf8 = не текст в UTF-8
canned-front-matter-unknown = в заголовке файла допустимо только `language: КОД`, а не { $line }
canned-front-matter-unclosed = у заголовка файла нет закрывающей строки `---`
config-language-unknown = tix говорит на en, ro, ru, zh и et; { $name } среди них нет
config-token-env-unset = переменная окружения { $var } (token_env) не задана
config-token-readable = в { $file } хранится токен, но файл могут читать другие (права { $mode }): выполните для него chmod 600 или используйте token_env либо token_cmd
config-oauth-needs-client-id = для auth = "oauth" нужен oauth_client_id
config-auth-unknown = auth { $auth } неизвестен ("oauth" или "token")
config-client-secret-env-unset = переменная окружения { $var } (oauth_client_secret_env) не задана
config-url-unreadable = url { $url }: { $why }
config-url-insecure = { $url } — незашифрованный http к другой машине: используйте https или задайте allow_insecure_http = true
config-url-scheme = схема адреса { $scheme } не поддерживается (https или http)
config-keyring-empty = в хранилище ключей ОС нет токена под именем { $entry } (token_keyring): сохраните его командой tix login
config-keyring-unbuilt = для token_keyring нужен tix, собранный с функцией keyring (cargo install --features keyring); используйте token_env или token_cmd
oauth-redirect-unreadable = oauth_redirect { $url }: { $why }
oauth-redirect-not-loopback = oauth_redirect { $url }: вход через браузер слушает только http://127.0.0.1:ПОРТ/ПУТЬ (для других адресов перенаправления используйте --paste)
oauth-cannot-listen = не удалось слушать 127.0.0.1:{ $port } для перенаправления: { $why }
oauth-listener-failed = ошибка локального приёмника: { $why }
oauth-browser-timeout = браузер не ответил за { $minutes } мин: снова выполните tix login (или используйте --paste на машине без браузера)
oauth-page-not-found = Это не страница входа tix.
oauth-page-signed-in = Вход в tix выполнен. Вкладку можно закрыть и вернуться в терминал.
oauth-page-failed = tix не удалось войти: причина указана в терминале.
oauth-redirect-garbled = нечитаемое перенаправление: { $why }
oauth-not-authorized = служба поддержки не разрешила вход tix ({ $error })
oauth-not-authorized-because = служба поддержки не разрешила вход tix ({ $error }): { $description }
oauth-state-mismatch = state перенаправления не совпадает с этим входом (старая вкладка или поддельное перенаправление): снова выполните tix login
oauth-no-code = в перенаправлении нет кода
oauth-nothing-pasted = ничего не вставлено: вставьте адрес, на который перешёл браузер, или код из него
oauth-not-a-code = это не похоже ни на код, ни на адрес
oauth-no-refresh-token = токен доступа OAuth истёк, а токена обновления нет: выполните `tix login --profile { $profile }`
oauth-refresh-expired = токен обновления OAuth истёк: выполните `tix login --profile { $profile }`
oauth-refresh-refused = не удалось обновить токен OAuth ({ $why }): выполните `tix login --profile { $profile }`
oauth-token-refused = сервер токенов отказал: { $why }
oauth-token-malformed = ответ сервера токенов не разобран: { $why }
oauth-token-type = неподдерживаемый тип токена { $kind } (ожидался bearer)
oauth-store-keyring-unbuilt = для token_store = "keyring" нужен tix, собранный с функцией keyring (cargo install --features keyring); используйте token_store = "file"
oauth-store-unknown = token_store { $store } неизвестен ("file" или "keyring")
oauth-store-in-keyring = хранилище ключей ОС ({ $entry })
oauth-store-readable = в { $file } хранятся токены OAuth, но файл могут читать другие (права { $mode }): выполните для него chmod 600 или удалите его и снова выполните tix login
oauth-keyring-failed = хранилище ключей ОС ({ $entry }): { $why }
oauth-keyring-no-session = хранилище ключей ОС ({ $entry }): здесь нет сеансового хранилища для записи; используйте token_store = "file"
oauth-tokens-unreadable = не читается (строка { $line }, столбец { $column })
secret-cmd-cannot-run = не удалось запустить команду { $what }: { $why }
secret-cmd-late = команда { $what } не завершилась за { $seconds } с и была остановлена
secret-cmd-failed = команда { $what } завершилась с ошибкой ({ $status })
secret-cmd-silent = команда { $what } ничего не вывела
private-entries = { $count ->
    [one] { $n } запись
    [few] { $n } записи
   *[many] { $n } записей
}
private-tightened = другие могли читать { $entries } в { $dir }: права ужесточены до 0700 (папки) и 0600 (файлы): { $paths }
private-tightened-more = другие могли читать { $entries } в { $dir }: права ужесточены до 0700 (папки) и 0600 (файлы): { $paths } и ещё { $more }
business-hours-bad-start = начало рабочего времени { $start }: { $why }
business-hours-bad-zone = часовой пояс { $zone }: { $why }
