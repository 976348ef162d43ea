//! Keeping the screen awake while a routine runs: the person on the mat
//! touches nothing for minutes, and the screen must not dim and lock.
//!
//! - Linux: the XDG desktop portal's Inhibit (idle), or, where no portal
//!   answers, `org.freedesktop.ScreenSaver.Inhibit`. Both are held by the
//!   D-Bus connection: if Limber dies, the bus drops them.
//! - Windows: `SetThreadExecutionState` (display required), on the window's
//!   one async worker thread, which lives as long as the window.
//! - macOS: an IOKit power assertion (prevent idle display sleep).

use std::sync::Arc;

use super::Missing;

/// How the screen is being kept awake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// Through the XDG desktop portal.
    Portal,
    /// Through `org.freedesktop.ScreenSaver`.
    ScreenSaver,
    /// Through the operating system's power management.
    System,
}

/// The screen's keep-awake, held or not. Cloning shares it.
#[derive(Clone, Default)]
pub struct KeepAwake {
    inner: Arc<tokio::sync::Mutex<platform::Inner>>,
}

impl KeepAwake {
    /// Holds or releases the keep-awake so that it matches `wanted`.
    /// Returns how it is held now (`None`: released), or what is missing.
    pub async fn set(&self, wanted: bool) -> Result<Option<Held>, Missing> {
        let mut inner = self.inner.lock().await;
        if wanted {
            inner.hold().await.map(Some)
        } else {
            inner.release().await;
            Ok(None)
        }
    }
}

impl std::fmt::Debug for KeepAwake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeepAwake")
    }
}

#[cfg(target_os = "linux")]
mod platform {
    use std::collections::HashMap;
    use std::time::Duration;

    use zbus::zvariant::{OwnedObjectPath, Value};

    use super::{Held, Missing};

    /// Why the screen is kept awake, as the desktop may show it.
    fn reason() -> String {
        crate::tr!("notice-awake-reason")
    }
    /// The portal's flag for "idle" (the screen blanking and locking).
    const IDLE: u32 = 8;
    /// A portal that is installed but hangs must not hold the window up.
    const WAIT: Duration = Duration::from_secs(3);

    enum Handle {
        Portal(OwnedObjectPath),
        ScreenSaver(u32),
    }

    #[derive(Default)]
    pub struct Inner {
        bus: Option<zbus::Connection>,
        held: Option<Handle>,
    }

    impl Inner {
        async fn bus(&mut self) -> Result<zbus::Connection, Missing> {
            if let Some(bus) = &self.bus {
                return Ok(bus.clone());
            }
            let bus = crate::desktop::session_bus().await?;
            self.bus = Some(bus.clone());
            Ok(bus)
        }

        pub async fn hold(&mut self) -> Result<Held, Missing> {
            if let Some(h) = &self.held {
                return Ok(match h {
                    Handle::Portal(_) => Held::Portal,
                    Handle::ScreenSaver(_) => Held::ScreenSaver,
                });
            }
            let bus = self.bus().await?;
            let (handle, held) = match portal(&bus).await {
                Ok(path) => (Handle::Portal(path), Held::Portal),
                Err(portal_error) => match screensaver(&bus).await {
                    Ok(cookie) => (Handle::ScreenSaver(cookie), Held::ScreenSaver),
                    Err(e) => {
                        return Err(Missing::new(
                            crate::desktop::Service::KeepAwake,
                            crate::tr!(
                                "notice-awake-no-service",
                                portal = portal_error,
                                screensaver = e
                            ),
                        ));
                    }
                },
            };
            self.held = Some(handle);
            Ok(held)
        }

        pub async fn release(&mut self) {
            let (Some(handle), Some(bus)) = (self.held.take(), self.bus.clone()) else {
                return;
            };
            // A failure here leaves nothing to do: the bus drops the
            // inhibition with the connection in the end anyway.
            let _ = tokio::time::timeout(WAIT, async {
                match handle {
                    Handle::Portal(path) => {
                        let request = zbus::Proxy::new(
                            &bus,
                            "org.freedesktop.portal.Desktop",
                            path,
                            "org.freedesktop.portal.Request",
                        )
                        .await?;
                        request.call_method("Close", &()).await.map(|_| ())
                    }
                    Handle::ScreenSaver(cookie) => {
                        let saver = screensaver_proxy(&bus).await?;
                        saver.call_method("UnInhibit", &(cookie,)).await.map(|_| ())
                    }
                }
            })
            .await;
        }
    }

    async fn portal(bus: &zbus::Connection) -> Result<OwnedObjectPath, String> {
        let call = async {
            let portal = zbus::Proxy::new(
                bus,
                "org.freedesktop.portal.Desktop",
                "/org/freedesktop/portal/desktop",
                "org.freedesktop.portal.Inhibit",
            )
            .await?;
            let options: HashMap<&str, Value<'_>> =
                HashMap::from([("reason", Value::from(reason()))]);
            portal
                .call::<_, _, OwnedObjectPath>("Inhibit", &("", IDLE, options))
                .await
        };
        match tokio::time::timeout(WAIT, call).await {
            Ok(Ok(path)) => Ok(path),
            Ok(Err(e)) => Err(super::super::brief(&e)),
            Err(_) => Err(crate::tr!("notice-no-answer")),
        }
    }

