//! Phrase banks for the demo data: names, organisations, ticket texts in five languages, internal
//! notes and macros. Pure data plus one small template filler; `data.rs` decides what to pick.
//!
//! Templates use `{first}`, `{name}`, `{agent}`, `{order}`, `{invoice}`, `{amount}`, `{code}` and
//! `{plan}`; `fill` replaces them. Macro texts use Zendesk's own `{{...}}` placeholders, which are
//! left for the client to render.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ro,
    Ru,
    Zh,
    Et,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ro, Lang::Ru, Lang::Zh, Lang::Et];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ro => "ro",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
            Lang::Et => "et",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Billing,
    Login,
    Shipping,
    Refund,
    Outage,
    Bug,
    Account,
}

impl Topic {
    pub const ALL: [Topic; 7] = [
        Topic::Billing,
        Topic::Login,
        Topic::Shipping,
        Topic::Refund,
        Topic::Outage,
        Topic::Bug,
        Topic::Account,
    ];

    pub fn tag(self) -> &'static str {
        match self {
            Topic::Billing => "billing",
            Topic::Login => "login",
            Topic::Shipping => "shipping",
            Topic::Refund => "refund",
            Topic::Outage => "outage",
            Topic::Bug => "bug",
            Topic::Account => "account",
        }
    }
}

/// Values substituted into templates; one set per ticket so a thread keeps talking about the same
/// order and invoice.
#[derive(Debug, Clone, Default)]
pub struct Vars<'a> {
    pub first: &'a str,
    pub name: &'a str,
    pub agent: &'a str,
    pub order: &'a str,
    pub invoice: &'a str,
    pub amount: &'a str,
    pub code: &'a str,
    pub plan: &'a str,
}

/// Replaces `{key}` placeholders in one pass; unknown keys and stray braces are kept as written.
pub fn fill(template: &str, vars: &Vars) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let value = match &after[..close] {
                "first" => vars.first,
                "name" => vars.name,
                "agent" => vars.agent,
                "order" => vars.order,
                "invoice" => vars.invoice,
                "amount" => vars.amount,
                "code" => vars.code,
                "plan" => vars.plan,
                _ => return None,
            };
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// One kind of problem: how a customer names and describes it, and how an agent resolves it.
pub struct Issue {
    pub subject: &'static str,
    pub problem: &'static str,
    pub resolution: &'static str,
}

const fn issue(subject: &'static str, problem: &'static str, resolution: &'static str) -> Issue {
    Issue {
        subject,
        problem,
        resolution,
    }
}

/// Texts for one topic in one language.
pub struct TopicText {
    pub issues: &'static [Issue],
    /// Vaguer subjects that fit any issue of the topic.
    pub vague_subjects: &'static [&'static str],
    /// A sentence of extra context that fits any issue of the topic.
    pub details: &'static [&'static str],
}

/// Everything written in one language.
pub struct Bank {
    pub topics: [TopicText; 7],
    /// Customer e-mail greetings and sign-offs (`{name}`).
    pub greetings: &'static [&'static str],
    pub signoffs: &'static [&'static str],
    /// Customer follow-ups and thanks.
    pub followups: &'static [&'static str],
    pub thanks: &'static [&'static str],
    /// Agent greetings (`{first}`), answers that keep a ticket moving, and sign-offs (`{agent}`).
    pub agent_greetings: &'static [&'static str],
    pub agent_generic: &'static [&'static str],
    pub agent_signoffs: &'static [&'static str],
    /// Paragraphs for the occasional very long message, its log caption and closing.
    pub story: &'static [&'static str],
    pub log_caption: &'static str,
    pub story_closing: &'static str,
    /// Currency format for `{amount}`: text before and after the number.
    pub currency: (&'static str, &'static str),
}

impl Topic {
    pub fn text(self, lang: Lang) -> &'static TopicText {
        &bank(lang).topics[self as usize]
    }
}

pub fn bank(lang: Lang) -> &'static Bank {
    match lang {
        Lang::En => &EN,
        Lang::Ro => &RO,
        Lang::Ru => &RU,
        Lang::Zh => &ZH,
        Lang::Et => &ET,
    }
}

pub const EMOJI: &[&str] = &["🙏", "😊", "😡", "🤔", "👍", "😭", "🚚", "💳", "🔥", "❗"];

pub const PLANS: &[&str] = &["Starter", "Pro", "Business", "Enterprise"];

/// Comments customers leave with a satisfaction rating: (with "good", with "bad").
pub fn csat_comments(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        Lang::En => (
            &[
                "Quick and friendly, thank you!",
                "Solved on the first reply. Great service.",
                "Very helpful, problem fixed.",
            ],
            &[
                "Took far too long to get an answer.",
                "The problem is still not fixed.",
                "I had to explain everything three times.",
            ],
        ),
        Lang::Ro => (
            &[
                "Rapid și amabil, mulțumesc!",
                "Problema a fost rezolvată din primul răspuns.",
            ],
            &[
                "A durat mult prea mult până am primit un răspuns.",
                "Problema încă nu este rezolvată.",
            ],
        ),
        Lang::Ru => (
            &[
                "Быстро и вежливо, спасибо!",
                "Проблему решили с первого ответа.",
            ],
            &["Слишком долго ждал ответа.", "Проблема так и не решена."],
        ),
        Lang::Zh => (
            &["回复很快，态度很好，谢谢！", "问题一次就解决了。"],
            &["等了太久才得到回复。", "问题还是没有解决。"],
        ),
        Lang::Et => (
            &[
                "Kiire ja sõbralik, aitäh!",
                "Probleem lahendati esimese vastusega.",
            ],
            &[
                "Vastuse saamine võttis liiga kaua aega.",
                "Probleem ei ole ikka veel lahendatud.",
            ],
        ),
    }
}

/// Internal notes, for one topic or (`None`) any. The team writes mostly in English, sometimes in
/// the customer's language.
pub const NOTES: &[(Option<Topic>, &str)] = &[
    (
        Some(Topic::Billing),
        "Checked the payment provider: two captures for {amount}, the second one is a duplicate. Voiding it now.",
    ),
    (
        Some(Topic::Billing),
        "Invoice {invoice} was generated before the VAT number was saved; regenerating fixes it.",
    ),
    (
        Some(Topic::Refund),
        "Do NOT refund yet: finance has to approve anything above {amount}.",
    ),
    (
        Some(Topic::Refund),
        "Return for {order} was scanned at the warehouse on Tuesday, refund is safe to issue.",
    ),
    (
        Some(Topic::Shipping),
        "Courier confirmed the parcel for {order} is stuck at the depot. Chasing them again tomorrow.",
    ),
    (
        Some(Topic::Bug),
        "Reproduced on staging, error {code}. Filed an engineering ticket and linked it here.",
    ),
    (
        Some(Topic::Outage),
        "Waiting for engineering; the status page incident is still open.",
    ),
    (
        Some(Topic::Login),
        "Account shows 14 failed sign-ins from two countries in an hour. Asked security to take a look before unlocking.",
    ),
    (
        Some(Topic::Account),
        "Identity verified through the old mailbox, safe to proceed.",
    ),
    (
        None,
        "Customer is on the {plan} plan, renewal in 6 days. Handle with care.",
    ),
    (
        None,
        "Third contact about this in a month: consider a goodwill credit.",
    ),
    (
        None,
        "Spoke to the customer on the phone. Upset at first, calm by the end of the call.",
    ),
    (
        None,
        "Merged a duplicate ticket from the same customer into this one.",
    ),
    (None, "Needs database access to fix, escalating to Tier 2."),
    (
        None,
        "Clientul a sunat din nou, este foarte nervos. Vă rog să-i răspundem azi.",
    ),
    (
        None,
        "Клиент просит перезвонить после 15:00 по московскому времени.",
    ),
    (
        None,
        "Klient eelistab suhtlust e-posti teel, palun mitte helistada.",
    ),
];

/// (display, ascii for e-mail addresses). Chinese names are written family name first, no space.
pub struct Names {
    pub first: &'static [(&'static str, &'static str)],
    pub last: &'static [(&'static str, &'static str)],
}

