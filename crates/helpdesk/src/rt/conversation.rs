//! The conversation: a ticket's transactions read into messages with their parts and attachments.

use super::*;

impl Rt {
    /// Message bodies and file names of the given transactions, from the ticket's attachment
    /// rows: one listing per 100 transactions (paged), then one request for the chosen bodies.
    pub(super) async fn message_parts(
        &self,
        ticket: u64,
        txns: &[u64],
    ) -> Result<HashMap<String, Parts>> {
        let path = format!("ticket/{ticket}/attachments");
        let wanted: HashSet<String> = txns.iter().map(u64::to_string).collect();
        let mut rows: Vec<wire::Attachment> = Vec::new();
        for chunk in txns.chunks(PER_PAGE as usize) {
            let query =
                json!([{"field": "TransactionId", "operator": "IN", "value": chunk}]).to_string();
            for page in 1..=MAX_ATTACHMENT_PAGES {
                let p = page.to_string();
                let c: wire::Collection<wire::Attachment> = self
                    .get(
                        &path,
                        &[
                            ("query", &query),
                            ("fields", "TransactionId,ContentType,Filename,ContentLength"),
                            ("orderby", "id"),
                            ("order", "ASC"),
                            ("per_page", "100"),
                            ("page", &p),
                        ],
                    )
                    .await?;
                let more = has_more(&c, page);
                rows.extend(c.items);
                if !more {
                    break;
                }
            }
        }
        // RT skips a JSON clause it cannot search instead of failing; never trust it blindly.
        rows.retain(|a| wanted.contains(&a.transaction_id));
        rows.sort_by_key(|a| a.id.parse::<u64>().unwrap_or(u64::MAX));

        let mut parts: HashMap<String, Parts> = HashMap::new();
        for a in &rows {
            let entry = parts.entry(a.transaction_id.clone()).or_default();
            if !a.filename.trim().is_empty() {
                let kind = mime_type(&a.content_type);
                entry.files.push(Attachment {
                    name: a.filename.trim().to_string(),
                    size: a.content_length,
                    content_type: (!kind.is_empty()).then_some(kind),
                    source: a.id.clone(),
                });
                continue;
            }
            let kind = mime_type(&a.content_type);
            let better = match (&entry.body, kind.as_str()) {
                (None, "text/plain" | "text/html") => true,
                (Some(b), "text/plain") => b.html,
                _ => false,
            };
            if better {
                entry.body = Some(Body {
                    attachment: a.id.clone(),
                    html: kind == "text/html",
                    size: a.content_length.unwrap_or(0),
                    text: None,
                });
            }
        }

        let fetch: Vec<u64> = parts
            .values()
            .filter_map(|p| p.body.as_ref())
            .filter(|b| b.size <= MAX_BODY_BYTES)
            .filter_map(|b| b.attachment.parse().ok())
            .collect();
        let wanted_ids: HashSet<String> = fetch.iter().map(u64::to_string).collect();
        let mut contents: HashMap<String, String> = HashMap::new();
        for chunk in fetch.chunks(PER_PAGE as usize) {
            let query = json!([{"field": "id", "operator": "IN", "value": chunk}]).to_string();
            let c: wire::Collection<wire::Attachment> = self
                .get(
                    &path,
                    &[
                        ("query", &query),
                        ("fields", "TransactionId,Content"),
                        ("per_page", "100"),
                    ],
                )
                .await?;
            for a in c.items {
                if wanted_ids.contains(&a.id) {
                    contents.insert(a.id, a.content.unwrap_or_default());
                }
            }
        }
        for p in parts.values_mut() {
            if let Some(b) = p.body.as_mut() {
                b.text = contents.remove(&b.attachment);
            }
        }
        Ok(parts)
    }
}

#[derive(Default)]
pub(super) struct Parts {
    pub(super) body: Option<Body>,
    pub(super) files: Vec<Attachment>,
}

pub(super) struct Body {
    pub(super) attachment: String,
    pub(super) html: bool,
    pub(super) size: u64,
    pub(super) text: Option<String>,
}

impl Body {
    pub(super) fn render(&self) -> String {
        match &self.text {
            Some(t) if self.html => crate::html::to_text(t),
            Some(t) => t.trim_end().to_string(),
            None => format!(
                "(message body of {} KiB not shown; open the ticket in RT to read it)",
                self.size.div_ceil(1024)
            ),
        }
    }
}

