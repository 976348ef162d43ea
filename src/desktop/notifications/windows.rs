//! Toasts with buttons (WinRT `ToastNotifier`), for a desktop program
//! that is not packaged: its app id is named under HKCU so the toasts
//! carry "Limber" and its icon. Buttons come back through each toast's
//! `Activated` event while the service runs.
//!
//! Not run here: this compiles for Windows in CI; wine has no toasts, so
//! under wine `connect` fails and the service opens the window instead.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};

use futures_util::Stream;
use tokio::sync::mpsc::UnboundedSender;
use windows::Data::Xml::Dom::XmlDocument;
use windows::Foundation::TypedEventHandler;
use windows::UI::Notifications::{
    NotificationSetting, ToastActivatedEventArgs, ToastDismissedEventArgs, ToastNotification,
    ToastNotificationManager, ToastNotifier,
};
use windows::core::{HSTRING, IInspectable, Interface};

use super::{Event, Inbox, Notice, unavailable as missing};
use crate::desktop::{Missing, registry};

/// The app id toasts are shown under.
const APP_ID: &str = "app.limber.Limber";

pub struct Notifier {
    notifier: ToastNotifier,
    /// Toasts on screen, by the id handed out for them.
    shown: Mutex<HashMap<u32, ToastNotification>>,
    next: AtomicU32,
    sender: UnboundedSender<Event>,
    inbox: Inbox,
    /// Every toast has buttons.
    pub buttons: bool,
}

impl Notifier {
    /// Names Limber's app id and opens a notifier for it.
    pub async fn connect() -> Result<Notifier, Missing> {
        register_app_id().map_err(missing)?;
        let notifier = ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(APP_ID))
            .map_err(missing)?;
        // Turned off for Limber or for everything in Windows' settings.
        match notifier.Setting() {
            Ok(NotificationSetting::Enabled) => {}
            Ok(_) => return Err(missing(crate::tr!("notice-notifications-turned-off"))),
            Err(e) => return Err(missing(e)),
        }
        let (sender, inbox) = Inbox::new();
        Ok(Notifier {
            notifier,
            shown: Mutex::new(HashMap::new()),
            next: AtomicU32::new(1),
            sender,
            inbox,
            buttons: true,
        })
    }

    /// Shows a notice (replacing `replaces`, if given); its id.
    pub async fn show(&self, notice: &Notice, replaces: Option<u32>) -> Result<u32, Missing> {
        if let Some(old) = replaces {
            self.close(old).await;
        }
        let doc = XmlDocument::new().map_err(missing)?;
        doc.LoadXml(&HSTRING::from(super::toast_xml(notice)))
            .map_err(missing)?;
        let toast = ToastNotification::CreateToastNotification(&doc).map_err(missing)?;
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let pressed = self.sender.clone();
        toast
            .Activated(&TypedEventHandler::<ToastNotification, IInspectable>::new(
                move |_, args| {
                    let key = args
                        .as_ref()
                        .and_then(|a| a.cast::<ToastActivatedEventArgs>().ok())
                        .and_then(|a| a.Arguments().ok())
                        .map(|k| k.to_string())
                        .filter(|k| !k.is_empty())
                        .unwrap_or_else(|| "default".into());
                    let _ = pressed.send(Event::Action { id, key });
                    Ok(())
                },
            ))
            .map_err(missing)?;
        let closed = self.sender.clone();
        toast
            .Dismissed(&TypedEventHandler::<
                ToastNotification,
                ToastDismissedEventArgs,
            >::new(move |_, _| {
                let _ = closed.send(Event::Closed { id });
                Ok(())
            }))
            .map_err(missing)?;
        self.notifier.Show(&toast).map_err(missing)?;
        if let Ok(mut shown) = self.shown.lock() {
            shown.insert(id, toast);
        }
        Ok(id)
    }

    pub async fn close(&self, id: u32) {
        let toast = self.shown.lock().ok().and_then(|mut s| s.remove(&id));
        if let Some(toast) = toast {
            let _ = self.notifier.Hide(&toast);
        }
    }

    /// Whether Windows asks not to be disturbed: focus assist's quiet
    /// time, a presentation, or a full-screen program.
    pub async fn do_not_disturb(&self) -> bool {
        use windows_sys::Win32::UI::Shell::{
            QUNS_BUSY, QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME, QUNS_RUNNING_D3D_FULL_SCREEN,
            SHQueryUserNotificationState,
        };
        let mut state = 0;
        // SAFETY: one out value that lives here.
        if unsafe { SHQueryUserNotificationState(&mut state) } != 0 {
            return false;
        }
        matches!(
            state,
            QUNS_BUSY | QUNS_PRESENTATION_MODE | QUNS_QUIET_TIME | QUNS_RUNNING_D3D_FULL_SCREEN
        )
    }

    /// Buttons pressed and toasts dismissed, from now on (once).
    pub async fn events(&self) -> Result<impl Stream<Item = Event> + use<>, Missing> {
        self.inbox.events()
    }
}

/// Names the app id in the registry (HKCU), as Windows wants for toasts
/// from a program that was not installed as a package.
fn register_app_id() -> Result<(), String> {
    let key = format!("Software\\Classes\\AppUserModelId\\{APP_ID}");
    registry::set_text(&key, "DisplayName", "Limber")?;
    if let Some(icon) = icon_file() {
        registry::set_text(&key, "IconUri", &icon.display().to_string())?;
    }
    Ok(())
}

/// Takes the app id's name and icon out of the registry again.
pub fn unregister_app_id() -> Result<(), String> {
    registry::remove_key(&format!("Software\\Classes\\AppUserModelId\\{APP_ID}"))
}

/// The icon written where the toast can read it (the cache folder).
fn icon_file() -> Option<std::path::PathBuf> {
    let cache = crate::paths::Paths::from_env()?.cache;
    let path = cache.join("limber-64.png");
    if !path.exists() {
        std::fs::create_dir_all(&cache).ok()?;
        std::fs::write(&path, include_bytes!("../../../assets/icon/limber-64.png")).ok()?;
    }
    Some(path)
}