pub fn names(lang: Lang) -> &'static Names {
    match lang {
        Lang::En => &Names {
            first: &[
                ("Emma", "emma"),
                ("Liam", "liam"),
                ("Olivia", "olivia"),
                ("Noah", "noah"),
                ("Ava", "ava"),
                ("James", "james"),
                ("Sophia", "sophia"),
                ("Lucas", "lucas"),
                ("Mia", "mia"),
                ("Ethan", "ethan"),
                ("Grace", "grace"),
                ("Daniel", "daniel"),
            ],
            last: &[
                ("Smith", "smith"),
                ("Johnson", "johnson"),
                ("Brown", "brown"),
                ("Walker", "walker"),
                ("O'Connor", "oconnor"),
                ("Patel", "patel"),
                ("Nguyen", "nguyen"),
                ("Clarke", "clarke"),
                ("Hughes", "hughes"),
                ("Reed", "reed"),
            ],
        },
        Lang::Ro => &Names {
            first: &[
                ("Andrei", "andrei"),
                ("Ioana", "ioana"),
                ("Mihai", "mihai"),
                ("Elena", "elena"),
                ("Ștefan", "stefan"),
                ("Ana-Maria", "ana-maria"),
                ("Bogdan", "bogdan"),
                ("Cătălina", "catalina"),
                ("Radu", "radu"),
                ("Irina", "irina"),
            ],
            last: &[
                ("Popescu", "popescu"),
                ("Ionescu", "ionescu"),
                ("Țăranu", "taranu"),
                ("Stănescu", "stanescu"),
                ("Dumitrescu", "dumitrescu"),
                ("Munteanu", "munteanu"),
                ("Băleanu", "baleanu"),
                ("Constantinescu", "constantinescu"),
            ],
        },
        Lang::Ru => &Names {
            first: &[
                ("Дмитрий", "dmitry"),
                ("Анна", "anna"),
                ("Сергей", "sergey"),
                ("Ольга", "olga"),
                ("Алексей", "alexey"),
                ("Мария", "maria"),
                ("Иван", "ivan"),
                ("Екатерина", "ekaterina"),
            ],
            last: &[
                ("Иванов", "ivanov"),
                ("Смирнов", "smirnov"),
                ("Кузнецов", "kuznetsov"),
                ("Попов", "popov"),
                ("Соколов", "sokolov"),
                ("Лебедев", "lebedev"),
                ("Новиков", "novikov"),
            ],
        },
        Lang::Zh => &Names {
            first: &[
                ("伟", "wei"),
                ("娜", "na"),
                ("敏", "min"),
                ("静", "jing"),
                ("磊", "lei"),
                ("洋", "yang"),
                ("婷", "ting"),
                ("杰", "jie"),
            ],
            last: &[
                ("王", "wang"),
                ("李", "li"),
                ("张", "zhang"),
                ("刘", "liu"),
                ("陈", "chen"),
                ("杨", "yang"),
                ("赵", "zhao"),
            ],
        },
        Lang::Et => &Names {
            first: &[
                ("Mari", "mari"),
                ("Jüri", "jyri"),
                ("Kadri", "kadri"),
                ("Märt", "mart"),
                ("Liis", "liis"),
                ("Tõnu", "tonu"),
                ("Kätlin", "katlin"),
                ("Rasmus", "rasmus"),
            ],
            last: &[
                ("Tamm", "tamm"),
                ("Saar", "saar"),
                ("Õunapuu", "ounapuu"),
                ("Mägi", "magi"),
                ("Sepp", "sepp"),
                ("Kõiv", "koiv"),
                ("Pärn", "parn"),
                ("Lõhmus", "lohmus"),
            ],
        },
    }
}

/// Organisations: (name, domain, language of most of its people, tags).
pub const ORGANIZATIONS: &[(&str, &str, Lang, &[&str])] = &[
    (
        "Acme Logistics",
        "acme-logistics.example",
        Lang::En,
        &["enterprise"],
    ),
    ("Northwind Traders", "northwind.example", Lang::En, &["smb"]),
    (
        "Blue Harbor Books",
        "blueharbor.example",
        Lang::En,
        &["smb"],
    ),
    (
        "Brightline Health",
        "brightline-health.example",
        Lang::En,
        &["enterprise", "priority_support"],
    ),
    (
        "Copperleaf Studio",
        "copperleaf.example",
        Lang::En,
        &["smb"],
    ),
    (
        "Evergreen Outdoor",
        "evergreen-outdoor.example",
        Lang::En,
        &["smb"],
    ),
    (
        "Fable & Finch",
        "fablefinch.example",
        Lang::En,
        &["partner"],
    ),
    (
        "Granite Peak Software",
        "granitepeak.example",
        Lang::En,
        &["enterprise"],
    ),
    (
        "Harborview Dental",
        "harborview.example",
        Lang::En,
        &["smb"],
    ),
    (
        "Ironclad Insurance",
        "ironclad.example",
        Lang::En,
        &["enterprise", "priority_support"],
    ),
    (
        "Carpathia Foods SRL",
        "carpathia-foods.example",
        Lang::Ro,
        &["enterprise"],
    ),
    (
        "Transilvania Soft",
        "transilvania-soft.example",
        Lang::Ro,
        &["partner"],
    ),
    (
        "Dunărea Transport",
        "dunarea-transport.example",
        Lang::Ro,
        &["smb"],
    ),
    (
        "Brașov Design Studio",
        "brasov-design.example",
        Lang::Ro,
        &["smb"],
    ),
    (
        "Cluj Fintech SA",
        "cluj-fintech.example",
        Lang::Ro,
        &["enterprise", "priority_support"],
    ),
    (
        "Moldova Vinuri",
        "moldova-vinuri.example",
        Lang::Ro,
        &["smb"],
    ),
    (
        "Балтийские Технологии",
        "baltech.example",
        Lang::Ru,
        &["enterprise"],
    ),
    ("Ромашка Маркет", "romashka.example", Lang::Ru, &["smb"]),
    (
        "Северный Ветер",
        "severny-veter.example",
        Lang::Ru,
        &["smb"],
    ),
    ("Uralsoft", "uralsoft.example", Lang::Ru, &["partner"]),
    (
        "Волга Логистик",
        "volga-logistic.example",
        Lang::Ru,
        &["enterprise"],
    ),
    ("上海云帆科技", "yunfan.example", Lang::Zh, &["enterprise"]),
    ("深圳星河电子", "xinghe.example", Lang::Zh, &["smb"]),
    ("杭州茶语", "chayu.example", Lang::Zh, &["smb"]),
    (
        "北京联创",
        "lianchuang.example",
        Lang::Zh,
        &["partner", "priority_support"],
    ),
    (
        "Tallinna Kohvik OÜ",
        "tallinna-kohvik.example",
        Lang::Et,
        &["smb"],
    ),
    (
        "Põhjala Puit OÜ",
        "pohjala-puit.example",
        Lang::Et,
        &["smb"],
    ),
    (
        "Tartu Tarkvara AS",
        "tartu-tarkvara.example",
        Lang::Et,
        &["enterprise"],
    ),
    (
        "Läänemere Kaubandus",
        "laanemere.example",
        Lang::Et,
        &["smb"],
    ),
    (
        "Saaremaa Öko",
        "saaremaa-oko.example",
        Lang::Et,
        &["partner"],
    ),
];

/// Agents: (name, e-mail local part, groups by index into `GROUPS`). The first one is "me".
pub const AGENTS: &[(&str, &str, &[usize])] = &[
    ("Alex Morgan", "alex.morgan", &[0, 2, 4]),
    ("Priya Nair", "priya.nair", &[0, 1]),
    ("Mihai Ionescu", "mihai.ionescu", &[2, 3]),
    ("Olga Smirnova", "olga.smirnova", &[0, 1]),
    ("Chen Jing", "chen.jing", &[0, 2]),
    ("Kadri Kask", "kadri.kask", &[3, 4]),
    ("Sam Taylor", "sam.taylor", &[1, 4]),
    ("Ioana Dumitrescu", "ioana.dumitrescu", &[0, 3]),
];

pub const GROUPS: &[&str] = &["Tier 1", "Billing", "Technical", "Escalations", "VIP Desk"];

/// Macro definitions: (title, description, comment text, public, other actions as (field, value)).
pub type MacroDef = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    &'static [(&'static str, &'static str)],
);

