//! The demo's Help Center: an article for each ticket topic in each of the demo's five languages
//! (35 in all), written in the words its customers use in their subjects, so that the articles
//! suggested for a demo ticket are the ones about its problem. Bodies are HTML, as Zendesk's.

use super::text::{Lang, Topic};

pub struct DemoArticle {
    pub id: u64,
    pub topic: Topic,
    pub lang: Lang,
    pub title: &'static str,
    pub body: &'static str,
}

impl DemoArticle {
    /// Its topic's tag, as the demo's tickets carry it.
    pub fn topic_tag(&self) -> &'static str {
        self.topic.tag()
    }

    pub fn locale(&self) -> &'static str {
        locale(self.lang)
    }
}

/// Zendesk's locale for a demo language.
pub fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-us",
        Lang::Ro => "ro",
        Lang::Ru => "ru",
        Lang::Zh => "zh-cn",
        Lang::Et => "et",
    }
}

/// The section an article is filed in: its topic's, in its language.
pub fn section(topic: Topic, lang: Lang) -> &'static str {
    let names: [&str; 7] = match lang {
        Lang::En => [
            "Billing",
            "Signing in",
            "Shipping",
            "Refunds",
            "Service status",
            "Known issues",
            "Your account",
        ],
        Lang::Ro => [
            "Facturare",
            "Autentificare",
            "Livrare",
            "Rambursări",
            "Starea serviciului",
            "Probleme cunoscute",
            "Contul tău",
        ],
        Lang::Ru => [
            "Оплата и счета",
            "Вход в аккаунт",
            "Доставка",
            "Возвраты",
            "Статус сервиса",
            "Известные проблемы",
            "Ваш аккаунт",
        ],
        Lang::Zh => [
            "账单与发票",
            "登录",
            "配送",
            "退款",
            "服务状态",
            "已知问题",
            "账户",
        ],
        Lang::Et => [
            "Arveldus",
            "Sisselogimine",
            "Tarne",
            "Tagasimaksed",
            "Teenuse olek",
            "Teadaolevad vead",
            "Sinu konto",
        ],
    };
    names[topic as usize]
}

const fn a(
    n: u64,
    topic: Topic,
    lang: Lang,
    title: &'static str,
    body: &'static str,
) -> DemoArticle {
    DemoArticle {
        id: 360_000_000 + n,
        topic,
        lang,
        title,
        body,
    }
}

use Lang::{En, Et, Ro, Ru, Zh};
use Topic::{Account, Billing, Bug, Login, Outage, Refund, Shipping};

