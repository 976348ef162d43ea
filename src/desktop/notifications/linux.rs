//! `org.freedesktop.Notifications` over D-Bus.

use std::collections::HashMap;
use std::time::Duration;

use futures_util::{Stream, StreamExt};
use zbus::zvariant::Value;

use super::{Event, Notice};
use crate::desktop::Missing;

const WAIT: Duration = Duration::from_secs(5);

/// A connection to the desktop's notification server.
#[derive(Clone)]
pub struct Notifier {
    proxy: zbus::Proxy<'static>,
    /// The server shows buttons (most do; a few show text only).
    pub buttons: bool,
}

impl Notifier {
    /// Finds the notification server on the session bus.
    pub async fn connect(bus: &zbus::Connection) -> Result<Notifier, Missing> {
        let missing = |why: String| Missing::new(crate::desktop::Service::Notifications, why);
        let proxy = zbus::Proxy::new(
            bus,
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
        )
        .await
        .map_err(|e| missing(super::super::brief(&e)))?;
        // Asking what it can do tells whether anyone is there.
        let caps = tokio::time::timeout(
            WAIT,
            proxy.call::<_, _, Vec<String>>("GetCapabilities", &()),
        )
        .await
        .map_err(|_| missing(crate::tr!("notice-server-silent")))?
        .map_err(|e| {
            missing(crate::tr!(
                "notice-no-server",
                error = super::super::brief(&e)
            ))
        })?;
        Ok(Notifier {
            proxy,
            buttons: caps.iter().any(|c| c == "actions"),
        })
    }

    /// Shows a notice (replacing `replaces`, if given); its id.
    pub async fn show(&self, notice: &Notice, replaces: Option<u32>) -> Result<u32, Missing> {
        let actions: Vec<&str> = notice
            .actions
            .iter()
            .flat_map(|(key, label)| [key.as_str(), label.as_str()])
            .collect();
        let hints: HashMap<&str, Value<'_>> = HashMap::from([
            ("desktop-entry", Value::from("limber")),
            ("category", Value::from("x-limber.reminder")),
            // Stays until answered, where the server allows it.
            ("resident", Value::from(true)),
        ]);
        let args = (
            "Limber",
            replaces.unwrap_or(0),
            "limber",
            notice.summary.as_str(),
            notice.body.as_str(),
            actions,
            hints,
            // Never expires on its own.
            0i32,
        );
        let call = self.proxy.call::<_, _, u32>("Notify", &args);
        match tokio::time::timeout(WAIT, call).await {
            Ok(Ok(id)) => Ok(id),
            Ok(Err(e)) => Err(Missing::new(
                crate::desktop::Service::Notifications,
                super::super::brief(&e),
            )),
            Err(_) => Err(Missing::new(
                crate::desktop::Service::Notifications,
                crate::tr!("notice-server-silent"),
            )),
        }
    }

    pub async fn close(&self, id: u32) {
        let _ =
            tokio::time::timeout(WAIT, self.proxy.call_method("CloseNotification", &(id,))).await;
    }

    /// Whether the desktop is in do-not-disturb, where it says: KDE's
    /// `Inhibited` property on the server, or GNOME's "Do Not Disturb"
    /// (banners off), read through the settings portal. `false` where
    /// neither can be seen.
    pub async fn do_not_disturb(&self) -> bool {
        let kde = matches!(
            tokio::time::timeout(WAIT, self.proxy.get_property::<bool>("Inhibited")).await,
            Ok(Ok(true))
        );
        kde || gnome_banners_off(self.proxy.connection()).await
    }

    /// Buttons pressed and notices closed, from now on.
    pub async fn events(&self) -> Result<impl Stream<Item = Event> + use<>, Missing> {
        let missing = |e: zbus::Error| {
            Missing::new(
                crate::desktop::Service::Notifications,
                super::super::brief(&e),
            )
        };
        let actions = self
            .proxy
            .receive_signal("ActionInvoked")
            .await
            .map_err(missing)?
            .filter_map(|m| async move {
                let (id, key): (u32, String) = m.body().deserialize().ok()?;
                Some(Event::Action { id, key })
            });
        let closed = self
            .proxy
            .receive_signal("NotificationClosed")
            .await
            .map_err(missing)?
            .filter_map(|m| async move {
                let (id, _reason): (u32, u32) = m.body().deserialize().ok()?;
                Some(Event::Closed { id })
            });
        Ok(futures_util::stream::select(actions, closed))
    }
}

/// GNOME's do-not-disturb is `show-banners` turned off in
/// `org.gnome.desktop.notifications`; the settings portal hands it out
/// (`ReadOne`, or the older `Read`, which wraps the value once more).
async fn gnome_banners_off(bus: &zbus::Connection) -> bool {
    const KEY: (&str, &str) = ("org.gnome.desktop.notifications", "show-banners");
    for method in ["ReadOne", "Read"] {
        let call = bus.call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.portal.Settings"),
            method,
            &KEY,
        );
        let Ok(Ok(reply)) = tokio::time::timeout(WAIT, call).await else {
            continue;
        };
        let Ok(value) = reply.body().deserialize::<zbus::zvariant::OwnedValue>() else {
            continue;
        };
        if let Some(shown) = boolean(&value) {
            return !shown;
        }
    }
    false
}

/// A boolean, unwrapping variants inside variants.
fn boolean(value: &Value<'_>) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Value(inner) => boolean(inner),
        _ => None,
    }
}
