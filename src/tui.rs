//! The one owner of the real terminal: set-up, restore on every exit path, signals, suspend.

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};

use std::sync::mpsc::{Receiver, TryRecvError};

use ratatui::DefaultTerminal;

use crate::app::App;
use crate::app::reload::ReloadResult;
use crate::event_loop::{Input, TerminalControl, run, wait_for_load};
use crate::model::LoadOptions;
use crate::model::LoadProgress;
use crate::ui::Theme;
use crate::ui::loading::LoadingScreen;

/// How often the loop wakes to look at signal flags when no input arrives.
const SIGNAL_POLL: Duration = Duration::from_millis(50);

/// How the viewer starts: with the app ready, or while a timeline is still loading.
pub(crate) enum Start<E> {
    Ready(Box<App>),
    Loading {
        /// The file name shown on the loading screen.
        name: String,
        progress: Arc<LoadProgress>,
        /// Delivers the app, or why it could not be made, when loading ends.
        result: Receiver<Result<App, E>>,
    },
}

/// Runs the viewer on the real terminal until the user quits. The terminal is restored on
/// return, on panic (ratatui's hook, plus mouse capture), and on SIGTERM/SIGHUP/SIGINT.
/// A load that fails hands its error back once the terminal is restored. The viewer ends with
/// `Ok(None)` when the user quits, and `Ok(Some(signal))` when a terminating signal stopped it.
/// The timeline's files, how to load them, and whether to watch them for changes.
pub(crate) struct Files {
    pub paths: Vec<PathBuf>,
    pub options: LoadOptions,
    pub watch: bool,
}

pub(crate) fn run_in_terminal<E>(
    start: Start<E>,
    files: Files,
    theme: Theme,
) -> io::Result<Result<Option<i32>, E>> {
    let signals = Signals::register()?;
    let mut terminal = ratatui::try_init()?;
    install_mouse_release_on_panic();
    let mut inputs = TerminalInputs {
        signals: &signals,
        terminating: false,
        reloads: None,
    };
    let result = match start {
        Start::Ready(app) => show(&mut terminal, *app, &files, &mut inputs, &theme).map(Ok),
        Start::Loading {
            name,
            progress,
            result,
        } => {
            let screen = LoadingScreen {
                name: &name,
                progress: &progress,
            };
            // A loading thread that stops without a result ends the wait as an error.
            let finished = || match result.try_recv() {
                Ok(made) => Some(Some(made)),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => Some(None),
            };
            match wait_for_load(&mut terminal, &mut inputs, &screen, &theme, finished) {
                Ok(Some(Some(Ok(app)))) => show(&mut terminal, app, &files, &mut inputs, &theme).map(Ok),
                Ok(Some(Some(Err(failure)))) => Ok(Err(failure)),
                Ok(Some(None)) => Err(io::Error::other("loading stopped without a result")),
                Ok(None) => Ok(Ok(())),
                Err(e) => Err(e),
            }
        }
    };
    ratatui::try_restore()?;
    Ok(result?.map(|()| signals.received()))
}

/// The viewer proper, with mouse capture as the app asks and released afterwards.
fn show(
    terminal: &mut DefaultTerminal,
    mut app: App,
    files: &Files,
    inputs: &mut TerminalInputs<'_>,
    theme: &Theme,
) -> io::Result<()> {
    // Once more on this thread: only the main thread's collection also takes back the pages the
    // finished loading thread left behind.
    crate::memory::load_done();
    let mut control = RealTerminal {
        mouse: false,
        files: files.paths.clone(),
        options: files.options,
    };
    // Watching lasts as long as this guard.
    let _watching = if files.watch && !files.paths.is_empty() {
        match crate::watch::watch(&files.paths, &app.timeline, files.options) {
            Ok((guard, reloads)) => {
                inputs.reloads = Some(reloads);
                Some(guard)
            }
            Err(e) => {
                app.status = Some(format!("Not watching the files for changes: {e}"));
                None
            }
        }
    } else {
        None
    };
    control.set_mouse_capture(app.mouse);
    let size = terminal.size()?;
    crate::app::update(
        &mut app,
        crate::app::Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    let result = run(terminal, &mut app, inputs, &mut control, theme);
    control.set_mouse_capture(false);
    // The process ends once the terminal is restored: freeing a million events one by one
    // first (a quarter of a second) would only keep the user waiting, so the system takes the
    // memory back instead. The app holds nothing else to release.
    std::mem::forget(app);
    result
}

/// How long the loop has to notice a terminating signal before the process exits regardless.
/// (A terminal that has gone away can leave the input reader spinning without returning.)
const TERMINATE_GRACE: Duration = Duration::from_secs(1);

/// Flags set when signals arrive, read by the loop; a watcher thread makes sure that a
/// terminating signal ends the process even when the loop is stuck.
struct Signals {
    /// The terminating signal received, or 0.
    terminate: Arc<AtomicI32>,
    suspend: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> io::Result<Self> {
        let terminate = Arc::new(AtomicI32::new(0));
        let suspend = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGTSTP, Arc::clone(&suspend))?;
        let mut incoming = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
        let flag = Arc::clone(&terminate);
        std::thread::spawn(move || {
            if let Some(signal) = incoming.forever().next() {
                flag.store(signal, Ordering::Relaxed);
                std::thread::sleep(TERMINATE_GRACE);
                let _ = execute!(io::stdout(), DisableMouseCapture);
                let _ = ratatui::try_restore();
                std::process::exit(128 + signal);
            }
        });
        Ok(Signals { terminate, suspend })
    }

    /// The terminating signal received, if any.
    fn received(&self) -> Option<i32> {
        Some(self.terminate.load(Ordering::Relaxed)).filter(|&signal| signal != 0)
    }
}