pub const MACROS: &[MacroDef] = &[
    (
        "Billing::Refund issued",
        "Confirm a full refund and solve the ticket.",
        "Hi {{ticket.requester.first_name}},\n\nI've issued a full refund for your order. Depending on your bank it can take 5–10 business days to appear on your statement.\n\nBest regards,\n{{current_user.name}}",
        true,
        &[("status", "solved"), ("current_tags", "refund_issued")],
    ),
    (
        "Billing::Duplicate charge voided",
        "The second charge was voided.",
        "Hi {{ticket.requester.first_name}},\n\nThanks for flagging this. I found the duplicate charge and voided it; you won't be billed twice.\n\nKind regards,\n{{current_user.name}}",
        true,
        &[("status", "solved")],
    ),
    (
        "Billing::Corrected invoice sent",
        "Reissued invoice with the right company details.",
        "Hi {{ticket.requester.first_name}},\n\nI've reissued the invoice with your company details. You'll find the corrected PDF under Billing → Invoices.\n\nBest,\n{{current_user.name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "Billing::Card declined",
        "The decline comes from the card issuer.",
        "Hi {{ticket.requester.first_name}},\n\nThe decline comes from your card issuer rather than from us. Could you try another card, or ask your bank to allow the payment?\n\nThanks,\n{{current_user.first_name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "Login::Password reset link sent",
        "Send a fresh reset link.",
        "Hi {{ticket.requester.first_name}},\n\nI've sent a fresh password reset link to your e-mail address. It's valid for 60 minutes, so please use it soon.\n\nBest regards,\n{{current_user.name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "Login::Two-factor reset",
        "2FA was reset; the customer scans a new QR code.",
        "Hi {{ticket.requester.first_name}},\n\nI've reset two-factor authentication on your account. The next time you sign in you'll be asked to scan a new QR code.\n\nCheers,\n{{current_user.first_name}}",
        true,
        &[("status", "solved")],
    ),
    (
        "Login::Account unlocked",
        "Lockout cleared.",
        "Hi {{ticket.requester.first_name}},\n\nYour account was locked after several failed sign-in attempts. I've unlocked it, and you can sign in again now.\n\nBest,\n{{current_user.name}}",
        true,
        &[("status", "solved")],
    ),
    (
        "Shipping::Tracking update",
        "Share the latest tracking status.",
        "Hi {{ticket.requester.first_name}},\n\nI've checked with the courier: your parcel is on its way and should arrive within 2 business days. You'll get an e-mail as soon as it's out for delivery.\n\nBest regards,\n{{current_user.name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "Shipping::Courier investigation opened",
        "Put the ticket on hold while the courier investigates.",
        "Hi {{ticket.requester.first_name}},\n\nI've asked the courier to investigate what happened to your parcel. They usually answer within 48 hours, and I'll update you here as soon as I hear back.\n\nBest,\n{{current_user.name}}",
        true,
        &[
            ("status", "hold"),
            ("current_tags", "courier_investigation"),
        ],
    ),
    (
        "Shipping::Address corrected",
        "The order had not shipped yet.",
        "Hi {{ticket.requester.first_name}},\n\nGood news: your order hadn't left the warehouse yet, so I've corrected the delivery address.\n\nKind regards,\n{{current_user.name}}",
        true,
        &[("status", "solved")],
    ),
    (
        "Refunds::Return received",
        "Return arrived; refund is on its way.",
        "Hi {{ticket.requester.first_name}},\n\nYour return has arrived at our warehouse and the refund is on its way. It usually shows up on your statement within 5–10 business days.\n\nBest regards,\n{{current_user.name}}",
        true,
        &[("status", "solved"), ("current_tags", "refund_issued")],
    ),
    (
        "Refunds::Outside the refund window",
        "Politely decline a late refund request.",
        "Hi {{ticket.requester.first_name}},\n\nI'm sorry, but this purchase is outside our 30-day refund window, so I can't refund it. I'd be happy to help you with a store credit instead.\n\nKind regards,\n{{current_user.name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "Technical::Need logs and screenshots",
        "Ask for details to reproduce the problem.",
        "Hi {{ticket.requester.first_name}},\n\nTo track this down, could you send us a screenshot of the error, the approximate time it happened and your browser or app version?\n\nThanks,\n{{current_user.first_name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "Technical::Known bug with workaround",
        "Known issue; share the workaround.",
        "Hi {{ticket.requester.first_name}},\n\nThis is a known bug, and our developers are working on a fix. Until it ships, you can use the web version, which isn't affected.\n\nBest,\n{{current_user.name}}",
        true,
        &[("status", "hold")],
    ),
    (
        "Technical::Escalate to engineering",
        "Internal note, moves the ticket to Escalations.",
        "Escalating ticket #{{ticket.id}} (\"{{ticket.title}}\") to engineering: reproduced, needs a developer. — {{current_user.name}}",
        false,
        &[("group_id", "Escalations"), ("priority", "high")],
    ),
    (
        "Outage::Incident acknowledged",
        "Reply during an ongoing incident.",
        "Hi {{ticket.requester.first_name}},\n\nWe're aware of the incident and our engineers are working on it right now. I'll update this ticket as soon as it's resolved.\n\nSorry for the trouble,\n{{current_user.name}}",
        true,
        &[
            ("status", "open"),
            ("priority", "urgent"),
            ("current_tags", "incident"),
        ],
    ),
    (
        "Outage::Incident resolved",
        "Confirm the fix and solve.",
        "Hi {{ticket.requester.first_name}},\n\nThe incident has been resolved and all services are back to normal. Thank you for your patience.\n\nBest regards,\n{{current_user.name}}",
        true,
        &[("status", "solved")],
    ),
    (
        "General::Thanks and close",
        "Thank the customer and solve.",
        "Hi {{ticket.requester.first_name}},\n\nGlad to hear it's working now! I'll close this ticket, but just reply if anything else comes up.\n\nHave a great day,\n{{current_user.first_name}}",
        true,
        &[("status", "solved")],
    ),
    (
        "General::Follow-up, no response",
        "Nudge a customer who went quiet.",
        "Hi {{ticket.requester.first_name}},\n\nJust checking in on request #{{ticket.id}} (\"{{ticket.title}}\"). Did the steps above help? If we don't hear back, the ticket will close automatically in a few days.\n\nBest,\n{{current_user.name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "General::Ask for more details",
        "Ask an open question.",
        "Hi {{ticket.requester.first_name}},\n\nThanks for reaching out. Could you tell me a bit more about what you were doing when this happened?\n\nThanks,\n{{current_user.first_name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "VIP::Priority callback",
        "Offer a phone call to a VIP customer.",
        "Dear {{ticket.requester.name}},\n\nAs one of our priority customers you can talk to us directly: I'd be glad to call you today at a time that suits you. Just reply with a number and a time.\n\nWarm regards,\n{{current_user.name}}",
        true,
        &[("priority", "high"), ("current_tags", "vip_callback")],
    ),
    (
        "Internal::Needs manager approval",
        "Internal note asking a lead to approve.",
        "Needs approval before we proceed (refund/credit above the agent limit). Ticket #{{ticket.id}} for {{ticket.requester.name}}. — {{current_user.first_name}}",
        false,
        &[("status", "hold")],
    ),
    (
        "Localized::Română::Rambursare efectuată",
        "Rambursare completă, în română.",
        "Bună ziua, {{ticket.requester.first_name}},\n\nAm efectuat rambursarea integrală a comenzii. În funcție de bancă, suma apare în extras în 5–10 zile lucrătoare.\n\nCu stimă,\n{{current_user.name}}",
        true,
        &[("status", "solved"), ("current_tags", "refund_issued")],
    ),
    (
        "Localized::Русский::Ссылка для сброса пароля",
        "Новая ссылка для сброса пароля, по-русски.",
        "Здравствуйте, {{ticket.requester.first_name}}!\n\nМы отправили новую ссылку для сброса пароля на ваш e-mail. Она действует 60 минут.\n\nС уважением,\n{{current_user.name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "Localized::Eesti::Tellimuse olek",
        "Tellimuse olek eesti keeles.",
        "Tere, {{ticket.requester.first_name}}!\n\nKontrollisin kullerilt: teie pakk on teel ja jõuab kohale 2 tööpäeva jooksul. Täname kannatlikkuse eest!\n\nLugupidamisega\n{{current_user.name}}",
        true,
        &[("status", "pending")],
    ),
    (
        "Localized::中文::退款已处理",
        "退款确认（中文）。",
        "{{ticket.requester.name}}，您好！\n\n您的退款已经处理完毕，一般会在 5–10 个工作日内退回原支付账户。\n\n祝好，\n{{current_user.name}}",
        true,
        &[("status", "solved")],
    ),
];

/// Retired macros: listed by `GET /macros`, left out of `/macros/active`.
pub const INACTIVE_MACROS: &[MacroDef] = &[
    (
        "Old::Holiday shipping delays 2025",
        "Seasonal; retired.",
        "Hi {{ticket.requester.first_name}},\n\nDue to the holiday season, deliveries are taking 3–5 days longer than usual.\n\n{{current_user.name}}",
        true,
        &[],
    ),
    (
        "Old::Legacy plan migration",
        "Retired after the migration.",
        "Hi {{ticket.requester.first_name}},\n\nYour legacy plan has been migrated; nothing changes for you.\n\n{{current_user.name}}",
        true,
        &[("status", "solved")],
    ),
];