    async fn screensaver_proxy(bus: &zbus::Connection) -> zbus::Result<zbus::Proxy<'static>> {
        zbus::Proxy::new(
            bus,
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
        )
        .await
    }

    async fn screensaver(bus: &zbus::Connection) -> Result<u32, String> {
        let call = async {
            let saver = screensaver_proxy(bus).await?;
            saver
                .call::<_, _, u32>("Inhibit", &("Limber", reason()))
                .await
        };
        match tokio::time::timeout(WAIT, call).await {
            Ok(Ok(cookie)) => Ok(cookie),
            Ok(Err(e)) => Err(super::super::brief(&e)),
            Err(_) => Err(crate::tr!("notice-no-answer")),
        }
    }
}

#[cfg(windows)]
mod platform {
    use windows_sys::Win32::System::Power::{
        ES_CONTINUOUS, ES_DISPLAY_REQUIRED, ES_SYSTEM_REQUIRED, SetThreadExecutionState,
    };

    use super::{Held, Missing};

    #[derive(Default)]
    pub struct Inner {
        held: bool,
    }

    impl Inner {
        pub async fn hold(&mut self) -> Result<Held, Missing> {
            // SAFETY: a plain Win32 call with flag arguments.
            let previous = unsafe {
                SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)
            };
            if previous == 0 {
                return Err(Missing::new(
                    crate::desktop::Service::KeepAwake,
                    crate::tr!("notice-awake-windows-refused"),
                ));
            }
            self.held = true;
            Ok(Held::System)
        }

        pub async fn release(&mut self) {
            if std::mem::take(&mut self.held) {
                // SAFETY: as above; ES_CONTINUOUS alone clears the request.
                unsafe { SetThreadExecutionState(ES_CONTINUOUS) };
            }
        }
    }
}

#[cfg(target_os = "macos")]
mod platform {
    use std::ffi::{c_char, c_void};

    use super::{Held, Missing};

    type CFStringRef = *const c_void;
    const UTF8: u32 = 0x0800_0100;
    /// kIOPMAssertionLevelOn.
    const LEVEL_ON: u32 = 255;

    #[link(name = "CoreFoundation", kind = "framework")]
    unsafe extern "C" {
        fn CFStringCreateWithCString(
            alloc: *const c_void,
            text: *const c_char,
            encoding: u32,
        ) -> CFStringRef;
        fn CFRelease(cf: *const c_void);
    }

    #[link(name = "IOKit", kind = "framework")]
    unsafe extern "C" {
        fn IOPMAssertionCreateWithName(
            kind: CFStringRef,
            level: u32,
            name: CFStringRef,
            id: *mut u32,
        ) -> i32;
        fn IOPMAssertionRelease(id: u32) -> i32;
    }

    fn cf(text: &std::ffi::CStr) -> CFStringRef {
        // SAFETY: a NUL-terminated UTF-8 string; the result is released
        // by the caller.
        unsafe { CFStringCreateWithCString(std::ptr::null(), text.as_ptr(), UTF8) }
    }

    #[derive(Default)]
    pub struct Inner {
        id: Option<u32>,
    }

    // The assertion id is a plain number owned by this process.
    unsafe impl Send for Inner {}

    impl Inner {
        pub async fn hold(&mut self) -> Result<Held, Missing> {
            if self.id.is_some() {
                return Ok(Held::System);
            }
            let kind = cf(c"PreventUserIdleDisplaySleep");
            let name = std::ffi::CString::new(crate::tr!("notice-awake-assertion"))
                .unwrap_or_else(|_| c"Limber".to_owned());
            let name = cf(&name);
            let mut id = 0u32;
            // SAFETY: valid CF strings and a pointer to a local.
            let status = unsafe { IOPMAssertionCreateWithName(kind, LEVEL_ON, name, &mut id) };
            // SAFETY: both were created above and are not used again.
            unsafe {
                CFRelease(kind);
                CFRelease(name);
            }
            if status != 0 {
                return Err(Missing::new(
                    crate::desktop::Service::KeepAwake,
                    crate::tr!("notice-awake-macos-refused", status = status),
                ));
            }
            self.id = Some(id);
            Ok(Held::System)
        }

        pub async fn release(&mut self) {
            if let Some(id) = self.id.take() {
                // SAFETY: an assertion this process created.
                unsafe { IOPMAssertionRelease(id) };
            }
        }
    }
}

#[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
mod platform {
    use super::{Held, Missing};

    #[derive(Default)]
    pub struct Inner;

    impl Inner {
        pub async fn hold(&mut self) -> Result<Held, Missing> {
            Err(Missing::new(
                crate::desktop::Service::KeepAwake,
                crate::tr!("notice-unsupported-system"),
            ))
        }

        pub async fn release(&mut self) {}
    }
}
