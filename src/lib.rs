//! Limber: follow exercise routines at home.
//!
//! The core (`routine`, `session`, `cues`, `settings`, `paths`,
//! `illustrations`) knows nothing of the GUI or audio devices; `ui`,
//! `audio` and `follow` (the terminal player) sit on top of it.

pub mod audio;
pub mod chimes;
pub mod cli;
pub mod conductor;
pub mod cues;
pub mod files;
pub mod follow;
pub mod history;
pub mod illustrations;
pub mod library;
pub mod paths;
pub mod progression;
pub mod routine;
pub mod session;
pub mod settings;
pub mod speech;
pub mod state;
pub mod ui;
pub mod voice;
pub mod wording;