const EN: Bank = Bank {
    topics: [
        TopicText {
            issues: &[
                issue(
                    "Charged twice for invoice {invoice}",
                    "I was charged {amount} twice this month for invoice {invoice}. Can you check and refund the duplicate charge?",
                    "Thanks for flagging this. I can see the duplicate charge of {amount} on invoice {invoice}; I've voided the second one and the money should be back on your card within 5–10 business days.",
                ),
                issue(
                    "Card declined when upgrading to {plan} 💳",
                    "I'm trying to upgrade to the {plan} plan but my card keeps getting declined with error {code}, even though my bank says everything is fine.",
                    "Decline code {code} comes from the card issuer, not from us. I've reset the payment attempt limit, so you can try again now, or use another card if it still fails.",
                ),
                issue(
                    "VAT number missing on invoice {invoice}",
                    "Our invoice {invoice} doesn't show our VAT number, so finance can't book it. Could you reissue it?",
                    "I've reissued invoice {invoice} with your VAT number; you'll find the corrected PDF under Billing → Invoices.",
                ),
            ],
            vague_subjects: &["Question about my last invoice", "Billing problem"],
            details: &[
                "We're on the annual plan and the renewal is next week, so this is a bit urgent.",
                "I've attached a screenshot of the payment page.",
                "Our finance team closes the month on Friday.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Can't log in after password reset",
                    "Since this morning I can't log in: it says my password is wrong, even right after I reset it.",
                    "I've cleared the lockout on your account and sent a fresh reset link; it's valid for 60 minutes. Please open it in a private window.",
                ),
                issue(
                    "2FA codes not accepted 🔒",
                    "My authenticator codes are rejected with error {code}. I changed phones last week.",
                    "I've reset two-factor authentication for your account. Next time you sign in you'll be asked to scan a new QR code.",
                ),
                issue(
                    "Password reset email never arrives",
                    "I requested a password reset three times but the email never arrives, not even in spam.",
                    "Our mail provider had blocked your address after a bounce. I've unblocked it and sent a new reset email; it should arrive within a few minutes.",
                ),
            ],
            vague_subjects: &["Locked out of my account", "Login problem"],
            details: &[
                "I'm using Chrome on Windows; same problem in the mobile app.",
                "My whole team is waiting on me to approve orders, so I need access today.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Where is my order {order}? 📦",
                    "My order {order} was supposed to arrive on Monday and the tracking hasn't moved for four days.",
                    "I've contacted the courier about {order}: the parcel was held at their depot and goes out for delivery tomorrow.",
                ),
                issue(
                    "Parcel marked delivered but not received",
                    "The tracking for {order} says delivered, but nothing arrived and my neighbours don't have it either.",
                    "I've opened a claim with the courier for {order}. If they can't find the parcel within 48 hours, we'll send a replacement free of charge.",
                ),
                issue(
                    "Wrong address on order {order}",
                    "I made a typo in the shipping address for {order}. Can you change it before it ships?",
                    "Good news: {order} hadn't left the warehouse yet, so I've corrected the address. You'll get a new tracking email shortly.",
                ),
            ],
            vague_subjects: &["Problem with my delivery"],
            details: &[
                "It's a birthday present, so I really need it by the weekend.",
                "The courier's hotline just tells me to contact the sender.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Refund request for order {order}",
                    "I returned order {order} two weeks ago and still haven't received my refund of {amount}.",
                    "I've issued a refund of {amount} for {order}. Depending on your bank it takes 5–10 business days to show up.",
                ),
                issue(
                    "Cancel my subscription and refund",
                    "I was billed for another year of {plan} although I cancelled in time. I'd like a refund, please.",
                    "I've cancelled the renewal and refunded {amount}. You keep access until the end of the current period.",
                ),
            ],
            vague_subjects: &["Still waiting for my refund"],
            details: &[
                "I have the confirmation email right here if you need it.",
                "I've been a customer for years and this is really disappointing.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Dashboard down for everyone 🔥",
                    "Nobody in our office can load the dashboard, we just get error {code}. Is there an outage?",
                    "The incident has been resolved and the dashboard is loading normally again. Sorry for the disruption, and thanks for your patience.",
                ),
                issue(
                    "API returning 503 since 09:00",
                    "All our API calls have been failing with 503 Service Unavailable for the last hour. Our checkout is down.",
                    "The incident is resolved and the API is answering normally again; requests that failed with 503 can safely be retried.",
                ),
            ],
            vague_subjects: &["Is there an outage right now?"],
            details: &[
                "Your status page still shows everything green.",
                "This is costing us sales every minute, please escalate.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Export to CSV produces an empty file",
                    "When I export my reports to CSV, the file is empty apart from the header row.",
                    "Thanks for the detailed report: I could reproduce it, and our developers have fixed it. Exports made from now on contain all rows.",
                ),
                issue(
                    "App crashes when I open settings",
                    "The mobile app crashes every time I open Settings, ever since the last update.",
                    "This is a known bug, fixed in version 4.12 which rolls out this week. Updating the app makes the crash go away.",
                ),
                issue(
                    "Search results missing since the update 🐛",
                    "Since the latest release, search no longer finds orders older than 30 days.",
                    "Our developers found the cause: the search index was only partly rebuilt after the release. It's being rebuilt now, and older orders will show up again within a few hours.",
                ),
            ],
            vague_subjects: &["Something broke after the update"],
            details: &[
                "Error {code} flashes for a second before that happens.",
                "I've already tried another browser and cleared the cache.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Change the email on my account",
                    "I'd like to change the email address on my account to my new work address.",
                    "I've updated the email on your account; you'll receive a confirmation at the new address.",
                ),
                issue(
                    "Please delete my account and data",
                    "Please delete my account and all my personal data, as required by GDPR.",
                    "Your account and personal data are scheduled for deletion. It completes within 30 days, and you'll get a confirmation email.",
                ),
                issue(
                    "Add a second admin to our workspace",
                    "How can I add a colleague as a second admin? The invite button is greyed out.",
                    "Only the workspace owner can invite admins. I've sent the owner a request on your behalf.",
                ),
            ],
            vague_subjects: &["Question about my account"],
            details: &[
                "I still have access to the old mailbox if you need to verify.",
                "We're on the {plan} plan, if that matters.",
            ],
        },
    ],
    greetings: &["Hello,", "Hi there,", "Dear support team,"],
    signoffs: &[
        "Thanks,\n{name}",
        "Best regards,\n{name}",
        "Regards,\n{name}",
    ],
    followups: &[
        "Any update on this?",
        "Hello? It's been two days and I haven't heard back.",
        "I tried that but it still doesn't work.",
        "Here's the screenshot you asked for.",
    ],
    thanks: &[
        "That worked, thank you so much! 🙏",
        "Thanks, all sorted now.",
        "Great, thanks for the quick help.",
    ],
    agent_greetings: &["Hi {first},", "Hello {first},"],
    agent_generic: &[
        "Could you send me a screenshot of the error and the approximate time it happened? That will help me track it down.",
        "I'm checking this with our team and will get back to you by tomorrow.",
        "Thanks for the details, that helps. I've passed them on to our specialist team.",
        "Sorry for the wait: I'm still on this and will update you as soon as I hear back.",
        "Just checking in: did the steps above solve the problem? If we don't hear back, this ticket will close automatically in a few days.",
    ],
    agent_signoffs: &[
        "Best regards,\n{agent}",
        "Kind regards,\n{agent}",
        "Cheers,\n{agent}",
    ],
    story: &[
        "Let me explain what happened in detail, because I have already spent most of the week on this and I would rather not repeat it to three different people. On Monday morning our accounting team tried to close the month and noticed that several payments were either missing or duplicated. We use your product for all our customer invoices, so this blocks us completely.",
        "At first we thought the problem was on our side. Our IT colleague cleared the browser caches, tried two different computers and even a phone on mobile data, and the result was exactly the same every time. We also checked with our bank, and they confirmed that nothing unusual was happening on their end.",
        "Then on Tuesday one of our own customers called to complain that they had received two reminders for an invoice that was already paid. That is embarrassing for us, and honestly it makes us look unreliable. We had to apologise and promise a credit note, which we now cannot issue because the system still shows the invoice as open.",
        "I followed the steps from your help centre article, including signing out everywhere and resetting the integration token. It looked like it worked for about ten minutes, and then the same errors came back. Our developer also tried the sandbox environment, where everything works, which makes us think the problem is specific to our account or to the production cluster we are on.",
    ],
    log_caption: "Here is the relevant part of the log from our integration, in case it helps your engineers:",
    story_closing: "Please treat this as urgent. We are happy to jump on a call at any time today or tomorrow, and I can give your team temporary access to our account if needed. Thank you for looking into it.",
    currency: ("$", ""),
};

