//! The closed list of things a user can do. Names are the stable API that keymaps refer to; keys are
//! data (keymaps/*.toml). Each names its description's message in the catalogues (i18n/).

macro_rules! actions {
    ($($variant:ident = $name:literal, $desc:literal;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action { $($variant),* }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant),*];

            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name),* }
            }

            /// What it does, in the interface's language (its catalogue message `$desc`).
            pub fn description(self, lang: crate::i18n::Lang) -> String {
                match self { $(Action::$variant => crate::t!(lang, $desc)),* }
            }

            pub fn from_name(name: &str) -> Option<Action> {
                match name { $($name => Some(Action::$variant),)* _ => None }
            }
        }
    };
}

actions! {
    Quit = "app.quit", "action-app-quit";
    Help = "app.help", "action-app-help";
    Palette = "app.palette", "action-app-palette";
    GoTo = "ticket.goto", "action-ticket-goto";
    Refresh = "app.refresh", "action-app-refresh";
    FocusNext = "focus.next", "action-focus-next";
    FocusPrev = "focus.prev", "action-focus-prev";
    Down = "list.down", "action-list-down";
    Up = "list.up", "action-list-up";
    PageDown = "list.page-down", "action-list-page-down";
    PageUp = "list.page-up", "action-list-page-up";
    Top = "list.top", "action-list-top";
    Bottom = "list.bottom", "action-list-bottom";
    Open = "list.open", "action-list-open";
    More = "conversation.more", "action-conversation-more";
    Quoted = "conversation.quoted", "action-conversation-quoted";
    Filter = "queue.filter", "action-queue-filter";
    Search = "queue.search", "action-queue-search";
    Views = "queue.views", "action-queue-views";
    NextView = "queue.next-view", "action-queue-next-view";
    PrevView = "queue.prev-view", "action-queue-prev-view";
    ViewN = "queue.view", "action-queue-view";
    Reply = "ticket.reply", "action-ticket-reply";
    Note = "ticket.note", "action-ticket-note";
    Canned = "ticket.canned", "action-ticket-canned";
    SetStatus = "ticket.set-status", "action-ticket-set-status";
    SetPriority = "ticket.set-priority", "action-ticket-set-priority";
    Assign = "ticket.assign", "action-ticket-assign";
    SetGroup = "ticket.set-group", "action-ticket-set-group";
    TakeIt = "ticket.take", "action-ticket-take";
    EditTags = "ticket.tags", "action-ticket-tags";
    Reveal = "ticket.reveal", "action-ticket-reveal";
    Escalate = "ticket.escalate", "action-ticket-escalate";
    Attachments = "ticket.attachments", "action-ticket-attachments";
    OpenWeb = "ticket.open-web", "action-ticket-open-web";
    Snooze = "ticket.snooze", "action-ticket-snooze";
    Unsnooze = "ticket.unsnooze", "action-ticket-unsnooze";
    SnoozeHelpdesk = "snooze.helpdesk", "action-snooze-helpdesk";
    Workflow = "ticket.workflow", "action-ticket-workflow";
    WorkflowNext = "workflow.next", "action-workflow-next";
    WorkflowBack = "workflow.back", "action-workflow-back";
    WorkflowRestart = "workflow.restart", "action-workflow-restart";
    WorkflowStop = "workflow.stop", "action-workflow-stop";
    AttachmentSave = "attachment.save", "action-attachment-save";
    AttachmentOpen = "attachment.open", "action-attachment-open";
    Knowledge = "ticket.knowledge", "action-ticket-knowledge";
    KbInsertLink = "knowledge.insert-link", "action-knowledge-insert-link";
    KbInsertExcerpt = "knowledge.insert-excerpt", "action-knowledge-insert-excerpt";
    KbBeside = "knowledge.beside", "action-knowledge-beside";
    Metrics = "app.metrics", "action-app-metrics";
    Messages = "app.messages", "action-app-messages";
    Send = "compose.send", "action-compose-send";
    Cancel = "compose.cancel", "action-compose-cancel";
    ExternalEditor = "compose.editor", "action-compose-editor";
    MacroApply = "macro.apply", "action-macro-apply";
    MacroEdit = "macro.edit", "action-macro-edit";
    Mark = "queue.select", "action-queue-select";
    MarkRange = "queue.select-range", "action-queue-select-range";
    MarkAll = "queue.select-all", "action-queue-select-all";
    Undo = "ticket.undo", "action-ticket-undo";
    CollisionSend = "collision.send", "action-collision-send";
    CollisionEdit = "collision.edit", "action-collision-edit";
    CollisionKeep = "collision.keep", "action-collision-keep";
    Accept = "prompt.accept", "action-prompt-accept";
    Dismiss = "prompt.cancel", "action-prompt-cancel";
}

impl Action {
    /// The arguments an action takes in a keymap (`args = { status = "pending" }`).
    pub fn arg_names(self) -> &'static [&'static str] {
        match self {
            Action::SetStatus => &["status"],
            Action::SetPriority => &["priority"],
            Action::Assign => &["assignee"],
            Action::ViewN => &["n"],
            _ => &[],
        }
    }

    /// Whether a keymap entry's arguments are this action's; what is wrong, in `l`.
    pub fn check_args(
        self,
        l: crate::i18n::Lang,
        args: &std::collections::BTreeMap<String, String>,
    ) -> Result<(), String> {
        let allowed = self.arg_names();
        let action = self.name();
        match args.keys().find(|k| !allowed.contains(&k.as_str())) {
            None => Ok(()),
            Some(k) if allowed.is_empty() => {
                let arg = format!("{k:?}");
                Err(crate::t!(l, "km-takes-no-args", action = action, arg = arg))
            }
            Some(k) => {
                let (arg, allowed) = (format!("{k:?}"), allowed.join(", "));
                Err(crate::t!(
                    l,
                    "km-takes-args",
                    action = action,
                    allowed = allowed,
                    arg = arg
                ))
            }
        }
    }
}
