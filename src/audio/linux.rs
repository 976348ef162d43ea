//! Linux only: keeping ALSA quiet and the device callback's thread ahead of
//! ordinary work, and a cheap look at whether the sound devices changed.

use std::path::{Path, PathBuf};

/// Turns off ALSA's messages on stderr for the calling thread (ALSA lets a
/// thread install its own handler; ours drops the message). The reason the
/// device could not be used still reaches the person, as a notice.
pub fn quiet_alsa_here() {
    use std::cell::Cell;
    use std::ffi::{c_char, c_int};
    thread_local!(static QUIET: Cell<bool> = const { Cell::new(false) });
    unsafe extern "C" fn drop_message(
        _file: *const c_char,
        _line: c_int,
        _function: *const c_char,
        _err: c_int,
        _fmt: *const c_char,
        _args: *mut alsa_sys::__va_list_tag,
    ) {
    }
    QUIET.with(|q| {
        if !q.get() {
            // SAFETY: installs a thread-local handler that ignores its
            // arguments; alsa-lib keeps only the function pointer.
            unsafe {
                alsa_sys::snd_lib_error_set_local(Some(drop_message));
            }
            q.set(true);
        }
    });
}

/// Asks for the calling thread (the device callback's) to get a larger
/// share of a busy machine, as sound servers do: a lower nice value where
/// allowed, else nothing. Not real-time scheduling: with ALSA's PulseAudio
/// plugin a real-time callback thread starves the plugin's own (ordinary)
/// thread and the stream fails. (CoreAudio and WASAPI threads are already
/// high priority.)
pub fn raise_priority() {
    // SAFETY: plain system calls on the calling thread with valid arguments.
    unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, tid, -11);
    }
}

/// The sound device nodes in /dev/snd and the sound-server sockets that
/// exist: while these are unchanged, a missing device is still missing.
pub fn sound_devices_seen() -> Vec<String> {
    let mut seen: Vec<String> = std::fs::read_dir("/dev/snd")
        .map(|entries| {
            let names = entries.flatten();
            names
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    seen.sort();
    if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR") {
        let dir = PathBuf::from(dir);
        for socket in ["pulse/native", "pipewire-0"] {
            if dir.join(socket).exists() {
                seen.push(socket.to_string());
            }
        }
    }
    if let Some(server) = std::env::var_os("PULSE_SERVER") {
        let server = server.to_string_lossy().into_owned();
        let socket = server.strip_prefix("unix:").unwrap_or(&server);
        let there = Path::new(socket).exists();
        seen.push(format!("{server} {there}"));
    }
    seen
}