const RO: Bank = Bank {
    topics: [
        TopicText {
            issues: &[
                issue(
                    "Am fost taxat de două ori pentru factura {invoice}",
                    "Am fost taxat de două ori cu {amount} luna aceasta pentru factura {invoice}. Puteți verifica și returna plata dublă?",
                    "Mulțumim că ne-ați semnalat. Văd plata dublă de {amount}; am anulat-o pe a doua, iar banii vor reveni pe card în 5–10 zile lucrătoare.",
                ),
                issue(
                    "Cardul este refuzat la trecerea pe {plan} 💳",
                    "Încerc să trec pe planul {plan}, dar cardul este refuzat mereu cu eroarea {code}, deși banca spune că totul e în regulă.",
                    "Codul de refuz {code} vine de la banca emitentă, nu de la noi. Am resetat limita de încercări, așa că puteți încerca din nou acum sau cu alt card.",
                ),
                issue(
                    "Lipsește codul fiscal pe factura {invoice}",
                    "Pe factura {invoice} lipsește codul nostru fiscal (CUI), așa că nu o putem înregistra în contabilitate. O puteți reemite?",
                    "Am reemis factura {invoice} cu codul fiscal corect; o găsiți în secțiunea Facturare → Facturi.",
                ),
            ],
            vague_subjects: &["Întrebare despre ultima factură"],
            details: &[
                "Am atașat o captură de ecran cu pagina de plată.",
                "Contabilitatea închide luna vineri, deci este destul de urgent.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Nu mă pot autentifica după resetarea parolei",
                    "De azi-dimineață nu mă pot autentifica: îmi spune că parola e greșită chiar și imediat după ce o resetez.",
                    "Am deblocat contul și v-am trimis un nou link de resetare, valabil 60 de minute. Vă rog să-l deschideți într-o fereastră privată.",
                ),
                issue(
                    "Codurile 2FA nu sunt acceptate 🔒",
                    "Codurile din aplicația de autentificare sunt respinse cu eroarea {code}. Mi-am schimbat telefonul săptămâna trecută.",
                    "Am resetat autentificarea în doi pași. La următoarea conectare vi se va cere să scanați un nou cod QR.",
                ),
                issue(
                    "Nu primesc e-mailul de resetare a parolei",
                    "Am cerut de trei ori resetarea parolei, dar e-mailul nu ajunge, nici măcar în spam.",
                    "Furnizorul nostru de e-mail vă blocase adresa după un mesaj returnat. Am deblocat-o și v-am retrimis e-mailul de resetare.",
                ),
            ],
            vague_subjects: &["Contul meu este blocat"],
            details: &[
                "Folosesc Chrome pe Windows; aceeași problemă și în aplicația mobilă.",
                "Toată echipa așteaptă după mine să aprob comenzile, am nevoie de acces astăzi.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Unde este comanda {order}? 📦",
                    "Comanda {order} trebuia să ajungă luni, iar urmărirea coletului nu s-a mai actualizat de patru zile.",
                    "Am contactat curierul pentru comanda {order}: coletul a rămas în depozitul lor și pleacă mâine spre livrare.",
                ),
                issue(
                    "Colet marcat ca livrat, dar nu l-am primit",
                    "Urmărirea comenzii {order} arată „livrat”, dar nu a ajuns nimic, iar vecinii nu au primit nici ei coletul.",
                    "Am deschis o reclamație la curier pentru comanda {order}. Dacă nu găsesc coletul în 48 de ore, vă trimitem altul gratuit.",
                ),
                issue(
                    "Adresă greșită la comanda {order}",
                    "Am greșit adresa de livrare la comanda {order}. O puteți modifica înainte de expediere?",
                    "Vești bune: comanda {order} nu plecase încă din depozit, așa că am corectat adresa.",
                ),
            ],
            vague_subjects: &["Problemă cu livrarea"],
            details: &[
                "Este un cadou de ziua de naștere, chiar am nevoie de el până în weekend.",
                "Curierul îmi spune doar să iau legătura cu expeditorul.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Cerere de rambursare pentru comanda {order}",
                    "Am returnat comanda {order} acum două săptămâni și încă nu am primit rambursarea de {amount}.",
                    "Am emis rambursarea de {amount} pentru comanda {order}. În funcție de bancă, durează 5–10 zile lucrătoare.",
                ),
                issue(
                    "Anulare abonament și rambursare",
                    "Mi s-a încasat încă un an de {plan}, deși am anulat la timp. Aș dori banii înapoi.",
                    "Am anulat reînnoirea și am rambursat {amount}. Aveți acces până la finalul perioadei curente.",
                ),
            ],
            vague_subjects: &["Încă aștept rambursarea"],
            details: &[
                "Am e-mailul de confirmare, dacă aveți nevoie de el.",
                "Sunt client de mulți ani și sunt foarte dezamăgit.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Panoul de control nu funcționează 🔥",
                    "Nimeni din birou nu poate încărca panoul de control, primim doar eroarea {code}. Este o întrerupere?",
                    "Incidentul a fost rezolvat și panoul de control se încarcă din nou normal. Ne pare rău pentru neplăcere.",
                ),
                issue(
                    "API-ul răspunde cu 503 de la ora 9",
                    "Toate apelurile către API eșuează cu 503 de o oră. Plata online din magazinul nostru este oprită.",
                    "Incidentul a fost rezolvat și API-ul răspunde din nou normal; cererile eșuate cu 503 pot fi retrimise fără risc.",
                ),
            ],
            vague_subjects: &["Aveți o întrerupere?"],
            details: &[
                "Pagina de status arată totul verde.",
                "Pierdem vânzări în fiecare minut, vă rog să escaladați.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Exportul CSV generează un fișier gol",
                    "Când export rapoartele în CSV, fișierul conține doar capul de tabel.",
                    "Mulțumesc pentru detalii: am reprodus problema, iar colegii de la dezvoltare au corectat-o. Exporturile de acum înainte conțin toate rândurile.",
                ),
                issue(
                    "Aplicația se închide când deschid setările",
                    "Aplicația mobilă se închide de fiecare dată când deschid Setări, de la ultima actualizare.",
                    "Este o eroare cunoscută, rezolvată în versiunea 4.12, care se lansează săptămâna aceasta. După actualizare, problema dispare.",
                ),
                issue(
                    "Căutarea nu mai găsește comenzile vechi 🐛",
                    "De la ultima versiune, căutarea nu mai găsește comenzile mai vechi de 30 de zile.",
                    "Am găsit cauza: indexul de căutare a fost reconstruit doar parțial după lansare. Se reconstruiește acum, iar comenzile vechi vor reapărea în câteva ore.",
                ),
            ],
            vague_subjects: &["Ceva nu mai merge după actualizare"],
            details: &[
                "Eroarea {code} apare pentru o secundă înainte de asta.",
                "Am încercat deja alt browser și am golit memoria cache.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Schimbarea adresei de e-mail a contului",
                    "Aș dori să schimb adresa de e-mail a contului cu noua adresă de serviciu.",
                    "Am actualizat adresa de e-mail; veți primi o confirmare la noua adresă.",
                ),
                issue(
                    "Vă rog să ștergeți contul și datele mele",
                    "Vă rog să ștergeți contul și toate datele mele personale, conform GDPR.",
                    "Contul și datele personale sunt programate pentru ștergere; procesul se încheie în 30 de zile și veți primi o confirmare pe e-mail.",
                ),
                issue(
                    "Adăugarea unui al doilea administrator",
                    "Cum pot adăuga un coleg ca al doilea administrator? Butonul de invitare este inactiv.",
                    "Doar proprietarul spațiului de lucru poate invita administratori. I-am trimis o cerere în numele dumneavoastră.",
                ),
            ],
            vague_subjects: &["Întrebare despre cont"],
            details: &[
                "Încă am acces la vechea căsuță de e-mail, dacă trebuie să verificați.",
                "Suntem pe planul {plan}, dacă contează.",
            ],
        },
    ],
    greetings: &["Bună ziua,", "Salut,", "Stimată echipă de suport,"],
    signoffs: &["Mulțumesc,\n{name}", "Cu stimă,\n{name}"],
    followups: &[
        "Există vreo noutate?",
        "Bună ziua, au trecut două zile și nu am primit niciun răspuns.",
        "Am încercat, dar tot nu funcționează.",
        "Vă trimit captura de ecran cerută.",
    ],
    thanks: &[
        "A funcționat, mulțumesc frumos! 🙏",
        "Mulțumesc, totul e în regulă acum.",
    ],
    agent_greetings: &["Bună ziua, {first},", "Salut, {first},"],
    agent_generic: &[
        "Îmi puteți trimite o captură de ecran cu eroarea și ora aproximativă la care a apărut?",
        "Verific cu echipa și revin cu un răspuns până mâine.",
        "Mulțumesc pentru detalii, ne sunt de folos. Le-am transmis echipei de specialiști.",
        "Îmi cer scuze pentru așteptare: mă ocup în continuare și revin imediat ce aflu ceva.",
        "Revin cu o întrebare: pașii de mai sus au rezolvat problema?",
    ],
    agent_signoffs: &["Cu stimă,\n{agent}", "O zi bună,\n{agent}"],
    story: &[
        "Vă explic în detaliu ce s-a întâmplat, pentru că am pierdut deja aproape toată săptămâna cu această problemă și aș prefera să nu o repet la trei persoane diferite. Luni dimineață, colegii de la contabilitate au încercat să închidă luna și au observat că mai multe plăți fie lipsesc, fie apar de două ori. Folosim produsul vostru pentru toate facturile către clienți, așa că suntem complet blocați.",
        "La început am crezut că problema este la noi. Colegul de la IT a golit memoria cache a browserelor, a încercat de pe două calculatoare diferite și chiar de pe un telefon conectat la date mobile, iar rezultatul a fost de fiecare dată același. Am verificat și cu banca, iar cei de acolo ne-au confirmat că la ei totul funcționează normal.",
        "Marți, unul dintre clienții noștri ne-a sunat nemulțumit că a primit două notificări de plată pentru o factură deja achitată. Este o situație jenantă și, sincer, ne face să părem neserioși. A trebuit să ne cerem scuze și să promitem o factură de stornare, pe care acum nu o putem emite, deoarece sistemul arată în continuare factura ca neachitată.",
        "Am urmat pașii din articolul din centrul vostru de ajutor, inclusiv deconectarea de pe toate dispozitivele și resetarea tokenului de integrare. Părea că a funcționat vreo zece minute, după care au revenit aceleași erori. Programatorul nostru a încercat și mediul de test, unde totul merge, ceea ce ne face să credem că problema ține de contul nostru.",
    ],
    log_caption: "Mai jos este partea relevantă din jurnalul integrării noastre, poate le este de folos inginerilor voștri:",
    story_closing: "Vă rog să tratați cererea ca urgentă. Putem avea oricând o convorbire telefonică azi sau mâine și pot oferi echipei voastre acces temporar la cont, dacă este nevoie. Vă mulțumesc anticipat!",
    currency: ("", " lei"),
};

