//! The voice with the real espeak-ng (installed by `scripts/setup`), and
//! with stand-in programs that fail, hang or talk nonsense.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::*;

/// Collects what the voice delivers, as the audio would.
#[derive(Clone, Default)]
struct Collect(Arc<Mutex<Delivered>>, Arc<Mutex<Vec<u64>>>);

type Delivered = Vec<(u64, Arc<Rendered>)>;

impl Sink for Collect {
    fn deliver(&self, id: u64, phrase: Arc<Rendered>) {
        lock(&self.0).push((id, phrase));
    }
    fn play_now(&self, id: u64) {
        lock(&self.1).push(id);
    }
    fn forget(&self) {
        lock(&self.0).clear();
    }
}

fn espeak_here() {
    let found = std::process::Command::new("espeak-ng")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(found, "espeak-ng is missing: run scripts/setup --test");
}

fn voice(engine: Box<dyn Engine>, cache: &Path, timeout: Duration) -> (Voice, Collect) {
    let sink = Collect::default();
    let v = Voice::with_engine(
        &Settings::default(),
        engine,
        Cache::new(Some(cache.to_path_buf())),
        Box::new(sink.clone()),
        timeout,
    );
    (v, sink)
}

#[test]
fn espeak_renders_sound_of_a_plausible_length_and_the_cache_keeps_it() {
    espeak_here();
    let dir = tempfile::tempdir().unwrap();
    let texts = vec![
        "Halfway".to_string(),
        "Figure-4 stretch, left side, 30 seconds, set 1 of 3".to_string(),
    ];
    let (v, sink) = voice(Box::new(Espeak::new()), dir.path(), RENDER_TIMEOUT);
    v.prepare(texts.clone());
    assert!(v.wait_idle(Duration::from_secs(20)));
    assert!(v.is_available(), "{:?}", v.status());
    let got = lock(&sink.0).clone();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, v.id("Halfway"), "in the order asked");
    let short = got[0].1.duration().as_secs_f64();
    let long = got[1].1.duration().as_secs_f64();
    assert!((0.3..1.5).contains(&short), "Halfway: {short:.2} s");
    assert!((2.0..6.0).contains(&long), "the get-ready: {long:.2} s");
    for (_, p) in &got {
        let loud = p.samples.iter().filter(|s| s.unsigned_abs() > 3000).count();
        assert!(loud > p.samples.len() / 20, "mostly silent");
        assert!(p.samples[0].unsigned_abs() >= 328, "starts on its sound");
    }
    assert_eq!(v.stats().rendered, 2);
    drop(v);

    // Another run: read back, not rendered.
    let (again, sink) = voice(Box::new(Espeak::new()), dir.path(), RENDER_TIMEOUT);
    again.prepare(texts);
    assert!(again.wait_idle(Duration::from_secs(20)));
    let stats = again.stats();
    assert_eq!((stats.rendered, stats.cached), (0, 2), "{stats:?}");
    assert_eq!(lock(&sink.0)[1].1, got[1].1, "the same samples");
}

#[test]
fn espeak_speaks_each_language_in_its_own_voice() {
    espeak_here();
    let mut e = Espeak::new();
    for (language, default, text) in [
        ("de", "de", "Figur-4-Dehnung, linke Seite, 30 Sekunden"),
        ("fr", "fr-fr", "Étirement en 4, côté gauche, 30 secondes"),
        ("es", "es", "Estiramiento en 4, lado izquierdo, 30 segundos"),
    ] {
        let voices = e.voices(language).unwrap();
        assert_eq!(
            voices[0].id, default,
            "the language's default first: {voices:?}"
        );
        assert!(
            voices.iter().all(|v| v.id.starts_with(language)),
            "{voices:?}"
        );
        let raw = e.render(text, "", language, 170, RENDER_TIMEOUT).unwrap();
        let phrase = check("espeak-ng", text, raw).unwrap();
        assert!(
            phrase.duration() > Duration::from_secs(1),
            "{language}: {:?}",
            phrase.duration()
        );
    }
}

#[test]
fn espeak_offers_english_voices_and_a_faster_speed_is_shorter() {
    espeak_here();
    let mut e = Espeak::new();
    assert!(e.probe().unwrap().starts_with("espeak-ng"));
    let voices = e.voices("en").unwrap();
    assert_eq!(voices[0].id, "en-us", "the default first: {voices:?}");
    assert!(voices.iter().any(|v| v.id == "en-gb"), "{voices:?}");
    assert!(voices.iter().all(|v| !v.label.contains('_')));
    let text = "Rest, 15 seconds. Next: child's pose";
    let say = |e: &mut Espeak, wpm| {
        let raw = e.render(text, "", "en", wpm, RENDER_TIMEOUT).unwrap();
        check("espeak-ng", text, raw).unwrap().duration()
    };
    let (slow, fast) = (say(&mut e, 120), say(&mut e, 240));
    assert!(
        fast.as_secs_f64() < slow.as_secs_f64() * 0.7,
        "{slow:?} {fast:?}"
    );
}

