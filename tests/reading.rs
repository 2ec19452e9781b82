//! Reading and moving in the viewer: prompts that edit like a shell, search history, and
//! pickers that match fuzzily and rank what is typed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::app::{Action, App, Overlay, StartOptions};
use common::viewer::{apply, type_text, viewer, viewer_of, visible_ids};
use tui_input::InputRequest::{DeleteFromStart, DeletePrevWord, GoToPrevWord, GoToStart};

fn picker_rows(app: &App) -> Vec<String> {
    let Some(Overlay::ActorFilter(picker)) = &app.overlay else {
        panic!("the actor picker is open")
    };
    let entries = picker.entries(&app.timeline);
    entries
        .iter()
        .map(|&a| app.timeline.actor(a).name.clone())
        .collect()
}

#[test]
fn the_search_edits_like_a_shell_line_and_the_filter_follows() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "sullivan");
    let sullivan = visible_ids(&app);
    // Ctrl-a to the start, then "jake ": one phrase, "jake sullivan".
    apply(&mut app, &[Action::Edit(GoToStart)]);
    type_text(&mut app, "jake ");
    assert_eq!(app.query.text, "jake sullivan");
    let footer = common::viewer::screen_text(&app)
        .lines()
        .last()
        .unwrap()
        .to_owned();
    assert!(footer.starts_with("/jake ▏sullivan"), "{footer}");
    assert!(visible_ids(&app).len() < sullivan.len());
    // Ctrl-w deletes the word before the cursor.
    apply(&mut app, &[Action::Edit(DeletePrevWord)]);
    assert_eq!(app.query.text, "sullivan");
    assert_eq!(visible_ids(&app), sullivan);
    apply(&mut app, &[Action::Edit(GoToPrevWord)]);
    assert_eq!(app.search_line.split_at_cursor(), ("", "sullivan"));
}

#[test]
fn ctrl_p_and_ctrl_n_recall_the_searches_of_the_session() {
    let mut app = viewer(100, 30);
    for search in ["rome", "lifeline"] {
        apply(&mut app, &[Action::OpenSearch, Action::Edit(DeleteFromStart)]);
        type_text(&mut app, search);
        apply(&mut app, &[Action::SearchKeep]);
    }
    apply(
        &mut app,
        &[Action::OpenSearch, Action::SearchClear, Action::OpenSearch],
    );
    apply(&mut app, &[Action::SearchHistory(true)]);
    assert_eq!(app.query.text, "lifeline");
    apply(&mut app, &[Action::SearchHistory(true)]);
    assert_eq!(app.query.text, "rome");
    assert_eq!(visible_ids(&app).len(), 2);
    apply(&mut app, &[Action::SearchHistory(false)]);
    assert_eq!(app.query.text, "lifeline");
    apply(&mut app, &[Action::SearchHistory(false)]);
    assert_eq!(app.query.text, "");
}

#[test]
fn the_actor_picker_takes_spaces_matches_fuzzily_and_puts_the_busier_first() {
    let mut app = viewer_of(
        "tests/fixtures/crowded/timeline.yaml",
        StartOptions::default(),
        100,
        30,
    );
    apply(&mut app, &[Action::OpenActorFilter]);
    type_text(&mut app, "trump");
    assert_eq!(
        picker_rows(&app)[..2],
        ["Donald Trump".to_owned(), "The Trump Organization".to_owned()]
    );
    assert!(picker_rows(&app).contains(&"$TRUMP coin holders".to_owned()));
    apply(
        &mut app,
        &[Action::Edit(tui_input::InputRequest::DeleteFromStart)],
    );
    type_text(&mut app, "jake sul");
    assert_eq!(picker_rows(&app), ["Jake Sullivan"]);
    apply(
        &mut app,
        &[Action::Edit(tui_input::InputRequest::DeleteFromStart)],
    );
    type_text(&mut app, "jsul");
    assert_eq!(picker_rows(&app), ["Jake Sullivan"]);
    // Tab ticks (the binding); Enter applies.
    apply(&mut app, &[Action::PickerToggle, Action::PickerApply]);
    assert_eq!(visible_ids(&app).len(), 3);
}

