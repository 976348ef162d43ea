//! The bundled illustration set: ids that routine files refer to with
//! `image: "..."`, and the SVG frames behind them (embedded in the binary).
//!
//! Figures are drawn seen from their right side (the nearest, highlighted
//! limb is the person's right); the UI mirrors them for the left side. A
//! move with two frames (rest position, then the position reached on the
//! exhale) alternates them in time with its reps.

pub struct Illustration {
    pub id: &'static str,
    pub frames: &'static [Frame],
}

pub struct Frame {
    /// File name in `assets/illustrations/`.
    pub file: &'static str,
    pub svg: &'static [u8],
}

macro_rules! frame {
    ($file:expr) => {
        Frame {
            file: $file,
            svg: include_bytes!(concat!("../assets/illustrations/", $file)),
        }
    };
}

macro_rules! single {
    ($id:literal) => {
        Illustration {
            id: $id,
            frames: &[frame!(concat!($id, ".svg"))],
        }
    };
}

pub static ALL: &[Illustration] = &[
    single!("figure-4"),
    single!("childs-pose"),
    Illustration {
        id: "hip-flexion",
        frames: &[frame!("hip-flexion-down.svg"), frame!("hip-flexion-up.svg")],
    },
    Illustration {
        id: "bridge",
        frames: &[frame!("bridge-down.svg"), frame!("bridge-up.svg")],
    },
    single!("roll-glute"),
    single!("roll-it-band"),
    single!("roll-hamstring"),
    single!("seated-piriformis"),
    single!("knee-to-chest"),
    single!("ball-glute"),
    single!("ball-hamstring"),
    single!("ball-low-back"),
    single!("cold-pack"),
];

/// Shown for moves that name no illustration.
pub static GENERIC: Illustration = single!("generic");

pub fn find(id: &str) -> Option<&'static Illustration> {
    ALL.iter().find(|i| i.id == id)
}

pub fn ids() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|i| i.id)
}

/// The illustration for a move's `image`, or the generic one.
pub fn for_image(image: Option<&str>) -> &'static Illustration {
    image.and_then(find).unwrap_or(&GENERIC)
}