impl Rt {
    pub(super) async fn read_messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        let n = parse_ticket_id(ticket)?;
        // The version first: if the ticket changes while we read, a later write is refused.
        // RT answers for a merged ticket with the one it was merged into, history included.
        self.load_etag(n).await?;
        let effective = n;
        let types =
            json!([{"field": "Type", "operator": "IN", "value": MESSAGE_TYPES}]).to_string();
        let path = format!("ticket/{effective}/history");
        let mut txns: Vec<wire::Transaction> = Vec::new();
        let mut total = None;
        let mut truncated = false;
        for page in 1..=MAX_HISTORY_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Transaction> = self
                .get(
                    &path,
                    &[
                        ("query", &types),
                        ("fields", "Type,Created,Creator"),
                        ("fields[Creator]", PERSON_FIELDS),
                        ("orderby", "id"),
                        ("order", "DESC"),
                        ("per_page", "100"),
                        ("page", &p),
                    ],
                )
                .await?;
            let more = has_more(&c, page);
            total = c.total;
            txns.extend(
                c.items
                    .into_iter()
                    .filter(|t| MESSAGE_TYPES.contains(&t.kind.as_str())),
            );
            if !more {
                break;
            }
            if page == MAX_HISTORY_PAGES {
                truncated = true;
            }
        }
        txns.sort_by_key(|t| t.id.parse::<u64>().unwrap_or(0));
        let ids: Vec<u64> = txns.iter().filter_map(|t| t.id.parse().ok()).collect();
        let mut parts = self.message_parts(effective, &ids).await?;

        let mut out = Vec::with_capacity(txns.len() + 1);
        if truncated && let Some(first) = txns.first() {
            out.push(Message {
                id: Id::from(format!("{effective}-truncated")),
                author: None,
                visibility: Visibility::Internal,
                channel: None,
                created_at: rt_time(&first.created).unwrap_or(crate::UNKNOWN_TIME),
                body: format!(
                    "tix shows the latest {}{} messages; the older ones are in RT: {}/Ticket/Display.html?id={effective}",
                    txns.len(),
                    total.map_or_else(String::new, |t| format!(" of {t}")),
                    self.base
                ),
                attachments: vec![],
                stored_digest: None,
            });
        }
        for t in txns {
            let p = parts.remove(&t.id).unwrap_or_default();
            out.push(message_of(t, p));
        }
        Ok(out)
    }

    /// The message a write just added, as `read_messages` would read it: the ticket's newest
    /// message (its transaction, parts and body: three small requests), when it is of the
    /// write's kind and holds the text sent. None otherwise, or when asking fails: the
    /// conversation is then read again.
    pub(super) async fn posted_message(
        &self,
        ticket: u64,
        sent: &crate::NewMessage,
    ) -> Option<Message> {
        let kind = match sent.visibility {
            Visibility::Public => "Correspond",
            Visibility::Internal => "Comment",
        };
        let query =
            json!([{"field": "Type", "operator": "IN", "value": MESSAGE_TYPES}]).to_string();
        let c: wire::Collection<wire::Transaction> = self
            .get(
                &format!("ticket/{ticket}/history"),
                &[
                    ("query", &query),
                    ("fields", "Type,Created,Creator"),
                    ("fields[Creator]", PERSON_FIELDS),
                    ("orderby", "id"),
                    ("order", "DESC"),
                    ("per_page", "1"),
                ],
            )
            .await
            .ok()?;
        let t = c.items.into_iter().next().filter(|t| t.kind == kind)?;
        let id: u64 = t.id.parse().ok()?;
        let mut parts = self.message_parts(ticket, &[id]).await.ok()?;
        let msg = message_of(t, parts.remove(&id.to_string()).unwrap_or_default());
        (msg.stored_digest == Some(crate::text_digest(&sent.body))).then_some(msg)
    }
}

/// A message from its transaction and its parts.
fn message_of(t: wire::Transaction, p: Parts) -> Message {
    Message {
        author: t.creator.as_ref().and_then(party),
        visibility: if t.kind == "Comment" {
            Visibility::Internal
        } else {
            Visibility::Public
        },
        channel: None,
        created_at: rt_time(&t.created).unwrap_or(crate::UNKNOWN_TIME),
        body: p.body.as_ref().map(Body::render).unwrap_or_default(),
        stored_digest: p
            .body
            .as_ref()
            .and_then(|b| b.text.as_deref())
            .map(crate::text_digest),
        attachments: p.files,
        id: Id::from(t.id),
    }
}
