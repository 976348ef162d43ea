//! The safety notes, in one place: the window's safety page and the
//! printed sheet both show them.

/// Stop and get medical care for any of these.
pub const RED_FLAGS: [&str; 3] = [
    "Severe pain, or pain that keeps getting worse",
    "Real weakness in a leg, such as a foot that drags or gives way",
    "Any change in bladder or bowel control",
];

pub const HOW_TO: [&str; 3] = [
    "Stretch to a mild stretch, never into pain.",
    "Move slowly and hold still: no bouncing, no forcing.",
    "If stretching leaves you in pain, skip strengthening that day. Limber asks before it starts.",
];

pub const NOT_MEDICAL: &str = "Limber guides exercise. It does not diagnose or treat any condition and does not replace a doctor or physiotherapist.";

pub const WORKING: &str = "Signs it is helping: less pain, longer gaps between flare-ups, better sleep, and sitting, standing and walking more comfortably. Expect changes over 3 to 5 sessions spread across several weeks.";
