use super::*;

#[test]
fn locale_names_as_systems_give_them() {
    assert_eq!(Language::from_locale("de_DE.UTF-8"), Some(Language::German));
    assert_eq!(Language::from_locale("fr-CA"), Some(Language::French));
    assert_eq!(Language::from_locale("es"), Some(Language::Spanish));
    assert_eq!(Language::from_locale("en_GB@euro"), Some(Language::English));
    assert_eq!(Language::from_locale("C"), None);
    assert_eq!(Language::from_locale("pt_BR"), None);
}

#[test]
fn the_first_spoken_language_wins_and_english_is_the_fallback() {
    let of = |list: &[&str]| Language::from_locales(list.iter().map(|s| s.to_string()));
    assert_eq!(of(&["pt_BR:fr:de", "de_DE.UTF-8"]), Language::French);
    assert_eq!(of(&["it_IT", "es_ES"]), Language::Spanish);
    assert_eq!(of(&["C.UTF-8"]), Language::English);
    assert_eq!(of(&[]), Language::English);
}

#[test]
fn a_setting_overrides_the_system() {
    let system = || Language::Spanish;
    assert_eq!(LanguageChoice::System.resolve(system), Language::Spanish);
    assert_eq!(LanguageChoice::German.resolve(system), Language::German);
}

fn args(pairs: &[(&str, Value)]) -> Args<'static> {
    let mut a = Args::new();
    for (k, v) in pairs {
        let v = match v {
            Value::Number(n) => Value::Number(*n),
            Value::Text(s) => Value::Text(s.clone()),
        };
        a.set(k.to_string(), value(v));
    }
    a
}

#[test]
fn plurals_follow_each_language() {
    for (language, one, many) in [
        (Language::English, "1 set", "3 sets"),
        (Language::German, "1 Satz", "3 Sätze"),
        (Language::French, "1 série", "3 séries"),
        (Language::Spanish, "1 serie", "3 series"),
    ] {
        let n = |count: f64| {
            message_in(
                language,
                "count-sets",
                Some(&args(&[("count", Value::Number(count))])),
            )
        };
        assert_eq!(n(1.0), one, "{language:?}");
        assert_eq!(n(3.0), many, "{language:?}");
    }
}

#[test]
fn decimals_are_written_the_local_way() {
    let of = |language| {
        message_in(
            language,
            "history-pain-average",
            Some(&args(&[("pain", Value::Number(3.5))])),
        )
    };
    assert!(
        of(Language::English).contains("3.5"),
        "{}",
        of(Language::English)
    );
    assert!(
        of(Language::German).contains("3,5"),
        "{}",
        of(Language::German)
    );
    assert!(
        of(Language::French).contains("3,5"),
        "{}",
        of(Language::French)
    );
}

#[test]
fn a_missing_message_is_its_id_not_silence() {
    assert_eq!(
        message_in(Language::German, "no-such-message", None),
        "no-such-message"
    );
}

#[test]
fn a_date_code_is_replaced_but_not_an_escaped_percent() {
    assert_eq!(
        super::replace_code("%a %-d %b %Y", 'b', "Okt."),
        "%a %-d Okt. %Y"
    );
    assert_eq!(super::replace_code("%%b %b%", 'b', "x"), "%%b x%");
}
