//! Starting Limber's reminder service at login (`limber background`).
//!
//! - Linux (and other XDG desktops): `~/.config/autostart/limber.desktop`
//!   (`$XDG_CONFIG_HOME/autostart`).
//! - Windows: a value in `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`.
//! - macOS: a LaunchAgent, `~/Library/LaunchAgents/org.limber.background.plist`.

use std::path::{Path, PathBuf};

use crate::files::FileError;

/// Why the login entry could not be changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AutostartError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("cannot find the home folder to put the login entry in")]
    NoHome,
    #[error("the login entry could not be changed: {0}")]
    System(String),
}

/// Makes `program background` start at login (`on`), or stops it.
pub fn set(on: bool, program: &Path) -> Result<(), AutostartError> {
    platform::set(on.then_some(program))
}

/// Removes the login entry, whichever program it names.
pub fn remove() -> Result<(), AutostartError> {
    platform::set(None)
}

/// Whether the login entry is there.
pub fn is_on() -> bool {
    platform::is_on()
}

/// The XDG autostart entry for `program`. Its name and comment in every
/// language (`Name[de]=…`): the desktop shows the one of its language,
/// whichever language Limber had when the entry was written.
pub fn desktop_entry(program: &Path) -> String {
    use crate::i18n::{Language, message_in};
    let localised = |key: &str, id: &str| {
        let mut lines = format!("{key}={}\n", message_in(Language::English, id, None));
        for language in Language::ALL {
            if language != Language::English {
                let text = message_in(language, id, None);
                lines.push_str(&format!("{key}[{}]={text}\n", language.code()));
            }
        }
        lines
    };
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         {name}\
         {comment}\
         Exec=\"{program}\" background\n\
         TryExec={program}\n\
         Icon=limber\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n",
        name = localised("Name", "autostart-name"),
        comment = localised("Comment", "autostart-comment"),
        program = program.display()
    )
}

/// The XDG autostart file (`$XDG_CONFIG_HOME/autostart/limber.desktop`).
pub fn xdg_file() -> Option<PathBuf> {
    if let Some(file) = under_limber_home("limber.desktop") {
        return Some(file);
    }
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|d| d.config_dir().to_path_buf()))?;
    Some(config.join("autostart").join("limber.desktop"))
}

/// `DIR/autostart/NAME` under `LIMBER_HOME=DIR`, which keeps every file
/// Limber writes under it (tests, portable use).
fn under_limber_home(name: &str) -> Option<PathBuf> {
    Some(crate::paths::limber_home()?.join("autostart").join(name))
}

#[cfg(not(any(windows, target_os = "macos")))]
mod platform {
    use std::path::Path;

    use super::{AutostartError, desktop_entry, xdg_file};
    use crate::files::{FileError, write_atomic};

    pub fn set(program: Option<&Path>) -> Result<(), AutostartError> {
        let file = xdg_file().ok_or(AutostartError::NoHome)?;
        if let Some(program) = program {
            write_atomic(&file, desktop_entry(program).as_bytes()).map_err(FileError::at(&file))?;
        } else {
            match std::fs::remove_file(&file) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(FileError::new(&file, &e).into());
                }
                _ => {}
            }
        }
        Ok(())
    }

    pub fn is_on() -> bool {
        xdg_file().is_some_and(|f| f.exists())
    }
}

#[cfg(target_os = "macos")]
mod platform {
    use std::path::{Path, PathBuf};

    use super::{AutostartError, under_limber_home};
    use crate::files::{FileError, write_atomic};

    fn agent() -> Option<PathBuf> {
        const NAME: &str = "org.limber.background.plist";
        if let Some(file) = under_limber_home(NAME) {
            return Some(file);
        }
        directories::BaseDirs::new().map(|d| d.home_dir().join("Library/LaunchAgents").join(NAME))
    }

    fn plist(program: &Path) -> String {
        let escaped = crate::xml::escape(&program.display().to_string());
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
             <plist version=\"1.0\">\n<dict>\n\
             \t<key>Label</key><string>org.limber.background</string>\n\
             \t<key>ProgramArguments</key><array><string>{escaped}</string><string>background</string></array>\n\
             \t<key>RunAtLoad</key><true/>\n\
             </dict>\n</plist>\n"
        )
    }

    pub fn set(program: Option<&Path>) -> Result<(), AutostartError> {
        let file = agent().ok_or(AutostartError::NoHome)?;
        if let Some(program) = program {
            write_atomic(&file, plist(program).as_bytes()).map_err(FileError::at(&file))?;
        } else if let Err(e) = std::fs::remove_file(&file)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            return Err(FileError::new(&file, &e).into());
        }
        Ok(())
    }

    pub fn is_on() -> bool {
        agent().is_some_and(|f| f.exists())
    }
}

#[cfg(windows)]
mod platform {
    use std::path::Path;

    use super::AutostartError;
    use crate::desktop::registry;

    const RUN: &str = "Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    const NAME: &str = "Limber";

    pub fn set(program: Option<&Path>) -> Result<(), AutostartError> {
        if let Some(program) = program {
            registry::set_text(RUN, NAME, &format!("\"{}\" background", program.display()))
        } else {
            registry::remove(RUN, NAME)
        }
        .map_err(AutostartError::System)
    }

    pub fn is_on() -> bool {
        registry::has(RUN, NAME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_xdg_entry_runs_the_background_service() {
        let entry = desktop_entry(Path::new("/usr/bin/limber"));
        assert!(
            entry.contains("Exec=\"/usr/bin/limber\" background\n"),
            "{entry}"
        );
        assert!(entry.starts_with("[Desktop Entry]\n"));
        // The desktop skips the entry once the program is gone (the
        // package removed).
        assert!(entry.contains("TryExec=/usr/bin/limber\n"), "{entry}");
        assert!(entry.contains("NoDisplay=true"));
        assert!(entry.contains("\nName=Limber reminders\n"), "{entry}");
        assert!(
            entry.contains("\nName[de]=Limber-Erinnerungen\n"),
            "{entry}"
        );
        assert!(entry.contains("\nComment[fr]="), "{entry}");
    }
}
