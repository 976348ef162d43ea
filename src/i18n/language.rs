//! Which languages Limber speaks, and which one the system asks for.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    English,
    German,
    French,
    Spanish,
}

impl Language {
    pub const ALL: [Language; 4] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
    ];

    pub(super) fn index(self) -> usize {
        self as usize
    }

    /// The ISO 639-1 code: the catalogue folder, the translation files'
    /// suffix and the voice's language.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
        }
    }

    /// The language's name in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Spanish => "Español",
        }
    }

    pub(super) fn tag(self) -> LanguageIdentifier {
        self.code().parse().expect("a plain language code")
    }

    /// Writes "2,5" for two and a half.
    pub fn decimal_comma(self) -> bool {
        self != Language::English
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a locale name as systems give it: `de_DE.UTF-8`,
    /// `fr-CA`, `es`, `en_GB@euro`. Unknown languages (and `C`/`POSIX`)
    /// give `None`.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let code: String = locale
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        Language::from_code(&code)
    }

    /// The first of the system's preferred languages Limber speaks
    /// (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` on Linux; the user's
    /// preferred languages on Windows and macOS), else English.
    pub fn system() -> Language {
        Language::from_locales(sys_locale::get_locales())
    }

    /// The first of `locales` Limber speaks, else English.
    pub fn from_locales(locales: impl IntoIterator<Item = String>) -> Language {
        locales
            .into_iter()
            .flat_map(|l| {
                // GNU's LANGUAGE is a list: "de:en".
                l.split(':').map(str::to_string).collect::<Vec<_>>()
            })
            .find_map(|l| Language::from_locale(&l))
            .unwrap_or(Language::English)
    }
}

/// The language setting: the system's, or one chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LanguageChoice {
    #[default]
    System,
    English,
    German,
    French,
    Spanish,
}

impl LanguageChoice {
    pub const ALL: [LanguageChoice; 5] = [
        LanguageChoice::System,
        LanguageChoice::English,
        LanguageChoice::German,
        LanguageChoice::French,
        LanguageChoice::Spanish,
    ];

    /// The language this choice means; `system` asked only for `System`.
    pub fn resolve(self, system: impl FnOnce() -> Language) -> Language {
        match self {
            LanguageChoice::System => system(),
            LanguageChoice::English => Language::English,
            LanguageChoice::German => Language::German,
            LanguageChoice::French => Language::French,
            LanguageChoice::Spanish => Language::Spanish,
        }
    }
}
