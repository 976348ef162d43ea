//! Small drawing pieces shared by the screens.

pub mod breath;
pub mod clock;
pub mod hint;
pub mod pain;
pub mod pulse;
pub mod ring;