pub const ARTICLES: &[DemoArticle] = &[
    // Billing
    a(
        1,
        Billing,
        En,
        "Charged twice for one invoice: duplicate charges and VAT numbers",
        "<h2>Why you see two charges</h2><p>A card payment that times out is sometimes retried by the bank. The second charge is usually a <b>pending authorisation</b> that disappears within 3 business days.</p>\
<h2>What the agent does</h2><ol><li>Find the invoice under <i>Billing → Invoices</i>.</li><li>If both charges are settled, void the duplicate: the refund reaches the card in 5–10 business days.</li><li>Tell the customer the date and the amount.</li></ol>\
<h2>VAT number missing on an invoice</h2><p>Add the VAT number under <i>Billing → Company details</i>, then <b>Reissue</b> the invoice. See <a href=\"https://help.example.com/hc/en-us/articles/360000010\">Declined cards</a> for payment errors.</p>",
    ),
    a(
        2,
        Billing,
        Ro,
        "Taxat de două ori pentru aceeași factură: plăți duble și codul fiscal",
        "<h2>De ce apar două plăți</h2><p>Când o plată cu cardul expiră, banca o poate relua. A doua plată este de obicei o <b>autorizare în așteptare</b>, care dispare în cel mult 3 zile lucrătoare.</p>\
<h2>Ce face agentul</h2><ol><li>Caută factura în <i>Facturare → Facturi</i>.</li><li>Dacă ambele plăți sunt decontate, anulează-o pe cea dublă: banii ajung înapoi pe card în 5–10 zile lucrătoare.</li><li>Comunică-i clientului data și suma.</li></ol>\
<h2>Lipsește codul fiscal pe factură</h2><p>Adaugă codul fiscal (CUI) în <i>Facturare → Datele firmei</i>, apoi apasă <b>Reemite</b> pe factură.</p>",
    ),
    a(
        3,
        Billing,
        Ru,
        "Двойное списание по счёту и ИНН в счёте",
        "<h2>Откуда два списания</h2><p>Если оплата картой не прошла вовремя, банк иногда повторяет её. Второе списание чаще всего — <b>временная блокировка суммы</b>, она снимается за 3 рабочих дня.</p>\
<h2>Что делает агент</h2><ol><li>Найдите счёт в разделе <i>Оплата → Счета</i>.</li><li>Если оба платежа проведены, аннулируйте лишний: деньги вернутся на карту за 5–10 рабочих дней.</li><li>Сообщите клиенту дату и сумму возврата.</li></ol>\
<h2>В счёте нет ИНН</h2><p>Укажите ИНН в разделе <i>Оплата → Реквизиты компании</i> и нажмите <b>Перевыставить</b> счёт.</p>",
    ),
    a(
        4,
        Billing,
        Zh,
        "发票重复扣款与发票缺少税号",
        "<h2>为什么会被扣款两次</h2><p>银行卡支付超时后，银行有时会自动重试。第二笔通常只是<b>预授权</b>，会在 3 个工作日内自动撤销。</p>\
<h2>客服处理步骤</h2><ol><li>在<i>账单 → 发票</i>中找到对应发票。</li><li>如果两笔都已入账，作废重复的那一笔：款项将在 5–10 个工作日内退回银行卡。</li><li>把退款日期和金额告诉客户。</li></ol>\
<h2>发票缺少税号</h2><p>在<i>账单 → 公司信息</i>中填写税号，然后对该发票点击<b>重新开具</b>。</p>",
    ),
    a(
        5,
        Billing,
        Et,
        "Arve eest võeti raha kaks korda ja KMKR number arvel",
        "<h2>Miks on makseid kaks</h2><p>Kui kaardimakse aegub, võib pank seda korrata. Teine makse on enamasti <b>broneering</b>, mis kaob 3 tööpäeva jooksul.</p>\
<h2>Mida klienditeenindaja teeb</h2><ol><li>Leia arve jaotisest <i>Arveldus → Arved</i>.</li><li>Kui mõlemad maksed on laekunud, tühista topeltmakse: raha jõuab kaardile tagasi 5–10 tööpäevaga.</li><li>Anna kliendile teada kuupäev ja summa.</li></ol>\
<h2>Arvel puudub KMKR number</h2><p>Lisa KMKR number jaotises <i>Arveldus → Ettevõtte andmed</i> ja vajuta arvel <b>Väljasta uuesti</b>.</p>",
    ),
    // Login
    a(
        11,
        Login,
        En,
        "Can't log in: password reset emails and 2FA codes",
        "<h2>The reset email never arrives</h2><p>Check the address for typos, then look in spam. After a bounce our mail provider blocks an address: unblock it under <i>Admin → Email suppressions</i> and send the reset again.</p>\
<h2>The password is refused right after a reset</h2><ul><li>Ten failed attempts lock the account for 30 minutes; clear the lockout in the user's profile.</li><li>Ask the customer to open the reset link in a private window: an old session can overwrite the new password.</li></ul>\
<h2>2FA codes are not accepted</h2><p>Codes fail when the phone's clock is off or the customer changed phones. Reset two-factor authentication in the user's profile; at the next sign-in they scan a new QR code.</p>\
<p><img src=\"https://help.example.com/img/2fa-reset.png\" alt=\"The Reset 2FA button in the user's profile\"></p>",
    ),
    a(
        12,
        Login,
        Ro,
        "Nu mă pot autentifica: resetarea parolei și codurile 2FA",
        "<h2>Nu primesc e-mailul de resetare a parolei</h2><p>Verifică adresa, apoi dosarul Spam. După un e-mail returnat, furnizorul nostru blochează adresa: deblocheaz-o în <i>Administrare → Adrese blocate</i> și trimite din nou linkul.</p>\
<h2>Parola e refuzată imediat după resetare</h2><ul><li>După zece încercări greșite contul se blochează 30 de minute; ridică blocarea din profilul utilizatorului.</li><li>Roagă clientul să deschidă linkul într-o fereastră privată.</li></ul>\
<h2>Codurile 2FA nu sunt acceptate</h2><p>Codurile nu merg când ceasul telefonului e decalat sau clientul și-a schimbat telefonul. Resetează autentificarea în doi pași din profil; la următoarea conectare clientul scanează un cod QR nou.</p>",
    ),
    a(
        13,
        Login,
        Ru,
        "Не могу войти: сброс пароля и коды 2FA",
        "<h2>Не приходит письмо для сброса пароля</h2><p>Проверьте адрес и папку «Спам». После возврата письма почтовый сервис блокирует адрес: разблокируйте его в <i>Администрирование → Заблокированные адреса</i> и отправьте ссылку ещё раз.</p>\
<h2>Пароль не подходит сразу после сброса</h2><ul><li>После десяти неудачных попыток аккаунт блокируется на 30 минут; снимите блокировку в профиле пользователя.</li><li>Попросите клиента открыть ссылку в режиме инкогнито.</li></ul>\
<h2>Коды 2FA не принимаются</h2><p>Так бывает, если на телефоне сбилось время или клиент сменил телефон. Сбросьте двухфакторную аутентификацию в профиле — при следующем входе клиент отсканирует новый QR-код.</p>",
    ),
    a(
        14,
        Login,
        Zh,
        "无法登录：重置密码邮件与两步验证码",
        "<h2>收不到重置密码邮件</h2><p>先核对邮箱地址，再查看垃圾邮件。邮件被退回后，我们的邮件服务商会屏蔽该地址：请在<i>管理 → 已屏蔽地址</i>中解除屏蔽，然后重新发送。</p>\
<h2>重置密码后仍然无法登录</h2><ul><li>连续输错十次会锁定账户 30 分钟，可在用户资料中解除锁定。</li><li>请客户在无痕窗口中打开重置链接。</li></ul>\
<h2>两步验证码无效</h2><p>手机时间不准或客户换了手机时，验证码会失效。在用户资料中重置两步验证，客户下次登录时扫描新的二维码即可。</p>",
    ),
    a(
        15,
        Login,
        Et,
        "Ei saa sisse logida: parooli lähtestamine ja 2FA koodid",
        "<h2>Parooli lähtestamise e-kiri ei jõua kohale</h2><p>Kontrolli aadressi ja rämpsposti kausta. Tagastatud kirja järel blokeerib meie e-posti teenus aadressi: eemalda blokeering jaotises <i>Haldus → Blokeeritud aadressid</i> ja saada link uuesti.</p>\
<h2>Parool ei sobi kohe pärast lähtestamist</h2><ul><li>Kümne vale katse järel lukustub konto 30 minutiks; eemalda lukk kasutaja profiilist.</li><li>Palu kliendil avada link privaatses aknas.</li></ul>\
<h2>2FA koode ei aktsepteerita</h2><p>Koodid ei tööta, kui telefoni kell on vale või klient vahetas telefoni. Lähtesta kaheastmeline autentimine profiilis; järgmisel sisselogimisel skannib klient uue QR-koodi.</p>",
    ),
    // Shipping
    a(
        21,
        Shipping,
        En,
        "Where is my order? Late parcels, wrong addresses and missing deliveries",
        "<h2>Tracking has not moved</h2><p>Parcels that sit at a depot for more than three days need a trace: open it from the order page with <b>Contact courier</b>. Most come back with a delivery date within a day.</p>\
<h2>Parcel marked delivered but not received</h2><ol><li>Ask the customer to check with neighbours and the building's mailroom.</li><li>Open a claim with the courier.</li><li>If the courier cannot find it within 48 hours, send a replacement free of charge.</li></ol>\
<h2>Wrong address on an order</h2><p>Until the order leaves the warehouse, change the address on the order page. After that, ask the courier to redirect the parcel.</p>",
    ),
    a(
        22,
        Shipping,
        Ro,
        "Unde este comanda? Colete întârziate, adrese greșite și livrări lipsă",
        "<h2>Urmărirea coletului nu se actualizează</h2><p>Dacă un colet stă în depozit mai mult de trei zile, cere o verificare de la curier din pagina comenzii (<b>Contactează curierul</b>).</p>\
<h2>Colet marcat ca livrat, dar neprimit</h2><ol><li>Roagă clientul să întrebe vecinii și administratorul clădirii.</li><li>Deschide o reclamație la curier.</li><li>Dacă în 48 de ore coletul nu e găsit, trimite gratuit un colet nou.</li></ol>\
<h2>Adresă greșită la comandă</h2><p>Cât timp comanda nu a plecat din depozit, schimbă adresa din pagina comenzii; după aceea, cere curierului redirecționarea.</p>",
    ),
    a(
        23,
        Shipping,
        Ru,
        "Где мой заказ? Задержка посылки, неверный адрес и пропавшая доставка",
        "<h2>Трекинг не обновляется</h2><p>Если посылка больше трёх дней лежит на складе, запросите розыск у курьерской службы со страницы заказа (<b>Связаться с курьером</b>).</p>\
<h2>Посылка отмечена как доставленная, но не получена</h2><ol><li>Попросите клиента уточнить у соседей и на ресепшене.</li><li>Откройте претензию у курьерской службы.</li><li>Если за 48 часов посылку не нашли, бесплатно отправьте замену.</li></ol>\
<h2>Неверный адрес в заказе</h2><p>Пока заказ не покинул склад, адрес можно изменить на странице заказа; позже — только через переадресацию у курьера.</p>",
    ),
    a(
        24,
        Shipping,
        Zh,
        "我的订单在哪里？物流延误、地址填错与包裹未收到",
        "<h2>物流信息长时间不更新</h2><p>包裹在中转站停留超过三天时，请在订单页面点击<b>联系快递</b>申请查件，通常一天内会有派送日期。</p>\
<h2>包裹显示已签收但没有收到</h2><ol><li>请客户先问问邻居和物业。</li><li>向快递公司提交索赔。</li><li>如果 48 小时内仍未找到，免费补发。</li></ol>\
<h2>订单地址填错了</h2><p>订单出库前可以在订单页面直接修改地址；出库后只能请快递改派。</p>",
    ),
    a(
        25,
        Shipping,
        Et,
        "Kus on minu tellimus? Hilinenud pakid, vale aadress ja kadunud saadetised",
        "<h2>Jälgimisinfo ei muutu</h2><p>Kui pakk on terminalis üle kolme päeva, küsi kullerilt otsingut tellimuse lehelt (<b>Võta kulleriga ühendust</b>).</p>\
<h2>Pakk on märgitud kätte toimetatuks, aga klient ei saanud seda</h2><ol><li>Palu kliendil küsida naabritelt.</li><li>Esita kullerile kahjunõue.</li><li>Kui pakki 48 tunni jooksul ei leita, saada tasuta uus.</li></ol>\
<h2>Vale aadress tellimusel</h2><p>Kuni tellimus pole laost lahkunud, muuda aadressi tellimuse lehel; hiljem palu kulleril pakk ümber suunata.</p>",
    ),
    // Refund
    a(
        31,
        Refund,
        En,
        "Refund requests: returned orders and cancelled subscriptions",
        "<h2>Returned orders</h2><p>A refund is issued when the warehouse scans the return. If the customer returned the order more than 10 days ago and no refund shows, issue it from the order page.</p>\
<h2>Subscriptions</h2><ul><li>A renewal cancelled before its date is refunded in full.</li><li>Cancel the renewal first, then refund: the customer keeps access until the end of the paid period.</li></ul>\
<p>Refunds take <b>5–10 business days</b> to appear, depending on the bank.</p>",
    ),
    a(
        32,
        Refund,
        Ro,
        "Cereri de rambursare: comenzi returnate și abonamente anulate",
        "<h2>Comenzi returnate</h2><p>Rambursarea se face când depozitul scanează returul. Dacă clientul a returnat comanda de peste 10 zile și nu vede banii, emite rambursarea din pagina comenzii.</p>\
<h2>Abonamente</h2><ul><li>O reînnoire anulată la timp se rambursează integral.</li><li>Anulează întâi reînnoirea, apoi rambursează: clientul păstrează accesul până la sfârșitul perioadei plătite.</li></ul>\
<p>Banii apar în <b>5–10 zile lucrătoare</b>, în funcție de bancă.</p>",
    ),
    a(
        33,
        Refund,
        Ru,
        "Возврат средств: возвращённые заказы и отмена подписки",
        "<h2>Возвращённые заказы</h2><p>Возврат оформляется, когда склад примет посылку. Если клиент вернул заказ больше 10 дней назад, а денег нет, оформите возврат со страницы заказа.</p>\
<h2>Подписки</h2><ul><li>Продление, отменённое до даты списания, возвращается полностью.</li><li>Сначала отмените продление, затем оформите возврат: доступ сохранится до конца оплаченного периода.</li></ul>\
<p>Деньги поступают за <b>5–10 рабочих дней</b>, в зависимости от банка.</p>",
    ),
    a(
        34,
        Refund,
        Zh,
        "退款申请：退货订单与取消订阅",
        "<h2>退货订单</h2><p>仓库签收退货后才会发起退款。如果客户退货已超过 10 天仍未收到退款，请在订单页面手动退款。</p>\
<h2>订阅</h2><ul><li>在续费日前取消的订阅可全额退款。</li><li>先取消续费，再退款：客户在已付费周期结束前仍可使用。</li></ul>\
<p>退款到账需要 <b>5–10 个工作日</b>，视银行而定。</p>",
    ),
    a(
        35,
        Refund,
        Et,
        "Tagasimakse taotlused: tagastatud tellimused ja tühistatud püsitellimused",
        "<h2>Tagastatud tellimused</h2><p>Raha tagastatakse, kui ladu on tagastuse vastu võtnud. Kui klient tagastas tellimuse üle 10 päeva tagasi ja raha pole tulnud, tee tagasimakse tellimuse lehelt.</p>\
<h2>Püsitellimused</h2><ul><li>Enne tähtpäeva tühistatud pikendus makstakse täielikult tagasi.</li><li>Tühista kõigepealt pikendus, siis tee tagasimakse: ligipääs jääb makstud perioodi lõpuni.</li></ul>\
<p>Raha jõuab kontole <b>5–10 tööpäevaga</b>, olenevalt pangast.</p>",
    ),
    // Outage
    a(
        41,
        Outage,
        En,
        "Outage: dashboard down or the API returning 503",
        "<h2>First check</h2><p>Look at the status page and the #incidents channel before answering. If an incident is open, link the customer to it and tag the ticket <code>outage</code>.</p>\
<h2>While it lasts</h2><ul><li>API calls failing with <b>503 Service Unavailable</b> are safe to retry with backoff.</li><li>Do not promise a time; promise an update.</li></ul>\
<h2>When it is resolved</h2><p>Reply to every tagged ticket: the dashboard and the API answer normally again, and failed requests can be retried.</p>",
    ),
    a(
        42,
        Outage,
        Ro,
        "Întrerupere: panoul de control nu funcționează sau API-ul răspunde cu 503",
        "<h2>Primul pas</h2><p>Verifică pagina de stare și canalul #incidents înainte să răspunzi. Dacă există un incident deschis, trimite-i clientului linkul și etichetează tichetul <code>outage</code>.</p>\
<h2>Cât durează incidentul</h2><ul><li>Apelurile API care eșuează cu <b>503</b> pot fi reluate în siguranță.</li><li>Nu promite o oră; promite o actualizare.</li></ul>\
<h2>După rezolvare</h2><p>Răspunde la toate tichetele etichetate: panoul de control și API-ul funcționează din nou normal.</p>",
    ),
    a(
        43,
        Outage,
        Ru,
        "Сбой: панель управления не открывается или API отвечает 503",
        "<h2>Сначала проверьте</h2><p>Перед ответом посмотрите страницу статуса и канал #incidents. Если инцидент открыт, дайте клиенту ссылку и поставьте тег <code>outage</code>.</p>\
<h2>Пока идёт сбой</h2><ul><li>Запросы к API, которые вернули <b>503</b>, можно безопасно повторять.</li><li>Не обещайте время восстановления — обещайте сообщить новости.</li></ul>\
<h2>Когда сбой устранён</h2><p>Ответьте на все тикеты с тегом: панель управления и API снова работают в обычном режиме.</p>",
    ),
    a(
        44,
        Outage,
        Zh,
        "服务中断：控制台无法访问或 API 返回 503",
        "<h2>先确认</h2><p>回复前先查看状态页和 #incidents 频道。如果有正在处理的事故，把链接发给客户，并给工单加上 <code>outage</code> 标签。</p>\
<h2>事故期间</h2><ul><li>返回 <b>503</b> 的 API 请求可以放心重试。</li><li>不要承诺恢复时间，只承诺会及时通知进展。</li></ul>\
<h2>恢复之后</h2><p>回复所有带标签的工单：控制台和 API 已恢复正常。</p>",
    ),
    a(
        45,
        Outage,
        Et,
        "Katkestus: töölaud ei avane või API tagastab 503",
        "<h2>Kõigepealt kontrolli</h2><p>Enne vastamist vaata olekulehte ja kanalit #incidents. Kui intsident on avatud, saada kliendile link ja lisa piletile silt <code>outage</code>.</p>\
<h2>Katkestuse ajal</h2><ul><li>API päringuid, mis said vastuseks <b>503</b>, võib julgelt korrata.</li><li>Ära luba kellaaega, luba uudiseid.</li></ul>\
<h2>Kui rike on kõrvaldatud</h2><p>Vasta kõigile sildiga piletitele: töölaud ja API töötavad jälle tavapäraselt.</p>",
    ),
    // Bug
    a(
        51,
        Bug,
        En,
        "Known bugs: empty CSV export, app crashes in settings, search missing old orders",
        "<h2>Export to CSV produces an empty file</h2><p>Fixed on the server: exports made now contain every row. Ask the customer to export again.</p>\
<h2>App crashes when opening settings</h2><p>Fixed in version <b>4.12</b>. Updating the app from the store makes the crash go away.</p>\
<h2>Search results missing since the update</h2><p>The search index is being rebuilt; orders older than 30 days show up again within a few hours. Nothing is lost.</p>\
<p>Anything else: collect the steps, the app version and a screenshot, and escalate to the developers.</p>",
    ),
    a(
        52,
        Bug,
        Ro,
        "Erori cunoscute: export CSV gol, aplicația se închide în setări, căutarea nu găsește comenzile vechi",
        "<h2>Exportul CSV generează un fișier gol</h2><p>Eroarea a fost corectată pe server: exporturile noi conțin toate rândurile. Roagă clientul să exporte din nou.</p>\
<h2>Aplicația se închide când deschid setările</h2><p>Corectat în versiunea <b>4.12</b>; actualizarea aplicației rezolvă problema.</p>\
<h2>Căutarea nu mai găsește comenzile vechi</h2><p>Indexul de căutare se reconstruiește; comenzile mai vechi de 30 de zile reapar în câteva ore.</p>",
    ),
    a(
        53,
        Bug,
        Ru,
        "Известные ошибки: пустой экспорт в CSV, приложение вылетает в настройках, поиск не находит старые заказы",
        "<h2>Экспорт в CSV выдаёт пустой файл</h2><p>Ошибка исправлена на сервере: новые выгрузки содержат все строки. Попросите клиента выгрузить данные ещё раз.</p>\
<h2>Приложение вылетает при открытии настроек</h2><p>Исправлено в версии <b>4.12</b> — достаточно обновить приложение.</p>\
<h2>Поиск не находит старые заказы</h2><p>Поисковый индекс перестраивается; заказы старше 30 дней снова появятся через несколько часов.</p>",
    ),
    a(
        54,
        Bug,
        Zh,
        "已知问题：导出 CSV 为空文件、打开设置时应用闪退、搜索不到旧订单",
        "<h2>导出 CSV 得到空文件</h2><p>服务器端已修复：现在导出的文件包含全部数据，请客户重新导出。</p>\
<h2>打开设置时应用闪退</h2><p>已在 <b>4.12</b> 版本中修复，更新应用即可。</p>\
<h2>更新后搜索不到旧订单</h2><p>搜索索引正在重建，30 天前的订单几小时内会重新出现。</p>",
    ),
    a(
        55,
        Bug,
        Et,
        "Teadaolevad vead: tühi CSV eksport, rakendus jookseb seadetes kokku, otsing ei leia vanu tellimusi",
        "<h2>CSV eksport annab tühja faili</h2><p>Viga on serveris parandatud: uued ekspordid sisaldavad kõiki ridu. Palu kliendil uuesti eksportida.</p>\
<h2>Rakendus jookseb seadete avamisel kokku</h2><p>Parandatud versioonis <b>4.12</b>; piisab rakenduse uuendamisest.</p>\
<h2>Otsing ei leia pärast uuendust vanu tellimusi</h2><p>Otsinguindeks ehitatakse uuesti üles; üle 30 päeva vanused tellimused ilmuvad mõne tunni pärast tagasi.</p>",
    ),
    // Account
    a(
        61,
        Account,
        En,
        "Account changes: email address, a second admin, deleting an account and its data",
        "<h2>Change the email on an account</h2><p>Change it in the user's profile; a confirmation goes to the new address and the old one is told.</p>\
<h2>Add a second admin</h2><p>Only the workspace owner can invite admins. If the invite button is greyed out, the customer is not the owner: send the owner a request.</p>\
<h2>Delete an account and its data (GDPR)</h2><ol><li>Confirm the request comes from the account's own address.</li><li>Schedule the deletion in the user's profile.</li><li>It completes within 30 days; the customer gets a confirmation email.</li></ol>",
    ),
    a(
        62,
        Account,
        Ro,
        "Modificări de cont: adresa de e-mail, al doilea administrator, ștergerea contului și a datelor",
        "<h2>Schimbarea adresei de e-mail a contului</h2><p>Se face din profilul utilizatorului; confirmarea ajunge la adresa nouă.</p>\
<h2>Adăugarea unui al doilea administrator</h2><p>Doar proprietarul spațiului de lucru poate invita administratori; dacă butonul e gri, trimite-i proprietarului o cerere.</p>\
<h2>Ștergerea contului și a datelor (GDPR)</h2><ol><li>Verifică faptul că cererea vine de la adresa contului.</li><li>Programează ștergerea din profil.</li><li>Se finalizează în 30 de zile, cu un e-mail de confirmare.</li></ol>",
    ),
    a(
        63,
        Account,
        Ru,
        "Изменения в аккаунте: смена e-mail, второй администратор, удаление аккаунта и данных",
        "<h2>Смена e-mail в аккаунте</h2><p>Меняется в профиле пользователя; подтверждение придёт на новый адрес.</p>\
<h2>Добавить второго администратора</h2><p>Приглашать администраторов может только владелец рабочего пространства. Если кнопка неактивна, отправьте запрос владельцу.</p>\
<h2>Удаление аккаунта и данных (GDPR)</h2><ol><li>Убедитесь, что запрос пришёл с адреса самого аккаунта.</li><li>Запланируйте удаление в профиле.</li><li>Удаление завершается в течение 30 дней, клиент получит письмо.</li></ol>",
    ),
    a(
        64,
        Account,
        Zh,
        "账户变更：修改账户邮箱、添加第二个管理员、删除账户和数据",
        "<h2>修改账户邮箱</h2><p>在用户资料中修改，确认邮件会发送到新邮箱。</p>\
<h2>添加第二个管理员</h2><p>只有工作区所有者可以邀请管理员。如果邀请按钮是灰色的，请代客户向所有者发送申请。</p>\
<h2>删除账户和数据（GDPR）</h2><ol><li>确认请求来自该账户本身的邮箱。</li><li>在用户资料中安排删除。</li><li>30 天内完成，客户会收到确认邮件。</li></ol>",
    ),
    a(
        65,
        Account,
        Et,
        "Konto muudatused: e-posti aadressi muutmine, teise administraatori lisamine, konto ja andmete kustutamine",
        "<h2>Konto e-posti aadressi muutmine</h2><p>Muuda seda kasutaja profiilis; kinnitus saadetakse uuele aadressile.</p>\
<h2>Teise administraatori lisamine</h2><p>Administraatoreid saab kutsuda ainult tööruumi omanik. Kui nupp on hall, saada omanikule taotlus.</p>\
<h2>Konto ja andmete kustutamine (GDPR)</h2><ol><li>Veendu, et taotlus tuli konto enda aadressilt.</li><li>Planeeri kustutamine profiilis.</li><li>See lõpeb 30 päeva jooksul ja klient saab kinnituskirja.</li></ol>",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_an_article_in_every_language() {
        assert!(ARTICLES.len() >= 30);
        for topic in Topic::ALL {
            for lang in Lang::ALL {
                let n = ARTICLES
                    .iter()
                    .filter(|a| a.topic == topic && a.lang == lang)
                    .count();
                assert_eq!(n, 1, "{topic:?} in {lang:?}");
            }
        }
        let mut ids: Vec<u64> = ARTICLES.iter().map(|a| a.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ARTICLES.len());
    }
}
