//! Text placed in XML: the printed pages' SVG, Windows' toast markup and
//! macOS's login plist.

/// Text made safe inside an XML element or attribute. Control characters
/// (newlines too: one line of text is wanted everywhere this is used)
/// become spaces, since XML 1.0 cannot hold most of them.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_become_entities() {
        assert_eq!(
            escape("a<b & \"c\"> 'd'"),
            "a&lt;b &amp; &quot;c&quot;&gt; &apos;d&apos;"
        );
    }

    #[test]
    fn control_characters_become_spaces_and_the_rest_stays() {
        assert_eq!(escape("one\ntwo\u{0}three"), "one two three");
        assert_eq!(escape("Kniebeuge · 30 s"), "Kniebeuge · 30 s");
    }
}
