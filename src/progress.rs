//! The progress bar of a long build, on stderr: files done, MB/s and the time left.
//!
//! It appears only when stderr is a terminal, and only once the build has run for a
//! moment, so a quick build prints nothing but its summary; it never writes to stdout,
//! and a pipe or a file gets nothing of it.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use cari::index::Progress;

/// How long a build runs before the bar shows.
const SHOW_AFTER: Duration = Duration::from_millis(1500);

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
        let style = ProgressStyle::with_template(
            "{spinner} indexing [{wide_bar}] {msg} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        let bar =
            ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(style);
        BuildBar {
            bar,
            started: Instant::now(),
            files_total: AtomicU64::new(0),
            files_done: AtomicU64::new(0),
            enabled,
        }
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
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
        }
        if !self.bar.is_hidden() {
            let total = self.files_total.load(Ordering::Relaxed);
            self.bar.set_message(format!("{done}/{total} files"));
        }
        self.bar.inc(bytes);
    }

    fn finish(&self) {
        if !self.bar.is_hidden() {
            self.bar
                .set_message("all files read; committing and merging");
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
}
