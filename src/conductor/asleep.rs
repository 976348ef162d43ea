//! Noticing that the computer slept while a routine ran.
//!
//! A running routine is looked at about once a second (the wake-up rule).
//! If, between two looks, either clock moved on by far more than that, the
//! machine was asleep (or frozen): the monotonic clock stops during a
//! suspend on Linux and macOS, the wall clock does not; on Windows the
//! monotonic clock may run on. Either way the person has walked away, so
//! the routine is paused where it was, instead of jumping ahead with a
//! burst of cues.

use std::time::{Duration, Instant, SystemTime};

/// Longer than any wait between looks while a routine runs.
pub const GAP: Duration = Duration::from_secs(10);

#[derive(Clone, Copy, Debug, Default)]
pub struct SleepWatch {
    last: Option<(Instant, SystemTime)>,
}

impl SleepWatch {
    /// Takes a look at both clocks while the routine runs. `Some(when)`
    /// if the machine slept since the last look: `when` is that last
    /// look, the moment to pause the routine at.
    pub fn look(&mut self, now: Instant, wall: SystemTime) -> Option<Instant> {
        let previous = self.last.replace((now, wall));
        let (then, then_wall) = previous?;
        let mono = now.saturating_duration_since(then);
        let walled = wall.duration_since(then_wall).unwrap_or_default();
        (mono > GAP || walled > GAP).then_some(then)
    }

    /// Not watching (paused, at a question, not running): the next look
    /// starts afresh.
    pub fn forget(&mut self) {
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_on_either_clock_is_a_sleep() {
        let t = Instant::now();
        let w = SystemTime::now();
        let s = Duration::from_secs;
        let mut watch = SleepWatch::default();
        assert_eq!(watch.look(t, w), None, "the first look");
        assert_eq!(watch.look(t + s(1), w + s(1)), None, "a second later");
        // Linux and macOS: the monotonic clock stood still for 20 minutes.
        assert_eq!(watch.look(t + s(2), w + s(1202)), Some(t + s(1)));
        // Windows: both ran on.
        assert_eq!(watch.look(t + s(1202), w + s(2402)), Some(t + s(2)));
        // A clock set back is not a sleep.
        assert_eq!(watch.look(t + s(1203), w), None);
        watch.forget();
        assert_eq!(watch.look(t + s(5000), w + s(5000)), None, "forgotten");
    }
}
