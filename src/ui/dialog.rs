//! Open and Save dialogs: the desktop portal on Linux (ashpd, on the zbus 5
//! and tokio the app already runs, so no GTK and no second D-Bus library),
//! the system's own dialog on Windows and macOS. Where there is none (a
//! bare X session with no portal), the caller says so and offers dropping
//! a file on the window instead.

use std::path::PathBuf;

/// What a dialog lists: a name and file endings.
#[derive(Clone, Copy, Debug)]
pub struct Filter {
    /// The kind of file, in the current language.
    pub name: fn() -> String,
    pub extensions: &'static [&'static str],
}

/// How a dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    Chosen(Vec<PathBuf>),
    Cancelled,
    /// No dialog could be shown, and why.
    Unavailable(String),
}

/// Asks for one file (or, with `multiple`, several) to open.
pub async fn open(title: String, filter: Filter, multiple: bool) -> Choice {
    system::open(&title, filter, multiple).await
}

/// Asks where to save a file, suggesting `name`.
pub async fn save(title: String, name: String, filter: Filter) -> Choice {
    system::save(&title, name, filter).await
}

#[cfg(target_os = "linux")]
mod system {
    use ashpd::desktop::ResponseError;
    use ashpd::desktop::file_chooser::{FileFilter, SelectedFiles};

    use super::{Choice, Filter};

    fn filter_of(filter: Filter) -> FileFilter {
        filter
            .extensions
            .iter()
            .fold(FileFilter::new(&(filter.name)()), |f, e| {
                f.glob(&format!("*.{e}"))
            })
    }

    fn chosen(result: Result<SelectedFiles, ashpd::Error>) -> Choice {
        match result {
            Ok(files) => Choice::Chosen(
                files
                    .uris()
                    .iter()
                    .filter_map(|u| u.to_file_path().ok())
                    .collect(),
            ),
            Err(ashpd::Error::Response(ResponseError::Cancelled)) => Choice::Cancelled,
            Err(e) => Choice::Unavailable(e.to_string()),
        }
    }

    pub async fn open(title: &str, filter: Filter, multiple: bool) -> Choice {
        let request = SelectedFiles::open_file()
            .title(title)
            .modal(true)
            .multiple(multiple)
            .filter(filter_of(filter))
            .send()
            .await;
        chosen(request.and_then(|r| r.response()))
    }

    pub async fn save(title: &str, name: String, filter: Filter) -> Choice {
        let request = SelectedFiles::save_file()
            .title(title)
            .modal(true)
            .current_name(name.as_str())
            .filter(filter_of(filter))
            .send()
            .await;
        chosen(request.and_then(|r| r.response()))
    }
}

#[cfg(any(target_os = "windows", target_os = "macos"))]
mod system {
    use super::{Choice, Filter};

    fn dialog(title: &str, filter: Filter) -> rfd::AsyncFileDialog {
        rfd::AsyncFileDialog::new()
            .set_title(title)
            .add_filter((filter.name)(), filter.extensions)
    }

    pub async fn open(title: &str, filter: Filter, multiple: bool) -> Choice {
        let files = if multiple {
            dialog(title, filter).pick_files().await
        } else {
            dialog(title, filter).pick_file().await.map(|f| vec![f])
        };
        match files {
            Some(files) => Choice::Chosen(files.iter().map(|f| f.path().to_path_buf()).collect()),
            None => Choice::Cancelled,
        }
    }

    pub async fn save(title: &str, name: String, filter: Filter) -> Choice {
        match dialog(title, filter).set_file_name(name).save_file().await {
            Some(f) => Choice::Chosen(vec![f.path().to_path_buf()]),
            None => Choice::Cancelled,
        }
    }
}

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
mod system {
    use super::{Choice, Filter};

    pub async fn open(_: &str, _: Filter, _: bool) -> Choice {
        Choice::Unavailable(crate::tr!("dialog-unavailable"))
    }

    pub async fn save(_: &str, _: String, _: Filter) -> Choice {
        Choice::Unavailable(crate::tr!("dialog-unavailable"))
    }
}

/// Routines to import.
pub const ROUTINES: Filter = Filter {
    name: || crate::tr!("dialog-filter-routines"),
    extensions: &["limber", "ron"],
};

/// A routine to share.
pub const PACKS: Filter = Filter {
    name: || crate::tr!("dialog-filter-pack"),
    extensions: &["limber"],
};

/// Pictures for a move.
pub const PICTURES: Filter = Filter {
    name: || crate::tr!("dialog-filter-pictures"),
    extensions: &["png", "jpg", "jpeg", "gif", "svg"],
};
