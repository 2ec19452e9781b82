//! The synchronous event loop, generic over the ratatui backend so tests drive the real app: the
//! one place where the app's state and its drawing meet (inputs become actions for `update`, and
//! after each the screen is drawn and the detail pane measured for the app to scroll within).

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{KeyEvent, MouseButton, MouseEvent, MouseEventKind};

use crate::app::keymap::action_for;
use crate::app::reload::ReloadResult;
use crate::app::{Action, App, TerminalRequest, update};
use crate::ui::loading::LoadingScreen;
use crate::ui::{self, Theme};

/// What the loop reads: terminal events, a reload of the files, or a request to stop from
/// outside (a signal).
#[derive(Debug, Clone)]
pub enum Input {
    /// The timeline's files changed and were loaded again (or failed to load).
    Reloaded(Box<crate::app::reload::ReloadResult>),
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    /// Stop now and restore the terminal (SIGTERM, SIGHUP, SIGINT).
    Terminate,
    /// Suspend as if Ctrl-z were pressed (SIGTSTP from outside).
    Suspend,
    /// Nothing happened for a moment: a chance to redraw progress.
    Tick,
}

/// What only the owner of the real terminal can do.
pub trait TerminalControl {
    /// Restore the terminal, stop the process, and take the terminal back on resume.
    fn suspend(&mut self);
    fn set_mouse_capture(&mut self, on: bool);
    /// Writes `text` to the terminal's clipboard.
    fn copy(&mut self, text: &str);
    /// Opens a web address, detached; false when there is no program to open it with.
    fn open(&mut self, url: &str) -> bool;
    /// Opens the event in the user's editor while the viewer waits, then loads the files
    /// again; or says why it could not.
    fn edit_event(&mut self, id: &str) -> Result<ReloadResult, String>;
    /// Whether an input is ready to be read without waiting.
    fn input_waiting(&mut self) -> bool;
}

/// Draws, then handles inputs one at a time until the app quits or the inputs end.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    inputs: impl IntoIterator<Item = Input>,
    control: &mut dyn TerminalControl,
    theme: &Theme,
) -> Result<(), B::Error> {
    measure(app);
    terminal.draw(|frame| ui::render(app, theme, frame))?;
    for input in inputs {
        if matches!(input, Input::Tick) {
            // Idle: the moment to free what a reload replaced.
            app.release_retired();
            if !app.filter_pending() {
                continue;
            }
        }
        if let Input::Reloaded(result) = input {
            app.apply_reload(*result);
        } else if let Some(action) = action_for_input(app, input) {
            update(app, action);
        }
        // A long filter goes on slice by slice until done, or until a key should be read first.
        // (At least one slice per input, so that a held key cannot stall it.)
        while app.filter_pending() {
            update(app, Action::AdvanceFilter);
            if control.input_waiting() {
                break;
            }
        }
        match app.request.take() {
            Some(TerminalRequest::Suspend) => {
                control.suspend();
                terminal.clear()?;
            }
            Some(TerminalRequest::SetMouseCapture(on)) => control.set_mouse_capture(on),
            Some(TerminalRequest::Copy(text)) => control.copy(&text),
            Some(TerminalRequest::Open(url)) if !control.open(&url) => {
                update(app, Action::OpenerMissing);
            }
            Some(TerminalRequest::Open(_)) => {}
            Some(TerminalRequest::EditEvent(id)) => {
                let edited = control.edit_event(&id);
                terminal.clear()?;
                match edited {
                    Ok(result) => app.apply_reload(result),
                    Err(message) => app.edit_failed(message),
                }
            }
            None => {}
        }
        if app.quit {
            break;
        }
        measure(app);
        terminal.draw(|frame| ui::render(app, theme, frame))?;
    }
    Ok(())
}

/// Shows the loading screen until `finished` yields the loaded value, or the user quits
/// (`q`, `Esc`, `Ctrl-c`, a terminating signal), which returns `None`.
pub fn wait_for_load<B: Backend, T>(
    terminal: &mut Terminal<B>,
    inputs: &mut impl Iterator<Item = Input>,
    screen: &LoadingScreen<'_>,
    theme: &Theme,
    mut finished: impl FnMut() -> Option<T>,
) -> Result<Option<T>, B::Error> {
    let started = std::time::Instant::now();
    loop {
        if let Some(value) = finished() {
            return Ok(Some(value));
        }
        terminal.draw(|frame| ui::loading::render(screen, started.elapsed(), theme, frame))?;
        match inputs.next() {
            None | Some(Input::Terminate) => return Ok(None),
            Some(Input::Key(key)) if is_quit_while_loading(key) => return Ok(None),
            Some(_) => {}
        }
    }
}

/// Tells the app how long the detail pane's text is at its size, as drawn, so that it scrolls
/// no further than the text's end.
pub fn measure(app: &mut App) {
    let lines = ui::detail::line_count(app);
    if lines != app.detail_lines {
        update(app, Action::DetailMeasured { lines });
    }
    if let Some((lines, height)) = ui::overlay_extent(app) {
        update(app, Action::OverlayMeasured { lines, height });
    }
}

fn is_quit_while_loading(key: KeyEvent) -> bool {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    key.kind != ratatui::crossterm::event::KeyEventKind::Release
        && (matches!(key.code, KeyCode::Char('q') | KeyCode::Esc)
            || (key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL)))
}

/// A click on a related event or an excerpt in the detail pane: what it follows.
fn detail_click(app: &App, column: u16, row: u16) -> Option<Action> {
    let detail = crate::app::layout::Areas::compute(app.size).detail;
    let inside = ratatui::layout::Position::new(column, row);
    let on_timeline = matches!(app.screen, crate::app::Screen::Timeline) && app.overlay.is_none();
    if !on_timeline || !detail.contains(inside) || row <= detail.y {
        return None;
    }
    match ui::detail::target_at(app, usize::from(row - detail.y - 1))? {
        ui::detail::DetailTarget::Related(n) => Some(Action::JumpToRelated(n)),
        ui::detail::DetailTarget::Excerpt(n) => Some(Action::OpenExcerpt(n)),
    }
}

/// Turns one input into the intent it expresses in the app's current mode.
pub fn action_for_input(app: &App, input: Input) -> Option<Action> {
    match input {
        Input::Key(key) => action_for(app.key_mode(), key),
        Input::Resize(width, height) => Some(Action::Resize { width, height }),
        Input::Terminate => Some(Action::Quit),
        Input::Suspend => Some(Action::Suspend),
        Input::Tick | Input::Reloaded(_) => None,
        Input::Mouse(mouse) if app.mouse => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(
                detail_click(app, mouse.column, mouse.row).unwrap_or(Action::ClickAt {
                    column: mouse.column,
                    row: mouse.row,
                }),
            ),
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Action::WheelAt {
                column: mouse.column,
                row: mouse.row,
                down: mouse.kind == MouseEventKind::ScrollDown,
            }),
            _ => None,
        },
        Input::Mouse(_) => None,
    }
}
