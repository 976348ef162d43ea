//! Desktop notifications with buttons ("Start", "In 10 minutes", "Skip
//! today") and what the person pressed.
//!
//! Linux: `org.freedesktop.Notifications` over D-Bus (`Notify`, then the
//! `ActionInvoked` and `NotificationClosed` signals). Windows: toasts with
//! buttons (WinRT `ToastNotifier`). macOS: `UNUserNotificationCenter`, which
//! only serves Limber.app (a bare binary has no bundle to notify as). Where
//! none can be shown, the reminder service opens Limber's window at the
//! time instead.

/// A notification to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub summary: String,
    pub body: String,
    /// (key, label) of each button, in order.
    pub actions: Vec<(String, String)>,
}

/// What became of a notification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A button was pressed (its key), or the notice itself was clicked
    /// (`"default"`).
    Action { id: u32, key: String },
    /// Closed without a button (dismissed, expired).
    Closed { id: u32 },
}

#[cfg(target_os = "linux")]
pub use linux::Notifier;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
pub use macos::Notifier;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(windows)]
pub use windows::{Notifier, unregister_app_id};
#[cfg(windows)]
mod windows;

/// Events handed over by system callbacks (Windows' toast events, the
/// macOS delegate), kept until the service asks for them once.
#[cfg(any(windows, target_os = "macos"))]
struct Inbox(std::sync::Mutex<Option<tokio::sync::mpsc::UnboundedReceiver<Event>>>);

#[cfg(any(windows, target_os = "macos"))]
impl Inbox {
    /// The sender the callbacks use, and the inbox.
    fn new() -> (tokio::sync::mpsc::UnboundedSender<Event>, Inbox) {
        let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
        (sender, Inbox(std::sync::Mutex::new(Some(receiver))))
    }

    /// The events from now on, as a stream (once).
    fn events(
        &self,
    ) -> Result<impl futures_util::Stream<Item = Event> + use<>, crate::desktop::Missing> {
        let receiver = self
            .0
            .lock()
            .ok()
            .and_then(|mut r| r.take())
            .ok_or_else(|| unavailable("events were already taken"))?;
        Ok(crate::desktop::channel_stream(receiver))
    }
}

/// Notifications cannot be used, and why.
#[cfg(any(windows, target_os = "macos"))]
fn unavailable(why: impl std::fmt::Display) -> crate::desktop::Missing {
    crate::desktop::Missing::new(crate::desktop::Service::Notifications, why)
}

/// A toast's markup: title, body and one button per action, each
/// handing its key back when pressed.
#[cfg_attr(not(windows), allow(dead_code))]
fn toast_xml(notice: &Notice) -> String {
    let mut xml = String::from(
        "<toast scenario=\"reminder\" activationType=\"foreground\" launch=\"default\">\
         <visual><binding template=\"ToastGeneric\">",
    );
    for text in [&notice.summary, &notice.body] {
        xml.push_str(&format!("<text>{}</text>", crate::xml::escape(text)));
    }
    xml.push_str("</binding></visual><actions>");
    for (key, label) in &notice.actions {
        xml.push_str(&format!(
            "<action content=\"{}\" arguments=\"{}\" activationType=\"foreground\"/>",
            crate::xml::escape(label),
            crate::xml::escape(key)
        ));
    }
    xml.push_str("</actions></toast>");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toast_markup_escapes_text_and_hands_back_each_key() {
        let notice = Notice {
            summary: "Time for <Hips & \"Back\">".into(),
            body: "Drink water\u{0}".into(),
            actions: vec![
                ("start".into(), "Start".into()),
                ("snooze".into(), "In 10 minutes".into()),
            ],
        };
        let xml = toast_xml(&notice);
        assert!(
            xml.contains("<text>Time for &lt;Hips &amp; &quot;Back&quot;&gt;</text>"),
            "{xml}"
        );
        assert!(xml.contains("<text>Drink water </text>"), "{xml}");
        assert!(
            xml.contains("content=\"Start\" arguments=\"start\""),
            "{xml}"
        );
        assert!(
            xml.contains("content=\"In 10 minutes\" arguments=\"snooze\""),
            "{xml}"
        );
        // Well formed: every element opened is closed.
        for tag in ["toast", "visual", "binding", "actions"] {
            assert_eq!(
                xml.matches(&format!("<{tag}")).count(),
                xml.matches(&format!("</{tag}>")).count(),
                "{tag} in {xml}"
            );
        }
    }
}
