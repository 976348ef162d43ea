//! The tray icon of the reminder service (Linux: a StatusNotifierItem with
//! its menu, through ksni on zbus and tokio). Desktops without a tray
//! (vanilla GNOME) simply show nothing; everything still works through
//! notifications and the window.

use ksni::menu::{MenuItem, StandardItem, SubMenu};
use ksni::{Tray, TrayMethods};
use tokio::sync::mpsc::UnboundedSender;

use super::Missing;
use crate::tr;

/// What was chosen in the tray's menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Start this routine (its id).
    Start(String),
    PauseHour,
    PauseTomorrow,
    Resume,
    PauseBreaksHour,
    PauseBreaksTomorrow,
    ResumeBreaks,
    OpenLimber,
    Quit,
}

/// What the menu shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Menu {
    /// "Next: Sciatica relief, today at 18:30", or why there is none.
    pub next: String,
    /// (id, name) of each routine.
    pub routines: Vec<(String, String)>,
    /// "Reminders paused until 19:30", when they are.
    pub paused: Option<String>,
    /// Movement breaks: `None` when they are off; `Some(Some(words))`
    /// while paused.
    pub breaks: Option<Option<String>>,
}

struct Icon {
    menu: Menu,
    choices: UnboundedSender<Choice>,
}

impl Icon {
    fn item(&self, label: &str, choice: Choice) -> MenuItem<Icon> {
        StandardItem {
            label: label.into(),
            activate: Box::new(move |icon: &mut Icon| {
                let _ = icon.choices.send(choice.clone());
            }),
            ..Default::default()
        }
        .into()
    }
}

impl Tray for Icon {
    fn id(&self) -> String {
        "limber".into()
    }

    fn title(&self) -> String {
        "Limber".into()
    }

    fn icon_name(&self) -> String {
        "limber".into()
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "Limber".into(),
            description: self.menu.paused.clone().unwrap_or(self.menu.next.clone()),
            ..Default::default()
        }
    }

    fn activate(&mut self, _x: i32, _y: i32) {
        let _ = self.choices.send(Choice::OpenLimber);
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        let mut items: Vec<MenuItem<Self>> = vec![
            StandardItem {
                label: self.menu.paused.clone().unwrap_or(self.menu.next.clone()),
                enabled: false,
                ..Default::default()
            }
            .into(),
            MenuItem::Separator,
            SubMenu {
                label: tr!("tray-start-routine"),
                submenu: self
                    .menu
                    .routines
                    .iter()
                    .map(|(id, name)| self.item(name, Choice::Start(id.clone())))
                    .collect(),
                ..Default::default()
            }
            .into(),
        ];
        if self.menu.paused.is_some() {
            items.push(self.item(&tr!("tray-resume-reminders"), Choice::Resume));
        } else {
            items.push(self.item(&tr!("tray-pause-reminders-hour"), Choice::PauseHour));
            items.push(self.item(&tr!("tray-pause-reminders-tomorrow"), Choice::PauseTomorrow));
        }
        match &self.menu.breaks {
            None => {}
            Some(Some(paused)) => {
                items.push(MenuItem::Separator);
                items.push(
                    StandardItem {
                        label: paused.clone(),
                        enabled: false,
                        ..Default::default()
                    }
                    .into(),
                );
                items.push(self.item(&tr!("tray-resume-breaks"), Choice::ResumeBreaks));
            }
            Some(None) => {
                items.push(MenuItem::Separator);
                items.push(self.item(&tr!("tray-pause-breaks-hour"), Choice::PauseBreaksHour));
                items.push(self.item(
                    &tr!("tray-pause-breaks-tomorrow"),
                    Choice::PauseBreaksTomorrow,
                ));
            }
        }
        items.extend([
            MenuItem::Separator,
            self.item(&tr!("tray-open-limber"), Choice::OpenLimber),
            self.item(&tr!("tray-quit"), Choice::Quit),
        ]);
        items
    }
}

/// A tray icon shown; dropping it does not remove it (call [`TrayIcon::remove`]).
pub struct TrayIcon(ksni::Handle<Icon>);

impl TrayIcon {
    /// Shows the icon, if the desktop has a tray.
    pub async fn show(menu: Menu, choices: UnboundedSender<Choice>) -> Result<TrayIcon, Missing> {
        Icon { menu, choices }
            .spawn()
            .await
            .map(TrayIcon)
            .map_err(|e| Missing::new(crate::desktop::Service::Tray, super::brief(&e)))
    }

    pub async fn update(&self, menu: Menu) {
        self.0.update(|icon| icon.menu = menu).await;
    }

    pub async fn remove(&self) {
        self.0.shutdown().await;
    }
}