const PROVENANCE: &str = "tests/fixtures/provenance/timeline.yaml";

fn requested(app: &mut App) -> Option<chronicle::app::TerminalRequest> {
    app.request.take()
}

#[test]
fn y_copies_the_quote_with_its_citation_and_capital_y_the_event_as_markdown() {
    let mut app = viewer_of(PROVENANCE, StartOptions::default(), 100, 30);
    common::viewer::select_id(&mut app, "talks-announced");
    apply(&mut app, &[Action::CopyExcerpt]);
    let expected = "“Officials said on Monday that the talks would go ahead in Geneva next week.” — \
                    Talks to go ahead, officials say, The Wire, published 14 Mar 2022, \
                    https://example.com/wire/talks (event of 14 Mar 2022)";
    assert_eq!(
        requested(&mut app),
        Some(chronicle::app::TerminalRequest::Copy(expected.into()))
    );
    assert_eq!(
        app.status.as_deref(),
        Some("Copied the quote with its citation (OSC 52)")
    );
    // In the source view, the excerpt shown there.
    apply(
        &mut app,
        &[Action::OpenSource, Action::NextExcerpt, Action::CopyExcerpt],
    );
    let Some(chronicle::app::TerminalRequest::Copy(text)) = requested(&mut app) else {
        panic!()
    };
    assert!(text.starts_with("“The foreign ministry denied"), "{text}");
    apply(&mut app, &[Action::CopyEvent]);
    let Some(chronicle::app::TerminalRequest::Copy(markdown)) = requested(&mut app) else {
        panic!()
    };
    assert_eq!(
        markdown,
        "## Officials say the talks will go ahead\n\n\
         - **Date:** 14 Mar 2022 (stated by the source)\n\
         - **Status:** disputed\n\
         - **Actors:** Officials (announcer), Foreign ministry (denier)\n\
         - **Related:** Talks in Geneva\n\
         - **Id:** talks-announced\n\n\
         **Claims**\n\n\
         - Officials asserts: The talks will go ahead next week.\n\
         - Foreign ministry denies: Any date has been agreed.\n\
         - Unattributed reports asserts\n\n\
         > Officials said on Monday that the talks would go ahead in Geneva next week.\n>\n\
         > — [Talks to go ahead, officials say](<https://example.com/wire/talks>), The Wire, published 14 Mar 2022\n\n\
         > The foreign ministry denied that any date had been agreed.\n>\n\
         > — [Talks to go ahead, officials say](<https://example.com/wire/talks>), The Wire, published 14 Mar 2022\n\n\
         *Note on this excerpt:* The ministry gave no reason.\n\n\
         *Note:* The report does not name the officials.\n"
    );
}

#[test]
fn copied_text_is_made_safe_for_the_terminal_it_is_pasted_into() {
    let mut app = viewer_of(
        "tests/fixtures/hostile/controls.yaml",
        StartOptions::default(),
        100,
        30,
    );
    apply(&mut app, &[Action::CopyEvent]);
    let Some(chronicle::app::TerminalRequest::Copy(text)) = requested(&mut app) else {
        panic!()
    };
    assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}'), "{text:?}");
}

#[test]
fn o_opens_only_web_addresses() {
    use chronicle::app::copying::is_web_address;
    let mut app = viewer_of(PROVENANCE, StartOptions::default(), 100, 30);
    apply(&mut app, &[Action::OpenUrl]);
    assert_eq!(
        requested(&mut app),
        Some(chronicle::app::TerminalRequest::Open(
            "https://example.com/wire/talks".into()
        ))
    );
    apply(&mut app, &[Action::OpenerMissing]);
    assert_eq!(
        app.status.as_deref(),
        Some("No program to open it with; the URL: https://example.com/wire/talks")
    );
    assert!(is_web_address("HTTP://example.com/a?b=c"));
    for refused in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://a b",
        "https://a\u{1b}[2J",
        "ftp://x",
    ] {
        assert!(!is_web_address(refused), "{refused:?}");
    }
    // A source without a URL says so.
    let mut sample = viewer(100, 30);
    apply(&mut sample, &[Action::OpenUrl]);
    assert_eq!(sample.status.as_deref(), Some("This source has no URL"));
}

