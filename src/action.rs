//! The closed list of things a user can do. Names are the stable API that keymaps refer to; keys are
//! data (keymaps/*.toml).

macro_rules! actions {
    ($($variant:ident = $name:literal, $desc:literal;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action { $($variant),* }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant),*];

            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name),* }
            }

            pub fn description(self) -> &'static str {
                match self { $(Action::$variant => $desc),* }
            }

            pub fn from_name(name: &str) -> Option<Action> {
                match name { $($name => Some(Action::$variant),)* _ => None }
            }
        }
    };
}

actions! {
    Quit = "app.quit", "Quit tix";
    Help = "app.help", "Show keys";
    Palette = "app.palette", "Search every action and canned response";
    GoTo = "ticket.goto", "Go to a ticket by its number";
    Refresh = "app.refresh", "Reload the queue";
    FocusNext = "focus.next", "Focus the next panel";
    FocusPrev = "focus.prev", "Focus the previous panel";
    Down = "list.down", "Move down";
    Up = "list.up", "Move up";
    PageDown = "list.page-down", "Move a page down";
    PageUp = "list.page-up", "Move a page up";
    Top = "list.top", "Go to the first item";
    Bottom = "list.bottom", "Go to the last item";
    Open = "list.open", "Open the selected item";
    More = "conversation.more", "Read on in a long message shown folded";
    Quoted = "conversation.quoted", "Show or fold the quoted earlier mail";
    Filter = "queue.filter", "Filter the queue as you type";
    Search = "queue.search", "Search the helpdesk (every ticket, solved ones too)";
    Views = "queue.views", "Pick the view the queue shows";
    NextView = "queue.next-view", "Show the next view";
    PrevView = "queue.prev-view", "Show the previous view";
    ViewN = "queue.view", "Show view number n (1-9) of the view list";
    Reply = "ticket.reply", "Reply to the customer";
    Note = "ticket.note", "Write an internal note";
    Canned = "ticket.canned", "Pick a canned response";
    SetStatus = "ticket.set-status", "Set the status";
    SetPriority = "ticket.set-priority", "Set the priority";
    Assign = "ticket.assign", "Assign to an agent";
    TakeIt = "ticket.take", "Assign the ticket to yourself";
    EditTags = "ticket.tags", "Add or remove tags (+tag -tag)";
    Reveal = "ticket.reveal", "Show or mask this customer's email, phone and card numbers";
    Escalate = "ticket.escalate", "Escalate: pick a group or person, write a note, raise priority";
    Attachments = "ticket.attachments", "Save or open one of the ticket's attachments";
    OpenWeb = "ticket.open-web", "Open the ticket in the helpdesk's web UI";
    Workflow = "ticket.workflow", "Walk a guided workflow on this ticket (those that fit it first)";
    WorkflowNext = "workflow.next", "Done: on to the workflow's next step (after an instruction)";
    WorkflowBack = "workflow.back", "Back one step in the workflow";
    WorkflowRestart = "workflow.restart", "Start the workflow over";
    WorkflowStop = "workflow.stop", "Stop the workflow on this ticket (its progress is forgotten)";
    AttachmentSave = "attachment.save", "Save the chosen attachment in the download folder";
    AttachmentOpen = "attachment.open", "Open the chosen attachment (a private copy, with the system's opener)";
    Knowledge = "ticket.knowledge", "Search the knowledge base (the ticket's suggested articles first)";
    KbInsertLink = "knowledge.insert-link", "Put the article's link into the reply, as its own paragraph";
    KbInsertExcerpt = "knowledge.insert-excerpt", "Put the paragraph at the top of the article into the reply";
    KbBeside = "knowledge.beside", "Keep the article open beside the conversation (again: close it)";
    Metrics = "app.metrics", "Show or hide today's metrics";
    Messages = "app.messages", "Show the last notices and errors, with their times";
    Send = "compose.send", "Send the reply or note";
    Cancel = "compose.cancel", "Close, keeping the text as a draft";
    ExternalEditor = "compose.editor", "Edit the text in $VISUAL or $EDITOR";
    MacroApply = "macro.apply", "Apply the previewed macro (its fields and comment, one update)";
    MacroEdit = "macro.edit", "Edit the macro's comment first; its field changes go with it on send";
    CollisionSend = "collision.send", "Send anyway (or apply the field changes anyway), over what changed";
    CollisionEdit = "collision.edit", "Back to the composer with the text, to change it first";
    CollisionKeep = "collision.keep", "Keep the text as a draft (field changes: drop them); nothing is sent";
    Accept = "prompt.accept", "Accept (filter, palette, picker)";
    Dismiss = "prompt.cancel", "Cancel (filter, palette, picker, help)";
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

    pub fn check_args(
        self,
        args: &std::collections::BTreeMap<String, String>,
    ) -> Result<(), String> {
        let allowed = self.arg_names();
        match args.keys().find(|k| !allowed.contains(&k.as_str())) {
            None => Ok(()),
            Some(k) if allowed.is_empty() => {
                Err(format!("{} takes no arguments (got {k:?})", self.name()))
            }
            Some(k) => Err(format!(
                "{} takes {} (got {k:?})",
                self.name(),
                allowed.join(", ")
            )),
        }
    }
}
