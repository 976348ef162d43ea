//! Limber: follow exercise routines at home.
//!
//! The core (`routine`, `session`, `cues`, `settings`, `paths`,
//! `illustrations`) knows nothing of the GUI or audio devices; `ui`,
//! `audio` and `follow` (the terminal player) sit on top of it.

pub mod audio;
pub mod breaks;
pub mod chimes;
pub mod cli;
pub mod conductor;
pub mod console;
pub mod cues;
pub mod desktop;
pub mod files;
pub mod follow;
pub mod fonts;
pub mod history;
pub mod i18n;
pub mod illustrations;
pub mod instance;
pub mod jsonl;
pub mod library;
pub mod pack;
pub mod paths;
pub mod pictures;
pub mod print;
pub mod progression;
pub mod reminders;
pub mod routine;
pub mod safety;
pub mod selfcare;
pub mod service;
pub mod session;
pub mod settings;
pub mod speech;
pub mod state;
pub mod timefmt;
pub mod ui;
pub mod voice;
pub mod watch;
pub mod wording;
pub mod xml;
