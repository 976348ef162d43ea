//! One module per screen, each with its own `Message`.

pub mod between;
pub mod editor;
pub mod finish;
pub mod history;
pub mod import;
pub mod library;
pub mod player;
pub mod reminders;
pub mod safety;
pub mod settings;
