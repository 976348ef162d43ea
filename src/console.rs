//! The console (terminal window) Limber runs in, where Windows differs.
//!
//! Limber is one program for the window and for the terminal commands, so
//! on Windows it is built as a console program: a windowed one could not
//! print, nor read keys in `limber follow`. Windows gives a console program
//! a console window of its own when it is started from the Start menu, a
//! shortcut or Explorer; [`release_for_window`] closes such a console once
//! the window is about to open (it shows for a moment, then goes), and
//! leaves alone one shared with the terminal Limber was typed into.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// Before the window opens: lets go of a console that no other program
/// shares (Windows); elsewhere nothing.
pub fn release_for_window() {
    #[cfg(windows)]
    windows::release_own_console();
}

/// Sets `stop` on Ctrl-C, Ctrl-Break, or the console being closed, so that
/// `limber follow` ends as it does after SIGINT, SIGTERM or SIGHUP on Unix
/// (signal-hook sets the flag there): with its closing lines and status
/// 130, the terminal restored. In a raw terminal Ctrl-C arrives as a key
/// instead, on every system.
pub fn stop_on_console_events(stop: &Arc<AtomicBool>) {
    #[cfg(windows)]
    windows::stop_on_console_events(stop.clone());
    #[cfg(not(windows))]
    let _ = stop;
}

#[cfg(windows)]
mod windows {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, OnceLock};
    use std::time::Duration;

    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_C_EVENT, FreeConsole, GetConsoleProcessList, SetConsoleCtrlHandler,
    };
    use windows_sys::core::BOOL;

    pub fn release_own_console() {
        let mut ids = [0u32; 2];
        // SAFETY: the buffer is valid for the length given; the call only
        // writes process ids into it and returns how many share the console.
        let sharing = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
        if sharing == 1 {
            // SAFETY: detaching from the console has no preconditions;
            // stdout and stderr then write nowhere, which the window does
            // not need.
            unsafe { FreeConsole() };
        }
    }

    static STOP: OnceLock<Arc<AtomicBool>> = OnceLock::new();

    /// How long a closing console waits for `limber follow` to finish:
    /// Windows ends the process when the handler returns (and after about
    /// five seconds anyway), and follow looks at the flag four times a
    /// second.
    const GRACE: Duration = Duration::from_secs(3);

    pub fn stop_on_console_events(stop: Arc<AtomicBool>) {
        if STOP.set(stop).is_ok() {
            // SAFETY: registers a handler with the signature Windows expects;
            // it only touches the static flag.
            unsafe { SetConsoleCtrlHandler(Some(on_event), 1) };
        }
    }

    /// Runs on a thread Windows starts for the event.
    pub(super) unsafe extern "system" fn on_event(kind: u32) -> BOOL {
        let Some(stop) = STOP.get() else {
            return 0;
        };
        stop.store(true, Ordering::SeqCst);
        if kind != CTRL_C_EVENT && kind != CTRL_BREAK_EVENT {
            std::thread::sleep(GRACE);
        }
        1
    }
}

#[cfg(all(test, windows))]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;

    #[test]
    fn ctrl_c_sets_the_stop_flag_and_is_handled() {
        let stop = Arc::new(AtomicBool::new(false));
        stop_on_console_events(&stop);
        // SAFETY: calls the handler as Windows would, on this thread.
        let handled = unsafe { windows::on_event(0) };
        assert_eq!(handled, 1);
        assert!(stop.load(Ordering::SeqCst));
    }
}
