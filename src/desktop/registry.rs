//! The few registry values Limber writes on Windows (under HKCU): the Run
//! key for starting at login, and the name and icon its toasts show.

use std::os::windows::ffi::OsStrExt;

use windows_sys::Win32::Foundation::ERROR_SUCCESS;
use windows_sys::Win32::System::Registry::{
    HKEY, HKEY_CURRENT_USER, KEY_QUERY_VALUE, KEY_SET_VALUE, REG_OPTION_NON_VOLATILE, REG_SZ,
    RegCloseKey, RegCreateKeyExW, RegDeleteTreeW, RegDeleteValueW, RegOpenKeyExW, RegQueryValueExW,
    RegSetValueExW,
};

/// Text as a NUL-terminated UTF-16 string.
pub fn wide(text: &str) -> Vec<u16> {
    std::ffi::OsStr::new(text)
        .encode_wide()
        .chain(std::iter::once(0))
        .collect()
}

/// A key under HKEY_CURRENT_USER, closed when dropped.
struct Key(HKEY);

impl Drop for Key {
    fn drop(&mut self) {
        // SAFETY: the key was opened by `Key::open` and is closed once.
        unsafe { RegCloseKey(self.0) };
    }
}

impl Key {
    /// Opens `path`; with `create`, makes it (and its parents) if missing.
    fn open(path: &str, access: u32, create: bool) -> Result<Key, String> {
        let mut key: HKEY = std::ptr::null_mut();
        let path = wide(path);
        // SAFETY: a NUL-terminated path and out pointers that live here.
        let status = unsafe {
            if create {
                RegCreateKeyExW(
                    HKEY_CURRENT_USER,
                    path.as_ptr(),
                    0,
                    std::ptr::null(),
                    REG_OPTION_NON_VOLATILE,
                    access,
                    std::ptr::null(),
                    &mut key,
                    std::ptr::null_mut(),
                )
            } else {
                RegOpenKeyExW(HKEY_CURRENT_USER, path.as_ptr(), 0, access, &mut key)
            }
        };
        if status != ERROR_SUCCESS {
            return Err(format!("registry error {status}"));
        }
        Ok(Key(key))
    }
}

/// Sets a text value, making the key if needed.
pub fn set_text(path: &str, name: &str, value: &str) -> Result<(), String> {
    let key = Key::open(path, KEY_SET_VALUE, true)?;
    let name = wide(name);
    let value = wide(value);
    // SAFETY: the value is a NUL-terminated UTF-16 buffer of the given
    // byte length; the key is open.
    let status = unsafe {
        RegSetValueExW(
            key.0,
            name.as_ptr(),
            0,
            REG_SZ,
            value.as_ptr().cast(),
            (value.len() * 2) as u32,
        )
    };
    if status != ERROR_SUCCESS {
        return Err(format!("registry error {status}"));
    }
    Ok(())
}

/// Removes a value; a value already gone is fine.
pub fn remove(path: &str, name: &str) -> Result<(), String> {
    let key = match Key::open(path, KEY_SET_VALUE, false) {
        Ok(k) => k,
        Err(_) => return Ok(()),
    };
    let name = wide(name);
    // SAFETY: an open key and a NUL-terminated name.
    match unsafe { RegDeleteValueW(key.0, name.as_ptr()) } {
        // ERROR_FILE_NOT_FOUND: already gone.
        ERROR_SUCCESS | 2 => Ok(()),
        status => Err(format!("registry error {status}")),
    }
}

/// Removes a key with everything in it; a key already gone is fine.
pub fn remove_key(path: &str) -> Result<(), String> {
    let path = wide(path);
    // SAFETY: a NUL-terminated path under HKCU (always open).
    match unsafe { RegDeleteTreeW(HKEY_CURRENT_USER, path.as_ptr()) } {
        ERROR_SUCCESS | 2 => Ok(()),
        status => Err(format!("registry error {status}")),
    }
}

/// Whether a value exists.
pub fn has(path: &str, name: &str) -> bool {
    let Ok(key) = Key::open(path, KEY_QUERY_VALUE, false) else {
        return false;
    };
    let name = wide(name);
    // SAFETY: asks only whether the value exists (no buffer).
    let status = unsafe {
        RegQueryValueExW(
            key.0,
            name.as_ptr(),
            std::ptr::null(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        )
    };
    status == ERROR_SUCCESS
}
