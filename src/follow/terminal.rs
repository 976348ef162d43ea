//! The terminal side of `limber follow`: keys or lines in, a status line
//! redrawn in place (or plain lines) out.

use std::collections::VecDeque;
use std::io::{BufRead, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crossterm::event::{Event as TermEvent, KeyEvent};

/// Keys from a terminal, or lines from a pipe.
pub(super) struct Input {
    rx: Receiver<Incoming>,
    /// Lines not used yet (typed ahead of a question).
    pub(super) queue: VecDeque<String>,
    /// The input ended (end of file, or the terminal went away).
    pub(super) ended: bool,
}

enum Incoming {
    Key(KeyEvent),
    Line(String),
    End,
}

impl Input {
    pub(super) fn keys() -> Input {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            loop {
                match crossterm::event::read() {
                    Ok(TermEvent::Key(key)) => {
                        if tx.send(Incoming::Key(key)).is_err() {
                            break;
                        }
                    }
                    Ok(_) => {}
                    Err(_) => {
                        let _ = tx.send(Incoming::End);
                        break;
                    }
                }
            }
        });
        Input::over(rx)
    }

    pub(super) fn lines() -> Input {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                if tx.send(Incoming::Line(line)).is_err() {
                    return;
                }
            }
            let _ = tx.send(Incoming::End);
        });
        Input::over(rx)
    }

    fn over(rx: Receiver<Incoming>) -> Input {
        Input {
            rx,
            queue: VecDeque::new(),
            ended: false,
        }
    }

    /// Waits up to `wait` for a key; lines are queued.
    pub(super) fn next_key(&mut self, wait: Duration) -> Option<KeyEvent> {
        if self.ended {
            std::thread::sleep(wait);
            return None;
        }
        match self.rx.recv_timeout(wait) {
            Ok(Incoming::Key(key)) => Some(key),
            Ok(Incoming::Line(line)) => {
                self.queue.push_back(line);
                None
            }
            Ok(Incoming::End) | Err(RecvTimeoutError::Disconnected) => {
                self.ended = true;
                None
            }
            Err(RecvTimeoutError::Timeout) => None,
        }
    }
}

/// A terminal in raw mode with a status line redrawn in place, or plain
/// lines (when output or input is not a terminal).
pub(super) struct Screen {
    raw: bool,
    /// The status line as last drawn (raw mode only).
    status: String,
}

impl Screen {
    pub(super) fn lines() -> Screen {
        Screen {
            raw: false,
            status: String::new(),
        }
    }

    pub(super) fn raw() -> std::io::Result<Screen> {
        crossterm::terminal::enable_raw_mode()?;
        // A panic must not leave the terminal raw.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = crossterm::terminal::disable_raw_mode();
            previous(info);
        }));
        Ok(Screen {
            raw: true,
            status: String::new(),
        })
    }

    pub(super) fn is_raw(&self) -> bool {
        self.raw
    }

    /// A line of its own (above the status line).
    pub(super) fn say(&mut self, text: &str) {
        if !self.raw {
            let _ = writeln!(std::io::stdout().lock(), "{text}");
            return;
        }
        let mut out = std::io::stdout().lock();
        let _ = crossterm::queue!(
            out,
            crossterm::cursor::MoveToColumn(0),
            crossterm::terminal::Clear(crossterm::terminal::ClearType::CurrentLine),
            crossterm::style::Print(text),
            crossterm::style::Print("\r\n"),
        );
        let _ = out.flush();
        drop(out);
        let status = std::mem::take(&mut self.status);
        self.status(&status);
    }

    /// Redraws the status line (only on a terminal).
    pub(super) fn status(&mut self, text: &str) {
        if !self.raw {
            return;
        }
        let width = crossterm::terminal::size().map_or(80, |(w, _)| w as usize);
        let shown: String = text.chars().take(width.saturating_sub(1)).collect();
        let mut out = std::io::stdout().lock();
        let _ = crossterm::queue!(
            out,
            crossterm::cursor::MoveToColumn(0),
            crossterm::terminal::Clear(crossterm::terminal::ClearType::CurrentLine),
            crossterm::style::Print(&shown),
        );
        let _ = out.flush();
        self.status = text.to_string();
    }

    /// Leaves the terminal as it was found.
    pub(super) fn restore(&mut self) {
        if self.raw {
            self.status("");
            let _ = crossterm::terminal::disable_raw_mode();
            self.raw = false;
        }
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        self.restore();
    }
}
