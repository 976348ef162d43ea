//! The service's side of the desktop: notifications, the tray icon and
//! logind's word that the machine woke up, as one stream of inputs. Each
//! part is optional; what is missing is said once and the rest works.

use futures_util::Stream;
use futures_util::stream::BoxStream;

/// What the tray menu shows.
#[cfg(target_os = "linux")]
pub use crate::desktop::tray::Menu;

#[cfg(not(target_os = "linux"))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Menu {
    pub next: String,
    pub routines: Vec<(String, String)>,
    pub paused: Option<String>,
    pub breaks: Option<Option<String>>,
}

/// Pausing reminders from the tray.
// Windows and macOS have no tray or notice buttons here yet: only Linux
// builds these inputs.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pause {
    Hour,
    Tomorrow,
    Resume,
}

/// Something that wakes the service besides its timer.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A button of notice `id` was pressed.
    Action {
        id: u32,
        key: String,
    },
    /// Notice `id` went away unanswered.
    Closed {
        id: u32,
    },
    /// Start this routine (from the tray).
    Start(String),
    Pause(Pause),
    /// Pausing movement breaks (from the tray).
    PauseBreaks(Pause),
    OpenLimber,
    /// The settings file changed.
    Settings,
    /// The machine woke from sleep.
    Resumed,
    Stop,
}

pub struct Desk {
    #[cfg(target_os = "linux")]
    linux: linux::Parts,
    streams: Vec<BoxStream<'static, Input>>,
    missing: Vec<String>,
}

impl Desk {
    /// Reaches what the desktop has.
    pub async fn connect() -> Desk {
        #[cfg(target_os = "linux")]
        {
            let (linux, streams, missing) = linux::Parts::connect().await;
            Desk {
                linux,
                streams,
                missing,
            }
        }
        #[cfg(not(target_os = "linux"))]
        Desk {
            streams: Vec::new(),
            missing: vec![crate::tr!("notice-desk-unsupported")],
        }
    }

    /// What is missing, in words.
    pub fn missing(&self) -> Vec<String> {
        self.missing.clone()
    }

    /// The desktop's inputs (once: they are handed over).
    pub fn inputs(&mut self) -> impl Stream<Item = Input> + use<> {
        futures_util::stream::select_all(std::mem::take(&mut self.streams))
    }

    /// Shows a reminder notice; its id, or `None` without notifications.
    pub async fn notify(&self, title: &str, body: &str) -> Option<u32> {
        #[cfg(target_os = "linux")]
        return self.linux.notify(title, body).await;
        #[cfg(not(target_os = "linux"))]
        {
            let _ = (title, body);
            None
        }
    }

    /// Shows a notice with these buttons (key, label); its id, or `None`
    /// without notifications.
    pub async fn notify_with(
        &self,
        title: &str,
        body: &str,
        actions: &[(&str, &str)],
    ) -> Option<u32> {
        #[cfg(target_os = "linux")]
        return self.linux.notify_with(title, body, actions).await;
        #[cfg(not(target_os = "linux"))]
        {
            let _ = (title, body, actions);
            None
        }
    }

    pub async fn close_notice(&self, id: u32) {
        #[cfg(target_os = "linux")]
        if let Some(n) = &self.linux.notifier {
            n.close(id).await;
        }
        #[cfg(not(target_os = "linux"))]
        let _ = id;
    }

    /// Whether the desktop is in do-not-disturb (where it says).
    pub async fn do_not_disturb(&self) -> bool {
        #[cfg(target_os = "linux")]
        if let Some(n) = &self.linux.notifier {
            return n.do_not_disturb().await;
        }
        false
    }

    pub async fn set_menu(&self, menu: Menu) {
        #[cfg(target_os = "linux")]
        if let Some(tray) = &self.linux.tray {
            tray.update(menu).await;
        }
        #[cfg(not(target_os = "linux"))]
        let _ = menu;
    }