const RU: Bank = Bank {
    topics: [
        TopicText {
            issues: &[
                issue(
                    "Двойное списание по счёту {invoice}",
                    "В этом месяце с меня дважды списали {amount} по счёту {invoice}. Проверьте, пожалуйста, и верните лишнее списание.",
                    "Спасибо, что сообщили. Вижу двойное списание на {amount}: второе уже отменено, деньги вернутся на карту в течение 5–10 рабочих дней.",
                ),
                issue(
                    "Карта отклонена при переходе на {plan} 💳",
                    "Пытаюсь перейти на тариф {plan}, но карту всё время отклоняет с ошибкой {code}, хотя банк говорит, что всё в порядке.",
                    "Код отказа {code} приходит от банка-эмитента, а не от нас. Лимит попыток сброшен: можно попробовать ещё раз или оплатить другой картой.",
                ),
                issue(
                    "В счёте {invoice} нет нашего ИНН",
                    "В счёте {invoice} не указан наш ИНН, бухгалтерия не может его провести. Можете перевыставить?",
                    "Счёт {invoice} перевыставлен с правильным ИНН, он доступен в разделе «Оплата → Счета».",
                ),
            ],
            vague_subjects: &["Вопрос по последнему счёту"],
            details: &[
                "Прикладываю скриншот страницы оплаты.",
                "Бухгалтерия закрывает месяц в пятницу, так что это срочно.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Не могу войти после сброса пароля",
                    "С утра не могу войти: пишет, что пароль неверный, даже сразу после сброса.",
                    "Блокировка с аккаунта снята, новая ссылка для сброса пароля отправлена, она действует 60 минут. Откройте её, пожалуйста, в приватном окне.",
                ),
                issue(
                    "Коды 2FA не принимаются 🔒",
                    "Коды из приложения-аутентификатора отклоняются с ошибкой {code}. На прошлой неделе я сменил телефон.",
                    "Двухфакторная аутентификация сброшена. При следующем входе нужно будет отсканировать новый QR-код.",
                ),
                issue(
                    "Не приходит письмо для сброса пароля",
                    "Трижды запрашивал сброс пароля, но письмо так и не пришло, даже в спам.",
                    "Наш почтовый сервис заблокировал ваш адрес после возврата письма. Блокировка снята, письмо для сброса отправлено повторно.",
                ),
            ],
            vague_subjects: &["Аккаунт заблокирован"],
            details: &[
                "Пользуюсь Chrome на Windows, в мобильном приложении то же самое.",
                "Вся команда ждёт, пока я подтвержу заказы, доступ нужен сегодня.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Где мой заказ {order}? 📦",
                    "Заказ {order} должен был прийти в понедельник, а трекинг не обновляется уже четыре дня.",
                    "Мы связались с курьерской службой по заказу {order}: посылка задержалась на их складе и завтра уедет на доставку.",
                ),
                issue(
                    "Посылка отмечена как доставленная, но я её не получил",
                    "По трекингу заказ {order} доставлен, но ничего не пришло, и у соседей посылки тоже нет.",
                    "Мы открыли претензию в курьерской службе по заказу {order}. Если посылку не найдут за 48 часов, отправим замену бесплатно.",
                ),
                issue(
                    "Неверный адрес в заказе {order}",
                    "Я ошибся в адресе доставки для заказа {order}. Можно исправить до отправки?",
                    "Хорошие новости: заказ {order} ещё не покинул склад, адрес исправлен.",
                ),
            ],
            vague_subjects: &["Проблема с доставкой"],
            details: &[
                "Это подарок на день рождения, очень нужно получить до выходных.",
                "В службе доставки говорят обращаться к отправителю.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Возврат средств за заказ {order}",
                    "Я вернул заказ {order} две недели назад, но возврат {amount} так и не поступил.",
                    "Возврат {amount} за заказ {order} оформлен. В зависимости от банка деньги поступят в течение 5–10 рабочих дней.",
                ),
                issue(
                    "Отмена подписки и возврат",
                    "С меня списали ещё год {plan}, хотя я вовремя отменил подписку. Прошу вернуть деньги.",
                    "Продление отменено, {amount} возвращены. Доступ сохранится до конца текущего периода.",
                ),
            ],
            vague_subjects: &["До сих пор жду возврат денег"],
            details: &[
                "Письмо с подтверждением у меня есть, если нужно.",
                "Я ваш клиент уже много лет и очень разочарован.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Панель управления не открывается 🔥",
                    "Никто в офисе не может открыть панель управления, только ошибка {code}. У вас сбой?",
                    "Инцидент устранён, панель управления снова открывается. Приносим извинения за неудобства.",
                ),
                issue(
                    "API отвечает 503 с 9 утра",
                    "Все запросы к API уже час падают с 503. Оплата в нашем магазине не работает.",
                    "Инцидент устранён, API снова отвечает штатно; запросы, завершившиеся ошибкой 503, можно безопасно повторить.",
                ),
            ],
            vague_subjects: &["У вас сбой?"],
            details: &[
                "На странице статуса всё зелёное.",
                "Мы теряем продажи каждую минуту, пожалуйста, эскалируйте.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Экспорт в CSV выдаёт пустой файл",
                    "При экспорте отчётов в CSV файл содержит только строку заголовков.",
                    "Спасибо за подробное описание: ошибку удалось воспроизвести, и разработчики её исправили. Новые выгрузки содержат все строки.",
                ),
                issue(
                    "Приложение вылетает при открытии настроек",
                    "После последнего обновления мобильное приложение вылетает каждый раз, когда я открываю «Настройки».",
                    "Это известная ошибка, она исправлена в версии 4.12, которая выходит на этой неделе. После обновления вылеты прекратятся.",
                ),
                issue(
                    "Поиск не находит старые заказы 🐛",
                    "После последнего релиза поиск не находит заказы старше 30 дней.",
                    "Причина найдена: после релиза поисковый индекс перестроился не полностью. Сейчас он перестраивается, старые заказы появятся в течение нескольких часов.",
                ),
            ],
            vague_subjects: &["После обновления что-то сломалось"],
            details: &[
                "Перед этим на секунду появляется ошибка {code}.",
                "Я уже пробовал другой браузер и очищал кеш.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Смена e-mail в аккаунте",
                    "Хочу сменить e-mail в аккаунте на новый рабочий адрес.",
                    "E-mail в аккаунте обновлён, на новый адрес придёт письмо с подтверждением.",
                ),
                issue(
                    "Прошу удалить мой аккаунт и данные",
                    "Прошу удалить мой аккаунт и все персональные данные.",
                    "Аккаунт и персональные данные поставлены на удаление; оно завершится в течение 30 дней, подтверждение придёт на e-mail.",
                ),
                issue(
                    "Добавить второго администратора",
                    "Как добавить коллегу вторым администратором? Кнопка приглашения неактивна.",
                    "Приглашать администраторов может только владелец рабочего пространства. Мы отправили ему запрос от вашего имени.",
                ),
            ],
            vague_subjects: &["Вопрос по аккаунту"],
            details: &[
                "Доступ к старому ящику у меня ещё есть, если нужно подтверждение.",
                "У нас тариф {plan}, если это важно.",
            ],
        },
    ],
    greetings: &["Здравствуйте!", "Добрый день!"],
    signoffs: &["Спасибо,\n{name}", "С уважением,\n{name}"],
    followups: &[
        "Есть новости по моему вопросу?",
        "Здравствуйте! Прошло два дня, а ответа всё нет.",
        "Попробовал, но всё равно не работает.",
        "Отправляю скриншот, который вы просили.",
    ],
    thanks: &[
        "Всё заработало, большое спасибо! 🙏",
        "Спасибо, вопрос решён.",
    ],
    agent_greetings: &["Здравствуйте, {first}!", "Добрый день, {first}!"],
    agent_generic: &[
        "Пришлите, пожалуйста, скриншот ошибки и примерное время, когда она появилась.",
        "Уточняю у коллег и вернусь с ответом до завтра.",
        "Спасибо за подробности, они очень помогают. Я передал их профильной команде.",
        "Извините за ожидание: я продолжаю разбираться и напишу, как только будут новости.",
        "Подскажите, пожалуйста, помогли ли шаги выше?",
    ],
    agent_signoffs: &["С уважением,\n{agent}", "Хорошего дня,\n{agent}"],
    story: &[
        "Постараюсь подробно объяснить, что произошло, потому что я уже потратил на это почти всю неделю и не хотел бы пересказывать всё заново трём разным сотрудникам. В понедельник утром наша бухгалтерия пыталась закрыть месяц и обнаружила, что часть платежей либо пропала, либо задвоилась. Мы выставляем через ваш сервис все счета клиентам, так что работа полностью остановилась.",
        "Сначала мы решили, что проблема на нашей стороне. Наш айтишник очистил кеш браузеров, попробовал с двух разных компьютеров и даже с телефона через мобильный интернет, и каждый раз результат был одинаковым. Мы также связались с банком, и там подтвердили, что у них всё работает штатно.",
        "Во вторник один из наших клиентов позвонил с жалобой, что получил два напоминания об оплате счёта, который уже был оплачен. Это неприятно и, честно говоря, выставляет нас в плохом свете. Пришлось извиняться и обещать корректировочный счёт, который мы теперь не можем выставить, потому что система по-прежнему показывает счёт как неоплаченный.",
        "Я выполнил все шаги из статьи в вашем справочном центре, включая выход со всех устройств и сброс токена интеграции. Минут десять казалось, что всё заработало, а потом те же ошибки вернулись. Наш разработчик проверил тестовую среду, там всё работает, поэтому мы думаем, что проблема связана именно с нашим аккаунтом.",
    ],
    log_caption: "Ниже фрагмент журнала нашей интеграции, возможно, он поможет вашим инженерам:",
    story_closing: "Прошу рассмотреть обращение как срочное. Мы готовы созвониться в любое время сегодня или завтра и при необходимости дать вашей команде временный доступ к аккаунту. Заранее спасибо!",
    currency: ("", " ₽"),
};