/// A stand-in for espeak-ng: answers `--version`, then runs `body`.
fn stand_in(dir: &Path, body: &str) -> Box<dyn Engine> {
    let path = dir.join("fake-espeak");
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'eSpeak NG text-to-speech: 9.9'; exit 0; fi\n{body}\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    Box::new(Espeak::with_program(path))
}

#[test]
fn a_missing_engine_says_how_to_get_one() {
    let dir = tempfile::tempdir().unwrap();
    let missing = Box::new(Espeak::with_program("espeak-ng-not-here".into()));
    let (v, sink) = voice(missing, dir.path(), RENDER_TIMEOUT);
    assert!(!v.probe(Duration::from_secs(5)));
    let notice = v.notice().unwrap();
    assert!(notice.starts_with("No voice: "), "{notice}");
    assert!(notice.contains("cannot be run"), "{notice}");
    v.prepare(vec!["Halfway".into()]);
    assert!(v.wait_idle(Duration::from_secs(5)));
    assert!(lock(&sink.0).is_empty());
    let plain = Espeak::with_program("espeak-ng".into())
        .missing()
        .to_string();
    assert!(plain.contains("apt install espeak-ng"), "{plain}");
}

#[test]
fn a_hanging_engine_is_timed_out_and_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let hang = stand_in(dir.path(), "sleep 30");
    let (v, sink) = voice(hang, dir.path(), Duration::from_millis(300));
    let started = Instant::now();
    v.prepare((1..=5).map(|i| format!("Phrase {i}")).collect());
    assert!(v.wait_idle(Duration::from_secs(10)));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(3), "gave up after {took:?}");
    assert_eq!(v.stats().failed, MAX_FAILURES, "then it stops trying");
    assert!(lock(&sink.0).is_empty());
    let notice = v.notice().unwrap();
    assert!(notice.contains("did not answer within"), "{notice}");
    assert!(!v.is_available());
}

#[test]
fn garbage_and_silence_are_errors_not_phrases() {
    let dir = tempfile::tempdir().unwrap();
    let junk = stand_in(dir.path(), "echo 'this is not a sound'");
    let (v, sink) = voice(junk, dir.path(), RENDER_TIMEOUT);
    v.prepare(vec!["Halfway".into()]);
    assert!(v.wait_idle(Duration::from_secs(10)));
    assert!(lock(&sink.0).is_empty());
    let notice = v.notice().unwrap();
    assert!(notice.contains("gave no usable sound"), "{notice}");
    assert!(v.is_available(), "one failure is not the end");
    // Nothing kept in the cache (here the folder itself) for it.
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "wav"))
        .collect();
    assert!(kept.is_empty(), "garbage was cached: {kept:?}");

    // A real WAV of silence.
    let silent = wav_bytes(&Rendered {
        rate: 22_050,
        samples: vec![0; 22_050],
    });
    let file = dir.path().join("silence.wav");
    std::fs::write(&file, silent).unwrap();
    let quiet = stand_in(dir.path(), &format!("cat '{}'", file.display()));
    let mut e = quiet;
    let raw = e.render("Halfway", "", "en", 170, RENDER_TIMEOUT).unwrap();
    assert!(matches!(
        check("x", "Halfway", raw),
        Err(VoiceError::Garbage { .. })
    ));
}

#[test]
fn an_urgent_phrase_goes_first_and_try_plays_it() {
    espeak_here();
    let dir = tempfile::tempdir().unwrap();
    let (v, sink) = voice(Box::new(Espeak::new()), dir.path(), RENDER_TIMEOUT);
    v.try_voice("Halfway");
    assert!(v.wait_idle(Duration::from_secs(20)));
    assert_eq!(*lock(&sink.1), vec![v.id("Halfway")]);
    v.want("Halfway");
    assert!(v.wait_idle(Duration::from_secs(5)));
    assert_eq!(lock(&sink.0).len(), 1, "already delivered: not again");
    v.forget();
    assert!(v.wait_idle(Duration::from_secs(5)));
    std::thread::sleep(Duration::from_millis(50));
    assert!(lock(&sink.0).is_empty(), "forgotten");
}
