//! The safety notes, in one place: the window's safety page and the
//! printed sheet both show them.

use crate::tr;

/// Stop and get medical care for any of these.
pub fn red_flags() -> [String; 3] {
    [
        tr!("safety-flag-pain"),
        tr!("safety-flag-weakness"),
        tr!("safety-flag-bladder"),
    ]
}

pub fn how_to() -> [String; 3] {
    [
        tr!("safety-how-mild"),
        tr!("safety-how-slowly"),
        tr!("safety-how-skip"),
    ]
}

pub fn not_medical() -> String {
    tr!("safety-not-medical")
}

pub fn working() -> String {
    tr!("safety-working")
}
