//! Sleeping until a moment on the wall clock, for a service that must wake
//! at 18:30 even after the laptop slept through it, and look again when the
//! clock is set.
//!
//! Timers on the monotonic clock stop while the machine sleeps, so a sleep
//! until 18:30 would end late after a suspend. On Linux a `timerfd` on
//! `CLOCK_REALTIME` fires on resume if its moment has passed, and is
//! cancelled when the clock is set (`TFD_TIMER_CANCEL_ON_SET`): no periodic
//! wake-ups at all. Elsewhere the wall clock is looked at again at least
//! every [`RECHECK`] while a moment is awaited.

use std::time::{Duration, SystemTime};

/// How often the wall clock is checked where the system gives no
/// wall-clock timer (not Linux).
pub const RECHECK: Duration = Duration::from_secs(60);

/// Why a sleep ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Woke {
    /// The moment came (or had passed, e.g. while asleep).
    Due,
    /// The clock was set, or it is time to look at it again: decide anew.
    Recheck,
}

/// Sleeps until the wall clock reads `deadline`.
pub async fn sleep_until(deadline: SystemTime) -> Woke {
    if SystemTime::now() >= deadline {
        return Woke::Due;
    }
    platform::sleep_until(deadline).await
}

#[cfg(target_os = "linux")]
mod platform {
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::time::{SystemTime, UNIX_EPOCH};

    use tokio::io::unix::AsyncFd;

    use super::Woke;

    pub async fn sleep_until(deadline: SystemTime) -> Woke {
        match timer(deadline) {
            Ok(fd) => wait(fd).await,
            // Cannot make the timer: fall back to the monotonic clock, in
            // steps, so that a suspend delays the wake-up by one step at
            // most.
            Err(_) => {
                let left = deadline
                    .duration_since(SystemTime::now())
                    .unwrap_or_default();
                tokio::time::sleep(left.min(super::RECHECK)).await;
                if SystemTime::now() >= deadline {
                    Woke::Due
                } else {
                    Woke::Recheck
                }
            }
        }
    }

    fn timer(deadline: SystemTime) -> std::io::Result<OwnedFd> {
        let at = deadline.duration_since(UNIX_EPOCH).unwrap_or_default();
        // SAFETY: plain syscalls; the fd is owned right after creation.
        unsafe {
            let fd =
                libc::timerfd_create(libc::CLOCK_REALTIME, libc::TFD_NONBLOCK | libc::TFD_CLOEXEC);
            if fd < 0 {
                return Err(std::io::Error::last_os_error());
            }
            let fd = OwnedFd::from_raw_fd(fd);
            let spec = libc::itimerspec {
                it_interval: libc::timespec {
                    tv_sec: 0,
                    tv_nsec: 0,
                },
                it_value: libc::timespec {
                    tv_sec: at.as_secs() as libc::time_t,
                    tv_nsec: at.subsec_nanos() as libc::c_long,
                },
            };
            let flags = libc::TFD_TIMER_ABSTIME | libc::TFD_TIMER_CANCEL_ON_SET;
            if libc::timerfd_settime(fd.as_raw_fd(), flags, &spec, std::ptr::null_mut()) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(fd)
        }
    }

    async fn wait(fd: OwnedFd) -> Woke {
        // SAFETY: an OwnedFd keeps its descriptor open, and the same one,
        // for as long as the AsyncFd owns it.
        let Ok(fd) = (unsafe { AsyncFd::register(fd) }) else {
            return Woke::Recheck;
        };
        loop {
            let Ok(mut ready) = fd.readable().await else {
                return Woke::Recheck;
            };
            let mut expirations = [0u8; 8];
            // SAFETY: reads 8 bytes into a local buffer.
            let n = unsafe {
                libc::read(
                    fd.get_ref().as_raw_fd(),
                    expirations.as_mut_ptr().cast(),
                    expirations.len(),
                )
            };
            if n == 8 {
                return Woke::Due;
            }
            let error = std::io::Error::last_os_error();
            match error.raw_os_error() {
                // The clock was set: look again.
                Some(libc::ECANCELED) => return Woke::Recheck,
                Some(libc::EAGAIN) => ready.clear_ready(),
                _ => return Woke::Recheck,
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod platform {
    use std::time::SystemTime;

    use super::Woke;

    pub async fn sleep_until(deadline: SystemTime) -> Woke {
        let left = deadline
            .duration_since(SystemTime::now())
            .unwrap_or_default();
        tokio::time::sleep(left.min(super::RECHECK)).await;
        if SystemTime::now() >= deadline {
            Woke::Due
        } else {
            Woke::Recheck
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn wakes_at_the_moment_and_at_once_for_a_past_one() {
        let start = std::time::Instant::now();
        let woke = sleep_until(SystemTime::now() + Duration::from_millis(150)).await;
        assert_eq!(woke, Woke::Due);
        let took = start.elapsed();
        assert!(took >= Duration::from_millis(140), "{took:?}");
        assert!(took < Duration::from_secs(5), "{took:?}");
        let past = SystemTime::now() - Duration::from_secs(10);
        assert_eq!(sleep_until(past).await, Woke::Due);
    }
}