const ZH: Bank = Bank {
    topics: [
        TopicText {
            issues: &[
                issue(
                    "发票 {invoice} 被重复扣款",
                    "这个月发票 {invoice} 被扣了两次 {amount}，请帮忙核实并退还重复的款项。",
                    "感谢您的反馈。我看到了 {amount} 的重复扣款，已撤销第二笔，款项将在 5–10 个工作日内退回您的银行卡。",
                ),
                issue(
                    "升级到 {plan} 时银行卡被拒 💳",
                    "我想升级到 {plan} 套餐，但银行卡一直被拒，错误代码 {code}，银行说卡没有问题。",
                    "拒付代码 {code} 来自发卡银行，而不是我们。我已重置尝试次数限制，您现在可以再试一次，或者换一张卡。",
                ),
                issue(
                    "发票 {invoice} 缺少税号",
                    "发票 {invoice} 上没有我们公司的税号，财务无法入账。能重新开一张吗？",
                    "已为您重新开具带有正确税号的发票 {invoice}，可在“账单 → 发票”中下载。",
                ),
            ],
            vague_subjects: &["关于上一张发票的问题"],
            details: &["我附上了付款页面的截图。", "财务周五要月结，所以比较急。"],
        },
        TopicText {
            issues: &[
                issue(
                    "重置密码后无法登录",
                    "从今天早上开始我无法登录，即使刚重置完密码也提示密码错误。",
                    "已为您解除账户锁定，并发送了新的重置链接，60 分钟内有效。请在无痕窗口中打开。",
                ),
                issue(
                    "两步验证码无效 🔒",
                    "验证器应用里的验证码总是被拒绝，错误代码 {code}。我上周换了手机。",
                    "已重置您的两步验证。下次登录时需要重新扫描二维码。",
                ),
                issue(
                    "收不到重置密码邮件",
                    "我已经申请了三次重置密码，但一直收不到邮件，垃圾邮件箱里也没有。",
                    "由于之前的退信，我们的邮件服务屏蔽了您的地址。现已解除屏蔽，并重新发送了重置邮件。",
                ),
            ],
            vague_subjects: &["账户被锁定"],
            details: &[
                "我用的是 Windows 上的 Chrome，手机应用也一样。",
                "整个团队都在等我审批订单，今天必须能登录。",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "我的订单 {order} 在哪里？📦",
                    "订单 {order} 本应周一送到，但物流信息已经四天没有更新了。",
                    "我们已就订单 {order} 联系快递公司：包裹滞留在他们的仓库，明天会安排派送。",
                ),
                issue(
                    "包裹显示已签收但我没有收到",
                    "订单 {order} 的物流显示已签收，但我什么也没收到，邻居也没有代收。",
                    "我们已就订单 {order} 向快递公司提出索赔。如果 48 小时内找不到包裹，我们会免费补发。",
                ),
                issue(
                    "订单 {order} 地址填错了",
                    "订单 {order} 的收货地址写错了，发货前能修改吗？",
                    "好消息：订单 {order} 还没出库，地址已为您更正。",
                ),
            ],
            vague_subjects: &["配送问题"],
            details: &[
                "这是生日礼物，周末之前一定要收到。",
                "快递客服只让我联系发货方。",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "订单 {order} 申请退款",
                    "我两周前就退回了订单 {order}，但 {amount} 的退款至今没有到账。",
                    "已为订单 {order} 办理 {amount} 的退款，根据银行不同，一般需要 5–10 个工作日到账。",
                ),
                issue(
                    "取消订阅并退款",
                    "我已经按时取消了订阅，却又被扣了一年的 {plan} 费用，请退款。",
                    "已取消自动续费并退还 {amount}，当前周期结束前您仍可正常使用。",
                ),
            ],
            vague_subjects: &["退款还没到账"],
            details: &[
                "如果需要，我可以提供确认邮件。",
                "我是多年的老客户，这次真的很失望。",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "控制台无法访问 🔥",
                    "我们办公室所有人都打不开控制台，只显示错误 {code}。是服务中断了吗？",
                    "故障已经修复，控制台已恢复正常访问。给您带来不便，深表歉意。",
                ),
                issue(
                    "API 从 9 点开始返回 503",
                    "过去一小时所有 API 请求都返回 503，我们的结账功能完全瘫痪了。",
                    "故障已经修复，API 已恢复正常；之前返回 503 的请求可以放心重试。",
                ),
            ],
            vague_subjects: &["服务是不是中断了？"],
            details: &[
                "你们的状态页面还显示一切正常。",
                "我们每分钟都在损失订单，请尽快升级处理。",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "导出 CSV 得到空文件",
                    "导出报表为 CSV 时，文件里只有表头。",
                    "感谢您的详细描述，我们已复现该问题，开发团队也已修复。现在导出的文件包含所有数据行。",
                ),
                issue(
                    "打开设置时应用闪退",
                    "上次更新后，每次打开“设置”手机应用都会闪退。",
                    "这是一个已知问题，已在本周发布的 4.12 版本中修复，更新后即可解决。",
                ),
                issue(
                    "更新后搜索不到旧订单 🐛",
                    "最新版本发布后，搜索不到 30 天以前的订单了。",
                    "原因已经找到：发布后搜索索引只重建了一部分。目前正在重建，几个小时内旧订单就能重新搜到。",
                ),
            ],
            vague_subjects: &["更新后出问题了"],
            details: &[
                "在此之前会闪现错误 {code}。",
                "我已经换过浏览器，也清除了缓存。",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "修改账户邮箱",
                    "我想把账户邮箱改成新的工作邮箱。",
                    "已为您更新账户邮箱，新邮箱将收到一封确认邮件。",
                ),
                issue(
                    "请删除我的账户和数据",
                    "请删除我的账户以及所有个人数据。",
                    "您的账户和个人数据已安排删除，30 天内完成，届时您会收到确认邮件。",
                ),
                issue(
                    "添加第二个管理员",
                    "怎样把同事添加为第二个管理员？邀请按钮是灰色的。",
                    "只有工作区所有者可以邀请管理员，我们已代您向所有者发送了请求。",
                ),
            ],
            vague_subjects: &["账户问题"],
            details: &[
                "如需验证，我仍然可以登录旧邮箱。",
                "我们使用的是 {plan} 套餐。",
            ],
        },
    ],
    greetings: &["你好，", "您好！"],
    signoffs: &["谢谢！\n{name}", "{name}"],
    followups: &[
        "请问有进展吗？",
        "你好，已经两天了还没有收到回复。",
        "我试过了，还是不行。",
        "这是您要的截图。",
    ],
    thanks: &["问题解决了，非常感谢！🙏", "谢谢，现在一切正常了。"],
    agent_greetings: &["您好！", "{first}，您好！"],
    agent_generic: &[
        "能否发送错误截图以及出现问题的大致时间？",
        "我正在和团队确认，明天之前给您答复。",
        "感谢您提供的详细信息，已转交给专业团队处理。",
        "抱歉让您久等了，我仍在跟进，一有消息马上通知您。",
        "请问上述步骤是否解决了问题？",
    ],
    agent_signoffs: &["祝好，\n{agent}", "此致\n{agent}"],
    story: &[
        "我想详细说明一下发生了什么，因为这件事已经占用了我们几乎一整周的时间，我不想再向三个不同的人重复一遍。周一早上，我们的财务同事准备月结时发现，有好几笔付款要么不见了，要么重复出现。我们所有的客户发票都是通过你们的产品开具的，所以现在工作完全停滞了。",
        "一开始我们以为是自己这边的问题。IT 同事清除了浏览器缓存，换了两台电脑，甚至用手机流量试过，每次结果都一模一样。我们也联系了银行，他们确认银行那边一切正常，没有任何异常。",
        "周二，我们的一位客户打电话投诉，说他收到了两次催款通知，而那张发票早就付清了。这让我们非常尴尬，说实话也显得我们很不专业。我们只好道歉并承诺开具红字发票，但现在系统仍然显示那张发票未付款，所以我们根本开不出来。",
        "我按照你们帮助中心文章里的步骤操作了，包括在所有设备上退出登录以及重置集成令牌。看起来好了大约十分钟，然后同样的错误又出现了。我们的开发人员在测试环境里试过，一切正常，所以我们认为问题出在我们的账户上。",
    ],
    log_caption: "下面是我们集成日志中的相关部分，希望对你们的工程师有帮助：",
    story_closing: "请把这个问题当作紧急事项处理。今天或明天任何时间我们都可以电话沟通，如有需要，我也可以给你们的团队开通临时账户权限。谢谢！",
    currency: ("¥", ""),
};