    /// Takes the tray icon away.
    pub async fn close(&self) {
        #[cfg(target_os = "linux")]
        if let Some(tray) = &self.linux.tray {
            tray.remove().await;
        }
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use futures_util::StreamExt;
    use futures_util::stream::BoxStream;

    use super::{Input, Pause};
    use crate::desktop::notifications::{Event, Notice, Notifier};
    use crate::desktop::tray::{Choice, Menu, TrayIcon};

    pub struct Parts {
        pub notifier: Option<Notifier>,
        pub tray: Option<TrayIcon>,
    }

    impl Parts {
        pub async fn connect() -> (Parts, Vec<BoxStream<'static, Input>>, Vec<String>) {
            let mut streams: Vec<BoxStream<'static, Input>> = Vec::new();
            let mut missing = Vec::new();
            let mut parts = Parts {
                notifier: None,
                tray: None,
            };
            match crate::desktop::session_bus().await {
                Ok(bus) => {
                    match Notifier::connect(&bus).await {
                        Ok(n) if !n.buttons => {
                            missing.push(crate::tr!("notice-desk-no-buttons"));
                            parts.notifier = Some(n);
                        }
                        Ok(n) => match n.events().await {
                            Ok(events) => {
                                streams.push(events.map(input_of).boxed());
                                parts.notifier = Some(n);
                            }
                            Err(m) => missing.push(crate::tr!(
                                "notice-desk-no-notifications",
                                missing = m.to_string()
                            )),
                        },
                        Err(m) => missing.push(crate::tr!(
                            "notice-desk-no-notifications",
                            missing = m.to_string()
                        )),
                    }
                    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
                    match TrayIcon::show(Menu::default(), tx).await {
                        Ok(tray) => {
                            parts.tray = Some(tray);
                            streams.push(tokio_stream(rx).map(input_of_choice).boxed());
                        }
                        Err(m) => {
                            missing.push(crate::tr!("notice-desk-no-tray", missing = m.to_string()))
                        }
                    }
                }
                Err(m) => missing.push(crate::tr!("notice-desk-no-bus", missing = m.to_string())),
            }
            streams.push(
                crate::desktop::sleep::prepare_for_sleep()
                    .filter_map(|going| async move { (!going).then_some(Input::Resumed) })
                    .boxed(),
            );
            (parts, streams, missing)
        }

        pub async fn notify(&self, title: &str, body: &str) -> Option<u32> {
            let labels = [
                crate::tr!("notice-action-start"),
                crate::tr!("notice-action-snooze"),
                crate::tr!("notice-action-skip-today"),
            ];
            let actions = [
                ("start", labels[0].as_str()),
                ("snooze", labels[1].as_str()),
                ("skip", labels[2].as_str()),
            ];
            self.notify_with(title, body, &actions).await
        }

        pub async fn notify_with(
            &self,
            title: &str,
            body: &str,
            actions: &[(&str, &str)],
        ) -> Option<u32> {
            let notifier = self.notifier.as_ref()?;
            let notice = Notice {
                summary: title.into(),
                body: body.into(),
                actions: actions
                    .iter()
                    .map(|(k, l)| (k.to_string(), l.to_string()))
                    .collect(),
            };
            notifier.show(&notice, None).await.ok()
        }
    }

    fn input_of(e: Event) -> Input {
        match e {
            Event::Action { id, key } => Input::Action { id, key },
            Event::Closed { id } => Input::Closed { id },
        }
    }

    fn input_of_choice(c: Choice) -> Input {
        match c {
            Choice::Start(r) => Input::Start(r),
            Choice::PauseHour => Input::Pause(Pause::Hour),
            Choice::PauseTomorrow => Input::Pause(Pause::Tomorrow),
            Choice::Resume => Input::Pause(Pause::Resume),
            Choice::PauseBreaksHour => Input::PauseBreaks(Pause::Hour),
            Choice::PauseBreaksTomorrow => Input::PauseBreaks(Pause::Tomorrow),
            Choice::ResumeBreaks => Input::PauseBreaks(Pause::Resume),
            Choice::OpenLimber => Input::OpenLimber,
            Choice::Quit => Input::Stop,
        }
    }

    fn tokio_stream<T: Send + 'static>(
        rx: tokio::sync::mpsc::UnboundedReceiver<T>,
    ) -> impl futures_util::Stream<Item = T> + Send + 'static {
        futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|v| (v, rx)) })
    }
}
