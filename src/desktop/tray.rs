//! The tray icon of the reminder service (Linux: a StatusNotifierItem with
//! its menu, through ksni on zbus and tokio). Desktops without a tray
//! (vanilla GNOME) simply show nothing; everything still works through
//! notifications and the window.

use ksni::menu::{MenuItem, StandardItem, SubMenu};
use ksni::{Tray, TrayMethods};
use tokio::sync::mpsc::UnboundedSender;

use super::Missing;

use super::tray_menu::Entry;
pub use super::tray_menu::{Choice, Menu};

struct Icon {
    menu: Menu,
    choices: UnboundedSender<Choice>,
}

impl Icon {
    fn item(&self, entry: &Entry) -> MenuItem<Icon> {
        match entry {
            Entry::Note(label) => StandardItem {
                label: label.clone(),
                enabled: false,
                ..Default::default()
            }
            .into(),
            Entry::Item(label, choice) => {
                let choice = choice.clone();
                StandardItem {
                    label: label.clone(),
                    activate: Box::new(move |icon: &mut Icon| {
                        let _ = icon.choices.send(choice.clone());
                    }),
                    ..Default::default()
                }
                .into()
            }
            Entry::Sub(label, entries) => SubMenu {
                label: label.clone(),
                submenu: entries.iter().map(|e| self.item(e)).collect(),
                ..Default::default()
            }
            .into(),
            Entry::Separator => MenuItem::Separator,
        }
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
            description: self.menu.tooltip(),
            ..Default::default()
        }
    }

    fn activate(&mut self, _x: i32, _y: i32) {
        let _ = self.choices.send(Choice::OpenLimber);
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        self.menu.entries().iter().map(|e| self.item(e)).collect()
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
