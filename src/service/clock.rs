//! The service's wall clock: the real one, or one set forward or back for
//! tests (`LIMBER_FAKE_NOW=2026-12-02T18:29:58+01:00` starts it there and
//! lets it run at the real pace), so a reminder "at 18:30" can be tested
//! in seconds.

use std::time::SystemTime;

use chrono::{DateTime, Duration, Local, Timelike};

#[derive(Clone, Copy, Debug)]
pub struct Clock {
    /// Added to the real time.
    offset: Duration,
}

impl Clock {
    pub fn from_env() -> Clock {
        let offset = std::env::var("LIMBER_FAKE_NOW")
            .ok()
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map_or(Duration::zero(), |fake| {
                fake.with_timezone(&Local) - Local::now()
            });
        Clock { offset }
    }

    /// Now, to the whole second (as the ledger keeps it).
    pub fn now(&self) -> DateTime<Local> {
        let now = Local::now() + self.offset;
        now.with_nanosecond(0).unwrap_or(now)
    }

    /// The real system time at which this clock will read `t`.
    pub fn system(&self, t: DateTime<Local>) -> SystemTime {
        SystemTime::from(t - self.offset)
    }
}