const ET: Bank = Bank {
    topics: [
        TopicText {
            issues: &[
                issue(
                    "Arve {invoice} eest võeti raha kaks korda",
                    "Sel kuul võeti minult arve {invoice} eest kaks korda {amount}. Palun kontrollige ja tagastage topeltmakse.",
                    "Aitäh, et andsite teada. Näen topeltmakset summas {amount}; teine makse on tühistatud ja raha jõuab kaardile 5–10 tööpäeva jooksul.",
                ),
                issue(
                    "Kaart lükati tagasi {plan} paketile üleminekul 💳",
                    "Üritan minna üle {plan} paketile, aga kaart lükatakse pidevalt tagasi veaga {code}, kuigi pank ütleb, et kõik on korras.",
                    "Tagasilükkamise kood {code} tuleb kaardi väljastanud pangalt, mitte meilt. Lähtestasin katsete piirangu, nii et võite kohe uuesti proovida või kasutada teist kaarti.",
                ),
                issue(
                    "Arvel {invoice} puudub KMKR number",
                    "Arvel {invoice} puudub meie KMKR number, raamatupidamine ei saa seda kirjendada. Kas saate arve uuesti väljastada?",
                    "Väljastasin arve {invoice} uuesti õige KMKR numbriga, selle leiate jaotisest Arveldus → Arved.",
                ),
            ],
            vague_subjects: &["Küsimus viimase arve kohta"],
            details: &[
                "Lisasin ekraanipildi makselehest.",
                "Raamatupidamine sulgeb kuu reedel, seega on see üsna kiire.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Ei saa pärast parooli lähtestamist sisse logida",
                    "Alates tänahommikust ei saa ma sisse logida: süsteem ütleb, et parool on vale, isegi kohe pärast lähtestamist.",
                    "Eemaldasin kontolt luku ja saatsin uue lähtestamislingi, mis kehtib 60 minutit. Palun avage see privaatses aknas.",
                ),
                issue(
                    "2FA koode ei aktsepteerita 🔒",
                    "Autentimisrakenduse koodid lükatakse tagasi veaga {code}. Vahetasin eelmisel nädalal telefoni.",
                    "Lähtestasin teie kaheastmelise autentimise. Järgmisel sisselogimisel palutakse teil skannida uus QR-kood.",
                ),
                issue(
                    "Parooli lähtestamise e-kiri ei jõua kohale",
                    "Olen kolm korda parooli lähtestamist küsinud, aga e-kiri ei jõua kohale, isegi mitte rämpsposti.",
                    "Meie e-posti teenus oli teie aadressi tagastatud kirja tõttu blokeerinud. Eemaldasin blokeeringu ja saatsin lähtestamiskirja uuesti.",
                ),
            ],
            vague_subjects: &["Minu konto on lukus"],
            details: &[
                "Kasutan Chrome'i Windowsis, mobiilirakenduses on sama probleem.",
                "Kogu meeskond ootab, et ma tellimused kinnitaksin, vajan ligipääsu täna.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Kus on minu tellimus {order}? 📦",
                    "Tellimus {order} pidi saabuma esmaspäeval, aga jälgimisinfo pole neli päeva muutunud.",
                    "Võtsime tellimuse {order} osas kulleriga ühendust: pakk jäi nende lattu ja läheb homme kättetoimetamisele.",
                ),
                issue(
                    "Pakk on märgitud kätte toimetatuks, aga ma ei saanud seda",
                    "Jälgimise järgi on tellimus {order} kätte toimetatud, aga midagi ei saabunud ja ka naabritel pole pakki.",
                    "Esitasime tellimuse {order} kohta kullerile nõude. Kui nad paki 48 tunni jooksul üles ei leia, saadame tasuta uue.",
                ),
                issue(
                    "Vale aadress tellimusel {order}",
                    "Tegin tellimuse {order} tarneaadressis vea. Kas saate selle enne väljasaatmist parandada?",
                    "Hea uudis: tellimus {order} polnud veel laost lahkunud, seega parandasin aadressi.",
                ),
            ],
            vague_subjects: &["Probleem tarnega"],
            details: &[
                "See on sünnipäevakingitus, vajan seda hiljemalt nädalavahetuseks.",
                "Kulleri klienditugi käskis mul saatjaga ühendust võtta.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Tagasimakse taotlus tellimusele {order}",
                    "Tagastasin tellimuse {order} kaks nädalat tagasi, aga {amount} pole ikka veel tagasi kantud.",
                    "Tegin tellimuse {order} eest tagasimakse summas {amount}. Sõltuvalt pangast jõuab see kontole 5–10 tööpäeva jooksul.",
                ),
                issue(
                    "Püsitellimuse tühistamine ja tagasimakse",
                    "Minult võeti veel üks aasta {plan} paketi eest, kuigi tühistasin õigel ajal. Palun tagastage raha.",
                    "Tühistasin uuendamise ja tagastasin {amount}. Ligipääs jääb alles kuni praeguse perioodi lõpuni.",
                ),
            ],
            vague_subjects: &["Ootan endiselt raha tagastamist"],
            details: &[
                "Kinnituskiri on mul olemas, kui seda on vaja.",
                "Olen olnud teie klient aastaid ja olen väga pettunud.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Töölaud ei avane kellelgi 🔥",
                    "Keegi meie kontoris ei saa töölauda avada, näeme ainult viga {code}. Kas teil on katkestus?",
                    "Intsident on lahendatud ja töölaud avaneb taas normaalselt. Vabandame ebamugavuste pärast.",
                ),
                issue(
                    "API tagastab kella 9st saadik 503",
                    "Kõik meie API päringud on viimase tunni jooksul ebaõnnestunud veaga 503. Meie e-poe makse ei tööta.",
                    "Intsident on lahendatud ja API vastab taas normaalselt; veaga 503 ebaõnnestunud päringuid võib julgelt korrata.",
                ),
            ],
            vague_subjects: &["Kas teil on katkestus?"],
            details: &[
                "Teie olekuleht näitab endiselt, et kõik on korras.",
                "Kaotame iga minutiga müüki, palun eskaleerige.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "CSV eksport annab tühja faili",
                    "Kui ekspordin aruanded CSV-vormingusse, on failis ainult päiserida.",
                    "Aitäh põhjaliku kirjelduse eest: saime vea reprodutseeritud ja arendajad on selle parandanud. Uutes ekspordifailides on kõik read olemas.",
                ),
                issue(
                    "Rakendus jookseb seadete avamisel kokku",
                    "Pärast viimast uuendust jookseb mobiilirakendus iga kord kokku, kui avan seaded.",
                    "See on teadaolev viga, mis on parandatud versioonis 4.12; see ilmub sel nädalal ja pärast uuendamist probleem kaob.",
                ),
                issue(
                    "Otsing ei leia pärast uuendust vanu tellimusi 🐛",
                    "Pärast viimast väljalaset ei leia otsing üle 30 päeva vanuseid tellimusi.",
                    "Leidsime põhjuse: otsinguindeks ehitati pärast väljalaset ainult osaliselt uuesti. See ehitatakse praegu üles ja vanad tellimused ilmuvad mõne tunni jooksul tagasi.",
                ),
            ],
            vague_subjects: &["Pärast uuendust midagi ei tööta"],
            details: &[
                "Enne seda ilmub hetkeks viga {code}.",
                "Olen juba proovinud teist brauserit ja tühjendanud vahemälu.",
            ],
        },
        TopicText {
            issues: &[
                issue(
                    "Konto e-posti aadressi muutmine",
                    "Soovin muuta oma konto e-posti aadressi uue tööaadressi vastu.",
                    "Uuendasin teie konto e-posti aadressi; uuele aadressile saabub kinnituskiri.",
                ),
                issue(
                    "Palun kustutage minu konto ja andmed",
                    "Palun kustutage minu konto ja kõik isikuandmed.",
                    "Teie konto ja isikuandmed on kustutamiseks järjekorras; see lõpeb 30 päeva jooksul ja saate e-postiga kinnituse.",
                ),
                issue(
                    "Teise administraatori lisamine",
                    "Kuidas lisada kolleeg teiseks administraatoriks? Kutse nupp on hall.",
                    "Administraatoreid saab kutsuda ainult tööruumi omanik. Saatsime omanikule teie nimel taotluse.",
                ),
            ],
            vague_subjects: &["Küsimus konto kohta"],
            details: &[
                "Mul on veel ligipääs vanale postkastile, kui on vaja kinnitada.",
                "Meil on {plan} pakett, kui see on oluline.",
            ],
        },
    ],
    greetings: &["Tere!", "Tere päevast!"],
    signoffs: &["Aitäh,\n{name}", "Lugupidamisega\n{name}"],
    followups: &[
        "Kas on mingeid uudiseid?",
        "Tere, möödunud on kaks päeva ja ma pole vastust saanud.",
        "Proovisin, aga ikka ei tööta.",
        "Saadan teie küsitud ekraanipildi.",
    ],
    thanks: &["Töötab, suur aitäh! 🙏", "Aitäh, nüüd on kõik korras."],
    agent_greetings: &["Tere, {first}!", "Tere päevast, {first}!"],
    agent_generic: &[
        "Kas saaksite saata ekraanipildi veast ja ligikaudse aja, millal see ilmus?",
        "Uurin seda meeskonnaga ja vastan homseks.",
        "Aitäh üksikasjade eest, need aitavad. Edastasin need spetsialistide meeskonnale.",
        "Vabandust ootamise pärast: tegelen sellega edasi ja annan teada kohe, kui midagi selgub.",
        "Kas ülaltoodud sammud lahendasid probleemi?",
    ],
    agent_signoffs: &["Parimate soovidega\n{agent}", "Lugupidamisega\n{agent}"],
    story: &[
        "Selgitan üksikasjalikult, mis juhtus, sest olen sellega tegelenud juba peaaegu terve nädala ega taha kõike kolmele erinevale inimesele uuesti rääkida. Esmaspäeva hommikul üritas meie raamatupidamine kuud sulgeda ja märkas, et mitu makset on kas puudu või kahekordselt kirjas. Kasutame teie toodet kõigi klientide arvete jaoks, nii et töö on täielikult seisma jäänud.",
        "Alguses arvasime, et probleem on meie poolel. IT-kolleeg tühjendas brauserite vahemälu, proovis kahest erinevast arvutist ja isegi mobiilse andmesidega telefonist, ning tulemus oli iga kord täpselt sama. Võtsime ühendust ka pangaga ja nad kinnitasid, et nende poolel on kõik korras.",
        "Teisipäeval helistas üks meie klient ja kurtis, et sai kaks meeldetuletust arve kohta, mis oli juba tasutud. See on meile piinlik ja ausalt öeldes jätab meist ebausaldusväärse mulje. Pidime vabandama ja lubama kreeditarve, mida me nüüd väljastada ei saa, sest süsteem näitab arvet endiselt tasumata olekus.",
        "Järgisin teie abikeskuse artikli samme, sealhulgas väljalogimist kõigist seadmetest ja integratsioonitõendi lähtestamist. Umbes kümme minutit tundus, et kõik töötab, siis tulid samad vead tagasi. Meie arendaja proovis ka testkeskkonda, kus kõik töötab, seega arvame, et probleem on seotud just meie kontoga.",
    ],
    log_caption: "Allpool on asjakohane osa meie integratsiooni logist, ehk on sellest teie inseneridele abi:",
    story_closing: "Palun käsitlege seda kiireloomulisena. Oleme valmis helistama täna või homme igal ajal ja vajadusel saan anda teie meeskonnale ajutise ligipääsu meie kontole. Ette tänades!",
    currency: ("", " €"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_the_rest() {
        let vars = Vars {
            first: "Ioana",
            order: "#A-1",
            ..Vars::default()
        };
        assert_eq!(
            fill("Hi {first}, {order} {unknown} {{ticket.id}} {", &vars),
            "Hi Ioana, #A-1 {unknown} {{ticket.id}} {"
        );
    }

    #[test]
    fn every_bank_has_text_for_every_topic() {
        for lang in Lang::ALL {
            let bank = bank(lang);
            for topic in Topic::ALL {
                let t = topic.text(lang);
                let ok = !t.issues.is_empty() && !t.vague_subjects.is_empty();
                assert!(ok && !t.details.is_empty(), "{lang:?} {topic:?}");
            }
            assert!(!bank.story.is_empty() && !bank.greetings.is_empty());
        }
    }
}