#[test]
fn slash_in_the_source_view_finds_text_and_n_goes_through_the_matches() {
    let mut app = viewer(100, 30);
    common::viewer::select_id(&mut app, "sullivan-cnn-interview");
    apply(&mut app, &[Action::OpenSource, Action::OpenSearch]);
    assert!(matches!(&app.overlay, Some(Overlay::Prompt(_))));
    type_text(&mut app, "beijing");
    apply(&mut app, &[Action::PromptSubmit]);
    let chronicle::app::Screen::Source(view) = &app.screen else {
        panic!()
    };
    let text = &app.timeline.source(view.source).text;
    let found: Vec<&str> = view.matches.iter().map(|m| &text[m.clone()]).collect();
    assert_eq!(found, ["Beijing"; 5]);
    let first = view.current_match.unwrap();
    apply(&mut app, &[Action::NextMatch]);
    let chronicle::app::Screen::Source(view) = &app.screen else {
        panic!()
    };
    assert_eq!(view.current_match, Some((first + 1) % 5));
    assert_eq!(
        app.status.as_deref(),
        Some(&*format!("Match {} of 5", (first + 1) % 5 + 1))
    );
    // `]` still goes through the event's excerpts.
    let excerpt = view.excerpt;
    apply(&mut app, &[Action::NextExcerpt]);
    let chronicle::app::Screen::Source(view) = &app.screen else {
        panic!()
    };
    assert_eq!(view.excerpt, excerpt + 1);
    // The matches in view are highlighted.
    let theme = chronicle::ui::Theme::colour();
    let buffer = common::viewer::draw(&app, &theme);
    let highlighted = (0..buffer.area.height).any(|y| {
        let row: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol().to_owned())
            .collect();
        row.find("Beijing").is_some_and(|at| {
            let x = row[..at].chars().count() as u16;
            buffer[(x, y)].style().bg == theme.search_match.bg
        })
    });
    assert!(highlighted);
}

#[test]
fn the_ruler_counts_the_listed_events_and_follows_the_filters() {
    let mut app = viewer(100, 30);
    let columns = app.ruler.columns(60);
    assert_eq!(columns.iter().sum::<u32>(), 12);
    // The busiest column is at the end: March 2022.
    let busiest = columns.iter().enumerate().max_by_key(|(_, c)| **c).unwrap().0;
    assert!(busiest >= 57, "{columns:?}");
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "sullivan");
    apply(&mut app, &[Action::SearchKeep]);
    assert_eq!(
        app.ruler.columns(60).iter().sum::<u32>() as usize,
        app.visible.len()
    );
}

#[test]
fn brackets_move_by_the_rulers_period_and_f_filters_to_it() {
    let mut app = viewer(100, 30);
    // The span is six years: the ruler counts in years.
    assert_eq!(app.ruler.period(), chronicle::app::ruler::Period::Year);
    apply(&mut app, &[Action::MoveByPeriod(true)]);
    assert_eq!(
        common::viewer::selected_id(&app).as_deref(),
        Some("sullivan-white-house-briefing")
    );
    apply(
        &mut app,
        &[Action::MoveByPeriod(true), Action::MoveByPeriod(true)],
    );
    assert_eq!(
        common::viewer::selected_id(&app).as_deref(),
        Some("beijing-winter-olympics")
    );
    apply(&mut app, &[Action::MoveByPeriod(false)]);
    assert_eq!(
        common::viewer::selected_id(&app).as_deref(),
        Some("sullivan-white-house-briefing")
    );
    apply(&mut app, &[Action::MoveByPeriod(true), Action::FilterToPeriod]);
    assert_eq!(
        common::viewer::selected_id(&app).as_deref(),
        Some("beijing-winter-olympics")
    );
    assert_eq!(app.visible.len(), 9);
    // Within 2022 alone the ruler counts in months.
    assert_eq!(app.ruler.period(), chronicle::app::ruler::Period::Month);
    apply(&mut app, &[Action::MoveByPeriod(true)]);
    assert_eq!(
        common::viewer::selected_id(&app).as_deref(),
        Some("reports-russia-asked-china-for-equipment")
    );
}

