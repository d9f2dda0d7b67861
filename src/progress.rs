//! The progress bar of a long build, on stderr: files done, MB/s and the time left.
//!
//! It appears only when stderr is a terminal, and only once the build has run for a
//! moment, so a quick build prints nothing but its summary; it never writes to stdout,
//! and a pipe or a file gets nothing of it. It fits the terminal's width: what varies
//! (files, bytes, speed) comes last and is cut at the edge, so a narrow terminal gets
//! one line, never a wrapped one.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{HumanBytes, ProgressBar, ProgressDrawTarget, ProgressStyle};

use cari::index::Progress;

/// How long a build runs before the bar shows.
const SHOW_AFTER: Duration = Duration::from_millis(1500);

/// Terminals narrower than this get no bar, only the percentage and the details.
const BAR_FROM_COLUMNS: u16 = 60;

/// The line's layout for a terminal `columns` wide. `wide_msg` takes what is left and
/// is cut to fit; the parts before it are short and fixed.
fn style(columns: u16) -> ProgressStyle {
    let template = if columns >= BAR_FROM_COLUMNS {
        "{spinner} indexing [{bar:24}] {percent:>3}% ETA {eta:<4} {wide_msg}"
    } else {
        "{spinner} {percent:>3}% {wide_msg}"
    };
    ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ")
}

/// A progress bar for `index::build_with_progress`.
pub struct BuildBar {
    bar: ProgressBar,
    started: Instant,
    files_total: AtomicU64,
    files_done: AtomicU64,
    /// Whether the bar may draw at all (stderr is a terminal).
    enabled: bool,
}

impl BuildBar {
    /// A bar that draws on stderr when stderr is a terminal, and never otherwise.
    pub fn stderr() -> BuildBar {
        BuildBar::new(std::io::stderr().is_terminal())
    }

    fn new(enabled: bool) -> BuildBar {
        let (_, columns) = console::Term::stderr().size();
        BuildBar::with_width(enabled, columns)
    }

    fn with_width(enabled: bool, columns: u16) -> BuildBar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())
            .with_style(style(columns));
        BuildBar {
            bar,
            started: Instant::now(),
            files_total: AtomicU64::new(0),
            files_done: AtomicU64::new(0),
            enabled,
        }
    }

    /// Shows the bar on `target` (stderr, or a test's terminal).
    fn show(&self, target: ProgressDrawTarget) {
        self.bar.set_draw_target(target);
        self.bar.enable_steady_tick(Duration::from_millis(200));
    }

    /// What varies, most telling first: files done, bytes, speed.
    fn details(&self, done: u64) -> String {
        let total = self.files_total.load(Ordering::Relaxed);
        format!(
            "{done}/{total} files · {}/{} · {}/s",
            HumanBytes(self.bar.position()),
            HumanBytes(self.bar.length().unwrap_or(0)),
            HumanBytes(self.bar.per_sec() as u64),
        )
    }
}

impl Progress for BuildBar {
    fn start(&self, files: u64, bytes: u64) {
        self.files_total.store(files, Ordering::Relaxed);
        self.bar.set_length(bytes);
    }

    fn advance(&self, bytes: u64) {
        let done = self.files_done.fetch_add(1, Ordering::Relaxed) + 1;
        if self.enabled && self.bar.is_hidden() && self.started.elapsed() >= SHOW_AFTER {
            self.show(ProgressDrawTarget::stderr());
        }
        self.bar.inc(bytes);
        if !self.bar.is_hidden() {
            self.bar.set_message(self.details(done));
        }
    }

    fn finish(&self) {
        if !self.bar.is_hidden() {
            self.bar.set_message("all files read; committing");
        }
    }
}

impl Drop for BuildBar {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_for_a_pipe_never_draws() {
        let bar = BuildBar::new(false);
        bar.start(3, 300);
        std::thread::sleep(SHOW_AFTER);
        for _ in 0..3 {
            bar.advance(100);
        }
        assert!(bar.bar.is_hidden());
        assert_eq!(bar.bar.position(), 300);
        bar.finish();
    }

    /// The rows of a terminal `columns` wide after a long build's bar drew on it.
    fn drawn_rows(columns: u16) -> Vec<String> {
        let term = indicatif::InMemoryTerm::new(6, columns);
        let bar = BuildBar::with_width(true, columns);
        bar.start(123_456, 30_000_000_000);
        bar.show(ProgressDrawTarget::term_like(Box::new(term.clone())));
        for _ in 0..1000 {
            bar.advance(12_345_678);
        }
        bar.bar.tick();
        bar.finish();
        bar.bar.tick();
        term.contents()
            .lines()
            .filter(|row| !row.trim().is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn the_bar_is_one_row_on_a_narrow_terminal() {
        for columns in [30, 45, 60, 80, 120] {
            let rows = drawn_rows(columns);
            assert_eq!(rows.len(), 1, "{columns} columns: {rows:?}");
            assert!(rows[0].contains('%'), "{columns} columns: {rows:?}");
        }
        assert!(drawn_rows(100)[0].contains("indexing ["));
        assert!(!drawn_rows(45)[0].contains('['));
    }
}
