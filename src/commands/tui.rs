//! The workspace started from the command line, and the demo helpdesk served on its own.

use super::*;

pub(super) async fn tui(target: &Target) -> Result<(), CliError> {
    let c = connect(target).await?;
    let l = crate::cli_lang::lang();
    let (keymap, mut problems) = load_keymap(&c.config, &c.paths);
    let (theme, theme_problems) = crate::theme::Theme::load_in(
        l,
        c.config.theme.as_deref(),
        &c.paths.config_dir,
        crate::theme::ColorMode::from_env(),
    );
    problems.extend(theme_problems);
    let (local_canned, canned_problems) =
        crate::canned_files::load(&c.paths.config_dir.join("canned"));
    problems.extend(canned_problems);
    // Names of the helpdesk's canned responses and statuses are not known yet: they are checked
    // when an end is reached (and by `tix workflow check`).
    let known = crate::workflow::Known {
        lang: l,
        ..Default::default()
    };
    let (workflows, workflow_problems) = load_workflows(&c.paths, c.demo.is_some(), &known);
    problems.extend(workflow_problems);
    let mut model =
        crate::app::model::Model::new(&c.profile, c.helpdesk.backend(), c.demo.is_some(), keymap);
    model.theme = theme;
    let mut caps = c.helpdesk.capabilities();
    caps.canned_responses |= !local_canned.is_empty();
    model.capabilities = Some(caps);
    model.canned.local = local_canned;
    model.sla_policy = c.config.sla.clone();
    if c.top_pages_are_the_queues_top() {
        // The top of the view: a screenful of rows (the terminal's height bounds the queue's)
        // and a little more. A backend whose pages can be that small (RT) sends no more; one
        // with fixed pages sends its page.
        let rows = crossterm::terminal::size().map_or(40, |(_, h)| h as usize);
        model.queue.load_window = Some(crate::app::model::QUEUE_WINDOW.min(rows + 2));
    }
    model.alerts.settings = crate::app::model::AlertSettings {
        minutes: c.config.alerts.minutes.unwrap_or(15) as i64,
        bell: c.config.alerts.bell.unwrap_or(true) && !c.config.quiet.unwrap_or(false),
    };
    let today = jiff::Zoned::now().date();
    model.metrics.events =
        crate::metrics::load(&crate::metrics::day_file(&c.paths.data_dir, today));
    model.privacy = c.config.privacy.unwrap_or(true);
    let profile = c.settings.as_ref();
    model.low_bandwidth = target.low_bandwidth
        || profile
            .and_then(|p| p.low_bandwidth)
            .or(c.config.low_bandwidth)
            .unwrap_or(false);
    model.follow_delay_ms = c.config.follow_delay_ms;
    model.sync.refresh_secs = profile
        .and_then(|p| p.refresh_secs)
        .or(c.config.refresh_secs)
        .unwrap_or(60);
    model.tz = time_zone(&c.config)?;
    // Snooze times: the agent's zone, and business hours' start for "tomorrow" (09:00 without).
    model.snooze.clock =
        crate::snooze::Clock::new(model.tz.clone(), c.config.sla.business_hours.as_ref(), l)
            .map_err(|e| {
                let why = e.to_string();
                CliError::Config(crate::t!(l, "cli-business-hours-bad", why = why))
            })?;
    let snooze_store = crate::store::snoozes::SnoozeStore::new(&c.paths.data_dir, &c.profile);
    let saved_snoozes = snooze_store.load().map_err(|e| {
        let why = e.to_string();
        CliError::Config(crate::t!(l, "cli-snoozes-unreadable", why = why))
    })?;
    model.snooze.tickets = saved_snoozes
        .into_iter()
        .map(|s| (s.ticket.id.clone(), s))
        .collect();
    // The language the messages above were said in (config.toml's, else the locale).
    model.lang = l;
    if problems.iter().any(|p| !p.warning) {
        model.overlay = Some(crate::app::model::Overlay::Problems);
    }
    model.problems = problems;
    model.workflows.installed = workflows;
    let workflow_store = crate::store::workflows::WorkflowStore::new(&c.paths.data_dir, &c.profile);
    model.workflows.walks = workflow_store.load_all();
    // The view to start on: the profile's, then the top-level setting, then the last one used.
    let last_view = crate::store::last_view::LastView::new(&c.paths.data_dir, &c.profile);
    model.queue.preferred_view = profile
        .and_then(|p| p.default_view.clone())
        .or_else(|| c.config.default_view.clone())
        .or_else(|| last_view.load());
    let drafts = crate::store::drafts::DraftStore::new(&c.paths.data_dir, &c.profile);
    // Every write goes through the outbox, on the demo too (its ids are the same from run to run).
    let outbox = crate::store::outbox::Outbox::new(&c.paths.data_dir, &c.profile);
    model.writes.drafts = drafts.load_all();
    // A crash between the two halves of sending leaves the text in both: the outbox has it.
    let drafted = model
        .writes
        .drafts
        .iter()
        .map(|(k, d)| (&k.0, k.clone(), d.text.as_str()));
    for (ticket, kind) in outbox.holds_drafts(drafted) {
        model.writes.drafts.remove(&(ticket.clone(), kind));
        drafts.save(&ticket, kind, None).map_err(|e| {
            let why = e.to_string();
            CliError::Config(crate::t!(l, "cli-sent-draft-unremoved", why = why))
        })?;
    }
    let opts = crate::workspace::Options {
        mouse: c.config.mouse.unwrap_or(true),
        drafts: Some(drafts),
        data_dir: Some(c.paths.data_dir.clone()),
        notify_cmd: c.config.alerts.notify_cmd.clone(),
        // The embedded demo's data lives for one run only: nothing to keep.
        cache: c
            .demo
            .is_none()
            .then(|| crate::store::cache::Cache::new(&c.paths.data_dir, &c.profile)),
        outbox: Some(outbox),
        last_view: Some(last_view),
        download_dir: c.config.download_dir(),
        workflows: Some(workflow_store),
        snoozes: Some(snooze_store),
        knowledge: crate::knowledge::Local::load(&c.paths.config_dir.join("knowledge")),
        ticking_clocks: c.config.ticking_clocks.unwrap_or(true),
    };
    let plain = crate::plain::when::chosen(&crate::plain::when::Signals::from_env(
        target.plain,
        c.config.plain,
    ));
    let farewell = if plain {
        crate::plain::run(c.helpdesk.clone(), model, opts).await?
    } else {
        crate::workspace::run(c.helpdesk.clone(), model, opts).await?
    };
    // After a SIGHUP the terminal may be gone: a line that cannot be written is no error.
    for line in farewell {
        let _ = writeln!(std::io::stderr(), "{line}");
    }
    Ok(())
}