#[test]
fn the_ruler_reads_without_colour_at_60_columns() {
    let mut app = viewer(60, 30);
    common::viewer::select_id(&mut app, "biden-xi-call");
    let theme = chronicle::ui::Theme::plain();
    let buffer = common::viewer::draw(&app, &theme);
    let row = |y: u16| {
        (0..60)
            .map(|x| buffer[(x, y)].symbol().to_owned())
            .collect::<String>()
    };
    insta::assert_snapshot!("ruler_plain_60", format!("{}\n{}", row(2), row(3)));
    // The selection's column is reversed; the columns the list shows are underlined.
    let selected = (0..60).filter(|&x| {
        buffer[(x, 2)]
            .style()
            .add_modifier
            .contains(ratatui::style::Modifier::REVERSED)
    });
    assert_eq!(selected.count(), 1);
    let shown = (0..60).filter(|&x| {
        buffer[(x, 2)]
            .style()
            .add_modifier
            .contains(ratatui::style::Modifier::UNDERLINED)
    });
    assert!(shown.count() > 0);
}

/// A left click, or a wheel turn, at a cell of the screen, as the event loop reads it.
fn mouse(app: &mut App, kind: ratatui::crossterm::event::MouseEventKind, column: u16, row: u16) {
    let event = ratatui::crossterm::event::MouseEvent {
        kind,
        column,
        row,
        modifiers: ratatui::crossterm::event::KeyModifiers::NONE,
    };
    if let Some(action) =
        chronicle::event_loop::action_for_input(app, chronicle::event_loop::Input::Mouse(event))
    {
        apply(app, &[action]);
    }
}

/// The row and column where `text` is drawn.
fn find_on_screen(app: &App, text: &str) -> (u16, u16) {
    let screen = common::viewer::screen_text(app);
    for (row, line) in screen.lines().enumerate() {
        if let Some(at) = line.find(text) {
            return (line[..at].chars().count() as u16, row as u16);
        }
    }
    panic!("{text:?} is not on the screen:\n{screen}");
}

#[test]
fn with_the_mouse_on_clicks_follow_related_events_excerpts_and_passages() {
    use ratatui::crossterm::event::{MouseButton, MouseEventKind};
    let click = MouseEventKind::Down(MouseButton::Left);
    let options = StartOptions {
        mouse: true,
        ..StartOptions::default()
    };
    let mut app = common::viewer::viewer_with(options, 120, 60);
    common::viewer::select_id(&mut app, "sullivan-yang-rome-meeting");
    let (column, row) = find_on_screen(&app, "[1] ");
    mouse(&mut app, click, column + 2, row);
    assert_eq!(
        common::viewer::selected_id(&app).as_deref(),
        Some("biden-xi-call")
    );
    // An excerpt opens the source at it.
    common::viewer::select_id(&mut app, "sullivan-cnn-interview");
    let (column, row) = find_on_screen(&app, "2. “");
    mouse(&mut app, click, column + 4, row);
    let chronicle::app::Screen::Source(view) = &app.screen else {
        panic!("the source is open")
    };
    assert_eq!(view.excerpt, 1);
    // A passage another event cites goes to that event.
    let (column, row) = find_on_screen(&app, "Xi Jinping accompanies");
    mouse(&mut app, click, column + 3, row);
    assert_eq!(
        common::viewer::selected_id(&app).as_deref(),
        Some("xi-putin-welcome-ceremony")
    );
    // The wheel scrolls help.
    apply(&mut app, &[Action::ToggleHelp]);
    mouse(&mut app, MouseEventKind::ScrollDown, 60, 30);
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll: 3 })));
}
