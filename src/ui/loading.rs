//! The loading screen for timelines that take a while: phase, a gauge, how long it has taken.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{Theme, centred};
use crate::model::Phase;
use crate::sanitize::sanitize_line;

/// What the loading screen shows besides the progress itself.
pub struct LoadingScreen<'a> {
    pub name: &'a str,
    pub progress: &'a crate::model::LoadProgress,
}

pub fn render(screen: &LoadingScreen<'_>, elapsed: Duration, theme: &Theme, frame: &mut Frame) {
    let area = centred(frame.area(), 64, 7);
    if area.width < 10 || area.height < 5 {
        return;
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(format!(" Loading {} ", sanitize_line(screen.name)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [status, gauge, hint] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(2),
    ])
    .areas(inner);
    let progress = screen.progress;
    let megabytes = progress.bytes() as f64 / 1e6;
    let phase = match progress.phase() {
        Phase::Reading => "Reading the file".to_owned(),
        Phase::Parsing => format!("Parsing {megabytes:.1} MB"),
        Phase::Checking => "Checking dates, references and quotes".to_owned(),
    };
    let text = vec![
        Line::from(phase),
        Line::from(format!("{:.1} s", elapsed.as_secs_f64())),
    ];
    frame.render_widget(Paragraph::new(text), status);
    // No phase can count its progress: show that work goes on, not a made-up share.
    let bar = working_bar(gauge.width as usize, elapsed);
    frame.render_widget(Paragraph::new(bar).style(theme.key), gauge);
    frame.render_widget(Paragraph::new("\nq quits").style(theme.dim), hint);
}

/// A short block sweeping back and forth across `width` columns.
fn working_bar(width: usize, elapsed: Duration) -> String {
    const BLOCK: usize = 8;
    let travel = width.saturating_sub(BLOCK).max(1);
    let step = (elapsed.as_millis() / 60) as usize % (2 * travel);
    let at = if step < travel { step } else { 2 * travel - step };
    format!("{}{}", " ".repeat(at), "█".repeat(BLOCK.min(width)))
}