#[cfg(feature = "demo")]
pub(super) async fn demo_server(
    addr: std::net::SocketAddr,
    opts: DemoOptions,
    anchor: jiff::Timestamp,
) -> Result<(), CliError> {
    let tickets = opts.tickets;
    let second = opts.second_agent;
    let server = DemoServer::start(addr, opts, anchor).await?;
    println!("{}", server.base_url);
    let l = crate::cli_lang::lang();
    let (count, n) = (l.plural(tickets as u64), l.number(tickets as u64));
    let tickets = crate::t!(l, "tickets", count = count, n = n);
    eprintln!("{}", crate::t!(l, "demo-serving", tickets = tickets));
    if let Some(every) = second {
        let secs = every.as_secs();
        eprintln!("{}", crate::t!(l, "demo-second-agent", secs = secs));
    }
    std::io::stdout().flush()?;
    tokio::signal::ctrl_c().await?;
    let s = server.stats();
    let (count, n) = (l.plural(s.requests), l.number(s.requests));
    let requests = crate::t!(l, "requests", count = count, n = n);
    let (bytes_in, bytes_out) = (l.number(s.bytes_in), l.number(s.bytes_out));
    let line = crate::t!(
        l,
        "demo-served",
        requests = requests,
        bytes_in = bytes_in,
        bytes_out = bytes_out
    );
    eprintln!("{line}");
    server.shutdown();
    Ok(())
}