/// Terminal events and signals, as the loop's inputs. Ends when reading fails.
struct TerminalInputs<'a> {
    signals: &'a Signals,
    /// Whether the loop has been told to stop for a signal.
    terminating: bool,
    /// The timeline loaded again after its files changed, while they are watched.
    reloads: Option<Receiver<ReloadResult>>,
}

impl Iterator for TerminalInputs<'_> {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if self.signals.received().is_some() && !self.terminating {
                self.terminating = true;
                return Some(Input::Terminate);
            }
            if self.signals.suspend.swap(false, Ordering::Relaxed) {
                return Some(Input::Suspend);
            }
            if let Some(result) = self.reloads.as_ref().and_then(|r| r.try_recv().ok()) {
                return Some(Input::Reloaded(Box::new(result)));
            }
            match event::poll(SIGNAL_POLL) {
                Ok(false) => return Some(Input::Tick),
                Ok(true) => {}
                Err(_) => return None,
            }
            match event::read() {
                Ok(Event::Key(key)) => return Some(Input::Key(key)),
                Ok(Event::Mouse(mouse)) => return Some(Input::Mouse(mouse)),
                Ok(Event::Resize(width, height)) => return Some(Input::Resize(width, height)),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
    }
}

struct RealTerminal {
    mouse: bool,
    /// The timeline's files (none for the bundled timeline), for the editor and reloading.
    files: Vec<PathBuf>,
    options: LoadOptions,
}

impl TerminalControl for RealTerminal {
    fn input_waiting(&mut self) -> bool {
        event::poll(Duration::ZERO).unwrap_or(false)
    }

    fn suspend(&mut self) {
        let mouse = self.mouse;
        self.set_mouse_capture(false);
        let _ = ratatui::try_restore();
        // Stops the process here; it continues from this line on `fg`.
        let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
        let _ = enable_raw_mode();
        let _ = execute!(io::stdout(), EnterAlternateScreen);
        self.set_mouse_capture(mouse);
    }

    fn set_mouse_capture(&mut self, on: bool) {
        if on == self.mouse {
            return;
        }
        let done = if on {
            execute!(io::stdout(), EnableMouseCapture)
        } else {
            execute!(io::stdout(), DisableMouseCapture)
        };
        if done.is_ok() {
            self.mouse = on;
        }
    }

    fn edit_event(&mut self, id: &str) -> Result<ReloadResult, String> {
        let (file, line) = crate::editor::event_line(&self.files, id)
            .ok_or_else(|| format!("`{id}` was not found in the timeline's files"))?;
        let mut command = crate::editor::editor_command();
        let program = command.remove(0);
        let mouse = self.mouse;
        self.set_mouse_capture(false);
        let _ = ratatui::try_restore();
        let ran = std::process::Command::new(&program)
            .args(command)
            .args(crate::editor::open_at(&file, line))
            .status();
        let _ = enable_raw_mode();
        let _ = execute!(io::stdout(), EnterAlternateScreen);
        self.set_mouse_capture(mouse);
        match ran {
            Ok(_) => Ok(crate::model::load_paths(&self.files, self.options)),
            Err(e) => Err(format!(
                "Could not run the editor `{}`: {e}; set $VISUAL or $EDITOR",
                crate::sanitize::sanitize_line(&program)
            )),
        }
    }

    fn copy(&mut self, text: &str) {
        let mut out = io::stdout();
        let _ = out.write_all(crate::osc52::copy_sequence(text).as_bytes());
        let _ = out.flush();
    }

    fn open(&mut self, url: &str) -> bool {
        // Detached: no terminal input or output, not waited for beyond starting.
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        let started = std::process::Command::new(opener)
            .arg(url)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        match started {
            Ok(mut child) => {
                // Reaped in the background, so that it leaves no zombie behind.
                std::thread::spawn(move || child.wait());
                true
            }
            Err(_) => false,
        }
    }
}

/// ratatui's panic hook leaves raw mode and the alternate screen; mouse capture is ours to undo.
fn install_mouse_release_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        let _ = io::stdout().flush();
        previous(info);
    }));
}
