//! Statuses (the account's custom ones too), priorities and channels in Zendesk's words.

use super::*;

impl Zendesk {
    /// The account's active custom statuses, read once per session. An account without them (or
    /// an agent who may not list them) has none; so has a session where reading them failed
    /// (asking again on every page would cost a request each, and retries when the server errs).
    pub(super) async fn try_custom_statuses(&self) -> Result<std::sync::Arc<CustomStatuses>> {
        let (custom, failed) = self
            .custom
            .get_or_init(|| async {
                match self
                    .get::<wire::CustomStatusesPage>("custom_statuses.json", &[])
                    .await
                {
                    Ok(page) => (std::sync::Arc::new(custom_statuses_of(page)), None),
                    Err(e) => {
                        tracing::warn!(
                            "zendesk: no custom statuses ({:?}); the plain ones then",
                            e.kind
                        );
                        let none = e.kind == ErrorKind::NotFound;
                        (std::sync::Arc::default(), (!none).then_some(e))
                    }
                }
            })
            .await;
        match failed {
            Some(e) => Err(e.clone()),
            None => Ok(custom.clone()),
        }
    }

    /// The custom statuses for naming tickets: none while they cannot be read.
    pub(super) async fn custom_statuses(&self) -> std::sync::Arc<CustomStatuses> {
        self.try_custom_statuses().await.unwrap_or_default()
    }
}

pub fn status_of(raw: &str) -> Status {
    let category = match raw {
        "new" => StatusCategory::New,
        "open" => StatusCategory::Open,
        "pending" => StatusCategory::Pending,
        "hold" => StatusCategory::OnHold,
        "solved" => StatusCategory::Solved,
        "closed" => StatusCategory::Closed,
        _ => StatusCategory::Other,
    };
    Status {
        category,
        raw: Str::interned(raw),
        label: Str::interned(raw),
    }
}

/// Custom statuses by id. A category's default is written as the category's word (`status`),
/// which Zendesk takes as that status; the others by id (`custom_status_id`).
pub(super) fn custom_statuses_of(page: wire::CustomStatusesPage) -> CustomStatuses {
    page.custom_statuses
        .into_iter()
        .filter(|c| c.active)
        .filter_map(|c| {
            let category = status_of(&c.status_category).category;
            if category == StatusCategory::Other {
                return None;
            }
            let raw = if c.default {
                Str::interned(&c.status_category)
            } else {
                Str::interned(&c.id.to_string())
            };
            let label = if c.agent_label.trim().is_empty() {
                raw.clone()
            } else {
                Str::interned(&c.agent_label)
            };
            Some((
                c.id,
                Status {
                    category,
                    raw,
                    label,
                },
            ))
        })
        .collect()
}

/// A ticket's status: its custom status where the account has them (a closed ticket keeps its
/// solved one, but is closed), else the plain word.
pub(super) fn ticket_status(t: &wire::Ticket, custom: &CustomStatuses) -> Status {
    let plain = status_of(&t.status);
    match t.custom_status_id.and_then(|id| custom.get(&id)) {
        Some(c) if plain.category != StatusCategory::Closed => Status {
            category: if plain.category == StatusCategory::Other {
                c.category
            } else {
                plain.category
            },
            ..c.clone()
        },
        _ => plain,
    }
}

/// Zendesk's own statuses (`closed` is reached by Zendesk itself, not set), and priorities.
pub fn zendesk_vocabulary() -> Vocabulary {
    Vocabulary {
        statuses: ["new", "open", "pending", "hold", "solved"]
            .into_iter()
            .map(status_of)
            .collect(),
        priorities: ["low", "normal", "high", "urgent"]
            .into_iter()
            .map(priority_of)
            .collect(),
    }
}

pub fn priority_of(raw: &str) -> Priority {
    let (level, rank) = match raw {
        "low" => (Some(PriorityLevel::Low), 1),
        "normal" => (Some(PriorityLevel::Normal), 2),
        "high" => (Some(PriorityLevel::High), 3),
        "urgent" => (Some(PriorityLevel::Urgent), 4),
        _ => (None, 0),
    };
    Priority {
        level,
        raw: Str::interned(raw),
        label: Str::interned(raw),
        rank,
    }
}

pub fn channel_of(via: &str) -> Channel {
    match via {
        "email" | "mail" => Channel::Email,
        "web" | "web_form" | "web_widget" | "help_center" => Channel::Web,
        "voice" | "phone" | "phone_call_inbound" | "phone_call_outbound" => Channel::Phone,
        "chat" | "chat_transcript" | "native_messaging" => Channel::Chat,
        "twitter" | "facebook" | "instagram_dm" | "whatsapp" | "social" => Channel::Social,
        "sms" | "text" => Channel::Sms,
        "api" => Channel::Api,
        other => Channel::Other(other.to_string()),
    }
}
