//! Routine files: the RON format, loading with located errors, and plans.

pub mod draft;
mod duration;
mod error;
mod format;
mod load;
mod model;
mod plan;
mod translation;

pub use duration::{Dur, DurError, clock, human};
pub use format::{is_slug, limits, picture_names, to_ron};
#[cfg(test)]
pub(crate) use load::bundled_routine;
pub use load::{
    BUNDLED, Entry, MAX_FILE_BYTES, RoutineError, Source, bundled, bundled_in,
    check_translation_file, folder_of, id_of, library, load_file, load_file_text, locate_picture,
    merge, parse, parse_bytes, refresh, user_dir,
};
pub use model::*;
pub use plan::{MoveRef, Plan, PlanOptions, Step, StepKind};
pub use translation::{
    BUNDLED_TRANSLATIONS, Translation, bundled_translation, check_translation, parse_translation,
    translate, translation_file, translation_path,
};
