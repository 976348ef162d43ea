//! The service's side of the desktop: notifications, the tray icon and
//! logind's word that the machine woke up, as one stream of inputs. Each
//! part is optional; what is missing is said once and the rest works.

use futures_util::stream::BoxStream;
use futures_util::{Stream, StreamExt};

/// What the tray menu shows.
pub use crate::desktop::tray_menu::Menu;

use crate::desktop::notifications::{Event, Notice, Notifier};
#[cfg(any(windows, target_os = "macos"))]
use crate::desktop::system_tray::TrayIcon;
#[cfg(target_os = "linux")]
use crate::desktop::tray::TrayIcon;
use crate::desktop::tray_menu::Choice;

/// Pausing reminders from the tray.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pause {
    Hour,
    Tomorrow,
    Resume,
}

/// Something that wakes the service besides its timer.
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
    /// The screen was locked or unlocked (logind's `LockedHint` changed).
    Locked,
    /// The history changed (a session ended, or was rated).
    History,
    Stop,
}

pub struct Desk {
    notifier: Option<Notifier>,
    tray: Option<TrayIcon>,
    streams: Vec<BoxStream<'static, Input>>,
    missing: Vec<String>,
}

impl Desk {
    /// Reaches what the desktop has: notifications, then the tray.
    pub async fn connect() -> Desk {
        let mut desk = Desk {
            notifier: None,
            tray: None,
            streams: Vec::new(),
            missing: Vec::new(),
        };
        #[cfg(target_os = "linux")]
        let bus = match crate::desktop::session_bus().await {
            Ok(bus) => bus,
            Err(m) => {
                desk.missing
                    .push(crate::tr!("notice-desk-no-bus", missing = m.to_string()));
                desk.listen_for_wake_up();
                return desk;
            }
        };
        #[cfg(target_os = "linux")]
        let notifier = Notifier::connect(&bus).await;
        #[cfg(not(target_os = "linux"))]
        let notifier = Notifier::connect().await;
        match notifier {
            Ok(n) if !n.buttons => {
                desk.missing.push(crate::tr!("notice-desk-no-buttons"));
                desk.notifier = Some(n);
            }
            Ok(n) => match n.events().await {
                Ok(events) => {
                    desk.streams.push(events.map(input_of).boxed());
                    desk.notifier = Some(n);
                }
                Err(m) => desk.missing.push(crate::tr!(
                    "notice-desk-no-notifications",
                    missing = m.to_string()
                )),
            },
            Err(m) => desk.missing.push(crate::tr!(
                "notice-desk-no-notifications",
                missing = m.to_string()
            )),
        }
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        match TrayIcon::show(Menu::default(), tx).await {
            Ok(tray) => {
                desk.tray = Some(tray);
                desk.streams.push(
                    crate::desktop::channel_stream(rx)
                        .map(input_of_choice)
                        .boxed(),
                );
            }
            Err(m) => desk
                .missing
                .push(crate::tr!("notice-desk-no-tray", missing = m.to_string())),
        }
        desk.listen_for_wake_up();
        desk
    }

    /// logind's word that the machine woke, and that the screen was locked
    /// or unlocked (Linux; elsewhere the wall clock is the witness of a
    /// wake, and a lock is seen as time away).
    fn listen_for_wake_up(&mut self) {
        self.streams.push(
            crate::desktop::sleep::prepare_for_sleep()
                .filter_map(|going| async move { (!going).then_some(Input::Resumed) })
                .boxed(),
        );
        self.streams.push(
            crate::desktop::idle::lock_changes()
                .map(|()| Input::Locked)
                .boxed(),
        );
    }

    /// What is missing, in words.
    pub fn missing(&self) -> Vec<String> {
        self.missing.clone()
    }

    /// The desktop's inputs (once: they are handed over).
    pub fn inputs(&mut self) -> impl Stream<Item = Input> + use<> {
        futures_util::stream::select_all(std::mem::take(&mut self.streams))
    }

    /// Whether notices can be shown at all (a notification server was
    /// reached at start).
    pub fn can_notify(&self) -> bool {
        self.notifier.is_some()
    }

    /// Shows a reminder notice; its id, or `None` without notifications.
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

    /// Shows a notice with these buttons (key, label); its id, or `None`
    /// without notifications.
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

    pub async fn close_notice(&self, id: u32) {
        if let Some(n) = &self.notifier {
            n.close(id).await;
        }
    }

    /// Whether the desktop is in do-not-disturb (where it says).
    pub async fn do_not_disturb(&self) -> bool {
        match &self.notifier {
            Some(n) => n.do_not_disturb().await,
            None => false,
        }
    }

    pub async fn set_menu(&self, menu: Menu) {
        if let Some(tray) = &self.tray {
            tray.update(menu).await;
        }
    }

    /// Takes the tray icon away.
    pub async fn close(&self) {
        if let Some(tray) = &self.tray {
            tray.remove().await;
        }
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
